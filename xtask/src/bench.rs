//! `cargo xtask bench [--mb N]`: end-to-end and in-process throughput.
//!
//! 1. Makes sure the synthetic corpus of about N MB (default 32) is in
//!    `target/bench-corpus/` (see `corpus.rs`).
//! 2. Times `rg -c zzzzqqq` over the reports as a floor, if rg is installed.
//! 3. Builds the CLI in release mode and times, best and median of 3 runs,
//!    `baolint check --format json` over the directory, the JSONL input path,
//!    and the 1 MB and 10 MB single-line reports.
//! 4. Runs `cargo bench -p baolint-check --bench throughput` for parser-only
//!    and parser + checker figures without any I/O, and the number layer's
//!    parts timed alone with their share of parse + checker, on the reports
//!    and on each single-line report.
//! 5. Prints one table. MB means 10^6 bytes.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::corpus::{self, Corpus, MB};
use crate::workspace::{Result, cargo, display, relative, target_dir};

const RUNS: usize = 3;

pub(crate) fn run(args: &[String]) -> Result {
    let mb = parse_args(args)?;
    let corpus = corpus::ensure(&target_dir().join("bench-corpus"), mb)?;
    println!(
        "corpus: {} reports, {:.1} MB in {}; JSONL {:.1} MB",
        corpus.files,
        corpus.reports_bytes as f64 / MB as f64,
        relative(&corpus.reports_dir),
        corpus.jsonl_bytes as f64 / MB as f64
    );

    let mut rows = Vec::new();
    rows.push(ripgrep(&corpus));
    rows.extend(cli(&corpus));
    let (in_process_rows, shares) = in_process(&corpus);
    rows.extend(in_process_rows);

    println!();
    print_table(&rows);
    for share in shares {
        println!("{share}");
    }
    Ok(())
}

fn parse_args(args: &[String]) -> Result<u64> {
    let mut mb = 32;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--mb" => args.next().map(String::as_str),
            other => match other.strip_prefix("--mb=") {
                Some(value) => Some(value),
                None => return Err(format!("unknown argument `{other}`; usage: cargo xtask bench [--mb N]").into()),
            },
        };
        mb = value
            .and_then(|v| v.parse().ok())
            .filter(|&n| n > 0)
            .ok_or("`--mb` needs a positive whole number of megabytes")?;
    }
    Ok(mb)
}

/// One line of the table: timings, or why there are none.
#[derive(Debug)]
struct Row {
    stage: String,
    bytes: u64,
    outcome: std::result::Result<Timing, String>,
}

#[derive(Debug, Clone, Copy)]
struct Timing {
    best: f64,
    median: f64,
}

impl Timing {
    fn from_runs(mut runs: Vec<Duration>) -> Timing {
        runs.sort();
        Timing { best: runs[0].as_secs_f64(), median: runs[runs.len() / 2].as_secs_f64() }
    }
}

/// Times `cmd` `RUNS` times. Exit codes in `ok_codes` count as success
/// (baolint exits 1 when it has findings, rg when nothing matched).
fn time_command(cmd: &mut Command, ok_codes: &[i32]) -> std::result::Result<Timing, String> {
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let output = cmd.output().map_err(|err| format!("could not run `{}`: {err}", display(cmd)))?;
        let elapsed = start.elapsed();
        if !output.status.code().is_some_and(|code| ok_codes.contains(&code)) {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr.lines().next().unwrap_or("").trim();
            return Err(format!("exited with {}: {first}", output.status));
        }
        runs.push(elapsed);
    }
    Ok(Timing::from_runs(runs))
}

fn ripgrep(corpus: &Corpus) -> Row {
    let stage = "rg -c (baseline: read + scan)".to_string();
    let available = Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let outcome = if available {
        println!("==> timing rg -c zzzzqqq {}", relative(&corpus.reports_dir));
        time_command(Command::new("rg").arg("-c").arg("zzzzqqq").arg(&corpus.reports_dir), &[0, 1])
    } else {
        Err("unavailable: rg (ripgrep) is not on PATH".to_string())
    };
    Row { stage, bytes: corpus.reports_bytes, outcome }
}

fn cli(corpus: &Corpus) -> Vec<Row> {
    let stages: Vec<(String, u64, Vec<&std::ffi::OsStr>)> = {
        let mut stages = vec![
            (
                "cli: check DIR --format json".to_string(),
                corpus.reports_bytes,
                vec!["check".as_ref(), "--format".as_ref(), "json".as_ref(), corpus.reports_dir.as_os_str()],
            ),
            (
                "cli: check --jsonl FILE --format jsonl".to_string(),
                corpus.jsonl_bytes,
                vec![
                    "check".as_ref(),
                    "--jsonl".as_ref(),
                    corpus.jsonl.as_os_str(),
                    "--format".as_ref(),
                    "jsonl".as_ref(),
                ],
            ),
        ];
        for (path, bytes) in &corpus.single_lines {
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            stages.push((
                format!("cli: check {name} --format json"),
                *bytes,
                vec!["check".as_ref(), "--format".as_ref(), "json".as_ref(), path.as_os_str()],
            ));
        }
        stages
    };

    let unavailable = |reason: String| {
        stages
            .iter()
            .map(|(stage, bytes, _)| Row { stage: stage.clone(), bytes: *bytes, outcome: Err(reason.clone()) })
            .collect()
    };

    let mut build = cargo();
    build.args(["build", "--release", "-p", "baolint"]);
    println!("==> building the CLI: {}", display(&build));
    match build.status() {
        Ok(status) if status.success() => {}
        Ok(status) => {
            println!("note: the baolint CLI does not build yet ({status}); skipping CLI timings");
            return unavailable("unavailable: `cargo build --release -p baolint` failed".into());
        }
        Err(err) => return unavailable(format!("unavailable: could not run cargo: {err}")),
    }
    let exe = target_dir().join("release").join(format!("baolint{}", std::env::consts::EXE_SUFFIX));
    if !exe.is_file() {
        println!("note: {} is missing; skipping CLI timings", exe.display());
        return unavailable(format!("unavailable: no {}", relative(&exe)));
    }

    stages
        .iter()
        .map(|(stage, bytes, args)| {
            println!("==> timing {stage}");
            Row { stage: stage.clone(), bytes: *bytes, outcome: time_command(Command::new(&exe).args(args), &[0, 1]) }
        })
        .collect()
}

/// Runs the in-process bench and reads its `bench STAGE: ...` lines, and
/// the `share ...` lines that say what part of the time a layer takes.
fn in_process(corpus: &Corpus) -> (Vec<Row>, Vec<String>) {
    let mut cmd = cargo();
    cmd.args(["bench", "-p", "baolint-check", "--bench", "throughput"])
        .env("BAOLINT_BENCH_CORPUS", &corpus.reports_dir)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    println!("==> in-process: {}", display(&cmd));
    let output = match cmd.output() {
        Ok(output) => output,
        Err(err) => {
            let reason = format!("could not run cargo: {err}");
            return (vec![unavailable_row("in-process (cargo bench)", corpus, reason)], Vec::new());
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    let rows: Vec<Row> = stdout.lines().filter_map(parse_bench_line).collect();
    let shares: Vec<String> = stdout.lines().filter(|line| line.starts_with("share ")).map(str::to_string).collect();
    let reason = if !output.status.success() {
        format!("unavailable: `cargo bench` exited with {}", output.status)
    } else if rows.is_empty() {
        // With the default libtest harness the bench's own `main` never runs.
        "unavailable: no `bench` lines; is `harness = false` set for it in crates/baolint-check/Cargo.toml?".to_string()
    } else {
        return (rows, shares);
    };
    println!("note: the in-process bench did not run");
    (vec![unavailable_row("in-process (cargo bench)", corpus, reason)], Vec::new())
}

fn unavailable_row(stage: &str, corpus: &Corpus, reason: String) -> Row {
    Row { stage: stage.to_string(), bytes: corpus.reports_bytes, outcome: Err(reason) }
}

/// Reads `bench parse: 33554432 bytes, best 0.123 s, median 0.130 s, 272.1 MB/s`.
fn parse_bench_line(line: &str) -> Option<Row> {
    let (stage, rest) = line.strip_prefix("bench ")?.split_once(": ")?;
    let mut fields = rest.split(", ");
    let bytes = fields.next()?.strip_suffix(" bytes")?.parse().ok()?;
    let best = fields.next()?.strip_prefix("best ")?.strip_suffix(" s")?.parse().ok()?;
    let median = fields.next()?.strip_prefix("median ")?.strip_suffix(" s")?.parse().ok()?;
    Some(Row { stage: format!("in-process: {stage}"), bytes, outcome: Ok(Timing { best, median }) })
}

fn print_table(rows: &[Row]) {
    let width = rows.iter().map(|r| r.stage.len()).max().unwrap_or(5).max(5);
    println!("{:<width$}  {:>12}  {:>9}  {:>9}  {:>8}", "stage", "bytes", "best s", "median s", "MB/s");
    println!("{}", "-".repeat(width + 48));
    for row in rows {
        match &row.outcome {
            Ok(t) => println!(
                "{:<width$}  {:>12}  {:>9.3}  {:>9.3}  {:>8.1}",
                row.stage,
                row.bytes,
                t.best,
                t.median,
                row.bytes as f64 / MB as f64 / t.best.max(1e-9)
            ),
            Err(reason) => println!("{:<width$}  {:>12}  {reason}", row.stage, row.bytes),
        }
    }
    println!(
        "(best and median of {RUNS} runs for rg and the CLI, of 5 passes in-process; MB/s from the best; MB = 10^6 bytes)"
    );
}

#[cfg(test)]
mod tests {
    use super::parse_bench_line;

    #[test]
    fn reads_the_in_process_bench_output() {
        let row = parse_bench_line("bench parse: 33554432 bytes, best 0.123400 s, median 0.130000 s, 271.9 MB/s")
            .expect("a bench line");
        assert_eq!(row.stage, "in-process: parse");
        assert_eq!(row.bytes, 33_554_432);
        let timing = row.outcome.expect("timings");
        assert_eq!((timing.best, timing.median), (0.1234, 0.13));
        assert!(parse_bench_line("running 0 tests").is_none());
        let row = parse_bench_line(
            "bench number layer, relate single-line-1mb: 1000067 bytes, best 0.000282 s, median 0.000300 s, 3549.0 MB/s",
        )
        .expect("a layer line");
        assert_eq!((row.stage.as_str(), row.bytes), ("in-process: number layer, relate single-line-1mb", 1_000_067));
    }
}
