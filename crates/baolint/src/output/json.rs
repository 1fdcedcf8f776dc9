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

/// Writes `finding` as an item of a pretty JSON array (indented by two
/// spaces), byte for byte what serde_json's pretty printer writes of it
/// (a test holds the two together), field by field into `out`: the
/// printer's generic path costs several times the finding's own text on a
/// run with many findings. Strings are escaped by serde_json.
fn write_item(out: &mut Vec<u8>, finding: &Finding) {
    out.extend_from_slice(b"  {\n    \"path\": ");
    string(out, finding.path);
    out.extend_from_slice(b",\n    \"code\": ");
    string(out, finding.code);
    out.extend_from_slice(b",\n    \"name\": ");
    string(out, finding.name);
    out.extend_from_slice(b",\n    \"severity\": ");
    string(out, finding.severity);
    out.extend_from_slice(b",\n    \"message\": ");
    string(out, finding.message);
    out.extend_from_slice(b",\n    \"start\": ");
    number(out, finding.start);
    out.extend_from_slice(b",\n    \"end\": ");
    number(out, finding.end);
    out.extend_from_slice(b",\n    \"line\": ");
    number(out, finding.line);
    out.extend_from_slice(b",\n    \"column\": ");
    number(out, finding.column);
    if let Some(record) = finding.record {
        out.extend_from_slice(b",\n    \"record\": ");
        // A string or a number: written alike compact and pretty.
        serde_json::to_writer(&mut *out, record).expect("a JSON value serialises");
    }
    out.extend_from_slice(b",\n    \"evidence\": ");
    if finding.evidence.is_empty() {
        out.extend_from_slice(b"[]");
    } else {
        out.push(b'[');
        for (i, evidence) in finding.evidence.iter().enumerate() {
            out.extend_from_slice(if i > 0 {
                b",\n      {\n        \"label\": "
            } else {
                b"\n      {\n        \"label\": "
            });
            string(out, evidence.label);
            out.extend_from_slice(b",\n        \"value\": ");
            string(out, evidence.value);
            if let Some(start) = evidence.start {
                out.extend_from_slice(b",\n        \"start\": ");
                number(out, start);
            }
            if let Some(end) = evidence.end {
                out.extend_from_slice(b",\n        \"end\": ");
                number(out, end);
            }
            out.extend_from_slice(b"\n      }");
        }
        out.extend_from_slice(b"\n    ]");
    }
    out.extend_from_slice(b",\n    \"fix\": ");
    match &finding.fix {
        None => out.extend_from_slice(b"null"),
        Some(fix) => {
            out.extend_from_slice(b"{\n      \"title\": ");
            string(out, fix.title);
            out.extend_from_slice(b",\n      \"applicability\": ");
            string(out, fix.applicability);
            out.extend_from_slice(b",\n      \"edits\": ");
            if fix.edits.is_empty() {
                out.extend_from_slice(b"[]");
            } else {
                out.push(b'[');
                for (i, edit) in fix.edits.iter().enumerate() {
                    out.extend_from_slice(if i > 0 {
                        b",\n        {\n          \"start\": "
                    } else {
                        b"\n        {\n          \"start\": "
                    });
                    number(out, edit.start);
                    out.extend_from_slice(b",\n          \"end\": ");
                    number(out, edit.end);
                    out.extend_from_slice(b",\n          \"replacement\": ");
                    string(out, edit.replacement);
                    out.extend_from_slice(b"\n        }");
                }
                out.extend_from_slice(b"\n      ]");
            }
            out.extend_from_slice(b"\n    }");
        }
    }
    out.extend_from_slice(b"\n  }");
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
            write_item(&mut out, &finding);
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
        /// The hand-written items are what serde_json's pretty printer
        /// writes of the same findings.
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
                write_item(&mut ours, finding);
            }
            let theirs = serde_json::to_string_pretty(&owned).unwrap();
            let items = theirs.strip_prefix("[\n").and_then(|rest| rest.strip_suffix("\n]")).unwrap_or("");
            prop_assert_eq!(String::from_utf8(ours).unwrap(), items);
        }
    }
}
