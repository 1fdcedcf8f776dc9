//! ORT016 undefined-abbreviation.

use baolint_syntax::Abbreviation;
use rustc_hash::FxHashSet;

use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT016",
    name: "undefined-abbreviation",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::None,
    preview: false,
    summary: "An abbreviation in capitals that the report never spells out.",
    doc: r#"## What it does
Reports the first use of an abbreviation in capitals ("BTV", "TTTU") that is
not spelled out earlier in the report, in the usual way: the words, then
the abbreviation in brackets ("cán bộ, đảng viên (CBĐV)"). Well-known
abbreviations (UBND, HĐND, MTTQ, TW, ĐBQH, TTXVN, GDP, USD...) need no
definition. Roman numerals, document symbols ("CT/TW"), codes with digits
and words in capitals (a name, a headline in capitals) are not
abbreviations.

## Why is this bad?
A reader outside the organisation cannot tell what "BTV" or "CCVC" stands
for; house style spells an abbreviation out at its first use.

## Example
```text
BTV Đảng ủy Khối đã ban hành kế hoạch ... các tổ chức đảng (TCĐ)
```
Use instead:
```text
Ban Thường vụ (BTV) Đảng ủy Khối đã ban hành kế hoạch ... các tổ chức đảng (TCĐ)
```

## Fix safety
No fix: only the writer knows the expansion.
"#,
};

/// Abbreviations every reader of these reports knows: those of DOMAIN.md
/// section E that its sources show in use without a definition ([V]; the
/// unverified "BTV", "TTTU", "BBT", "BCT", "CCVC", "TCĐ" are not here), and
/// the common ones of the general press.
const WELL_KNOWN: &[&str] = &[
    // DOMAIN.md section E, verified in use.
    "BCH", "BCHTW", "BTGTW", "CAND", "CBĐV", "CNH", "CNXH", "CTCT", "CTĐ", "HĐH", "HĐND", "KT", "MTTQ", "QĐND", "TTXVN",
    "TU", "TW", "TƯ", "UBKT", "UBKTTW", "UBMTTQ", "UBND", "UBTƯ", "UVT", "VPTW", "XH", "XHCN", "ĐBQH", "ĐH", "ĐU",
    "ĐVTN", // Titles, roles and ministries the Vietnamese press writes without a
    // definition.
    "BS", "CLB", "CTV", "GD&ĐT", "GS", "GTVT", "KTS", "LĐTB&XH", "NN&PTNT", "NSND", "NSƯT", "PGS", "PV", "SN", "TAND",
    "THCS", "THPT", "TN&MT", "TNHH", "TP", "TPHCM", "TS", "VKSND", // International and general.
    "AFC", "AFF", "AFP", "AI", "AP", "APEC", "ASEAN", "ATM", "BBC", "BHXH", "BHYT", "CEO", "CNN", "CNTT", "COVID",
    "CSGT", "EU", "FBI", "FDI", "FIFA", "GDP", "GPS", "HCM", "HLV", "IMF", "IT", "LED", "NASA", "NATO", "ODA", "SMS",
    "SUV", "TV", "UN", "UNESCO", "UNICEF", "USB", "USD", "VAT", "VN", "VND", "VNĐ", "VTV", "WHO", "WTO",
];

/// Checks the report's abbreviations: one finding per abbreviation, at its
/// first use, when no definition comes at or before it.
/// [`WELL_KNOWN`] as a set: each report asks it of every abbreviation it
/// uses, and a walk down the list compares a hundred strings.
fn well_known() -> &'static FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| WELL_KNOWN.iter().copied().collect())
}

pub(crate) fn check(ctx: &mut Context<'_>, abbreviations: &[Abbreviation]) {
    let text = ctx.text;
    // Each abbreviation's first use, and whether the report defines it at
    // all: one pass, in order of first use.
    let mut first: Vec<(&str, &Abbreviation)> = Vec::new();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut defined: FxHashSet<&str> = FxHashSet::default();
    for use_ in abbreviations {
        let word = use_.span.text(text);
        if use_.definition {
            defined.insert(word);
        }
        if seen.insert(word) {
            first.push((word, use_));
        }
    }
    for (word, use_) in first {
        if use_.definition || well_known().contains(word) {
            continue;
        }
        let message = if defined.contains(word) {
            format!("\"{word}\" is used before it is spelled out")
        } else {
            format!("\"{word}\" is never spelled out in this report")
        };
        ctx.report_diagnostic(Rule::UndefinedAbbreviation, use_.span, message, Vec::new(), None);
    }
}
