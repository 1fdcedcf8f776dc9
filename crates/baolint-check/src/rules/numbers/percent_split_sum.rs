//! NUM004 percent-split-sum.

use baolint_syntax::{Breakdown, Coverage, NumberKind, Span};

use super::{Interval, interval, operand, single_value, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM004",
    name: "percent-split-sum",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: true,
    summary: "The percentages of a full breakdown of a count do not make about 100%.",
    doc: r#"## What it does
Reports a count broken down into percentages that claim to cover it (a
list after "gồm" or a colon, levels or categories, or a list closed by
"còn lại") when the percentages do not add up to 100%, allowing half a unit
of the last printed digit for each of them.

## Why is this bad?
Shares of one whole add up to 100%: a split into 45% and 56% has a typo or
an overlapping category.

## Example
```text
Kết quả đánh giá 1.200 đảng viên: hoàn thành xuất sắc 18%, hoàn thành tốt
75%, hoàn thành 12%.
```
The shares make 105%.

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, breakdown: &Breakdown) {
    let numbers = &ctx.report.numbers;
    let total = &numbers[breakdown.total];
    let parts_are_percent = breakdown.parts.iter().all(|&p| matches!(numbers[p].kind, NumberKind::Percent(_)));
    if breakdown.coverage != Coverage::Full || !matches!(total.kind, NumberKind::Amount(_)) || !parts_are_percent {
        return;
    }
    let mut sum = Interval::exact(0.0);
    let mut exact = 0.0;
    let mut decimals = 0;
    let mut evidence = Vec::new();
    for &p in &breakdown.parts {
        let Some(value) = single_value(&numbers[p]) else { return };
        let Some(range) = interval(&numbers[p], value) else { return };
        sum = sum.plus(range);
        exact += value.value;
        decimals = decimals.max(value.decimals);
        evidence.push(operand("share", ctx.text, &numbers[p], value));
    }
    if sum.contains(100.0) {
        return;
    }
    evidence.push(Evidence::new("sum", format!("{}%", vietnamese(exact, decimals)), None));
    evidence.push(Evidence::new(
        "tolerance",
        format!(
            "half a unit of the last printed digit per share: {}..{}%",
            vietnamese(sum.lo, decimals + 1),
            vietnamese(sum.hi.min(1e18), decimals + 1)
        ),
        None,
    ));
    let message = format!("the shares of this breakdown add up to {}%, not 100%", vietnamese(exact, decimals));
    let first = numbers[breakdown.parts[0]].span;
    let last = numbers[*breakdown.parts.last().unwrap_or(&breakdown.parts[0])].span;
    ctx.report_diagnostic(Rule::PercentSplitSum, Span::new(first.start, last.end), message, evidence, None);
}
