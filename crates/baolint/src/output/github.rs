//! `--format github`: GitHub Actions workflow commands, which the Actions
//! runner turns into annotations on the pull request.
//!
//! `::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CODE::MESSAGE`,
//! with `error`, `warning` or `notice` for the severity. Lines and columns of
//! a JSON Lines record count within the record, so the record id is put in
//! front of the message.

use std::fmt::Write;

use baolint_check::Severity;

use super::Emitter;
use crate::check::Checked;

#[derive(Debug)]
pub struct Github;

impl Emitter for Github {
    fn render(&self, checked: &Checked) -> String {
        let mut out = String::new();
        for d in &checked.diagnostics {
            let start = checked.index.line_col(&checked.text, d.span.start);
            let end = checked.index.line_col(&checked.text, d.span.end);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let record = match &checked.record {
                Some(serde_json::Value::String(id)) => format!("record {id}: "),
                Some(id) => format!("record {id}: "),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&checked.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&format!("{} {}", d.rule.code(), d.rule.name())),
                escape_data(&format!("{record}{}", d.message)),
            );
        }
        out
    }
}

/// The escaping the Actions runner undoes in a command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// The escaping the Actions runner undoes in a command's properties, where
/// `,` and `:` are separators.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
