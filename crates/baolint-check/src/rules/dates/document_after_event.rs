//! DAT004 document-after-event.

use super::event_day;
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT004",
    name: "document-after-event",
    family: Family::Dates,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A document cited with a date later than the event, in the same paragraph, that carries it out.",
    doc: r#"## What it does
Reports a document cited with a full date ("Chỉ thị 03-CT/TW, ngày
14/5/2015") in a paragraph that opens with the date of its event ("Ngày
19/5/2014, ... sơ kết 3 năm thực hiện ...") when the document's date is
after the event's. An event date without a year takes the year of the
report's dateline nearest it; without a dateline it is not judged (the
years a body mentions are often those of other events).

## Why is this bad?
A conference cannot review or carry out a document that did not exist yet:
one of the dates is wrong, often by a year.

## Example
```text
Ngày 19/5/2014, Ban Bí thư tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị
03-CT/TW, ngày 14/5/2015 của Bộ Chính trị ...
```
Chỉ thị 03-CT/TW is dated 14/5/2011.

## Fix safety
No fix: either date may be the wrong one.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    // The date that opens each block, found in one pass.
    let mut opening_of = vec![None; report.blocks.len()];
    for date in report.dates.iter().filter(|d| d.opens_block) {
        if let Some(slot @ None) = opening_of.get_mut(date.block) {
            *slot = Some(date);
        }
    }
    let dateline = super::dateline_day(ctx);
    for reference in &report.references {
        let Some(cited) = reference.date.map(|i| report.dates[i]) else { continue };
        let Some(issued) = documents::calendar(cited.start_with_year()) else { continue };
        let Some(opening) = opening_of.get(reference.block).copied().flatten() else { continue };
        if opening.span.start >= reference.span.start {
            continue;
        }
        // A short event date takes its year from the dateline, never from
        // the document's date: that would decide the very order checked.
        let event = match opening.start_with_year().year {
            Some(_) => event_day(opening, issued),
            None => dateline.and_then(|published| event_day(opening, published)),
        };
        let Some(event) = event else { continue };
        if issued <= event {
            continue;
        }
        ctx.report_diagnostic(
            Rule::DocumentAfterEvent,
            cited.span,
            format!(
                "{} is dated {}, after the event it is carried out at ({})",
                reference.span.text(ctx.text),
                cited.span.text(ctx.text),
                opening.span.text(ctx.text)
            ),
            vec![Evidence::new("event date", opening.span.text(ctx.text), Some(opening.span))],
            None,
        );
    }
}
