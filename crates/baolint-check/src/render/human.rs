//! rustc-style output: level, code and message, `--> path:line:column`, the
//! source line with a marker under the span, then the evidence and the fix.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, renderer::DecorStyle};

use super::Source;
use crate::{Diagnostic, Severity};

/// Report lines are whole paragraphs; long ones are cut around the marker.
const TERM_WIDTH: usize = 100;

/// Renders `diagnostics` of one input. `styled` adds ANSI colours.
pub fn human(source: Source<'_>, diagnostics: &[Diagnostic], styled: bool) -> String {
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() }
        .decor_style(DecorStyle::Ascii)
        .term_width(TERM_WIDTH);
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&renderer.render(&report(source, d)));
        out.push_str("\n\n");
    }
    out
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// Snippets longer than this are cut to a window around the span, so that
/// rendering stays linear on reports that are one huge line.
const MAX_SNIPPET_BYTES: usize = 4096;
const WINDOW_MARGIN: usize = 400;

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn report<'a>(source: Source<'a>, d: &'a Diagnostic) -> Vec<Group<'a>> {
    let first = source.index.line_col(source.text, d.span.start);
    let last = source.index.line_col(source.text, d.span.end);
    let start_line = source.index.line_span(source.text, first.line);
    let end_line = source.index.line_span(source.text, last.line.max(first.line));
    // The snippet is the lines the span touches, so long reports stay cheap.
    let mut snippet_span = start_line.start..end_line.end.max(d.span.end);
    let windowed = snippet_span.len() > MAX_SNIPPET_BYTES;
    if windowed {
        let start = floor_boundary(source.text, d.span.start.saturating_sub(WINDOW_MARGIN).max(snippet_span.start));
        let end = ceil_boundary(source.text, (d.span.end + WINDOW_MARGIN).min(snippet_span.end));
        snippet_span = start..end.max(d.span.end.min(snippet_span.end));
    }
    let snippet_text = &source.text[snippet_span.clone()];
    let local = (d.span.start - snippet_span.start)..(d.span.end.min(snippet_span.end) - snippet_span.start);
    let label = d.rule.name();
    let mut snippet = Snippet::source(snippet_text).line_start(first.line);
    if !windowed {
        // A cut snippet would give a wrong column in the `-->` line; the
        // location is then given as a note instead.
        snippet = snippet.path(source.name);
    }
    let mut title = level(d.severity)
        .primary_title(d.message.as_str())
        .id(d.rule.code())
        .element(snippet.annotation(AnnotationKind::Primary.span(local).label(label)));
    if windowed {
        title = title.element(Level::NOTE.message(format!("at {}:{}:{}", source.name, first.line, first.column)));
    }
    for evidence in &d.evidence {
        let at = evidence
            .span
            .map(|s| {
                let lc = source.index.line_col(source.text, s.start);
                format!(" (line {}, column {})", lc.line, lc.column)
            })
            .unwrap_or_default();
        title = title.element(Level::NOTE.message(format!("{}: {}{at}", evidence.label, evidence.value)));
    }
    if let Some(fix) = &d.fix {
        title = title.element(Level::HELP.message(format!("{} ({} fix)", fix.title, fix.applicability.as_str())));
    }
    vec![title]
}
