//! REF001 malformed-symbol.

use baolint_syntax::{Reference, Span, Symbol, SymbolStyle};

use super::issuer_contradiction;
use crate::{
    Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, documents::is_known_type_code,
    registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF001",
    name: "malformed-symbol",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A document symbol written with white space or another dash for its hyphen, no hyphen, mis-cased codes, or in the other shape (Party or State).",
    doc: r#"## What it does
Reports a document symbol that is not written as its issuer writes it:

- a Party symbol (number, hyphen, type code, "/", issuer code) whose
  hyphen is surrounded by white space ("03- CT/TW", "06 - CT/TW"), is an en
  or em dash ("21 – NQ/TW"), or is missing ("37QĐ/TW"), or whose codes are
  in lower case ("05-ct/tw");
- a State symbol (number, "/", [year, "/",] type code, hyphen, issuer code;
  Nghị định 30/2020/NĐ-CP, Appendix I: a hyphen between the groups of
  codes, no space) whose hyphen between the codes has white space around it
  ("134/2016/NĐ- CP"), is an en or em dash ("100/2006/NĐ – CP"), or is
  missing ("185/NĐCP"); whose type code is mis-cased or has "D" for "Đ"
  ("5/2020/ND-CP", "Nđ"); or whose issuer code is the Government's, the
  Prime Minister's or the National Assembly's mis-cased ("TTG", "Qh13");
- a Party document written in the State shape ("68/QĐ-TW": the Party
  writes "68-QĐ/TW"), and a State one in the Party shape ("824-QĐ/TTg",
  "25/BC/UBND").

Only symbols whose type code is known are reported (a State body's own
codes such as "05/CĐ-TW" of a steering committee are left alone), and only
symbols read whole: not one that goes on after its issuer code ("468 -
QĐ/VC - ĐT"), nor one whose number follows a slash ("30a/2008/NQ-CP", where
the number "30a" is not read). A symbol whose issuer code contradicts the
issuer named with it is left to REF011.

## Why is this bad?
The symbol is the document's identity: a malformed one is not found by
search, and it marks careless copying.

## Example
```text
sơ kết 3 năm thực hiện Chỉ thị 03- CT/TW, ngày 14/5/2011, và Nghị định 134/2016/NĐ- CP
```
Use instead:
```text
sơ kết 3 năm thực hiện Chỉ thị 03-CT/TW, ngày 14/5/2011, và Nghị định 134/2016/NĐ-CP
```

## Fix safety
Safe: only the joints between the number and the codes, and the case of
the codes, change; the number, the year and the codes' letters stay.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    let text = ctx.text;
    if symbol.truncated {
        return;
    }
    // A named issuer that its code contradicts is REF011's finding: the
    // symbol's right form is then unknown.
    if let (Some(issuer), Some(code)) = (reference.issuer, symbol.issuer_code)
        && issuer_contradiction(issuer.organ, code.text(text)).is_some()
    {
        return;
    }
    if let (None, Some(issuer), SymbolStyle::Normative) = (symbol.type_code, symbol.issuer_code, symbol.style) {
        // A law or an Assembly resolution: "80/2015/QH13", no type code.
        return issuer_only(ctx, symbol, issuer);
    }
    let (Some(type_code), Some(issuer)) = (symbol.type_code, symbol.issuer_code) else { return };
    let code_text = type_code.text(text);
    let issuer_text = issuer.text(text);
    let state_issuer = STATE_ISSUERS.contains(&issuer_text);
    if symbol.style == SymbolStyle::Party && state_issuer && is_known_type_code(code_text) {
        return shape(ctx, symbol, Shape::State, code_text, issuer_text);
    }
    if symbol.style == SymbolStyle::Party {
        return party(ctx, symbol, type_code, issuer);
    }
    let party_document = PARTY_ISSUERS.contains(&issuer_text) && PARTY_TYPES.contains(&code_text);
    if symbol.style == SymbolStyle::State && party_document {
        return shape(ctx, symbol, Shape::Party, code_text, issuer_text);
    }
    state(ctx, symbol, type_code, issuer);
}

/// The issuer codes of the Government, the Prime Minister and local State
/// bodies (Nghị định 30/2020/NĐ-CP and real symbols: DOMAIN.md C.2).
const STATE_ISSUERS: &[&str] = &["CP", "TTg", "UBND", "HĐND", "VPCP"];

/// The issuer codes of the Party's central, provincial and district
/// committees (Quy định 66-QĐ/TW), and the types the Party issues under
/// them; a State body's own code ending "TW" ("05/CĐ-TW") has another type.
const PARTY_ISSUERS: &[&str] = &["TW", "TU", "HU", "QU", "TƯ"];
const PARTY_TYPES: &[&str] = &["NQ", "QĐ", "CT", "KL", "QĐi", "HD", "TB", "KH", "BC", "QC"];

/// A Party symbol: its joint and the case of its codes.
fn party(ctx: &mut Context<'_>, symbol: Symbol, type_code: Span, issuer: Span) {
    let text = ctx.text;
    if !is_known_type_code(type_code.text(text)) {
        return;
    }
    let joint = symbol.joint.text(text);
    // A slash for the hyphen ("36/NQ/TU") is a house style of some organs.
    let bad_joint = joint != "-" && joint != "/";
    let code_text = type_code.text(text);
    let issuer_text = issuer.text(text);
    let lower = |s: &str| s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase);
    let lower_codes = lower(code_text) && lower(issuer_text);
    if !bad_joint && !lower_codes {
        return;
    }
    let mut edits = Vec::new();
    if bad_joint {
        edits.push(Edit::replace(symbol.joint, "-"));
    }
    if lower_codes {
        edits.push(Edit::replace(type_code, code_text.to_uppercase()));
        edits.push(Edit::replace(issuer, issuer_text.to_uppercase()));
    }
    let number = &text[symbol.span.start..symbol.joint.start];
    let code = if lower_codes { code_text.to_uppercase() } else { code_text.to_owned() };
    let issuer_fixed = if lower_codes { issuer_text.to_uppercase() } else { issuer_text.to_owned() };
    let canonical = format!("{number}-{code}/{issuer_fixed}");
    let what = match (bad_joint, joint) {
        (true, "") => "the hyphen after the number is missing",
        (true, j) if j.trim().is_empty() || j.chars().all(char::is_whitespace) => "white space joins the number",
        (true, j) if j.trim_matches(char::is_whitespace) == "-" => "white space around the hyphen",
        (true, _) => "a dash other than a hyphen",
        (false, _) => "codes in lower case",
    };
    report(ctx, symbol, what, canonical, edits);
}

/// A State or normative symbol: the hyphen between its codes and their case.
fn state(ctx: &mut Context<'_>, symbol: Symbol, type_code: Span, issuer: Span) {
    let text = ctx.text;
    let Some(codes_joint) = symbol.codes_joint else { return };
    let code_text = type_code.text(text);
    let issuer_text = issuer.text(text);
    let Some(code) = canonical_type_code(code_text) else { return };
    let issuer_fixed = canonical_issuer(issuer_text);
    let joint = codes_joint.text(text);
    let mut edits = Vec::new();
    let mut what = Vec::new();
    if joint != "-" {
        edits.push(Edit::replace(codes_joint, "-"));
        what.push(match joint {
            "" => "no hyphen between the codes",
            j if j.contains('-') => "white space around the hyphen between the codes",
            _ => "a dash other than a hyphen between the codes",
        });
    }
    if code != code_text {
        edits.push(Edit::replace(type_code, code));
        what.push(if code.to_uppercase() == code_text.to_uppercase() {
            "a mis-cased type code"
        } else {
            "\"D\" for \"Đ\""
        });
    }
    if issuer_fixed != issuer_text {
        edits.push(Edit::replace(issuer, issuer_fixed.clone()));
        what.push("a mis-cased issuer code");
    }
    if edits.is_empty() {
        return;
    }
    let head = &text[symbol.span.start..type_code.start];
    let canonical = format!("{head}{code}-{issuer_fixed}");
    report(ctx, symbol, &what.join(", "), canonical, edits);
}

/// A normative symbol without a type code: the case of its issuer code.
fn issuer_only(ctx: &mut Context<'_>, symbol: Symbol, issuer: Span) {
    let written = issuer.text(ctx.text);
    let fixed = canonical_issuer(written);
    if fixed == written {
        return;
    }
    let canonical = format!("{}{fixed}", &ctx.text[symbol.span.start..issuer.start]);
    report(ctx, symbol, "a mis-cased issuer code", canonical, vec![Edit::replace(issuer, fixed)]);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Party,
    State,
}

/// A Party document in the State shape, or a State one in the Party shape.
fn shape(ctx: &mut Context<'_>, symbol: Symbol, written_for: Shape, code: &str, issuer: &str) {
    let Some(codes_joint) = symbol.codes_joint else { return };
    let text = ctx.text;
    let number = &text[symbol.span.start..symbol.joint.start];
    let (canonical, joint, between, what) = match written_for {
        Shape::Party => (format!("{number}-{code}/{issuer}"), "-", "/", "a Party document in the State shape"),
        Shape::State => (format!("{number}/{code}-{issuer}"), "/", "-", "a State document in the Party shape"),
    };
    let edits = vec![Edit::replace(symbol.joint, joint), Edit::replace(codes_joint, between)];
    report(ctx, symbol, what, canonical, edits);
}

/// The type code as State documents print it ("NĐ" for "Nđ" or "ND"), if
/// it is a known one.
fn canonical_type_code(written: &str) -> Option<&'static str> {
    // Most symbols print their code as it should be: no case folding then.
    if let Some(code) = STATE_TYPE_CODES.iter().find(|code| **code == written) {
        return Some(code);
    }
    let upper = written.to_uppercase();
    let upper = match upper.as_str() {
        "ND" => "NĐ",
        "QD" => "QĐ",
        other => other,
    };
    STATE_TYPE_CODES.iter().copied().find(|code| code.to_uppercase() == upper)
}

/// The State type codes of Nghị định 30/2020/NĐ-CP, Appendix III, and of
/// normative documents (DOMAIN.md C.2), as printed.
const STATE_TYPE_CODES: &[&str] = &[
    "NĐ", "QĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
    "BB", "TTr", "CĐ",
];

/// The issuer code as printed, for the codes whose case is certain: the
/// Government's "CP", the Prime Minister's "TTg", the National Assembly's
/// and its Standing Committee's "QH13", "UBTVQH14". Others are left as
/// written.
fn canonical_issuer(written: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if written.eq_ignore_ascii_case("ttg") {
        return Cow::Borrowed("TTg");
    }
    // A code without a lower-case letter is as printed (or not one of
    // these): no case folding then.
    if !written.chars().any(char::is_lowercase) {
        return Cow::Borrowed(written);
    }
    let upper = written.to_uppercase();
    let assembly = ["QH", "UBTVQH"].iter().any(|prefix| {
        upper.strip_prefix(prefix).is_some_and(|term| !term.is_empty() && term.bytes().all(|b| b.is_ascii_digit()))
    });
    if upper == "CP" || assembly { Cow::Owned(upper) } else { Cow::Borrowed(written) }
}

fn report(ctx: &mut Context<'_>, symbol: Symbol, what: &str, canonical: String, edits: Vec<Edit>) {
    let written = symbol.span.text(ctx.text);
    ctx.report_diagnostic(
        Rule::MalformedSymbol,
        symbol.span,
        format!("malformed document symbol \"{written}\" ({what}): write \"{canonical}\""),
        vec![Evidence::new("canonical form", canonical.clone(), None)],
        Some(Fix::safe(format!("write \"{canonical}\""), edits)),
    );
}
