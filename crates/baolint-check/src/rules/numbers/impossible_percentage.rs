//! NUM005 impossible-percentage.

use baolint_syntax::{NumberKind, Span};

use super::{interval, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM005",
    name: "impossible-percentage",
    family: Family::Numbers,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: true,
    summary: "A share of a whole (\"chiếm\", \"tỷ lệ\") above 100%.",
    doc: r#"## What it does
Reports a percentage framed as a share of a whole ("chiếm 120%", "tỷ lệ
105%") that is more than 100%. Growth and plan attainment may exceed 100%
("tăng 150%", "đạt 118% kế hoạch") and are not reported.

## Why is this bad?
A part cannot be more than the whole it is a share of.

## Example
```text
Đảng viên nữ chiếm 112% tổng số đảng viên.
```

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, percent: usize, cue: Span) {
    let mention = &ctx.report.numbers[percent];
    let NumberKind::Percent(value) = &mention.kind else { return };
    let Some(range) = interval(mention, value) else { return };
    if range.lo <= 100.0 {
        return;
    }
    let evidence = vec![
        Evidence::new("share cue", cue.text(ctx.text), Some(cue)),
        Evidence::new("value", format!("{}%", vietnamese(value.value, value.decimals)), Some(mention.span)),
    ];
    let message = format!("a share of a whole cannot be {}: it is more than 100%", mention.span.text(ctx.text));
    ctx.report_diagnostic(Rule::ImpossiblePercentage, Span::new(cue.start, mention.span.end), message, evidence, None);
}
