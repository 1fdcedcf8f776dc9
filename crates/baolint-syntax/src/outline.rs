//! A readable dump of the report model: one line per block with its kind,
//! byte range and the start of its text. Used by `baolint parse --format
//! tree` and by the snapshot suites.

use std::fmt::Write;

use crate::{BlockKind, Coverage, Date, DateKind, Hedge, HedgeKind, NumberKind, Relation, Report, Value, Ymd};

/// Characters of a block's text shown in the outline.
const EXCERPT_CHARS: usize = 60;

pub fn outline(text: &str, report: &Report) -> String {
    let mut out = String::new();
    for block in &report.blocks {
        let excerpt = excerpt(block.span.text(text));
        let _ = write!(out, "{:<18} {:>6}..{:<6} {excerpt}", block.kind.name(), block.span.start, block.span.end);
        match &block.kind {
            BlockKind::Dateline(d) => {
                if let Some(section) = d.section {
                    let _ = write!(out, "\n    section {:?}", section.text(text));
                }
                if let Some(w) = d.weekday {
                    let _ = write!(out, "\n    weekday {:?}", w.weekday);
                }
                if let Some(date) = d.date {
                    let _ = write!(out, "\n    date {}-{:02}-{:02}", date.year, date.month, date.day);
                }
                if let Some(t) = d.time {
                    let _ = write!(out, "\n    time {:02}:{:02}", t.hour, t.minute);
                }
                if let Some(views) = d.views {
                    let _ = write!(out, "\n    views {:?}", views.text(text));
                }
            }
            BlockKind::Lead { prefix: Some(prefix) } => {
                let _ = write!(out, "\n    prefix {:?}", prefix.text(text));
            }
            BlockKind::Junk { repeats: Some(span), .. } => {
                let _ = write!(out, "\n    repeats {}..{}", span.start, span.end);
            }
            _ => {}
        }
        out.push('\n');
    }
    out
}

/// One line per number mention: kind, value(s), hedge, scale, noun and
/// span, for snapshots of the number layer. Kept apart from [`outline`] so
/// that the block snapshots do not depend on it.
///
/// ```text
/// amount 12651 [12.651] noun "tập thể" @ 120..126
/// amount 20000 [2 × vạn] hedge at-least "trên" noun "đại biểu" @ 614..627
/// percent 99.36 [99,36] @ 300..306
/// range 15 [15] .. 17 [17] hedge about "khoảng" noun "biên chế" @ 40..55
/// ```
pub fn numbers_outline(text: &str, report: &Report) -> String {
    let mut out = String::new();
    for m in &report.numbers {
        let _ = match &m.kind {
            NumberKind::Amount(v) => write!(out, "amount {}", value_text(text, v)),
            NumberKind::Percent(v) => write!(out, "percent {}", value_text(text, v)),
            NumberKind::Ratio(a, b) => write!(out, "ratio {} / {}", value_text(text, a), value_text(text, b)),
            NumberKind::Range(a, b) => write!(out, "range {} .. {}", value_text(text, a), value_text(text, b)),
        };
        if let Some(Hedge { kind, span }) = m.hedge {
            let name = match kind {
                HedgeKind::AtLeast => "at-least",
                HedgeKind::AtMost => "at-most",
                HedgeKind::Nearly => "nearly",
                HedgeKind::About => "about",
                HedgeKind::Indefinite => "indefinite",
            };
            let _ = write!(out, " hedge {name} {:?}", span.text(text));
        }
        if let Some(noun) = m.noun {
            let _ = write!(out, " noun {:?}", noun.text(text));
        }
        let _ = writeln!(out, " @ {}..{}", m.span.start, m.span.end);
    }
    out
}

/// One line per date and per document reference, for snapshots of those
/// layers.
///
/// ```text
/// date 2014-05-19 "19/5/2014" @ 120..129
/// reference full chỉ-thị 3 symbol "03- CT/TW" date 2011-05-14 issuer "Bộ Chính trị" @ 200..219
/// ```
pub fn mentions_outline(text: &str, report: &Report) -> String {
    let mut out = String::new();
    for d in &report.dates {
        let kind = match d.kind {
            DateKind::Date => "date",
            DateKind::Year => "year",
            DateKind::Period => "period",
        };
        let _ = write!(out, "{kind} {}", ymd_text(d.start));
        if let Some(end) = d.end {
            let _ = write!(out, " .. {}", ymd_text(end));
        }
        if let Some(w) = d.weekday {
            let _ = write!(out, " weekday {:?} {:?}", w.weekday, w.span.text(text));
        }
        if d.opens_block {
            out.push_str(" opens-block");
        }
        for (flag, name) in [
            (d.framing.lunar, " lunar"),
            (d.framing.quoted, " quoted"),
            (d.framing.uncued, " uncued"),
            (d.is_prospective(text, &report.blocks), " prospective"),
            (d.has_part_of_day(text, &report.blocks), " part-of-day"),
        ] {
            if flag {
                out.push_str(name);
            }
        }
        let _ = writeln!(out, " {:?} @ {}..{}", d.span.text(text), d.span.start, d.span.end);
    }
    for r in &report.references {
        let form = match r.form {
            crate::ReferenceForm::Full => "full",
            crate::ReferenceForm::Short => "short",
            crate::ReferenceForm::Plenum => "plenum",
        };
        let _ = write!(out, "reference {form} {:?} number {}", r.span.text(text), r.number.value);
        if let Some(sym) = r.symbol {
            let _ = write!(out, " symbol {:?} {:?}", sym.span.text(text), sym.style);
        }
        if let Some(date) = r.date.and_then(|i| report.dates.get(i)) {
            let _ = write!(out, " date {}", date_text(date));
        }
        if let Some(issuer) = r.issuer {
            let _ = write!(out, " issuer {:?}", issuer.organ.name());
        }
        if let Some(term) = r.term {
            let _ = write!(out, " term {}", term.term);
        }
        if let Some(claim) = r.elapsed {
            let _ = write!(out, " elapsed {:?}", claim.span.text(text));
        }
        if let Some(subject) = r.subject {
            let _ = write!(out, " subject {:?}", excerpt(subject.text(text)));
        }
        if let Some(target) = r.resolves_to {
            let _ = write!(out, " resolves-to #{target}");
        }
        let _ = writeln!(out, " @ {}..{}", r.span.start, r.span.end);
    }
    out
}

/// One line per relation between numbers (breakdowns, shares, ratios with
/// their percentage, headline restatements), each number shown as written,
/// for reading what the relation layer paired.
///
/// ```text
/// breakdown full "gồm" total "207 chiếc" parts "6 chiếc" + "79 chiếc" rest "20 chiếc"
/// share "chiếm" part "11 bàn" percent "33%" whole "36 bàn"
/// ```
pub fn relations_outline(text: &str, report: &Report) -> String {
    let number = |i: usize| report.numbers.get(i).map_or("?", |m| m.span.text(text));
    let mut out = String::new();
    for relation in &report.relations {
        let _ = match relation {
            Relation::Breakdown(b) => {
                let coverage = match b.coverage {
                    Coverage::Full => "full",
                    Coverage::Subset => "subset",
                };
                let _ = write!(out, "breakdown {coverage} {:?} total {:?} parts", b.marker.text(text), number(b.total));
                for (n, &part) in b.parts.iter().enumerate() {
                    let _ = write!(out, "{}{:?}", if n == 0 { " " } else { " + " }, number(part));
                }
                match b.remainder {
                    Some(rest) => writeln!(out, " rest {:?}", number(rest)),
                    None => writeln!(out),
                }
            }
            Relation::RatioPercent { ratio, percent } => {
                writeln!(out, "ratio-percent {:?} {:?}", number(*ratio), number(*percent))
            }
            Relation::Share { percent, cue, part, whole } => {
                let _ = write!(out, "share {:?}", cue.text(text));
                if let Some(part) = part {
                    let _ = write!(out, " part {:?}", number(*part));
                }
                let _ = write!(out, " percent {:?}", number(*percent));
                match whole {
                    Some(whole) => writeln!(out, " whole {:?}", number(*whole)),
                    None => writeln!(out),
                }
            }
            Relation::Change { direction, verb, difference, percent, level } => {
                let towards = match direction {
                    crate::Direction::Up => "up",
                    crate::Direction::Down => "down",
                };
                writeln!(
                    out,
                    "change {towards} {:?} {:?} {:?} to {:?}",
                    verb.text(text),
                    number(*difference),
                    number(*percent),
                    number(*level)
                )
            }
            Relation::Remainder { total, part, rest, cue } => writeln!(
                out,
                "remainder {:?} total {:?} part {:?} rest {:?}",
                cue.text(text),
                number(*total),
                number(*part),
                number(*rest)
            ),
            Relation::Multiple { larger, multiple, smaller, cue } => writeln!(
                out,
                "multiple {:?} {:?} is {:?} times {:?}",
                cue.text(text),
                number(*larger),
                number(*multiple),
                number(*smaller)
            ),
            Relation::Restatement { headline, body } => {
                writeln!(out, "restatement {:?} {:?}", number(*headline), number(*body))
            }
        };
    }
    out
}

fn date_text(d: &Date) -> String {
    ymd_text(d.start_with_year())
}

/// "2016-05-15", with "?" for a part not written: "?-05-19", "2023-04-?".
fn ymd_text(d: Ymd) -> String {
    let part = |v: Option<u32>| v.map_or("?".to_owned(), |v| format!("{v:02}"));
    format!("{}-{}-{}", d.year.map_or("?".to_owned(), |y| y.to_string()), part(d.month), part(d.day))
}

/// "12651 [12.651]", "6500000000 [6,5 × tỷ]", "44031 [4.4031]
/// irregular-group 4": the value, the digits and scale as written, and the
/// grouping and leading zero when they are unusual.
fn value_text(text: &str, v: &Value) -> String {
    let mut s = format!("{} [{}", v.value, v.digits.text(text));
    // "hàng trăm": the scale word is the digits; show it once.
    if let Some(scale) = v.scale.filter(|scale| scale.span != v.digits) {
        let _ = write!(s, " × {}", scale.span.text(text));
    }
    s.push(']');
    match v.grouping {
        crate::Grouping::None | crate::Grouping::Thousands => {}
        crate::Grouping::Irregular { group } => {
            let _ = write!(s, " irregular-group {group}");
        }
        crate::Grouping::English => s.push_str(" english"),
    }
    if v.leading_zero {
        s.push_str(" leading-zero");
    }
    s
}

fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() { format!("{head}…") } else { head }
}
