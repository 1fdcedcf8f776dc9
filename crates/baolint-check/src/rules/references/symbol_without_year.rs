//! REF012 symbol-without-year.

use baolint_syntax::{Reference, SymbolStyle};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF012",
    name: "symbol-without-year",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A decree or circular cited by a symbol without the year that its number needs.",
    doc: r#"## What it does
Reports a State symbol whose type code is that of a decree ("NĐ"), a
circular ("TT") or a joint circular ("TTLT") when it has no year between
the number and the codes: "124/NĐ-CP", "187/TT-BTC". These types are only
issued as normative documents, numbered "number/year/type-issuer"
(Luật Ban hành văn bản quy phạm pháp luật 2015, Article 10:
"30/2020/NĐ-CP", "12/2020/TT-BLĐTBXH"), and the number alone does not
name a document: numbering starts again every year. Old forms without a
type code ("Nghị định 64/CP" of 1993) are left alone, as is a symbol the
text goes on after ("30a/2008/NQ-CP").

## Why is this bad?
"Nghị định 124/NĐ-CP" may be any of the decrees numbered 124: the reader
cannot find the document, and the citation was most likely shortened by
hand.

## Example
```text
Còn theo Nghị định 124/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định số 185 ...
```
Write the year: "Nghị định 124/2015/NĐ-CP".

## Fix safety
No fix: the year is not in the text.
"#,
};

/// Type codes that only normative documents carry (DOMAIN.md C.2: the
/// administrative types of Nghị định 30/2020/NĐ-CP, Appendix III, have no
/// decree or circular), with the misprint "ND" for "NĐ".
const NORMATIVE_ONLY_TYPES: &[&str] = &["NĐ", "ND", "TT", "TTLT"];

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    if symbol.style != SymbolStyle::State || symbol.year.is_some() || symbol.truncated {
        return;
    }
    let (Some(type_code), Some(issuer)) = (symbol.type_code, symbol.issuer_code) else { return };
    let code = type_code.text(ctx.text);
    if !NORMATIVE_ONLY_TYPES.iter().any(|t| same_code(code, t)) {
        return;
    }
    let written = symbol.span.text(ctx.text);
    let number = &ctx.text[symbol.span.start..symbol.joint.start];
    ctx.report_diagnostic(
        Rule::SymbolWithoutYear,
        symbol.span,
        format!(
            "\"{written}\" has no year: a {} is numbered \"{number}/<year>/{code}-{}\"",
            type_name(code),
            issuer.text(ctx.text)
        ),
        vec![Evidence::new("type code", code, Some(type_code))],
        None,
    );
}

/// The codes are equal ignoring case ("Nđ" is "NĐ"), without allocating:
/// most symbols are not of these types.
fn same_code(written: &str, code: &str) -> bool {
    written.len() == code.len() && written.chars().zip(code.chars()).all(|(a, b)| a.to_uppercase().eq(b.to_uppercase()))
}

fn type_name(code: &str) -> &'static str {
    if same_code(code, "TT") {
        "circular"
    } else if same_code(code, "TTLT") {
        "joint circular"
    } else {
        "decree"
    }
}
