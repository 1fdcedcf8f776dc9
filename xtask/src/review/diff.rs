//! `review diff --corpus PATH --base BIN --head BIN [--severity LIST]`: the
//! findings two baolint binaries disagree on, per rule, matched by (rule, id,
//! start, end): what a change to a rule adds and removes on real text.
//!
//! With `--bytes`: whether the two binaries print the same bytes, as users
//! get them (`check --format json`, default rules), over the whole corpus:
//! the check that a change made for speed changes nothing. Prints each
//! side's size and SHA-256, and the first line where they part; fails when
//! they differ.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::corpus::{Cli, Corpus, Finding, sha256_file};
use super::{Args, Severities};
use crate::workspace::{Result, relative, target_dir};

type Key = (String, String, usize, usize);

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("diff", args, &["corpus", "base", "head", "severity"], &["bytes"])?;
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    if args.switch("bytes") {
        return same_bytes(&corpus, Path::new(args.required("base")?), Path::new(args.required("head")?));
    }
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

fn same_bytes(corpus: &Corpus, base: &Path, head: &Path) -> Result {
    let dir = target_dir().join("review");
    std::fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let mut outputs = Vec::new();
    for (side, exe) in [("base", base), ("head", head)] {
        let out = dir.join(format!("{}-{side}.json", corpus.stem));
        Cli::at(exe)?.json_output(corpus, &out)?;
        let size = std::fs::metadata(&out).map_err(|err| format!("{}: {err}", out.display()))?.len();
        println!("{side}: {size} bytes, sha256 {}", sha256_file(&out)?);
        outputs.push(out);
    }
    let read = |path: &Path| std::fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()));
    let (base_bytes, head_bytes) = (read(&outputs[0])?, read(&outputs[1])?);
    if base_bytes == head_bytes {
        println!("identical: the two binaries print the same bytes over {}", corpus.name);
        return Ok(());
    }
    let parted = base_bytes.split(|&b| b == b'\n').zip(head_bytes.split(|&b| b == b'\n')).position(|(a, b)| a != b);
    let line = parted.unwrap_or_else(|| {
        base_bytes.iter().filter(|&&b| b == b'\n').count().min(head_bytes.iter().filter(|&&b| b == b'\n').count())
    });
    let show = |bytes: &[u8]| {
        bytes.split(|&b| b == b'\n').nth(line).map(|l| String::from_utf8_lossy(l).into_owned()).unwrap_or_default()
    };
    println!("first difference at line {}:\n- {}\n+ {}", line + 1, show(&base_bytes), show(&head_bytes));
    Err(format!("the outputs differ ({} and {})", relative(&outputs[0]), relative(&outputs[1])).into())
}
