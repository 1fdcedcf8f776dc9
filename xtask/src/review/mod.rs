//! `cargo xtask review <subcommand>`: measuring each rule's precision on real
//! text.
//!
//! The policy this serves: a seeded random sample of each rule's findings on a
//! real corpus is judged in context, right or wrong; the judged file is kept in
//! the repository without any article text; precision is reported with a 95%
//! Wilson score interval. An error-severity rule needs at least 98% on at
//! least 50 judged findings (or all of them, when it fires fewer times), a
//! warning at least 90%.
//!
//! - `sample` runs the release CLI over a corpus and writes a review file: one
//!   block per sampled finding with its context, for a person or an agent to
//!   fill in `verdict:` and `reason:` (see `sample.rs`).
//! - `keep` turns a filled-in review file into the kept judged TSV, which has
//!   offsets, verdicts and short reasons but no article or message text
//!   (`keep.rs`; both formats are in `formats.rs`).
//! - `score` tallies review or judged files into precision per rule.
//! - `rates` prints how often each rule fires per 1,000 articles.
//! - `recheck` re-runs the current CLI over a judged file's corpus and says
//!   which judged findings still fire: a finding judged wrong that is gone is
//!   a fixed false positive, one judged right that is gone is lost recall.
//! - `diff` compares the findings of two binaries over a corpus.
//! - `recall` measures the rules against a labelled set (`review/labelled/`):
//!   the real errors they find and the look-alikes they flag.
//!
//! Running the CLI and reading corpora (JSON Lines, gzipped or not, or a
//! directory of `.txt` reports) is shared, in `corpus.rs`.

mod corpus;
mod diff;
mod formats;
mod keep;
mod rates;
mod recall;
mod recheck;
mod sample;
mod score;

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::workspace::{Result, project_root};

pub(crate) use corpus::decompressed_copy;

pub(crate) const USAGE: &str = "\
usage: cargo xtask review <subcommand>

subcommands:
  sample --corpus PATH [--per-rule N] [--seed S] [--rules CODES] [--severity LIST]
         [--context CHARS] [--out FILE]
      run the release CLI over PATH (JSON Lines, .jsonl.gz, or a directory of .txt
      reports) and write a review file (default target/review/<corpus>-<seed>.review)
      with N (default 60) seeded-random findings per rule (seed default 1), each with
      CHARS (default 300) characters of context each side; LIST is error,warning
      (default), a subset, or `all` to include info rules
  keep REVIEW_FILE --out review/judged/NAME.tsv [--allow-empty]
      turn a filled-in review file into the kept judged file: rule, id, offsets,
      verdict and reason, no article text. Verdicts: right/r/yes/y/true/tp,
      wrong/w/no/n/false/fp, unsure/?/skip. Keep reasons short (one line, a few
      quoted words at most). An empty verdict is an error unless --allow-empty
  score FILE... [--write-table PATH]
      precision per rule with its 95% Wilson interval, from review or judged files,
      as a markdown table; --write-table writes the newest figure per rule as TSV
  rates --corpus PATH [--severity LIST] [--out FILE]
      findings per rule per 1,000 articles, as a markdown table
  recheck JUDGED.tsv... --corpus PATH [--strict]
      re-run the current CLI over the judged files' corpus: which findings judged
      wrong still fire, which judged right are lost (--strict: exit 1 if any is)
  recall LABELLED.tsv... --corpus PATH [--bin BIN]
      recall of the labelled real errors and the rate of flagged traps, per family
      and kind, for the default rules and with the preview group (NUM, REF, DAT
      findings overlapping a labelled span in the same article)
  diff --corpus PATH --base BIN --head BIN [--severity LIST] [--bytes]
      the findings added and removed per rule between two baolint binaries;
      --bytes: whether they print the same bytes (check --format json, default
      rules) over the corpus, and the first line where they part";

pub(crate) fn run(args: &[String]) -> Result {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("a subcommand is needed\n\n{USAGE}").into());
    };
    match command.as_str() {
        "sample" => sample::run(rest),
        "keep" => keep::run(rest),
        "score" => score::run(rest),
        "rates" => rates::run(rest),
        "recheck" => recheck::run(rest),
        "recall" => recall::run(rest),
        "diff" => diff::run(rest),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown subcommand `{other}`\n\n{USAGE}").into()),
    }
}

/// A subcommand's arguments: `--name value` (or `--name=value`) options,
/// `--name` switches, and positional arguments.
#[derive(Debug, Default)]
pub(super) struct Args {
    pub positional: Vec<String>,
    values: BTreeMap<String, String>,
    switches: BTreeSet<String>,
}

impl Args {
    /// `options` take a value, `switches` do not; anything else starting with
    /// `--` is an error naming the subcommand.
    pub fn parse(subcommand: &str, args: &[String], options: &[&str], switches: &[&str]) -> Result<Args> {
        let mut out = Args::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let Some(name) = arg.strip_prefix("--") else {
                out.positional.push(arg.clone());
                continue;
            };
            let (name, inline) = match name.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (name, None),
            };
            if options.contains(&name) {
                let value = match inline {
                    Some(value) => value,
                    None => args.next().cloned().ok_or_else(|| format!("`--{name}` needs a value"))?,
                };
                out.values.insert(name.to_string(), value);
            } else if switches.contains(&name) && inline.is_none() {
                out.switches.insert(name.to_string());
            } else {
                return Err(format!("`review {subcommand}`: unknown argument `{arg}`\n\n{USAGE}").into());
            }
        }
        Ok(out)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    pub fn required(&self, name: &str) -> Result<&str> {
        self.value(name).ok_or_else(|| format!("`--{name}` is required").into())
    }

    pub fn number<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T> {
        match self.value(name) {
            None => Ok(default),
            Some(value) => value.parse().map_err(|_| format!("`--{name}` needs a whole number, got `{value}`").into()),
        }
    }

    pub fn switch(&self, name: &str) -> bool {
        self.switches.contains(name)
    }
}

/// The severities a subcommand looks at: `error,warning` by default, `all`
/// for every one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Severities(Option<Vec<String>>);

impl Severities {
    pub fn parse(value: Option<&str>) -> Result<Severities> {
        let value = value.unwrap_or("error,warning");
        if value.eq_ignore_ascii_case("all") {
            return Ok(Severities(None));
        }
        let mut list = Vec::new();
        for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let item = item.to_ascii_lowercase();
            if !["error", "warning", "info"].contains(&item.as_str()) {
                return Err(format!("`--severity`: unknown severity `{item}` (error, warning, info or all)").into());
            }
            list.push(item);
        }
        if list.is_empty() {
            return Err("`--severity` is empty".into());
        }
        Ok(Severities(Some(list)))
    }

    pub fn admits(&self, severity: &str) -> bool {
        self.0.as_ref().is_none_or(|list| list.iter().any(|s| s == severity))
    }

    pub fn describe(&self) -> String {
        match &self.0 {
            None => "all".to_string(),
            Some(list) => list.join(","),
        }
    }
}

/// The commit the CLI was built from, `-dirty` when tracked files differ
/// from it: a judged sample, or an instruction-count baseline, says which
/// code it measured.
pub(crate) fn baolint_commit() -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(project_root())
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let Some(commit) = git(&["rev-parse", "--short", "HEAD"]) else {
        return "unknown".to_string();
    };
    match git(&["status", "--porcelain", "--untracked-files=no"]) {
        Some(status) if status.is_empty() => commit,
        _ => format!("{commit}-dirty"),
    }
}

/// Today's date in UTC as YYYY-MM-DD.
pub(crate) fn utc_today() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01, counted in
/// 400-year eras of 146,097 days whose years start on 1 March (so the leap
/// day is the last day of a year).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_789), (2026, 12, 2));
    }

    #[test]
    fn arguments_and_severities() {
        let args: Vec<String> = ["a.tsv", "--seed=3", "--out", "x", "--strict"].iter().map(|s| s.to_string()).collect();
        let parsed = Args::parse("t", &args, &["seed", "out"], &["strict"]).unwrap();
        assert_eq!(parsed.positional, ["a.tsv"]);
        assert_eq!(parsed.number("seed", 1u64).unwrap(), 3);
        assert_eq!(parsed.value("out"), Some("x"));
        assert!(parsed.switch("strict"));
        assert!(Args::parse("t", &args, &["seed"], &["strict"]).is_err());

        let default = Severities::parse(None).unwrap();
        assert!(default.admits("error") && default.admits("warning") && !default.admits("info"));
        assert!(Severities::parse(Some("all")).unwrap().admits("info"));
        assert!(Severities::parse(Some("fatal")).is_err());
    }
}
