//! DAT005 page-date-dateline.

use super::{PAGE_DATE_YEARS, is_page_date, latest_body_year};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT005",
    name: "page-date-dateline",
    family: Family::Dates,
    severity: Severity::Info,
    fix: FixAvailability::None,
    preview: false,
    summary: "The dateline is years after every date in the body: it is the page's date, not the report's.",
    doc: r#"## What it does
Reports a dateline whose year is at least two years after the latest year
that any date in the body mentions, when the body has at least one full
date. Such a dateline is usually the date the site rebuilt or re-served the
page, not the date the report was published.

## Why is this bad?
Readers and corpora that date the report by its dateline place the event
years too late, and checks that count time from the report's date ("sơ kết
3 năm") go wrong.

## Example
```text
Thứ năm, 08/12/2022
...
LSO-Ngày 19/5/2014, Ban Bí thư tổ chức hội nghị ...
```
The report is from May 2014; 08/12/2022 is the page's date.

## Fix safety
No fix: the report's real date must come from the source.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if !is_page_date(report) {
        return;
    }
    let (Some((block, dateline)), Some((latest, _))) = (report.dateline(), latest_body_year(report)) else { return };
    let Some(date) = dateline.date else { return };
    let years = date.year - latest;
    debug_assert!(years >= PAGE_DATE_YEARS);
    ctx.report_diagnostic(
        Rule::PageDateDateline,
        date.span,
        format!(
            "the dateline {} is {years} years after the latest date in the body ({latest}): {}",
            date.span.text(ctx.text),
            "it looks like the page's date, not the report's"
        ),
        vec![
            Evidence::new("latest year in the body", latest.to_string(), None),
            Evidence::new("dateline block", block.span.text(ctx.text), Some(block.span)),
        ],
        None,
    );
}
