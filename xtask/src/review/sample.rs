//! `review sample`: a seeded random sample of each rule's findings on a
//! corpus, written as a review file to be judged (format in `formats.rs`).
//!
//! Each rule's findings are sorted by (id, start, end) before drawing, and
//! each rule draws from its own generator seeded from the seed and the rule
//! code: the sample depends on the seed and the findings only, not on the
//! order baolint prints them in, and a rule that starts or stops firing does
//! not change the other rules' samples.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use super::corpus::{Cli, Corpus, Finding};
use super::formats::{Header, one_line};
use super::{Args, Severities, baolint_commit, utc_today};
use crate::corpus::Rng;
use crate::workspace::{Result, relative, target_dir};

pub(super) fn run(args: &[String]) -> Result {
    let args =
        Args::parse("sample", args, &["corpus", "per-rule", "seed", "rules", "severity", "context", "out"], &[])?;
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    let per_rule: usize = args.number("per-rule", 60)?;
    let seed: u64 = args.number("seed", 1)?;
    let context: usize = args.number("context", 300)?;
    let severities = Severities::parse(args.value("severity"))?;
    let select = args.value("rules").unwrap_or("ALL");

    let cli = Cli::build()?;
    let mut by_rule: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    cli.findings(&corpus, select, &mut |f| {
        if severities.admits(&f.severity) {
            by_rule.entry(f.code.clone()).or_default().push(f);
        }
    })?;

    let header = Header {
        corpus: corpus.name.clone(),
        sha256: corpus.sha256.clone(),
        articles: Some(corpus.articles),
        commit: baolint_commit(),
        seed: Some(seed),
        per_rule: Some(per_rule),
        drawn: utc_today(),
        findings: by_rule.iter().map(|(code, fs)| (code.clone(), fs.len() as u64)).collect(),
        severities: by_rule.iter().map(|(code, fs)| (code.clone(), fs[0].severity.clone())).collect(),
    };
    println!("{:<8} {:>9} {:>8}", "rule", "findings", "sampled");
    let mut sampled = Vec::new();
    for (code, findings) in by_rule {
        let total = findings.len();
        let drawn = draw(findings, seed, per_rule);
        println!("{code:<8} {total:>9} {:>8}", drawn.len());
        sampled.extend(drawn);
    }
    sampled.sort_by(|a, b| (&a.code, &a.id, a.start, a.end).cmp(&(&b.code, &b.id, b.start, b.end)));

    let ids: BTreeSet<String> = sampled.iter().map(|f| f.id.clone()).collect();
    let texts = corpus.texts(&ids)?;
    let text = review_file(&header, &severities, select, &sampled, &texts, context);
    let out = match args.value("out") {
        Some(out) => PathBuf::from(out),
        None => target_dir().join("review").join(format!("{}-{seed}.review", corpus.stem)),
    };
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    }
    fs::write(&out, text).map_err(|err| format!("cannot write {}: {err}", out.display()))?;
    println!("{} findings to judge in {}", sampled.len(), relative(&out));
    Ok(())
}

/// The seed of one rule's generator: the run's seed mixed with an FNV-1a
/// hash of the code.
fn rule_seed(seed: u64, code: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in code.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    seed ^ hash
}

/// Up to `n` of one rule's findings, without replacement: the first `n`
/// places of a Fisher-Yates shuffle.
fn draw(mut findings: Vec<Finding>, seed: u64, n: usize) -> Vec<Finding> {
    let Some(code) = findings.first().map(|f| f.code.clone()) else { return findings };
    findings.sort_by(|a, b| (&a.id, a.start, a.end, &a.message).cmp(&(&b.id, b.start, b.end, &b.message)));
    let n = n.min(findings.len());
    let mut rng = Rng::new(rule_seed(seed, &code));
    for i in 0..n {
        let j = i + rng.below(findings.len() - i);
        findings.swap(i, j);
    }
    findings.truncate(n);
    findings
}

fn review_file(
    header: &Header,
    severities: &Severities,
    select: &str,
    sampled: &[Finding],
    texts: &std::collections::HashMap<String, String>,
    context: usize,
) -> String {
    let mut out = String::new();
    header.write(&mut out);
    let _ = writeln!(out, "# selected: {select}  severities: {}  sampled: {}", severities.describe(), sampled.len());
    out.push_str(
        "# Judge each block: `verdict:` right, wrong or unsure; `reason:` one short line (a few quoted words\n\
         # at most: the kept file must not carry article text). Then:\n\
         #   cargo xtask review keep THIS_FILE --out review/judged/NAME.tsv\n",
    );
    for (index, f) in sampled.iter().enumerate() {
        let _ = writeln!(out, "\n## {} {} {} {}..{} {}", index + 1, f.code, f.id, f.start, f.end, f.severity);
        let _ = writeln!(out, "rule: {}", f.name);
        let _ = writeln!(out, "message: {}", one_line(&f.message));
        match texts.get(&f.id) {
            Some(text) => {
                let _ = writeln!(out, "context: {}", show_context(text, f.start, f.end, context));
            }
            None => {
                let _ = writeln!(out, "context: (record `{}` not found in the corpus)", f.id);
            }
        }
        out.push_str("verdict: \nreason: \n");
    }
    out
}

/// `…before«span»after…` with `chars` characters each side, cut at character
/// boundaries, newlines shown as ⏎ and tabs as spaces so the block stays one
/// line per field.
fn show_context(text: &str, start: usize, end: usize, chars: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start), floor(end.max(start)));
    let before_from = text[..start].char_indices().rev().nth(chars.saturating_sub(1)).map_or(0, |(i, _)| i);
    let before_from = if chars == 0 { start } else { before_from };
    let after_to = text[end..].char_indices().nth(chars).map_or(text.len(), |(i, _)| end + i);
    let visible = |s: &str| s.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎").replace('\t', " ");
    format!(
        "{}{}«{}»{}{}",
        if before_from > 0 { "…" } else { "" },
        visible(&text[before_from..start]),
        visible(&text[start..end]),
        visible(&text[end..after_to]),
        if after_to < text.len() { "…" } else { "" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(code: &str, n: usize) -> Vec<Finding> {
        (0..n)
            .map(|i| Finding {
                code: code.into(),
                name: "n".into(),
                severity: "error".into(),
                message: "m".into(),
                id: format!("r{}", i % 7),
                start: i * 10,
                end: i * 10 + 3,
            })
            .collect()
    }

    fn keys(sample: &[Finding]) -> Vec<(String, usize)> {
        sample.iter().map(|f| (f.id.clone(), f.start)).collect()
    }

    #[test]
    fn sampling_is_seeded() {
        let all = findings("DAT002", 200);
        let one = draw(all.clone(), 1, 20);
        assert_eq!(one.len(), 20);
        assert_eq!(keys(&one), keys(&draw(all.clone(), 1, 20)), "same seed, same sample");
        let mut reversed = all.clone();
        reversed.reverse();
        assert_eq!(keys(&one), keys(&draw(reversed, 1, 20)), "the order baolint prints in does not matter");
        assert_ne!(keys(&one), keys(&draw(all.clone(), 2, 20)), "another seed, another sample");
        let distinct: BTreeSet<_> = keys(&one).into_iter().collect();
        assert_eq!(distinct.len(), 20, "without replacement");
        assert_eq!(draw(all.clone(), 1, 500).len(), 200, "a rule that fires less is taken whole");
        assert!(draw(Vec::new(), 1, 5).is_empty());
    }

    #[test]
    fn context_is_cut_at_characters() {
        let text = "Hôm nay\nthứ Hai, ngày 22/5";
        let start = text.find("thứ").unwrap();
        let end = start + "thứ Hai".len();
        assert_eq!(show_context(text, start, end, 4), "…nay⏎«thứ Hai», ng…");
        assert_eq!(show_context(text, start, end, 100), "Hôm nay⏎«thứ Hai», ngày 22/5");
        // An offset inside a character is moved back to its start.
        assert_eq!(show_context(text, 2, 3, 1), "H«ô»m…");
    }
}
