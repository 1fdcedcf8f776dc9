//! `review diff --corpus PATH --base BIN --head BIN [--severity LIST]`: the
//! findings two baolint binaries disagree on, per rule, matched by (rule, id,
//! start, end): what a change to a rule adds and removes on real text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::corpus::{Cli, Corpus, Finding};
use super::{Args, Severities};
use crate::workspace::Result;

type Key = (String, String, usize, usize);

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("diff", args, &["corpus", "base", "head", "severity"], &[])?;
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    let severities = Severities::parse(args.value("severity"))?;
    let mut runs = Vec::new();
    for side in ["base", "head"] {
        let cli = Cli::at(Path::new(args.required(side)?))?;
        let mut found: BTreeMap<Key, Finding> = BTreeMap::new();
        cli.findings(&corpus, "ALL", &mut |f| {
            if severities.admits(&f.severity) {
                found.insert(f.key(), f);
            }
        })?;
        runs.push(found);
    }
    let (base, head) = (&runs[0], &runs[1]);
    let rules: BTreeSet<&str> = base.keys().chain(head.keys()).map(|k| k.0.as_str()).collect();
    println!("\n| rule | base | head | added | removed |\n|---|--:|--:|--:|--:|");
    let mut listing = Vec::new();
    for rule in rules {
        let count = |map: &BTreeMap<Key, Finding>| map.keys().filter(|k| k.0 == rule).count();
        let added: Vec<&Finding> =
            head.iter().filter(|(k, _)| k.0 == rule && !base.contains_key(*k)).map(|e| e.1).collect();
        let removed: Vec<&Finding> =
            base.iter().filter(|(k, _)| k.0 == rule && !head.contains_key(*k)).map(|e| e.1).collect();
        println!("| {rule} | {} | {} | {} | {} |", count(base), count(head), added.len(), removed.len());
        for (sign, list) in [('+', added), ('-', removed)] {
            for f in list {
                listing.push(format!(
                    "{sign} {rule} {} {}..{}  {}",
                    f.id,
                    f.start,
                    f.end,
                    f.message.replace('\n', " ")
                ));
            }
        }
    }
    if !listing.is_empty() {
        println!();
        for line in listing {
            println!("{line}");
        }
    }
    Ok(())
}
