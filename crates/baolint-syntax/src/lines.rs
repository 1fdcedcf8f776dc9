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
use wide::u8x16;

use crate::{
    byte_masks::{Lanes, masks_at},
    skim::Hits,
};

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

/// A superset of the bytes where a run worth recording may start (`next`
/// and `after` are the two bytes after `b`): a control character or the
/// lead byte of an unusual space (C2, E2, E3, EF; E1 only before 9A, as E1
/// also starts most Vietnamese letters), or an ASCII space before another
/// space or such a lead byte. Stated for sixteen bytes at once
/// ([`masks_at`]); a test of one byte, for tests, below.
fn may_start_run_lanes(b: u8x16, next: u8x16, after: u8x16) -> u8x16 {
    let unusual =
        |v: u8x16| Lanes::le(v, 0x1F) | Lanes::eq(v, 0xC2) | Lanes::within(v, 0xE2, 0xE3) | Lanes::eq(v, 0xEF);
    let ogham = |v: u8x16, w: u8x16| Lanes::eq(v, 0xE1) & Lanes::eq(w, 0x9A);
    let space_before = Lanes::eq(next, b' ') | unusual(next) | ogham(next, after);
    unusual(b) | ogham(b, next) | (Lanes::eq(b, b' ') & space_before)
}

#[cfg(test)]
fn may_start_run(b: u8, next: u8, after: u8) -> bool {
    let lane = |x: u8| u8x16::splat(x);
    may_start_run_lanes(lane(b), lane(next), lane(after)).move_mask() != 0
}

/// The bytes that can start white space ([`is_space`] in UTF-8).
const SPACE_LEAD: [bool; 256] = {
    let mut lead = [false; 256];
    let mut i = 0;
    while i < 256 {
        lead[i] = matches!(i as u8, b' ' | b'\t' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
        i += 1;
    }
    lead
};

/// The byte length of the white space character (as [`is_space`] defines
/// it) that starts at `i`, or 0. Works on bytes so that the scan of a line
/// does not decode every Vietnamese letter.
#[inline]
fn space_len_at(bytes: &[u8], i: usize) -> usize {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        b' ' | b'\t' | 0x0B | 0x0C | b'\r' => 1,
        0xC2 if next(1) == 0xA0 => 2,
        0xE1 if next(1) == 0x9A && next(2) == 0x80 => 3,
        0xE2 if next(1) == 0x80 && matches!(next(2), 0x80..=0x8A | 0xAF) => 3,
        0xE2 if next(1) == 0x81 && next(2) == 0x9F => 3,
        0xE3 if next(1) == 0x80 && next(2) == 0x80 => 3,
        0xEF if next(1) == 0xBB && next(2) == 0xBF => 3,
        _ => 0,
    }
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
    let bytes = content.text(text).as_bytes();
    let mut hits = Hits::of_masks(bytes, |bytes: &[u8], at| {
        let [hits] = masks_at(bytes, at, |b, next, after| [may_start_run_lanes(b, next, after)]);
        hits
    });
    let mut i = 0;
    while let Some(hit) = hits.next_from(i) {
        i = hit;
        let b = bytes[i];
        // Fast path: no white space starts with a byte outside
        // `SPACE_LEAD`, the Vietnamese letters of U+1E00..U+1EFF (E1 B8..BB)
        // are skipped whole, and a single ASCII space before a byte that
        // cannot start white space is the ordinary gap between words.
        match b {
            b' ' if !bytes.get(i + 1).is_some_and(|&b| SPACE_LEAD[usize::from(b)]) => {
                i += 2;
                continue;
            }
            0xE1 if bytes.get(i + 1) == Some(&0x9A) => {}
            0xE1 => {
                i += 3;
                continue;
            }
            b if !SPACE_LEAD[usize::from(b)] => {
                i += 1;
                continue;
            }
            _ => {}
        }
        if space_len_at(bytes, i) == 0 {
            i += 1;
            continue;
        }
        let run_start = i;
        let mut chars = 0;
        while i < bytes.len() {
            let len = space_len_at(bytes, i);
            if len == 0 {
                break;
            }
            i += len;
            chars += 1;
        }
        let run = &bytes[run_start..i];
        let kind = if chars > 1 {
            Some(SpaceKind::Repeated)
        } else if run != b" " {
            Some(SpaceKind::Unusual)
        } else {
            None
        };
        if let Some(kind) = kind {
            let start = content.start + run_start;
            spaces.push(SpaceRun { span: Span::new(start, content.start + i), kind });
        }
    }
    if content.end < span.end {
        spaces.push(SpaceRun { span: Span::new(content.end, span.end), kind: SpaceKind::Trailing });
    }
    Line { span, content, spaces }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_scan_agrees_with_is_space() {
        for c in (0..=0x3100u32).filter_map(char::from_u32).chain(['\u{FEFF}', '\u{FFFF}']) {
            let mut buf = [0; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let expected = if is_space(c) { encoded.len() } else { 0 };
            assert_eq!(space_len_at(encoded, 0), expected, "{c:?}");
            if is_space(c) {
                // The skimmer's test and the fast path's table must let every
                // space through, alone and after an ASCII space.
                let byte = |k: usize| encoded.get(k).copied().unwrap_or(b'x');
                assert!(SPACE_LEAD[usize::from(encoded[0])], "{c:?}");
                assert!(c == ' ' || may_start_run(byte(0), byte(1), byte(2)), "{c:?}");
                assert!(may_start_run(b' ', byte(0), byte(1)), "{c:?}");
            }
        }
    }

    /// The runs of one line found a character at a time with [`is_space`].
    fn runs_by_characters(line: &str) -> Vec<(usize, usize, SpaceKind)> {
        let content = line.trim_matches(is_space);
        let lead = line.len() - line.trim_start_matches(is_space).len();
        let mut runs = Vec::new();
        let mut chars = content.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !is_space(c) {
                continue;
            }
            let (mut end, mut count) = (start + c.len_utf8(), 1);
            while let Some(&(at, next)) = chars.peek().filter(|&&(_, next)| is_space(next)) {
                end = at + next.len_utf8();
                count += 1;
                chars.next();
            }
            if count > 1 {
                runs.push((lead + start, lead + end, SpaceKind::Repeated));
            } else if c != ' ' {
                runs.push((lead + start, lead + end, SpaceKind::Unusual));
            }
        }
        runs
    }

    proptest::proptest! {
        /// The skimming scan finds the runs a character-at-a-time scan
        /// finds, across chunk boundaries and next to quotes, dashes and
        /// symbols that share their lead bytes with spaces.
        #[test]
        fn runs_agree_with_a_character_scan(
            line in "x(([a-zàạ“–©]| |\t|\u{a0}|\u{2003}|\u{202f}|\u{3000}|\u{2028}){0,90})x",
        ) {
            let lines = split_lines(&line);
            let found: Vec<(usize, usize, SpaceKind)> = lines[0]
                .spaces
                .iter()
                .filter(|r| matches!(r.kind, SpaceKind::Repeated | SpaceKind::Unusual))
                .map(|r| (r.span.start, r.span.end, r.kind))
                .collect();
            proptest::prop_assert_eq!(found, runs_by_characters(&line));
        }
    }
}
