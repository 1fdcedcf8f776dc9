//! ORT017 glued-words.

use baolint_syntax::{Span, TextNote};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT017",
    name: "glued-words",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "Two words run together where a space was lost: a lower-case letter, then a capital (\"ôngTrump\"), or a number, then a word (\"70năm\").",
    doc: r#"## What it does
Reports a word that runs from a Vietnamese syllable into a capital that
starts another word of two letters or more: "ôngTrump", "quậnThanh Khê",
"tăngGiá dầu", "Thủ tướngChính phủ". The word must hold a letter outside
ASCII, so that names written in one piece ("iPhone", "WikiLeaks",
"McDonald", "VietinBank") are left alone, and have one such joint.

Also reports a number run into the Vietnamese syllable after it, of two
letters or more: "70năm", "2điểm", "45triệu", "1Luật" (a list number
glued to its item). Units written in ASCII ("150m", "400kg", "19h") and
codes ("H5N1", "U23", a number after a letter, "%3b" in a web address)
are left alone, and so is a word between digits ("19giờ00", a notation).

## Why is this bad?
A space or a line break was lost when the page was scraped or pasted:
often a caption or a heading runs into the next sentence. The glued word
is no word to a reader, a search engine or a spelling check.

## Example
```text
Trao đổi vớiTuổi Trẻ qua điện thoại, ôngTrí cho biết ...
```
Use instead: `Trao đổi với Tuổi Trẻ qua điện thoại, ông Trí cho biết ...`

## Fix safety
Inserts a space before the capital. Safe when the second part is a
Vietnamese syllable too ("quận Thanh") and after a number ("70 năm");
unsafe when it is a foreign name or an abbreviation ("ông Trump" is
right, but a brand written in one piece would be split).
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, note: &TextNote, at: usize, syllables: bool) {
    let written = note.span.text(ctx.text);
    let (first, second) = (&ctx.text[note.span.start..at], &ctx.text[at..note.span.end]);
    let message = format!("\"{written}\" runs two words together: \"{first}\" and \"{second}\", a space lost");
    let edits = vec![Edit::replace(Span::new(at, at), " ")];
    let title = format!("insert a space: \"{first} {second}\"");
    let fix = if syllables { Fix::safe(title, edits) } else { Fix::unsafe_(title, edits) };
    ctx.report_diagnostic(Rule::GluedWords, note.span, message, Vec::new(), Some(fix));
}

/// A number run into the word after it ("70năm"): the space goes between.
pub(crate) fn check_number(ctx: &mut Context<'_>, note: &TextNote, at: usize) {
    let written = note.span.text(ctx.text);
    let (number, word) = (&ctx.text[note.span.start..at], &ctx.text[at..note.span.end]);
    let message = format!("\"{written}\" runs a number into a word: \"{number}\" and \"{word}\", a space lost");
    let fix = Fix::safe(format!("insert a space: \"{number} {word}\""), vec![Edit::replace(Span::new(at, at), " ")]);
    ctx.report_diagnostic(Rule::GluedWords, note.span, message, Vec::new(), Some(fix));
}
