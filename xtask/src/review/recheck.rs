//! `review recheck JUDGED.tsv... --corpus PATH [--strict]`: re-runs the
//! current CLI over the corpus the judged files were drawn from and matches
//! each judged finding by (rule, id, start, end). A finding judged wrong that
//! no longer fires is a fixed false positive; one judged right that no
//! longer fires is lost recall, listed, and with `--strict` a failure.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::Path;

use super::Args;
use super::corpus::{Cli, Corpus};
use super::formats::{Block, Header, Judgement, Verdict, is_tsv, parse_review, parse_tsv};
use crate::workspace::Result;

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("recheck", args, &["corpus"], &["strict"])?;
    if args.positional.is_empty() {
        return Err("usage: cargo xtask review recheck JUDGED.tsv... --corpus PATH [--strict]".into());
    }
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for file in &args.positional {
        let (header, judgements) = read_judged(Path::new(file))?;
        if header.sha256 != corpus.sha256 {
            warnings.push(format!(
                "WARNING: {file} was drawn from {} sha256={}, but {} has sha256={}: offsets may not match, \
                 and findings reported gone may only have moved",
                header.corpus, header.sha256, corpus.name, corpus.sha256
            ));
        }
        files.push((file, header, judgements));
    }
    // Said before the run and again after the report, where it is read.
    for warning in &warnings {
        eprintln!("{warning}");
    }

    let cli = Cli::build()?;
    let known: BTreeSet<String> = cli.rules().into_iter().map(|r| r.code).collect();
    let wanted: BTreeSet<&str> = files.iter().flat_map(|(_, _, js)| js.iter().map(|j| j.rule.as_str())).collect();
    // A rule that was removed or renamed cannot be selected; all its judged
    // findings are then gone.
    let (present, missing): (Vec<&str>, Vec<&str>) =
        wanted.iter().partition(|code| known.is_empty() || known.contains(**code));
    for code in &missing {
        println!("note: the CLI has no rule {code}; all its judged findings count as gone");
    }
    let mut firing = HashSet::new();
    if !present.is_empty() {
        cli.findings(&corpus, &present.join(","), &mut |f| {
            firing.insert(f.key());
        })?;
    }

    let mut lost_total = 0;
    for (file, header, judgements) in &files {
        println!("\n== {file} ({}, drawn {}, baolint {})", header.corpus, header.drawn, header.commit);
        println!(
            "{:<8} {:>19} {:>15} {:>19} {:>16}",
            "rule", "wrong still firing", "wrong now gone", "right still firing", "right now lost"
        );
        let mut by_rule: BTreeMap<&str, Vec<&Judgement>> = BTreeMap::new();
        for j in judgements {
            by_rule.entry(&j.rule).or_default().push(j);
        }
        let mut listing = Vec::new();
        for (rule, js) in by_rule {
            let fires = |j: &&&Judgement| firing.contains(&(j.rule.clone(), j.id.clone(), j.start, j.end));
            let of = |verdict| js.iter().filter(move |j| j.verdict == verdict);
            let wrong_firing: Vec<_> = of(Verdict::Wrong).filter(fires).collect();
            let wrong_gone = of(Verdict::Wrong).count() - wrong_firing.len();
            let right_lost: Vec<_> = of(Verdict::Right).filter(|j| !fires(j)).collect();
            let right_firing = of(Verdict::Right).count() - right_lost.len();
            println!(
                "{rule:<8} {:>19} {wrong_gone:>15} {right_firing:>19} {:>16}",
                wrong_firing.len(),
                right_lost.len()
            );
            for j in wrong_firing {
                listing
                    .push(format!("  still fires, judged wrong: {rule} {} {}..{}  {}", j.id, j.start, j.end, j.reason));
            }
            for j in &right_lost {
                listing.push(format!("  lost, judged right: {rule} {} {}..{}  {}", j.id, j.start, j.end, j.reason));
            }
            lost_total += right_lost.len();
        }
        for line in listing {
            println!("{line}");
        }
    }
    for warning in &warnings {
        eprintln!("\n{warning}");
    }
    if lost_total > 0 && args.switch("strict") {
        return Err(format!("{lost_total} findings judged right no longer fire (--strict)").into());
    }
    Ok(())
}

/// A judged TSV, or a review file's judged blocks.
fn read_judged(path: &Path) -> Result<(Header, Vec<Judgement>)> {
    let text = fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    if is_tsv(&text) {
        return parse_tsv(path, &text);
    }
    let (header, blocks) = parse_review(path, &text)?;
    let judgements = blocks.into_iter().filter_map(Block::judgement).collect();
    Ok((header, judgements))
}
