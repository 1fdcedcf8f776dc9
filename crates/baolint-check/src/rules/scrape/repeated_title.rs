//! SCR009 repeated-title.

use baolint_syntax::{Block, Span};

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR009",
    name: "repeated-title",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A title printed again: the headline repeated on a line of its own, a title line printed twice in a row, or an image's alt text (\"... - Ảnh 1\").",
    doc: concat!(
        r#"## What it does
Reports a line shaped like a title (at most 40 words, no closing full
stop) that repeats the headline word for word, case aside, anywhere in the
report; one that repeats the line right above it; and one that ends with
a dash and an image's number ("... - Ảnh 1", "... - Hình 2", or without
diacritics "... - Anh 1") after at least three words, which is how pages
write an image's alt text from the article's title. Paragraphs printed
twice are SCR006's.

## Why is this bad?
The page printed its title block twice (a banner and the article's own
heading) or the scraper kept the text a screen reader gets for an image;
either way the report says its title again where a reader expects the
body.

## Example
```text
Kiến tạo môi trường văn hóa cho cộng đồng
Đã từng có thời gian, đời sống văn hóa không theo kịp ...
Kiến tạo môi trường văn hóa cho cộng đồng
```
Use instead: delete the second copy.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block, repeats: Option<Span>) {
    let (message, evidence) = match repeats {
        Some(span) => {
            let what = if ctx.report.headline().is_some_and(|h| h.span == span) {
                "the headline"
            } else {
                "the line above it"
            };
            (
                format!("this line prints {what} again, word for word"),
                vec![Evidence::new("first copy", span.text(ctx.text), Some(span))],
            )
        }
        None => ("an image's alt text: a title followed by the image's number".to_owned(), Vec::new()),
    };
    report_junk_line(ctx, Rule::RepeatedTitle, block, message, evidence);
}
