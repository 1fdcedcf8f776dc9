//! DAT003 event-after-dateline.

use baolint_syntax::BlockKind;

use super::{event_day, is_page_date};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT003",
    name: "event-after-dateline",
    family: Family::Dates,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "The lead dates the event it reports after the report's own dateline.",
    doc: r#"## What it does
Reports a lead that opens with the date of the event it reports ("LSO-Ngày
19/5/2014, ...", "Sáng 7/11, ...") when that date is more than a day after
the dateline. A date without a year takes the year that puts it nearest the
dateline. Only the lead is read: later paragraphs announce plans as often
as they report events.

## Why is this bad?
A report cannot tell what happened after it was published: the dateline or
the event's date is wrong (often a page date, or a day and month swapped).

## Example
```text
Cập nhật: 07:02 | 08/11/2019
...
Ngày 18/11/2019, Tỉnh ủy tổ chức hội nghị sơ kết ...
```

## Fix safety
No fix: either date may be the wrong one.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let Some((_, dateline)) = report.dateline() else { return };
    let Some(written) = dateline.date else { return };
    let Some(published) = documents::ymd(written.year, written.month, written.day) else { return };
    if is_page_date(report) {
        return;
    }
    let Some(lead) = report.blocks.iter().position(|b| matches!(b.kind, BlockKind::Lead { .. })) else { return };
    let Some(date) = report.dates.iter().find(|d| d.block == lead && d.opens_block) else { return };
    let Some(event) = event_day(date, published) else { return };
    if (event - published).whole_days() <= 1 {
        return;
    }
    ctx.report_diagnostic(
        Rule::EventAfterDateline,
        date.span,
        format!(
            "the lead dates the event {}{}, after the dateline {}",
            date.span.text(ctx.text),
            if date.year().is_some() { String::new() } else { format!(" ({})", documents::show(event)) },
            written.span.text(ctx.text)
        ),
        vec![Evidence::new("dateline", written.span.text(ctx.text), Some(written.span))],
        None,
    );
}
