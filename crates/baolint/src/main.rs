//! `baolint`: the command-line front end. The only crate that does IO.
//!
//! Exit codes: 0 clean, 1 findings at or above `--fail-on` (or a `--diff`
//! with changes), 2 usage errors and inputs that could not be read.

mod args;
mod check;
mod config_file;
mod corpus;
mod fix;
mod inputs;
mod output;
mod parse;
mod rules;
mod summary;
mod table;

use std::{io, process::ExitCode};

use clap::Parser;

use crate::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => check::run(args),
        Command::Parse(args) => parse::run(args),
        Command::Rules(args) => rules::list(args),
        Command::Rule(args) => rules::explain(args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`baolint check | head`) is the reader's choice, not
        // an error worth a message.
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
