//! A readable dump of the report model: one line per block with its kind,
//! byte range and the start of its text. Used by `baolint parse --format
//! tree` and by the snapshot suites.

use std::fmt::Write;

use crate::{BlockKind, Hedge, HedgeKind, NumberKind, Report, Value};

/// Characters of a block's text shown in the outline.
const EXCERPT_CHARS: usize = 60;

pub fn outline(text: &str, report: &Report) -> String {
    let mut out = String::new();
    for block in &report.blocks {
        let excerpt = excerpt(block.span.text(text));
        let _ = write!(out, "{:<18} {:>6}..{:<6} {excerpt}", block.kind.name(), block.span.start, block.span.end);
        match &block.kind {
            BlockKind::Dateline(d) => {
                if let Some(w) = d.weekday {
                    let _ = write!(out, "\n    weekday {:?}", w.weekday);
                }
                if let Some(date) = d.date {
                    let _ = write!(out, "\n    date {}-{:02}-{:02}", date.year, date.month, date.day);
                }
                if let Some(t) = d.time {
                    let _ = write!(out, "\n    time {:02}:{:02}", t.hour, t.minute);
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
