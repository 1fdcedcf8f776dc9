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
bound, "gần" a value up to 15% below its figure, "khoảng" an estimate
within 15% of a round figure, 5% of one printed to three significant
digits and 2% of one printed to four or more: "khoảng 7.779 tỷ đồng" read
off an account is not a guess, and parts of more than 8.200 tỷ cannot make
it). A subset ("trong đó có
46.123 lượt cán bộ lãnh đạo") is not a full breakdown and is not summed,
unless its exact parts add up to the total with two neighbouring digits
swapped ("66.485 tỷ đồng, bao gồm 50.000 tỷ đồng ... và 16.458 tỷ đồng"
make 66.458): a total of four digits or more that a real subset matches
that closely is the whole, with one figure mistyped.

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
        transposed_subset(ctx, breakdown);
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

/// Digits of a total at least this long make two swapped digits a
/// coincidence no real subset produces.
const MIN_TRANSPOSED_DIGITS: usize = 4;

/// A subset ("Trong đó, xe du lịch 74.438 xe, xe thương mại 44.487 xe và
/// xe chuyên dụng 6.562 xe") whose exact parts add up to the total with two
/// neighbouring digits swapped (125.487 for 125.847): the list is the whole
/// breakdown, and one figure was mistyped.
fn transposed_subset(ctx: &mut Context<'_>, breakdown: &Breakdown) {
    let numbers = &ctx.report.numbers;
    let total_mention = &numbers[breakdown.total];
    let NumberKind::Amount(total_value) = &total_mention.kind else { return };
    if total_mention.hedge.is_some() || breakdown.parts.len() < 2 {
        return;
    }
    let mut values = vec![total_value];
    let mut exact_sum = 0.0;
    for &p in &breakdown.parts {
        let part = &numbers[p];
        let NumberKind::Amount(value) = &part.kind else { return };
        if part.hedge.is_some() || !baolint_syntax::same_noun(ctx.text, total_mention, part) {
            return;
        }
        exact_sum += value.value;
        values.push(value);
    }
    let decimals = finest(&values);
    let show = |value: f64| in_shared_scale(ctx.text, value, &values, decimals);
    let (total_shown, sum_shown) = (show(total_value.value), show(exact_sum));
    if !swapped_neighbours(&total_shown, &sum_shown) {
        return;
    }
    let mut evidence = vec![operand("total", ctx.text, total_mention, total_value)];
    for &p in &breakdown.parts {
        if let Some(value) = single_value(&numbers[p]) {
            evidence.push(operand("part", ctx.text, &numbers[p], value));
        }
    }
    evidence.push(Evidence::new("sum of the parts", sum_shown.clone(), None));
    let message = format!(
        "the parts add up to {sum_shown}, not {}: the same digits with two neighbours swapped, so the list is the whole and one figure is mistyped",
        total_mention.span.text(ctx.text)
    );
    let last = breakdown.parts.last().map_or(total_mention.span, |&p| numbers[p].span);
    let span = Span::new(total_mention.span.start, last.end);
    ctx.report_diagnostic(Rule::BreakdownSumMismatch, span, message, evidence, None);
}

/// `a` and `b` are the same digits (of at least [`MIN_TRANSPOSED_DIGITS`]),
/// but for two neighbours swapped: "125.847" and "125.487".
fn swapped_neighbours(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
    let (a_digits, b_digits) = (digits(a), digits(b));
    if a_digits.len() != b_digits.len() || a_digits.len() < MIN_TRANSPOSED_DIGITS || a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a_digits.len()).filter(|&i| a_digits[i] != b_digits[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && a_digits[i] == b_digits[j] && a_digits[j] == b_digits[i])
}

fn show_bound(value: f64, decimals: u8) -> String {
    if value.is_infinite() { "∞".to_owned() } else { vietnamese(value, decimals + 1) }
}

#[cfg(test)]
mod tests {
    use super::swapped_neighbours;

    #[test]
    fn only_two_neighbouring_digits_swapped_count() {
        assert!(swapped_neighbours("125.847", "125.487"));
        assert!(swapped_neighbours("66.485 tỷ", "66.458 tỷ"));
        // The same number, two digits apart, two swaps, a short number, a
        // digit changed rather than swapped, a different grouping.
        assert!(!swapped_neighbours("125.847", "125.847"));
        assert!(!swapped_neighbours("48.372", "47.382"));
        assert!(!swapped_neighbours("1.234.567", "2.143.567"));
        assert!(!swapped_neighbours("372", "327"));
        assert!(!swapped_neighbours("1.250", "1.240"));
        assert!(!swapped_neighbours("12.345", "1.234,5"));
    }
}
