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

/// Records the abbreviations of the block `span` of `text`. Not recorded:
/// single letters, Roman numerals ("khóa XII"), the type and issuer codes of
/// document symbols ("05-CT/TW", "NQ-CP"), tokens with digits ("U23"), and
/// capitals next to other words in capitals (a headline or a name written
/// in capitals, "SẢN PHẨM - DỊCH VỤ", "XUÂN HƯƠNG").
pub(crate) fn recognise_abbreviations(text: &str, span: Span, block: usize, out: &mut Vec<Abbreviation>) {
    let Some(s) = text.get(span.range()) else { return };
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut previous_caps_word = false;
    while i < bytes.len() {
        // Words start at a letter; capitals of ASCII and of the Vietnamese
        // blocks both start below 0xE2, so cheap bytes are skipped fast.
        let Some(c) = s[i..].chars().next() else { break };
        if !is_alnum(c) {
            i += c.len_utf8();
            continue;
        }
        // Only a capital can start an abbreviation: other words are
        // skipped without reading them as a whole.
        if !c.is_uppercase() {
            let end = i + s[i..].chars().take_while(|&c| is_alnum(c)).map(char::len_utf8).sum::<usize>();
            previous_caps_word = false;
            i = end;
            continue;
        }
        let end = token_end(s, i);
        let word = &s[i..end];
        let caps = is_capitals(word);
        if caps && word.chars().count() >= 2 && word.len() <= MAX_ABBREVIATION_BYTES {
            let next_caps = next_word(s, end).is_some_and(|w| is_capitals(w) && w.chars().count() >= 2);
            let in_symbol = touches_symbol(s, i, end);
            if !previous_caps_word && !next_caps && !in_symbol && !is_roman(word) {
                let definition = s[..i].ends_with('(') && s[end..].starts_with(')');
                out.push(Abbreviation { span: Span::new(span.start + i, span.start + end), definition, block });
            }
        }
        previous_caps_word = caps && word.chars().count() >= 2;
        i = end;
    }
}

/// End of the word at `i`: letters and digits, and "&" between capitals
/// ("GD&ĐT", "LĐTB&XH" are one abbreviation each).
fn token_end(s: &str, i: usize) -> usize {
    let mut end = i + s[i..].chars().take_while(|&c| is_alnum(c)).map(char::len_utf8).sum::<usize>();
    while s[end..].starts_with('&') && s[end + 1..].starts_with(|c: char| c.is_uppercase()) {
        end += 1;
        end += s[end..].chars().take_while(|&c| is_alnum(c)).map(char::len_utf8).sum::<usize>();
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

    fn abbreviations(s: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        recognise_abbreviations(s, Span::new(0, s.len()), 0, &mut out);
        out.iter().map(|a| (&s[a.span.range()], a.definition)).collect()
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
}
