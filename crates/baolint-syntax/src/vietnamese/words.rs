//! Words as the syllable grammar reads them: maximal runs of letters,
//! ASCII or not, found in one pass over a block's bytes.
//!
//! This scan runs over every byte of the prose, so it reads 64 bytes at a
//! time as masks ([`crate::byte_masks`]): where bytes may belong to a word
//! (ASCII letters, every byte outside ASCII), which are outside ASCII, and
//! which start a character whose lead byte does not tell whether it is a
//! letter. A run of the first kind without the third is a word as it is;
//! one with a doubtful character (a quotation mark, a dash, a no-break
//! space glued to a word) is read again a character at a time.

use super::{legacy::foreign_latin1_at, letter_len_at};
use wide::u8x16;

use crate::byte_masks::{Lanes, WIDTH, masks_at};

/// How the character-at-a-time reading treats a byte where a character
/// starts.
const OTHER: u8 = 0;
const ASCII_LETTER: u8 = 1;
/// Lead bytes C4, C5, C6, CC, CD: a two-byte letter (Latin Extended-A and
/// B, combining marks), whatever follows.
const TWO_BYTE_LETTER: u8 = 2;
/// Other bytes outside ASCII: [`letter_len_at`] decides.
const ASK: u8 = 3;

const CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b.is_ascii_alphabetic() {
            ASCII_LETTER
        } else if matches!(b, 0xC4 | 0xC5 | 0xC6 | 0xCC | 0xCD) {
            TWO_BYTE_LETTER
        } else if b >= 0x80 {
            ASK
        } else {
            OTHER
        };
        i += 1;
    }
    table
};

/// The masks of the 64 bytes from `at` of `bytes`: bytes that may be in a
/// word (ASCII letters, every byte outside ASCII), bytes outside ASCII, and
/// lead bytes that do not tell whether they start a letter.
#[inline(always)]
fn word_masks(bytes: &[u8], at: usize) -> [u64; 3] {
    masks_at(bytes, at, |b, n, _| {
        let ascii_letter = Lanes::within(b | u8x16::splat(0x20), b'a', b'z');
        let high = Lanes::ge(b, 0x80);
        // The lead bytes that [`letter_len_at`] answers "a letter" for
        // without decoding: C3 but "×" and "÷", C4 to C6, CC, CD, and E1
        // B8..BB.
        let letter_lead = Lanes::within(b, 0xC4, 0xC6)
            | Lanes::within(b, 0xCC, 0xCD)
            | Lanes::and_not(Lanes::eq(b, 0xC3), Lanes::eq(n, 0x97) | Lanes::eq(n, 0xB7))
            | (Lanes::eq(b, 0xE1) & Lanes::within(n, 0xB8, 0xBB));
        let doubtful = Lanes::and_not(Lanes::ge(b, 0xC0), letter_lead);
        [ascii_letter | high, high, doubtful]
    })
}

/// One run of letters: `text[start..end]`, whether every letter of it is
/// ASCII, and whether it was read a character at a time (it holds or
/// touches a character whose lead byte does not tell whether it is a
/// letter: "ª", "ℓ", a quotation mark glued to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LetterRun {
    pub start: usize,
    pub end: usize,
    pub ascii: bool,
    pub doubtful: bool,
}

/// The runs of letters of a text, in order.
pub(crate) struct LetterRuns<'a> {
    text: &'a str,
    /// The start of the 64 bytes whose masks are loaded.
    chunk: usize,
    /// The word bytes of the chunk not yet passed.
    ahead: u64,
    wordish: u64,
    high: u64,
    doubtful: u64,
    /// A stretch of word bytes with a doubtful character, being read a
    /// character at a time: from `by_characters.0` to `by_characters.1`.
    by_characters: (usize, usize),
    /// Whether a character passed over between runs so far is a Latin-1
    /// one Vietnamese never uses.
    foreign: bool,
}

impl<'a> LetterRuns<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut runs = LetterRuns {
            text,
            chunk: 0,
            ahead: 0,
            wordish: 0,
            high: 0,
            doubtful: 0,
            by_characters: (0, 0),
            foreign: false,
        };
        runs.load(0);
        runs
    }

    /// Loads the masks of the 64 bytes from `chunk`. Out of line: the
    /// flags' stack frame is only worth setting up once per chunk.
    #[inline(never)]
    fn load(&mut self, chunk: usize) {
        let [wordish, high, doubtful] = word_masks(self.text.as_bytes(), chunk);
        self.chunk = chunk;
        self.wordish = wordish;
        self.ahead = wordish;
        self.high = high;
        self.doubtful = doubtful;
    }

    /// Whether a character between the runs read so far is a Latin-1 one
    /// Vietnamese never uses ([`super::legacy::foreign_latin1`]): a symbol
    /// ("²", "§") or "×". Such characters outside ASCII that are no letters
    /// stand in stretches read a character at a time, where each is asked;
    /// the letters among them are in runs, which the caller asks about.
    pub(crate) fn saw_foreign(&self) -> bool {
        self.foreign
    }

    /// The end of a stretch of word bytes that runs to the end of the
    /// loaded chunk and maybe beyond, with whether it holds bytes outside
    /// ASCII and doubtful ones; leaves the chunk of its end loaded.
    #[inline(never)]
    fn stretch_across_chunks(&mut self, from_bit: usize) -> (usize, bool, bool) {
        let len = self.text.len();
        let mut within = u64::MAX << from_bit;
        let (mut high, mut doubtful) = (false, false);
        loop {
            high |= self.high & within != 0;
            doubtful |= self.doubtful & within != 0;
            let next = self.chunk + WIDTH;
            if next >= len {
                self.ahead = 0;
                return (len, high, doubtful);
            }
            self.load(next);
            let gaps = !self.wordish;
            if gaps != 0 {
                let stop = gaps.trailing_zeros();
                within = !(u64::MAX << stop);
                high |= self.high & within != 0;
                doubtful |= self.doubtful & within != 0;
                self.ahead = self.wordish & !within;
                return (self.chunk + stop as usize, high, doubtful);
            }
            within = u64::MAX;
        }
    }

    /// The next run within a stretch of word bytes that holds a doubtful
    /// character, read as the grammar reads letters: a character at a time.
    fn by_characters(&mut self) -> Option<LetterRun> {
        let bytes = self.text.as_bytes();
        let (mut i, until) = self.by_characters;
        while i < until {
            if CLASS[usize::from(bytes[i])] == OTHER {
                i += 1;
                continue;
            }
            let start = i;
            let mut ascii = true;
            while i < until {
                match CLASS[usize::from(bytes[i])] {
                    ASCII_LETTER => i += 1,
                    TWO_BYTE_LETTER => {
                        ascii = false;
                        i += 2;
                    }
                    ASK => {
                        let len = letter_len_at(self.text, i);
                        if len == 0 {
                            break;
                        }
                        ascii = false;
                        i += len;
                    }
                    _ => break,
                }
            }
            if i == start {
                // A character outside ASCII that is no letter: a quote, a
                // dash, a no-break space.
                self.foreign |= foreign_latin1_at(bytes[i], bytes.get(i + 1).copied().unwrap_or(0));
                i += self.text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            self.by_characters.0 = i;
            return Some(LetterRun { start, end: i, ascii, doubtful: true });
        }
        self.by_characters.0 = until;
        None
    }
}

impl Iterator for LetterRuns<'_> {
    type Item = LetterRun;

    #[inline]
    fn next(&mut self) -> Option<LetterRun> {
        loop {
            if self.by_characters.0 < self.by_characters.1 {
                if let Some(run) = self.by_characters() {
                    return Some(run);
                }
                continue;
            }
            while self.ahead == 0 {
                let next = self.chunk + WIDTH;
                if next >= self.text.len() {
                    return None;
                }
                self.load(next);
            }
            let bit = self.ahead.trailing_zeros();
            let start = self.chunk + bit as usize;
            // The stretch of word bytes from `start`; bytes past the end of
            // the text are no word bytes, so it ends by the text's end.
            let gaps = !self.wordish & (u64::MAX << bit);
            let (end, high, doubtful) = if gaps != 0 {
                let stop = gaps.trailing_zeros();
                let within = (u64::MAX << bit) & !(u64::MAX << stop);
                self.ahead &= u64::MAX << stop;
                (self.chunk + stop as usize, self.high & within != 0, self.doubtful & within != 0)
            } else {
                self.stretch_across_chunks(bit as usize)
            };
            if doubtful {
                self.by_characters = (start, end);
                continue;
            }
            return Some(LetterRun { start, end, ascii: !high, doubtful: false });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The scan as it was written before the table: a character at a time,
    /// every letter asked of [`letter_len_at`] or `is_ascii_alphabetic`.
    fn runs_by_characters(s: &str) -> Vec<(usize, usize, bool)> {
        let bytes = s.as_bytes();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] < 0x80 && !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            let mut ascii = true;
            while i < bytes.len() {
                if bytes[i].is_ascii_alphabetic() {
                    i += 1;
                } else if bytes[i] < 0x80 {
                    break;
                } else {
                    let len = letter_len_at(s, i);
                    if len == 0 {
                        break;
                    }
                    ascii = false;
                    i += len;
                }
            }
            if start == i {
                i += s[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            runs.push((start, i, ascii));
        }
        runs
    }

    fn runs(s: &str) -> Vec<(usize, usize, bool)> {
        LetterRuns::new(s).map(|r| (r.start, r.end, r.ascii)).collect()
    }

    #[test]
    fn runs_of_letters() {
        let s = "Tỉnh uỷ, 5m2 “Đảng” Ca-xtơ-rô×2 α";
        let words: Vec<(&str, bool)> = LetterRuns::new(s).map(|r| (&s[r.start..r.end], r.ascii)).collect();
        assert_eq!(
            words,
            vec![
                ("Tỉnh", false),
                ("uỷ", false),
                ("m", true),
                ("Đảng", false),
                ("Ca", true),
                ("xtơ", false),
                ("rô", false),
                ("α", false)
            ]
        );
    }

    #[test]
    fn runs_across_chunks() {
        for pad in 0..70 {
            let s = format!("{} {} x “{}” {}", "a".repeat(pad), "ế".repeat(50), "Đảng".repeat(20), "b".repeat(130));
            assert_eq!(runs(&s), runs_by_characters(&s), "{pad}");
        }
    }

    proptest! {
        /// Once every run is read, the characters passed over and the runs
        /// read tell together what the legacy test says of the whole text.
        #[test]
        fn the_scan_tells_foreign_latin1(s in "([a-z ,2]|[\u{a0}-\u{ff}]|[ạ-ỹ]|ế|“){0,150}") {
            let foreign = super::super::legacy::foreign_latin1;
            let mut scan = LetterRuns::new(&s);
            let in_runs = scan.by_ref().any(|run| foreign(&s.as_bytes()[run.start..run.end]));
            scan.by_ref().for_each(drop);
            prop_assert_eq!(scan.saw_foreign() || in_runs, foreign(s.as_bytes()));
        }

        #[test]
        fn the_masks_find_the_runs_the_characters_do(
            s in "([a-zA-Z0-9 ,.\\-\u{a0}“”–×÷²°ªαЖ中😀]|[À-ɏ]|[\u{300}-\u{36f}]|[\u{1e00}-\u{1eff}]){0,160}"
        ) {
            prop_assert_eq!(runs(&s), runs_by_characters(&s));
        }
    }
}
