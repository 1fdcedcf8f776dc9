//! REF003 type-word-mismatch.

use baolint_syntax::{DocType, Reference};

use crate::{
    Context, Evidence, FixAvailability, Rule, RuleMeta, Severity,
    documents::{self, is_code, is_known_type_code, type_codes},
    registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF003",
    name: "type-word-mismatch",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "The type word before a symbol names another type than the symbol's type code.",
    doc: r#"## What it does
Reports a reference whose type word ("Chỉ thị", "Kết luận", "Nghị định")
does not match the type code in its symbol ("CT", "KL", "NĐ"): "Kết luận số
01-CT/TW", "Chỉ thị số 05-KL/TW". "QĐ" is accepted for both "Quyết định"
and "Quy định", and "TT" for both "Thông tư" and "Thông tri". A type word
right after another one ("Thông báo kết luận số 15-TB/TW") is read as part
of the first.

## Why is this bad?
Either the type word or the symbol is wrong, so the reference may point to
another document than the one meant.

## Example
```text
tiếp tục thực hiện Kết luận số 01-CT/TW của Bộ Chính trị
```
The Kết luận is 01-KL/TW.

## Fix safety
No fix: either part may be the wrong one.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let (Some(doc_type), Some(symbol)) = (reference.doc_type, reference.symbol) else { return };
    let Some(code_span) = symbol.type_code else { return };
    let code = code_span.text(ctx.text);
    // State công văn carry the drafting unit, not a type code.
    if doc_type.kind == DocType::CongVan || !is_known_type_code(code) {
        return;
    }
    let accepted = type_codes(doc_type.kind);
    if accepted.iter().any(|known| is_code(code, known)) {
        return;
    }
    let word = doc_type.span.text(ctx.text);
    ctx.report_diagnostic(
        Rule::TypeWordMismatch,
        reference.span,
        format!(
            "\"{word}\" cites \"{}\", whose type code \"{code}\" is not one of a {} ({})",
            symbol.span.text(ctx.text),
            doc_type.kind.word(),
            accepted.join(", ")
        ),
        vec![
            Evidence::new("type word", word, Some(doc_type.span)),
            Evidence::new("type code", code, Some(code_span)),
            Evidence::new("codes for this type word", accepted.join(", "), None),
        ]
        .into_iter()
        .chain(symbol.issuer_code.and_then(|c| {
            let code = c.text(ctx.text);
            documents::issuer_organ(code)
                .map(|organ| Evidence::new("issuer code", format!("{code} ({organ})"), Some(c)))
        }))
        .collect(),
        None,
    );
}
