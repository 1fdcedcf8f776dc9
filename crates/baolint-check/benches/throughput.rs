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

use baolint_check::Config;
use baolint_syntax::{Report, parse};

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

    let parse_times = measure(|| {
        for text in &texts {
            black_box(parse(black_box(text)));
        }
    });
    report("parse", bytes, &parse_times);
    let config = Config::default();
    let check = measure(|| {
        for text in &texts {
            let text = black_box(text.as_str());
            let parsed = parse(text);
            black_box(baolint_check::check(text, &parsed, &config));
        }
    });
    report("parse+check", bytes, &check);
    number_layer("reports", &texts, &check);

    for path in single_line_files(&dir) {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let texts = vec![text];
        let check = measure(|| {
            let parsed = parse(black_box(&texts[0]));
            black_box(baolint_check::check(&texts[0], &parsed, &config));
        });
        report(&format!("parse+check {name}"), texts[0].len(), &check);
        number_layer(&name, &texts, &check);
    }
}

/// Times the number layer on its own over already parsed reports: the
/// recogniser (quantities and the digits set aside), the relations, and the
/// NUM rules (a check with only them enabled, less a check with no rule
/// enabled). Prints each, and their sum as a share of `whole` (parse+check
/// of the same texts). The recogniser also finds the digits that dates and
/// references are built on, so the share counts more than the NUM layer
/// alone costs.
fn number_layer(name: &str, texts: &[String], whole: &[Duration]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let parsed: Vec<Report> = texts.iter().map(|text| parse(text)).collect();
    let recognise = measure(|| {
        for (text, report) in texts.iter().zip(&parsed) {
            black_box(baolint_syntax::recognise_block_numbers(black_box(text), &report.blocks));
        }
    });
    report(&format!("number layer, recognise {name}"), bytes, &recognise);
    let relate = measure(|| {
        for (text, report) in texts.iter().zip(&parsed) {
            black_box(baolint_syntax::recognise_relations(black_box(text), &report.blocks, &report.numbers));
        }
    });
    report(&format!("number layer, relate {name}"), bytes, &relate);
    let only_num = Config::with_selection(&["NUM".to_string()], &[]).expect("NUM selects rules");
    let none = Config::with_selection(&["NUM".to_string()], &["ALL".to_string()]).expect("ALL is a selector");
    let rules = measure(|| {
        for (text, report) in texts.iter().zip(&parsed) {
            black_box(baolint_check::check(text, report, black_box(&only_num)));
        }
    });
    report(&format!("number layer, NUM rules {name}"), bytes, &rules);
    let empty = measure(|| {
        for (text, report) in texts.iter().zip(&parsed) {
            black_box(baolint_check::check(text, report, black_box(&none)));
        }
    });
    let layer = recognise[0] + relate[0] + rules[0].saturating_sub(empty[0]);
    let share = layer.as_secs_f64() / whole[0].as_secs_f64().max(1e-9);
    println!(
        "share of the number layer in parse+check {name}: {:.6} s of {:.6} s, {:.1}%",
        layer.as_secs_f64(),
        whole[0].as_secs_f64(),
        share * 100.0
    );
}

/// The single-line reports `cargo xtask bench` writes beside the reports
/// directory, if they are there.
fn single_line_files(reports: &Path) -> Vec<PathBuf> {
    let Some(parent) = reports.parent() else { return Vec::new() };
    ["single-line-1mb.txt", "single-line-10mb.txt"]
        .iter()
        .map(|name| parent.join(name))
        .filter(|p| p.is_file())
        .collect()
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
