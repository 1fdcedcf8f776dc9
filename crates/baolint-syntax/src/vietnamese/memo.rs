//! The verdicts of recent words, per thread: a few thousand syllables make
//! up most Vietnamese text, so after the first reports nearly every word is
//! answered here instead of by a grammar analysis (ten times dearer).
//!
//! Two direct-mapped caches of 16-byte slots, each slot one `u128` holding
//! the word's bytes, its length and its verdict, with no pointer to follow
//! and nothing allocated: a hot one of 128 KiB that holds the common words,
//! and behind it one of 1 MiB that holds most words seen; a word found
//! behind is copied in front, and a colliding word replaces the one in its
//! slot. (Measured on the train corpus: a single table of 256 KiB misses
//! more words and a single one of 1 MiB waits on memory at every word; a
//! hot table of 32 KiB, the size of a core's first-level cache, sent one
//! word in six behind: at 128 KiB, cachegrind counts 1.2% fewer
//! instructions, 1.6% fewer first-level misses and 1.9% fewer mispredicted
//! branches on real news, and paired runs were 5% faster; 256 KiB gained
//! nothing more.) It only saves time: a word's verdict depends on the word
//! alone.

use super::syllable::{self, Placement};
use super::{abbreviations::starts_with_two_capitals, legacy::foreign_latin1};

const HOT_SLOTS: usize = 1 << 13;
const MEMO_SLOTS: usize = 1 << 16;
/// Longer words (rare: a Vietnamese syllable has at most seven letters)
/// are analysed every time.
const MEMO_WORD_BYTES: usize = 14;
/// The top bit of byte 14 (the length needs four): whether the word may
/// start with two capitals, filed with it for the abbreviation scan
/// ([`super::abbreviations::CapitalPairs`]).
const CAPITALS_BIT: u128 = 1 << 119;
/// The next bit of byte 14: whether the word holds a Latin-1 character
/// Vietnamese never uses (the legacy-encoding test, [`super::legacy`]),
/// filed for the text layer, which asks it of every block.
const FOREIGN_BIT: u128 = 1 << 118;
/// The bits of a slot that name its word: the bytes (zero-padded) and, in
/// byte 14, the length. Byte 15 is the verdict's code.
const KEY_BITS: u128 = ((1 << 120) - 1) & !CAPITALS_BIT & !FOREIGN_BIT;

/// What the text layer keeps of a syllable's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// A syllable that needs no note.
    Quiet,
    Placement(Placement),
    Invalid(&'static str),
    /// No candidate for a syllable (see [`syllable::Analysis::Foreign`]).
    Foreign,
    /// Two words run together where a space was lost, a lower-case letter
    /// followed by a capital ("ôngTrump", "quậnThanh"): the capital at byte
    /// `at`, and whether the part it starts is a syllable too.
    Glued {
        at: u8,
        syllables: bool,
    },
}

/// The first code of [`Verdict::Glued`]: the capital's byte in the low
/// four bits, whether the second part is a syllable in the fifth.
const GLUED_CODES: u8 = 0xE0;

/// For each word length, the mask that keeps the word's bytes of a 16-byte
/// load and the length in byte 14: a table, as 128-bit shifts by a
/// variable amount take several instructions and a branch.
const KEY_PARTS: [(u128, u128); MEMO_WORD_BYTES + 1] = {
    let mut parts = [(0, 0); MEMO_WORD_BYTES + 1];
    let mut len = 0;
    while len <= MEMO_WORD_BYTES {
        parts[len] = ((1u128 << (8 * len)) - 1, (len as u128) << 112);
        len += 1;
    }
    parts
};

/// A word as the memo files it: its bytes zero-padded with its length in
/// byte 14, so a look-up compares one `u128`. Words of UTF-8 text hold no
/// zero byte, and an empty slot (all zero) has length 0, so no word
/// matches an empty slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MemoKey(u128);

impl MemoKey {
    /// The key of `bytes[start..end]`, or `None` for a word too long to
    /// file. The word's bytes are read in one 16-byte load where the text
    /// allows it, rather than copied byte by byte.
    #[inline]
    pub(super) fn of(bytes: &[u8], start: usize, end: usize) -> Option<MemoKey> {
        let len = end - start;
        if len == 0 || len > MEMO_WORD_BYTES {
            return None;
        }
        let raw = match bytes.get(start..start + 16) {
            Some(window) => u128::from_le_bytes(window.try_into().ok()?),
            None => {
                let mut padded = [0; 16];
                padded[..len].copy_from_slice(&bytes[start..end]);
                u128::from_le_bytes(padded)
            }
        };
        let (mask, tag) = KEY_PARTS[len];
        Some(MemoKey(raw & mask | tag))
    }

    /// A multiplicative hash of the key, its high bits.
    #[inline]
    fn hash(self) -> usize {
        let low = self.0 as u64;
        let high = (self.0 >> 64) as u64;
        let mixed = (low ^ high.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 40) as usize
    }
}

pub(super) struct Memo {
    hot: Box<[u128]>,
    slots: Box<[u128]>,
    /// The grammar's reasons seen so far, for the codes of invalid verdicts.
    reasons: Vec<&'static str>,
}

thread_local! {
    pub(super) static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo {
        hot: vec![0; HOT_SLOTS].into_boxed_slice(),
        slots: vec![0; MEMO_SLOTS].into_boxed_slice(),
        reasons: Vec::new(),
    });
}

impl Verdict {
    /// A byte for the memo: 0 quiet, 1 and 2 the placements, 3 foreign, 4
    /// and up an index into the reasons; `None` when the reasons are full.
    fn code(self, reasons: &mut Vec<&'static str>) -> Option<u8> {
        match self {
            Verdict::Quiet => Some(0),
            Verdict::Placement(Placement::Old) => Some(1),
            Verdict::Placement(Placement::New) => Some(2),
            Verdict::Foreign => Some(3),
            Verdict::Invalid(reason) => {
                let index = match reasons.iter().position(|&r| r == reason) {
                    Some(index) => index,
                    None => {
                        reasons.push(reason);
                        reasons.len() - 1
                    }
                };
                u8::try_from(index + 4).ok().filter(|&code| code < GLUED_CODES)
            }
            Verdict::Glued { at, syllables } => Some(GLUED_CODES | u8::from(syllables) << 4 | at),
        }
    }

    fn from_code(code: u8, reasons: &[&'static str]) -> Verdict {
        match code {
            0 => Verdict::Quiet,
            1 => Verdict::Placement(Placement::Old),
            2 => Verdict::Placement(Placement::New),
            3 => Verdict::Foreign,
            GLUED_CODES.. => Verdict::Glued { at: code & 0x0F, syllables: code & 0x10 != 0 },
            _ => Verdict::Invalid(reasons[usize::from(code - 4)]),
        }
    }
}

/// What the memo files of a word, as the slot's last two bytes: the byte
/// of its verdict's code ([`Verdict::code`]), which the word scan tests
/// before decoding it, as nearly every word is quiet; whether the word may
/// start with two capitals; whether it holds a Latin-1 character Vietnamese
/// never uses. Kept as the slot has them, so a hit costs one shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Filed(u16);

impl Filed {
    const CAPITALS: u16 = (CAPITALS_BIT >> 112) as u16;
    const FOREIGN: u16 = (FOREIGN_BIT >> 112) as u16;

    fn new(code: u8, capitals: bool, foreign: bool) -> Filed {
        let capitals = if capitals { Self::CAPITALS } else { 0 };
        let foreign = if foreign { Self::FOREIGN } else { 0 };
        Filed(u16::from(code) << 8 | capitals | foreign)
    }

    #[inline]
    fn of_slot(slot: u128) -> Filed {
        Filed((slot >> 112) as u16 & (0xFF00 | Self::CAPITALS | Self::FOREIGN))
    }

    fn code(self) -> u8 {
        (self.0 >> 8) as u8
    }

    /// A syllable that needs no note, or a word the grammar does not judge.
    #[inline]
    pub(super) fn is_silent(self) -> bool {
        self.code() == 0 || self.code() == 3
    }

    /// A Vietnamese syllable, with or without a note on its tone mark.
    #[inline]
    pub(super) fn is_syllable(self) -> bool {
        self.code() <= 2
    }

    #[inline]
    pub(super) fn capitals(self) -> bool {
        self.0 & Self::CAPITALS != 0
    }

    #[cfg(test)]
    fn foreign(self) -> bool {
        self.0 & Self::FOREIGN != 0
    }

    /// Whether any of `words` is foreign, from their filed bits or-ed
    /// together (`bits`): one or per word.
    #[inline]
    pub(super) fn any_foreign(bits: u16) -> bool {
        bits & Self::FOREIGN != 0
    }

    #[inline]
    pub(super) fn bits(self) -> u16 {
        self.0
    }
}

impl Memo {
    /// What is filed of the word `text[start..end]`. The word is sliced
    /// out of `text` (a test of both ends) only when the grammar has to
    /// read it.
    #[inline]
    pub(super) fn verdict(&mut self, text: &str, start: usize, end: usize) -> Filed {
        let Some(key) = MemoKey::of(text.as_bytes(), start, end) else {
            let word = &text[start..end];
            let code = self.code(analyse(word));
            return Filed::new(code, starts_with_two_capitals(word.as_bytes()), foreign_latin1(word.as_bytes()));
        };
        let hash = key.hash();
        let hot = hash % HOT_SLOTS;
        // Spelt out rather than through `filed`: this is the path of nearly
        // every word, and the `Option` costs stores here.
        let slot = self.hot[hot];
        if slot & KEY_BITS == key.0 {
            return Filed::of_slot(slot);
        }
        self.behind(&text[start..end], key, hash, hot)
    }

    /// What a filed verdict says.
    pub(super) fn decode(&self, filed: Filed) -> Verdict {
        Verdict::from_code(filed.code(), &self.reasons)
    }

    /// The code of `verdict`. The grammar has some twenty reasons, far
    /// fewer than a byte holds; were they ever more, the word would go
    /// unjudged rather than misjudged.
    fn code(&mut self, verdict: Verdict) -> u8 {
        verdict.code(&mut self.reasons).unwrap_or(3)
    }

    /// What `slot` holds when it holds `key`'s word.
    #[inline]
    fn filed(&self, slot: u128, key: MemoKey) -> Option<Filed> {
        (slot & KEY_BITS == key.0).then_some(Filed::of_slot(slot))
    }

    /// The verdict filed under `key`, if any, without filing anything.
    fn peek(&self, key: MemoKey) -> Option<Verdict> {
        let hash = key.hash();
        self.filed(self.hot[hash % HOT_SLOTS], key)
            .or_else(|| self.filed(self.slots[hash % MEMO_SLOTS], key))
            .map(|filed| self.decode(filed))
    }

    /// A miss in the hot cache: the cache behind, else the grammar.
    #[inline(never)]
    fn behind(&mut self, word: &str, key: MemoKey, hash: usize, hot: usize) -> Filed {
        let behind = self.slots[hash % MEMO_SLOTS];
        if let Some(found) = self.filed(behind, key) {
            self.hot[hot] = behind;
            return found;
        }
        let found = analyse(word);
        let capitals = starts_with_two_capitals(word.as_bytes());
        let foreign = foreign_latin1(word.as_bytes());
        let code = found.code(&mut self.reasons);
        if let Some(code) = code {
            let flags = if capitals { CAPITALS_BIT } else { 0 } | if foreign { FOREIGN_BIT } else { 0 };
            let entry = key.0 | flags | (u128::from(code) << 120);
            self.slots[hash % MEMO_SLOTS] = entry;
            self.hot[hot] = entry;
        }
        Filed::new(code.unwrap_or(3), capitals, foreign)
    }
}

fn analyse(word: &str) -> Verdict {
    if let Some(glued) = glued(word) {
        return glued;
    }
    match syllable::analyse(word) {
        syllable::Analysis::Valid { placement: Some(placement), .. } => Verdict::Placement(placement),
        syllable::Analysis::Valid { placement: None, .. } => Verdict::Quiet,
        syllable::Analysis::Invalid { reason } => Verdict::Invalid(reason),
        syllable::Analysis::Foreign => Verdict::Foreign,
    }
}

/// Two words run together: a syllable in lower case (or capitalised), then
/// a capital that starts a word of at least two letters ("ôngTrump",
/// "cụLâm", "phủNGUYỄN"), in a word that holds a letter outside ASCII, so
/// that "iPhone", "WikiLeaks" and "McDonald" are names, not slips. Only
/// one such joint, within the first 16 bytes.
fn glued(word: &str) -> Option<Verdict> {
    if word.is_ascii() {
        return None;
    }
    let mut at = None;
    let mut previous_lower = false;
    for (i, c) in word.char_indices() {
        if previous_lower && c.is_uppercase() {
            if at.is_some() {
                return None;
            }
            at = Some(i);
        }
        previous_lower = c.is_lowercase();
    }
    let at = at?;
    let (head, tail) = word.split_at(at);
    let valid = |part: &str| matches!(syllable::analyse(part), syllable::Analysis::Valid { .. });
    if at >= 16 || tail.chars().nth(1).is_none() || !valid(head) {
        return None;
    }
    Some(Verdict::Glued { at: u8::try_from(at).ok()?, syllables: valid(tail) })
}

/// Whether `word` is a well-formed syllable. The legacy-encoding scan asks
/// this of every Latin-1 word of a block ("và", "có"), which the syllable
/// scan has mostly filed already: the memo answers when it holds the word,
/// and is left as it is otherwise, so that the scan's odd words (decoded
/// guesses, foreign names) do not push the common ones out.
pub(super) fn is_syllable(word: &str) -> bool {
    let filed =
        MemoKey::of(word.as_bytes(), 0, word.len()).and_then(|key| MEMO.with(|memo| memo.try_borrow().ok()?.peek(key)));
    matches!(filed.unwrap_or_else(|| analyse(word)), Verdict::Quiet | Verdict::Placement(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_the_word_whole() {
        let text = "hoà hoàn hoà";
        let bytes = text.as_bytes();
        let first = MemoKey::of(bytes, 0, 4).unwrap();
        assert_eq!(Some(first), MemoKey::of(bytes, 11, 15), "the same word, near the end");
        assert_ne!(Some(first), MemoKey::of(bytes, 5, 11), "a longer word that starts alike");
        assert_ne!(Some(first), MemoKey::of(bytes, 5, 10));
        assert_eq!(MemoKey::of(b"abcdefghijklmnop", 0, 15), None, "too long to file");
    }

    #[test]
    fn the_memo_answers_as_the_grammar_does() {
        let mut memo = Memo { hot: vec![0; HOT_SLOTS].into(), slots: vec![0; MEMO_SLOTS].into(), reasons: Vec::new() };
        for _ in 0..2 {
            for word in [
                "hoà",
                "hòa",
                "ngưòi",
                "người",
                "Tỉnh",
                "uỷ",
                "chuyển",
                "ĐBQH",
                "HĐND",
                "ĐẢNG",
                "ĐẢng",
                "Müller",
                "ViÖt",
                "ôngTrump",
                "quậnThanh",
                "phủNGUYỄN",
                "iPhone",
                "máI",
            ] {
                let expected =
                    (analyse(word), starts_with_two_capitals(word.as_bytes()), foreign_latin1(word.as_bytes()));
                let filed = memo.verdict(word, 0, word.len());
                assert_eq!((memo.decode(filed), filed.capitals(), filed.foreign()), expected, "{word}");
            }
        }
    }

    #[test]
    fn glued_words_are_a_syllable_then_a_capital_word_beyond_ascii() {
        assert_eq!(glued("quậnThanh"), Some(Verdict::Glued { at: 6, syllables: true }));
        assert_eq!(glued("ôngTrump"), Some(Verdict::Glued { at: 4, syllables: false }));
        for word in ["iPhone", "WikiLeaks", "máI", "Hà", "xâúẢnh", "aBcĐe"] {
            assert_eq!(glued(word), None, "{word}");
        }
    }

    #[test]
    fn syllables_by_the_memo_are_the_grammar_s() {
        for _ in 0..2 {
            for word in ["và", "có", "là", "Müller", "søndag", "nh©n", "ngưòi", "hoà", "ViÖt"] {
                let valid = matches!(syllable::analyse(word), syllable::Analysis::Valid { .. });
                assert_eq!(is_syllable(word), valid, "{word}");
            }
        }
    }
}
