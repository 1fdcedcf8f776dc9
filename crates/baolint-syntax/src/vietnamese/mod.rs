//! The Vietnamese text layer: how the words and the punctuation of a report
//! are written. Syllables and their tone marks ([`syllable`]), legacy 8-bit
//! encodings read as Latin-1 ([`legacy`]), text that is not in NFC, the
//! Latin eth "Ð" standing in for "Đ", punctuation and the spaces around it
//! ([`Mark`]), and abbreviations in capitals ([`Abbreviation`]).
//!
//! Like the rest of the parser it records what is written; which of it is
//! wrong is the checker's call.

mod abbreviations;
pub mod legacy;
mod legacy_tables;
mod punctuation;
pub mod syllable;

use memchr::memmem;
use unicode_normalization::{UnicodeNormalization, is_nfc};

pub use abbreviations::Abbreviation;
pub use legacy::LegacyEncoding;
pub use punctuation::{Mark, MarkKind, QuoteKind, QuoteTally, Side};
pub use syllable::Placement;

use crate::{Block, BlockKind, Span, lines::is_space, numbers::text::is_letter};

/// A fact about how one word or character is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextNote {
    pub span: Span,
    pub kind: TextNoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextNoteKind {
    /// A run of non-space characters that Unicode normalisation form C would
    /// change (decomposed letters from some keyboards: "e" + U+0302 + U+0301
    /// for "ế"). `nfc` is the composed form.
    NotNfc { nfc: String },
    /// The Latin eth "Ð" (U+00D0) or "ð" (U+00F0) at the start of a
    /// Vietnamese word, where "Đ" or "đ" is meant ("Ðảng").
    LatinEth,
    /// A syllable of an "oa", "oe" or "uy" open rhyme whose tone mark may
    /// sit on either vowel, and where this one puts it ("hòa" Old, "hoà"
    /// New).
    Placement(Placement),
    /// A word of Vietnamese letters that no syllable of the language can be
    /// ("ngưòi"), with the grammar's reason and, when exactly one syllable
    /// is likely meant, that syllable.
    InvalidSyllable { reason: &'static str, suggestion: Option<String> },
    /// A run of words in a legacy 8-bit encoding (TCVN3/ABC or VNI) read
    /// as Windows-1252 or Latin-1 ("§¶ng bé tØnh"), and what it says.
    Legacy { encoding: LegacyEncoding, decoded: String },
}

/// The text layer of one report; every list is sorted by position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextLayer {
    pub notes: Vec<TextNote>,
    pub marks: Vec<Mark>,
    pub abbreviations: Vec<Abbreviation>,
    pub quotes: QuoteTally,
}

/// Reads the text layer of the blocks. Page junk is skipped; punctuation and
/// abbreviations are read in the headline and the body only, where the
/// report's own prose is.
pub(crate) fn recognise(text: &str, blocks: &[Block]) -> TextLayer {
    let mut layer = TextLayer::default();
    // Decomposed letters carry combining marks U+0300..U+036F, whose UTF-8
    // lead bytes are CC and CD: a report without them is skipped in one scan.
    let decomposed = memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_some();
    let eth = memmem::find(text.as_bytes(), "Ð".as_bytes()).is_some()
        || memmem::find(text.as_bytes(), "ð".as_bytes()).is_some();
    let mut pairing = punctuation::Pairing::default();
    for (index, block) in blocks.iter().enumerate() {
        if matches!(block.kind, BlockKind::Junk { .. }) {
            continue;
        }
        let Some(s) = text.get(block.span.range()) else { continue };
        if decomposed {
            not_nfc(s, block.span.start, &mut layer.notes);
        }
        let mojibake = legacy::find_mojibake(s);
        for run in &mojibake {
            layer.notes.push(TextNote {
                span: Span::new(block.span.start + run.start, block.span.start + run.end),
                kind: TextNoteKind::Legacy { encoding: run.encoding, decoded: run.decoded.clone() },
            });
        }
        if eth {
            latin_eth(s, block.span.start, &mut layer.notes);
        }
        if block.kind == BlockKind::Headline || block.kind.is_body() {
            let addresses = address_ranges(s);
            punctuation::recognise_marks(text, block.span, index, &addresses, &mut pairing, &mut layer.marks);
            // The agency prefix of a lead ("LSO-", "BTO-") names the paper.
            let from = match block.kind {
                BlockKind::Lead { prefix: Some(prefix) } => prefix.end,
                _ => block.span.start,
            };
            let span = Span::new(from.min(block.span.end), block.span.end);
            abbreviations::recognise_abbreviations(text, span, index, &mut layer.abbreviations);
            // Words of an address, and of a legacy-encoded run (that run's
            // finding), are no syllables of their own.
            let mut skip = addresses;
            skip.extend(mojibake.iter().map(|m| (m.start, m.end)));
            syllables(s, block.span.start, &skip, &mut layer.notes);
        }
    }
    layer.quotes = pairing.finish(text, &mut layer.marks);
    layer.notes.sort_by_key(|n| (n.span.start, n.span.end));
    layer
}

/// The syllables of `s` worth a note: those whose tone mark may sit on
/// either vowel, and words of Vietnamese letters that are no syllable.
/// Words inside the `skip` ranges (addresses, legacy-encoded runs) and
/// letters glued to digits ("m2", "U23") are passed over; so are plain ASCII
/// words, often foreign, which the grammar cannot tell from unaccented
/// Vietnamese.
fn syllables(s: &str, base: usize, skip: &[(usize, usize)], out: &mut Vec<TextNote>) {
    // The thread's memo is taken once per block, not once per word.
    MEMO.with(|memo| syllables_with(s, base, skip, &mut memo.borrow_mut(), out));
}

fn syllables_with(s: &str, base: usize, skip: &[(usize, usize)], memo: &mut Memo, out: &mut Vec<TextNote>) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        // A word: ASCII letters without decoding, other characters decoded.
        let start = i;
        let mut ascii = true;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            if bytes[i] < 0x80 {
                break;
            }
            let len = letter_len_at(s, i);
            if len == 0 {
                break;
            }
            ascii = false;
            i += len;
        }
        if start == i {
            // A non-letter outside ASCII: a quote, a dash, a no-break space.
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let glued_digit =
            (start > 0 && bytes[start - 1].is_ascii_digit()) || bytes.get(i).is_some_and(u8::is_ascii_digit);
        if ascii || glued_digit || skip.iter().any(|&(a, z)| a <= start && i <= z) {
            continue;
        }
        let word = &s[start..i];
        let span = Span::new(base + start, base + i);
        match memo.verdict(word) {
            Verdict::Placement(placement) => out.push(TextNote { span, kind: TextNoteKind::Placement(placement) }),
            Verdict::Invalid(reason) if looks_vietnamese(word) && !judged_elsewhere(s, start, i) => {
                let suggestion = syllable::suggest(word);
                out.push(TextNote { span, kind: TextNoteKind::InvalidSyllable { reason, suggestion } });
            }
            _ => {}
        }
    }
}

/// The runs of non-space characters that hold a web or e-mail address
/// ("://", "www.", "@"). Found with memchr's searches, so a block without
/// any costs three quick scans.
fn address_ranges(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    // Built once: building a searcher costs more than a short block's scan.
    static FINDERS: std::sync::OnceLock<[memmem::Finder<'static>; 2]> = std::sync::OnceLock::new();
    let [scheme, www] = FINDERS.get_or_init(|| [memmem::Finder::new("://"), memmem::Finder::new("www.")]);
    let mut hits: Vec<usize> = memchr::memchr_iter(b'@', bytes).collect();
    hits.extend(scheme.find_iter(bytes));
    hits.extend(www.find_iter(bytes));
    hits.into_iter()
        .map(|hit| {
            let start = s[..hit].char_indices().rev().find(|&(_, c)| is_space(c)).map_or(0, |(p, c)| p + c.len_utf8());
            let end = s[hit..].find(is_space).map_or(s.len(), |p| hit + p);
            (start, end)
        })
        .collect()
}

/// `text` with every syllable whose tone mark may sit on either vowel of
/// "oa", "oe", "uy" respelt with the mark on the first ("hoà" → "hòa",
/// "thuỷ" → "thủy"): a key under which both placements of D.5 compare
/// equal. The respelling is the syllable grammar's own
/// ([`syllable::with_placement`]).
pub fn placement_key(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // Every new-style syllable has "o", "u", "O" or "U" before a toned
    // vowel (not ASCII): most words are answered by this byte test alone.
    let candidate =
        |i: usize| matches!(bytes[i], b'o' | b'u' | b'O' | b'U') && bytes.get(i + 1).is_some_and(|&b| b >= 0xC3);
    if !(0..bytes.len()).any(candidate) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() && bytes[i] < 0xC0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let len = if bytes[i].is_ascii_alphabetic() {
                1
            } else if bytes[i] >= 0x80 {
                letter_len_at(text, i)
            } else {
                0
            };
            if len == 0 {
                break;
            }
            i += len;
        }
        if start == i {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if (start..i).any(candidate)
            && let Some(old) = syllable::with_placement(&text[start..i], Placement::Old)
            && old != text[start..i]
        {
            out.push_str(&text[copied..start]);
            out.push_str(&old);
            copied = i;
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The byte length of the letter that starts at `i` (not ASCII), or 0.
/// Vietnamese letters are told by their UTF-8 lead bytes without decoding:
/// Latin-1 letters to Latin Extended-B (C3..C6, not "×" or "÷"), combining
/// marks (CC, CD), Latin Extended Additional (E1 B8..BB). Anything else is
/// decoded and asked.
#[inline(always)]
pub(crate) fn letter_len_at(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    match (bytes[i], bytes.get(i + 1)) {
        (0xC3, Some(0x97 | 0xB7)) => 0,
        (0xC3..=0xC6 | 0xCC | 0xCD, _) => 2,
        (0xE1, Some(0xB8..=0xBB)) => 3,
        _ => decoded_letter_len_at(s, i),
    }
}

/// [`letter_len_at`] for the rare characters its lead bytes do not tell:
/// kept out of line so that the common case inlines into every word scan.
#[cold]
#[inline(never)]
fn decoded_letter_len_at(s: &str, i: usize) -> usize {
    s[i..].chars().next().filter(|&c| is_letter(c)).map_or(0, char::len_utf8)
}

/// What the text layer keeps of a syllable's analysis.
#[derive(Debug, Clone, Copy)]
enum Verdict {
    Quiet,
    Placement(Placement),
    Invalid(&'static str),
}

/// The verdicts of recent words, per thread: a few thousand syllables make
/// up most Vietnamese text, so after the first reports nearly every word is
/// answered here instead of by a grammar analysis (ten times dearer). Two
/// direct-mapped caches of 16-byte slots holding the word's bytes and its
/// verdict, with no pointer to follow and nothing allocated: a hot one of
/// 128 KiB that stays in the core's own cache and holds the common words,
/// and behind it one of 1 MiB that holds most words seen; a word found
/// behind is copied in front, and a colliding word replaces the one in its
/// slot. (Measured on the train corpus: a single table of 256 KiB misses
/// more words and a single one of 1 MiB waits on memory at every word.) It
/// only saves time: a word's verdict depends on the word alone.
const HOT_SLOTS: usize = 1 << 13;
const MEMO_SLOTS: usize = 1 << 16;
/// Longer words (rare: a Vietnamese syllable has at most seven letters)
/// are analysed every time.
const MEMO_WORD_BYTES: usize = 14;

#[derive(Clone, Copy)]
struct MemoSlot {
    len: u8,
    word: [u8; MEMO_WORD_BYTES],
    /// [`Verdict::code`].
    verdict: u8,
}

const EMPTY_SLOT: MemoSlot = MemoSlot { len: 0, word: [0; MEMO_WORD_BYTES], verdict: 0 };

struct Memo {
    hot: Box<[MemoSlot]>,
    slots: Box<[MemoSlot]>,
    /// The grammar's reasons seen so far, for the codes of invalid verdicts.
    reasons: Vec<&'static str>,
}

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo {
        hot: vec![EMPTY_SLOT; HOT_SLOTS].into_boxed_slice(),
        slots: vec![EMPTY_SLOT; MEMO_SLOTS].into_boxed_slice(),
        reasons: Vec::new(),
    });
}

impl Verdict {
    /// A byte for the memo: 0 quiet, 1 and 2 the placements, 3 and up an
    /// index into the reasons; `None` when the reasons are full.
    fn code(self, reasons: &mut Vec<&'static str>) -> Option<u8> {
        match self {
            Verdict::Quiet => Some(0),
            Verdict::Placement(Placement::Old) => Some(1),
            Verdict::Placement(Placement::New) => Some(2),
            Verdict::Invalid(reason) => {
                let index = match reasons.iter().position(|&r| r == reason) {
                    Some(index) => index,
                    None => {
                        reasons.push(reason);
                        reasons.len() - 1
                    }
                };
                u8::try_from(index + 3).ok()
            }
        }
    }

    fn from_code(code: u8, reasons: &[&'static str]) -> Verdict {
        match code {
            0 => Verdict::Quiet,
            1 => Verdict::Placement(Placement::Old),
            2 => Verdict::Placement(Placement::New),
            _ => Verdict::Invalid(reasons[usize::from(code - 3)]),
        }
    }
}

impl Memo {
    fn verdict(&mut self, word: &str) -> Verdict {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > MEMO_WORD_BYTES {
            return analyse(word);
        }
        let hash = {
            use std::hash::Hasher;
            let mut hasher = rustc_hash::FxHasher::default();
            hasher.write(bytes);
            (hasher.finish() >> 32) as usize
        };
        // Slots keep the word zero-padded, so a word is compared whole in
        // two loads rather than by a call.
        let mut key = [0; MEMO_WORD_BYTES];
        key[..bytes.len()].copy_from_slice(bytes);
        let holds = |slot: &MemoSlot| usize::from(slot.len) == bytes.len() && slot.word == key;
        let hot = hash % HOT_SLOTS;
        if holds(&self.hot[hot]) {
            return Verdict::from_code(self.hot[hot].verdict, &self.reasons);
        }
        let entry = &mut self.slots[hash % MEMO_SLOTS];
        if holds(entry) {
            self.hot[hot] = *entry;
            return Verdict::from_code(entry.verdict, &self.reasons);
        }
        let found = analyse(word);
        if let Some(code) = found.code(&mut self.reasons) {
            *entry = MemoSlot { len: bytes.len() as u8, word: key, verdict: code };
            self.hot[hot] = *entry;
        }
        found
    }
}

fn analyse(word: &str) -> Verdict {
    match syllable::analyse(word) {
        syllable::Analysis::Valid { placement: Some(placement), .. } => Verdict::Placement(placement),
        syllable::Analysis::Invalid { reason } => Verdict::Invalid(reason),
        _ => Verdict::Quiet,
    }
}

/// A word the syllable grammar cannot judge, whatever its letters: a
/// capitalised word inside a sentence is a name, and ethnic-minority and
/// foreign names keep their own spelling ("Kpă", "Ea Đrơng", "Hồ Đức
/// Phớc"); a piece of a hyphenated transliteration ("Ca-xtơ-rô",
/// "La-vrốp"); a word with a letter drawn out for effect ("đâyyyy").
fn judged_elsewhere(s: &str, start: usize, end: usize) -> bool {
    let bytes = s.as_bytes();
    let word = &s[start..end];
    let hyphenated = (start > 0 && bytes[start - 1] == b'-') || bytes.get(end) == Some(&b'-');
    let drawn_out =
        word.chars().zip(word.chars().skip(1)).zip(word.chars().skip(2)).any(|((a, b), c)| a == b && b == c);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let inside_sentence = s[..start]
        .trim_end_matches(|c: char| c.is_whitespace())
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ')' | '-' | '–'));
    hyphenated || drawn_out || (capitalised && inside_sentence)
}

/// A word that only Vietnamese would write: a letter of the Vietnamese
/// block (U+1EA0..U+1EF9: "ạ", "ả", "ế", "ồ", "ự"...), "ă", "ơ", "ư", "đ",
/// "ĩ", "ũ"; or a lower-case word with a tone mark. A capitalised word with
/// only the accents of Western languages ("André", "Pérez") is taken for a
/// foreign name.
fn looks_vietnamese(word: &str) -> bool {
    let vietnamese_letter = word.chars().any(|c| {
        matches!(c, '\u{1EA0}'..='\u{1EF9}' | 'ă' | 'Ă' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ')
            || matches!(c, '\u{0323}' | '\u{0309}' | '\u{031B}' | '\u{0306}')
    });
    let lower_with_tone = !word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .any(|c| matches!(c, 'à' | 'á' | 'è' | 'é' | 'ì' | 'í' | 'ò' | 'ó' | 'ù' | 'ú' | 'ý' | 'ã' | 'õ'));
    vietnamese_letter || lower_with_tone
}

/// The runs of non-space characters of `s` that are not in NFC.
fn not_nfc(s: &str, base: usize, out: &mut Vec<TextNote>) {
    let mut from = 0;
    for hit in memchr::memchr2_iter(0xCC, 0xCD, s.as_bytes()) {
        if hit < from {
            continue;
        }
        let start = s[..hit].rfind(is_space).map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
        let end = s[hit..].find(is_space).map_or(s.len(), |p| hit + p);
        from = end;
        let chunk = &s[start..end];
        if !is_nfc(chunk) {
            out.push(TextNote {
                span: Span::new(base + start, base + end),
                kind: TextNoteKind::NotNfc { nfc: chunk.nfc().collect() },
            });
        }
    }
}

/// "Ð" and "ð" that begin a word and stand before a vowel: Vietnamese "Đ"
/// always begins a syllable, while the eth of Icelandic names sits inside a
/// word ("Guðrún").
fn latin_eth(s: &str, base: usize, out: &mut Vec<TextNote>) {
    for needle in ["Ð", "ð"] {
        for at in memmem::find_iter(s.as_bytes(), needle.as_bytes()) {
            let word_start = !s[..at].chars().next_back().is_some_and(is_letter);
            let vowel_after = s[at + 2..].chars().next().is_some_and(is_vowel);
            if word_start && vowel_after {
                out.push(TextNote { span: Span::new(base + at, base + at + 2), kind: TextNoteKind::LatinEth });
            }
        }
    }
}

/// A vowel letter with any diacritics: its canonical decomposition starts
/// with a, e, i, o, u or y.
fn is_vowel(c: char) -> bool {
    let mut base = c;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base == c {
            base = d;
        }
    });
    matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(s: &str) -> Vec<(String, TextNoteKind)> {
        let blocks = [Block { kind: BlockKind::Paragraph, span: Span::new(0, s.len()), line: 0 }];
        recognise(s, &blocks).notes.into_iter().map(|n| (s[n.span.range()].to_string(), n.kind)).collect()
    }

    #[test]
    fn decomposed_words() {
        let s = "Đảng bộ tie\u{302}\u{301}p tục";
        assert_eq!(notes(s), vec![("tie\u{302}\u{301}p".to_string(), TextNoteKind::NotNfc { nfc: "tiếp".into() })]);
        assert_eq!(notes("tiếp tục"), vec![]);
    }

    #[test]
    fn syllable_notes() {
        let found = notes("Tỉnh uỷ và Tỉnh ủy, ngưòi dân, khoá XII");
        let kinds: Vec<(&str, &TextNoteKind)> = found.iter().map(|(w, k)| (w.as_str(), k)).collect();
        assert_eq!(kinds.len(), 4, "{kinds:?}");
        assert_eq!(kinds[0], ("uỷ", &TextNoteKind::Placement(Placement::New)));
        assert_eq!(kinds[1], ("ủy", &TextNoteKind::Placement(Placement::Old)));
        assert!(
            matches!(kinds[2], ("ngưòi", TextNoteKind::InvalidSyllable { suggestion: Some(s), .. }) if s == "người")
        );
        assert_eq!(kinds[3], ("khoá", &TextNoteKind::Placement(Placement::New)));
        for clean in ["André Pérez và José đến Hà Nội", "diện tích 1.080m² và 5m2", "xem www.thủđô.vn", "Mazda3 và U23"]
        {
            assert!(notes(clean).iter().all(|(_, k)| !matches!(k, TextNoteKind::InvalidSyllable { .. })), "{clean}");
        }
    }

    #[test]
    fn both_placements_share_a_key() {
        assert_eq!(placement_key("Tỉnh uỷ, hoà bình, HOÀ"), "Tỉnh ủy, hòa bình, HÒA");
        assert_eq!(placement_key("Tỉnh ủy"), "Tỉnh ủy");
        assert_eq!(placement_key("hoàn thành, thuyền"), "hoàn thành, thuyền");
    }

    #[test]
    fn latin_eth() {
        assert_eq!(
            notes("Ðại hội của Ðảng"),
            vec![("Ð".into(), TextNoteKind::LatinEth), ("Ð".into(), TextNoteKind::LatinEth)]
        );
        assert_eq!(notes("ðồng chí"), vec![("ð".into(), TextNoteKind::LatinEth)]);
        assert_eq!(notes("ca sĩ Guðrún và Ðr"), vec![]);
    }
}
