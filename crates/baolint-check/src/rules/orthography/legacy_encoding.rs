//! ORT015 legacy-encoding.

use baolint_syntax::{LegacyEncoding, TextNote};

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT015",
    name: "legacy-encoding",
    family: Family::Orthography,
    severity: Severity::Error,
    fix: FixAvailability::Always,
    preview: false,
    summary: "Vietnamese in a legacy 8-bit encoding (TCVN3, VNI) read as Latin-1.",
    doc: r#"## What it does
Reports a run of words typed in one of the 8-bit Vietnamese encodings that
predate Unicode, TCVN3 (the ABC fonts, ".VnTime") or VNI, and read as
Windows-1252 or Latin-1, so that "Chỉ thị số 03-CT/TW" shows as "ChØ thÞ
sè 03-CT/TW" and "Đảng" as "§¶ng" (TCVN3) or "Ñaûng" (VNI). The message
gives the decoded text.

A run needs several damaged words that decode to Vietnamese syllables and a
mark of the encoding that European words lack, so French, German or
Spanish names and words do not trigger it.

## Why is this bad?
The text is unreadable to people and to every other rule: nothing in it can
be searched, counted or checked.

## Example
```text
Thùc hiÖn ChØ thÞ sè 03-CT/TW cña Bé ChÝnh trÞ
```
Use instead:
```text
Thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị
```

## Fix safety
Unsafe: the run is replaced by its decoded text. The tables are exact, but
the edges of a run and any foreign word inside it are guesses.
"#,
};

/// Longest decoded text quoted in a message; the fix carries all of it.
const MAX_QUOTED_CHARS: usize = 80;

pub(crate) fn check(ctx: &mut Context<'_>, note: &TextNote, encoding: LegacyEncoding, decoded: &str) {
    let name = match encoding {
        LegacyEncoding::Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding::Vni => "VNI",
    };
    let quoted: String = decoded.chars().take(MAX_QUOTED_CHARS).collect();
    let ellipsis = if decoded.chars().count() > MAX_QUOTED_CHARS { "…" } else { "" };
    let message = format!("text in the legacy {name} encoding read as Latin-1; it reads \"{quoted}{ellipsis}\"");
    let evidence = vec![Evidence::new("as written", note.span.text(ctx.text), Some(note.span))];
    let fix = Fix::unsafe_("replace with the decoded text", vec![Edit::replace(note.span, decoded.to_owned())]);
    ctx.report_diagnostic(Rule::LegacyEncoding, note.span, message, evidence, Some(fix));
}
