//! REF002 non-canonical-issuer-code.

use baolint_syntax::{Reference, SymbolStyle};

use crate::{
    Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity,
    documents::{self, CENTRAL_VARIANTS},
    registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF002",
    name: "non-canonical-issuer-code",
    family: Family::References,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A central Party symbol with \"TƯ\" or \"T.Ư\" where documents print \"TW\".",
    doc: r#"## What it does
Reports a Party document symbol whose issuer code is written "TƯ", "T.Ư" or
"T.W" ("05-CT/TƯ", "Quy định số 144-QĐ/T.Ư"). Every central Party document
prints "TW" in its symbol; "T.Ư" is a prose abbreviation of "Trung ương"
that some papers carry into symbols.

## Why is this bad?
It is the same document, but searches for the real symbol miss it, and
one report often mixes both spellings.

## Example
```text
thực hiện Chỉ thị số 05-CT/TƯ của Bộ Chính trị
```
Use instead:
```text
thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị
```

## Fix safety
Safe: only the issuer code changes, to the spelling the document itself
uses.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    let Some(issuer) = symbol.issuer_code else { return };
    let written = issuer.text(ctx.text);
    if symbol.style != SymbolStyle::Party || !CENTRAL_VARIANTS.contains(&written) {
        return;
    }
    ctx.report_diagnostic(
        Rule::NonCanonicalIssuerCode,
        issuer,
        format!(
            "issuer code \"{written}\" in \"{}\": central Party documents are numbered \"/TW\"",
            symbol.span.text(ctx.text)
        ),
        vec![Evidence::new(
            "canonical issuer code",
            format!("TW ({})", documents::issuer_organ("TW").unwrap_or_default()),
            None,
        )],
        Some(Fix::safe("write \"TW\"", vec![Edit::replace(issuer, "TW")])),
    );
}
