//! `review score FILE... [--write-table PATH]`: precision per rule from
//! review files or judged TSVs (told apart by content), as a markdown table.
//!
//! A rule judged in several files (before and after a fix, say) gets one row
//! per file, and the newest (by `drawn:` date, then file name) is marked:
//! that is the figure that stands. `--write-table` writes only those.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use super::Args;
use super::formats::{Header, Verdict, is_tsv, parse_review, parse_tsv};
use crate::workspace::{Result, project_root};

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("score", args, &["write-table"], &[])?;
    if args.positional.is_empty() {
        return Err("usage: cargo xtask review score FILE... [--write-table PATH]".into());
    }
    let mut tallies = Vec::new();
    for file in &args.positional {
        tallies.extend(tallies_of(Path::new(file))?);
    }
    print!("{}", markdown(&tallies));
    if let Some(out) = args.value("write-table") {
        fs::write(out, table(&tallies)).map_err(|err| format!("cannot write {out}: {err}"))?;
        println!("\nwrote the newest figure per rule to {out}");
    }
    Ok(())
}

/// One rule's verdicts in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tally {
    pub rule: String,
    pub file: PathBuf,
    pub header: Header,
    pub right: u64,
    pub wrong: u64,
    pub unsure: u64,
    /// Review-file blocks still blank.
    pub unjudged: u64,
}

impl Tally {
    fn empty(rule: String, file: &Path, header: &Header) -> Tally {
        Tally { rule, file: file.to_path_buf(), header: header.clone(), right: 0, wrong: 0, unsure: 0, unjudged: 0 }
    }

    fn judged(&self) -> u64 {
        self.right + self.wrong
    }

    fn newness(&self) -> (&str, Option<&std::ffi::OsStr>) {
        (&self.header.drawn, self.file.file_name())
    }
}

pub(super) fn tallies_of(path: &Path) -> Result<Vec<Tally>> {
    let text = fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let (header, verdicts): (Header, Vec<(String, Option<Verdict>)>) = if is_tsv(&text) {
        let (header, judgements) = parse_tsv(path, &text)?;
        (header, judgements.into_iter().map(|j| (j.rule, Some(j.verdict))).collect())
    } else {
        let (header, blocks) = parse_review(path, &text)?;
        if blocks.is_empty() && header.sha256.is_empty() {
            return Err(format!("{}: neither a judged TSV nor a review file", path.display()).into());
        }
        (header, blocks.into_iter().map(|b| (b.rule, b.verdict)).collect())
    };
    let mut by_rule: BTreeMap<String, Tally> = BTreeMap::new();
    for (rule, verdict) in verdicts {
        let tally = by_rule.entry(rule.clone()).or_insert_with(|| Tally::empty(rule, path, &header));
        match verdict {
            Some(Verdict::Right) => tally.right += 1,
            Some(Verdict::Wrong) => tally.wrong += 1,
            Some(Verdict::Unsure) => tally.unsure += 1,
            None => tally.unjudged += 1,
        }
    }
    // A rule the whole corpus never fired has nothing to judge, and that
    // is its figure: zero of zero, from this file.
    for (rule, _) in header.findings.iter().filter(|(_, n)| **n == 0) {
        by_rule.entry(rule.clone()).or_insert_with(|| Tally::empty(rule.clone(), path, &header));
    }
    Ok(by_rule.into_values().collect())
}

/// The 95% Wilson score interval of `right` successes in `n` trials, as
/// fractions; None when nothing was judged. Unlike the normal approximation
/// it stays inside 0..1 and is honest at 50/50 (its low end is about 92.9%).
pub(super) fn wilson(right: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    const Z: f64 = 1.959_963_984_540_054;
    let n = n as f64;
    let p = right as f64 / n;
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let center = (p + z2 / (2.0 * n)) / denominator;
    let half = Z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(((center - half).max(0.0), (center + half).min(1.0)))
}

/// What the policy asks of a rule of this severity: the precision, and the
/// findings to judge (50, or all of them when the rule fires fewer times).
fn policy(tally: &Tally) -> String {
    let threshold = match tally.header.severities.get(&tally.rule).map(String::as_str) {
        Some("error") => 0.98,
        Some("warning") => 0.90,
        _ => return "–".to_string(),
    };
    let needed = tally.header.findings.get(&tally.rule).map_or(50, |&total| total.min(50));
    let judged = tally.judged();
    if judged == 0 || judged < needed {
        return format!("too few ({judged}/{needed})");
    }
    if tally.right as f64 / judged as f64 >= threshold { "meets" } else { "below" }.to_string()
}

/// The figure that stands for each rule. A review file whose blocks for the
/// rule are all still blank holds no figure and is passed over.
fn newest_per_rule(tallies: &[Tally]) -> BTreeMap<&str, &Tally> {
    let mut newest: BTreeMap<&str, &Tally> = BTreeMap::new();
    // A blank review file holds no figure; a rule the corpus never fired
    // does (zero of zero).
    let counts = |t: &&Tally| t.judged() + t.unsure > 0 || t.header.findings.get(&t.rule) == Some(&0);
    for tally in tallies.iter().filter(counts) {
        let slot = newest.entry(&tally.rule).or_insert(tally);
        if tally.newness() > slot.newness() {
            *slot = tally;
        }
    }
    newest
}

pub(super) fn markdown(tallies: &[Tally]) -> String {
    let newest = newest_per_rule(tallies);
    let mut rows: Vec<&Tally> = tallies.iter().collect();
    rows.sort_by(|a, b| (&a.rule, a.newness()).cmp(&(&b.rule, b.newness())));
    let mut out = String::from(
        "| rule | file | drawn | judged | right | wrong | unsure | precision | 95% CI | corpus findings | policy | newest |\n\
         |---|---|---|--:|--:|--:|--:|--:|---|--:|---|---|\n",
    );
    for t in &rows {
        let judged = t.judged();
        let precision =
            if judged == 0 { "–".to_string() } else { format!("{:.1}%", 100.0 * t.right as f64 / judged as f64) };
        let interval = wilson(t.right, judged)
            .map_or("–".to_string(), |(low, high)| format!("{:.1}–{:.1}%", 100.0 * low, 100.0 * high));
        let corpus = t.header.findings.get(&t.rule).map_or("?".to_string(), |n| n.to_string());
        let is_newest = newest.get(t.rule.as_str()).is_some_and(|n| std::ptr::eq(*n, *t));
        let name =
            t.file.file_name().map_or_else(|| t.file.display().to_string(), |n| n.to_string_lossy().into_owned());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {judged} | {} | {} | {} | {precision} | {interval} | {corpus} | {} | {} |",
            t.rule,
            name,
            if t.header.drawn.is_empty() { "?" } else { &t.header.drawn },
            t.right,
            t.wrong,
            t.unsure,
            policy(t),
            if is_newest { "yes" } else { "" },
        );
    }
    let unjudged: u64 = tallies.iter().map(|t| t.unjudged).sum();
    if unjudged > 0 {
        let _ = writeln!(out, "\n{unjudged} blocks have no verdict yet and are not counted.");
    }
    out
}

/// The TSV of the newest figure per rule, files named relative to the
/// workspace root.
pub(super) fn table(tallies: &[Tally]) -> String {
    let mut out = String::from(
        "# written by `cargo xtask review score --write-table`; one row per rule, from the newest judged file holding it\n\
         code\tjudged\tright\tcorpus\tdrawn\tfile\n",
    );
    let root = project_root().canonicalize().unwrap_or_else(|_| project_root());
    for (rule, t) in newest_per_rule(tallies) {
        let absolute = t.file.canonicalize().unwrap_or_else(|_| t.file.clone());
        let file = absolute.strip_prefix(&root).map_or_else(|_| t.file.clone(), Path::to_path_buf);
        let _ = writeln!(
            out,
            "{rule}\t{}\t{}\t{}\t{}\t{}",
            t.judged(),
            t.right,
            t.header.corpus,
            t.header.drawn,
            file.display()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::keep::keep;

    #[test]
    fn wilson_interval() {
        let (low, high) = wilson(50, 50).unwrap();
        assert!((low - 0.9287).abs() < 0.0005, "{low}");
        assert_eq!(high, 1.0);
        let (low, high) = wilson(0, 10).unwrap();
        assert_eq!(low, 0.0);
        assert!((high - 0.2775).abs() < 0.0005, "{high}");
        let (low, high) = wilson(45, 50).unwrap();
        assert!((low - 0.7864).abs() < 0.0005 && (high - 0.9565).abs() < 0.0005, "{low} {high}");
        assert_eq!(wilson(0, 0), None);
    }

    /// A fresh directory under the system's temp dir, removed first if a
    /// previous run left it.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-review-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    const REVIEW: &str = "\
# corpus: news.jsonl sha256=00ff articles=3
# baolint: abc1234  seed: 1  per-rule: 60  drawn: 2026-12-02
# findings: DAT002=2 NUM002=9
# severity: DAT002=error NUM002=warning

## 1 DAT002 r-1 10..20 error
rule: weekday-mismatch
message: \"thứ Hai\" does not match 22/5
context: …Hôm nay «thứ Hai» ngày 22/5…
verdict: right
reason: 

## 2 DAT002 r-2 5..9 error
message: m
context: «lần thứ 4»
verdict: FP
reason: ordinal \"lần thứ 4\",\tnot a weekday

## 3 NUM002 r-3 0..4 warning
message: m
context: «1.000»
verdict: 
reason: 
";

    #[test]
    fn review_to_kept_to_score() {
        let dir = temp_dir("round-trip");
        let review = dir.join("news-1.review");
        fs::write(&review, REVIEW).unwrap();

        let err = keep(&review, false).unwrap_err().to_string();
        assert!(err.contains("1 blocks have no verdict: 3"), "{err}");

        let (tsv, kept, dropped) = keep(&review, true).unwrap();
        assert_eq!((kept, dropped), (2, 1));
        assert!(!tsv.contains("Hôm nay") && !tsv.contains("does not match"), "no article or message text: {tsv}");
        assert!(tsv.contains("DAT002\tr-2\t5\t9\twrong\tordinal \"lần thứ 4\", not a weekday\n"), "{tsv}");
        let kept_path = dir.join("2026-12-02-news.tsv");
        fs::write(&kept_path, &tsv).unwrap();

        let from_tsv = tallies_of(&kept_path).unwrap();
        assert_eq!(from_tsv.len(), 1);
        assert_eq!((from_tsv[0].rule.as_str(), from_tsv[0].right, from_tsv[0].wrong), ("DAT002", 1, 1));
        assert_eq!(from_tsv[0].header.findings.get("DAT002"), Some(&2));

        let from_review = tallies_of(&review).unwrap();
        assert_eq!(from_review.len(), 2);
        assert_eq!(from_review[1].unjudged, 1);

        let table = markdown(&from_tsv);
        assert!(table.contains("| DAT002 | 2026-12-02-news.tsv | 2026-12-02 | 2 | 1 | 1 | 0 | 50.0% |"), "{table}");
        assert!(table.contains("| below | yes |"), "{table}");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_newest_file_stands() {
        let tally = |file: &str, drawn: &str, right| Tally {
            rule: "DAT002".into(),
            file: PathBuf::from(file),
            header: Header { drawn: drawn.into(), corpus: "c.jsonl".into(), ..Header::default() },
            right,
            wrong: 1,
            unsure: 0,
            unjudged: 0,
        };
        let tallies =
            [tally("b.tsv", "2026-12-02", 5), tally("a.tsv", "2026-12-03", 9), tally("c.tsv", "2026-12-01", 1)];
        assert_eq!(newest_per_rule(&tallies)["DAT002"].right, 9);
        let written = table(&tallies);
        assert!(
            written.ends_with("code\tjudged\tright\tcorpus\tdrawn\tfile\nDAT002\t10\t9\tc.jsonl\t2026-12-03\ta.tsv\n"),
            "{written}"
        );
        let shown = markdown(&tallies);
        assert_eq!(shown.matches("| yes |").count(), 1, "{shown}");
        let blank = Tally { right: 0, wrong: 0, unjudged: 4, ..tally("d.review", "2026-12-09", 0) };
        let with_blank = [tallies[0].clone(), blank];
        assert_eq!(newest_per_rule(&with_blank)["DAT002"].file, PathBuf::from("b.tsv"), "blank blocks hold no figure");
    }
}
