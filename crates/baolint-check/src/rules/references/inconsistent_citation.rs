//! REF008 inconsistent-citation.

use super::is_central_party;
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF008",
    name: "inconsistent-citation",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    summary: "One document cited with two different dates in the same report.",
    doc: r#"## What it does
Reports a symbol cited twice in one report with two different dates. Party
numbers restart each term, so two dates in different terms may be two
documents: a central Party symbol is reported only when both dates fall in
the same term, and a State symbol only when both fall in the same year
(State numbers restart each year).

## Why is this bad?
At most one of the dates is right, and the reader cannot tell which.

## Example
```text
Chỉ thị số 05-CT/TW ngày 15/5/2016 ... Chỉ thị số 05-CT/TW ngày 16/5/2016
```

## Fix safety
No fix: which date is right is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let text = ctx.text;
    let dated: Vec<(usize, String, time::Date)> = report
        .references
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let symbol = documents::canonical(text, r.symbol.as_ref()?)?;
            let day = documents::calendar(report.dates[r.date?].start_with_year())?;
            Some((i, symbol, day))
        })
        .collect();
    for (n, (later, symbol, day)) in dated.iter().enumerate() {
        let Some((first, _, first_day)) = dated[..n].iter().find(|(_, s, d)| s == symbol && d != day) else {
            continue;
        };
        let same_series = if is_central_party(text, &report.references[*later]) {
            documents::PARTY_TERMS.iter().any(|t| t.contains(*day) && t.contains(*first_day))
        } else {
            day.year() == first_day.year()
        };
        if !same_series {
            continue;
        }
        let (a, b) = (&report.references[*first], &report.references[*later]);
        let (a_date, b_date) = (report.dates[a.date.unwrap_or_default()], report.dates[b.date.unwrap_or_default()]);
        ctx.report_diagnostic(
            Rule::InconsistentCitation,
            b_date.span,
            format!(
                "{symbol} is dated {} here but {} earlier in the report",
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
