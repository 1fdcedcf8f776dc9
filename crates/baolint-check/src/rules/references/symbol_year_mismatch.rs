//! REF006 symbol-year-mismatch.

use baolint_syntax::{Reference, SymbolStyle};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF006",
    name: "symbol-year-mismatch",
    family: Family::References,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "The year in a normative document's symbol differs from the year of its cited date.",
    doc: r#"## What it does
Reports a normative document whose symbol carries its year of issue
("34/2016/NĐ-CP", "80/2015/QH13") cited with a date of another year. State
documents are numbered from 01 each calendar year, so the year in the
symbol is the year the document was signed.

## Why is this bad?
Either the date or the symbol is wrong, and the reader cannot find the
document.

## Example
```text
Nghị định số 34/2016/NĐ-CP ngày 14/5/2015 của Chính phủ
```
A 2016 decree cannot be dated 2015: the date is 14/5/2016.

## Fix safety
No fix: either the year in the symbol or the date may be wrong.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    let (SymbolStyle::Normative, Some((year, year_span)), Some(date_index)) =
        (symbol.style, symbol.year, reference.date)
    else {
        return;
    };
    let date = ctx.report.dates[date_index];
    let Some(cited_year) = date.year() else { return };
    if cited_year == year {
        return;
    }
    ctx.report_diagnostic(
        Rule::SymbolYearMismatch,
        date.span,
        format!(
            "\"{}\" was issued in {year}, but it is cited with the date {}",
            symbol.span.text(ctx.text),
            date.span.text(ctx.text)
        ),
        vec![
            Evidence::new("year in the symbol", year.to_string(), Some(year_span)),
            Evidence::new("cited date", date.span.text(ctx.text), Some(date.span)),
        ],
        None,
    );
}
