//! REF008 inconsistent-citation.

use rustc_hash::FxHashMap;

use super::is_central_party;
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF008",
    name: "inconsistent-citation",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "One document cited with two different dates, or two different issuers, in the same report.",
    doc: r#"## What it does
Reports a symbol cited twice in one report with two different dates, or
with the Bộ Chính trị as its issuer once and the Ban Bí thư the other time.
Party numbers restart each term, so two citations in different terms may
be two documents: a central Party symbol is reported only when both dates
fall in the same term (for issuers: both dates, or both cited terms, are
the same term), and a State symbol only when both dates fall in the same
year (State numbers restart each year).

## Why is this bad?
At most one of the dates is right, and the reader cannot tell which.

## Example
```text
Chỉ thị số 05-CT/TW ngày 15/5/2016 ... Chỉ thị số 05-CT/TW ngày 16/5/2016
```
```text
Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) ... Chỉ thị số 05-CT/TW
của Ban Bí thư (khóa XII)
```

## Fix safety
No fix: which date or issuer is right is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    dates(ctx);
    issuers(ctx);
}

/// The same central Party document cited as issued by the Bộ Chính trị and
/// by the Ban Bí thư (the Central Committee is never wrong: every central
/// document carries its header).
fn issuers(ctx: &mut Context<'_>) {
    use baolint_syntax::Organ;
    let report = ctx.report;
    let text = ctx.text;
    let term_of = |r: &baolint_syntax::Reference| {
        let by_date = r.date.and_then(|i| documents::calendar(report.dates[i].start_with_year())).and_then(|day| {
            let terms: Vec<u32> = documents::PARTY_TERMS.iter().filter(|t| t.contains(day)).map(|t| t.number).collect();
            (terms.len() == 1).then(|| terms[0])
        });
        by_date.or(r.term.map(|t| t.term))
    };
    // The pairs are found with the symbols borrowed, then reported: a
    // reference-dense report keys every central citation.
    let mut first: FxHashMap<(&str, u32), (usize, Organ)> = FxHashMap::default();
    let mut pairs = Vec::new();
    for (later, r) in report.references.iter().enumerate() {
        if !is_central_party(text, r) {
            continue;
        }
        let Some(symbol) = ctx.canonical_symbol(later) else { continue };
        let Some(organ) = r.issuer.map(|i| i.organ).filter(|o| matches!(o, Organ::Politburo | Organ::Secretariat))
        else {
            continue;
        };
        let Some(term) = term_of(r) else { continue };
        let &mut (earlier, first_organ) = first.entry((symbol, term)).or_insert((later, organ));
        if first_organ != organ {
            pairs.push((earlier, later));
        }
    }
    for (earlier, later) in pairs {
        let symbol = ctx.canonical_symbol(later).unwrap_or_default().to_owned();
        let (a, b) = (&report.references[earlier], &report.references[later]);
        let (Some(a_issuer), Some(b_issuer)) = (a.issuer, b.issuer) else { continue };
        ctx.report_diagnostic(
            Rule::InconsistentCitation,
            b_issuer.span,
            format!(
                "{symbol} is issued by the {} here but by the {} earlier in the report",
                b_issuer.organ.name(),
                a_issuer.organ.name()
            ),
            vec![
                Evidence::new("earlier citation", a.span.text(text), Some(a.span)),
                Evidence::new("earlier issuer", a_issuer.span.text(text), Some(a_issuer.span)),
            ],
            None,
        );
    }
}

/// The same document cited with two dates.
fn dates(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let text = ctx.text;
    // The first citation of each document: its symbol and its numbering
    // series (the Party term or the State year its date falls in).
    let mut first: FxHashMap<(&str, i32), (usize, time::Date)> = FxHashMap::default();
    let mut pairs = Vec::new();
    for (later, r) in report.references.iter().enumerate() {
        let Some(symbol) = ctx.canonical_symbol(later) else { continue };
        let Some(day) = r.date.and_then(|i| documents::calendar(report.dates[i].start_with_year())) else { continue };
        let series = if is_central_party(text, r) {
            match documents::PARTY_TERMS.iter().find(|t| t.contains(day)) {
                Some(term) => term.number as i32,
                None => continue,
            }
        } else {
            day.year()
        };
        let &mut (earlier, first_day) = first.entry((symbol, series)).or_insert((later, day));
        if first_day != day {
            pairs.push((earlier, later));
        }
    }
    for (earlier, later) in pairs {
        let symbol_text = ctx.canonical_symbol(later).unwrap_or_default().to_owned();
        let (a, b) = (&report.references[earlier], &report.references[later]);
        let (Some(a_date), Some(b_date)) = (a.date.map(|i| report.dates[i]), b.date.map(|i| report.dates[i])) else {
            continue;
        };
        ctx.report_diagnostic(
            Rule::InconsistentCitation,
            b_date.span,
            format!(
                "{symbol_text} is dated {} here but {} earlier in the report",
                b_date.span.text(text),
                a_date.span.text(text)
            ),
            vec![
                Evidence::new("earlier citation", a.span.text(text), Some(a.span)),
                Evidence::new("earlier date", a_date.span.text(text), Some(a_date.span)),
            ],
            None,
        );
    }
}
