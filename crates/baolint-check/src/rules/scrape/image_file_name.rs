//! SCR004 image-file-name.

use baolint_syntax::Block;

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR004",
    name: "image-file-name",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "An image file name left where the image was (\"1410.jpg\").",
    doc: concat!(
        r#"## What it does
Reports a line that is a single file name or address ending in an image
extension (jpg, jpeg, png, gif, webp, bmp, svg, tif): what remains of an
image when a page is turned into text.

## Why is this bad?
The file name is not text; the photo's caption usually follows it and
should stay.

## Example
```text
1410.jpg
Quang cảnh hội nghị tại điểm cầu Tỉnh ủy Lào Cai.
```
Use instead: delete the file-name line and keep the caption.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block) {
    let text = block.span.text(ctx.text);
    report_junk_line(
        ctx,
        Rule::ImageFileName,
        block,
        format!("image file name left in the text: \"{text}\""),
        Vec::new(),
    );
}
