//! `--format sarif`: a SARIF 2.1.0 log, as code-scanning services read it.
//!
//! One run; `tool.driver.rules` is the whole registry, so `ruleIndex` is a
//! rule's place in `Rule::ALL`. Regions give 1-based lines and columns
//! counted in Unicode code points (`columnKind`), plus `byteOffset` and
//! `byteLength` into the original text. A JSON Lines record's region counts
//! within the record, whose id is in the result's `properties.record`.
//! Results are streamed between a header and a footer written by hand, so
//! the log is never held whole.

use std::io::{self, Write};

use baolint_check::{Diagnostic, FixAvailability, Rule, Severity};
use serde::Serialize;

use super::{ArrayWriter, Emitter, indent, to_pretty};
use crate::check::Checked;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Debug, Default)]
pub struct Sarif {
    results: ArrayWriter,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Message<'static>,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    family: &'static str,
    fix: &'static str,
}

#[derive(Serialize)]
struct Message<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message<'a>,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    byte_offset: usize,
    byte_length: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix<'a> {
    description: Message<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation<'a>,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region,
    inserted_content: Message<'a>,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    record: &'a serde_json::Value,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn tool() -> Tool {
    let rules = Rule::ALL
        .iter()
        .map(|rule| {
            let meta = rule.meta();
            RuleDescriptor {
                id: meta.code,
                name: meta.name,
                short_description: Message { text: meta.summary },
                help: Help { text: meta.doc, markdown: meta.doc },
                default_configuration: Configuration { level: level(meta.severity) },
                properties: RuleProperties {
                    family: meta.family.prefix(),
                    fix: match meta.fix {
                        FixAvailability::None => "none",
                        FixAvailability::Sometimes => "sometimes",
                        FixAvailability::Always => "always",
                    },
                },
            }
        })
        .collect();
    let version = env!("CARGO_PKG_VERSION");
    Tool { driver: Driver { name: "baolint", version, semantic_version: version, rules } }
}

fn result<'a>(checked: &'a Checked, uri: &'a str, d: &'a Diagnostic) -> SarifResult<'a> {
    let start = checked.index.line_col(&checked.text, d.span.start);
    let end = checked.index.line_col(&checked.text, d.span.end);
    let region = Region {
        start_line: Some(start.line),
        start_column: Some(start.column),
        end_line: Some(end.line),
        end_column: Some(end.column),
        byte_offset: d.span.start,
        byte_length: d.span.len(),
    };
    let fixes = d
        .fix
        .iter()
        .map(|fix| SarifFix {
            description: Message { text: &fix.title },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri },
                replacements: fix
                    .edits
                    .iter()
                    .map(|edit| Replacement {
                        // Byte-only regions: SARIF allows them, and edits are bytes.
                        deleted_region: Region {
                            start_line: None,
                            start_column: None,
                            end_line: None,
                            end_column: None,
                            byte_offset: edit.span.start,
                            byte_length: edit.span.len(),
                        },
                        inserted_content: Message { text: &edit.replacement },
                    })
                    .collect(),
            }],
        })
        .collect();
    SarifResult {
        rule_id: d.rule.code(),
        rule_index: d.rule.index(),
        level: level(d.severity),
        message: Message { text: &d.message },
        locations: [Location {
            physical_location: PhysicalLocation { artifact_location: ArtifactLocation { uri }, region },
        }],
        fixes,
        properties: checked.record.as_ref().map(|record| ResultProperties { record }),
    }
}

/// A relative URI reference for `path`: `/` separators, and everything but
/// unreserved characters percent-encoded (report file names are often
/// Vietnamese).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.replace('\\', "/").as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Emitter for Sarif {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let tool = indent(&to_pretty(&tool()), 6);
        write!(
            out,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": ",
            tool.trim_start()
        )
    }

    fn render(&self, checked: &Checked) -> String {
        let uri = uri(&checked.path);
        checked
            .diagnostics
            .iter()
            .map(|d| indent(&to_pretty(&result(checked, &uri, d)), 8))
            .collect::<Vec<_>>()
            .join(",\n")
    }

    fn emit(&mut self, out: &mut dyn Write, _checked: &Checked, rendered: String) -> io::Result<()> {
        self.results.piece(out, &rendered)
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.results.close(out, 6)?;
        out.write_all(b"\n    }\n  ]\n}\n")
    }
}
