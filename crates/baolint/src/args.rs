//! The command line, declared with clap's derive API.
//!
//! Everything that can be checked before any input is read is checked here,
//! so that a usage error exits with clap's code 2 and its usual message:
//! rule selectors are validated by a value parser, and flags that make no
//! sense together are declared as conflicts.

use std::path::PathBuf;

use baolint_check::Severity;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Lints Vietnamese news reports: structure, scrape leftovers and orthography.
#[derive(Debug, Parser)]
#[command(name = "baolint", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports and print the findings.
    Check(CheckArgs),
    /// Print the report model of one report.
    Parse(ParseArgs),
    /// List every rule.
    Rules(RulesArgs),
    /// Explain one rule.
    Rule(RuleArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input. Directories
    /// are walked for `*.txt` and `*.jsonl` files.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Read every input, standard input included, as JSON Lines: one
    /// `{"id": ..., "text": ...}` object per line, each one report.
    #[arg(long, conflicts_with_all = ["fix", "diff"])]
    pub jsonl: bool,

    /// Rules to enable: codes, code prefixes (STR, SCR00), names or ALL.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_selector)]
    pub select: Vec<String>,

    /// Also select the rules of the preview group: rules whose measured
    /// precision is not yet at the bar of their severity (`baolint rules`
    /// marks them). Without it, a preview rule runs only when selected by
    /// its exact code or name.
    #[arg(long)]
    pub preview: bool,

    /// Rules to disable, after --select.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_selector)]
    pub ignore: Vec<String>,

    /// Documents to add to the registry (a province's plans, say): a
    /// tab-separated table in the format of the built-in one (symbol, type
    /// word, issuer, dd/mm/yyyy date, Party term, status V/V1/U, title,
    /// short names, source). May be given more than once.
    #[arg(long, value_name = "FILE")]
    pub documents: Vec<PathBuf>,

    /// How findings are printed.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// The lowest severity that makes the run exit with code 1.
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,

    /// Print a count of findings per rule instead of the findings.
    #[arg(long, conflicts_with = "diff")]
    pub statistics: bool,

    /// Apply safe fixes to the files, then report what remains. With `-`,
    /// the fixed text goes to standard output and the findings to standard
    /// error.
    #[arg(long)]
    pub fix: bool,

    /// With --fix or --diff, apply unsafe fixes too.
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what --fix would change, write nothing, and
    /// exit with 1 when there is a change.
    #[arg(long)]
    pub diff: bool,

    /// The configuration file. By default `baolint.toml` in the current
    /// directory or its nearest ancestor is used, if there is one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Use no configuration file.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Findings as rustc shows errors: the source line, evidence and fix.
    Human,
    /// One line per finding: `path:line:column: CODE [severity] message`.
    Concise,
    /// One JSON array of findings.
    Json,
    /// One JSON object per finding per line.
    Jsonl,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
}

impl FailOn {
    pub fn severity(self) -> Severity {
        match self {
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        }
    }
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The report to parse; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub path: PathBuf,

    #[arg(long, value_enum, default_value_t = ParseFormat::Tree)]
    pub format: ParseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// One line per block with its kind, byte range and text.
    Tree,
    /// Headline, dateline, byline, body blocks and junk as JSON.
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Text,
    /// A JSON array.
    Json,
}

#[derive(Debug, Args)]
pub struct RuleArgs {
    /// A rule code (STR001) or name (missing-headline).
    #[arg(value_name = "CODE|NAME")]
    pub rule: String,
}

/// Validates one selector against the registry, so that a typo is a usage
/// error before any input is read rather than a silently empty selection.
fn parse_selector(selector: &str) -> Result<String, String> {
    let selector = selector.trim();
    baolint_check::matching(selector).map(|_| selector.to_owned()).map_err(|e| e.to_string())
}
