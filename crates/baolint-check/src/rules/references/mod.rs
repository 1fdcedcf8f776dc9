//! REF: references to documents: how symbols are written, and whether the
//! type, date, issuer and term cited agree with the symbol, with each other,
//! with the registry and with the report's own date.

pub(crate) mod assembly_term_mismatch;
pub(crate) mod elapsed_time_mismatch;
pub(crate) mod inconsistent_citation;
pub(crate) mod issuer_mismatch;
pub(crate) mod malformed_symbol;
pub(crate) mod non_canonical_issuer_code;
pub(crate) mod registry_mismatch;
pub(crate) mod subject_mismatch;
pub(crate) mod symbol_without_year;
pub(crate) mod symbol_year_mismatch;
pub(crate) mod term_date_mismatch;
pub(crate) mod type_word_mismatch;

use baolint_syntax::{Organ, Reference, Report, Span};
use time::Date;

use crate::{
    Context, Evidence, Severity,
    documents::{self, Entry, Status},
    rules::dates::is_page_date,
};

/// The registry entry as evidence: symbol, date, issuer, term, title and
/// source.
pub(crate) fn entry_evidence(entry: &Entry) -> Vec<Evidence> {
    let mut facts = vec![entry.symbol.to_owned(), entry.type_word.to_owned(), entry.issuer.to_owned()];
    if let Some(date) = entry.date {
        facts.push(documents::show(date));
    }
    if let Some(term) = entry.term {
        facts.push(format!("khóa {}", baolint_syntax::to_roman(term)));
    }
    let status = match entry.status {
        Status::Verified => "verified",
        Status::OneSource => "one source",
        Status::Unverified => "unverified",
    };
    let also = if entry.short_names.is_empty() {
        String::new()
    } else {
        format!("; also cited as {}", entry.short_names.join(", "))
    };
    vec![
        Evidence::new("registry", format!("{} ({status}): {}{also}", facts.join(", "), entry.title), None),
        Evidence::new("source", entry.source.clone(), None),
    ]
}

/// The highest severity a registry fact supports: an unverified fact is
/// never more than info, a fact with one source never more than warning.
pub(crate) fn cap_for(entry: &Entry) -> Severity {
    match entry.status {
        Status::Verified => Severity::Error,
        Status::OneSource => Severity::Warning,
        Status::Unverified => Severity::Info,
    }
}

/// A central Party document: its symbol ends in "/TW" (or a variant
/// spelling of it), or it has no other issuer code and names a central
/// organ (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương).
pub(crate) fn is_central_party(text: &str, reference: &Reference) -> bool {
    let code = reference.symbol.and_then(|s| s.issuer_code).map(|code| code.text(text));
    let central_code = |code: &str| code.eq_ignore_ascii_case("tw") || documents::CENTRAL_VARIANTS.contains(&code);
    match code {
        Some(code) => central_code(code),
        None => reference
            .issuer
            .is_some_and(|i| matches!(i.organ, Organ::Politburo | Organ::Secretariat | Organ::CentralCommittee)),
    }
}

/// The dates the report may bear, earliest first: its dateline alone
/// (flagged `true`), unless it is the page's date; else every date in the
/// body with a month and a year that is not a cited document's date (the
/// body does not say which of them is "now"). Day 1 stands in for a
/// missing day. Rules read it through `Context::report_dates`, computed
/// once per report.
pub(crate) fn report_dates(report: &Report) -> Vec<(Date, Span, bool)> {
    if !is_page_date(report)
        && let Some((_, dateline)) = report.dateline()
        && let Some(d) = dateline.date
        && let Some(day) = documents::ymd(d.year, d.month, d.day)
    {
        return vec![(day, d.span, true)];
    }
    let mut cited = vec![false; report.dates.len()];
    for i in report.references.iter().filter_map(|r| r.date) {
        cited[i] = true;
    }
    let mut dates: Vec<(Date, Span, bool)> = report
        .dates
        .iter()
        .enumerate()
        .filter(|(i, _)| !cited[*i])
        .filter_map(|(_, d)| {
            let ymd = d.end.filter(|e| e.month.is_some() && e.year.is_some()).unwrap_or(d.start_with_year());
            let day = documents::ymd(ymd.year?, ymd.month?, ymd.day.unwrap_or(1))?;
            Some((day, d.span, false))
        })
        .collect();
    dates.sort_by_key(|(day, span, _)| (*day, span.start));
    dates
}

/// The document's date for a reference: its own, that of the reference it
/// resolves to, the registry entry they identify, or (for a bare symbol)
/// the registry entry of that symbol whose Party term holds `context`.
pub(crate) fn document_date(ctx: &Context<'_>, index: usize, context: Date) -> Option<(Date, String)> {
    let (text, report, extra) = (ctx.text, ctx.report, ctx.user_documents());
    let reference = &report.references[index];
    let full = reference.resolves_to.map(|i| &report.references[i]);
    for r in [Some(reference), full].into_iter().flatten() {
        if let Some(date) = r.date.and_then(|i| documents::calendar(report.dates[i].start_with_year())) {
            return Some((date, format!("cited as {}", report.dates[r.date?].span.text(text))));
        }
    }
    if let Some(found) = ctx.identified(index)
        && let Some(date) = found.entry.date
    {
        return Some((date, format!("registry: {} of {}", found.entry.symbol, documents::show(date))));
    }
    if let Some(entry) = plenum_entry(extra, reference)
        && let Some(date) = entry.date
    {
        return Some((date, format!("registry: {} of {}", entry.symbol, documents::show(date))));
    }
    let canonical = ctx.canonical_symbol(crate::checker::symbol_holder(index, reference)?)?;
    let entry = extra.iter().chain(documents::documents()).find(|e| {
        e.symbol == canonical && e.term.and_then(documents::party_term).is_some_and(|t| t.contains(context))
    })?;
    let date = entry.date?;
    Some((date, format!("registry: {} of {} (the term of the report's date)", entry.symbol, documents::show(date))))
}

/// The registry entry of a plenum resolution with its term ("Nghị quyết
/// Trung ương 4 (khóa XII)" is 04-NQ/TW), by the entries' short names.
fn plenum_entry<'e>(extra: &'e [Entry], reference: &Reference) -> Option<&'e Entry> {
    if reference.form != baolint_syntax::ReferenceForm::Plenum {
        return None;
    }
    let word = reference.doc_type?.kind.word();
    let mut chars = word.chars();
    let capitalised: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
    let term = baolint_syntax::to_roman(reference.term?.term);
    let name = format!("{capitalised} Trung ương {} khóa {term}", reference.number.value);
    // Built-in entries live for the whole run; the user's for the check.
    extra
        .iter()
        .find(|e| e.short_names.contains(&name))
        .or_else(|| documents::documents().iter().find(|e| e.short_names.contains(&name)))
}

/// Why the issuer code `code` of a symbol cannot be the code of `organ`,
/// the issuer the report names for it, if it cannot: decrees and
/// resolutions coded "CP" are the Government's, "TTg" documents the Prime
/// Minister's; the central Party organs sign "/TW", provincial and city
/// committees "/TU" (Nghị định 30/2020/NĐ-CP; Quy định 66-QĐ/TW; DOMAIN.md
/// C.1, C.2).
pub(crate) fn issuer_contradiction(organ: Organ, code: &str) -> Option<&'static str> {
    let central = matches!(code, "TW" | "TƯ" | "T.Ư" | "T.W");
    match organ {
        Organ::PrimeMinister if code == "CP" => {
            Some("\"CP\" is the Government's code; the Prime Minister's is \"TTg\"")
        }
        Organ::Government if code == "TTg" => Some("\"TTg\" is the Prime Minister's code; the Government's is \"CP\""),
        Organ::Politburo | Organ::Secretariat | Organ::CentralCommittee if !central && is_committee_code(code) => {
            Some("the central Party organs sign \"/TW\"")
        }
        Organ::Politburo | Organ::Secretariat | Organ::CentralCommittee if matches!(code, "CP" | "TTg") => {
            Some("\"CP\" and \"TTg\" are State codes; the central Party organs sign \"/TW\"")
        }
        Organ::ProvincialCommittee if central => {
            Some("\"TW\" is the central organs' code; a provincial or city committee signs \"/TU\"")
        }
        _ => None,
    }
}

/// The issuer codes of the Party's local committees: provincial and city
/// ("TU"), district ("HU"), urban district ("QU"), town ("TXU"), and Party
/// committees of a bloc or an agency ("ĐU").
fn is_committee_code(code: &str) -> bool {
    matches!(code, "TU" | "HU" | "QU" | "TXU" | "ĐU")
}
