//! A readable dump of the report model: one line per block with its kind,
//! byte range and the start of its text. Used by `baolint parse --format
//! tree` and by the snapshot suites.

use std::fmt::Write;

use crate::{BlockKind, Report};

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

fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() { format!("{head}…") } else { head }
}
