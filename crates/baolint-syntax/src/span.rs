//! Byte ranges into the original, unnormalised text of one report.

use std::ops::Range;

/// A half-open byte range `start..end` into the original text.
///
/// Spans always lie on `char` boundaries; line and column are computed only
/// for display (see [`crate::LineIndex`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `source`.
    pub fn text(self, source: &str) -> &str {
        &source[self.start..self.end]
    }

    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The span of `part`, a sub-slice of `whole`, where `whole` starts at `base`.
    ///
    /// Recognisers work on sub-slices; this turns a slice back into offsets
    /// without copying (the kdl-rs approach).
    pub fn of_subslice(base: usize, whole: &str, part: &str) -> Span {
        let offset = part.as_ptr() as usize - whole.as_ptr() as usize;
        debug_assert!(offset + part.len() <= whole.len(), "not a sub-slice");
        Span::new(base + offset, base + offset + part.len())
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}
