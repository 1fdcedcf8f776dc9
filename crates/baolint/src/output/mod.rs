//! Output formats of `baolint check`, one module each.
//!
//! Every format is an [`Emitter`]: `render` runs on the worker threads, one
//! report at a time, and returns that report's text; `begin`, `emit` and
//! `finish` run on the main thread in input order and may frame the
//! rendered pieces (a JSON array, a SARIF log) or aggregate them (the
//! statistics table). Formats stream: no format holds more than one chunk of
//! rendered reports, except for the per-rule counts of `--statistics`.

mod concise;
mod diff;
mod github;
mod human;
pub mod json;
mod jsonl;
mod pretty;
mod sarif;
mod statistics;

use std::io::{self, Write};

use serde::Serialize;

use crate::{args::CheckFormat, check::Checked};

pub trait Emitter: Sync {
    /// Writes what comes before the first report.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// Renders one report; runs in parallel. What it renders of a report
    /// must be what it renders of consecutive runs of the report's findings
    /// emitted one after the other: a report with very many findings is
    /// rendered and emitted in pieces.
    fn render(&self, checked: &Checked) -> String;

    /// Writes one rendered report; runs in input order.
    fn emit(&mut self, out: &mut dyn Write, _checked: &Checked, rendered: String) -> io::Result<()> {
        out.write_all(rendered.as_bytes())
    }

    /// Writes what comes after the last report.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// The emitter for a `check` run: the diff when `--diff`, the statistics
/// table when `--statistics`, else the findings in `format`.
pub fn emitter(format: CheckFormat, statistics: bool, diff: bool, styled: bool) -> Box<dyn Emitter> {
    if diff {
        return Box::new(diff::Diff);
    }
    if statistics {
        return Box::new(statistics::Statistics::new(format));
    }
    match format {
        CheckFormat::Human => Box::new(human::Human { styled }),
        CheckFormat::Concise => Box::new(concise::Concise),
        CheckFormat::Json => Box::new(json::Json::default()),
        CheckFormat::Jsonl => Box::new(jsonl::Jsonl),
        CheckFormat::Github => Box::new(github::Github),
        CheckFormat::Sarif => Box::new(sarif::Sarif::default()),
    }
}

/// Pretty JSON of one output value.
fn to_pretty<T: Serialize>(value: &T) -> String {
    let mut buffer = Vec::new();
    pretty::write_pretty(&mut buffer, value);
    String::from_utf8(buffer).expect("serde_json writes UTF-8")
}

/// Compact JSON of one output value.
fn to_compact<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("output types serialise")
}

/// `text` with every line indented by `by` spaces. Safe on pretty JSON: its
/// strings never hold a raw newline.
fn indent(text: &str, by: usize) -> String {
    let lines = text.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut out = String::with_capacity(text.len() + lines * by);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.extend(std::iter::repeat_n(' ', by));
        out.push_str(line);
    }
    out
}

/// Writes the items of a JSON array as they come, so the array is never
/// held whole. Each piece is one or more items already joined by `,\n`.
#[derive(Debug, Default)]
struct ArrayWriter {
    open: bool,
}

impl ArrayWriter {
    fn piece(&mut self, out: &mut dyn Write, piece: &str) -> io::Result<()> {
        if piece.is_empty() {
            return Ok(());
        }
        out.write_all(if self.open { b",\n" } else { b"[\n" })?;
        self.open = true;
        out.write_all(piece.as_bytes())
    }

    /// Closes the array; `indent` is the indentation of its brackets.
    fn close(&mut self, out: &mut dyn Write, indent: usize) -> io::Result<()> {
        if self.open { write!(out, "\n{}]", " ".repeat(indent)) } else { out.write_all(b"[]") }
    }
}
