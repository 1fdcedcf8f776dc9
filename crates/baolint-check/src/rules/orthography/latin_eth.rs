//! ORT006 latin-eth.

use baolint_syntax::TextNote;

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT006",
    name: "latin-eth",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "The Latin eth \"Ð\"/\"ð\" used for the Vietnamese \"Đ\"/\"đ\".",
    doc: r#"## What it does
Reports the Icelandic letter eth, "Ð" (U+00D0) or "ð" (U+00F0), at the
start of a Vietnamese word, where the Vietnamese "Đ" (U+0110) or "đ"
(U+0111) is meant. Some Party news sites print "Ðảng" and "Ðại hội" this
way. An eth inside a word ("Guðrún") is left alone.

## Why is this bad?
The capitals look the same in most fonts, but "Ðảng" and "Đảng" are
different words to a computer: search, indexing and every rule that reads
"Đảng" miss it.

## Example
```text
Ðại hội đại biểu toàn quốc lần thứ XIII của Ðảng
```
Use instead:
```text
Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
```

## Fix safety
Safe: "Ð" becomes "Đ" and "ð" becomes "đ"; nothing else changes.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, note: &TextNote) {
    let written = note.span.text(ctx.text);
    let (intended, code) = if written == "Ð" { ("Đ", "U+00D0") } else { ("đ", "U+00F0") };
    let message = format!("Latin eth \"{written}\" ({code}) used for the Vietnamese \"{intended}\"");
    let fix = Fix::safe(format!("replace with \"{intended}\""), vec![Edit::replace(note.span, intended)]);
    ctx.report_diagnostic(Rule::LatinEth, note.span, message, Vec::new(), Some(fix));
}
