//! SCR001 page-chrome.

use baolint_syntax::{Block, JunkKind};

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR001",
    name: "page-chrome",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A line of the web page's navigation, sharing or loading widgets.",
    doc: concat!(
        r#"## What it does
Reports a line that is a label of the page around the article rather than
part of it: navigation and related-news headings ("Các tin khác", "Mới
nhất", "Xem nhiều nhất", "Tin liên quan"), sharing and comment widgets
("Phản hồi", "Chia sẻ", "In bài"), banners ("image banner", "SẢN PHẨM -
DỊCH VỤ", "Kết nối"), loading notices ("• Xin chờ trong giây lát...") and
breadcrumbs ("Trang chủ > Thời sự > Chính trị"), and the titles of other
articles listed under a related-news heading, up to the first line that
does not read like a title. Only whole lines count: the same words inside a
sentence are text.

## Why is this bad?
The scraper copied the page's chrome with the article; published or stored
as it is, it reads as part of the report and pollutes corpora.

## Example
```text
... vào sinh hoạt chi bộ đảng hằng tháng.

Phản hồi

Các tin khác
```
Use instead: delete the chrome lines.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block, kind: JunkKind) {
    let text = block.span.text(ctx.text);
    let message = match kind {
        JunkKind::RelatedLink => format!("the title of another article, from the page's related-news list: \"{text}\""),
        _ => format!("page chrome left in the text: \"{text}\""),
    };
    report_junk_line(ctx, Rule::PageChrome, block, message, Vec::new());
}
