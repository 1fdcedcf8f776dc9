//! REF007 assembly-term-mismatch.

use baolint_syntax::Reference;

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF007",
    name: "assembly-term-mismatch",
    family: Family::References,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "A law or Assembly resolution whose \"QH\" term number cannot hold its date or year.",
    doc: r#"## What it does
Reports a symbol that ends with the National Assembly's term ("QH13" in
"80/2015/QH13", "UBTVQH14") when the cited date, or else the year in the
symbol, lies outside that term: khóa XIII sat from 21/07/2011 to
19/07/2016. The term of khóa XV is taken as open, since the opening of
khóa XVI was only planned when the registry was written.

## Why is this bad?
A law is passed by the Assembly in office: a term number that cannot hold
the date means the symbol or the date is wrong.

## Example
```text
Luật số 80/2015/QH14 ngày 22/6/2015
```
In June 2015 the Assembly in office was khóa XIII: "80/2015/QH13".

## Fix safety
No fix: either the term number or the date may be wrong.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    let (Some(number), Some(code)) = (symbol.assembly_term, symbol.issuer_code) else { return };
    let code_text = code.text(ctx.text);
    let Some(term) = documents::assembly_term(number) else { return };
    let date = reference.date.map(|i| ctx.report.dates[i]);
    let (inside, what, span) = match date.and_then(|d| documents::calendar(d.start_with_year()).map(|day| (d, day))) {
        Some((d, day)) => (term.contains(day), d.span.text(ctx.text).to_owned(), d.span),
        None => {
            let Some((year, year_span)) = symbol.year else { return };
            let (start, end) = (term.start.0, term.end.map_or(i32::MAX, |e| e.0));
            ((start..=end).contains(&year), year.to_string(), year_span)
        }
    };
    if inside {
        return;
    }
    ctx.report_diagnostic(
        Rule::AssemblyTermMismatch,
        code,
        format!(
            "\"{code_text}\" names the National Assembly khóa {} ({}), which cannot hold {what}",
            baolint_syntax::to_roman(number),
            term.describe()
        ),
        vec![
            Evidence::new("cited", what.clone(), Some(span)),
            Evidence::new("term window", term.describe(), None),
            Evidence::new("source", term.source, None),
        ],
        None,
    );
}
