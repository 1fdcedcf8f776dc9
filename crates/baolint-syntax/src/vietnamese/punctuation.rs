//! Punctuation of a block and the white space around it, as written: the
//! shapes the typography rules judge ("Hồng- Phó", "kết quả…được", "tôn
//! vinh....", a space before a comma), and every double quotation mark and
//! bracket, so that the checker can pair them.

use crate::Span;
use crate::lines::is_space;
use crate::numbers::text::{char_at, char_before, is_letter};
use crate::skim::Skimmer;

/// One punctuation shape in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub kind: MarkKind,
    /// Index of the block in `Report::blocks`.
    pub block: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// White space between a word and a closing mark (, . ; : ! ? ) ]). The
    /// span is the white space; `mark` the character after it.
    SpaceBefore { mark: char },
    /// White space right after an opening bracket. The span is the white
    /// space.
    SpaceAfterOpening { mark: char },
    /// ",", ";", ":" or "…" directly followed by a letter. The span is the
    /// mark.
    NoSpaceAfter { mark: char },
    /// A dash with white space on one side only, between two words ("Thu
    /// Hồng- Phó"). The span is the dash.
    GluedDash { glued: Side },
    /// A run of two, or four to seven, full stops: not the three of an
    /// ellipsis, not a leader. The span is the run.
    DotRun,
    /// A double quotation mark.
    Quote(QuoteKind),
    /// A round or square bracket. `list_label` is set on a closing bracket
    /// right after one or two letters or digits that start the block or
    /// follow white space, ";" or ":" ("a)", "12)", "…quy định;b)"): the
    /// shape of a list marker, which needs no opening bracket.
    Bracket { open: bool, square: bool, list_label: bool },
}

/// Which neighbour a glued dash touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// "Hồng- Phó": glued to the word before.
    Left,
    /// "Hồng -Phó": glued to the word after.
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// `"` after white space or a bracket and before a word: it opens.
    StraightOpening,
    /// `"` after a word or a mark and before white space, punctuation or
    /// the end: it closes.
    StraightClosing,
    /// `"` that its neighbours do not orient.
    Straight,
    /// `“`
    CurlyOpen,
    /// `”`
    CurlyClose,
}

/// Records the punctuation shapes of the block `span` of `text`.
/// `addresses` are the block's web and e-mail addresses (offsets into the
/// block), inside which a mark glued to a letter is part of the address.
pub(crate) fn recognise_marks(text: &str, span: Span, block: usize, addresses: &[(usize, usize)], out: &mut Vec<Mark>) {
    let Some(s) = text.get(span.range()) else { return };
    let bytes = s.as_bytes();
    let mut push = |start: usize, end: usize, kind: MarkKind| {
        out.push(Mark { span: Span::new(span.start + start, span.start + end), kind, block });
    };
    let mut skimmer = Skimmer::default();
    let mut i = 0;
    while i < bytes.len() {
        i = skimmer.next(bytes, i, |b, _, _| may_start_mark(b));
        let Some(&b) = bytes.get(i) else { break };
        if !INTERESTING[usize::from(b)] {
            i += 1;
            continue;
        }
        match b {
            b'.' => {
                let run = i + bytes[i..].iter().take_while(|&&d| d == b'.').count();
                let len = run - i;
                // Eight or more are a leader or a blank to fill in ("Họ và
                // tên:........"), not a slip.
                if len == 2 || (4..8).contains(&len) {
                    push(i, run, MarkKind::DotRun);
                } else if len == 1 && ends_sentence(s, run) {
                    space_before(s, i, '.', &mut push);
                }
                i = run;
                continue;
            }
            b',' | b';' | b':' => {
                let mark = char::from(b);
                if !between_digits(s, i) {
                    space_before(s, i, mark, &mut push);
                }
                if char_at(s, i + 1).is_some_and(is_letter) && !addresses.iter().any(|&(a, z)| a <= i && i < z) {
                    push(i, i + 1, MarkKind::NoSpaceAfter { mark });
                }
            }
            b'!' | b'?' => space_before(s, i, char::from(b), &mut push),
            b')' | b']' => {
                space_before(s, i, char::from(b), &mut push);
                let list_label = closes_list_label(s, i);
                push(i, i + 1, MarkKind::Bracket { open: false, square: b == b']', list_label });
            }
            b'(' | b'[' => {
                push(i, i + 1, MarkKind::Bracket { open: true, square: b == b'[', list_label: false });
                let after = skip_spaces(s, i + 1);
                if after > i + 1 && after < s.len() {
                    push(i + 1, after, MarkKind::SpaceAfterOpening { mark: char::from(b) });
                }
            }
            b'"' => push(i, i + 1, MarkKind::Quote(straight_quote(s, i))),
            b'-' => glued_dash(s, i, 1, &mut push),
            // E2 80 xx: general punctuation.
            0xE2 if bytes.get(i + 1) == Some(&0x80) => {
                match bytes.get(i + 2) {
                    // En and em dash.
                    Some(0x93 | 0x94) => glued_dash(s, i, 3, &mut push),
                    Some(0x9C) => push(i, i + 3, MarkKind::Quote(QuoteKind::CurlyOpen)),
                    Some(0x9D) => push(i, i + 3, MarkKind::Quote(QuoteKind::CurlyClose)),
                    // Horizontal ellipsis.
                    Some(0xA6) if char_at(s, i + 3).is_some_and(is_letter) => {
                        push(i, i + 3, MarkKind::NoSpaceAfter { mark: '…' });
                    }
                    _ => {}
                }
                i += 3;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
}

/// The bytes that may start a mark: the ASCII marks and E2, the lead byte of
/// dashes, curly quotes and the ellipsis. One table look-up per byte.
const INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b".,;:!?()[]\"-";
    let mut k = 0;
    while k < marks.len() {
        table[marks[k] as usize] = true;
        k += 1;
    }
    table[0xE2] = true;
    table
};

/// A superset of [`INTERESTING`] in comparisons only, for the skimmer: the
/// ASCII punctuation from "!" to "/" and from ":" to "?", the square
/// brackets, and E2.
fn may_start_mark(b: u8) -> bool {
    // `&` and `|`, not `&&` and `||`: no branch, so a chunk is one vector test.
    (b.wrapping_sub(b'!') <= b'/' - b'!')
        | (b.wrapping_sub(b':') <= b'?' - b':')
        | (b == b'[')
        | (b == b']')
        | (b == 0xE2)
}

/// Orients a straight quote by its neighbours.
fn straight_quote(s: &str, i: usize) -> QuoteKind {
    let before = char_before(s, i);
    let after = char_at(s, i + 1);
    let open_before = before.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '-' | '–'));
    let word_after = after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '…' | '“' | '(' | '\''));
    let word_before = before.is_some_and(|c| !is_space(c) && !matches!(c, '(' | '['));
    let close_after = after
        .is_none_or(|c| is_space(c) || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '-' | '–' | '”'));
    match (open_before && word_after, word_before && close_after) {
        (true, false) => QuoteKind::StraightOpening,
        (false, true) => QuoteKind::StraightClosing,
        _ => QuoteKind::Straight,
    }
}

fn skip_spaces(s: &str, i: usize) -> usize {
    i + s[i..].chars().take_while(|&c| is_space(c)).map(char::len_utf8).sum::<usize>()
}

fn back_over_spaces(s: &str, i: usize) -> usize {
    i - s[..i].chars().rev().take_while(|&c| is_space(c)).map(char::len_utf8).sum::<usize>()
}

/// White space between a word (or a closing quote or bracket) and the mark
/// at `i`.
fn space_before(s: &str, i: usize, mark: char, push: &mut impl FnMut(usize, usize, MarkKind)) {
    let start = back_over_spaces(s, i);
    if start == i || start == 0 {
        return;
    }
    let word_before = char_before(s, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '”' | '"' | ')' | '%'));
    if word_before {
        push(start, i, MarkKind::SpaceBefore { mark });
    }
}

/// A full stop that ends a sentence: white space, a closing quote or the
/// end follows ("năm 2019." but not ".vn", "1.5").
fn ends_sentence(s: &str, after: usize) -> bool {
    char_at(s, after).is_none_or(|c| is_space(c) || matches!(c, '”' | '"' | ')'))
}

/// "2 , 3" and "2 : 1": a score or list of figures, not a comma to judge.
fn between_digits(s: &str, i: usize) -> bool {
    let before = char_before(s, back_over_spaces(s, i)).is_some_and(|c| c.is_ascii_digit());
    let after = char_at(s, skip_spaces(s, i + 1)).is_some_and(|c| c.is_ascii_digit());
    before && after
}

/// Longest agency or place prefix of a lead before its dash, in bytes
/// ("THÀNH PHỐ HỒ CHÍ MINH").
const MAX_PREFIX_BYTES: usize = 48;

/// A dash of `len` bytes at `i` with white space on exactly one side and a
/// letter beyond both sides. Not a prefix in capitals before the first
/// dash of a block ("LSO- Chiều", "HÀ NỘI- Sáng"): that is the agency or
/// place line of a lead.
fn glued_dash(s: &str, i: usize, len: usize, push: &mut impl FnMut(usize, usize, MarkKind)) {
    let end = i + len;
    let space_left = char_before(s, i).is_some_and(is_space);
    let space_right = char_at(s, end).is_some_and(is_space);
    if space_left == space_right {
        return;
    }
    let left_word = char_before(s, back_over_spaces(s, i)).is_some_and(is_letter);
    let right_word = char_at(s, skip_spaces(s, end)).is_some_and(is_letter);
    if !(left_word && right_word) {
        return;
    }
    // Only the first few words of a block can be such a prefix: the test
    // stays bounded however long the block.
    let capitals_prefix = i <= MAX_PREFIX_BYTES && !s[..i].chars().any(char::is_lowercase);
    if capitals_prefix {
        return;
    }
    let glued = if space_right { Side::Left } else { Side::Right };
    push(i, end, MarkKind::GluedDash { glued });
}

/// The closing bracket at `close` ends a label of one or two letters or
/// digits that starts the block or follows white space, ";" or ":".
fn closes_list_label(s: &str, close: usize) -> bool {
    let head = &s[..close];
    let label_start =
        head.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric()).last().map_or(close, |(at, _)| at);
    let label_chars = head[label_start..].chars().count();
    (1..=2).contains(&label_chars)
        && head[..label_start].chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, ';' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(s: &str) -> Vec<(String, MarkKind)> {
        let mut out = Vec::new();
        recognise_marks(s, Span::new(0, s.len()), 0, &super::super::address_ranges(s), &mut out);
        out.into_iter()
            .filter(|m| !matches!(m.kind, MarkKind::Quote(_) | MarkKind::Bracket { .. }))
            .map(|m| (s[m.span.range()].to_string(), m.kind))
            .collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(marks("Thu Hồng- Phó Bí thư"), vec![("-".into(), MarkKind::GluedDash { glued: Side::Left })]);
        assert_eq!(marks("Thu Hồng -Phó Bí thư"), vec![("-".into(), MarkKind::GluedDash { glued: Side::Right })]);
        assert_eq!(marks("kết quả…được"), vec![("…".into(), MarkKind::NoSpaceAfter { mark: '…' })]);
        assert_eq!(marks("tôn vinh.... bước đầu"), vec![("....".into(), MarkKind::DotRun)]);
        assert_eq!(marks("các xã , phường"), vec![(" ".into(), MarkKind::SpaceBefore { mark: ',' })]);
        assert_eq!(marks("hội nghị ( trực tuyến)"), vec![(" ".into(), MarkKind::SpaceAfterOpening { mark: '(' })]);
        assert_eq!(marks("Ảnh:Minh Anh"), vec![(":".into(), MarkKind::NoSpaceAfter { mark: ':' })]);
        assert_eq!(marks("kết thúc ."), vec![(" ".into(), MarkKind::SpaceBefore { mark: '.' })]);
    }

    #[test]
    fn near_misses() {
        for s in [
            "LSO- Chiều 17/10",
            "HÀ NỘI - Sáng nay",
            "kinh tế-xã hội",
            "Chỉ thị 03- CT/TW",
            "tỷ số 2 : 1",
            "giai đoạn 2011 -2015",
            "xem tại https://baolangson.vn/a,b",
            "email: abc@gmail.com,",
            "kết quả... được",
            "1,5 triệu; 2.000 người.",
            "- Tuyên truyền",
            "nói: -Không",
            "website baolangson.vn.",
        ] {
            assert_eq!(marks(s), vec![], "{s}");
        }
    }

    #[test]
    fn closing_brackets_after_a_list_label() {
        let list_label = |s: &str| {
            let mut out = Vec::new();
            recognise_marks(s, Span::new(0, s.len()), 0, &[], &mut out);
            out.iter()
                .filter_map(|m| match m.kind {
                    MarkKind::Bracket { open: false, list_label, .. } => Some(list_label),
                    _ => None,
                })
                .collect::<Vec<bool>>()
        };
        assert_eq!(list_label("a) Tuyên truyền"), vec![true]);
        assert_eq!(list_label("gồm: 1) cấp tỉnh; 12) cấp xã"), vec![true, true]);
        assert_eq!(list_label("theo quy định;b) cấp huyện"), vec![true]);
        assert_eq!(list_label("(TCĐ) và [1]"), vec![false, false]);
        assert_eq!(list_label("nêu gương abc) các cấp"), vec![false]);
        assert_eq!(list_label("xã(a) thực hiện"), vec![false]);
    }

    #[test]
    fn quotes_and_brackets_are_all_recorded() {
        let s = "“làm tốt” và \"tự diễn biến\" (TCĐ) [1] \"";
        let mut out = Vec::new();
        recognise_marks(s, Span::new(0, s.len()), 3, &super::super::address_ranges(s), &mut out);
        let kinds: Vec<MarkKind> = out.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            vec![
                MarkKind::Quote(QuoteKind::CurlyOpen),
                MarkKind::Quote(QuoteKind::CurlyClose),
                MarkKind::Quote(QuoteKind::StraightOpening),
                MarkKind::Quote(QuoteKind::StraightClosing),
                MarkKind::Bracket { open: true, square: false, list_label: false },
                MarkKind::Bracket { open: false, square: false, list_label: false },
                MarkKind::Bracket { open: true, square: true, list_label: false },
                MarkKind::Bracket { open: false, square: true, list_label: false },
                MarkKind::Quote(QuoteKind::Straight),
            ]
        );
        assert!(out.iter().all(|m| m.block == 3));
    }
}
