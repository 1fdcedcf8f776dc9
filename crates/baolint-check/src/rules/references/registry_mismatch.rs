//! REF004 registry-mismatch.

use baolint_syntax::Organ;

use super::{cap_for, entry_evidence};
use crate::{
    Context, Evidence, FixAvailability, Rule, RuleMeta, Severity,
    documents::{self, How},
    registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF004",
    name: "registry-mismatch",
    family: Family::References,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "The date or issuer cited with a document contradicts the registry.",
    doc: r#"## What it does
Looks the cited document up in the embedded registry and reports a date or
an issuer that contradicts it. Party numbers restart with each term, so a
symbol is looked up with its cited date (the entry of the term that holds
the date) or its cited term; a bare symbol is never judged. An issuer is
reported only when the report names the Bộ Chính trị or the Ban Bí thư for a
document of another organ: every central document carries the header "BAN
CHẤP HÀNH TRUNG ƯƠNG", so citing the Central Committee is never wrong. The
severity follows the registry fact: error when verified, warning with one
source, info when unverified.

## Why is this bad?
A wrong date or issuer sends readers to another document, or to none.

## Example
```text
Chỉ thị số 03-CT/TW ngày 15-4-2011 của Bộ Chính trị
```
The registry dates 03-CT/TW to 14/05/2011 (Bộ Chính trị khóa XI).

## Fix safety
No fix: the registry is evidence for the editor, not a source to copy from
blindly.
"#,
};

/// Checks reference `index` of the report.
pub(crate) fn check(ctx: &mut Context<'_>, index: usize) {
    let reference = &ctx.report.references[index];
    let Some(symbol) = reference.symbol else { return };
    let Some(found) = ctx.identified(index) else { return };
    let entry = found.entry;
    let written = symbol.span.text(ctx.text);
    if found.by == How::Date
        && let (Some(cited), Some(expected)) = (reference.date.map(|i| ctx.report.dates[i]), entry.date)
        && let Some(day) = documents::calendar(cited.start_with_year())
        && day != expected
    {
        ctx.report_diagnostic_capped(
            Rule::RegistryMismatch,
            cap_for(entry),
            cited.span,
            format!(
                "{written} is dated {} in the registry, not {}",
                documents::show(expected),
                cited.span.text(ctx.text)
            ),
            entry_evidence(entry),
            None,
        );
    }
    if let (Some(issuer), Some(organ)) = (reference.issuer, entry.organ())
        && matches!(issuer.organ, Organ::Politburo | Organ::Secretariat)
        && matches!(organ, Organ::Politburo | Organ::Secretariat | Organ::CentralCommittee)
        && issuer.organ != organ
    {
        let mut evidence = entry_evidence(entry);
        evidence.insert(0, Evidence::new("cited issuer", issuer.span.text(ctx.text), Some(issuer.span)));
        let cap = cap_for(entry).min(Severity::Warning);
        ctx.report_diagnostic_capped(
            Rule::RegistryMismatch,
            cap,
            issuer.span,
            format!(
                "{written} was issued by the {} according to the registry, not the {}",
                organ.name(),
                issuer.organ.name()
            ),
            evidence,
            None,
        );
    }
}
