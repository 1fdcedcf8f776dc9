//! Project automation for baolint, run as `cargo xtask <command>`.
//!
//! The alias lives in `.cargo/config.toml`. Each command is one module; this
//! file is only the table of contents. The crate uses std only, apart from
//! the readers `review` needs (JSON, gzip, SHA-256) and nix for `bench`'s
//! getrusage (a child's peak memory), so it builds in seconds.

mod bench;
mod bless;
mod check;
mod corpus;
mod review;
mod workspace;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  check              fmt, clippy, tests and the unreferenced-snapshot check (what CI runs)
  bless [FILTER]     run the tests and write changed snapshots as .snap.new for review;
                     FILTER restricts insta glob! tests (INSTA_GLOB_FILTER)
  bless --accept     the same, but write the .snap files directly (no cargo-insta needed)
  bench [--mb N] [--quick]
                     generate a N MB corpus (default 32; 8 with --quick) in target/bench-corpus and
                     time baolint with one thread and all cores, with peak memory, beside rg and on
                     the real-news train corpus when present; --quick: one run a row, no in-process
                     bench
  bench --instructions [--write-baseline]
                     count the release CLI's instructions per MB under callgrind (needs valgrind)
                     and compare with xtask/bench-instructions.tsv, failing on a rise above 10%;
                     --write-baseline rewrites that file
  review SUBCOMMAND  measure rule precision on a real corpus: sample, keep, score,
                     rates, recheck, diff (`cargo xtask review help` for their options)
  help               print this message";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("help", &[][..]),
    };
    let result = match command {
        "check" => check::run(rest),
        "bless" => bless::run(rest),
        "bench" => bench::run(rest),
        // Not a command for people: `bench` starts each timed child through
        // it, to read the child's own peak memory (see bench/child.rs).
        bench::LAUNCHER => bench::launcher(rest),
        "review" => review::run(rest),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask {command}: error: {err}");
            ExitCode::FAILURE
        }
    }
}
