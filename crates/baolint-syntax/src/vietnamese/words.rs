//! Words as the syllable grammar reads them: maximal runs of letters,
//! ASCII or not, found in one pass over a block's bytes.
//!
//! This scan runs over every byte of the prose, so a byte is classed by
//! one table load, and only characters whose lead byte does not tell
//! whether they are letters go through [`letter_len_at`].

use super::letter_len_at;

/// How the scan treats a byte where a character starts.
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

/// One run of letters: `text[start..end]`, and whether every letter of it
/// is ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LetterRun {
    pub start: usize,
    pub end: usize,
    pub ascii: bool,
}

/// The runs of letters of a text, in order.
pub(crate) struct LetterRuns<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> LetterRuns<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LetterRuns { text, at: 0 }
    }
}

impl Iterator for LetterRuns<'_> {
    type Item = LetterRun;

    #[inline]
    fn next(&mut self) -> Option<LetterRun> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        loop {
            while i < bytes.len() && CLASS[usize::from(bytes[i])] == OTHER {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            let start = i;
            let mut ascii = true;
            while i < bytes.len() {
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
                i += self.text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            self.at = i;
            return Some(LetterRun { start, end: i, ascii });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The scan as it was written before the table: a character at a time,
    /// every letter asked of [`letter_len_at`] or `is_ascii_alphabetic`.
    fn runs_by_characters(s: &str) -> Vec<LetterRun> {
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
            runs.push(LetterRun { start, end: i, ascii });
        }
        runs
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

    proptest! {
        #[test]
        fn the_table_finds_the_runs_the_characters_do(
            s in "([a-zA-Z0-9 ,.\\-\u{a0}“”–×÷²°ªαЖ中😀]|[À-ɏ]|[\u{300}-\u{36f}]|[\u{1e00}-\u{1eff}]){0,40}"
        ) {
            prop_assert_eq!(LetterRuns::new(&s).collect::<Vec<_>>(), runs_by_characters(&s));
        }
    }
}
