//! Byte offset to 1-based line and character column, for display only.

/// Byte distance between column checkpoints: a column is counted from the
/// nearest checkpoint, so one lookup costs at most this many bytes even on
/// a line of megabytes.
const CHECKPOINT_BYTES: usize = 1024;

/// Start offsets of every line of a text, built once per report, with
/// character-count checkpoints inside long lines.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(offset, characters from its line's start)`, sorted by offset; only
    /// in lines longer than [`CHECKPOINT_BYTES`].
    checkpoints: Vec<(usize, usize)>,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Characters of `text[from..to]` (both char boundaries): the standard
/// library counts a word at a time, several times faster than a byte filter.
fn count_chars(text: &str, from: usize, to: usize) -> usize {
    text[from..to].chars().count()
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = Vec::new();
        for (i, &start) in line_starts.iter().enumerate() {
            let end = line_starts.get(i + 1).map_or(text.len(), |&next| next - 1);
            let mut at = start;
            let mut chars = 0;
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += count_chars(text, at, next);
                checkpoints.push((next, chars));
                at = next;
            }
        }
        LineIndex { line_starts, checkpoints }
    }

    /// The line and character column of `offset`, which must be a char
    /// boundary. Costs at most [`CHECKPOINT_BYTES`] of counting.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line];
        let nearest = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, chars) = match nearest.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((at, chars)) if at > line_start => (at, chars),
            _ => (line_start, 0),
        };
        let mut column = chars + count_chars(text, from, offset) + 1;
        // Editors do not show a byte-order mark; columns on line 1 skip it.
        if line == 0 && offset > 0 && text.starts_with('\u{FEFF}') {
            column -= 1;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_on_long_lines() {
        let text = format!("đầu\n{}x\ncuối", "ệ".repeat(10_000));
        let index = LineIndex::new(&text);
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(&text, x), LineCol { line: 2, column: 10_001 });
        let last = text.rfind("cuối").unwrap();
        assert_eq!(index.line_col(&text, last), LineCol { line: 3, column: 1 });
        for offset in (0..text.len()).filter(|&o| text.is_char_boundary(o)).step_by(997) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(index.line_col(&text, offset).column, text[line_start..offset].chars().count() + 1);
        }
    }
}
