//! ORT018 hard-wrap.

use baolint_syntax::Span;

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT018",
    name: "hard-wrap",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A line break inside a sentence: a body line ends with a word or a comma and the next line goes on in lower case.",
    doc: r#"## What it does
Reports a line break between two lines of the body with no blank line
between them, when the first ends with a letter or a comma and the next
starts with a lower-case letter (and is no list item such as "b) ..."):
the sentence runs on across the break. Datelines, bylines, source lines
and page junk are not judged, nor is the headline unless it ends with a
word no title ends with ("của", "và", "các", "thị" ...): a lead may open
in lower case ("iPhone 8 ...").

## Why is this bad?
The text was pasted from a PDF or a word processor that wrapped it at the
page's width, or the scraper broke a paragraph: every line becomes a
paragraph of its own, sentences are cut in two for readers, search and
every check that reads a sentence.

## Example
```text
Căn cứ Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân ngày 26/11/2003;
```
Use instead: `Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày
26/11/2003;`

## Fix safety
Unsafe: the fix joins the two lines with a space, which is right for a
wrapped sentence but merges two paragraphs if the break was meant (a poem,
a list whose items start in lower case).
"#,
};

/// Reports the break `wrap` with the words on either side of it: the span
/// runs from the last word of the line to the first word of the next.
pub(crate) fn check(ctx: &mut Context<'_>, wrap: Span) {
    let line_end = ctx.text[..wrap.start].rsplit(char::is_whitespace).next().unwrap_or("");
    let next_start = ctx.text[wrap.end..].split(char::is_whitespace).next().unwrap_or("");
    let span = Span::new(wrap.start - line_end.len(), wrap.end + next_start.len());
    let message = format!("the sentence runs on across a line break: \"{line_end}\" and \"{next_start}\"");
    let fix = Fix::unsafe_("join the two lines", vec![Edit::replace(wrap, " ")]);
    ctx.report_diagnostic(Rule::HardWrap, span, message, Vec::new(), Some(fix));
}
