//! Closed forms that start with digits and are not quantities: document
//! numbers, phone numbers, clock times, full dates, year ranges and codes.
//! Each recogniser takes the block text and the offset of the first digit
//! and returns where the form ends, or `None`.
//!
//! ```text
//! doc_number := run ws? dash ws? symbol_with_slash          "05-CT/TW", "03- CT/TW", "21 – NQ/TW"
//!             | run "/" (run "/")? symbol                   "1973/CT-TTg", "30/2020/NĐ-CP", "80/2015/QH13"
//!             | run symbol_with_slash                       "37QĐ/TW"
//! symbol     := letter alnum* (("/" | "-") alnum+)*
//! phone      := ("0" d{2,} | "1800" | "1900" | "+" d+ | "(" "0" d+ ")") (sep d{2,4})*   8 to 12 digits
//! time       := d{1,2} ":" d{2} (":" d{2})? | d{1,2} ("h" | "g") d{2} | d{1,2} "h"
//!             | d{1,2} ws "giờ" (ws d{1,2} (ws "phút")?)?   see `time`
//! date3      := d{1,2} sep d{1,2} sep d{4}                  sep one of "/", "-", "." (the same twice)
//! year_range := year ws? dash ws? year | year "/" year       both 1900..=2100
//! ```

use super::lexicon::{List, PARTS_OF_DAY};
use super::text::{
    Before, at_word_end, byte_at, char_at, digit_run, is_alnum, is_letter, match_phrase, skip_gap, small_value,
    word_end, word_in,
};

/// Longest document symbol or code read, in bytes: the look-ahead bound.
const MAX_SYMBOL_BYTES: usize = 48;

/// The length of a dash at `i`: "-", "–" (en dash) or "—" (em dash).
pub(crate) fn dash_len(s: &str, i: usize) -> Option<usize> {
    match s.as_bytes().get(i..)? {
        [b'-', ..] => Some(1),
        // U+2013 and U+2014 are E2 80 93 and E2 80 94.
        [0xE2, 0x80, 0x93 | 0x94, ..] => Some(3),
        _ => None,
    }
}

/// What a document symbol ("CT/TW", "CT-TTg", "QH13") looks like.
#[derive(Debug, Clone, Copy)]
struct Symbol {
    end: usize,
    has_slash: bool,
    has_separator: bool,
    first_upper: bool,
    capitals: usize,
}

/// `letter alnum* (("/" | "-") alnum+)*` at `i`.
fn symbol(s: &str, i: usize) -> Option<Symbol> {
    let first = char_at(s, i)?;
    if !is_letter(first) {
        return None;
    }
    let mut sym =
        Symbol { end: i, has_slash: false, has_separator: false, first_upper: first.is_uppercase(), capitals: 0 };
    let mut chars = s[i..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if offset >= MAX_SYMBOL_BYTES {
            break;
        }
        if is_alnum(c) {
            sym.capitals += usize::from(c.is_uppercase());
            sym.end = i + offset + c.len_utf8();
        } else if matches!(c, '/' | '-') && chars.peek().is_some_and(|&(_, n)| is_alnum(n)) {
            sym.has_separator = true;
            sym.has_slash |= c == '/';
        } else {
            break;
        }
    }
    Some(sym)
}

/// A document number starting at `i`: see the module grammar.
pub(super) fn doc_number(s: &str, run: usize) -> Option<usize> {
    // One byte tells most numbers apart: "." or "," (a grouped number), a
    // letter, "/", a dash or a space may start a symbol's separator.
    match byte_at(s, run)? {
        b'/' | b' ' | b'-' | b'\t' => {}
        b if b.is_ascii_alphabetic() || !b.is_ascii() => {}
        _ => return None,
    }
    if char_at(s, run).is_some_and(is_letter) {
        // "37QĐ/TW", not "300Mb/s".
        let sym = symbol(s, run)?;
        return (sym.first_upper && sym.has_slash && sym.capitals >= 3).then_some(sym.end);
    }
    let dash = skip_gap(s, run);
    if let Some(len) = dash_len(s, dash) {
        // "05-CT/TW", and "19- 2017/NQ-CP" with the year inside.
        let mut at = skip_gap(s, dash + len);
        let year_end = digit_run(s, at);
        let with_year = year_end - at == 4 && byte_at(s, year_end) == Some(b'/');
        if with_year {
            at = year_end + 1;
        }
        let sym = symbol(s, at)?;
        return (sym.has_slash || with_year).then_some(sym.end);
    }
    if byte_at(s, run) != Some(b'/') {
        return None;
    }
    let after = run + 1;
    if byte_at(s, after).is_some_and(|b| b.is_ascii_digit()) {
        // "30/2020/NĐ-CP": number, year, symbol.
        let year_end = digit_run(s, after);
        if byte_at(s, year_end) != Some(b'/') {
            return None;
        }
        return symbol(s, year_end + 1).map(|sym| sym.end);
    }
    // "1973/CT-TTg", "123/UBND"; not "5/người" (per person).
    let sym = symbol(s, after)?;
    (sym.first_upper && (sym.has_separator || sym.capitals >= 2)).then_some(sym.end)
}

/// A phone number starting at `i`, with the character before it: returns
/// the span (including a leading "+" or "(").
pub(super) fn phone(s: &str, i: usize, run: usize, prev: Option<char>) -> Option<(usize, usize)> {
    let first = &s[i..run];
    let zero = first.starts_with('0') && first.len() >= 2;
    let hotline = matches!(first.as_bytes(), b"1800" | b"1900");
    let plus = prev == Some('+');
    let area = prev == Some('(') && first.starts_with('0') && byte_at(s, run) == Some(b')');
    if !(zero || hotline || plus || area) {
        return None;
    }
    let mut total = first.len();
    let mut end = run;
    let mut j = if area { run + 1 } else { run };
    // After a two-digit area code ("08 3818 1436") groups are longer, so
    // that lottery numbers "07 08 10 12" are not a phone number.
    let shortest = if first.len() == 2 { 3 } else { 2 };
    while let Some(b' ' | b'.' | b'-') = byte_at(s, j) {
        let group_end = digit_run(s, j + 1);
        let len = group_end - j - 1;
        if !(shortest..=4).contains(&len) || total + len > 12 {
            break;
        }
        total += len;
        end = group_end;
        j = group_end;
    }
    let min = if hotline { 8 } else { 9 };
    if !(min..=12).contains(&total) {
        return None;
    }
    let start = if plus || area { i - 1 } else { i };
    Some((start, end))
}

/// A clock time starting at `i`: "07:02", "07:02:15", "9h15", "16g30",
/// "9h" (not "9ha", hectares), "21 giờ 30 (phút)", and "9 giờ" when a part
/// of the day follows ("9 giờ sáng") or "lúc" precedes. "24 giờ" alone is a
/// duration, a quantity.
pub(super) fn time(s: &str, i: usize, run: usize) -> Option<usize> {
    if run - i > 2 || small_value(&s[i..run]) > 24 {
        return None;
    }
    let two_digits_at = |k: usize| digit_run(s, k) == k + 2;
    match byte_at(s, run) {
        Some(b':') if two_digits_at(run + 1) => {
            let end = run + 3;
            if byte_at(s, end) == Some(b':') && two_digits_at(end + 1) {
                return Some(end + 3);
            }
            return Some(end);
        }
        Some(b'h' | b'H' | b'g' | b'G') if two_digits_at(run + 1) => return Some(run + 3),
        Some(b'h' | b'H') if at_word_end(s, run + 1) => return Some(run + 1),
        _ => {}
    }
    let gio_start = skip_gap(s, run);
    if gio_start == run || !matches!(byte_at(s, gio_start), Some(b'g' | b'G')) {
        return None;
    }
    let gio_end = match_phrase(s, gio_start, "giờ")?;
    let next = skip_gap(s, gio_end);
    if next > gio_end {
        let minutes_end = digit_run(s, next);
        if (1..=2).contains(&(minutes_end - next)) {
            let phut = skip_gap(s, minutes_end);
            return Some(if phut > minutes_end {
                match_phrase(s, phut, "phút").unwrap_or(minutes_end)
            } else {
                minutes_end
            });
        }
        if word_in(&s[next..word_end(s, next)], PARTS_OF_DAY) {
            return Some(gio_end);
        }
    }
    Before::read(s, i).find(s, List::Time).is_some().then_some(gio_end)
}

/// `d{1,2} sep d{1,2} sep d{4}` at `i`, the same separator twice: "15/5/2016",
/// "1-7-2011", "15.5.2016". Values are not validated (the checker judges a
/// 31/2); the shape alone is a date.
pub(super) fn date3(s: &str, i: usize, run: usize) -> Option<usize> {
    let sep = byte_at(s, run).filter(|b| matches!(b, b'/' | b'-' | b'.'))?;
    let month_end = digit_run(s, run + 1);
    if !(1..=2).contains(&(run - i)) || !(1..=2).contains(&(month_end - run - 1)) || byte_at(s, month_end) != Some(sep)
    {
        return None;
    }
    let year_end = digit_run(s, month_end + 1);
    (year_end - month_end - 1 == 4 && !continues_number(s, year_end)).then_some(year_end)
}

/// A date's day and month continue at `j`: "/1", "/1/2026" (after "19-23"
/// of "19-23/1/2026"). Returns the end.
pub(super) fn date_tail(s: &str, j: usize) -> Option<usize> {
    let sep = byte_at(s, j).filter(|b| matches!(b, b'/' | b'-' | b'.'))?;
    let month_end = digit_run(s, j + 1);
    if !(1..=2).contains(&(month_end - j - 1)) || small_value(&s[j + 1..month_end]) > 12 {
        return None;
    }
    if byte_at(s, month_end) == Some(sep) {
        let year_end = digit_run(s, month_end + 1);
        if year_end - month_end - 1 == 4 {
            return Some(year_end);
        }
    }
    (!continues_number(s, month_end)).then_some(month_end)
}

/// The high end of a range of dates after `end`: white space, a dash, white
/// space, and a date with a separator ("7 – 8/5", "26/1-1/2",
/// "6/1970-12/1979", "10 - 12.2016"). A bare number is not a date: "19/5 - 20
/// người" keeps its count.
pub(super) fn date_range_tail(s: &str, end: usize) -> Option<usize> {
    let dash = skip_gap(s, end);
    let high = skip_gap(s, dash + dash_len(s, dash)?);
    let run = digit_run(s, high);
    if let Some(end) = date3(s, high, run) {
        return Some(end);
    }
    if !(1..=2).contains(&(run - high)) {
        return None;
    }
    month_year(s, run).or_else(|| date_tail(s, run))
}

/// "/yyyy", "-yyyy" or ".yyyy" after a month ending at `run`.
pub(super) fn month_year(s: &str, run: usize) -> Option<usize> {
    if !matches!(byte_at(s, run), Some(b'/' | b'-' | b'.')) {
        return None;
    }
    let end = digit_run(s, run + 1);
    (end - run - 1 == 4 && !continues_number(s, end)).then_some(end)
}

/// A year 1900..=2100 written as four bare digits.
pub(super) fn is_year(digits: &str) -> bool {
    digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && (1900..=2100).contains(&small_value(digits))
}

/// A number goes on at `i`: a digit, or a separator and a digit.
pub(super) fn continues_number(s: &str, i: usize) -> bool {
    match byte_at(s, i) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'.' | b',' | b'/' | b'-') => byte_at(s, i + 1).is_some_and(|b| b.is_ascii_digit()),
        _ => false,
    }
}

/// "2011-2015", "2016 - 2021", "2025–2030", "2015/2016": one span.
pub(super) fn year_range(s: &str, i: usize, run: usize) -> Option<usize> {
    if !is_year(&s[i..run]) {
        return None;
    }
    let second = if byte_at(s, run) == Some(b'/') {
        run + 1
    } else {
        let dash = skip_gap(s, run);
        skip_gap(s, dash + dash_len(s, dash)?)
    };
    let end = digit_run(s, second);
    (is_year(&s[second..end]) && !continues_number(s, end)).then_some(end)
}

/// The code that the digit run at `i` is part of ("U23", "H5N1",
/// "COVID-19", "SARS-CoV-2"): alphanumerics joined by "-", ".", "_", at most
/// [`MAX_SYMBOL_BYTES`] either side of the digits, never before `floor`.
pub(super) fn code_span(s: &str, i: usize, floor: usize) -> (usize, usize) {
    let mut start = i;
    let mut last_alnum = true;
    for c in s[floor.min(i)..i].chars().rev() {
        if i - start >= MAX_SYMBOL_BYTES {
            break;
        }
        if is_alnum(c) {
            last_alnum = true;
        } else if matches!(c, '-' | '.' | '_') && last_alnum {
            last_alnum = false;
        } else {
            break;
        }
        start -= c.len_utf8();
    }
    // Do not begin with the joiner itself.
    while start < i && matches!(byte_at(s, start), Some(b'-' | b'.' | b'_')) {
        start += 1;
    }
    let mut end = digit_run(s, i);
    let mut chars = s[end..].chars().peekable();
    while let Some(c) = chars.next() {
        if end - i >= MAX_SYMBOL_BYTES {
            break;
        }
        let joined = matches!(c, '-' | '.' | '_') && chars.peek().is_some_and(|&n| is_alnum(n));
        if !(is_alnum(c) || joined) {
            break;
        }
        end += c.len_utf8();
    }
    // Never stop inside a run of digits: the scanner resumes after `end`.
    if byte_at(s, end.saturating_sub(1)).is_some_and(|b| b.is_ascii_digit()) {
        end = digit_run(s, end);
    }
    (start, end)
}

/// The span of a name ordinal's number: the digits, a short glued suffix
/// that starts with a letter ("Quốc lộ 1A", "lớp 12a", "lớp 12A2") and a
/// "/n" part ("đường 3/2", "ngõ 12/3").
pub(super) fn ordinal_end(s: &str, run: usize) -> usize {
    let letters = word_end(s, run);
    if letters > run && letters - run <= 2 && s[run..letters].is_ascii() {
        let suffix = digit_run(s, letters);
        if suffix - run <= 4 && at_word_end(s, suffix) {
            return suffix;
        }
    }
    if let Some(len) = dash_len(s, run).or_else(|| (byte_at(s, run) == Some(b'/')).then_some(1)) {
        // "đường 3/2", "ngõ 12/3", and ranges "tầng 2-3", "Điều 3–5".
        let end = digit_run(s, run + len);
        if (1..=4).contains(&(end - run - len)) && !continues_number(s, end) {
            return end;
        }
    }
    run
}

/// "quý II/2024": a year after a Roman numeral and "/". Returns the start
/// of the numeral.
pub(super) fn roman_before_year(s: &str, i: usize, run: usize) -> Option<usize> {
    if !is_year(&s[i..run]) || byte_at(s, i.checked_sub(1)?) != Some(b'/') {
        return None;
    }
    let slash = i - 1;
    // After the last character that is not a numeral: it may be several
    // bytes long ("5ủ/2016").
    let start = s[..slash]
        .char_indices()
        .rev()
        .find(|&(_, c)| !matches!(c, 'I' | 'V' | 'X'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let numeral_ok = start < slash && slash - start <= 4;
    let word_before = s[..start].chars().next_back().is_none_or(|c| !is_alnum(c));
    (numeral_ok && word_before).then_some(start)
}

/// A list marker: "1. ", "2) " at the start of the block, or after the end
/// of a sentence when a capital follows ("... năm qua. 3. Richard ...":
/// paragraphs run together).
pub(super) fn list_marker(s: &str, i: usize, run: usize) -> Option<usize> {
    if run - i > 2 || !matches!(byte_at(s, run), Some(b'.' | b')')) {
        return None;
    }
    let text = skip_gap(s, run + 1);
    if text == run + 1 {
        return None;
    }
    let head = s[..i].trim_end_matches(['(', ' ']);
    if head.is_empty() {
        return Some(run);
    }
    let after_sentence = head.ends_with(['.', '!', '?', ';', ':']) && head.len() < i;
    (after_sentence && char_at(s, text).is_some_and(char::is_uppercase)).then_some(run)
}
