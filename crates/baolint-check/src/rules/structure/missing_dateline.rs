//! STR002 missing-dateline.

use baolint_syntax::Span;

use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "STR002",
    name: "missing-dateline",
    family: Family::Structure,
    severity: Severity::Info,
    fix: FixAvailability::None,
    preview: false,
    summary: "The report has no dateline (publication or update time).",
    doc: r#"## What it does
Reports a report with no dateline: no line that holds only a date, with an
optional weekday, time or label ("Thứ năm, 08/12/2022", "Cập nhật: 07:02 |
08/11/2019").

## Why is this bad?
Without a date, a reader cannot tell when the report was written, and the
date checks (an event reported after publication, "3 năm thực hiện" against
the document's date) have no anchor. A date inside the lead ("Ngày
19/5/2014, ...") is the event's date, not the report's.

## Example
```text
Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác

Đồng chí Nguyễn Trọng Nghĩa ...
```
Use instead:
```text
Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác
Thứ năm, 18/05/2023
```

## Fix safety
No fix: the date is not in the text. Info by default, because many
publishing systems add the date themselves.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if report.dateline().is_some() {
        return;
    }
    let span = report.headline().or_else(|| report.first_content()).map_or(Span::new(0, 0), |b| b.span);
    ctx.report_diagnostic(
        Rule::MissingDateline,
        span,
        "the report has no dateline (publication or update time)".to_owned(),
        Vec::new(),
        None,
    );
}
