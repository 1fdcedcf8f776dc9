//! ORT005 not-nfc.

use baolint_syntax::TextNote;

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT005",
    name: "not-nfc",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A word written with combining marks where Unicode NFC composes it.",
    doc: r#"## What it does
Reports a word that is not in Unicode normalisation form C: letters written
as a base letter followed by combining marks ("e" + U+0302 + U+0301 for
"ế"), as some keyboards and the Windows Vietnamese input method produce.

## Why is this bad?
The word looks right but is a different string: search, sorting, spell
checking and every comparison with the same word typed the usual way fail.
TCVN 6909:2001 text in news sites is expected in composed form.

## Example
```text
tiếp tục (typed as t i e U+0302 U+0301 p)
```
Use instead:
```text
tiếp tục (U+1EBF)
```

## Fix safety
Safe: the word is replaced by its NFC form, which is canonically
equivalent: it reads the same and means the same.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, note: &TextNote, nfc: &str) {
    let written = note.span.text(ctx.text);
    let marks = written.chars().filter(|c| ('\u{300}'..='\u{36F}').contains(c)).count();
    let message = format!("\"{nfc}\" is written with {marks} combining mark(s); use the composed (NFC) form");
    let evidence = vec![Evidence::new(
        "code points as written",
        written.chars().map(|c| format!("U+{:04X}", u32::from(c))).collect::<Vec<_>>().join(" "),
        Some(note.span),
    )];
    let fix = Fix::safe("compose to NFC", vec![Edit::replace(note.span, nfc)]);
    ctx.report_diagnostic(Rule::NotNfc, note.span, message, evidence, Some(fix));
}
