//! SCR002 view-counter.

use baolint_syntax::{Block, Span};

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR002",
    name: "view-counter",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "The page's view counter (\"Lượt xem: 95\").",
    doc: concat!(
        r#"## What it does
Reports a line that holds only a view, read or download counter: "Lượt
xem: 95", "Lượt đọc: 1.204", "Số lượt xem 37", "56 lượt xem". A widget
printed one cell per line counts too: a bare count or a row label of
visit statistics ("1668314", "Today", "This Week", "612") next to a
counter or widget line, and next to each other ("44" above "lượt xem");
alone, such a line is left to the text. And a bare count printed after
the dateline's time ("03/08/2023 09:58    56"), whose fix deletes only the
count.

## Why is this bad?
The count belongs to the web page at the moment it was scraped, not to the
report; it changes every time and means nothing in print or in a corpus.

## Example
```text
Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác
Lượt xem: 95
```
Use instead: delete the counter line.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block) {
    let text = block.span.text(ctx.text);
    report_junk_line(
        ctx,
        Rule::ViewCounter,
        block,
        format!("the page's view counter left in the text: \"{text}\""),
        Vec::new(),
    );
}

/// The page's view count printed after the dateline's time ("09:58    56"):
/// the fix deletes the count and the white space before it.
pub(crate) fn check_dateline_views(ctx: &mut Context<'_>, views: Span) {
    let start = ctx.text[..views.start].trim_end().len();
    let message = format!("the page's view count left after the dateline: \"{}\"", views.text(ctx.text));
    let fix = Fix::unsafe_("remove the count", vec![Edit::delete(Span::new(start, views.end))]);
    ctx.report_diagnostic(Rule::ViewCounter, views, message, Vec::new(), Some(fix));
}
