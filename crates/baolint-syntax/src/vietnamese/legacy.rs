//! Legacy 8-bit Vietnamese (TCVN3/ABC and VNI-Windows) that was read as
//! Windows-1252 or Latin-1 and reached the report as mojibake: "Uû ban nh©n
//! d©n" (TCVN3) or "Uyû ban nhaân daân" (VNI) for "Uỷ ban nhân dân".
//!
//! # Decision rule
//!
//! The text is cut into words at white space; ASCII punctuation (and the
//! Windows-1252 punctuation of 0x80..=0x9F) is trimmed from both ends of a
//! word. For each encoding separately, a word is
//!
//! - *ASCII*: nothing to decode;
//! - a *break*: some character is neither Latin-1 nor Windows-1252 (real
//!   Unicode Vietnamese such as "Đảng" or "người"), so the word cannot be
//!   mojibake;
//! - *damaged* (evidence): it has a letter, every part of it (parts are cut
//!   at inner punctuation such as "-", "/" or "’") that has a non-ASCII
//!   character decodes to a well-formed Vietnamese syllable (Vietnamese
//!   letters only, at most one tone mark, a known initial, vowel cluster and
//!   final), and at least one such part is *not* a well-formed syllable as
//!   written. The last condition keeps real Vietnamese written with Latin-1
//!   letters ("và", "có", "mét") and foreign words that happen to look
//!   Vietnamese ("São") from ever counting;
//! - *weak*: every non-ASCII part decodes to a well-formed syllable that
//!   differs from what is written, but the word already is one ("sè" for
//!   "số" in TCVN3, "thò" for "thị" in VNI); it may begin or end a run, never
//!   counts as evidence;
//! - *alien*: a part with a letter is a syllable neither as written nor
//!   decoded ("søndag", "Müller");
//! - *neutral*: any other word of Latin-1 characters ("©", "Chính" in VNI).
//!
//! A run is a stretch of damaged words with at most [`MAX_GAP`] other words
//! between consecutive ones and no break word anywhere. It is reported only if
//!
//! - it holds at least [`MIN_DAMAGED`] *distinct* damaged words (ignoring
//!   case, so a repeated unit such as "µm" cannot make a run alone), with at
//!   least [`MIN_EVIDENCE_CHARS`] characters in their non-ASCII parts;
//! - one of them shows a *signature* of the encoding, a trait that European
//!   words lack (TCVN3: a Latin-1 symbol standing for a letter, "nh©n", or a
//!   capital after a small letter, "ChØ"; VNI: a vowel followed by a mark
//!   byte, "cuûa", bar a few French, Dutch and Spanish pairs such as "où");
//!   without one, the run needs [`MIN_DAMAGED_UNSIGNED`] distinct damaged
//!   words and [`MIN_EVIDENCE_CHARS_UNSIGNED`] characters;
//! - it holds fewer alien words than damaged ones (foreign text has many
//!   words that are Vietnamese neither as written nor decoded, such as
//!   "søndag" or "København" around the Norwegian "på" and "å", which look
//!   like TCVN3 "pồ" and "ồ").
//!
//! The reported range goes from the first to the last damaged word, widened
//! over adjacent weak words (within the same gap limit) so that a fix by the
//! decoded text leaves no "sè" behind. Where runs of the two encodings
//! overlap, the one with more damaged words wins.
//!
//! A block without a Latin-1 character that Vietnamese never uses is
//! rejected by one vectorised scan. In other blocks most words of real
//! Vietnamese are breaks, found at their first non-Latin-1 character, and
//! the Latin-1 ones ("và", "có") are syllables as written. No run crosses a
//! break, so the words between two breaks are judged as one stretch, and
//! only a stretch with two words that could be damaged is judged at all;
//! memory goes with the longest stretch, not with the block (a stretch
//! without such a word keeps only its last few words).
//!
//! Decoding goes character -> byte (Latin-1, or Windows-1252 for its 27
//! characters in 0x80..=0x9F) -> legacy table (see `legacy_tables.rs` for the
//! sources), then NFC. TCVN3 here means VN3, the ABC font encoding: the toned
//! capitals that only VN1 has in 0x01..=0x17 and 0x80..=0x9F are not decoded.

use unicode_normalization::UnicodeNormalization;

use super::legacy_tables::{CP1252_80, TCVN3_HIGH, VNI_HIGH};
use crate::skim::Skimmer;

/// A legacy 8-bit Vietnamese encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyEncoding {
    /// TCVN 5712:1993 VN3, the encoding of the ABC fonts (.VnTime).
    Tcvn3,
    /// VNI-Windows (VNI-Times): base letter followed by a mark byte.
    Vni,
}

/// One run of legacy-encoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mojibake {
    /// Byte range in the input text of the run of damaged words (from the first to the last damaged word; ASCII words between them included).
    /// Widened over adjacent weak words (see the module doc); never includes the run's edge punctuation.
    pub start: usize,
    pub end: usize,
    pub encoding: LegacyEncoding,
    /// The run decoded to Unicode (NFC).
    pub decoded: String,
}

/// Most words (of any kind but a break) allowed between two damaged words of
/// one run.
pub const MAX_GAP: usize = 6;

/// Fewest distinct damaged words that make a run.
pub const MIN_DAMAGED: usize = 2;

/// Fewest characters in the non-ASCII parts of the damaged words of a run, so
/// that two tiny words (Norwegian "på ... å") are not enough.
pub const MIN_EVIDENCE_CHARS: usize = 6;

/// Fewest distinct damaged words of a run none of which has the signature
/// of its encoding (see the module doc).
pub const MIN_DAMAGED_UNSIGNED: usize = 4;

/// Fewest characters in the damaged words of a run without a signature.
pub const MIN_EVIDENCE_CHARS_UNSIGNED: usize = 16;

/// Whether `bytes` hold a character of U+00A1..=U+00FF that Vietnamese
/// written in Unicode never uses: a symbol ("§", "¶", "©") or a Latin-1
/// letter outside the Vietnamese alphabet ("Ø", "Þ", "ö", "ñ", "û"). Real
/// Vietnamese uses many Latin-1 letters ("à", "â", "ê", "ô", "ý"), so a
/// Vietnamese block passes this test in one quick scan and is not split
/// into words; legacy text read as Latin-1 fails it at once.
pub(crate) fn foreign_latin1(bytes: &[u8]) -> bool {
    let at = Skimmer::default().next(bytes, 0, |b, n, _| foreign_latin1_at(b, n));
    (at..bytes.len()).any(|i| foreign_latin1_at(bytes[i], bytes.get(i + 1).copied().unwrap_or(0)))
}

/// Whether the character whose UTF-8 starts with `b`, `n` is one of
/// [`foreign_latin1`]'s, in comparisons only, so that a chunk of bytes is
/// tested with vector instructions.
#[inline(always)]
pub(super) fn foreign_latin1_at(b: u8, n: u8) -> bool {
    // U+00A1..=U+00BF; U+00A0 (no-break space) is everywhere in web text.
    let symbol = (b == 0xC2) & (0xA1..=0xBF).contains(&n);
    // U+00C0..=U+00FF: capitals and small letters 0x20 apart share the
    // low five bits. Vietnamese has 00 01 02 03 08 09 0A 0C 0D 12 13 14 15
    // 19 1A 1D (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý); the rest are foreign.
    let x = n & 0x1F;
    let foreign = (x.wrapping_sub(0x04) < 4)
        | (x == 0x0B)
        | (x.wrapping_sub(0x0E) < 4)
        | (x.wrapping_sub(0x16) < 3)
        | (x == 0x1B)
        | (x == 0x1C)
        | (x >= 0x1E);
    symbol | ((b == 0xC3) & (0x80..=0xBF).contains(&n) & foreign)
}

/// Finds runs of legacy-encoded text in `text` (one block of a report; may be long). Returns them in order, non-overlapping.
pub fn find_mojibake(text: &str) -> Vec<Mojibake> {
    // Every damaged word has a character of U+0080..=U+00FF, whose UTF-8 starts with 0xC2 or 0xC3;
    // a run of them has one that Vietnamese in Unicode never uses (see `foreign_latin1`).
    if !foreign_latin1(text.as_bytes()) {
        return Vec::new();
    }
    mojibake_runs(text)
}

/// [`find_mojibake`] for a text known to pass [`foreign_latin1`].
pub(crate) fn mojibake_runs(text: &str) -> Vec<Mojibake> {
    let mut chosen = Vec::new();
    let mut segment = Segment::default();
    let mut buf = String::new();
    for_each_word(text, |word| {
        if word.kind == WordKind::Foreign {
            segment.close(text, &mut buf, &mut chosen);
        } else {
            segment.push(word);
        }
    });
    segment.close(text, &mut buf, &mut chosen);
    chosen
        .into_iter()
        .map(|c| Mojibake {
            start: c.start,
            end: c.end,
            encoding: c.encoding,
            decoded: decode(&text[c.start..c.end], c.encoding),
        })
        .collect()
}

/// The words between two break words (words with a character that no
/// legacy byte gives, such as "ư" or "ạ"). A run, and its widening over
/// weak words, never crosses a break word, so each such stretch is judged
/// on its own, and a block is never held as one list of all its words.
#[derive(Debug, Default)]
struct Segment {
    words: Vec<Word>,
    suspects: usize,
}

impl Segment {
    /// Words kept before the first suspect word of a long stretch without
    /// one: no more can be taken into a run by widening.
    const KEPT_BEFORE_SUSPECT: usize = MAX_GAP;
    /// Length at which a stretch without a suspect word is cut back to the
    /// words it must keep.
    const TRIM_AT: usize = 1024;

    fn push(&mut self, word: Word) {
        if self.suspects == 0 && self.words.len() >= Self::TRIM_AT {
            self.words.drain(..self.words.len() - Self::KEPT_BEFORE_SUSPECT);
        }
        self.suspects += usize::from(word.kind == WordKind::Suspect);
        self.words.push(word);
    }

    /// Judges the stretch and starts a new one. Only suspect words can be
    /// damaged, and a run needs two.
    fn close(&mut self, text: &str, buf: &mut String, chosen: &mut Vec<Candidate>) {
        if self.suspects >= MIN_DAMAGED {
            choose_runs(text, &self.words, buf, chosen);
        }
        self.words.clear();
        self.suspects = 0;
    }
}

/// The runs of both encodings in `words` (no break word among them), added
/// to `chosen`. Runs of one encoding never overlap; where the two
/// encodings' runs do, the one with more damaged words stays (one sweep, so
/// a block with many runs stays linear).
fn choose_runs(text: &str, words: &[Word], buf: &mut String, chosen: &mut Vec<Candidate>) {
    let mut candidates = Vec::new();
    for encoding in [LegacyEncoding::Tcvn3, LegacyEncoding::Vni] {
        let classes: Vec<Class> = words.iter().map(|w| classify(encoding, text, w, buf)).collect();
        runs(text, words, &classes, encoding, buf, &mut candidates);
    }
    candidates.sort_by_key(|c| c.start);
    // Runs of earlier stretches end before this one's words: no overlap.
    let first = chosen.len();
    for c in candidates {
        match chosen[first..].last_mut() {
            Some(last) if c.start < last.end => {
                if c.damaged > last.damaged {
                    *last = c;
                }
            }
            _ => chosen.push(c),
        }
    }
}

/// Decodes `text` as mojibake of `encoding`: each character is taken back to
/// its byte (through Latin-1 or Windows-1252) and that byte decoded by the
/// legacy table; characters that have no byte are kept. The result is NFC.
pub fn decode(text: &str, encoding: LegacyEncoding) -> String {
    let mut raw = String::with_capacity(text.len() + text.len() / 2);
    for c in text.chars() {
        match to_byte(c) {
            Some(b) => push_decoded(encoding, b, &mut raw),
            None => raw.push(c),
        }
    }
    raw.nfc().collect()
}

/// The byte that a character of mojibake stood for: Latin-1 (which also
/// gives the C1 controls of a Latin-1 reading), else Windows-1252.
fn to_byte(c: char) -> Option<u8> {
    match u8::try_from(u32::from(c)) {
        Ok(b) => Some(b),
        // Combining marks and the Vietnamese letters of U+1EA0.. are in this gap of Windows-1252.
        Err(_) if ('\u{300}'..'\u{2013}').contains(&c) => None,
        Err(_) => CP1252_80.iter().position(|&k| k == c).and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

fn push_decoded(encoding: LegacyEncoding, b: u8, out: &mut String) {
    match b {
        0..=0x7F => out.push(char::from(b)),
        // Both fonts keep the Windows punctuation here.
        0x80..=0x9F => out.push(CP1252_80[usize::from(b - 0x80)]),
        _ => match encoding {
            LegacyEncoding::Tcvn3 => out.push(TCVN3_HIGH[usize::from(b - 0xA0)]),
            LegacyEncoding::Vni => match VNI_HIGH.get(usize::from(b).wrapping_sub(0xC0)) {
                Some(s) if !s.is_empty() => out.push_str(s),
                _ => out.push(char::from(b)),
            },
        },
    }
}

/// A word: its span after trimming punctuation, and what it can be.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    kind: WordKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Ascii,
    /// Some character is outside Latin-1 and Windows-1252: cannot be mojibake.
    Foreign,
    /// Every non-ASCII part is a syllable as written (or has no letter): at
    /// most weak, whatever the encoding.
    Plain,
    /// Some non-ASCII part with a letter is not a syllable as written:
    /// damaged or alien, depending on the encoding.
    Suspect,
}

/// Every word of `text` (a run of characters between white space), in
/// order.
fn for_each_word(text: &str, mut each: impl FnMut(Word)) {
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                each(word_at(text, s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        each(word_at(text, s, text.len()));
    }
}

/// Punctuation that cannot be a letter of either encoding.
/// (ASCII punctuation, the C1 controls and the Windows-1252 punctuation of
/// 0x80..=0x9F; never Latin-1 symbols, which are letters in TCVN3.)
fn is_edge_punct(c: char) -> bool {
    // The byte test first: it rules out every Vietnamese letter above U+00FF
    // without the Unicode tables that `is_alphabetic` needs for them.
    c.is_ascii_punctuation()
        || (!c.is_ascii() && !('\u{A0}'..='\u{FF}').contains(&c) && to_byte(c).is_some() && !c.is_alphabetic())
}

/// The parts of a word that decoding can change, cut at inner punctuation
/// ("03-CT/TW", "Don’t", "vàng…hay").
fn non_ascii_parts(core: &str) -> impl Iterator<Item = &str> {
    core.split(|c: char| (c.is_ascii() && !c.is_ascii_alphanumeric()) || is_edge_punct(c)).filter(|p| !p.is_ascii())
}

fn word_at(text: &str, start: usize, end: usize) -> Word {
    let raw = &text[start..end];
    let trimmed_front = raw.trim_start_matches(is_edge_punct);
    let core = trimmed_front.trim_end_matches(is_edge_punct);
    let s = start + (raw.len() - trimmed_front.len());
    // An ASCII word (most words of a block with a foreign character) is
    // told by one vectorised test, before any character is decoded.
    let kind = if raw.is_ascii() {
        WordKind::Ascii
    } else if raw.chars().any(|c| to_byte(c).is_none()) {
        WordKind::Foreign
    } else if core.is_ascii() {
        WordKind::Ascii
    } else if non_ascii_parts(core).any(|p| has_letter(p) && !is_syllable(p)) {
        WordKind::Suspect
    } else {
        WordKind::Plain
    };
    Word { start: s, end: s + core.len(), kind }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Ascii,
    Break,
    /// A plain word; weak or neutral, found out only where it matters.
    Plain,
    Neutral,
    /// Neither Vietnamese as written nor once decoded: a foreign word.
    Alien,
    Damaged,
}

fn classify(encoding: LegacyEncoding, text: &str, word: &Word, buf: &mut String) -> Class {
    match word.kind {
        WordKind::Ascii => return Class::Ascii,
        WordKind::Foreign => return Class::Break,
        WordKind::Plain => return Class::Plain,
        WordKind::Suspect => {}
    }
    let mut invalid_original = false;
    let mut alien = false;
    let mut undecodable = false;
    for part in non_ascii_parts(&text[word.start..word.end]) {
        decode_part(encoding, part, buf);
        let original_ok = !has_letter(part) || is_syllable(part);
        if !is_syllable(buf) {
            undecodable = true;
            alien |= !original_ok;
        } else {
            invalid_original |= !original_ok;
        }
    }
    match (undecodable, alien, invalid_original) {
        (true, true, _) => Class::Alien,
        (true, false, _) => Class::Neutral,
        (false, _, true) => Class::Damaged,
        // A suspect word always has an invalid part; kept total all the same.
        (false, _, false) => Class::Neutral,
    }
}

/// Whether a plain word decodes to syllables that differ from what is written.
fn is_weak(encoding: LegacyEncoding, text: &str, word: &Word, buf: &mut String) -> bool {
    if word.kind != WordKind::Plain {
        return false;
    }
    let mut changed = false;
    for part in non_ascii_parts(&text[word.start..word.end]) {
        decode_part(encoding, part, buf);
        if !is_syllable(buf) {
            return false;
        }
        changed |= buf.as_str() != part;
    }
    changed
}

/// Decodes a part of a word (all its characters have bytes) into `buf`.
fn decode_part(encoding: LegacyEncoding, part: &str, buf: &mut String) {
    buf.clear();
    for b in part.chars().filter_map(to_byte) {
        push_decoded(encoding, b, buf);
    }
}

/// A letter as written (µ ª º alone are not enough: units, ordinals).
fn has_letter(part: &str) -> bool {
    part.chars().any(|c| c.is_ascii_alphabetic() || (('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷'))
}

/// Whether a damaged word shows a trait of its encoding that European words
/// lack. TCVN3: a Latin-1 symbol standing for a letter ("nh©n", "§¶ng"), or a
/// capital after a small letter ("ChØ", "thÞ", "ViÖt"). VNI: a vowel followed
/// by a mark byte ("cuûa", "nhaân", "ngöôøi"), except the French, Dutch and
/// Spanish pairs of "où", "naïf", "héroïne", "Noël", "Israël", "ideeën", "deán".
fn has_signature(encoding: LegacyEncoding, word: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in word.chars() {
        let signed = match encoding {
            LegacyEncoding::Tcvn3 => {
                matches!(c, '\u{A1}'..='\u{BF}' | '×' | '÷')
                    || (('\u{C0}'..='\u{DE}').contains(&c) && c != '×' && prev.is_some_and(char::is_lowercase))
            }
            LegacyEncoding::Vni => prev.is_some_and(|p| {
                let p = p.to_ascii_lowercase();
                let m = c.to_lowercase().next().unwrap_or(c);
                let base = matches!(p, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ô' | 'ö');
                let mark = "øùûõïâáàåãäêéèúüë".contains(m);
                let european = matches!((p, m), ('o', 'ù') | ('a' | 'o', 'ï') | ('a' | 'e' | 'o', 'ë') | ('e', 'á'));
                base && mark && !european
            }),
        };
        if signed {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// A run found for one encoding, before the encodings are merged.
#[derive(Debug)]
struct Candidate {
    start: usize,
    end: usize,
    encoding: LegacyEncoding,
    damaged: usize,
}

fn runs(
    text: &str,
    words: &[Word],
    classes: &[Class],
    encoding: LegacyEncoding,
    buf: &mut String,
    out: &mut Vec<Candidate>,
) {
    // Groups of damaged words: (first index, last index).
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, class) in classes.iter().enumerate() {
        match class {
            Class::Damaged => {
                current = match current {
                    Some((first, last)) if i - last - 1 <= MAX_GAP => Some((first, i)),
                    other => {
                        groups.extend(other);
                        Some((i, i))
                    }
                };
            }
            Class::Break => groups.extend(current.take()),
            _ => {}
        }
    }
    groups.extend(current);
    let mut floor = 0; // first word index the next run may take
    for (g, &(first, last)) in groups.iter().enumerate() {
        let mut distinct: Vec<String> = (first..=last)
            .filter(|&i| classes[i] == Class::Damaged)
            .map(|i| text[words[i].start..words[i].end].to_lowercase())
            .collect();
        let damaged = distinct.len();
        distinct.sort_unstable();
        distinct.dedup();
        let evidence: usize = distinct.iter().flat_map(|w| non_ascii_parts(w)).map(|p| p.chars().count()).sum();
        // Foreign text has many non-ASCII words that decode to nothing Vietnamese; mojibake has few.
        let alien = classes[first..=last].iter().filter(|&&c| c == Class::Alien).count();
        let signed = (first..=last)
            .any(|i| classes[i] == Class::Damaged && has_signature(encoding, &text[words[i].start..words[i].end]));
        let (min_words, min_chars) = if signed {
            (MIN_DAMAGED, MIN_EVIDENCE_CHARS)
        } else {
            (MIN_DAMAGED_UNSIGNED, MIN_EVIDENCE_CHARS_UNSIGNED)
        };
        if distinct.len() < min_words || evidence < min_chars || alien >= damaged {
            continue;
        }
        // Widen over weak words: leftwards down to `floor`, rightwards up to the next group.
        let mut lo = first;
        let mut i = first;
        while i > floor && first - (i - 1) <= MAX_GAP && classes[i - 1] != Class::Break {
            i -= 1;
            if is_weak(encoding, text, &words[i], buf) {
                lo = i;
            }
        }
        let ceiling = groups.get(g + 1).map_or(classes.len(), |&(next, _)| next);
        let mut hi = last;
        let mut j = last + 1;
        while j < ceiling && j - last <= MAX_GAP && classes[j] != Class::Break {
            if is_weak(encoding, text, &words[j], buf) {
                hi = j;
            }
            j += 1;
        }
        floor = hi + 1;
        out.push(Candidate { start: words[lo].start, end: words[hi].end, encoding, damaged });
    }
}

// ---------------------------------------------------------------------------
// Vietnamese syllable shape

fn is_syllable(word: &str) -> bool {
    // The project's syllable grammar, through the memo of its verdicts;
    // lenient with capitalised names, which only makes fewer words of a
    // foreign text look damaged.
    super::memo::is_syllable(word)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;

    /// The text a byte string shows when read as Windows-1252 (`latin1`:
    /// as Latin-1, giving C1 controls in 0x80..=0x9F).
    fn read_as(bytes: &[u8], latin1: bool) -> String {
        bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F if !latin1 => CP1252_80[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect()
    }

    /// Unicode -> legacy bytes, built by inverting the decoder over every
    /// byte and (for VNI) every base letter + mark byte pair.
    fn encoder(encoding: LegacyEncoding) -> HashMap<char, Vec<u8>> {
        let mut map: HashMap<char, Vec<u8>> = HashMap::new();
        let mut add = |seq: Vec<u8>| {
            let d = decode(&read_as(&seq, false), encoding);
            let mut chars = d.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                map.entry(c).or_insert(seq);
            }
        };
        for b in (0x20..=0x7E).chain(0x80..=0x9F) {
            add(vec![b]);
        }
        for b in 0xA1..=0xFF_u8 {
            // VNI bytes left unchanged are not how VNI writes those letters (Ý is "YÙ").
            if encoding == LegacyEncoding::Tcvn3 || !VNI_HIGH[usize::from(b.max(0xC0) - 0xC0)].is_empty() {
                add(vec![b]);
            }
        }
        if encoding == LegacyEncoding::Vni {
            for base in b"aeiouyAEIOUY".iter().copied().chain([0xF4, 0xF6, 0xD4, 0xD6]) {
                // VNI writes the mark in the case of its letter.
                let marks = if base.is_ascii_lowercase() || base >= 0xE0 { 0xE0..=0xFF_u8 } else { 0xC0..=0xDF };
                for mark in marks {
                    add(vec![base, mark]);
                }
            }
        }
        map
    }

    fn encode(text: &str, encoding: LegacyEncoding) -> Option<Vec<u8>> {
        let map = encoder(encoding);
        let mut out = Vec::new();
        for c in text.nfc() {
            out.extend(map.get(&c)?);
        }
        Some(out)
    }

    fn mojibake(text: &str, encoding: LegacyEncoding) -> String {
        read_as(&encode(text, encoding).expect("encodable"), false)
    }

    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    const LOWER: &str = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";

    #[test]
    fn tables_cover_every_vietnamese_letter() {
        let upper: String = LOWER.chars().flat_map(char::to_uppercase).collect();
        for c in LOWER.chars().chain(upper.chars()) {
            let s = c.to_string();
            let vni = encode(&s, LegacyEncoding::Vni).expect("VNI has every letter");
            assert_eq!(decode(&read_as(&vni, false), LegacyEncoding::Vni), s);
            assert!(vni.len() <= 2);
        }
        // VN3 has all the lower case, and only the unaccented capitals.
        for c in LOWER.chars().chain("ĂÂÊÔƠƯĐ".chars()) {
            let b = encode(&c.to_string(), LegacyEncoding::Tcvn3).expect("TCVN3 lower case");
            assert_eq!(b.len(), 1);
        }
        // Spot checks against the published tables.
        assert_eq!(mojibake("ư", LegacyEncoding::Tcvn3).as_bytes(), "\u{AD}".as_bytes());
        assert_eq!(mojibake("ấ", LegacyEncoding::Tcvn3), "Ê");
        assert_eq!(mojibake("ỵ", LegacyEncoding::Tcvn3), "þ");
        assert_eq!(mojibake("Đảng", LegacyEncoding::Vni), "Ñaûng");
        assert_eq!(mojibake("Chỉ thị", LegacyEncoding::Vni), "Chæ thò");
        assert_eq!(mojibake("nhân dân", LegacyEncoding::Vni), "nhaân daân");
        assert_eq!(mojibake("người", LegacyEncoding::Vni), "ngöôøi");
        assert_eq!(mojibake("ặ Ặ ỵ Ỵ", LegacyEncoding::Vni), "aë AË î Î");
    }

    #[test]
    fn tcvn3_examples_decode_exactly() {
        let t = LegacyEncoding::Tcvn3;
        assert_eq!(decode("§¶ng", t), "Đảng");
        assert_eq!(decode("ChØ thÞ sè 03-CT/TW", t), "Chỉ thị số 03-CT/TW");
        assert_eq!(decode("Bé ChÝnh trÞ", t), "Bộ Chính trị");
        assert_eq!(decode("Uû ban nh©n d©n", t), "Uỷ ban nhân dân");
        // The same through a Latin-1 reading: C1 controls stand for the Windows punctuation.
        assert_eq!(decode("\u{93}§¶ng\u{94}", t), "“Đảng”");
    }

    #[test]
    fn tcvn3_runs_are_found() {
        let text = "Thực hiện ChØ thÞ sè 03-CT/TW cña Bé ChÝnh trÞ, Uû ban nh©n d©n tØnh. Đã xong.";
        let found = find_mojibake(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let m = &found[0];
        assert_eq!(m.encoding, LegacyEncoding::Tcvn3);
        assert_eq!(&text[m.start..m.end], "ChØ thÞ sè 03-CT/TW cña Bé ChÝnh trÞ, Uû ban nh©n d©n tØnh");
        assert_eq!(m.decoded, "Chỉ thị số 03-CT/TW của Bộ Chính trị, Uỷ ban nhân dân tỉnh");

        // Short ones too, when they have TCVN3's traits (a capital after a small letter, a symbol).
        let found = find_mojibake("ChØ thÞ sè 03-CT/TW");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].decoded.as_str()), (0, "Chỉ thị số"));
        let found = find_mojibake("Bé ChÝnh trÞ");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].decoded.as_str()), (0, "Bộ Chính trị"));

        let found = find_mojibake("Uû ban nh©n d©n");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].decoded.as_str()), (0, "Uỷ ban nhân dân"));

        let text = "§¶ng bé tØnh L¹ng S¬n";
        let found = find_mojibake(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].decoded, "Đảng bộ tỉnh Lạng Sơn");
        assert_eq!(found[0].end, text.len());
    }

    #[test]
    fn vni_round_trips() {
        for sentence in [
            "Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập",
            "Uỷ ban nhân dân tỉnh Lạng Sơn vừa tổ chức hội nghị tổng kết công tác năm 2017 của tỉnh",
            "Đảng bộ huyện đã lãnh đạo nhân dân vượt qua khó khăn, hoàn thành kế hoạch",
            "NGƯỜI DÂN ĐƯỢC HƯỞNG LỢI TỪ CHƯƠNG TRÌNH NÀY",
        ] {
            for latin1 in [false, true] {
                let text = read_as(&encode(sentence, LegacyEncoding::Vni).expect("encodable"), latin1);
                let found = find_mojibake(&text);
                assert_eq!(found.len(), 1, "{text}: {found:?}");
                assert_eq!(found[0].encoding, LegacyEncoding::Vni);
                assert_eq!((found[0].start, found[0].end), (0, text.len()), "{text}");
                assert_eq!(found[0].decoded, nfc(sentence));
            }
        }
    }

    #[test]
    fn mojibake_inside_clean_text_is_located() {
        let bad = mojibake("Ban chấp hành Đảng bộ tỉnh", LegacyEncoding::Vni);
        // The run starts at the first damaged word, after "Ban".
        let bad = &bad[4..];
        let text = format!("Sáng nay, {bad} họp phiên thứ 5. Ban chấp hành Đảng bộ tỉnh họp.");
        let found = find_mojibake(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        let start = text.find(bad).expect("present");
        assert_eq!((found[0].start, found[0].end), (start, start + bad.len()));
        assert_eq!(found[0].decoded, "chấp hành Đảng bộ tỉnh");
    }

    #[test]
    fn near_misses_are_not_flagged() {
        for text in [
            "Peña Müller café São Paulo Ñuñoa François Ångström",
            "Tiền vệ Peña và hậu vệ Müller ở São Paulo, quán café của François ở Ñuñoa.",
            "Ông Müller nói: « Ça va très bien, merci » và bà Peña đồng ý.",
            "Thủ tướng Chính phủ yêu cầu các bộ, ngành và địa phương khẩn trương hoàn thành \
             việc rà soát, sửa đổi các văn bản quy phạm pháp luật; Uỷ ban nhân dân tỉnh Hoà Bình \
             chỉ đạo Sở Tài chính báo cáo trước ngày 15/3. Bà Nguyễn Thị Thuý cho biết, các xã \
             đã tổ chức hội nghị, có gần 300 người dự.",
            "Thủ tướng Chính phủ yêu cầu các bộ, ngành và địa phương",
            "©2017 Báo Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
            "© 2017 ® Báo Lạng Sơn ™",
            "Theo § 3 Điều 5 của luật, nhiệt độ 25°C ± 2°C, diện tích 3 × 4 m², ½ số vốn, giá € 5.",
            "• Giá: € 5 – 7 “rất rẻ” ‘ok’ — xong … ¿qué? ¡sí! «là» µm µm µm ª º",
            "Bụi mịn PM2,5 µm và PM10 µm, µg/m³ và µm.",
            "và có là các mà vì tôi ông bà cá hè",
            "VÀ CÓ LÀ CÁC MÀ VÌ TÔI ÔNG BÀ CÁ HÈ HOÀ BÌNH",
            "hoà thuý khoẻ oà oá uý Hòa Bình",
            "Thủ tướng Chính phủ yêu cầu các bộ",
            "Sérgio Conceição e João Félix não são irmãos; a mãe de José é médica em São Tomé.",
            "Él está aquí, señor, y más allá el niño y la niña.",
            "Zürich, Köln, Düsseldorf, Göteborg, Malmö, Århus, Tromsø, Reykjavík, Þórshöfn.",
            "Le goût du café, où êtes-vous? À côté de l'hôtel, près du théâtre.",
            "Vi går på kino for å se filmen på søndag, sa Åse.",
            "A mãe disse: Mãe, mãe! Où? où?",
        ] {
            assert_eq!(find_mojibake(text), vec![], "{text}");
            // Decomposed Vietnamese too.
            let nfd: String = text.nfd().collect();
            assert_eq!(find_mojibake(&nfd), vec![], "{nfd}");
        }
    }

    #[test]
    fn utf8_read_as_windows_1252_is_another_story() {
        // "Viá»‡t Nam" is UTF-8 mojibake, not a legacy encoding: no decoding of ours fits it.
        let sentence = "Uỷ ban nhân dân tỉnh Lạng Sơn vừa tổ chức hội nghị tổng kết công tác năm của tỉnh";
        for latin1 in [false, true] {
            let text = read_as(sentence.as_bytes(), latin1);
            assert_eq!(find_mojibake(&text), vec![], "{text}");
        }
    }

    #[test]
    fn short_foreign_words_are_not_enough() {
        // Dictionary words that decode to syllables: few letters and none of the encodings' traits.
        for text in [
            "deán ñu, ña vaca como nora deán",
            "træ GPL Bror lod søm gnid Yves dy Høng",
            "ø'er dø ø'et; gæng lure dug ø'et må",
            "Vi må så på det, sa han; nå går vi.",
            "haï calé pupe hala nana sers hot thaï off bai sure sa duel dôme saï",
        ] {
            assert_eq!(find_mojibake(text), vec![], "{text}");
        }
    }

    #[test]
    fn one_odd_word_is_not_enough() {
        assert_eq!(find_mojibake("Ban Thường vụ §¶ng ủy"), vec![]);
        assert_eq!(find_mojibake("Ban Thường vụ §¶ng ủy và §¶ng bé"), vec![]);
        assert_eq!(find_mojibake("Hội nghị Ñaûng ủy khối"), vec![]);
        // The same word twice is still one word.
        assert_eq!(find_mojibake("§¶ng và §¶ng"), vec![]);
    }

    #[test]
    fn many_runs_stay_linear() {
        let text = "§¶ng nh©n Đảng ".repeat(20_000);
        let t = std::time::Instant::now();
        let found = find_mojibake(&text);
        assert_eq!(found.len(), 20_000);
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(t.elapsed() < std::time::Duration::from_secs(5), "{:?}", t.elapsed());
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in ["", " ", "\u{AD}", "\u{80}\u{9F}", "ë", "a\u{301}\u{301}", "§", "ñ ñ ñ", "\u{FEFF}ë ë"] {
            let _ = find_mojibake(text);
        }
    }

    #[test]
    fn syllable_shapes() {
        for w in ["người", "nghiêng", "gì", "giữa", "quốc", "khuya", "xoong", "Hoà", "hòa", "thuý", "ĐƯỢC", "ý", "kỳ"]
        {
            assert!(is_syllable(w), "{w}");
        }
        for w in ["café", "São", "Müller", "chýnh", "aâ", "ngh", "Peña", "ki", "ca"] {
            assert_eq!(is_syllable(w), matches!(w, "São" | "ki" | "ca"), "{w}");
        }
    }

    /// Words every sentence of the generator starts and ends with: damaged in both encodings.
    const STRONG: &[&str] = &["Đảng", "nhân", "người", "của", "được", "những", "Việt", "trường", "tỉnh", "huyện"];
    const OTHER: &[&str] = &[
        "và",
        "có",
        "số",
        "thị",
        "là",
        "các",
        "ban",
        "trong",
        "cho",
        "Bộ",
        "Chính",
        "dân",
        "hội",
        "năm",
        "2017",
        "03-CT/TW",
        "đồng",
        "chương",
        "trình",
        "xã",
        "học",
        "tập",
        "sản",
        "xuất",
        "kinh",
        "tế",
        "(nông",
        "thôn),",
        "“mới”",
        "10%",
        "–",
    ];

    /// [`foreign_latin1`] as it was first written: every C2 and C3 found
    /// by memchr, its next byte looked up in a bit set of the letters.
    fn foreign_latin1_by_bit_set(bytes: &[u8]) -> bool {
        let vietnamese: Vec<char> = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".chars().collect();
        std::str::from_utf8(bytes).unwrap().chars().any(|c| {
            let code = u32::from(c);
            (0xA1..=0xBF).contains(&code) || ((0xC0..=0xFF).contains(&code) && !vietnamese.contains(&c))
        })
    }

    #[test]
    fn foreign_latin1_is_every_latin1_character_vietnamese_lacks() {
        for code in 0x80..=0x24Fu32 {
            let c = char::from_u32(code).unwrap();
            for s in
                [c.to_string(), format!("{}{c}{}", "a".repeat(20), "b".repeat(30)), format!("{}{c}", "ê".repeat(9))]
            {
                assert_eq!(foreign_latin1(s.as_bytes()), foreign_latin1_by_bit_set(s.as_bytes()), "{c:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn foreign_latin1_answers_as_the_bit_set(s in "([a-z ]|[\u{a0}-\u{ff}]|[ạ-ỹ]){0,60}") {
            prop_assert_eq!(foreign_latin1(s.as_bytes()), foreign_latin1_by_bit_set(s.as_bytes()));
        }
    }

    proptest! {
        #[test]
        fn generated_sentences_round_trip(
            first in 0..STRONG.len(),
            shift in 1..STRONG.len(),
            middle in proptest::collection::vec(0..OTHER.len(), 0..=5),
            vni in any::<bool>(),
            latin1 in any::<bool>(),
        ) {
            let mut words = vec![STRONG[first]];
            words.extend(middle.iter().map(|&i| OTHER[i]));
            words.push(STRONG[(first + shift) % STRONG.len()]);
            let sentence = words.join(" ");
            let encoding = if vni { LegacyEncoding::Vni } else { LegacyEncoding::Tcvn3 };
            let text = read_as(&encode(&sentence, encoding).expect("encodable"), latin1);
            let found = find_mojibake(&text);
            prop_assert_eq!(found.len(), 1, "{} {:?}", text, found);
            prop_assert_eq!(found[0].encoding, encoding);
            prop_assert_eq!((found[0].start, found[0].end), (0, text.len()));
            prop_assert_eq!(&found[0].decoded, &nfc(&sentence));
        }

        /// Stretch by stretch, the runs are those of the whole block judged
        /// at once: mojibake of both encodings among Vietnamese words (the
        /// breaks), plain Latin-1 words, ASCII and foreign words.
        #[test]
        fn stretches_find_what_the_whole_block_finds(
            picks in proptest::collection::vec((0..STRONG.len() + OTHER.len(), 0u8..6), 0..60),
        ) {
            let words: Vec<String> = picks
                .iter()
                .map(|&(i, how)| {
                    let word = STRONG.get(i).or_else(|| OTHER.get(i - STRONG.len())).copied().unwrap_or("và");
                    match how {
                        0 => mojibake(word, LegacyEncoding::Tcvn3),
                        1 => mojibake(word, LegacyEncoding::Vni),
                        2 => "Müller".to_owned(),
                        3 => "CT/TW,".to_owned(),
                        _ => word.to_owned(),
                    }
                })
                .collect();
            let text = words.join(" ");
            let mut all = Vec::new();
            for_each_word(&text, |w| all.push(w));
            let mut whole = Vec::new();
            let suspects = all.iter().filter(|w| w.kind == WordKind::Suspect).count();
            if foreign_latin1(text.as_bytes()) && suspects >= MIN_DAMAGED {
                choose_runs(&text, &all, &mut String::new(), &mut whole);
            }
            let found: Vec<(usize, usize, LegacyEncoding)> =
                find_mojibake(&text).iter().map(|m| (m.start, m.end, m.encoding)).collect();
            let expected: Vec<(usize, usize, LegacyEncoding)> = whole.iter().map(|c| (c.start, c.end, c.encoding)).collect();
            prop_assert_eq!(found, expected, "{}", text);
        }

        #[test]
        fn a_long_stretch_without_suspects_is_trimmed_without_loss(ascii in 1000usize..1100, vni in any::<bool>()) {
            let encoding = if vni { LegacyEncoding::Vni } else { LegacyEncoding::Tcvn3 };
            let bad = mojibake("Ban chấp hành Đảng bộ tỉnh", encoding);
            let text = format!("{} {bad}", "plan ".repeat(ascii));
            let found = find_mojibake(&text);
            prop_assert_eq!(found.len(), 1, "{:?}", found);
            prop_assert_eq!(found[0].end, text.len());
        }

        #[test]
        fn never_panics_and_spans_are_ordered(s in "[a-zA-Z \u{80}-\u{FF}ạđươ€“”]{0,60}") {
            let found = find_mojibake(&s);
            let mut last = 0;
            for m in &found {
                prop_assert!(last <= m.start && m.start < m.end && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                last = m.end;
            }
        }
    }

    /// Measurement only: `BAOLINT_DEV_JSONL=path cargo test -p baolint-syntax -- --ignored dev_set`.
    /// Reads the "text" field of each JSON line with a minimal unescaper.
    #[test]
    #[ignore]
    fn dev_set() {
        let Ok(path) = std::env::var("BAOLINT_DEV_JSONL") else { return };
        let data = std::fs::read_to_string(path).expect("readable");
        let texts: Vec<String> = data.lines().filter_map(json_text_field).collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let mut findings = 0;
        for text in &texts {
            for block in text.split('\n') {
                for m in find_mojibake(block) {
                    findings += 1;
                    println!("{:?}: {:?} -> {:?}", m.encoding, &block[m.start..m.end], m.decoded);
                }
            }
        }
        // Timing: best of five passes (the machine is shared).
        let best = (0..5)
            .map(|_| {
                let t = std::time::Instant::now();
                for text in &texts {
                    for block in text.split('\n') {
                        std::hint::black_box(find_mojibake(block));
                    }
                }
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        println!("{} texts ({bytes} bytes), {findings} findings; find_mojibake over all blocks: {best:?}", texts.len());
    }

    /// Measurement only: every dev-set line of at least eight words, encoded to each legacy
    /// encoding (where it can be), must come back as findings that decode to the line's words.
    /// `BAOLINT_DEV_JSONL=path cargo test -p baolint-syntax -- --ignored dev_set_recall --nocapture`.
    #[test]
    #[ignore]
    fn dev_set_recall() {
        let Ok(path) = std::env::var("BAOLINT_DEV_JSONL") else { return };
        let data = std::fs::read_to_string(path).expect("readable");
        for (encoding, latin1) in [
            (LegacyEncoding::Tcvn3, false),
            (LegacyEncoding::Tcvn3, true),
            (LegacyEncoding::Vni, false),
            (LegacyEncoding::Vni, true),
        ] {
            let (mut lines, mut found_any, mut wrong, mut covered, mut total) = (0, 0, 0, 0, 0);
            for line in data.lines() {
                let Some(text) = json_text_field(line) else { continue };
                for block in text.split('\n').filter(|b| b.split_whitespace().count() >= 8) {
                    let Some(bytes) = encode(block, encoding) else { continue };
                    let bad = read_as(&bytes, latin1);
                    lines += 1;
                    total += bad.len();
                    let found = find_mojibake(&bad);
                    found_any += usize::from(!found.is_empty());
                    for m in &found {
                        covered += m.end - m.start;
                        if !nfc(block).contains(&m.decoded) || m.encoding != encoding {
                            wrong += 1;
                            println!("{encoding:?} wrong: {:?}", m.decoded);
                        }
                    }
                }
            }
            println!(
                "{encoding:?} (read as {}): {lines} lines, {found_any} with a finding, {wrong} wrong decodings, {:.1}% of bytes covered",
                if latin1 { "Latin-1" } else { "Windows-1252" },
                100.0 * covered as f64 / total.max(1) as f64
            );
        }
    }

    /// Measurement only: random blocks of words from foreign word lists (one word a line, such as
    /// Debian's wfrench, wngerman, wspanish, wportuguese, wnorwegian, wdanish, wswedish, witalian),
    /// drawn from the whole list and from its words of at most four letters (the short words are
    /// the hard case). `BAOLINT_WORDLISTS=/usr/share/dict/french:/usr/share/dict/danish cargo test
    /// -p baolint-syntax -- --ignored foreign_word_lists --nocapture`.
    #[test]
    #[ignore]
    fn foreign_word_lists() {
        let Ok(paths) = std::env::var("BAOLINT_WORDLISTS") else { return };
        for path in paths.split(':') {
            let data = String::from_utf8_lossy(&std::fs::read(path).expect("readable")).into_owned();
            let all: Vec<&str> = data.lines().collect();
            let short: Vec<&str> = all.iter().copied().filter(|w| w.chars().count() <= 4).collect();
            let mut seed: u64 = 12345;
            let (mut blocks, mut found) = (0, 0);
            for (words, len) in [(&all, 8), (&all, 40), (&short, 8), (&short, 40)] {
                for _ in 0..20_000 {
                    let mut block = String::new();
                    for _ in 0..len {
                        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                        block.push_str(words[usize::try_from(seed >> 33).unwrap_or(0) % words.len().max(1)]);
                        block.push(' ');
                    }
                    blocks += 1;
                    for m in find_mojibake(&block) {
                        found += 1;
                        println!("{path} {:?}: {:?} -> {:?}", m.encoding, &block[m.start..m.end], m.decoded);
                    }
                }
            }
            println!("{path}: {} words, {blocks} random blocks, {found} findings", all.len());
        }
    }

    fn json_text_field(line: &str) -> Option<String> {
        let rest = &line[line.find("\"text\": \"")? + 9..];
        let mut out = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        let mut code = u32::from_str_radix(&hex, 16).ok()?;
                        if (0xD800..0xDC00).contains(&code) {
                            let low: String = chars.by_ref().skip(2).take(4).collect();
                            code = 0x10000 + ((code - 0xD800) << 10) + (u32::from_str_radix(&low, 16).ok()? - 0xDC00);
                        }
                        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        None
    }
}
