//! SCR008 markup-residue.

use baolint_syntax::{Markup, MarkupKind, Span};

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR008",
    name: "markup-residue",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "HTML left in the text: a character reference (\"&quot;\", \"&nbsp;\") or a tag (\"<br>\", \"</p>\").",
    doc: r#"## What it does
Reports an HTML character reference that a scraper did not decode ("&quot;",
"&nbsp;", "&#8220;": a known name or a number, ending with ";") and an
HTML tag it did not strip ("<br>", "</p>", "<a href=...>": a known element
name). Text that only looks like markup is left alone: "R&D", "AT&T",
"a < b", "<5 tuổi>".

## Why is this bad?
Readers see "&quot;chiêm ngưỡng&quot;" where the page showed quotation
marks; a corpus counts "nbsp" as a word.

## Example
```text
Cùng Ford Photo Tour &quot;chiêm ngưỡng&quot; Đại ngàn Tây Nguyên
```
Use instead: `Cùng Ford Photo Tour "chiêm ngưỡng" Đại ngàn Tây Nguyên`.

## Fix safety
A character reference: safe, it is replaced by the character it stands
for ("&nbsp;" by a plain space, as the page showed it). A tag: unsafe, it
is removed (a space is left between two words it separated), which loses
what the tag said, such as a link's address.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, markup: &Markup) {
    let written = markup.span.text(ctx.text);
    match markup.kind {
        MarkupKind::CharacterReference { decoded } => {
            let shown = if decoded == '\u{a0}' { ' ' } else { decoded };
            let fix =
                Fix::safe(format!("replace with \"{shown}\""), vec![Edit::replace(markup.span, shown.to_string())]);
            let message = format!("an HTML character reference left in the text: \"{written}\" stands for \"{shown}\"");
            let evidence = vec![Evidence::new("character", format!("U+{:04X}", u32::from(decoded)), None)];
            ctx.report_diagnostic(Rule::MarkupResidue, markup.span, message, evidence, Some(fix));
        }
        MarkupKind::Tag => {
            let fix = Fix::unsafe_("remove the tag", vec![tag_removal(ctx.text, markup.span)]);
            let message = format!("an HTML tag left in the text: \"{written}\"");
            ctx.report_diagnostic(Rule::MarkupResidue, markup.span, message, Vec::new(), Some(fix));
        }
    }
}

/// Removes a tag, leaving one space where it alone separated two words
/// ("hết<br>Tin" reads "hết Tin").
fn tag_removal(text: &str, span: Span) -> Edit {
    let before = text[..span.start].chars().next_back().is_some_and(|c| !c.is_whitespace());
    let after = text[span.end..].chars().next().is_some_and(|c| !c.is_whitespace());
    if before && after { Edit::replace(span, " ") } else { Edit::delete(span) }
}
