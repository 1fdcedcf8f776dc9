//! REF005 term-date-mismatch.

use baolint_syntax::Reference;

use super::is_central_party;
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF005",
    name: "term-date-mismatch",
    family: Family::References,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "A central Party document cited with a term (khóa) that cannot hold its cited date.",
    doc: r#"## What it does
Reports a central Party document (symbol "…/TW", or issued by the Bộ Chính
trị, the Ban Bí thư or the Central Committee) cited with both a date and a
term when the date lies outside the term: a document of khóa XII is dated
from 27/01/2016 to 30/01/2021. Term windows overlap where a boundary is
not known to the day (the Congresses of 2006 and 2011), and a date in the
overlap fits both terms. Provincial terms are never checked.

## Why is this bad?
The term or the date is wrong; since Party numbers restart each term, the
reference may point to another document.

## Example
```text
Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (khóa XI)
```
15/5/2016 falls in khóa XII (from 27/01/2016).

## Fix safety
No fix: either the date or the term may be wrong.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let (Some(date_index), Some(term)) = (reference.date, reference.term) else { return };
    if !is_central_party(ctx.text, reference) {
        return;
    }
    let date = ctx.report.dates[date_index];
    let Some(day) = documents::calendar(date.start_with_year()) else { return };
    let Some(window) = documents::party_term(term.term) else { return };
    if window.contains(day) {
        return;
    }
    let holding: Vec<String> = documents::PARTY_TERMS
        .iter()
        .filter(|t| t.contains(day))
        .map(|t| format!("khóa {}", baolint_syntax::to_roman(t.number)))
        .collect();
    ctx.report_diagnostic(
        Rule::TermDateMismatch,
        term.span,
        format!(
            "{} is outside {} ({}); that date falls in {}",
            date.span.text(ctx.text),
            term.span.text(ctx.text).trim_matches(['(', ')']),
            window.describe(),
            holding.join(" or ")
        ),
        vec![
            Evidence::new("cited date", date.span.text(ctx.text), Some(date.span)),
            Evidence::new("term window", window.describe(), Some(term.span)),
            Evidence::new("source", window.source, None),
        ],
        None,
    );
}
