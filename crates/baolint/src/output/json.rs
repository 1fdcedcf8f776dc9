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

use super::{ArrayWriter, Emitter};
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

/// serde_json's pretty layout for a finding as an item of an array
/// (`--format json`), rather than its compact one (`--format jsonl`).
pub(super) const PRETTY: bool = true;
pub(super) const COMPACT: bool = false;

/// Writes `finding` into `out` field by field, byte for byte what
/// serde_json writes of it in the layout `P` ([`PRETTY`] or [`COMPACT`];
/// property tests hold the two together): serde's generic path costs
/// several times the finding's own text on a run with many findings. The
/// punctuation before each field is one constant of each layout; strings
/// are escaped by serde_json, numbers written by itoa.
pub(super) fn write_finding<const P: bool>(out: &mut Vec<u8>, finding: &Finding) {
    let strings: [(&[u8], &[u8], &str); 5] = [
        (b"  {\n    \"path\": ", b"{\"path\":", finding.path),
        (b",\n    \"code\": ", b",\"code\":", finding.code),
        (b",\n    \"name\": ", b",\"name\":", finding.name),
        (b",\n    \"severity\": ", b",\"severity\":", finding.severity),
        (b",\n    \"message\": ", b",\"message\":", finding.message),
    ];
    for (pretty, compact, value) in strings {
        put::<P>(out, pretty, compact);
        string(out, value);
    }
    let numbers: [(&[u8], &[u8], usize); 4] = [
        (b",\n    \"start\": ", b",\"start\":", finding.start),
        (b",\n    \"end\": ", b",\"end\":", finding.end),
        (b",\n    \"line\": ", b",\"line\":", finding.line),
        (b",\n    \"column\": ", b",\"column\":", finding.column),
    ];
    for (pretty, compact, value) in numbers {
        put::<P>(out, pretty, compact);
        number(out, value);
    }
    if let Some(record) = finding.record {
        put::<P>(out, b",\n    \"record\": ", b",\"record\":");
        // A string or a number: written alike in both layouts.
        serde_json::to_writer(&mut *out, record).expect("a JSON value serialises");
    }
    put::<P>(out, b",\n    \"evidence\": ", b",\"evidence\":");
    for (i, evidence) in finding.evidence.iter().enumerate() {
        put::<P>(
            out,
            if i == 0 { b"[\n      {\n        \"label\": " } else { b",\n      {\n        \"label\": " },
            if i == 0 { b"[{\"label\":" } else { b",{\"label\":" },
        );
        string(out, evidence.label);
        put::<P>(out, b",\n        \"value\": ", b",\"value\":");
        string(out, evidence.value);
        if let Some(start) = evidence.start {
            put::<P>(out, b",\n        \"start\": ", b",\"start\":");
            number(out, start);
        }
        if let Some(end) = evidence.end {
            put::<P>(out, b",\n        \"end\": ", b",\"end\":");
            number(out, end);
        }
        put::<P>(out, b"\n      }", b"}");
    }
    put::<P>(
        out,
        if finding.evidence.is_empty() { b"[]" } else { b"\n    ]" },
        if finding.evidence.is_empty() { b"[]" } else { b"]" },
    );
    put::<P>(out, b",\n    \"fix\": ", b",\"fix\":");
    match &finding.fix {
        None => out.extend_from_slice(b"null"),
        Some(fix) => {
            put::<P>(out, b"{\n      \"title\": ", b"{\"title\":");
            string(out, fix.title);
            put::<P>(out, b",\n      \"applicability\": ", b",\"applicability\":");
            string(out, fix.applicability);
            put::<P>(out, b",\n      \"edits\": ", b",\"edits\":");
            for (i, edit) in fix.edits.iter().enumerate() {
                put::<P>(
                    out,
                    if i == 0 {
                        b"[\n        {\n          \"start\": "
                    } else {
                        b",\n        {\n          \"start\": "
                    },
                    if i == 0 { b"[{\"start\":" } else { b",{\"start\":" },
                );
                number(out, edit.start);
                put::<P>(out, b",\n          \"end\": ", b",\"end\":");
                number(out, edit.end);
                put::<P>(out, b",\n          \"replacement\": ", b",\"replacement\":");
                string(out, edit.replacement);
                put::<P>(out, b"\n        }", b"}");
            }
            put::<P>(
                out,
                if fix.edits.is_empty() { b"[]" } else { b"\n      ]" },
                if fix.edits.is_empty() { b"[]" } else { b"]" },
            );
            put::<P>(out, b"\n    }", b"}");
        }
    }
    put::<P>(out, b"\n  }", b"}");
}

/// The punctuation (and key) of layout `P` before a value: `pretty` or
/// `compact`, both constants, so each call copies a fixed slice.
#[inline(always)]
fn put<const P: bool>(out: &mut Vec<u8>, pretty: &[u8], compact: &[u8]) {
    out.extend_from_slice(if P { pretty } else { compact });
}

/// `s` as a JSON string, escaped by serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("a string serialises");
}

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

#[derive(Debug, Default)]
pub struct Json {
    array: ArrayWriter,
}

impl Emitter for Json {
    /// The report's findings as items of a pretty JSON array, joined by
    /// `,\n`; `emit` writes them into the one array of the run.
    fn render(&self, checked: &Checked) -> String {
        // About what a finding takes in pretty JSON, so the buffer rarely grows.
        const BYTES_PER_ITEM: usize = 512;
        let mut out = Vec::with_capacity(checked.diagnostics.len() * BYTES_PER_ITEM);
        for (i, finding) in findings(checked).enumerate() {
            if i > 0 {
                out.extend_from_slice(b",\n");
            }
            write_finding::<PRETTY>(&mut out, &finding);
        }
        String::from_utf8(out).expect("JSON of UTF-8 strings is UTF-8")
    }

    fn emit(&mut self, out: &mut dyn Write, _checked: &Checked, rendered: String) -> io::Result<()> {
        self.array.piece(out, &rendered)
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.array.close(out, 0)?;
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A finding's message, whether it has a record, its evidence (text
    /// and span) and its fix (title, edits).
    type Item = (String, Option<u32>, Vec<(String, Option<(usize, usize)>)>, Option<(String, Vec<(usize, String)>)>);

    fn findings_strategy() -> impl Strategy<Value = Vec<Item>> {
        let text = "([a-zA-Z \"\\\\/\n\t\u{1}ếĐ€😀]){0,8}";
        let evidence = proptest::collection::vec((text, proptest::option::of((0usize..5000, 0usize..5000))), 0..3);
        let fix = proptest::option::of((text, proptest::collection::vec((0usize..100_000, text), 0..3)));
        proptest::collection::vec((text, proptest::option::of(any::<u32>()), evidence, fix), 0..4)
    }

    proptest! {
        /// The hand-written findings are what serde_json writes of them,
        /// pretty (as array items) and compact.
        #[test]
        fn items_are_serde_json_s_pretty_array(items in findings_strategy(), numbered in any::<bool>()) {
            let record = if numbered { serde_json::Value::from(17) } else { serde_json::Value::from("a\"b") };
            let owned: Vec<_> = items
                .iter()
                .map(|(message, record_id, evidence, fix)| {
                    let evidence: Vec<EvidenceOut> = evidence
                        .iter()
                        .map(|(text, span)| EvidenceOut {
                            label: text,
                            value: text,
                            start: span.map(|s| s.0),
                            end: span.map(|s| s.1),
                        })
                        .collect();
                    let fix = fix.as_ref().map(|(title, edits)| FixOut {
                        title,
                        applicability: "safe",
                        edits: edits.iter().map(|(at, r)| EditOut { start: *at, end: at + 1, replacement: r }).collect(),
                    });
                    Finding {
                        path: "dir/\"a\".txt",
                        code: "ORT001",
                        name: "repeated-whitespace",
                        severity: "info",
                        message,
                        start: 3,
                        end: usize::MAX,
                        line: 1,
                        column: 22,
                        record: record_id.map(|_| &record),
                        evidence,
                        fix,
                    }
                })
                .collect();
            let mut ours = Vec::new();
            for (i, finding) in owned.iter().enumerate() {
                if i > 0 {
                    ours.extend_from_slice(b",\n");
                }
                write_finding::<PRETTY>(&mut ours, finding);
            }
            let theirs = serde_json::to_string_pretty(&owned).unwrap();
            let items = theirs.strip_prefix("[\n").and_then(|rest| rest.strip_suffix("\n]")).unwrap_or("");
            prop_assert_eq!(String::from_utf8(ours).unwrap(), items);
            for finding in &owned {
                let mut compact = Vec::new();
                write_finding::<COMPACT>(&mut compact, finding);
                prop_assert_eq!(String::from_utf8(compact).unwrap(), serde_json::to_string(finding).unwrap());
            }
        }
    }
}
