//! One line per diagnostic: `path:line:column: CODE [severity] message`.

use std::fmt::Write;

use super::Source;
use crate::Diagnostic;

pub fn concise(source: Source<'_>, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let at = source.index.line_col(source.text, d.span.start);
        let fixable = match &d.fix {
            Some(fix) => format!(" [*{}]", fix.applicability.as_str()),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "{}:{}:{}: {} [{}] {}{fixable}",
            source.name,
            at.line,
            at.column,
            d.rule.code(),
            d.severity.as_str(),
            d.message
        );
    }
    out
}
