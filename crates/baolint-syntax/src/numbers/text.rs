//! Character-level helpers for the number recogniser: white space, words,
//! case-insensitive comparison and the words just before a number.
//!
//! Every function takes a block's text and a byte offset that lies on a char
//! boundary, and returns offsets on char boundaries. Nothing here looks more
//! than a few words away, so the cost per number is bounded.

use super::HedgeKind;
use super::lexicon::{Entry, List};
use crate::lines::is_space;

/// Longest word the recogniser reads. Vietnamese syllables are short; a
/// longer run of letters is a foreign word or garbage and is not compared
/// with anything, which keeps the look-behind window bounded.
pub(super) const MAX_WORD_BYTES: usize = 32;

/// How many white space characters may separate a number from the words
/// around it ("6,5  tỷ" with a doubled space is still a scale).
const MAX_GAP_CHARS: usize = 3;

pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

pub(crate) fn byte_at(s: &str, i: usize) -> Option<u8> {
    s.as_bytes().get(i).copied()
}

/// A letter of a word: alphabetic, or a combining mark of decomposed
/// Vietnamese ("a" + U+0300). The Latin blocks that hold every Vietnamese
/// letter are answered without the Unicode tables.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ if is_general_punctuation(c) => false,
        _ => c.is_alphabetic(),
    }
}

pub(crate) fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && !is_general_punctuation(c) && c.is_numeric())
}

/// U+2000..=U+206F: quotes, dashes, the ellipsis, spaces, all around
/// Vietnamese words, and no letter or digit among them; told by a range,
/// without the Unicode tables.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// End of the run of ASCII digits that starts at `i`.
pub(crate) fn digit_run(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    j
}

/// The value of a short run of ASCII digits (saturating; callers compare it
/// with small bounds such as 31 or 2100).
pub(crate) fn small_value(digits: &str) -> u32 {
    digits.bytes().fold(0u32, |v, b| v.saturating_mul(10).saturating_add(u32::from(b - b'0')))
}

/// Skips at most [`MAX_GAP_CHARS`] white space characters from `i`.
pub(crate) fn skip_gap(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    for _ in 0..MAX_GAP_CHARS {
        // ASCII first: a space is the common case, any other ASCII byte
        // ends the gap without decoding.
        match bytes.get(j) {
            Some(b' ' | b'\t' | 0x0B | 0x0C | b'\r') => j += 1,
            Some(b) if b.is_ascii() => break,
            Some(_) => match char_at(s, j) {
                Some(c) if is_space(c) => j += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    j
}

/// End of the word of letters starting at `i` (`i` itself when none), at
/// most [`MAX_WORD_BYTES`] long.
pub(crate) fn word_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    while j - i < MAX_WORD_BYTES {
        match bytes.get(j) {
            Some(b) if b.is_ascii_alphabetic() => j += 1,
            Some(b) if b.is_ascii() => break,
            Some(_) => match char_at(s, j) {
                Some(c) if is_letter(c) => j += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    j
}

/// True when no letter or digit continues a word at `i`: the end of a
/// whole word.
pub(crate) fn at_word_end(s: &str, i: usize) -> bool {
    char_at(s, i).is_none_or(|c| !is_alnum(c))
}

/// Folds one character for comparison with a lower-case literal. The Latin
/// eth "Ð" that some Party sites print for "Đ" folds to "đ". Vietnamese
/// capitals take a fast path; only other scripts reach the Unicode tables.
/// ASCII, most of what is compared, is folded inline at the call.
#[inline]
pub(crate) fn fold(c: char) -> char {
    if c.is_ascii() { c.to_ascii_lowercase() } else { fold_beyond_ascii(c) }
}

fn fold_beyond_ascii(c: char) -> char {
    match c {
        'Ð' | 'ð' => 'đ',
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'ß'..='ÿ' | 'đ' | 'ă' | 'ơ' | 'ư' | 'ĩ' | 'ũ' => c,
        'Đ' => 'đ',
        'Ă' => 'ă',
        'Ơ' => 'ơ',
        'Ư' => 'ư',
        'Ĩ' => 'ĩ',
        'Ũ' => 'ũ',
        // Latin Extended Additional: capital on the even code point, small
        // letter on the odd one ("Ấ" U+1EA4, "ấ" U+1EA5).
        '\u{1E00}'..='\u{1E95}' | '\u{1EA0}'..='\u{1EFF}' => char::from_u32(c as u32 | 1).unwrap_or(c),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `word` equals the lower-case literal `lower`, ignoring case.
pub(crate) fn same_word(word: &str, lower: &str) -> bool {
    // Vietnamese letters and their capitals have the same UTF-8 length, so a
    // length mismatch is a cheap early "no".
    word.len() == lower.len() && word.chars().map(fold).eq(lower.chars())
}

/// `word` is in `list` (lower-case literals), ignoring case. For short
/// lists; long ones are [`super::lexicon::WordSet`]s.
pub(crate) fn word_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| same_word(word, w))
}

/// The words of a listed phrase, which has one space between words. Split
/// by bytes: a phrase is a few bytes long, too short for the string searcher
/// behind `split(' ')` to pay for itself.
pub(crate) fn phrase_words(phrase: &str) -> std::str::SplitAsciiWhitespace<'_> {
    phrase.split_ascii_whitespace()
}

/// Start of the lower-case phrase `lower` when it ends exactly at `end`
/// (case-insensitive; words separated by white space), as a whole word.
pub(crate) fn phrase_before(s: &str, end: usize, lower: &str) -> Option<usize> {
    // Vietnamese letters fold to letters of the same UTF-8 length, so the
    // phrase's start is found by walking back its own length, word by word.
    let mut j = end;
    for (n, word) in phrase_words(lower).rev().enumerate() {
        if n > 0 {
            let gap = back_over_gap(s, j);
            if gap == j {
                return None;
            }
            j = gap;
        }
        let start = j.checked_sub(word.len())?;
        let written = s.get(start..j)?;
        if !written.chars().map(fold).eq(word.chars()) {
            return None;
        }
        j = start;
    }
    let word_start = char_before(s, j).is_none_or(|c| !is_alnum(c) && c != '.');
    word_start.then_some(j)
}

/// Matches the lower-case literal `lower` at the start of `s[i..]`, ignoring
/// case, and returns the end of the match. Words of a multi-word literal may
/// be separated by any short run of white space. The match must end a word.
///
/// Written by hand rather than with nom's `tag_no_case`, which slices the
/// input by the literal's byte length: a "K" (U+212A KELVIN SIGN) folds to
/// "k" but is three bytes long, and the slice would panic.
pub(crate) fn match_phrase(s: &str, i: usize, lower: &str) -> Option<usize> {
    let mut j = i;
    for (n, word) in phrase_words(lower).enumerate() {
        if n > 0 {
            let after = skip_gap(s, j);
            if after == j {
                return None;
            }
            j = after;
        }
        let mut chars = s[j..].chars();
        for expected in word.chars() {
            let c = chars.next()?;
            if fold(c) != expected {
                return None;
            }
            j += c.len_utf8();
        }
    }
    at_word_end(s, j).then_some(j)
}

/// A word before a number: its byte range in the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Up to three words directly before a number, nearest first, each
/// separated from the next by white space only. Reading stops at anything
/// else (punctuation, digits, a bracket), so "ngày, 15" has no words.
///
/// Most numbers follow no listed word: only the nearest word is read, and
/// one look-up in the word table ([`super::lexicon::WordTable`]) gives the
/// listed phrases that end with it (`candidates`, usually none). Only then
/// are the words before it read, and compared with the candidates' other
/// words.
#[derive(Debug, Clone, Copy)]
pub(super) struct Before {
    words: [Word; 3],
    len: usize,
    /// The nearest word is itself preceded (across white space) by a
    /// digit: "3 tháng 5" is a duration, not "tháng 5".
    number_before_first: bool,
    /// The listed phrases that end with the nearest word.
    candidates: &'static [Entry],
}

impl Before {
    /// The words before offset `at` of `s`. A word glued to `at` ("U23")
    /// is not read: context words stand apart from the number.
    pub(super) fn read(s: &str, at: usize) -> Before {
        let mut before = Before { words: [Word::default(); 3], len: 0, number_before_first: false, candidates: &[] };
        let mut pos = at;
        while before.len < 3 {
            let gap_start = back_over_gap(s, pos);
            let start = back_over_word(s, gap_start);
            if gap_start == pos || start == gap_start {
                break;
            }
            before.words[before.len] = Word { start, end: gap_start };
            before.len += 1;
            pos = start;
            if before.len == 1 {
                before.candidates = super::lexicon::words().lookup(&s[start..gap_start]).1;
                if before.candidates.is_empty() {
                    return before;
                }
                let gap = back_over_gap(s, start);
                before.number_before_first = gap < start && char_before(s, gap).is_some_and(|c| c.is_ascii_digit());
            }
        }
        before
    }

    /// The nearest word ends a listed phrase: without it, no look-up can
    /// succeed.
    pub(super) fn is_known(&self) -> bool {
        !self.candidates.is_empty()
    }

    /// The nearest word is itself preceded by a number ("3 tháng 5").
    pub(super) fn number_before_first(&self) -> bool {
        self.number_before_first
    }

    pub(super) fn words(&self) -> &[Word] {
        &self.words[..self.len]
    }

    /// The nearest word.
    pub(super) fn first(&self) -> Option<Word> {
        self.words().first().copied()
    }

    /// The first phrase of `list` that ends right before the number, and
    /// where it starts. Exact-case lists compare as written; capitalised
    /// ones need a capital in the text.
    pub(super) fn find(&self, s: &str, list: List) -> Option<(&'static Entry, usize)> {
        self.candidates.iter().filter(|e| e.list == list).find_map(|e| self.start_of(s, e).map(|start| (e, start)))
    }

    /// The hedge right before the number: its kind and where it starts.
    pub(super) fn hedge(&self, s: &str) -> Option<(HedgeKind, usize)> {
        self.candidates.iter().find_map(|e| match e.list {
            List::Hedge(kind) => self.start_of(s, e).map(|start| (kind, start)),
            _ => None,
        })
    }

    /// Where the phrase of `e` starts when it ends right before the number.
    /// Its last word matched the nearest word in the table; the others are
    /// compared here.
    fn start_of(&self, s: &str, e: &Entry) -> Option<usize> {
        let mut start = None;
        let mut words = self.words().iter();
        for (n, expected) in phrase_words(e.phrase).rev().enumerate() {
            let word = words.next()?;
            let text = &s[word.start..word.end];
            let same = match e.list {
                List::ExactOrdinal => text == expected,
                _ => n == 0 || same_word(text, expected),
            };
            if !same {
                return None;
            }
            start = Some(word.start);
        }
        let start = start?;
        // "Kế hoạch 20" names a plan, "kế hoạch 5 năm" is a five-year plan.
        let capital_ok = e.list != List::CapitalisedOrdinal || char_at(s, start).is_some_and(char::is_uppercase);
        capital_ok.then_some(start)
    }
}

/// Start of the run of white space (at most [`MAX_GAP_CHARS`] characters)
/// that ends at `i`.
pub(crate) fn back_over_gap(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    for _ in 0..MAX_GAP_CHARS {
        match j.checked_sub(1).map(|k| bytes[k]) {
            Some(b' ' | b'\t' | 0x0B | 0x0C | b'\r') => j -= 1,
            Some(b) if b.is_ascii() => break,
            Some(_) => match char_before(s, j) {
                Some(c) if is_space(c) => j -= c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    j
}

/// Start of the word that ends at `i`: letters, and dots between letters
/// ("T.Ư"). At most [`MAX_WORD_BYTES`] long; a longer run is no word.
pub(crate) fn back_over_word(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    let mut last_was_letter = false;
    // ASCII letters without decoding; the first other character goes
    // through the general loop below.
    while j > 0 && i - j < MAX_WORD_BYTES && bytes[j - 1].is_ascii_alphabetic() {
        j -= 1;
        last_was_letter = true;
    }
    if i - j >= MAX_WORD_BYTES {
        return i;
    }
    let ascii_end = j;
    for c in s[..ascii_end].chars().rev() {
        let ok = is_letter(c) || (c == '.' && last_was_letter);
        if !ok {
            break;
        }
        if i - j >= MAX_WORD_BYTES {
            return i;
        }
        last_was_letter = c != '.';
        j -= c.len_utf8();
    }
    // Never start a word with a dot: ".Ư" of "T.Ư" read backwards is fine,
    // but a sentence's ". Trên" is not part of the word.
    while s[j..i].starts_with('.') {
        j += 1;
    }
    j
}

/// The word that ends just before `i` (across a short gap) is capitalised
/// and does not open a sentence: a name or a model ("Android 7.1", "Camry
/// 2.5", "SEA Games 29"), not "Năm 2023" at the start of a sentence.
pub(super) fn after_name(s: &str, i: usize) -> bool {
    let word_end = back_over_gap(s, i);
    if word_end == i {
        return false;
    }
    let word_start = back_over_word(s, word_end);
    // "Android", "SEA", and also "iOS", "iPhone": any capital marks a name.
    let capitalised = s[word_start..word_end].chars().any(char::is_uppercase);
    if !capitalised || word_start == word_end {
        return false;
    }
    let before = back_over_gap(s, word_start);
    let opens_sentence =
        before == 0 || matches!(char_before(s, before), Some('.' | '!' | '?' | ':' | '"' | '“' | '(' | '-' | '–'));
    !opens_sentence && before < word_start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_punctuation_holds_no_letter_and_no_digit() {
        for c in ('\u{2000}'..='\u{206F}').chain(['\u{2070}', '\u{2071}', '\u{207F}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphabetic() || c.is_numeric(), "{c:?}");
        }
    }
}
