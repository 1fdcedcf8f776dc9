//! The two files of a review: the review file that `sample` writes and a
//! person fills in, and the judged TSV that `keep` writes and the repository
//! keeps. Both start with the same `# key: ...` header lines.
//!
//! Review file:
//! ```text
//! # corpus: news-2017.jsonl sha256=<hex> articles=1061
//! # baolint: 6abd4e0  seed: 1  per-rule: 60  drawn: 2026-12-02
//! # findings: DAT002=21 NUM002=40
//! # severity: DAT002=error NUM002=warning
//!
//! ## 17 DAT002 baomoi-22353092 1225..1239 error
//! message: ...
//! context: …text before «the span» text after…
//! verdict:
//! reason:
//! ```
//! Judged TSV: the same header, then the columns
//! `rule id start end verdict reason`, tab-separated, one finding a row.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::workspace::Result;

/// Where a sample came from: everything needed to tell two judged files of
/// the same rule apart and to re-run the corpus they were drawn from.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Header {
    pub corpus: String,
    pub sha256: String,
    pub articles: Option<u64>,
    pub commit: String,
    pub seed: Option<u64>,
    pub per_rule: Option<usize>,
    pub drawn: String,
    /// Findings per rule in the whole corpus: the firing rate.
    pub findings: BTreeMap<String, u64>,
    pub severities: BTreeMap<String, String>,
}

impl Header {
    pub fn write(&self, out: &mut String) {
        let _ = write!(out, "# corpus: {} sha256={}", self.corpus, self.sha256);
        if let Some(articles) = self.articles {
            let _ = write!(out, " articles={articles}");
        }
        let _ = write!(out, "\n# baolint: {}", self.commit);
        if let Some(seed) = self.seed {
            let _ = write!(out, "  seed: {seed}");
        }
        if let Some(per_rule) = self.per_rule {
            let _ = write!(out, "  per-rule: {per_rule}");
        }
        let _ = writeln!(out, "  drawn: {}", self.drawn);
        let pairs = |map: &BTreeMap<String, String>| map.iter().map(|(k, v)| format!(" {k}={v}")).collect::<String>();
        let findings = self.findings.iter().map(|(k, v)| (k.clone(), v.to_string())).collect();
        let _ = writeln!(out, "# findings:{}", pairs(&findings));
        let _ = writeln!(out, "# severity:{}", pairs(&self.severities));
    }

    /// Reads one of the header's lines into `self`; false if `line` is not one.
    pub fn read_line(&mut self, line: &str) -> Result<bool> {
        let Some(rest) = line.strip_prefix('#') else { return Ok(false) };
        let rest = rest.trim();
        if let Some(rest) = rest.strip_prefix("corpus:") {
            // The name may hold spaces; the key=value fields follow it.
            let mut name = Vec::new();
            for word in rest.split_whitespace() {
                if let Some(sha) = word.strip_prefix("sha256=") {
                    self.sha256 = sha.to_string();
                } else if let Some(n) = word.strip_prefix("articles=") {
                    self.articles = Some(n.parse().map_err(|_| format!("bad articles count `{n}`"))?);
                } else {
                    name.push(word);
                }
            }
            self.corpus = name.join(" ");
        } else if rest.starts_with("baolint:") {
            let words: Vec<&str> = rest.split_whitespace().collect();
            for pair in words.chunks(2) {
                let [key, value] = pair else { return Err(format!("`{key}` has no value", key = pair[0]).into()) };
                match *key {
                    "baolint:" => self.commit = value.to_string(),
                    "seed:" => self.seed = Some(value.parse().map_err(|_| format!("bad seed `{value}`"))?),
                    "per-rule:" => self.per_rule = Some(value.parse().map_err(|_| format!("bad per-rule `{value}`"))?),
                    "drawn:" => self.drawn = value.to_string(),
                    _ => {}
                }
            }
        } else if let Some(rest) = rest.strip_prefix("findings:") {
            for (code, n) in pairs(rest)? {
                self.findings.insert(code, n.parse().map_err(|_| format!("bad count `{n}`"))?);
            }
        } else if let Some(rest) = rest.strip_prefix("severity:") {
            self.severities.extend(pairs(rest)?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }
}

fn pairs(text: &str) -> Result<Vec<(String, String)>> {
    text.split_whitespace()
        .map(|word| match word.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => Err(format!("`{word}` is not CODE=VALUE").into()),
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Verdict {
    Right,
    Wrong,
    Unsure,
}

impl Verdict {
    /// The spellings a reviewer is likely to type, in any case.
    pub fn parse(text: &str) -> Option<Verdict> {
        match text.trim().to_lowercase().as_str() {
            "right" | "r" | "yes" | "y" | "true" | "tp" => Some(Verdict::Right),
            "wrong" | "w" | "no" | "n" | "false" | "fp" => Some(Verdict::Wrong),
            "unsure" | "?" | "skip" => Some(Verdict::Unsure),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Right => "right",
            Verdict::Wrong => "wrong",
            Verdict::Unsure => "unsure",
        }
    }
}

/// One judged finding, as the judged TSV keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Judgement {
    pub rule: String,
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub verdict: Verdict,
    pub reason: String,
}

/// One block of a review file; `verdict` is None while it is blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    pub number: usize,
    pub rule: String,
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub severity: String,
    pub verdict: Option<Verdict>,
    pub reason: String,
}

impl Block {
    /// The judgement the block holds, once it has a verdict.
    pub fn judgement(self) -> Option<Judgement> {
        Some(Judgement {
            rule: self.rule,
            id: self.id,
            start: self.start,
            end: self.end,
            verdict: self.verdict?,
            reason: self.reason,
        })
    }
}

pub(super) const TSV_COLUMNS: &str = "rule\tid\tstart\tend\tverdict\treason";

/// One line, no tabs, single spaces: a reason must not break the TSV.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `## 17 DAT002 baomoi-22353092 1225..1239 error`; the id may hold spaces.
fn block_title(rest: &str) -> Option<(usize, String, String, usize, usize, String)> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() < 5 {
        return None;
    }
    let number = words[0].parse().ok()?;
    let (start, end) = words[words.len() - 2].split_once("..")?;
    let id = words[2..words.len() - 2].join(" ");
    Some((number, words[1].to_string(), id, start.parse().ok()?, end.parse().ok()?, words[words.len() - 1].into()))
}

/// Reads a review file. A verdict that is not one of the known spellings is
/// an error; a blank one is left to the caller.
pub(super) fn parse_review(path: &Path, text: &str) -> Result<(Header, Vec<Block>)> {
    let mut header = Header::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut in_reason = false;
    for (index, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), index + 1);
        if let Some(rest) = line.strip_prefix("## ") {
            let (number, rule, id, start, end, severity) = block_title(rest)
                .ok_or_else(|| format!("{}: a block title is `## N RULE ID START..END SEVERITY`", at()))?;
            blocks.push(Block { number, rule, id, start, end, severity, verdict: None, reason: String::new() });
            in_reason = false;
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            header.read_line(line).map_err(|err| format!("{}: {err}", at()))?;
            continue;
        };
        if let Some(value) = line.strip_prefix("verdict:") {
            in_reason = false;
            if !value.trim().is_empty() {
                let verdict = Verdict::parse(value).ok_or_else(|| {
                    format!(
                        "{}: block {}: unknown verdict `{}` (right, wrong or unsure)",
                        at(),
                        block.number,
                        value.trim()
                    )
                })?;
                block.verdict = Some(verdict);
            }
        } else if let Some(value) = line.strip_prefix("reason:") {
            block.reason = one_line(value);
            in_reason = true;
        } else if in_reason && !line.trim().is_empty() && !line.starts_with('#') {
            // A reason typed over several lines is joined into one.
            block.reason = one_line(&format!("{} {line}", block.reason));
        }
    }
    Ok((header, blocks))
}

pub(super) fn write_tsv(header: &Header, judgements: &[Judgement]) -> String {
    let mut out = String::new();
    header.write(&mut out);
    out.push_str(TSV_COLUMNS);
    out.push('\n');
    for j in judgements {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            j.rule,
            j.id,
            j.start,
            j.end,
            j.verdict.as_str(),
            one_line(&j.reason)
        );
    }
    out
}

pub(super) fn parse_tsv(path: &Path, text: &str) -> Result<(Header, Vec<Judgement>)> {
    let mut header = Header::default();
    let mut judgements = Vec::new();
    let mut columns_seen = false;
    for (index, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), index + 1);
        if line.starts_with('#') {
            header.read_line(line).map_err(|err| format!("{}: {err}", at()))?;
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if !columns_seen {
            if line.trim_end() != TSV_COLUMNS {
                return Err(format!("{}: expected the column line `{}`", at(), TSV_COLUMNS.replace('\t', "\\t")).into());
            }
            columns_seen = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [rule, id, start, end, verdict, reason] = fields[..] else {
            return Err(format!("{}: expected 6 tab-separated fields, found {}", at(), fields.len()).into());
        };
        let number = |name: &str, value: &str| -> Result<usize> {
            value.parse().map_err(|_| format!("{}: `{name}` is not a number: `{value}`", at()).into())
        };
        judgements.push(Judgement {
            rule: rule.to_string(),
            id: id.to_string(),
            start: number("start", start)?,
            end: number("end", end)?,
            verdict: Verdict::parse(verdict).ok_or_else(|| format!("{}: unknown verdict `{verdict}`", at()))?,
            reason: reason.to_string(),
        });
    }
    if !columns_seen {
        return Err(format!("{}: no `rule id start end verdict reason` column line", path.display()).into());
    }
    Ok((header, judgements))
}

/// A judged TSV has the column line; anything else is read as a review file.
pub(super) fn is_tsv(text: &str) -> bool {
    text.lines().any(|line| line.trim_end() == TSV_COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_spellings() {
        for word in ["right", "R", "yes", "Y", "TRUE", "tp"] {
            assert_eq!(Verdict::parse(word), Some(Verdict::Right), "{word}");
        }
        for word in ["wrong", "w", "No", "n", "false", "FP"] {
            assert_eq!(Verdict::parse(word), Some(Verdict::Wrong), "{word}");
        }
        for word in ["unsure", "?", " skip "] {
            assert_eq!(Verdict::parse(word), Some(Verdict::Unsure), "{word}");
        }
        assert_eq!(Verdict::parse("maybe"), None);
        assert_eq!(Verdict::parse(""), None);
    }

    #[test]
    fn tsv_header_round_trip() {
        let text = "# corpus: news 2017.jsonl.gz sha256=abc articles=21456\n\
                    # baolint: 6abd4e0-dirty  seed: 7  per-rule: 60  drawn: 2026-12-02\n\
                    # findings: DAT002=21 NUM002=40\n\
                    # severity: DAT002=error\n\
                    rule\tid\tstart\tend\tverdict\treason\n\
                    DAT002\tbaomoi-1\t3\t9\twrong\tordinal, not a weekday\n";
        let (header, judgements) = parse_tsv(Path::new("x.tsv"), text).unwrap();
        assert_eq!(header.corpus, "news 2017.jsonl.gz");
        assert_eq!(header.sha256, "abc");
        assert_eq!(header.articles, Some(21_456));
        assert_eq!(header.commit, "6abd4e0-dirty");
        assert_eq!((header.seed, header.per_rule), (Some(7), Some(60)));
        assert_eq!(header.drawn, "2026-12-02");
        assert_eq!(header.findings.get("NUM002"), Some(&40));
        assert_eq!(header.severities.get("DAT002").map(String::as_str), Some("error"));
        assert_eq!(judgements.len(), 1);
        assert_eq!(judgements[0].verdict, Verdict::Wrong);
        assert_eq!(write_tsv(&header, &judgements), text);
        assert!(is_tsv(text));
    }

    #[test]
    fn malformed_tsv_lines_are_named() {
        let text = "rule\tid\tstart\tend\tverdict\treason\nDAT002\tx\tone\t9\twrong\t\n";
        let err = parse_tsv(Path::new("j.tsv"), text).unwrap_err().to_string();
        assert!(err.contains("j.tsv:2") && err.contains("start"), "{err}");
        let err = parse_tsv(Path::new("j.tsv"), "DAT002\tx\n").unwrap_err().to_string();
        assert!(err.contains("j.tsv:1"), "{err}");
    }

    #[test]
    fn review_blocks() {
        let text = "# corpus: c.jsonl sha256=ff articles=2\n\n\
                    ## 1 DAT002 a b.txt 1..4 error\nmessage: m\ncontext: x«y»z\nverdict: FP\nreason: not a\n  weekday\n\n\
                    ## 2 NUM002 r-2 5..6 warning\nverdict:\nreason:\n";
        let (header, blocks) = parse_review(Path::new("r.review"), text).unwrap();
        assert_eq!(header.articles, Some(2));
        assert_eq!(blocks[0].id, "a b.txt");
        assert_eq!((blocks[0].start, blocks[0].end), (1, 4));
        assert_eq!(blocks[0].verdict, Some(Verdict::Wrong));
        assert_eq!(blocks[0].reason, "not a weekday");
        assert_eq!(blocks[1].verdict, None);
        let err = parse_review(Path::new("r.review"), "## 1 X y 1..2 error\nverdict: dunno\n").unwrap_err();
        assert!(err.to_string().contains("r.review:2: block 1"), "{err}");
    }
}
