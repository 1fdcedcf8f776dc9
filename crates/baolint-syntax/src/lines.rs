//! Physical lines and the runs of white space inside them.
//!
//! ```text
//! text  := BOM? line (EOL line)*        EOL := "\n" | "\r\n"
//! line  := lead-ws? (word | space-run)* trailing-ws?
//! ```
//! Every line keeps its span without the terminator, the span of its content
//! (white space trimmed on both sides) and every run of white space that is
//! not a single ASCII space between two words. Whether such a run is a
//! problem is the checker's business.

use crate::Span;

/// One physical line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line without its terminator.
    pub span: Span,
    /// The line without leading and trailing white space; empty (at the
    /// line's start) when the line is blank.
    pub content: Span,
    /// Runs of white space worth a look; see [`SpaceKind`].
    pub spaces: Vec<SpaceRun>,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }
}

/// A run of white space characters inside one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpaceRun {
    pub span: Span,
    pub kind: SpaceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceKind {
    /// Two or more white space characters between words.
    Repeated,
    /// A single white space character other than U+0020 between words
    /// (a no-break space left from `&nbsp;`, a tab, a thin space).
    Unusual,
    /// White space at the end of a line that has content.
    Trailing,
    /// White space at the start of a line that has content.
    Leading,
    /// A line made only of white space.
    WholeLine,
}

/// White space as a scraped page produces it. U+FEFF counts only when it is
/// not the byte-order mark at offset 0.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\r' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// Offset where content starts: after a byte-order mark, if any.
pub fn content_start(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 }
}

/// Splits `text` into lines. Linear in the length of the text.
pub fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = content_start(text);
    loop {
        let end = memchr::memchr(b'\n', &text.as_bytes()[start..]).map(|i| start + i);
        let mut line_end = end.unwrap_or(text.len());
        if line_end > start && text.as_bytes()[line_end - 1] == b'\r' {
            line_end -= 1;
        }
        lines.push(scan_line(text, Span::new(start, line_end)));
        match end {
            Some(end) => start = end + 1,
            None => break,
        }
    }
    lines
}

fn scan_line(text: &str, span: Span) -> Line {
    let line = span.text(text);
    // ASCII fast path: most lines have no space runs to report at all.
    let mut spaces = Vec::new();
    let trimmed_start = line.len() - line.trim_start_matches(is_space).len();
    let trimmed_end = line.trim_end_matches(is_space).len();
    if trimmed_end <= trimmed_start {
        if !line.is_empty() {
            spaces.push(SpaceRun { span, kind: SpaceKind::WholeLine });
        }
        return Line { span, content: Span::new(span.start, span.start), spaces };
    }
    let content = Span::new(span.start + trimmed_start, span.start + trimmed_end);
    if trimmed_start > 0 {
        spaces.push(SpaceRun { span: Span::new(span.start, content.start), kind: SpaceKind::Leading });
    }
    let inner = content.text(text);
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let is_candidate = b == b' '
            || b == b'\t'
            || b == 0xC2
            || b == 0xE1
            || b == 0xE2
            || b == 0xE3
            || b == 0xEF
            || b == 0x0B
            || b == 0x0C
            || b == b'\r';
        if !is_candidate {
            i += 1;
            continue;
        }
        let rest = &inner[i..];
        let run_len = rest.len() - rest.trim_start_matches(is_space).len();
        if run_len == 0 {
            i += 1;
            continue;
        }
        let run = &rest[..run_len];
        let kind = if run.chars().nth(1).is_some() {
            Some(SpaceKind::Repeated)
        } else if run != " " {
            Some(SpaceKind::Unusual)
        } else {
            None
        };
        if let Some(kind) = kind {
            let start = content.start + i;
            spaces.push(SpaceRun { span: Span::new(start, start + run_len), kind });
        }
        i += run_len;
    }
    if content.end < span.end {
        spaces.push(SpaceRun { span: Span::new(content.end, span.end), kind: SpaceKind::Trailing });
    }
    Line { span, content, spaces }
}
