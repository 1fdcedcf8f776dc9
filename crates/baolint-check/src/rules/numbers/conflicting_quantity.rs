//! NUM007 conflicting-quantity.

use baolint_syntax::{HedgeKind, NumberMention};

use super::{Interval, interval, operand, single_value};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM007",
    name: "conflicting-quantity",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: true,
    summary: "The headline and the body state the same quantity with different values.",
    doc: r#"## What it does
Reports a count in the headline that the body states again, with the same
counted noun and the same word before it ("có 25.525 mô hình" and "đã có
25.525 mô hình"), when the two values disagree beyond their printed
precision and hedges ("hơn 2.600 điển hình" in the headline agrees with
"2.634 điển hình" in the body).

## Why is this bad?
The headline is what most readers see; a figure that the body contradicts
is a correction waiting to happen.

## Example
```text
Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác
...
Tính đến tháng 4/2023 toàn quốc đã có 25.255 mô hình điển hình.
```

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, headline: usize, body: usize) {
    let numbers = &ctx.report.numbers;
    let (head, stated) = (&numbers[headline], &numbers[body]);
    let (Some(head_value), Some(body_value)) = (single_value(head), single_value(stated)) else { return };
    let (Some(a), Some(b)) = (interval(head, head_value), interval(stated, body_value)) else { return };
    // A headline's "gần" is read as no more than its figure: the body's
    // figures of the same noun are often parts ("gần 11.000 doanh nghiệp"
    // above the regions' 2.142 and 3.546), which this rule cannot tell from
    // restatements.
    let at_most = |m: &NumberMention, i: Interval| {
        if m.hedge.is_some_and(|h| h.kind == HedgeKind::Nearly) { Interval { lo: 0.0, ..i } } else { i }
    };
    let (a, b) = (at_most(head, a), at_most(stated, b));
    if !a.disjoint(b) {
        return;
    }
    let evidence = vec![operand("headline", ctx.text, head, head_value), operand("body", ctx.text, stated, body_value)];
    let noun = head.noun.map_or("", |n| n.text(ctx.text));
    let message = format!(
        "the headline says {} {noun}, the body {} {noun}",
        head.span.text(ctx.text),
        stated.span.text(ctx.text)
    );
    ctx.report_diagnostic(Rule::ConflictingQuantity, stated.span, message, evidence, None);
}
