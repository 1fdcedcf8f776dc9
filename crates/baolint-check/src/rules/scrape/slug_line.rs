//! SCR005 slug-line.

use baolint_syntax::{Block, Span};

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR005",
    name: "slug-line",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "An ASCII slug line that repeats the headline or a caption without diacritics.",
    doc: concat!(
        r#"## What it does
Reports a line of lower-case ASCII words that repeats the headline or a
neighbouring line with the diacritics stripped, as web addresses and image
alt texts are written ("bac giang tiep tuc thuc hien chi thi 05 cttw cua bo
chinh tri"), and such a line of six words or more standing first, in the
headline's place, where the title it repeats may be missing. Elsewhere, a
line of ASCII words that repeats nothing is left alone.

## Why is this bad?
It is the page's URL slug or an image's alt text, copied by the scraper; it
duplicates a line that is already there, in a form no reader wants.

## Example
```text
bac giang tiep tuc thuc hien chi thi 05 cttw cua bo chinh tri
Đồng chí Lê Thị Thu Hồng trao thưởng cho các tập thể.
```
Use instead: delete the slug line.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block, repeats: Option<Span>) {
    let evidence =
        repeats.map(|span| vec![Evidence::new("repeats", span.text(ctx.text), Some(span))]).unwrap_or_default();
    report_junk_line(
        ctx,
        Rule::SlugLine,
        block,
        if repeats.is_some() {
            "ASCII slug line repeating another line without diacritics".to_owned()
        } else {
            "ASCII slug line in the headline's place: the title without diacritics".to_owned()
        },
        evidence,
    );
}
