//! NUM003 ratio-percent-mismatch.

use baolint_syntax::{NumberKind, Span};

use super::{Interval, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM003",
    name: "ratio-percent-mismatch",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: true,
    summary: "A ratio and the percentage stated for it disagree (\"45/60, đạt 80%\").",
    doc: r#"## What it does
Reports a ratio followed in the same clause by the percentage it comes to
("kết nạp 45/60 quần chúng, đạt 80%") when the percentage is not the
ratio's value. The percentage may be rounded or cut to its printed
decimals (99,16% stands for 99,155% to 99,17%); "trên 99%" makes it a
bound, and "gần 100%" a value up to 15% below 100%.

## Why is this bad?
45/60 is 75%, not 80%: either the counts or the percentage is wrong, and
the report states both as facts.

## Example
```text
35.599/35.900 đảng viên được đánh giá, đạt 99,61%.
```
35.599/35.900 is 99,16%.

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, ratio: usize, percent: usize) {
    let numbers = &ctx.report.numbers;
    let (ratio_mention, percent_mention) = (&numbers[ratio], &numbers[percent]);
    let (NumberKind::Ratio(num, den), NumberKind::Percent(stated)) = (&ratio_mention.kind, &percent_mention.kind)
    else {
        return;
    };
    if den.value == 0.0 {
        return;
    }
    let computed = num.value / den.value * 100.0;
    let Some(allowed) = Interval::of_stated_percent(stated, percent_mention.hedge.map(|h| h.kind)) else { return };
    if allowed.contains(computed) {
        return;
    }
    let shown = stated.decimals.max(1);
    let evidence = vec![
        Evidence::new("numerator", num.digits.text(ctx.text), Some(num.digits)),
        Evidence::new("denominator", den.digits.text(ctx.text), Some(den.digits)),
        Evidence::new("computed", format!("{}%", vietnamese(computed, shown + 1)), None),
        Evidence::new("stated", percent_mention.span.text(ctx.text), Some(percent_mention.span)),
        Evidence::new("tolerance", format!("rounded or truncated to {} decimal(s)", stated.decimals), None),
    ];
    let message = format!(
        "{} is {}%, not {}",
        ratio_mention.span.text(ctx.text),
        vietnamese(computed, shown),
        percent_mention.span.text(ctx.text)
    );
    let span = Span::new(ratio_mention.span.start, percent_mention.span.end);
    ctx.report_diagnostic(Rule::RatioPercentMismatch, span, message, evidence, None);
}
