//! NUM010 remainder-mismatch.

use baolint_syntax::{NumberKind, Span};

use super::{Interval, in_shared_scale, interval, operand};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM010",
    name: "remainder-mismatch",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "What is said to be left (\"còn lại\") is not the total less the part given before it.",
    doc: r#"## What it does
Reports a rest stated with "còn lại" ("21 khu đất còn lại", "còn lại 20
tỷ đồng") when it is not the total less the part the text gives before it:
the two nearest numbers before the rest that count the same thing (a count
or money, the same noun), within one sentence break and 40 words. With a
third such number in reach, or a rest that is a part of a listed breakdown
(NUM001's business), nothing is judged. Figures may be rounded to their
printed decimals; "hơn", "gần" and "khoảng" widen them as in NUM001.

## Why is this bad?
108 plots less the 88 recovered leave 20, not 21: one of the three
figures is wrong, and readers do the subtraction.

## Example
```text
Năm 2016, thành phố thu hồi 108 khu đất, nhưng đến nay mới tiếp nhận 88 khu
đất. Phần 21 khu đất còn lại đang được xử lý.
```
108 - 88 is 20: perhaps "20 khu đất" or "87 khu đất".

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, total: usize, part: usize, rest: usize) {
    let numbers = &ctx.report.numbers;
    let (t, p, r) = (&numbers[total], &numbers[part], &numbers[rest]);
    let (NumberKind::Amount(tv), NumberKind::Amount(pv), NumberKind::Amount(rv)) = (&t.kind, &p.kind, &r.kind) else {
        return;
    };
    // A part larger than the total is another relation ("5 tỷ ... 7 tỷ"):
    // not a total and what was taken from it.
    // A rest as large as the total restates it ("đục thông 127 vòm cầu. Hiện
    // 4 vòm ..., 127 vòm cầu còn lại"): the total is another figure.
    if pv.value >= tv.value || rv.value >= tv.value {
        return;
    }
    let (Some(ti), Some(pi), Some(ri)) = (interval(t, tv), interval(p, pv), interval(r, rv)) else { return };
    let left = Interval { lo: ti.lo - pi.hi, hi: ti.hi - pi.lo };
    if !left.disjoint(ri) {
        return;
    }
    let decimals = tv.decimals.max(pv.decimals).max(rv.decimals);
    let expected = in_shared_scale(ctx.text, tv.value - pv.value, &[tv, pv, rv], decimals);
    let evidence = vec![
        operand("total", ctx.text, t, tv),
        operand("part", ctx.text, p, pv),
        operand("rest (còn lại)", ctx.text, r, rv),
        Evidence::new("total less part", expected.clone(), None),
    ];
    let message = format!(
        "{} less {} leaves {expected}, not {}",
        t.span.text(ctx.text),
        p.span.text(ctx.text),
        r.span.text(ctx.text)
    );
    ctx.report_diagnostic(Rule::RemainderMismatch, Span::new(t.span.start, r.span.end), message, evidence, None);
}
