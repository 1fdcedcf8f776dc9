//! NUM011 multiple-mismatch.

use baolint_syntax::{NumberKind, Span};

use super::{operand, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM011",
    name: "multiple-mismatch",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "An amount said to be N times another (\"gấp N lần\") when it is not near N times it.",
    doc: r#"## What it does
Reports an amount said to be a multiple of another that the text names
right after the multiple ("rót 14,6 tỷ USD ..., gấp gần 10 lần từ mức 156
triệu USD") when the two are not within a factor of two of that multiple.
The larger amount is the nearest one before "gấp" in its clause that
counts the same thing (a count or money, the same noun). Writers round
multiples freely ("gấp 3 lần" for 2,6 times), so only a gross mismatch is
reported: most often a scale word ("triệu" for "tỷ") or a digit lost.

## Why is this bad?
14,6 billion is 94 times 156 million, not "nearly 10 times": one of the
figures or their scale words is wrong.

## Example
```text
Năm 2015, các công ty đã rót 14,6 tỷ USD, gấp gần 10 lần từ mức 156 triệu USD cách đây 10 năm.
```
Perhaps 1,56 tỷ USD, or "gấp gần 100 lần".

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

/// How far the real multiple may stray from the stated one, as a factor.
const GROSS_FACTOR: f64 = 2.0;

pub(crate) fn check(ctx: &mut Context<'_>, larger: usize, multiple: usize, smaller: usize) {
    let numbers = &ctx.report.numbers;
    let (a, m, b) = (&numbers[larger], &numbers[multiple], &numbers[smaller]);
    let (NumberKind::Amount(av), NumberKind::Amount(mv), NumberKind::Amount(bv)) = (&a.kind, &m.kind, &b.kind) else {
        return;
    };
    if bv.value <= 0.0 || mv.value <= 1.0 || a.hedge.is_some() || b.hedge.is_some() {
        return;
    }
    let actual = av.value / bv.value;
    let ratio = actual / mv.value;
    if (1.0 / GROSS_FACTOR..=GROSS_FACTOR).contains(&ratio) {
        return;
    }
    let shown = if actual >= 10.0 { 0 } else { 1 };
    let evidence = vec![
        operand("amount", ctx.text, a, av),
        operand("stated multiple", ctx.text, m, mv),
        operand("of", ctx.text, b, bv),
        Evidence::new("actual multiple", vietnamese(actual, shown), None),
    ];
    let message = format!(
        "{} is {} times {}, not \"{} {}\"",
        a.span.text(ctx.text),
        vietnamese(actual, shown),
        b.span.text(ctx.text),
        m.span.text(ctx.text),
        m.noun.map_or("", |n| n.text(ctx.text))
    );
    ctx.report_diagnostic(Rule::MultipleMismatch, Span::new(a.span.start, b.span.end), message, evidence, None);
}
