//! Byte offset to 1-based line and character column, for display only.

/// Start offsets of every line of a text, built once per report.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { line_starts }
    }

    /// The line and character column of `offset`, which must be a char boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = text[start..offset].chars().count() + 1;
        LineCol { line: line + 1, column }
    }

    /// The byte range of 1-based `line`, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> crate::Span {
        let start = self.line_starts[line - 1];
        let mut end = self.line_starts.get(line).map_or(text.len(), |&next| next - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        crate::Span::new(start, end.max(start))
    }
}
