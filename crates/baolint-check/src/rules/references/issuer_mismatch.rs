//! REF011 issuer-mismatch.

use baolint_syntax::{DocType, Organ, Reference, Span};

use super::issuer_contradiction;
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF011",
    name: "issuer-mismatch",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A document cited as issued by an organ that its symbol, or its type, says did not issue it.",
    doc: r#"## What it does
Reports a reference that names its issuer, with "của" ("of") after it or
as the subject of "ban hành" ("issued") before it, when the issuer code of
its symbol belongs to another organ, or when the type cannot be that
organ's:

- a decree ("Nghị định", "NĐ-CP") or a Government resolution ("NQ-CP")
  cited as the Prime Minister's: decrees are the Government's ("CP"), the
  Prime Minister signs them on its behalf;
- a "TTg" document cited as the Government's;
- a symbol of a local Party committee ("/TU", "/HU") or of the State cited as
  the Politburo's, the Secretariat's or the Central Committee's, which sign
  "/TW";
- a "/TW" symbol cited as a provincial or city committee's, which signs
  "/TU".

An organ after the reference without "của" may begin the next clause
("..., Thủ tướng yêu cầu"), and one that "ký ban hành" (signed) names the
signer: neither is read as the issuer. A symbol without a type code is an
old form ("Nghị định 100/TTg" of 1959, when the Prime Minister's office
issued decrees) and is left alone.

## Why is this bad?
Either the symbol or the issuer is wrong: the reader cannot tell which
document is meant, and a decree attributed to the Prime Minister misstates
who is bound by it.

## Example
```text
thực hiện Nghị định 67/2014/NĐ-CP của Thủ tướng Chính phủ
```
Use instead:
```text
thực hiện Nghị định 67/2014/NĐ-CP của Chính phủ
```

## Fix safety
No fix: either the symbol or the issuer may be the wrong one.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(issuer) = reference.issuer.filter(|issuer| issuer.attributed) else { return };
    let text = ctx.text;
    // A symbol without a type code is an old form ("Nghị định 100/TTg" of
    // 1959, when the Prime Minister's office issued decrees): today's rules
    // do not apply to it.
    if reference.symbol.is_some_and(|symbol| symbol.type_code.is_none()) {
        return;
    }
    let code = reference.symbol.and_then(|symbol| symbol.issuer_code).map(|code| code.text(text));
    let type_code = reference.symbol.and_then(|symbol| symbol.type_code).map(|code| code.text(text));
    let decree = reference.doc_type.is_some_and(|t| t.kind == DocType::NghiDinh) || type_code == Some("NĐ");
    let reason = (decree && issuer.organ == Organ::PrimeMinister)
        .then_some("decrees are the Government's (\"NĐ-CP\"); the Prime Minister signs them on its behalf")
        .or_else(|| code.and_then(|code| issuer_contradiction(issuer.organ, code)));
    let Some(reason) = reason else { return };
    // The issuer is named after the reference ("của ...") or before it ("...
    // ban hành").
    let span = Span::new(reference.span.start.min(issuer.span.start), issuer.span.end.max(reference.span.end));
    let cited = reference.span.text(text);
    let named = issuer.span.text(text);
    let mut evidence = vec![Evidence::new("issuer named", named, Some(issuer.span))];
    if let (Some(symbol), Some(code)) = (reference.symbol, code) {
        evidence.push(Evidence::new("issuer code", code, symbol.issuer_code));
    }
    ctx.report_diagnostic(
        Rule::IssuerMismatch,
        span,
        format!("\"{cited}\" is cited as issued by \"{named}\", but {reason}"),
        evidence,
        None,
    );
}
