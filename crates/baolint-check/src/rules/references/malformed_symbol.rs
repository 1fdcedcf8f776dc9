//! REF001 malformed-symbol.

use baolint_syntax::{Reference, SymbolStyle};

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
    summary: "A Party document symbol written with spaces around its hyphen, another dash, no hyphen, or in lower case.",
    doc: r#"## What it does
Reports a Party document symbol (number, hyphen, type code, "/", issuer
code) whose hyphen is surrounded by white space ("03- CT/TW", "06 - CT/TW"),
is an en or em dash ("21 – NQ/TW"), or is missing ("37QĐ/TW"), and one whose
codes are in lower case ("05-ct/tw"). Only symbols with a known type code
are reported.

## Why is this bad?
The symbol is the document's identity: a malformed one is not found by
search, and it marks careless copying.

## Example
```text
sơ kết 3 năm thực hiện Chỉ thị 03- CT/TW, ngày 14/5/2011
```
Use instead:
```text
sơ kết 3 năm thực hiện Chỉ thị 03-CT/TW, ngày 14/5/2011
```

## Fix safety
Safe: only the characters between the number and the type code, and the
case of the codes, change; the number and the codes stay.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, reference: &Reference) {
    let Some(symbol) = reference.symbol else { return };
    let (Some(type_code), Some(issuer)) = (symbol.type_code, symbol.issuer_code) else { return };
    let text = ctx.text;
    if symbol.style != SymbolStyle::Party || !is_known_type_code(type_code.text(text)) {
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
    let written = symbol.span.text(text);
    ctx.report_diagnostic(
        Rule::MalformedSymbol,
        symbol.span,
        format!("malformed document symbol \"{written}\" ({what}): write \"{canonical}\""),
        vec![Evidence::new("canonical form", canonical.clone(), None)],
        Some(Fix::safe(format!("write \"{canonical}\""), edits)),
    );
}
