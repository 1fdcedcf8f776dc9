//! Conventions checked by machine: every rule is registered once, documented
//! with the required sections, and has a positive and a near-miss fixture.

use std::collections::HashSet;

use baolint_check::{FixAvailability, Rule};

use crate::support::workspace;

const DOC_SECTIONS: &[&str] = &["## What it does", "## Why is this bad?", "## Example", "## Fix safety"];

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for &rule in Rule::ALL {
        let meta = rule.meta();
        assert!(codes.insert(meta.code), "duplicate code {}", meta.code);
        assert!(names.insert(meta.name), "duplicate name {}", meta.name);
        let (prefix, digits) = meta.code.split_at(3);
        assert_eq!(prefix, meta.family.prefix(), "{} is in family {:?}", meta.code, meta.family);
        assert!(digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()), "{}", meta.code);
        assert!(
            meta.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !meta.name.starts_with('-')
                && !meta.name.ends_with('-'),
            "{} is not kebab-case",
            meta.name
        );
        assert_eq!(Rule::find(meta.code), Some(rule));
        assert_eq!(Rule::find(meta.name), Some(rule));
    }
}

#[test]
fn every_rule_is_documented() {
    for &rule in Rule::ALL {
        let meta = rule.meta();
        assert!(!meta.summary.is_empty(), "{} has no summary", meta.code);
        let mut last = 0;
        for section in DOC_SECTIONS {
            let at = meta.doc.find(section).unwrap_or_else(|| panic!("{} doc lacks {section}", meta.code));
            assert!(at >= last, "{} doc sections out of order", meta.code);
            last = at;
        }
        if meta.fix == FixAvailability::None {
            assert!(meta.doc.contains("No fix"), "{} offers no fix and its doc must say so", meta.code);
        }
    }
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_a_rule() {
    let dir = workspace().join("tests/rules");
    let mut expected = HashSet::new();
    for &rule in Rule::ALL {
        let family = rule.family().prefix().to_lowercase();
        for suffix in [".txt", ".ok.txt"] {
            let file = format!("{family}/{}{suffix}", rule.code());
            assert!(dir.join(&file).is_file(), "missing fixture tests/rules/{file}");
            expected.insert(file);
        }
    }
    for family in std::fs::read_dir(&dir).unwrap() {
        let family = family.unwrap();
        for file in std::fs::read_dir(family.path()).unwrap() {
            let file = file.unwrap();
            let name = file.file_name().to_string_lossy().into_owned();
            let rel = format!("{}/{name}", family.file_name().to_string_lossy());
            // Near misses of one shape each, `CODE.ok.<shape>.txt`, and
            // positives of one more form each, `CODE.<shape>.txt`.
            let parts: Vec<&str> = name.split('.').collect();
            let of_a_rule = expected.contains(&format!("{}/{}.txt", family.file_name().to_string_lossy(), parts[0]));
            let extra_near_miss = parts.len() == 4 && parts[1] == "ok" && parts[3] == "txt";
            let extra_positive = parts.len() == 3 && parts[1] != "ok" && parts[2] == "txt";
            assert!(
                expected.contains(&rel) || (of_a_rule && (extra_near_miss || extra_positive)),
                "tests/rules/{rel} belongs to no rule"
            );
        }
    }
}

/// The precision policy: every rule outside the preview group has a figure
/// measured on real text, the figure is the tally of the judged file it
/// names, the sample is large enough, and the precision is at the bar of
/// the rule's severity (errors 98%, warnings 90%).
#[test]
fn every_default_rule_carries_its_measured_precision() {
    use baolint_check::{Severity, precision};

    const MIN_SAMPLE: u32 = 50;
    let rows = precision::table();
    let mut seen = HashSet::new();
    for row in rows {
        let rule = Rule::find(&row.code).unwrap_or_else(|| panic!("precision.tsv: unknown rule {}", row.code));
        assert!(seen.insert(rule), "precision.tsv: {} twice", row.code);
        let judged = JudgedFile::read(&row.file);
        let (right, wrong) = judged.tally(&row.code);
        assert_eq!(
            (row.right, row.judged),
            (right, right + wrong),
            "precision.tsv: {} does not match the verdicts in {}",
            row.code,
            row.file
        );
        assert_eq!(row.corpus, judged.corpus, "precision.tsv: {} names another corpus than {}", row.code, row.file);
        assert_eq!(row.drawn, judged.drawn, "precision.tsv: {} names another date than {}", row.code, row.file);
        let found = judged.findings(&row.code);
        assert!(
            row.judged >= MIN_SAMPLE.min(found),
            "{}: {} judged of {found} findings; the policy asks for {MIN_SAMPLE} or all",
            row.code,
            row.judged
        );
        if rule.is_preview() {
            continue;
        }
        let bar = match rule.meta().severity {
            Severity::Error => 98.0,
            Severity::Warning => 90.0,
            Severity::Info => 0.0,
        };
        if let Some(percent) = row.percent() {
            assert!(
                percent >= bar,
                "{} ({}) is right {percent:.1}% of the time, under its bar of {bar}%: narrow it, demote it or move it to preview",
                row.code,
                rule.meta().severity.as_str()
            );
        }
    }
    for &rule in Rule::ALL {
        assert!(
            rule.is_preview() || seen.contains(&rule),
            "{} runs by default but has no measured precision in data/precision.tsv",
            rule.code()
        );
    }
}

/// A judged file of `review/judged/`: a header of `# key: value` lines, then
/// `rule id start end verdict reason` rows, without article text.
struct JudgedFile {
    corpus: String,
    drawn: String,
    findings: Vec<(String, u32)>,
    verdicts: Vec<(String, String)>,
}

impl JudgedFile {
    fn read(relative: &str) -> JudgedFile {
        let path = workspace().join(relative);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut file = JudgedFile { corpus: String::new(), drawn: String::new(), findings: vec![], verdicts: vec![] };
        for line in text.lines() {
            if let Some(comment) = line.strip_prefix('#') {
                let comment = comment.trim();
                if let Some(corpus) = comment.strip_prefix("corpus:") {
                    file.corpus = corpus.split_whitespace().next().unwrap_or_default().to_owned();
                }
                if let Some(at) = comment.find("drawn:") {
                    file.drawn =
                        comment[at + "drawn:".len()..].split_whitespace().next().unwrap_or_default().to_owned();
                }
                if let Some(findings) = comment.strip_prefix("findings:") {
                    for pair in findings.split_whitespace() {
                        let (code, count) = pair.split_once('=').expect("findings: CODE=N");
                        file.findings.push((code.to_owned(), count.parse().expect("a count")));
                    }
                }
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() < 5 || cells[0] == "rule" {
                continue;
            }
            file.verdicts.push((cells[0].to_owned(), cells[4].to_owned()));
        }
        assert!(
            !file.verdicts.is_empty() || file.findings.iter().all(|(_, n)| *n == 0),
            "{}: no verdicts, yet the corpus gave findings",
            path.display()
        );
        file
    }

    fn tally(&self, code: &str) -> (u32, u32) {
        let count = |verdict: &str| self.verdicts.iter().filter(|(c, v)| c == code && v == verdict).count() as u32;
        (count("right"), count("wrong"))
    }

    /// How many findings of the rule the whole corpus gave.
    fn findings(&self, code: &str) -> u32 {
        self.findings.iter().find(|(c, _)| c == code).map_or(0, |&(_, n)| n)
    }
}
