//! `cargo xtask bench --instructions [--write-baseline]`: instructions per
//! MB, a speed figure that does not move with the machine's load.
//!
//! The release CLI runs under `valgrind --tool=callgrind` with
//! `RAYON_NUM_THREADS=1` on fixed inputs written into
//! `target/bench-instructions/`: the first whole records of the bench
//! corpus's JSONL up to 4 MB (`corpus::jsonl_slice`, the same bytes whatever
//! `--mb` the timed bench used), the 1 MB single-line report and, when the
//! train corpus is beside the workspace, its first whole records up to 4 MB
//! of real news (`--format json`; the stage is skipped without it). The total
//! `Ir` (instructions executed, all threads) is read from
//! `callgrind.out.<stage>` there, divided by the input's MB (10^6 bytes) and
//! compared with the committed baseline `xtask/bench-instructions.tsv`; a
//! stage more than 10% above its baseline is flagged and makes the command
//! fail. `--write-baseline` rewrites the file instead, naming the date and
//! the commit measured (commit first, so the tree is clean).
//!
//! Without valgrind on PATH the command fails with a message: there is
//! nothing to measure. The timed `cargo xtask bench` never needs it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::child;
use crate::corpus::{self, MB};
use crate::review::{baolint_commit, utc_today};
use crate::workspace::{Result, cargo, display, project_root, relative, run_step, target_dir};

/// The committed baseline, relative to the workspace root.
const BASELINE: &str = "xtask/bench-instructions.tsv";
const HEADER: &str = "stage\tbytes\tinstructions\tinstructions_per_mb\tdate\tcommit";
/// A rise above this, in percent of the baseline per MB, is flagged.
const TOLERANCE_PERCENT: f64 = 10.0;

/// One measured input.
#[derive(Debug, Clone, PartialEq)]
struct Measure {
    stage: String,
    bytes: u64,
    instructions: u64,
}

impl Measure {
    fn per_mb(&self) -> u64 {
        (u128::from(self.instructions) * u128::from(MB) / u128::from(self.bytes.max(1))) as u64
    }
}

/// A line of the baseline file.
#[derive(Debug, Clone, PartialEq)]
struct Baseline {
    measure: Measure,
    date: String,
    commit: String,
}

pub(super) fn run(write_baseline: bool) -> Result {
    let valgrind = Command::new("valgrind")
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output();
    match valgrind {
        Ok(out) if out.status.success() => {
            println!("valgrind: {}", String::from_utf8_lossy(&out.stdout).trim());
        }
        _ => {
            return Err("`--instructions` counts instructions with valgrind's callgrind, and `valgrind` is not on \
                        PATH: install it (Debian: `apt-get install valgrind`); the timed `cargo xtask bench` runs \
                        without it"
                .into());
        }
    }
    run_step("build the CLI", cargo().args(["build", "--release", "-p", "baolint"]))?;
    let exe = super::release_exe();

    let dir = target_dir().join("bench-instructions");
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let jsonl = write_input(&dir.join("reports-4mb.jsonl"), &corpus::jsonl_slice(4 * MB))?;
    let single = write_input(&dir.join("single-line-1mb.txt"), &corpus::single_line(MB))?;
    // Real news when the train corpus is beside the workspace: its profile
    // is not the reports' (half the instructions are in the text layer).
    let news = match super::train_corpus() {
        Ok((path, _)) => Some(write_input(&dir.join("news-4mb.jsonl"), &first_records(&path, 4 * MB)?)?),
        Err(reason) => {
            println!("news-4mb: {reason}");
            None
        }
    };
    let mut stages: Vec<(&str, &Path, Vec<&std::ffi::OsStr>)> = vec![
        (
            "jsonl-4mb",
            &jsonl,
            vec!["check".as_ref(), "--jsonl".as_ref(), jsonl.as_os_str(), "--format".as_ref(), "jsonl".as_ref()],
        ),
        ("single-line-1mb", &single, vec!["check".as_ref(), "--format".as_ref(), "json".as_ref(), single.as_os_str()]),
    ];
    if let Some(news) = &news {
        let args = vec!["check".as_ref(), "--jsonl".as_ref(), news.as_os_str(), "--format".as_ref(), "json".as_ref()];
        stages.push(("news-4mb", news, args));
    }
    let mut measures = Vec::new();
    for (stage, input, args) in &stages {
        let bytes = fs::metadata(input).map_err(|err| format!("{}: {err}", input.display()))?.len();
        let out = dir.join(format!("callgrind.out.{stage}"));
        let mut cmd = Command::new("valgrind");
        cmd.arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(&exe)
            .args(args)
            .env("RAYON_NUM_THREADS", "1");
        println!("==> {stage}: {}", display(&cmd));
        // The output file is written at exit: a stale one must not be read.
        let _ = fs::remove_file(&out);
        let run = child::run(&cmd).map_err(|err| format!("could not run valgrind: {err}"))?;
        if !matches!(run.status.code(), Some(0 | 1)) {
            let tail: Vec<&str> = run.stderr.lines().rev().take(5).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(format!("{stage}: valgrind exited with {}:\n{}", run.status, tail.join("\n")).into());
        }
        let text = fs::read_to_string(&out).map_err(|err| format!("cannot read {}: {err}", out.display()))?;
        let instructions = total_instructions(&text)
            .ok_or_else(|| format!("{}: no `totals:` or `summary:` line with an Ir count", relative(&out)))?;
        println!("    {instructions} instructions in {:.1} s under callgrind", run.elapsed.as_secs_f64());
        measures.push(Measure { stage: stage.to_string(), bytes, instructions });
    }

    let path = project_root().join(BASELINE);
    let baseline = match fs::read_to_string(&path) {
        Ok(text) => parse_baseline(&text).map_err(|err| format!("{BASELINE}: {err}"))?,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(err) => return Err(format!("cannot read {BASELINE}: {err}").into()),
    };

    println!();
    let rises = print_table(&measures, &baseline);
    if write_baseline {
        let (date, commit) = (utc_today(), baolint_commit());
        let rows: Vec<Baseline> = measures
            .into_iter()
            .map(|measure| Baseline { measure, date: date.clone(), commit: commit.clone() })
            .collect();
        fs::write(&path, baseline_text(&rows)).map_err(|err| format!("cannot write {BASELINE}: {err}"))?;
        println!("wrote {BASELINE} (commit {commit}, {date})");
        return Ok(());
    }
    if baseline.is_empty() {
        println!("no baseline in {BASELINE}: `cargo xtask bench --instructions --write-baseline` writes one");
    }
    if !rises.is_empty() {
        return Err(format!(
            "instructions per MB rose more than {TOLERANCE_PERCENT}% above {BASELINE} on: {}",
            rises.join(", ")
        )
        .into());
    }
    Ok(())
}

/// The first whole lines of the JSON Lines file `path`, up to `limit` bytes.
fn first_records(path: &Path, limit: u64) -> Result<String> {
    use std::io::BufRead;
    let file = fs::File::open(path).map_err(|err| format!("{}: {err}", path.display()))?;
    let mut reader = std::io::BufReader::new(file);
    let mut text = String::new();
    let mut line = String::new();
    loop {
        line.clear();
        let read = reader.read_line(&mut line).map_err(|err| format!("{}: {err}", path.display()))?;
        if read == 0 || (text.len() + line.len()) as u64 > limit {
            return Ok(text);
        }
        text.push_str(&line);
    }
}

/// Writes `text` to `path` unless it already holds exactly that.
fn write_input(path: &Path, text: &str) -> Result<PathBuf> {
    if fs::read(path).ok().as_deref() != Some(text.as_bytes()) {
        fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    }
    Ok(path.to_path_buf())
}

/// Prints the measures against the baseline; returns the stages that rose
/// above the tolerance.
fn print_table(measures: &[Measure], baseline: &[Baseline]) -> Vec<String> {
    let mut rises = Vec::new();
    println!(
        "{:<16}  {:>9}  {:>14}  {:>13}  {:>13}  {:>8}  baseline of",
        "stage", "bytes", "instructions", "instr/MB", "baseline/MB", "change"
    );
    println!("{}", "-".repeat(100));
    for measure in measures {
        let old = baseline.iter().find(|b| b.measure.stage == measure.stage);
        let (old_per_mb, change, of) = match old {
            None => ("-".to_string(), "new".to_string(), String::new()),
            Some(old) if old.measure.bytes != measure.bytes => (
                old.measure.per_mb().to_string(),
                "n/a".to_string(),
                format!("other input ({} bytes): not compared", old.measure.bytes),
            ),
            Some(old) => {
                let percent = change_percent(old.measure.per_mb(), measure.per_mb());
                let mut of = format!("{} {}", old.date, old.commit);
                if percent > TOLERANCE_PERCENT {
                    of.push_str(&format!("  <-- RISE above {TOLERANCE_PERCENT}%"));
                    rises.push(measure.stage.clone());
                }
                (old.measure.per_mb().to_string(), format!("{percent:+.1}%"), of)
            }
        };
        println!(
            "{:<16}  {:>9}  {:>14}  {:>13}  {:>13}  {:>8}  {of}",
            measure.stage,
            measure.bytes,
            measure.instructions,
            measure.per_mb(),
            old_per_mb,
            change
        );
    }
    println!("(release CLI under callgrind, RAYON_NUM_THREADS=1; instructions = total Ir; MB = 10^6 bytes)");
    rises
}

fn change_percent(old: u64, new: u64) -> f64 {
    (new as f64 - old as f64) / (old.max(1) as f64) * 100.0
}

/// The total instructions (`Ir`) of a callgrind output file: its `totals:`
/// line, or failing that its `summary:` line, at the `Ir` column of its
/// `events:` line (the first column when there is none). A file of several
/// parts has one such line each; they are added up.
fn total_instructions(text: &str) -> Option<u64> {
    let column = text
        .lines()
        .find_map(|line| line.strip_prefix("events:"))
        .map_or(Some(0), |events| events.split_whitespace().position(|event| event == "Ir"))?;
    let sum = |key: &str| -> Option<Option<u64>> {
        let lines: Vec<&str> = text.lines().filter_map(|line| line.strip_prefix(key)).collect();
        if lines.is_empty() {
            return None;
        }
        Some(lines.iter().map(|costs| costs.split_whitespace().nth(column)?.parse::<u64>().ok()).sum())
    };
    sum("totals:").or_else(|| sum("summary:")).flatten()
}

fn parse_baseline(text: &str) -> std::result::Result<Vec<Baseline>, String> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') || line == HEADER {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let number = |i: usize| fields[i].parse::<u64>().map_err(|err| format!("line {}: {err}", index + 1));
        if fields.len() != 6 {
            return Err(format!("line {}: {} fields, not 6 ({HEADER})", index + 1, fields.len()));
        }
        rows.push(Baseline {
            measure: Measure { stage: fields[0].to_string(), bytes: number(1)?, instructions: number(2)? },
            date: fields[4].to_string(),
            commit: fields[5].to_string(),
        });
    }
    Ok(rows)
}

fn baseline_text(rows: &[Baseline]) -> String {
    let mut out = String::from(
        "# Instructions (callgrind's total Ir) of the release CLI with RAYON_NUM_THREADS=1 on the fixed inputs of\n\
         # `cargo xtask bench --instructions`, which compares with this file; `--write-baseline` rewrites it.\n",
    );
    out.push_str(HEADER);
    out.push('\n');
    for row in rows {
        let m = &row.measure;
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            m.stage,
            m.bytes,
            m.instructions,
            m.per_mb(),
            row.date,
            row.commit
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callgrind_totals() {
        let file = "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: 4242\ncmd:  baolint check\n\
                    part: 1\n\npositions: line\nevents: Ir\nsummary: 1234567890\n\n\nfl=(1) a.rs\nfn=(1) main\n\
                    10 5\n\ntotals: 1234567891\n";
        assert_eq!(total_instructions(file), Some(1_234_567_891));
        // Only a summary line.
        assert_eq!(total_instructions("events: Ir\nsummary: 77\nfn=(1) f\n3 77\n"), Some(77));
        // Several events: the Ir column, wherever it is.
        assert_eq!(total_instructions("events: Ir Dr Dw\nsummary: 100 20 30\ntotals: 100 20 30\n"), Some(100));
        assert_eq!(total_instructions("events: Dr Ir\ntotals: 20 100\n"), Some(100));
        // No events line: the first column.
        assert_eq!(total_instructions("totals: 9\n"), Some(9));
        // Two parts add up.
        assert_eq!(total_instructions("events: Ir\ntotals: 5\npart: 2\ntotals: 7\n"), Some(12));
    }

    #[test]
    fn callgrind_files_without_a_total() {
        assert_eq!(total_instructions(""), None);
        assert_eq!(total_instructions("events: Ir\nfn=(1) f\n3 77\n"), None);
        assert_eq!(total_instructions("events: Dr Dw\ntotals: 1 2\n"), None);
        assert_eq!(total_instructions("events: Ir\ntotals: lots\n"), None);
        assert_eq!(total_instructions("events: Ir Dr\ntotals:\n"), None);
    }

    #[test]
    fn baseline_round_trip() {
        let rows = vec![
            Baseline {
                measure: Measure { stage: "jsonl-4mb".into(), bytes: 3_999_000, instructions: 12_000_000_000 },
                date: "2026-12-02".into(),
                commit: "abc1234".into(),
            },
            Baseline {
                measure: Measure { stage: "single-line-1mb".into(), bytes: 1_000_067, instructions: 3_000_201 },
                date: "2026-12-02".into(),
                commit: "abc1234-dirty".into(),
            },
        ];
        let text = baseline_text(&rows);
        assert!(text.contains("jsonl-4mb\t3999000\t12000000000\t3000750187\t2026-12-02\tabc1234\n"), "{text}");
        assert!(text.contains("single-line-1mb\t1000067\t3000201\t3000000\t"), "{text}");
        assert_eq!(parse_baseline(&text).unwrap(), rows);
        assert!(parse_baseline("jsonl-4mb\t1\t2\n").is_err());
        assert!(parse_baseline("jsonl-4mb\tmany\t2\t3\td\tc\n").is_err());
    }

    #[test]
    fn changes_in_percent() {
        assert_eq!(change_percent(100, 111), 11.0);
        assert_eq!(change_percent(200, 150), -25.0);
    }
}
