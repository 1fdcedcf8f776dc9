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
mod memo;
mod punctuation;
pub mod syllable;
mod words;

use memchr::memmem;
use unicode_normalization::{UnicodeNormalization, is_nfc};

pub use abbreviations::Abbreviation;
use abbreviations::CapitalPairs;
pub use legacy::LegacyEncoding;
pub use punctuation::{Mark, MarkKind, QuoteKind, QuoteTally, Side};
pub use syllable::Placement;

use memo::{Filed, MEMO, Memo, Verdict};
use words::{LetterRun, LetterRuns};

use crate::{Block, BlockKind, Layers, Span, lines::is_space, numbers::text::is_letter};

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
    /// Two words run together where a space was lost ("ôngTrump"): the
    /// second starts at byte `at` of the text (a capital), and `syllables`
    /// says whether it is a Vietnamese syllable, as the first is.
    Glued { at: usize, syllables: bool },
    /// A passage (one block) where many words are no Vietnamese syllables:
    /// diacritics scrambled, or letters dropped by a font-mapped source ("C
    /// mi đ chm đông, khi tri tr lnh"). It replaces the block's notes of
    /// single invalid syllables; `damaged` of its `words` are no syllables
    /// (invalid ones, and words of two letters or more without a vowel),
    /// `examples` are the first few of them.
    DamagedPassage { damaged: usize, words: usize, examples: Vec<String> },
    /// A number run into the word after it where a space was lost
    /// ("70năm", "2điểm", "1Luật"): the word, a Vietnamese syllable of two
    /// letters or more, starts at byte `at` of the text.
    NumberGlued { at: usize },
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
pub(crate) fn recognise(text: &str, blocks: &[Block], layers: Layers) -> TextLayer {
    let mut layer = TextLayer::default();
    // Decomposed letters carry combining marks U+0300..U+036F, whose UTF-8
    // lead bytes are CC and CD: a report without them is skipped in one scan.
    let decomposed = memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_some();
    let mut pairing = punctuation::Pairing::default();
    let mut capital_pairs = CapitalPairs::default();
    for (index, block) in blocks.iter().enumerate() {
        if matches!(block.kind, BlockKind::Junk { .. }) {
            continue;
        }
        let Some(s) = text.get(block.span.range()) else { continue };
        if decomposed {
            not_nfc(s, block.span.start, &mut layer.notes);
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
            capital_pairs.clear();
            let first = layer.notes.len();
            // Words of an address are no syllables of their own; the scan
            // of the words also tells whether the block may hold a legacy
            // run, whose words are that run's finding, not syllables.
            let foreign = syllables(s, block.span.start, &addresses, &mut capital_pairs, &mut layer.notes);
            if foreign {
                let words = layer.notes.split_off(first);
                let mojibake = legacy_notes(s, block.span.start, &mut layer.notes);
                let inside = |n: &TextNote| {
                    let (start, end) = (n.span.start - block.span.start, n.span.end - block.span.start);
                    mojibake.iter().any(|m| m.start <= start && end <= m.end)
                };
                layer.notes.extend(words.into_iter().filter(|n| !inside(n)));
            }
            // Many words of one block that are no syllables are one damaged
            // passage, not as many typos: read again only when the scan
            // found one.
            if layer.notes[first..].iter().any(|n| matches!(n.kind, TextNoteKind::InvalidSyllable { .. })) {
                damaged_passage(s, block.span.start, first, &mut layer.notes);
            }
            if layers.abbreviations {
                let shift = span.start - block.span.start;
                abbreviations::recognise_abbreviations(
                    text,
                    span,
                    index,
                    &capital_pairs,
                    shift,
                    &mut layer.abbreviations,
                );
            }
        } else if legacy::foreign_latin1(s.as_bytes()) {
            legacy_notes(s, block.span.start, &mut layer.notes);
        }
    }
    layer.quotes = pairing.finish(text, &mut layer.marks);
    layer.notes.sort_by_key(|n| (n.span.start, n.span.end));
    layer
}

/// The notes of the legacy-encoded runs of `s` (a block starting at `base`
/// that holds a foreign Latin-1 character), and of the Latin eth, one of
/// those characters; the runs, whose words are no syllables.
fn legacy_notes(s: &str, base: usize, notes: &mut Vec<TextNote>) -> Vec<legacy::Mojibake> {
    let mojibake = legacy::mojibake_runs(s);
    for run in &mojibake {
        notes.push(TextNote {
            span: Span::new(base + run.start, base + run.end),
            kind: TextNoteKind::Legacy { encoding: run.encoding, decoded: run.decoded.clone() },
        });
    }
    latin_eth(s, base, notes);
    mojibake
}

/// The syllables of `s` worth a note: those whose tone mark may sit on
/// either vowel, and words of Vietnamese letters that are no syllable.
/// Words inside the `skip` ranges (addresses, legacy-encoded runs) and
/// letters glued to digits ("m2", "U23") are passed over; so are plain ASCII
/// words, often foreign, which the grammar cannot tell from unaccented
/// Vietnamese. The same pass over the words notes where abbreviations in
/// capitals may start, and tells whether `s` holds a Latin-1 character
/// Vietnamese never uses ([`legacy::foreign_latin1`]).
fn syllables(s: &str, base: usize, skip: &[(usize, usize)], pairs: &mut CapitalPairs, out: &mut Vec<TextNote>) -> bool {
    // The thread's memo is taken once per block, not once per word.
    MEMO.with(|memo| syllables_with(s, base, skip, &mut memo.borrow_mut(), pairs, out))
}

fn syllables_with(
    s: &str,
    base: usize,
    skip: &[(usize, usize)],
    memo: &mut Memo,
    pairs: &mut CapitalPairs,
    out: &mut Vec<TextNote>,
) -> bool {
    let bytes = s.as_bytes();
    let mut runs = LetterRuns::new(s);
    // What the memo filed of the words, or-ed: whether one holds a Latin-1
    // character Vietnamese never uses. The characters between words are the
    // scan's to tell.
    let mut filed_bits = 0;
    for LetterRun { start, end, ascii, doubtful } in runs.by_ref() {
        // Half the words are plain ASCII: passed over before any other test.
        if ascii {
            pairs.note_ascii_run(bytes, start);
            continue;
        }
        let filed = memo.verdict(s, start, end);
        filed_bits |= filed.bits();
        if doubtful {
            pairs.note_run(bytes, start, end, doubtful);
        } else {
            // The memo files with each word whether it may start with two
            // capitals: most words need no test of their own.
            pairs.note(start, filed.capitals());
        }
        // A number run into the word ("70năm"): one byte test per word. A
        // word between digits is a notation ("19giờ00"), not a lost space.
        if start > 0
            && bytes[start - 1].is_ascii_digit()
            && filed.is_syllable()
            && s[start..end].chars().nth(1).is_some()
            && !bytes.get(end).is_some_and(u8::is_ascii_digit)
            && let Some(number) = glued_number_start(bytes, start)
        {
            out.push(TextNote {
                span: Span::new(base + number, base + end),
                kind: TextNoteKind::NumberGlued { at: base + start },
            });
        }
        if filed.is_silent() {
            continue;
        }
        // Asked only of the rare words worth a note.
        let glued_digit =
            (start > 0 && bytes[start - 1].is_ascii_digit()) || bytes.get(end).is_some_and(u8::is_ascii_digit);
        if glued_digit || skip.iter().any(|&(a, z)| a <= start && end <= z) {
            continue;
        }
        let word = &s[start..end];
        match memo.decode(filed) {
            Verdict::Quiet | Verdict::Foreign => {}
            Verdict::Glued { at, syllables } => out.push(TextNote {
                span: Span::new(base + start, base + end),
                kind: TextNoteKind::Glued { at: base + start + usize::from(at), syllables },
            }),
            Verdict::Placement(placement) => out
                .push(TextNote { span: Span::new(base + start, base + end), kind: TextNoteKind::Placement(placement) }),
            Verdict::Invalid(reason) => {
                if looks_vietnamese(word) && !judged_elsewhere(s, start, end) {
                    let suggestion = syllable::suggest(word);
                    let kind = TextNoteKind::InvalidSyllable { reason, suggestion };
                    out.push(TextNote { span: Span::new(base + start, base + end), kind });
                }
            }
        }
    }
    Filed::any_foreign(filed_bits) || runs.saw_foreign()
}

/// Where the number that ends at `word` starts (its digits, with "." or
/// "," between them), when it stands on its own: not after a letter
/// ("H5N1", "U23"), nor in a web address's code ("%3b", "id=5").
fn glued_number_start(bytes: &[u8], word: usize) -> Option<usize> {
    let mut start = word;
    while start > 0 {
        let b = bytes[start - 1];
        let inner_mark = matches!(b, b'.' | b',') && start > 1 && bytes[start - 2].is_ascii_digit() && start < word;
        if b.is_ascii_digit() || inner_mark {
            start -= 1;
        } else {
            break;
        }
    }
    let before = start.checked_sub(1).map(|i| bytes[i]);
    let standalone = before.is_none_or(|b| {
        !(b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b'%' | b'_' | b'#' | b'@' | b'&' | b'=' | b'.' | b','))
    });
    standalone.then_some(start)
}

/// Damaged words a block needs to be a damaged passage, at least...
const MIN_DAMAGED_WORDS: usize = 5;
/// ... and the share of its words they must make, in percent.
const MIN_DAMAGED_PERCENT: usize = 10;
/// Units and abbreviations written in lower case without a vowel.
const VOWELLESS_WORDS: &[&str] = &[
    "km", "kg", "cm", "mm", "ml", "mg", "gr", "tr", "st", "kw", "kwh", "mw", "gb", "mb", "kb", "px", "hz", "ms", "nm",
    "đc", "đt", "sđt", "tp", "hcm", "ckh", "th", "vv", "pp",
];

/// Replaces the invalid-syllable notes of the block `s` (from `first` in
/// `notes`) by one damaged-passage note when its damaged words are many:
/// the invalid syllables and the lower-case words without a vowel
/// ("chm", "lnh"), which no Vietnamese or English word is.
fn damaged_passage(s: &str, base: usize, first: usize, notes: &mut Vec<TextNote>) {
    let invalid: Vec<usize> =
        (first..notes.len()).filter(|&i| matches!(notes[i].kind, TextNoteKind::InvalidSyllable { .. })).collect();
    let mut words = 0;
    let mut examples: Vec<String> =
        invalid.iter().take(3).map(|&i| s[notes[i].span.start - base..notes[i].span.end - base].to_owned()).collect();
    let mut vowelless = 0;
    for word in s.split_whitespace() {
        words += 1;
        let word = word.trim_matches(|c: char| c.is_ascii_punctuation());
        // Every letter of Vietnamese beyond ASCII is a vowel but "đ": a
        // word without a vowel is made of ASCII consonants and "đ".
        let consonants = word.len() >= 2
            && word.chars().all(|c| matches!(c, 'b'..='z' | 'đ') && !matches!(c, 'e' | 'i' | 'o' | 'u' | 'y'))
            && word.chars().nth(1).is_some();
        if consonants && !VOWELLESS_WORDS.contains(&word) {
            vowelless += 1;
            if examples.len() < 3 {
                examples.push(word.to_owned());
            }
        }
    }
    let damaged = invalid.len() + vowelless;
    if damaged < MIN_DAMAGED_WORDS || damaged * 100 < words * MIN_DAMAGED_PERCENT {
        return;
    }
    let mut index = 0;
    notes.retain(|n| {
        let keep = index < first || !matches!(n.kind, TextNoteKind::InvalidSyllable { .. });
        index += 1;
        keep
    });
    notes.push(TextNote {
        span: Span::new(base, base + s.len()),
        kind: TextNoteKind::DamagedPassage { damaged, words, examples },
    });
}

/// The runs of non-space characters that hold a web or e-mail address
/// ("://", "www.", "@"). One memchr pass finds every "@", ":" and "w" (a
/// letter Vietnamese does not have), and each is asked whether it starts
/// one of the three, so a block without any costs one quick scan.
fn address_ranges(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    memchr::memchr3_iter(b'@', b':', b'w', bytes)
        .filter(|&hit| match bytes[hit] {
            b'@' => true,
            b':' => bytes[hit..].starts_with(b"://"),
            _ => bytes[hit..].starts_with(b"www."),
        })
        .map(|hit| {
            let start = s[..hit].char_indices().rev().find(|&(_, c)| is_space(c)).map_or(0, |(p, c)| p + c.len_utf8());
            let end = s[hit..].find(is_space).map_or(s.len(), |p| hit + p);
            (start, end)
        })
        .collect()
}

/// `text` in lower case, as `str::to_lowercase` writes it, borrowed when
/// it is already so: most words a relation compares are, and a report asks
/// this of every counted noun.
pub fn lower_case(text: &str) -> std::borrow::Cow<'_, str> {
    let ascii_lower = text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
    if ascii_lower { std::borrow::Cow::Borrowed(text) } else { in_case(text, char::to_lowercase, str::to_lowercase) }
}

/// `text` in capitals, as `str::to_uppercase` writes it, borrowed when it
/// is already so ("CT", "NĐ"): the keys of a reference-dense report are
/// built without an allocation each.
pub(crate) fn upper_case(text: &str) -> std::borrow::Cow<'_, str> {
    in_case(text, char::to_uppercase, str::to_uppercase)
}

/// `text` borrowed when `map` leaves each of its characters as it is, else
/// mapped whole by `whole`.
fn in_case<I: Iterator<Item = char>>(
    text: &str,
    map: impl Fn(char) -> I,
    whole: fn(&str) -> String,
) -> std::borrow::Cow<'_, str> {
    let unchanged = |c: char| {
        let mut mapped = map(c);
        mapped.next() == Some(c) && mapped.next().is_none()
    };
    if text.chars().all(unchanged) { std::borrow::Cow::Borrowed(text) } else { std::borrow::Cow::Owned(whole(text)) }
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
        recognise(s, &blocks, Layers::ALL).notes.into_iter().map(|n| (s[n.span.range()].to_string(), n.kind)).collect()
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

    proptest::proptest! {
        /// The addresses are those around every "@", "://" and "www." the
        /// text holds.
        #[test]
        fn addresses_are_found_at_every_marker(s in "([aw@:/. x]|đ|\u{a0}){0,40}") {
            let mut expected: Vec<(usize, usize)> = ["@", "://", "www."]
                .iter()
                .flat_map(|marker| s.match_indices(marker).map(|(hit, _)| hit).collect::<Vec<_>>())
                .map(|hit| {
                    let start = s[..hit].rfind(is_space).map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
                    (start, s[hit..].find(is_space).map_or(s.len(), |p| hit + p))
                })
                .collect();
            let mut found = address_ranges(&s);
            expected.sort_unstable();
            expected.dedup();
            found.sort_unstable();
            found.dedup();
            proptest::prop_assert_eq!(found, expected);
        }
    }

    proptest::proptest! {
        /// The abbreviations the text layer finds, led by the capital pairs
        /// of its word scan and memo, are those of the scan stopping at
        /// every byte.
        #[test]
        fn the_word_scan_leads_to_every_abbreviation(
            s in "([aAbBĐđƯưạẠÂâỞở2 &/()\u{a0}“”ª×ℓℕⒶⅫ.,-]|\u{301}|UBND|HĐND|ĐBQH|TƯ|Tỉnh|ĐẢNG){0,40}",
        ) {
            let blocks = [Block { kind: BlockKind::Paragraph, span: Span::new(0, s.len()), line: 0 }];
            let found = recognise(&s, &blocks, Layers::ALL).abbreviations;
            let mut expected = Vec::new();
            let every = abbreviations::CapitalPairs::every_position(s.len());
            abbreviations::recognise_abbreviations(&s, Span::new(0, s.len()), 0, &every, 0, &mut expected);
            proptest::prop_assert_eq!(found, expected);
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
        // The eth is looked for only where the legacy test found a foreign
        // Latin-1 letter: it must be one.
        assert!(legacy::foreign_latin1("Ð".as_bytes()) && legacy::foreign_latin1("ð".as_bytes()));
    }
}
