//! SCR001 page-chrome.

use baolint_syntax::{Block, JunkKind, Span};

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

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
does not read like a title; the name of the site's section above the
headline ("Chính trị", "Xây dựng Đảng"), CMS credits ("Powered by
..."), follow widgets ("Theo dõi VGT trên", "... trên Google News"),
labels of sponsored content ("Tin tài trợ"), comment forms' notices, a
template's unfilled placeholder ("{title}"), lines of debris ("|", "•",
"-->"), and a short line (four words at most, no full stop, no
signature) between two such lines ("Thông báo" between "Bình luận" and
"Bạn đã gửi thành công."), as jusText classes a short block whose
neighbours are both boilerplate. Only whole lines count: the same words inside a sentence are text.
Two leftovers glued to a line are reported as well: the section's name
before a dateline ("Xã hội - Ngày đăng: 08:59, 28/05/2018"), and a
read-more link after the last sentence of a paragraph ("... noi theo. Xem
tiếp »", "... COVID-19.(đọc thêm)"); their fixes delete only the leftover.

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

/// The name of the site's section glued before the dateline ("Xã hội -
/// Ngày đăng: ..."): the fix deletes the name and its separator.
pub(crate) fn check_dateline_section(ctx: &mut Context<'_>, section: Span) {
    let name = section
        .text(ctx.text)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '—'));
    let message = format!("the site's section name left before the dateline: \"{name}\"");
    let fix = Fix::unsafe_("remove the section name", vec![Edit::delete(section)]);
    ctx.report_diagnostic(Rule::PageChrome, section, message, Vec::new(), Some(fix));
}

/// A read-more link glued to the end of a paragraph ("... Xem tiếp »"): the
/// fix deletes it with the white space before it.
pub(crate) fn check_read_more(ctx: &mut Context<'_>, link: Span) {
    let message = format!("a read-more link left at the end of the paragraph: \"{}\"", link.text(ctx.text).trim());
    let fix = Fix::unsafe_("remove the link", vec![Edit::delete(link)]);
    ctx.report_diagnostic(Rule::PageChrome, link, message, Vec::new(), Some(fix));
}
