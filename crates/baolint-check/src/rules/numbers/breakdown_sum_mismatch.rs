//! NUM001 breakdown-sum-mismatch.

use baolint_syntax::{Breakdown, Coverage, NumberKind, Span};

use super::{Interval, finest, in_shared_scale, interval, operand, single_value, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM001",
    name: "breakdown-sum-mismatch",
    family: Family::Numbers,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "The parts of a full breakdown do not add up to its total.",
    doc: r#"## What it does
Reports a total followed by "trong đó", "gồm", "bao gồm" or a colon and
parts that claim to cover it (levels or categories such as "cấp tỉnh ...,
cấp huyện ..., cấp xã ...", a list after "gồm" or a colon, or a list closed
by "còn lại" or by the rest under another name, "... và chi phí khác 100 tỷ
đồng") when the parts do not add up to the total. The total may end the
sentence before one that opens with "Trong đó" ("Dự án có tổng mức đầu tư
3.100 tỷ đồng. Trong đó, ..."), when no number of the same thing comes
before it in its sentence; its change may follow it ("đạt 125.847 xe, tăng
1% so với cùng kỳ. Trong đó, ..."), and a part's change in brackets
("74.438 xe (tăng 11%)") is not a part. A list closed by the rest
under the total's own noun ("240 lao động, trong đó có 18 bác sĩ, 139 điều
dưỡng và 55 lao động khác") is full even after "trong đó có", and its parts
may name kinds of the total's thing. The tolerance
follows the printed precision ("6,5 tỷ" allows 6,45 to 6,55 tỷ; whole
counts are exact) and the hedges ("hơn", "trên" make the total a lower
bound, "gần" an upper bound, "khoảng" an estimate). A subset ("trong đó có
46.123 lượt cán bộ lãnh đạo") is not a full breakdown and is not summed.

## Why is this bad?
A breakdown that does not add up means one of the figures is wrong, and
readers who do the sum lose trust in the whole report.

## Example
```text
ghi danh 12.651 tập thể, cá nhân điển hình; trong đó, cấp tỉnh 38 điển
hình, cấp huyện 4.403 điển hình, cấp xã 8.570 điển hình.
```
The parts make 13.011, 360 more than the total. Check the source: perhaps
"cấp huyện 4.043".

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, breakdown: &Breakdown) {
    if breakdown.coverage != Coverage::Full {
        return;
    }
    let numbers = &ctx.report.numbers;
    let total_mention = &numbers[breakdown.total];
    // Percentages of a whole are NUM004's business, and percentages that
    // are growth rates do not add up at all.
    let NumberKind::Amount(total_value) = &total_mention.kind else { return };
    if !breakdown.parts.iter().all(|&p| matches!(numbers[p].kind, NumberKind::Amount(_))) {
        return;
    }
    let Some(total) = interval(total_mention, total_value) else { return };
    // Two parts each above half the total cannot partition it: they are
    // overlapping groups ("418.521 thí sinh, trong đó: Vật lí 412.054, Hóa
    // học 414.671 ..."), not a breakdown with a wrong figure.
    let big_parts = breakdown
        .parts
        .iter()
        .filter(|&&p| single_value(&numbers[p]).is_some_and(|v| v.value * 2.0 > total_value.value))
        .count();
    if big_parts >= 2 {
        return;
    }
    let mut sum = Interval::exact(0.0);
    let mut exact_sum = 0.0;
    let mut values = vec![total_value];
    let mut evidence = vec![operand("total", ctx.text, total_mention, total_value)];
    for &p in &breakdown.parts {
        let part = &numbers[p];
        let Some(value) = single_value(part) else { return };
        let Some(range) = interval(part, value) else { return };
        sum = sum.plus(range);
        exact_sum += value.value;
        values.push(value);
        let label = if Some(p) == breakdown.remainder { "remainder (còn lại)" } else { "part" };
        evidence.push(operand(label, ctx.text, part, value));
    }
    if !sum.disjoint(total) {
        return;
    }
    let decimals = finest(&values);
    let difference = exact_sum - total_value.value;
    let (amount, direction) = if difference > 0.0 { (difference, "more") } else { (-difference, "less") };
    let show = |value: f64| in_shared_scale(ctx.text, value, &values, decimals);
    evidence.push(Evidence::new("sum of the parts", show(exact_sum), None));
    evidence.push(Evidence::new(
        "tolerance",
        format!(
            "total {}..{}, parts {}..{} (printed precision and hedges)",
            vietnamese(total.lo, decimals + 1),
            show_bound(total.hi, decimals),
            vietnamese(sum.lo, decimals + 1),
            show_bound(sum.hi, decimals)
        ),
        None,
    ));
    let total_text = total_mention.span.text(ctx.text);
    let message = match breakdown.remainder {
        Some(r) => {
            let others = exact_sum - single_value(&numbers[r]).map_or(0.0, |v| v.value);
            format!(
                "the parts add up to {}, not {total_text}: {} {direction} than the total; the remainder (\"còn lại\") should be {}",
                show(exact_sum),
                show(amount),
                show(total_value.value - others)
            )
        }
        None => format!(
            "the parts add up to {}, not {total_text}: {} {direction} than the total",
            show(exact_sum),
            show(amount)
        ),
    };
    let last = breakdown.parts.last().map_or(total_mention.span, |&p| numbers[p].span);
    let span = Span::new(total_mention.span.start, last.end);
    ctx.report_diagnostic(Rule::BreakdownSumMismatch, span, message, evidence, None);
}

fn show_bound(value: f64, decimals: u8) -> String {
    if value.is_infinite() { "∞".to_owned() } else { vietnamese(value, decimals + 1) }
}
