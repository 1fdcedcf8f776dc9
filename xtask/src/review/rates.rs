//! `review rates --corpus PATH [--severity LIST] [--out FILE]`: how often
//! each rule fires, per 1,000 articles, as a markdown table in code order.
//! Rules that never fire are listed too, with zeros, so a silent rule shows.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;

use super::corpus::{Cli, Corpus};
use super::{Args, Severities};
use crate::workspace::Result;

#[derive(Debug, Default)]
struct Rate {
    name: String,
    severity: String,
    findings: u64,
    articles: HashSet<String>,
}

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("rates", args, &["corpus", "severity", "out"], &[])?;
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    let severities = Severities::parse(args.value("severity"))?;
    let cli = Cli::build()?;

    let mut rates: BTreeMap<String, Rate> = BTreeMap::new();
    for rule in cli.rules().into_iter().filter(|r| severities.admits(&r.severity)) {
        rates.insert(rule.code, Rate { name: rule.name, severity: rule.severity, ..Rate::default() });
    }
    cli.findings(&corpus, "ALL", &mut |f| {
        if severities.admits(&f.severity) {
            let rate = rates.entry(f.code).or_default();
            if rate.name.is_empty() {
                (rate.name, rate.severity) = (f.name, f.severity);
            }
            rate.findings += 1;
            rate.articles.insert(f.id);
        }
    })?;

    let mut out = format!(
        "Findings per rule on {} ({} articles, sha256 {}), severities {}:\n\n\
         | code | name | severity | findings | per 1,000 articles | articles with ≥1 |\n\
         |---|---|---|--:|--:|--:|\n",
        corpus.name,
        corpus.articles,
        &corpus.sha256[..12],
        severities.describe()
    );
    for (code, rate) in &rates {
        let per_1000 = rate.findings as f64 * 1000.0 / corpus.articles.max(1) as f64;
        let _ = writeln!(
            out,
            "| {code} | {} | {} | {} | {per_1000:.1} | {} |",
            rate.name,
            rate.severity,
            rate.findings,
            rate.articles.len()
        );
    }
    print!("\n{out}");
    if let Some(path) = args.value("out") {
        fs::write(path, &out).map_err(|err| format!("cannot write {path}: {err}"))?;
        println!("\nwrote {path}");
    }
    Ok(())
}
