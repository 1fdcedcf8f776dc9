//! NUM008 share-mismatch.

use baolint_syntax::{NumberKind, Span};

use super::{Interval, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM008",
    name: "share-mismatch",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A part given with its count and its share of a stated whole (\"X, chiếm Y%\") when the two disagree.",
    doc: r#"## What it does
Reports a count or amount followed by "chiếm" and its share in percent
when the text also gives the whole, right after the share ("11 bàn, chiếm
33% trong tổng số 36 bàn"), before the part after "tổng số" or "danh sách" ("trong tổng
số 6.743.329 phiếu bầu, CPP giành được 3.529.400 phiếu, tương đương
51,39%", where "tương đương" joins part and share too), or as the total of
the breakdown the part is listed in ("23.323 cơ sở, trong đó ... 18.416
cơ sở, chiếm tỷ lệ 82,4%"), and the part is not that share of the whole. Part and whole must count the
same thing. The percentage may be rounded or cut to its printed decimals;
"trên 50%" makes it a bound and "gần 50%" a value up to 15% below 50%
(42,5% to 50%); a part or whole with a hedge ("hơn 5.100 căn") is not
judged.

## Why is this bad?
11 of 36 is 30,6%, not 33%: one of the three figures is wrong, and the
report states all three as facts.

## Example
```text
Anh đóng góp 11 bàn, chiếm 33% trong tổng số 36 bàn của đội.
```
11/36 is 30,6%: perhaps 12 goals, or 30,6%.

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, part: usize, whole: usize, percent: usize) {
    let numbers = &ctx.report.numbers;
    let (part_mention, whole_mention, percent_mention) = (&numbers[part], &numbers[whole], &numbers[percent]);
    let (NumberKind::Amount(counted), NumberKind::Amount(total), NumberKind::Percent(stated)) =
        (&part_mention.kind, &whole_mention.kind, &percent_mention.kind)
    else {
        return;
    };
    if total.value <= 0.0 || part_mention.hedge.is_some() || whole_mention.hedge.is_some() {
        return;
    }
    let computed = counted.value / total.value * 100.0;
    let Some(allowed) = Interval::of_stated_percent(stated, percent_mention.hedge.map(|h| h.kind)) else { return };
    if allowed.contains(computed) {
        return;
    }
    let shown = stated.decimals.max(1);
    let evidence = vec![
        Evidence::new("part", part_mention.span.text(ctx.text), Some(part_mention.span)),
        Evidence::new("whole", whole_mention.span.text(ctx.text), Some(whole_mention.span)),
        Evidence::new("computed", format!("{}%", vietnamese(computed, shown + 1)), None),
        Evidence::new("stated", percent_mention.span.text(ctx.text), Some(percent_mention.span)),
        Evidence::new("tolerance", format!("rounded or truncated to {} decimal(s)", stated.decimals), None),
    ];
    let message = format!(
        "{} of {} is {}%, not {}",
        part_mention.span.text(ctx.text),
        whole_mention.span.text(ctx.text),
        vietnamese(computed, shown),
        percent_mention.span.text(ctx.text)
    );
    let start = part_mention.span.start.min(whole_mention.span.start);
    let end = percent_mention.span.end.max(whole_mention.span.end);
    ctx.report_diagnostic(Rule::ShareMismatch, Span::new(start, end), message, evidence, None);
}
