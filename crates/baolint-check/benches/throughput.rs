//! In-process throughput of the parser and of parser + checker, without any
//! IO in the timed part.
//!
//! Reads every file under `$BAOLINT_BENCH_CORPUS` (default: the corpus that
//! `cargo xtask bench` generates in `<workspace>/target/bench-corpus/reports`)
//! and times 5 passes over all of it for each stage. Prints one line per
//! stage, which `cargo xtask bench` reads back:
//!
//! `bench parse: 33554432 bytes, best 0.123456 s, median 0.130000 s, 271.8 MB/s`
//!
//! Run with `cargo bench -p baolint-check --bench throughput`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PASSES: usize = 5;

fn main() {
    let dir = corpus_dir();
    let texts = read_corpus(&dir);
    if texts.is_empty() {
        eprintln!(
            "no bench corpus in {}: run `cargo xtask bench` to generate it, \
             or point BAOLINT_BENCH_CORPUS at a directory of reports",
            dir.display()
        );
        std::process::exit(2);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("corpus: {} files, {bytes} bytes in {}", texts.len(), dir.display());

    let parse = measure(|| {
        for text in &texts {
            black_box(baolint_syntax::parse(black_box(text)));
        }
    });
    report("parse", bytes, &parse);

    let config = baolint_check::Config::default();
    let check = measure(|| {
        for text in &texts {
            let text = black_box(text.as_str());
            let parsed = baolint_syntax::parse(text);
            black_box(baolint_check::check(text, &parsed, &config));
        }
    });
    report("parse+check", bytes, &check);
}

fn corpus_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("BAOLINT_BENCH_CORPUS") {
        return PathBuf::from(dir);
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => workspace.join(dir),
        _ => workspace.join("target"),
    };
    target.join("bench-corpus").join("reports")
}

/// Every file below `dir`, in path order, as text.
fn read_corpus(dir: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display())))
        .collect()
}

/// Runs `pass` `PASSES` times after one warm-up pass; returns the sorted
/// durations.
fn measure(mut pass: impl FnMut()) -> Vec<Duration> {
    pass();
    let mut times: Vec<Duration> = (0..PASSES)
        .map(|_| {
            let start = Instant::now();
            pass();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn report(stage: &str, bytes: usize, times: &[Duration]) {
    let best = times[0].as_secs_f64();
    let median = times[times.len() / 2].as_secs_f64();
    let mb_per_s = bytes as f64 / 1e6 / best.max(1e-9);
    println!("bench {stage}: {bytes} bytes, best {best:.6} s, median {median:.6} s, {mb_per_s:.1} MB/s");
}
