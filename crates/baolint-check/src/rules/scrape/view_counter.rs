//! SCR002 view-counter.

use baolint_syntax::Block;

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

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
Reports a line that holds only a view or read counter: "Lượt xem: 95",
"Lượt đọc: 1.204", "Số lượt xem 37".

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
