//! Punctuation of a block and the white space around it, as written: the
//! shapes the typography rules judge ("Hồng- Phó", "kết quả…được", "tôn
//! vinh....", a space before a comma), and the double quotation marks and
//! brackets that have no partner.
//!
//! Brackets and quotation marks are paired here, as they are read, with
//! counters rather than stacks, and only the ones left without a partner
//! become [`Mark`]s; quotation marks are also tallied by style
//! ([`QuoteTally`]). A report of 200,000 nested brackets so costs a few
//! counters, not a mark (and a stack entry) per bracket.

use crate::Span;
use crate::lines::is_space;
use crate::numbers::text::{char_at, char_before, is_letter};
use crate::skim::byte_hits;

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
    /// A double quotation mark without a partner in its block. Quotation
    /// marks pair within their block, in order, by the way they face: an
    /// opening mark (curly, or straight and oriented so) opens, a closing
    /// one closes the last one open, an unoriented straight one closes if
    /// one is open, else opens. A block with an even number of them pairs
    /// up whatever way they face ("“phấn khởi“" is a typo of another kind);
    /// of an odd number, the one recorded is the first closing mark found
    /// with none open, else the earliest opening mark left open. At most one
    /// per block.
    Quote(QuoteKind),
    /// A round or square bracket without a partner. Brackets pair across the
    /// headline and the body, in order, round with round and square with
    /// square: scraped pages cut an aside over several lines. A closing
    /// bracket right after one or two letters or digits that start the
    /// block or follow white space, ";" or ":" ("a)", "12)", "…quy
    /// định;b)") is a list marker: it needs no opening bracket and is not
    /// recorded when it has none (it still closes one that is open).
    Bracket { open: bool, square: bool },
}

/// The double quotation marks of the headline and the body, counted by
/// style, with the first of each: what a house-style check needs, in
/// constant memory however many there are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuoteTally {
    /// Straight marks (`"`).
    pub straight: usize,
    /// Curly marks (`“`, `”`).
    pub curly: usize,
    pub first_straight: Option<Span>,
    pub first_curly: Option<Span>,
}

/// The pairing state of one report's brackets and quotation marks, carried
/// from block to block by [`recognise_marks`] and closed by
/// [`Pairing::finish`].
#[derive(Debug, Default)]
pub(crate) struct Pairing {
    /// Opening round and square brackets still open: a count, not a stack,
    /// since which of them stays open is only known at the end.
    open: [usize; 2],
    /// The blocks with a bracket, `(span, index)`, in order: where
    /// [`Pairing::finish`] looks for the opening brackets left open.
    bracketed: Vec<(Span, usize)>,
    quotes: QuoteTally,
}

/// Round brackets are `0` in [`Pairing::open`], square ones `1`.
fn bracket_type(b: u8) -> Option<(usize, bool)> {
    match b {
        b'(' => Some((0, true)),
        b'[' => Some((1, true)),
        b')' => Some((0, false)),
        b']' => Some((1, false)),
        _ => None,
    }
}

impl Pairing {
    /// Records the opening brackets left open, in place among `marks`, and
    /// returns the quotation marks' tally. A closing bracket closes the
    /// last one open, so an opening bracket stays open exactly when, read
    /// backwards from the end, no closing bracket is left over to close
    /// it: one backward pass with a counter per type finds them, from the
    /// last one, and stops at the first (in text order) of them.
    pub(crate) fn finish(self, text: &str, marks: &mut Vec<Mark>) -> QuoteTally {
        let mut left = self.open;
        if left == [0, 0] {
            return self.quotes;
        }
        let mut closing = [0usize; 2];
        let mut found = Vec::with_capacity(left[0] + left[1]);
        'blocks: for &(span, block) in self.bracketed.iter().rev() {
            let Some(s) = text.get(span.range()) else { continue };
            for (i, &b) in s.as_bytes().iter().enumerate().rev() {
                let Some((kind, open)) = bracket_type(b) else { continue };
                if !open {
                    closing[kind] += 1;
                } else if closing[kind] > 0 {
                    closing[kind] -= 1;
                } else {
                    let at = span.start + i;
                    found.push(Mark {
                        span: Span::new(at, at + 1),
                        kind: MarkKind::Bracket { open: true, square: kind == 1 },
                        block,
                    });
                    left[kind] -= 1;
                    if left == [0, 0] {
                        break 'blocks;
                    }
                }
            }
        }
        // Merge them in by position, from the back, in place: nothing else
        // starts where a bracket is.
        let mut kept = marks.len();
        let Some(&last) = found.first() else { return self.quotes };
        marks.resize(kept + found.len(), last);
        let mut at = marks.len();
        for bracket in found {
            while kept > 0 && marks[kept - 1].span.start > bracket.span.start {
                kept -= 1;
                at -= 1;
                marks[at] = marks[kept];
            }
            at -= 1;
            marks[at] = bracket;
        }
        self.quotes
    }
}

/// The quotation marks of one block as they are paired: how many, how
/// many are open, the earliest of those (the bottom of the stack a pairing
/// would keep), and the first closing mark found with none open.
#[derive(Debug, Default)]
struct BlockQuotes {
    count: usize,
    open: usize,
    bottom: Option<(Span, QuoteKind)>,
    lost: Option<(Span, QuoteKind)>,
}

impl BlockQuotes {
    fn see(&mut self, span: Span, kind: QuoteKind, tally: &mut QuoteTally) {
        self.count += 1;
        match kind {
            QuoteKind::CurlyOpen | QuoteKind::CurlyClose => {
                tally.curly += 1;
                tally.first_curly.get_or_insert(span);
            }
            QuoteKind::Straight | QuoteKind::StraightOpening | QuoteKind::StraightClosing => {
                tally.straight += 1;
                tally.first_straight.get_or_insert(span);
            }
        }
        match kind {
            QuoteKind::CurlyOpen | QuoteKind::StraightOpening => self.push(span, kind),
            QuoteKind::CurlyClose | QuoteKind::StraightClosing => {
                if self.open > 0 {
                    self.open -= 1;
                } else if self.lost.is_none() {
                    self.lost = Some((span, kind));
                }
            }
            QuoteKind::Straight if self.open > 0 => self.open -= 1,
            QuoteKind::Straight => self.push(span, kind),
        }
    }

    fn push(&mut self, span: Span, kind: QuoteKind) {
        if self.open == 0 {
            self.bottom = Some((span, kind));
        }
        self.open += 1;
    }

    /// The mark without a partner, when the count is odd.
    fn unpaired(&self) -> Option<(Span, QuoteKind)> {
        if self.count.is_multiple_of(2) {
            return None;
        }
        self.lost.or(if self.open > 0 { self.bottom } else { None })
    }
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

/// Records the punctuation shapes of the block `span` of `text`, and pairs
/// its brackets and quotation marks (`pairing` carries the brackets over
/// to the next block). `addresses` are the block's web and e-mail
/// addresses (offsets into the block), inside which a mark glued to a
/// letter is part of the address.
pub(crate) fn recognise_marks(
    text: &str,
    span: Span,
    block: usize,
    addresses: &[(usize, usize)],
    pairing: &mut Pairing,
    out: &mut Vec<Mark>,
) {
    let Some(s) = text.get(span.range()) else { return };
    let bytes = s.as_bytes();
    let first = out.len();
    let mut quotes = BlockQuotes::default();
    let Pairing { open: brackets, bracketed, quotes: tally } = pairing;
    let mut bracket_seen = false;
    let mut push = |start: usize, end: usize, kind: MarkKind| {
        out.push(Mark { span: Span::new(span.start + start, span.start + end), kind, block });
    };
    let mut hits = byte_hits(bytes, |b, _, _| may_start_mark(b));
    let mut i = 0;
    while let Some(at) = hits.next_from(i) {
        i = at;
        let b = bytes[i];
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
                } else if len == 1 && starts_glued_sentence(s, i) && !addresses.iter().any(|&(a, z)| a <= i && i < z) {
                    push(i, run, MarkKind::NoSpaceAfter { mark: '.' });
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
                bracket_seen = true;
                let square = b == b']';
                let open = &mut brackets[usize::from(square)];
                if *open > 0 {
                    *open -= 1;
                } else if !closes_list_label(s, i) {
                    push(i, i + 1, MarkKind::Bracket { open: false, square });
                }
            }
            b'(' | b'[' => {
                bracket_seen = true;
                brackets[usize::from(b == b'[')] += 1;
                let after = skip_spaces(s, i + 1);
                if after > i + 1 && after < s.len() {
                    push(i + 1, after, MarkKind::SpaceAfterOpening { mark: char::from(b) });
                }
            }
            b'"' => quotes.see(Span::new(span.start + i, span.start + i + 1), straight_quote(s, i), tally),
            b'-' => glued_dash(s, i, 1, &mut push),
            // E2 80 xx: general punctuation.
            0xE2 if bytes.get(i + 1) == Some(&0x80) => {
                match bytes.get(i + 2) {
                    // En and em dash.
                    Some(0x93 | 0x94) => glued_dash(s, i, 3, &mut push),
                    Some(0x9C) => {
                        quotes.see(Span::new(span.start + i, span.start + i + 3), QuoteKind::CurlyOpen, tally)
                    }
                    Some(0x9D) => {
                        quotes.see(Span::new(span.start + i, span.start + i + 3), QuoteKind::CurlyClose, tally)
                    }
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
    if bracket_seen {
        bracketed.push((span, block));
    }
    if let Some((at, kind)) = quotes.unpaired() {
        // In place among the block's marks: nothing else starts where a
        // quotation mark is.
        let index = first + out[first..].partition_point(|m| m.span.start < at.start);
        out.insert(index, Mark { span: at, kind: MarkKind::Quote(kind), block });
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

/// A full stop at `i` between a word of lower-case letters and a
/// capitalised word ("đè lên.Chủ tịch"): the next sentence lost its space.
/// Not one after a capital, a digit or a single letter ("TP.HCM", "v.v",
/// "1.Chủ đề") nor before a word in capitals.
fn starts_glued_sentence(s: &str, i: usize) -> bool {
    let mut after = s[i + 1..].chars();
    let capital_word = after.next().is_some_and(char::is_uppercase) && after.next().is_some_and(char::is_lowercase);
    if !capital_word {
        return false;
    }
    let word = s[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let lower_letters = word.chars().all(char::is_lowercase);
    // Part of a name, an address or a code ("abc.xyz.Com", "/tin.Moi")
    // when a letter, a digit or a joining mark stands before the word; a
    // mark that ends a clause (":đa.Đa") does not join.
    let standalone = char_before(s, i - word.len()).is_none_or(|c| {
        !(c.is_alphanumeric() || matches!(c, '.' | '/' | '\\' | '@' | '_' | '-' | '&' | '=' | '%' | '#'))
    });
    lower_letters && word.chars().nth(1).is_some() && standalone
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

    #[test]
    fn the_skimmer_lets_every_mark_through() {
        for b in 0..=u8::MAX {
            assert!(!INTERESTING[usize::from(b)] || may_start_mark(b), "{b:#04X}");
        }
    }

    fn marks(s: &str) -> Vec<(String, MarkKind)> {
        let mut out = Vec::new();
        recognise_marks(
            s,
            Span::new(0, s.len()),
            0,
            &super::super::address_ranges(s),
            &mut Pairing::default(),
            &mut out,
        );
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
        assert_eq!(marks("đè lên.Chủ tịch"), vec![(".".into(), MarkKind::NoSpaceAfter { mark: '.' })]);
        for near_miss in ["TP.HCM", "Q.Bình Thạnh", "1.Chủ đề", "v.v.Các", "trang abc.xyz.Com", "UBND.Các", "lên.ĐÂY"]
        {
            assert_eq!(marks(near_miss), vec![], "{near_miss}");
        }
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

    /// Brackets (text, open), quotation marks (text, kind), the tally.
    type Unpaired = (Vec<(String, bool)>, Vec<(String, QuoteKind)>, QuoteTally);

    /// The brackets and quotation marks left without a partner in a
    /// report, through the whole parser, and its quotation marks' tally.
    fn unpaired(text: &str) -> Unpaired {
        let layer = crate::parse(text).text;
        let mut brackets = Vec::new();
        let mut quotes = Vec::new();
        for m in &layer.marks {
            match m.kind {
                MarkKind::Bracket { open, .. } => brackets.push((text[m.span.range()].to_string(), open)),
                MarkKind::Quote(kind) => quotes.push((text[m.span.range()].to_string(), kind)),
                _ => {}
            }
        }
        (brackets, quotes, layer.quotes)
    }

    #[test]
    fn closing_brackets_after_a_list_label_need_no_partner() {
        let closing = |s: &str| unpaired(&format!("Tiêu đề\n\n{s}")).0;
        assert_eq!(closing("a) Tuyên truyền"), vec![]);
        assert_eq!(closing("gồm: 1) cấp tỉnh; 12) cấp xã"), vec![]);
        assert_eq!(closing("theo quy định;b) cấp huyện"), vec![]);
        assert_eq!(closing("(TCĐ) và [1]"), vec![]);
        assert_eq!(closing("nêu gương abc) các cấp"), vec![(")".into(), false)]);
        assert_eq!(closing("xã,a) thực hiện"), vec![(")".into(), false)]);
        // A list marker still closes a bracket that is open.
        assert_eq!(closing("(gồm a) cấp tỉnh"), vec![]);
    }

    #[test]
    fn brackets_pair_across_paragraphs_and_by_type() {
        let brackets = |s: &str| unpaired(&format!("Tiêu đề\n\n{s}")).0;
        assert_eq!(brackets("nêu gương (nhất là\n\nngười đứng đầu) các cấp"), vec![]);
        assert_eq!(brackets("Họ (nói (rằng) vẫn (chờ"), vec![("(".into(), true), ("(".into(), true)]);
        assert_eq!(brackets("Họ nói) và (chờ [xem) rồi] đã"), vec![(")".into(), false)]);
        assert_eq!(brackets("Họ [nói (rằng] vẫn) chờ] và (xem"), vec![("]".into(), false), ("(".into(), true)]);
    }

    #[test]
    fn quotation_marks_pair_within_their_paragraph() {
        let s = "Tiêu đề\n\n“làm tốt” và \"tự diễn biến\" (TCĐ) [1] \"";
        let (brackets, quotes, tally) = unpaired(s);
        assert_eq!(brackets, vec![]);
        assert_eq!(quotes, vec![("\"".into(), QuoteKind::Straight)]);
        let first_straight = s.find('"').map(|at| Span::new(at, at + 1));
        let first_curly = s.find('“').map(|at| Span::new(at, at + 3));
        assert_eq!(tally, QuoteTally { straight: 3, curly: 2, first_straight, first_curly });
        // An even number pairs up however the marks face.
        assert_eq!(unpaired("Tiêu đề\n\n“phấn khởi“ lắm").1, vec![]);
        // The first closing mark with none open, else the earliest left open.
        assert_eq!(unpaired("Tiêu đề\n\nnói” và “a”").1, vec![("”".into(), QuoteKind::CurlyClose)]);
        assert_eq!(unpaired("Tiêu đề\n\n“a “b” c").1, vec![("“".into(), QuoteKind::CurlyOpen)]);
    }

    #[test]
    fn deep_nesting_leaves_no_marks() {
        // Memory: a mark per bracket or quotation mark would be 32 bytes for
        // each byte of such a report; paired ones cost nothing.
        let n = 20_000;
        let nested = format!("Tiêu đề\n\n{}chữ{}", "([“".repeat(n), "”])".repeat(n));
        let (brackets, quotes, tally) = unpaired(&nested);
        assert!(brackets.is_empty() && quotes.is_empty());
        assert_eq!(tally.curly, 2 * n);
        let open = format!("Tiêu đề\n\n{}chữ", "(".repeat(n));
        assert_eq!(unpaired(&open).0, vec![("(".to_string(), true); n]);
    }

    /// Opening and closing brackets, quotation marks (span, kind), the
    /// tally.
    type Paired = (Vec<Span>, Vec<Span>, Vec<(Span, QuoteKind)>, QuoteTally);

    /// The pairing as the checker did it when the parser recorded every
    /// bracket and quotation mark: a stack per bracket type over the whole
    /// report, and a stack per block for quotation marks.
    fn paired_with_stacks(text: &str, report: &crate::Report) -> Paired {
        let mut round: Vec<Span> = Vec::new();
        let mut square: Vec<Span> = Vec::new();
        let mut closing = Vec::new();
        let mut lost = Vec::new();
        let mut tally = QuoteTally::default();
        for block in &report.blocks {
            if matches!(block.kind, crate::BlockKind::Junk { .. })
                || !(block.kind == crate::BlockKind::Headline || block.kind.is_body())
            {
                continue;
            }
            let s = block.span.text(text);
            let mut open: Vec<(Span, QuoteKind)> = Vec::new();
            let mut count = 0;
            let mut first_lost = None;
            for (i, c) in s.char_indices() {
                let span = Span::new(block.span.start + i, block.span.start + i + c.len_utf8());
                let quote = match c {
                    '(' => {
                        round.push(span);
                        None
                    }
                    '[' => {
                        square.push(span);
                        None
                    }
                    ')' | ']' => {
                        let stack = if c == ']' { &mut square } else { &mut round };
                        if stack.pop().is_none() && !closes_list_label(s, i) {
                            closing.push(span);
                        }
                        None
                    }
                    '"' => Some(straight_quote(s, i)),
                    '“' => Some(QuoteKind::CurlyOpen),
                    '”' => Some(QuoteKind::CurlyClose),
                    _ => None,
                };
                let Some(kind) = quote else { continue };
                count += 1;
                if matches!(kind, QuoteKind::CurlyOpen | QuoteKind::CurlyClose) {
                    tally.curly += 1;
                    tally.first_curly.get_or_insert(span);
                } else {
                    tally.straight += 1;
                    tally.first_straight.get_or_insert(span);
                }
                match kind {
                    QuoteKind::CurlyOpen | QuoteKind::StraightOpening => open.push((span, kind)),
                    QuoteKind::CurlyClose | QuoteKind::StraightClosing => {
                        if open.pop().is_none() && first_lost.is_none() {
                            first_lost = Some((span, kind));
                        }
                    }
                    QuoteKind::Straight => {
                        if open.pop().is_none() {
                            open.push((span, kind));
                        }
                    }
                }
            }
            if count % 2 == 1 {
                lost.extend(first_lost.or_else(|| open.first().copied()));
            }
        }
        let mut opening: Vec<Span> = round.into_iter().chain(square).collect();
        opening.sort();
        (opening, closing, lost, tally)
    }

    proptest::proptest! {
        #[test]
        fn pairing_by_counters_is_pairing_by_stacks(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "(", ")", "[", "]", "\"", "“", "”", " ", "\n", "\n\n", "chữ", "a) ", "; b)", ", ", ".", "1", "\" ", " \"",
            ]), 0..80),
        ) {
            let text = format!("Tiêu đề\n\n{}", pieces.concat());
            let report = crate::parse(&text);
            let (opening, closing, lost, tally) = paired_with_stacks(&text, &report);
            let marks = &report.text.marks;
            let brackets = |open: bool| -> Vec<Span> {
                marks.iter().filter(|m| m.kind == MarkKind::Bracket { open, square: false }
                    || m.kind == MarkKind::Bracket { open, square: true }).map(|m| m.span).collect()
            };
            let quotes: Vec<(Span, QuoteKind)> = marks.iter()
                .filter_map(|m| match m.kind { MarkKind::Quote(kind) => Some((m.span, kind)), _ => None })
                .collect();
            proptest::prop_assert_eq!(brackets(true), opening);
            proptest::prop_assert_eq!(brackets(false), closing);
            proptest::prop_assert_eq!(quotes, lost);
            proptest::prop_assert_eq!(report.text.quotes, tally);
            proptest::prop_assert!(marks.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        }
    }
}
