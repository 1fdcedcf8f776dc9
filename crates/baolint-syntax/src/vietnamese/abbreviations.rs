//! Abbreviations in capitals ("UBND", "BTV", "CBĐV") and where the report
//! spells one out: an abbreviation alone in brackets right after its words
//! ("cán bộ, đảng viên (CBĐV)") is its definition.

use crate::Span;
use crate::numbers::text::{is_alnum, is_letter};

/// One use of an abbreviation in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abbreviation {
    pub span: Span,
    /// Written alone in brackets: "(CBĐV)", the report's definition of it.
    pub definition: bool,
    /// Index of the block in `Report::blocks`.
    pub block: usize,
}

/// Longest abbreviation considered, in bytes: longer runs of capitals are
/// words of a headline or a name in capitals.
const MAX_ABBREVIATION_BYTES: usize = 24;

/// Where an abbreviation may start in a block, gathered from the word scan
/// ([`super::words::LetterRuns`]) that the syllable grammar runs anyway, so
/// that no scan of its own reads every byte: the letter runs whose first
/// two characters may be capitals. An abbreviation starts a run of letters
/// (what comes before it is no letter), except after a letter whose lead
/// byte does not tell it is one ("ª", "ℓ"), where the scan below steps
/// byte by byte; a run read a character at a time that holds one of those
/// gives every position where two capitals may start.
#[derive(Debug, Default)]
pub(crate) struct CapitalPairs {
    /// Byte offsets into the block, ascending.
    positions: Vec<usize>,
}

impl CapitalPairs {
    pub(crate) fn clear(&mut self) {
        self.positions.clear();
    }

    /// Every position of a block of `len` bytes: the scan then stops at
    /// every byte, as a reference for the tests.
    #[cfg(test)]
    pub(super) fn every_position(len: usize) -> CapitalPairs {
        CapitalPairs { positions: (0..len).collect() }
    }

    /// Notes a run of ASCII letters at `start` that starts with two
    /// capitals (a run of one letter is followed by no letter). No branch:
    /// many words are ASCII, and which start with a capital is anyone's
    /// guess.
    #[inline]
    pub(crate) fn note_ascii_run(&mut self, bytes: &[u8], start: usize) {
        let next = bytes.get(start + 1).copied().unwrap_or(0);
        let upper = |b: u8| b.wrapping_sub(b'A') < 26;
        self.note(start, upper(bytes[start]) & upper(next));
    }

    /// Notes `start` when `pair` holds, without a branch on `pair`.
    #[inline]
    pub(crate) fn note(&mut self, start: usize, pair: bool) {
        let len = self.positions.len();
        self.positions.push(start);
        self.positions.truncate(len + usize::from(pair));
    }

    /// Notes the letter run `bytes[start..end]` of the block `bytes`.
    #[inline]
    pub(crate) fn note_run(&mut self, bytes: &[u8], start: usize, end: usize, doubtful: bool) {
        if doubtful && bytes[start..end].iter().any(|&b| b == 0xC2 || b == 0xE2) {
            self.positions.extend((start..end).filter(|&p| may_start_capitals_at(bytes, p)));
        } else if starts_with_two_capitals(&bytes[start..end]) {
            self.positions.push(start);
        }
    }
}

/// Whether the first two characters of a run of letters may both be
/// capitals, by [`may_start_capital`] on each: most capitalised words
/// ("Tỉnh", "Đảng") fail on the second.
#[inline]
pub(super) fn starts_with_two_capitals(run: &[u8]) -> bool {
    let at = |k: usize| run.get(k).copied().unwrap_or(0);
    let second = match run[0] {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    may_start_capital(at(0), at(1), at(2)) && may_start_capital(at(second), at(second + 1), at(second + 2))
}

/// Records the abbreviations of the block `span` of `text`, which starts
/// `shift` bytes into the block whose [`CapitalPairs`] are `pairs`. Not
/// recorded: single letters, Roman numerals ("khóa XII"), the type and
/// issuer codes of document symbols ("05-CT/TW", "NQ-CP"), tokens with
/// digits ("U23"), and capitals next to other words in capitals (a headline
/// or a name written in capitals, "SẢN PHẨM - DỊCH VỤ", "XUÂN HƯƠNG").
pub(crate) fn recognise_abbreviations(
    text: &str,
    span: Span,
    block: usize,
    pairs: &CapitalPairs,
    shift: usize,
    out: &mut Vec<Abbreviation>,
) {
    let Some(s) = text.get(span.range()) else { return };
    let bytes = s.as_bytes();
    let mut hits = Candidates { positions: &pairs.positions, shift, len: bytes.len(), next: 0, at_start: true };
    let mut i = 0;
    // Stretches without two capitals in a row hold no abbreviation. At the
    // next pair, the scan resumes at the start of the word it is in, where
    // the byte-by-byte scan would be; the span's own start is always read,
    // since a lead's agency prefix may end inside a run of letters.
    while let Some(hit) = hits.next_from(i) {
        if hit > i {
            i = word_run_start(bytes, hit).max(i);
        }
        // Only a capital that starts a word can start an abbreviation, and
        // only a second capital after it makes one likely. Everything else
        // is passed over a byte or a word at a time, without decoding:
        // this runs over every byte of the prose.
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_uppercase() {
            i = if b.is_ascii_alphanumeric() { skip_word(bytes, i) } else { i + 1 };
            continue;
        }
        if (0x80..0xC0).contains(&b) || matches!(b, 0xC2 | 0xE2) {
            i += 1;
            continue;
        }
        let capital_len = capital_len_at(s, i);
        if capital_len == 0 || i + capital_len >= bytes.len() || capital_len_at(s, i + capital_len) == 0 {
            // A word in small letters, or capitalised ("Tỉnh", "Ban").
            i = skip_word(bytes, i + capital_len.max(1));
            continue;
        }
        let end = token_end(s, i);
        let word = &s[i..end];
        let abbreviation_like = |w: &str| is_capitals(w) && w.chars().count() >= 2;
        if abbreviation_like(word) && word.len() <= MAX_ABBREVIATION_BYTES {
            let next_caps = next_word(s, end).is_some_and(abbreviation_like);
            let previous_caps = previous_word(s, i).is_some_and(abbreviation_like);
            let in_symbol = touches_symbol(s, i, end);
            if !previous_caps && !next_caps && !in_symbol && !is_roman(word) {
                let definition = s[..i].ends_with('(') && s[end..].starts_with(')');
                out.push(Abbreviation { span: Span::new(span.start + i, span.start + end), definition, block });
            }
        }
        i = end.max(i + capital_len);
    }
}

/// The positions of [`CapitalPairs`] inside one span, handed out in order
/// to a scan whose positions never go back.
struct Candidates<'a> {
    positions: &'a [usize],
    /// Where the span starts in the block.
    shift: usize,
    /// The span's length.
    len: usize,
    /// The first position not yet passed.
    next: usize,
    at_start: bool,
}

impl Candidates<'_> {
    fn next_from(&mut self, from: usize) -> Option<usize> {
        if std::mem::take(&mut self.at_start) && from < self.len {
            return Some(from);
        }
        while self.positions.get(self.next).is_some_and(|&p| p < from + self.shift) {
            self.next += 1;
        }
        self.positions.get(self.next).map(|&p| p - self.shift).filter(|&p| p < self.len)
    }
}

/// [`may_start_capitals`] at `p`, bytes past the end read as 0.
fn may_start_capitals_at(bytes: &[u8], p: usize) -> bool {
    let at = |k: usize| bytes.get(p + k).copied().unwrap_or(0);
    may_start_capitals(at(0), at(1), at(2))
}

/// The end of the word at `i`, by bytes: it ends at ASCII white space or
/// punctuation, or at a no-break space or general punctuation (lead bytes
/// C2, E2). Letters are not decoded.
fn skip_word(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && WORD_BYTE[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Where the run of [`WORD_BYTE`]s that ends at `i` starts.
fn word_run_start(bytes: &[u8], mut i: usize) -> usize {
    while i > 0 && WORD_BYTE[usize::from(bytes[i - 1])] {
        i -= 1;
    }
    i
}

/// A superset of the characters [`capital_len_at`] takes for capitals,
/// told by their first three bytes: A to Z; "À" to "Þ" (C3 80..9E); the
/// even letters of Latin Extended-A and the rest of its capitals; Latin
/// Extended-B but "ơ" and "ư"; the other two-byte alphabets whole; the even
/// letters of Latin Extended Additional (E1 B8..BB, "Ạ" to "Ỹ") and the
/// rest of E1; anything of three or four bytes but general punctuation
/// (E2 80). Asked of the words the memo has not filed yet and of runs read
/// a character at a time, so it branches on the lead byte and reads nothing
/// else for most words.
#[inline]
fn may_start_capital(b: u8, n: u8, nn: u8) -> bool {
    let even = |x: u8| x & 1 == 0;
    match b {
        b'A'..=b'Z' => true,
        0xC3 => n <= 0x9E,
        0xC4 => even(n) || n >= 0xB8,
        0xC5 => even(n) || n >= 0xB8 || n <= 0x89,
        0xC6 => n != 0xA1 && n != 0xB0,
        0xC7..=0xDF => true,
        0xE1 => n.wrapping_sub(0xB8) > 3 || even(nn),
        0xE2 => n != 0x80,
        0xE3.. => true,
        _ => false,
    }
}

/// A superset of where two capitals in a row start: a character
/// [`may_start_capital`] lets through, followed by one whose first byte may
/// start a capital (A to Z, or a lead byte from C3). The character after
/// one of three or four bytes lies beyond the bytes seen, so those always
/// pass.
fn may_start_capitals(b: u8, n: u8, nn: u8) -> bool {
    let may_lead_capital = |x: u8| x.is_ascii_uppercase() || x >= 0xC3;
    let second = match b {
        0..0x80 => may_lead_capital(n),
        0xC0..0xE0 => may_lead_capital(nn),
        0xE0.. => true,
        _ => false,
    };
    second && may_start_capital(b, n, nn)
}

/// The bytes [`skip_word`] passes over: ASCII letters and digits, and every
/// byte of a character outside ASCII except the lead bytes of Latin-1
/// punctuation (C2) and of general punctuation such as dashes and quotes
/// (E2). A table, so that the scan is one load and one test per byte.
const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric() || (b >= 0x80 && b != 0xC2 && b != 0xE2);
        i += 1;
    }
    table
};

fn capital_len_at(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return usize::from(b.is_ascii_uppercase());
    }
    if b < 0xC0 {
        return 0;
    }
    let Some(c) = s[i..].chars().next() else { return 0 };
    let capital = match u32::from(c) {
        0xC0..=0xDE => c != '×',
        0xDF..=0xFF => false,
        cp @ (0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1EFF) => cp % 2 == 0,
        0x1A0 | 0x1AF => true,
        0x1A1 | 0x1B0 => false,
        _ => c.is_uppercase(),
    };
    if capital { c.len_utf8() } else { 0 }
}

/// The word before `start` across white space and a dash, if any.
fn previous_word(s: &str, start: usize) -> Option<&str> {
    let head = s[..start].trim_end_matches([' ', '\u{a0}', '-', '–']);
    let gap = start - head.len();
    let word_start = head.len() - head.chars().rev().take_while(|&c| is_alnum(c)).map(char::len_utf8).sum::<usize>();
    (word_start < head.len() && (1..=5).contains(&gap)).then(|| &head[word_start..])
}

/// End of the run of letters and digits at `i`, ASCII without decoding.
fn word_end(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            i += 1;
        } else if bytes[i] < 0x80 {
            break;
        } else {
            // Letters by their lead bytes; other digits and letters ("²")
            // decoded. Always moves on, so callers make progress.
            let len = match super::letter_len_at(s, i) {
                0 => s[i..].chars().next().filter(|&c| is_alnum(c)).map_or(0, char::len_utf8),
                len => len,
            };
            if len == 0 {
                break;
            }
            i += len;
        }
    }
    i
}

/// End of the word at `i`: letters and digits, and "&" between capitals
/// ("GD&ĐT", "LĐTB&XH" are one abbreviation each).
fn token_end(s: &str, i: usize) -> usize {
    let mut end = word_end(s, i);
    while s[end..].starts_with('&') && s[end + 1..].starts_with(|c: char| c.is_uppercase()) {
        end = word_end(s, end + 1);
    }
    end
}

/// Only capital letters (and at least one): no digit, no small letter.
fn is_capitals(word: &str) -> bool {
    word.chars().all(|c| (is_letter(c) && !c.is_lowercase()) || c == '&') && word.chars().any(char::is_uppercase)
}

fn is_roman(word: &str) -> bool {
    word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}

/// The word after `end` across white space and a dash or comma, if any.
fn next_word(s: &str, end: usize) -> Option<&str> {
    let rest = s[end..].trim_start_matches([' ', '\u{a0}', '-', '–']);
    let gap = s.len() - end - rest.len();
    let word_len = rest.chars().take_while(|&c| is_alnum(c)).map(char::len_utf8).sum::<usize>();
    (word_len > 0 && gap <= 5).then(|| &rest[..word_len])
}

/// The token is part of a document symbol: "/" beside it ("CT/TW",
/// "NĐ-CP" after a "/"), or a dash after digits before it ("05-CT").
fn touches_symbol(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    if before == Some('/') || after == Some('/') {
        return true;
    }
    // "COVID-19", "SARS-CoV-2": a code with its number.
    if after == Some('-') && s[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if matches!(before, Some('-')) {
        let head = &s[..start - 1];
        let glued = head.trim_end_matches(' ');
        return glued.chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '/');
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skimmer_lets_every_capital_through() {
        let chars = (0..=0x3100u32).chain(0xFF00..=0xFFEF).chain(0x1D400..=0x1D7FF).filter_map(char::from_u32);
        for c in chars {
            let mut buf = [0; 8];
            let encoded = c.encode_utf8(&mut buf[..4]).len();
            let s = std::str::from_utf8(&buf[..encoded]).unwrap();
            if capital_len_at(s, 0) > 0 {
                assert!(may_start_capital(buf[0], buf[1], buf[2]), "{c:?} {:X}", u32::from(c));
            }
        }
    }

    #[test]
    fn the_skimmer_lets_every_pair_of_capitals_through() {
        let chars = (0..=0x3100u32).chain(0xFF00..=0xFFEF).chain(0x1D400..=0x1D7FF).filter_map(char::from_u32);
        let capitals: Vec<char> = chars.filter(|c| capital_len_at(&c.to_string(), 0) > 0).collect();
        // The test reads no further than the second capital's first byte:
        // one second capital per first byte covers them all.
        let mut seconds: Vec<char> = Vec::new();
        for &c in &capitals {
            if !seconds.iter().any(|s| s.to_string().as_bytes()[0] == c.to_string().as_bytes()[0]) {
                seconds.push(c);
            }
        }
        for &first in &capitals {
            for &second in &seconds {
                let pair = format!("{first}{second}");
                let b = pair.as_bytes();
                assert!(capital_len_at(&pair, first.len_utf8()) > 0);
                assert!(may_start_capitals(b[0], b[1], b.get(2).copied().unwrap_or(0)), "{pair}");
            }
        }
    }

    /// The abbreviations of `s[from..]`, the scan led by the capital pairs
    /// of the word scan over all of `s`.
    fn found_from(s: &str, from: usize) -> Vec<Abbreviation> {
        let mut pairs = CapitalPairs::default();
        for run in super::super::words::LetterRuns::new(s) {
            pairs.note_run(s.as_bytes(), run.start, run.end, run.doubtful);
        }
        let mut out = Vec::new();
        recognise_abbreviations(s, Span::new(from, s.len()), 0, &pairs, from, &mut out);
        out
    }

    /// The same scan stopping at every byte: what the pairs may leave out.
    fn found_byte_by_byte(s: &str, from: usize) -> Vec<Abbreviation> {
        let pairs = CapitalPairs::every_position(s.len());
        let mut out = Vec::new();
        recognise_abbreviations(s, Span::new(from, s.len()), 0, &pairs, from, &mut out);
        out
    }

    fn abbreviations(s: &str) -> Vec<(&str, bool)> {
        found_from(s, 0).iter().map(|a| (&s[a.span.range()], a.definition)).collect()
    }

    #[test]
    fn uses_and_definitions() {
        assert_eq!(
            abbreviations("cán bộ, đảng viên (CBĐV) và BTV Tỉnh ủy, UBND tỉnh"),
            vec![("CBĐV", true), ("BTV", false), ("UBND", false)]
        );
        assert_eq!(abbreviations("tổ chức đảng (TCĐ); các TCĐ"), vec![("TCĐ", true), ("TCĐ", false)]);
        assert_eq!(abbreviations("Bộ GD&ĐT và Sở LĐTB&XH"), vec![("GD&ĐT", false), ("LĐTB&XH", false)]);
    }

    #[test]
    fn not_abbreviations() {
        for s in [
            "Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII",
            "Nghị định 30/2020/NĐ-CP",
            "Chỉ thị 03- CT/TW",
            "SẢN PHẨM - DỊCH VỤ",
            "XUÂN HƯƠNG",
            "đội U23 Việt Nam và COVID-19",
            "Ông A nói",
        ] {
            assert_eq!(abbreviations(s), vec![], "{s}");
        }
    }

    #[test]
    fn pairs_after_letters_of_other_blocks() {
        let s = "xªAB và ℓUB nhé";
        assert_eq!(found_from(s, 0), found_byte_by_byte(s, 0));
        assert_eq!(abbreviations(s), vec![("AB", false), ("UB", false)]);
        assert_eq!(found_from("LSO-UBND tỉnh", 4).len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn the_word_scan_misses_no_abbreviation(
            s in "([aAbBĐđƯưạẠÂâ2 &/()\u{a0}“”ª×ℓℕⒶⅫ.,-]|\u{301}){0,60}",
            from in 0usize..8,
        ) {
            let from = (0..=from.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            proptest::prop_assert_eq!(found_from(&s, from), found_byte_by_byte(&s, from));
        }
    }
}
