//! The quantity grammar: the number token and its value, the scale word,
//! the percent sign and the counted noun.
//!
//! ```text
//! token    := digit+ (("." | ",") digit+)*     cut where a reading stops (see trim_token)
//! scale    := ws? word (ws word){0,2}          each later word larger and >= 1000
//! percent  := ws? ("%" | "phần trăm")
//! noun     := ws? nword (ws nword)?            not a function word; see noun_after
//! ```

use nom::{
    Parser,
    character::complete::{digit1, one_of},
};

use super::forms::continues_number;
use super::lexicon::{NOT_AFTER_TY, SCALES, flag, words};
use super::text::{byte_at, char_at, is_letter, match_phrase, skip_gap, word_end, word_in};
use super::{Grouping, Scale, Value};
use crate::Span;

/// Decimal digits accumulated into a value; the rest cannot change an f64
/// and would only risk an infinite numerator (and a NaN quotient).
const MAX_DECIMAL_DIGITS: usize = 20;

/// A number token read the Vietnamese way. Offsets are into the block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Num {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The value of the digits, before any scale word.
    pub(super) value: f64,
    pub(super) grouping: Grouping,
    pub(super) decimals: u8,
    pub(super) leading_zero: bool,
}

impl Num {
    pub(super) fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    /// Digits only, no separator: "38", "2019", "03".
    pub(super) fn is_plain(&self, s: &str) -> bool {
        self.text(s).bytes().all(|b| b.is_ascii_digit())
    }

    pub(super) fn len(&self) -> usize {
        self.end - self.start
    }

    /// The value as a `Value`, offset by `base`, with an optional scale.
    pub(super) fn to_value(self, base: usize, scale: Option<Scale>) -> Value {
        let factor = scale.map_or(1.0, |s| s.factor);
        Value {
            digits: Span::new(base + self.start, base + self.end),
            value: self.value * factor,
            grouping: self.grouping,
            decimals: self.decimals,
            leading_zero: self.leading_zero,
            scale,
        }
    }
}

/// The length of the number token at the start of `input`:
/// `digit+ (("." | ",") digit+)*`. A separator belongs to the number only
/// when a digit follows it, so a full stop or comma after a number ("38
/// điển hình, cấp" and "năm 2019.") is left to the sentence.
///
/// Parsed with nom on bytes (the token is ASCII), one group at a time, and
/// cut where no reading of the separators holds ([`Groups::accepts`]): the
/// parse stops at the cut, so a long list "1,2,3,..." is read in pieces,
/// each byte once.
fn token_len(input: &[u8]) -> usize {
    type E<'a> = nom::error::Error<&'a [u8]>;
    let Ok((mut rest, first)) = digit1::<_, E>(input) else { return 0 };
    let mut len = first.len();
    let mut groups = Groups { commas: 0, dots: 0, english: first.len() <= 3, english_point: false };
    while let Ok((after, (sep, group))) = (one_of::<_, _, E>(".,"), digit1).parse(rest) {
        if !groups.accepts(sep, group.len()) {
            break;
        }
        len += 1 + group.len();
        rest = after;
    }
    len
}

/// The separators read so far in a token.
struct Groups {
    commas: usize,
    dots: usize,
    /// Commas so far only between groups of three after a first group of at
    /// most three, with no "." before them.
    english: bool,
    english_point: bool,
}

impl Groups {
    /// Whether the token goes on with `sep` and a group of `len` digits.
    /// After a decimal comma nothing but an English decimal point may follow
    /// ("1,234.5"), and a second comma is allowed only between English
    /// groups of three ("1,234,567"). "2,3,4" is read as "2,3" and a list
    /// goes on after it.
    fn accepts(&mut self, sep: char, len: usize) -> bool {
        if sep == ',' {
            self.english &= self.dots == 0 && len == 3;
            if self.english_point || (self.commas >= 1 && !self.english) {
                return false;
            }
            self.commas += 1;
        } else {
            if self.commas > 0 {
                if !self.english || self.english_point {
                    return false;
                }
                self.english_point = true;
            }
            self.dots += 1;
        }
        true
    }
}

/// Reads the number token at `i` (a digit).
pub(super) fn read_number(s: &str, i: usize) -> Num {
    let bytes = s.as_bytes();
    let run = i + bytes[i..].iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len() - i);
    let grouped = matches!(bytes.get(run), Some(b'.' | b',')) && bytes.get(run + 1).is_some_and(u8::is_ascii_digit);
    if !grouped {
        // Most numbers are bare digits: no separators to read.
        let value = bytes[i..run].iter().fold(0.0, |v, &b| v * 10.0 + f64::from(b - b'0'));
        let leading_zero = bytes[i] == b'0' && run - i > 1;
        return Num { start: i, end: run, value, grouping: Grouping::None, decimals: 0, leading_zero };
    }
    // The token is ASCII, so `i + len` is a char boundary.
    let len = token_len(&bytes[i..]);
    interpret(&s[i..i + len], i)
}

/// Reads a trimmed token. English style is one with two or more commas
/// between groups of three, or a comma group followed by a decimal point;
/// otherwise "." groups thousands and a single "," starts the decimals.
fn interpret(t: &str, start: usize) -> Num {
    if !t.contains(',') {
        return interpret_dots(t, start);
    }
    let commas = t.bytes().filter(|&b| b == b',').count();
    let english_point = commas > 0 && t.rfind('.').is_some_and(|p| p > t.find(',').unwrap_or(0));
    let english = commas >= 2 || english_point;
    let (int_part, frac_part) = if english {
        match t.split_once('.') {
            Some((int, frac)) => (int, frac),
            None => (t, ""),
        }
    } else {
        match t.split_once(',') {
            Some((int, frac)) => (int, frac),
            None => (t, ""),
        }
    };
    let int_sep = if english { b',' } else { b'.' };
    let grouping = if english { Grouping::English } else { grouping_of(int_part) };
    let mut value = 0.0f64;
    for b in int_part.bytes().filter(|&b| b != int_sep) {
        value = value * 10.0 + f64::from(b - b'0');
    }
    let mut frac = 0.0f64;
    let mut frac_digits = 0i32;
    for b in frac_part.bytes().take(MAX_DECIMAL_DIGITS) {
        frac = frac * 10.0 + f64::from(b - b'0');
        frac_digits += 1;
    }
    if frac_digits > 0 {
        value += frac / 10f64.powi(frac_digits);
    }
    let first = int_part.as_bytes();
    Num {
        start,
        end: start + t.len(),
        value,
        grouping,
        decimals: u8::try_from(frac_part.len()).unwrap_or(u8::MAX),
        leading_zero: first.first() == Some(&b'0') && first.get(1).is_some_and(u8::is_ascii_digit),
    }
}

/// A token with "." only (the usual "12.651", "2.479.719"): value and
/// grouping in one pass.
fn interpret_dots(t: &str, start: usize) -> Num {
    let bytes = t.as_bytes();
    let mut value = 0.0f64;
    let mut group_len = 0usize;
    let mut first_len = None;
    let mut irregular = None;
    for &b in bytes {
        if b == b'.' {
            match first_len {
                None => {
                    first_len = Some(group_len);
                    if group_len > 3 {
                        irregular = Some(group_len);
                    }
                }
                Some(_) if group_len != 3 && irregular.is_none() => irregular = Some(group_len),
                Some(_) => {}
            }
            group_len = 0;
        } else {
            value = value * 10.0 + f64::from(b - b'0');
            group_len += 1;
        }
    }
    let grouping = match first_len {
        None => Grouping::None,
        Some(_) => match irregular.or((group_len != 3).then_some(group_len)) {
            None => Grouping::Thousands,
            Some(len) => Grouping::Irregular { group: u8::try_from(len).unwrap_or(u8::MAX) },
        },
    };
    Num {
        start,
        end: start + t.len(),
        value,
        grouping,
        decimals: 0,
        leading_zero: bytes.first() == Some(&b'0') && bytes.get(1).is_some_and(u8::is_ascii_digit),
    }
}

/// How the integer digits are grouped by ".".
fn grouping_of(int_part: &str) -> Grouping {
    let mut groups = int_part.split('.');
    let first = groups.next().unwrap_or("").len();
    let mut rest = groups.map(str::len).peekable();
    if rest.peek().is_none() {
        return Grouping::None;
    }
    if first > 3 {
        return Grouping::Irregular { group: u8::try_from(first).unwrap_or(u8::MAX) };
    }
    match rest.find(|&len| len != 3) {
        None => Grouping::Thousands,
        Some(len) => Grouping::Irregular { group: u8::try_from(len).unwrap_or(u8::MAX) },
    }
}

/// The scale word(s) after a number at `i` (white space optional):
/// "6,5 tỷ", "2 vạn", "1,5 nghìn tỷ", "hàng chục nghìn". Offsets into the
/// block; `base` turns the span into text offsets.
pub(super) fn scale_at(s: &str, i: usize, base: usize) -> Option<(Scale, usize)> {
    let start = skip_gap(s, i);
    let (mut factor, mut end) = scale_word(s, start)?;
    for _ in 0..2 {
        let next = skip_gap(s, end);
        if next == end {
            break;
        }
        match scale_word(s, next) {
            Some((f, e)) if f > factor && f >= 1e3 => {
                factor *= f;
                end = e;
            }
            _ => break,
        }
    }
    Some((Scale { factor, span: Span::new(base + start, base + end) }, end))
}

/// One whole scale word at `i`, not "tỷ lệ".
fn scale_word(s: &str, i: usize) -> Option<(f64, usize)> {
    // Only the scale words that start with the letter at `i` are tried:
    // most words after a number are rejected by one byte.
    let second = byte_at(s, i + 1)?;
    let candidates: &[(&str, f64)] = match byte_at(s, i)? {
        b'n' | b'N' if matches!(second, b'g' | b'G') => &SCALES[..2],
        b'v' | b'V' if second >= 0x80 => &SCALES[2..3],
        b't' | b'T' if matches!(second, b'r' | b'R') || second >= 0x80 => &SCALES[3..7],
        b'c' | b'C' if matches!(second, b'h' | b'H') => &SCALES[7..],
        _ => return None,
    };
    let (word, factor, end) = candidates.iter().find_map(|&(w, f)| match_phrase(s, i, w).map(|e| (w, f, e)))?;
    if matches!(word, "tỷ" | "tỉ") {
        let next = skip_gap(s, end);
        if next > end && word_in(&s[next..word_end(s, next)], NOT_AFTER_TY) {
            return None;
        }
    }
    Some((factor, end))
}

/// "%" or "phần trăm" after the number (white space optional).
pub(super) fn percent_at(s: &str, i: usize) -> Option<usize> {
    let j = skip_gap(s, i);
    match byte_at(s, j) {
        Some(b'%') => Some(j + 1),
        Some(b'p' | b'P') => match_phrase(s, j, "phần trăm"),
        _ => None,
    }
}

/// The counted noun after a quantity that ends at `i`: one or two words of
/// letters ("tập thể", "điểm cầu", "đồng", "m2" glued to "1.080m2"). It
/// never starts with a function word or runs through one, stops at
/// punctuation and digits, keeps a unit alone ("năm", "lượt", "đồng"), and
/// takes no capitalised second word after a lower-case first ("70 năm Ngày
/// thành lập").
pub(super) fn noun_after(s: &str, i: usize) -> Option<(usize, usize)> {
    let start = skip_gap(s, i);
    let end1 = noun_word(s, start)?;
    let first = &s[start..end1];
    let table = words();
    let first_flags = table.flags_of(first);
    if first_flags & flag::FUNCTION != 0 {
        return None;
    }
    if first_flags & flag::UNIT != 0 {
        return Some((start, power_after_unit(s, first, end1).unwrap_or(end1)));
    }
    let next = skip_gap(s, end1);
    if next == end1 {
        return Some((start, end1));
    }
    let Some(end2) = noun_word(s, next) else { return Some((start, end1)) };
    let second = &s[next..end2];
    let capital_after_lower =
        char_at(s, next).is_some_and(char::is_uppercase) && char_at(s, start).is_some_and(char::is_lowercase);
    if table.flags_of(second) & (flag::FUNCTION | flag::NOT_SECOND) != 0 || capital_after_lower {
        return Some((start, end1));
    }
    Some((start, end2))
}

/// "cm 3", "m 2": a power written apart from its unit.
fn power_after_unit(s: &str, unit: &str, end: usize) -> Option<usize> {
    if !matches!(unit, "m" | "cm" | "km" | "dm" | "mm") {
        return None;
    }
    let power = skip_gap(s, end);
    let ok = power > end && matches!(byte_at(s, power), Some(b'2' | b'3')) && !continues_number(s, power + 1);
    ok.then_some(power + 1)
}

/// A word of a counted noun at `i`: letters, and a unit's power ("m2",
/// "km2", "m3"). Must end a word: "abc-def" is no noun word.
fn noun_word(s: &str, i: usize) -> Option<usize> {
    let end = word_end(s, i);
    if end == i {
        return None;
    }
    let mut end = end;
    if matches!(&s[i..end], "m" | "cm" | "km" | "dm" | "mm") && matches!(byte_at(s, end), Some(b'2' | b'3')) {
        end += 1;
    }
    (!char_at(s, end).is_some_and(is_letter)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(t: &str) -> Num {
        read_number(t, 0)
    }

    #[test]
    fn tokens_and_values() {
        let n = num("12.651 tập");
        assert_eq!((n.end, n.value, n.grouping), (6, 12651.0, Grouping::Thousands));
        let n = num("99,36%");
        assert_eq!((n.value, n.decimals, n.grouping), (99.36, 2, Grouping::None));
        let n = num("1.000,5");
        assert_eq!((n.value, n.decimals, n.grouping), (1000.5, 1, Grouping::Thousands));
        assert_eq!(num("4.4031").grouping, Grouping::Irregular { group: 4 });
        assert_eq!(num("4.4031").value, 44031.0);
        assert_eq!(num("1.5").grouping, Grouping::Irregular { group: 1 });
        assert_eq!(num("1234.567").grouping, Grouping::Irregular { group: 4 });
        let n = num("1,234,567");
        assert_eq!((n.value, n.grouping, n.decimals), (1_234_567.0, Grouping::English, 0));
        let n = num("1,234.5");
        assert_eq!((n.value, n.grouping, n.decimals), (1234.5, Grouping::English, 1));
        assert_eq!(num("2,3,4").end, 3);
        assert_eq!(num("38, cấp").end, 2);
        assert_eq!(num("2019.").end, 4);
        assert!(num("03").leading_zero);
        assert!(!num("0,5").leading_zero);
        assert!(!num("0").leading_zero);
    }

    #[test]
    fn scales() {
        let (scale, end) = scale_at(" tỷ đồng", 0, 0).unwrap();
        assert_eq!((scale.factor, end), (1e9, " tỷ".len()));
        assert_eq!(scale_at(" nghìn tỷ đồng", 0, 0).unwrap().0.factor, 1e12);
        assert_eq!(scale_at(" chục nghìn tỷ", 0, 0).unwrap().0.factor, 1e13);
        assert!(scale_at(" tỷ lệ", 0, 0).is_none());
        assert!(scale_at(" trămx", 0, 0).is_none());
        assert!(scale_at(" Triệu", 0, 0).is_some());
        assert_eq!(scale_at(" triệu triệu", 0, 0).unwrap().1, " triệu".len());
    }

    #[test]
    fn nouns() {
        fn noun(t: &str) -> Option<&str> {
            noun_after(t, 0).map(|(a, b)| &t[a..b])
        }
        assert_eq!(noun(" tập thể, cá nhân"), Some("tập thể"));
        assert_eq!(noun(" mô hình điểm"), Some("mô hình"));
        assert_eq!(noun("m2 đất"), Some("m2"));
        assert_eq!(noun(" năm qua"), Some("năm"));
        assert_eq!(noun(" xã đạt chuẩn"), Some("xã"));
        assert_eq!(noun(" của tỉnh"), None);
        assert_eq!(noun(", cấp"), None);
        assert_eq!(noun(" năm Ngày"), Some("năm"));
        assert_eq!(noun(" 5"), None);
        assert_eq!(noun(" cm 3 xăng"), Some("cm 3"));
        assert_eq!(noun(" cm 30"), Some("cm"));
    }
}
