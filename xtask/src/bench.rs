//! `cargo xtask bench [--mb N] [--quick] [--runs N]`: end-to-end and in-process
//! throughput, per core, as issue 11 asks ("at least 100 MB/s per core").
//!
//! 1. Makes sure the synthetic corpus of about N MB (default 32, 8 with
//!    `--quick`) is in `target/bench-corpus/` (see `corpus.rs`), with its
//!    single-line and hostile inputs.
//! 2. Builds the CLI in release mode and times, best and median of 3 runs
//!    (1 with `--quick`, N with `--runs N`: more on a machine whose speed
//!    drifts), `baolint check` over the reports directory and over
//!    their JSONL copy, each once with one thread (`RAYON_NUM_THREADS=1`)
//!    and once with all cores (`std::thread::available_parallelism`). The same
//!    over the real-news train corpus, `../shared/corpus/train/
//!    news-2017-train.jsonl.gz` beside the workspace, decompressed once into
//!    `target/review/` (see `review/corpus.rs`); a row says so when it is
//!    absent.
//! 3. Times `rg -c zzzzqqq` over the same files with `-j1` and with all
//!    cores as a floor, when rg is on PATH, and prints the time of baolint on
//!    all cores over rg on all cores (the target is within 5x).
//! 4. Times, with one thread, the 1 MB and 10 MB single-line reports and the
//!    hostile inputs: a 1 MB line of digits and 200,000 nested brackets.
//! 5. Runs `cargo bench -p baolint-check --bench throughput` (not with
//!    `--quick`) for parser-only and parser + checker figures without any
//!    I/O, and the number layer's parts timed alone with their share of
//!    parse + checker, on the reports and on each single-line report.
//! 6. Prints one table: MB/s from the best run, MB/s per core (divided by the
//!    threads used) and, for child processes, the peak resident memory (the
//!    largest of the runs, from getrusage; see `bench/child.rs`). MB means
//!    10^6 bytes.
//!
//! `cargo xtask bench --instructions [--write-baseline]` counts instructions
//! instead of seconds, under callgrind, and compares them with the committed
//! `xtask/bench-instructions.tsv` (see `bench/instructions.rs`).

mod child;
mod instructions;

pub(crate) use child::{LAUNCHER, launcher};

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::corpus::{self, Corpus, MB};
use crate::review;
use crate::workspace::{Result, cargo, display, project_root, relative, target_dir};

const USAGE: &str =
    "usage: cargo xtask bench [--mb N] [--quick] [--runs N] | cargo xtask bench --instructions [--write-baseline]";

/// The real-news corpus, relative to the workspace root's parent directory.
const TRAIN_CORPUS: &str = "shared/corpus/train/news-2017-train.jsonl.gz";

pub(crate) fn run(args: &[String]) -> Result {
    let options = Options::parse(args)?;
    if options.instructions {
        return instructions::run(options.write_baseline);
    }
    let corpus = corpus::ensure(&target_dir().join("bench-corpus"), options.mb)?;
    println!(
        "corpus: {} reports, {:.1} MB in {}; JSONL {:.1} MB",
        corpus.files,
        corpus.reports_bytes as f64 / MB as f64,
        relative(&corpus.reports_dir),
        corpus.jsonl_bytes as f64 / MB as f64
    );
    let bench = Bench { cores: cores(), runs: options.runs() };
    let news = train_corpus();
    let rg = rg_available();
    let exe = build_cli();

    let mut inputs = vec![
        Input {
            name: "bench reports",
            rg_stage: "rg -c zzzzqqq DIR",
            cli_stage: "cli: check DIR --format json",
            path: &corpus.reports_dir,
            bytes: corpus.reports_bytes,
            args: vec!["check".as_ref(), "--format".as_ref(), "json".as_ref(), corpus.reports_dir.as_os_str()],
        },
        Input {
            name: "bench JSONL",
            rg_stage: "rg -c zzzzqqq FILE",
            cli_stage: "cli: check --jsonl FILE --format jsonl",
            path: &corpus.jsonl,
            bytes: corpus.jsonl_bytes,
            args: vec![
                "check".as_ref(),
                "--jsonl".as_ref(),
                corpus.jsonl.as_os_str(),
                "--format".as_ref(),
                "jsonl".as_ref(),
            ],
        },
    ];
    let news_stage = "cli: check --jsonl news-2017-train --format json";
    let mut news_unavailable = Vec::new();
    match &news {
        Ok((path, bytes)) => inputs.push(Input {
            name: "news-2017-train",
            rg_stage: "rg -c zzzzqqq news-2017-train",
            cli_stage: news_stage,
            path,
            bytes: *bytes,
            args: vec!["check".as_ref(), "--jsonl".as_ref(), path.as_os_str(), "--format".as_ref(), "json".as_ref()],
        }),
        Err(reason) => {
            news_unavailable.extend([1, bench.cores].map(|t| Row::unavailable(news_stage, t, 0, reason.clone())));
        }
    }
    let mut rows = Vec::new();
    let mut ratios = Vec::new();
    for input in &inputs {
        let rg_rows = bench.rg(&rg, input.rg_stage, input.path, input.bytes);
        let cli_rows = bench.cli_both(&exe, input.cli_stage, input.bytes, &input.args);
        ratios.push(Ratio::of(input.name, &cli_rows, &rg_rows));
        rows.extend(rg_rows);
        rows.extend(cli_rows);
    }
    rows.extend(news_unavailable);
    for (path, bytes) in corpus.single_lines.iter().chain(&corpus.hostile) {
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        let args = [OsStr::new("check"), "--format".as_ref(), "json".as_ref(), path.as_os_str()];
        rows.push(bench.cli(&exe, &format!("cli: check {name} --format json"), *bytes, &args, 1));
    }
    let shares = if options.quick {
        Vec::new()
    } else {
        let (in_process_rows, shares) = in_process(&corpus);
        rows.extend(in_process_rows);
        shares
    };

    println!();
    print_table(&rows, bench.runs, bench.cores);
    for ratio in &ratios {
        println!("{ratio}");
    }
    for share in shares {
        println!("{share}");
    }
    Ok(())
}

#[derive(Debug, Default, PartialEq)]
struct Options {
    mb: u64,
    quick: bool,
    instructions: bool,
    write_baseline: bool,
    /// Timed runs per row when asked (`--runs N`).
    runs: Option<usize>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options::default();
        let mut mb = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let value = match arg.as_str() {
                "--quick" => {
                    options.quick = true;
                    continue;
                }
                "--instructions" => {
                    options.instructions = true;
                    continue;
                }
                "--write-baseline" => {
                    options.write_baseline = true;
                    continue;
                }
                "--runs" => {
                    options.runs = Some(runs_value(args.next().map(String::as_str))?);
                    continue;
                }
                "--mb" => args.next().map(String::as_str),
                other => match (other.strip_prefix("--mb="), other.strip_prefix("--runs=")) {
                    (Some(value), _) => Some(value),
                    (None, Some(value)) => {
                        options.runs = Some(runs_value(Some(value))?);
                        continue;
                    }
                    (None, None) => return Err(format!("unknown argument `{other}`; {USAGE}").into()),
                },
            };
            mb = Some(
                value
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("`--mb` needs a positive whole number of megabytes")?,
            );
        }
        if options.write_baseline && !options.instructions {
            return Err(format!("`--write-baseline` goes with `--instructions`; {USAGE}").into());
        }
        if options.instructions && (options.quick || mb.is_some() || options.runs.is_some()) {
            return Err(format!(
                "`--instructions` runs a fixed input once: it takes no `--mb`, `--quick` or `--runs`; {USAGE}"
            )
            .into());
        }
        options.mb = mb.unwrap_or(if options.quick { 8 } else { 32 });
        Ok(options)
    }

    /// Timed runs per row: `--runs N`, else 1 with `--quick` and 3 without.
    fn runs(&self) -> usize {
        self.runs.unwrap_or(if self.quick { 1 } else { 3 })
    }
}

/// The value of `--runs`: on a machine whose speed drifts, more runs make
/// the best and the median steadier.
fn runs_value(value: Option<&str>) -> Result<usize> {
    Ok(value
        .and_then(|v| v.parse().ok())
        .filter(|n| (1..=50).contains(n))
        .ok_or("`--runs` needs a whole number of runs from 1 to 50")?)
}

/// An input timed with the CLI and with rg, each with one thread and all
/// cores.
#[derive(Debug)]
struct Input<'a> {
    /// What the ratio line calls it.
    name: &'a str,
    rg_stage: &'a str,
    cli_stage: &'a str,
    /// What rg reads: the CLI's input.
    path: &'a Path,
    bytes: u64,
    /// The CLI's arguments.
    args: Vec<&'a OsStr>,
}

/// The threads an all-cores row uses.
fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// One line of the table: timings, or why there are none.
#[derive(Debug)]
struct Row {
    stage: String,
    /// Threads used: 1, or all cores.
    threads: usize,
    bytes: u64,
    outcome: std::result::Result<Timing, String>,
}

impl Row {
    fn unavailable(stage: &str, threads: usize, bytes: u64, reason: String) -> Row {
        Row { stage: stage.to_string(), threads, bytes, outcome: Err(reason) }
    }
}

#[derive(Debug, Clone, Copy)]
struct Timing {
    best: f64,
    median: f64,
    /// The largest peak resident set size of the runs, in bytes; none for
    /// the in-process rows.
    peak_rss: Option<u64>,
    /// The launcher's own peak: a `peak_rss` at or below it only says the
    /// child used no more.
    floor: Option<u64>,
}

impl Timing {
    /// Peak memory in MB, `<=N` when it is not above the launcher's floor.
    fn peak_text(&self) -> String {
        let mb = |bytes: u64| format!("{:.1}", bytes as f64 / MB as f64);
        match (self.peak_rss, self.floor) {
            (Some(peak), Some(floor)) if peak <= floor => format!("<={}", mb(floor)),
            (Some(peak), _) => mb(peak),
            (None, _) => "-".to_string(),
        }
    }
}

/// What the timed rows share.
#[derive(Debug)]
struct Bench {
    cores: usize,
    runs: usize,
}

impl Bench {
    /// Runs `cmd` `self.runs` times. Exit codes in `ok_codes` count as
    /// success (baolint exits 1 when it has findings, rg when nothing matched).
    fn time(&self, cmd: &Command, ok_codes: &[i32]) -> std::result::Result<Timing, String> {
        let mut times = Vec::new();
        let (mut peak_rss, mut floor) = (None, None);
        for _ in 0..self.runs {
            let run = child::run(cmd).map_err(|err| format!("could not run `{}`: {err}", display(cmd)))?;
            if !run.status.code().is_some_and(|code| ok_codes.contains(&code)) {
                let first = run.stderr.lines().next().unwrap_or("").trim().to_string();
                return Err(format!("exited with {}: {first}", run.status));
            }
            times.push(run.elapsed.as_secs_f64());
            peak_rss = peak_rss.max(run.peak_rss);
            floor = floor.max(run.floor);
        }
        times.sort_by(f64::total_cmp);
        Ok(Timing { best: times[0], median: times[times.len() / 2], peak_rss, floor })
    }

    /// The CLI over one input with `threads` threads.
    fn cli(
        &self,
        exe: &std::result::Result<PathBuf, String>,
        stage: &str,
        bytes: u64,
        args: &[&OsStr],
        threads: usize,
    ) -> Row {
        let exe = match exe {
            Ok(exe) => exe,
            Err(reason) => return Row::unavailable(stage, threads, bytes, reason.clone()),
        };
        println!("==> timing {stage} ({})", threads_label(threads, self.cores));
        let mut cmd = Command::new(exe);
        cmd.args(args).env("RAYON_NUM_THREADS", threads.to_string());
        Row { stage: stage.to_string(), threads, bytes, outcome: self.time(&cmd, &[0, 1]) }
    }

    /// The CLI over one input with one thread, then with all cores.
    fn cli_both(
        &self,
        exe: &std::result::Result<PathBuf, String>,
        stage: &str,
        bytes: u64,
        args: &[&OsStr],
    ) -> Vec<Row> {
        vec![self.cli(exe, stage, bytes, args, 1), self.cli(exe, stage, bytes, args, self.cores)]
    }

    /// `rg -c zzzzqqq PATH` with `-j1` and with all cores: reading and
    /// scanning the bytes, the floor any linter sits above.
    fn rg(&self, available: &std::result::Result<(), String>, stage: &str, path: &Path, bytes: u64) -> Vec<Row> {
        [1, self.cores]
            .into_iter()
            .map(|threads| {
                if let Err(reason) = available {
                    return Row::unavailable(stage, threads, bytes, reason.clone());
                }
                println!("==> timing {stage} ({})", threads_label(threads, self.cores));
                let mut cmd = Command::new("rg");
                cmd.arg(format!("-j{threads}")).args(["-c", "zzzzqqq"]).arg(path);
                Row { stage: stage.to_string(), threads, bytes, outcome: self.time(&cmd, &[0, 1]) }
            })
            .collect()
    }
}

fn threads_label(threads: usize, cores: usize) -> String {
    match threads {
        1 => "1 thread".to_string(),
        n if n == cores => format!("all {n} cores"),
        n => format!("{n} threads"),
    }
}

fn rg_available() -> std::result::Result<(), String> {
    let found = Command::new("rg")
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found { Ok(()) } else { Err("unavailable: rg (ripgrep) is not on PATH".to_string()) }
}

/// Builds the release CLI: its path, or why the CLI rows are unavailable.
fn build_cli() -> std::result::Result<PathBuf, String> {
    let mut build = cargo();
    build.args(["build", "--release", "-p", "baolint"]);
    println!("==> building the CLI: {}", display(&build));
    match build.status() {
        Ok(status) if status.success() => {}
        Ok(status) => {
            println!("note: the baolint CLI does not build yet ({status}); skipping CLI timings");
            return Err("unavailable: `cargo build --release -p baolint` failed".into());
        }
        Err(err) => return Err(format!("unavailable: could not run cargo: {err}")),
    }
    let exe = release_exe();
    if !exe.is_file() {
        println!("note: {} is missing; skipping CLI timings", exe.display());
        return Err(format!("unavailable: no {}", relative(&exe)));
    }
    Ok(exe)
}

fn release_exe() -> PathBuf {
    target_dir().join("release").join(format!("baolint{}", std::env::consts::EXE_SUFFIX))
}

/// The train corpus beside the workspace, decompressed (once) into
/// `target/review/`: its path and size, or why there is none.
pub(super) fn train_corpus() -> std::result::Result<(PathBuf, u64), String> {
    train_corpus_beside(&project_root())
}

fn train_corpus_beside(root: &Path) -> std::result::Result<(PathBuf, u64), String> {
    let gz = root.parent().unwrap_or(root).join(TRAIN_CORPUS);
    if !gz.is_file() {
        return Err("unavailable: ../shared/corpus/train not present".to_string());
    }
    let jsonl = review::decompressed_copy(&gz).map_err(|err| format!("unavailable: {err}"))?;
    let bytes = std::fs::metadata(&jsonl).map_err(|err| format!("unavailable: {}: {err}", jsonl.display()))?.len();
    println!("real-news corpus: {:.1} MB decompressed in {}", bytes as f64 / MB as f64, relative(&jsonl));
    Ok((jsonl, bytes))
}

/// baolint on all cores over rg on all cores, by best time, for one input.
#[derive(Debug)]
struct Ratio {
    input: String,
    outcome: std::result::Result<f64, String>,
}

impl Ratio {
    /// From a pair of CLI rows and a pair of rg rows (one thread, all cores).
    fn of(input: &str, cli: &[Row], rg: &[Row]) -> Ratio {
        let best = |rows: &[Row]| match rows.last().map(|row| &row.outcome) {
            Some(Ok(timing)) => Ok(timing.best),
            Some(Err(reason)) => Err(reason.clone()),
            None => Err("no row".to_string()),
        };
        let outcome = match (best(cli), best(rg)) {
            (Ok(cli), Ok(rg)) => Ok(cli / rg.max(1e-9)),
            (Err(reason), _) => Err(format!("baolint {reason}")),
            (_, Err(reason)) => Err(reason),
        };
        Ratio { input: input.to_string(), outcome }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "baolint all cores / rg all cores, {}: ", self.input)?;
        match &self.outcome {
            Ok(ratio) => {
                let verdict = if *ratio <= 5.0 { "within" } else { "NOT within" };
                write!(f, "{ratio:.1}x ({verdict} the 5x target)")
            }
            Err(reason) => write!(f, "no ratio ({reason})"),
        }
    }
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
    Row::unavailable(stage, 1, corpus.reports_bytes, reason)
}

/// Reads `bench parse: 33554432 bytes, best 0.123 s, median 0.130 s, 272.1 MB/s`.
fn parse_bench_line(line: &str) -> Option<Row> {
    let (stage, rest) = line.strip_prefix("bench ")?.split_once(": ")?;
    let mut fields = rest.split(", ");
    let bytes = fields.next()?.strip_suffix(" bytes")?.parse().ok()?;
    let best = fields.next()?.strip_prefix("best ")?.strip_suffix(" s")?.parse().ok()?;
    let median = fields.next()?.strip_prefix("median ")?.strip_suffix(" s")?.parse().ok()?;
    Some(Row {
        stage: format!("in-process: {stage}"),
        threads: 1,
        bytes,
        outcome: Ok(Timing { best, median, peak_rss: None, floor: None }),
    })
}

fn print_table(rows: &[Row], runs: usize, cores: usize) {
    let width = rows.iter().map(|r| r.stage.len()).max().unwrap_or(5).max(5);
    println!(
        "{:<width$}  {:>3}  {:>11}  {:>8}  {:>8}  {:>8}  {:>9}  {:>7}",
        "stage", "thr", "bytes", "best s", "median s", "MB/s", "MB/s/core", "peak MB"
    );
    println!("{}", "-".repeat(width + 75));
    for row in rows {
        let head = format!("{:<width$}  {:>3}  {:>11}", row.stage, row.threads, row.bytes);
        match &row.outcome {
            Ok(t) => {
                let mb_per_s = row.bytes as f64 / MB as f64 / t.best.max(1e-9);
                println!(
                    "{head}  {:>8.3}  {:>8.3}  {:>8.1}  {:>9.1}  {:>7}",
                    t.best,
                    t.median,
                    mb_per_s,
                    mb_per_s / row.threads.max(1) as f64,
                    t.peak_text()
                );
            }
            Err(reason) => println!("{head}  {reason}"),
        }
    }
    let runs = if runs == 1 { "1 run".to_string() } else { format!("{runs} runs") };
    let in_process = rows.iter().any(|row| row.stage.starts_with("in-process"));
    let passes = if in_process { ", of 5 passes in-process" } else { "" };
    let lines = [
        format!("thr: threads, 1 or all {cores} cores (available_parallelism). Best and median of {runs} for rg and"),
        format!("the CLI{passes}. MB/s from the best; MB/s/core = MB/s / thr (issue 11's target: 100). peak MB: the"),
        "child's max RSS (getrusage), the largest of its runs; <=N: no more than the launcher's own N. MB = 10^6 bytes."
            .to_string(),
    ];
    for line in lines {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn arguments() {
        let parse = |args: &[&str]| Options::parse(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>());
        assert_eq!(parse(&[]).unwrap(), Options { mb: 32, ..Options::default() });
        assert_eq!(parse(&["--quick"]).unwrap(), Options { mb: 8, quick: true, ..Options::default() });
        assert_eq!(parse(&["--mb=4", "--quick"]).unwrap().mb, 4);
        assert_eq!(parse(&["--mb", "16"]).unwrap().mb, 16);
        let instructions = parse(&["--instructions", "--write-baseline"]).unwrap();
        assert!(instructions.instructions && instructions.write_baseline);
        assert!(parse(&["--write-baseline"]).is_err());
        assert!(parse(&["--instructions", "--mb", "4"]).is_err());
        assert!(parse(&["--mb", "0"]).is_err());
        assert!(parse(&["--fast"]).is_err());
        assert_eq!(parse(&["--runs", "7"]).unwrap().runs(), 7);
        assert_eq!(parse(&["--quick", "--runs=5"]).unwrap().runs(), 5);
        assert_eq!(parse(&["--quick"]).unwrap().runs(), 1);
        assert!(parse(&["--runs", "0"]).is_err());
        assert!(parse(&["--instructions", "--runs", "3"]).is_err());
    }

    #[test]
    fn no_train_corpus_beside_the_workspace() {
        let root = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id())).join("workspace");
        assert_eq!(train_corpus_beside(&root), Err("unavailable: ../shared/corpus/train not present".to_string()));
    }

    #[test]
    fn ratio_of_all_core_rows() {
        let row = |threads, best| Row {
            stage: "s".into(),
            threads,
            bytes: 1,
            outcome: Ok(Timing { best, median: best, peak_rss: None, floor: None }),
        };
        let ratio = Ratio::of("x", &[row(1, 8.0), row(2, 4.0)], &[row(1, 2.0), row(2, 1.0)]);
        assert_eq!(ratio.to_string(), "baolint all cores / rg all cores, x: 4.0x (within the 5x target)");
        let missing = Row::unavailable("rg", 2, 1, "unavailable: rg (ripgrep) is not on PATH".into());
        let ratio = Ratio::of("x", &[row(1, 8.0), row(2, 4.0)], &[missing]);
        assert_eq!(
            ratio.to_string(),
            "baolint all cores / rg all cores, x: no ratio (unavailable: rg (ripgrep) is not on PATH)"
        );
    }
}
