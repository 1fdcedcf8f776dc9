//! REF010 subject-mismatch.

use std::collections::HashSet;

use baolint_syntax::fold_to_ascii_words;

use super::{cap_for, entry_evidence};
use crate::{
    Context, Evidence, FixAvailability, Rule, RuleMeta, Severity,
    documents::{self, Entry},
    registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF010",
    name: "subject-mismatch",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A document cited with the subject (\"về ...\") of another document in the registry.",
    doc: r#"## What it does
Compares the subject written after a reference ("về tiếp tục đẩy mạnh việc
học tập và làm theo tấm gương đạo đức Hồ Chí Minh") with the title of the
document the registry identifies (by the cited date or term). Reports it
when the subject covers little of that title (under 60% of its pairs of
adjacent words, compared without tone marks) but nearly all (80% or more)
of the title of another registry document of the same type: the report has
mixed up two documents. Plans and guides share the subject of the directive
they carry out, so documents of different types are never compared, nor is
a document whose title the registry does not know.
Paraphrases of the right title are never reported. The severity follows
the registry facts: warning at most, info when unverified.

## Why is this bad?
Directives on the same campaign follow one another (06-CT/TW in 2006,
03-CT/TW in 2011, 05-CT/TW in 2016) with similar titles, and a report that
gives one the other's subject misleads about what was decided.

## Example
```text
Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về tiếp tục đẩy mạnh
việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh
```
That is the subject of 03-CT/TW (2011); 05-CT/TW is "về đẩy mạnh học tập và
làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".

## Fix safety
No fix: the symbol or the subject may be the wrong one.
"#,
};

/// Coverage below which a title is not what the subject says.
const LOW: f64 = 0.6;
/// Coverage from which a title is what the subject says.
const HIGH: f64 = 0.8;

/// Checks reference `index` of the report.
pub(crate) fn check(ctx: &mut Context<'_>, index: usize) {
    let Some(subject) = ctx.report.references[index].subject else { return };
    let Some(found) = ctx.identified(index) else { return };
    let words = fold_to_ascii_words(subject.text(ctx.text));
    let said = bigrams(&words);
    // A title in brackets is a note: the real title is not known.
    let Some(own) = coverage(&said, found.entry) else { return };
    if own >= LOW {
        return;
    }
    // Plans and guides carry the subject of the directive they implement,
    // so only a document of the same type can have been mixed up.
    let other = ctx
        .user_documents()
        .iter()
        .chain(documents::documents())
        .filter(|e| e.symbol != found.entry.symbol && e.type_word == found.entry.type_word)
        .filter_map(|e| Some((coverage(&said, e)?, e)))
        .filter(|(c, _)| *c >= HIGH && *c - own >= 0.3)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let Some((_, other)) = other else { return };
    let mut evidence = entry_evidence(found.entry);
    evidence.push(Evidence::new("subject matches", format!("{}: {}", other.symbol, other.title), None));
    let cap = cap_for(found.entry).min(cap_for(other)).min(Severity::Warning);
    ctx.report_diagnostic_capped(
        Rule::SubjectMismatch,
        cap,
        subject,
        format!(
            "the subject cited with {} is that of {} ({} {}), not its own",
            found.entry.symbol,
            other.symbol,
            other.type_word,
            other.date.map(documents::show).unwrap_or_default()
        ),
        evidence,
        None,
    );
}

/// Pairs of adjacent words: "đạo đức Hồ Chí Minh" and "đạo đức, phong cách
/// Hồ Chí Minh" share words but not pairs.
fn bigrams(words: &str) -> HashSet<(&str, &str)> {
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    words.windows(2).map(|w| (w[0], w[1])).collect()
}

/// The share of the word pairs of `entry`'s title (without tone marks)
/// that the subject contains; `None` when the title is not known.
fn coverage(said: &HashSet<(&str, &str)>, entry: &Entry) -> Option<f64> {
    if entry.title.starts_with('(') {
        return None;
    }
    let pairs = bigrams(&entry.folded_title);
    if pairs.len() < 4 {
        return None;
    }
    let found = pairs.iter().filter(|p| said.contains(p)).count();
    Some(found as f64 / pairs.len() as f64)
}
