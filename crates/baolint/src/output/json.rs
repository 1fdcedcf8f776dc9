//! `--format json`: one JSON array of findings.
//!
//! The object shape is a stable contract for scripts, so it is spelled out
//! here with its own serde types rather than derived from the library's
//! diagnostics (which are not `Serialize`, on purpose): fields, in order,
//! `path, code, name, severity, message, start, end, line, column`, then
//! `record` for JSON Lines input only, then `evidence` and `fix`. Offsets are
//! bytes into the original text; line and column are 1-based, the column
//! counted in characters.

use std::io::{self, Write};

use baolint_check::{Diagnostic, Evidence, Fix};
use serde::Serialize;

use super::{ArrayWriter, Emitter, array_items, pretty_array};
use crate::check::Checked;

#[derive(Debug, Serialize)]
pub struct Finding<'a> {
    pub path: &'a str,
    pub code: &'static str,
    pub name: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<&'a serde_json::Value>,
    pub evidence: Vec<EvidenceOut<'a>>,
    pub fix: Option<FixOut<'a>>,
}

#[derive(Debug, Serialize)]
pub struct EvidenceOut<'a> {
    pub label: &'a str,
    pub value: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct FixOut<'a> {
    pub title: &'a str,
    pub applicability: &'static str,
    pub edits: Vec<EditOut<'a>>,
}

#[derive(Debug, Serialize)]
pub struct EditOut<'a> {
    pub start: usize,
    pub end: usize,
    pub replacement: &'a str,
}

impl<'a> Finding<'a> {
    pub fn new(checked: &'a Checked, d: &'a Diagnostic) -> Finding<'a> {
        let at = checked.index.line_col(&checked.text, d.span.start);
        Finding {
            path: &checked.path,
            code: d.rule.code(),
            name: d.rule.name(),
            severity: d.severity.as_str(),
            message: &d.message,
            start: d.span.start,
            end: d.span.end,
            line: at.line,
            column: at.column,
            record: checked.record.as_ref(),
            evidence: d.evidence.iter().map(EvidenceOut::new).collect(),
            fix: d.fix.as_ref().map(FixOut::new),
        }
    }
}

impl<'a> EvidenceOut<'a> {
    fn new(e: &'a Evidence) -> EvidenceOut<'a> {
        EvidenceOut { label: &e.label, value: &e.value, start: e.span.map(|s| s.start), end: e.span.map(|s| s.end) }
    }
}

impl<'a> FixOut<'a> {
    fn new(fix: &'a Fix) -> FixOut<'a> {
        FixOut {
            title: &fix.title,
            applicability: fix.applicability.as_str(),
            edits: fix
                .edits
                .iter()
                .map(|e| EditOut { start: e.span.start, end: e.span.end, replacement: &e.replacement })
                .collect(),
        }
    }
}

/// Every finding of one report, in the checker's order.
pub fn findings(checked: &Checked) -> impl Iterator<Item = Finding<'_>> {
    checked.diagnostics.iter().map(move |d| Finding::new(checked, d))
}

#[derive(Debug, Default)]
pub struct Json {
    array: ArrayWriter,
}

impl Emitter for Json {
    /// The report's findings as a pretty JSON array; `emit` writes its
    /// items into the one array of the run, without copying them out.
    fn render(&self, checked: &Checked) -> String {
        pretty_array(&findings(checked).collect::<Vec<_>>())
    }

    fn emit(&mut self, out: &mut dyn Write, _checked: &Checked, rendered: String) -> io::Result<()> {
        self.array.piece(out, array_items(&rendered))
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.array.close(out, 0)?;
        out.write_all(b"\n")
    }
}
