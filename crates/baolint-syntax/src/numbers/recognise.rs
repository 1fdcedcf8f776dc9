//! The scanner: finds the digits (and "hàng") in one block and decides,
//! left to right, what each run of digits is.
//!
//! Order of decisions at a run of digits, first match wins:
//!
//! 1. glued to a word before it ("U23", "COVID-19", "quý II/2024"): a code
//!    (or a date after a Roman quarter);
//! 2. closed forms that start there: document number, phone number, clock
//!    time, full date (and a range of dates), year range, list marker (at
//!    the start of the block or after a sentence); a long number with a
//!    leading zero (an account number) is a code;
//! 3. the words before it: a day ("ngày 15", "ngày 15 tháng 5 năm 2016"), a
//!    month ("tháng 4/2023"), a year ("năm 2019"), a name ordinal ("Chỉ thị
//!    03", "Trung ương 4", "lần thứ 39");
//! 4. capitals glued after it ("5G") or "4.0": a code;
//! 5. day and month against ratio or range ("19/5", "19-5", "45/60", "2-4
//!    ngày"): see [`Scanner::two_part`];
//! 6. a bare year (four digits 1900..=2100 with no hedge, scale or counted
//!    unit);
//! 7. otherwise a quantity: hedge, value, scale, "%", range or ratio, noun.
//!
//! Every decision consumes the whole form, so the digits inside a date or a
//! document number never start a quantity. All look-behind and look-ahead
//! is bounded by a few words, so the scan is linear in the block.

use std::sync::OnceLock;

use memchr::memmem::Finder;

use super::forms::{self, dash_len};
use super::lexicon::{List, NOT_ORDINAL_AFTER, flag, words};
use super::quantity::{Num, noun_after, percent_at, read_number, scale_at};
use super::text::{
    Before, byte_at, char_at, char_before, digit_run, is_letter, match_phrase, phrase_words, skip_gap, small_value,
    word_end, word_in,
};
use super::{Hedge, HedgeKind, NonQuantity, NonQuantityKind, NumberKind, NumberMention, Value};
use crate::Span;
use crate::skim::Skimmer;

/// Recognises the numbers in the block `span` of `text` (block index
/// `block`). Appends quantities to `numbers` and the digits set aside to
/// `skipped`, in text order, with spans into `text`. Never panics; a span
/// that is not a valid range of `text` is ignored.
pub fn recognise_numbers(
    text: &str,
    span: Span,
    block: usize,
    numbers: &mut Vec<NumberMention>,
    skipped: &mut Vec<NonQuantity>,
) {
    let Some(s) = text.get(span.range()) else { return };
    Scanner { s, base: span.start, block, floor: 0, numbers, skipped }.run();
}

struct Scanner<'a, 'o> {
    /// The block's text.
    s: &'a str,
    /// Offset of the block in the report.
    base: usize,
    block: usize,
    /// End of what was last recorded (including a mention's noun): nothing
    /// recorded later starts before it, so spans never overlap.
    floor: usize,
    numbers: &'o mut Vec<NumberMention>,
    skipped: &'o mut Vec<NonQuantity>,
}

impl Scanner<'_, '_> {
    /// Jumps from digit to digit (eight bytes at a time, see
    /// [`next_digit`]) and from "àng" to "àng" (memchr's SIMD search, see
    /// [`Hang`]): a block without digits or "hàng" costs a few nanoseconds
    /// per eight bytes.
    fn run(&mut self) {
        let bytes = self.s.as_bytes();
        let mut hang = Hang::new(bytes);
        let mut i = 0;
        while i < bytes.len() {
            let digit = next_digit(bytes, i);
            let next_hang = hang.next_at_or_after(i);
            if next_hang < digit {
                // The "h" of "hàng" is one byte before its "à".
                i = match self.at_hang(next_hang - 1) {
                    Some(end) => end,
                    None => next_hang + 1,
                };
                continue;
            }
            if digit >= bytes.len() {
                break;
            }
            i = self.at_digits(digit).max(digit_run(self.s, digit));
        }
    }

    fn skip(&mut self, start: usize, end: usize, kind: NonQuantityKind) -> usize {
        let start = start.max(self.floor);
        if start < end {
            let span = Span::new(self.base + start, self.base + end);
            self.skipped.push(NonQuantity { span, kind, block: self.block });
            self.floor = end;
        }
        end
    }

    /// Decides what the run of digits at `i` is; returns where scanning
    /// resumes.
    fn at_digits(&mut self, i: usize) -> usize {
        let s = self.s;
        let run = digit_run(s, i);
        let prev = char_before(s, i);
        if let Some(p) = prev {
            if p == '/'
                && let Some(start) = forms::roman_before_year(s, i, run)
            {
                return self.skip(start, run, NonQuantityKind::Date);
            }
            // Not "/": "6 lít/100 km" is a quantity per unit.
            let glued = is_letter(p) || (matches!(p, '-' | '_' | '.') && char_before(s, i - 1).is_some_and(is_letter));
            if glued {
                let (start, end) = forms::code_span(s, i, self.floor);
                return self.skip(start, end, NonQuantityKind::Code);
            }
        }
        if closed_form_possible(s, i, run, prev)
            && let Some(end) = self.closed_form(i, run, prev)
        {
            return end;
        }
        let before = Before::read(s, i);
        let num = read_number(s, i);
        if num.leading_zero && run - i >= 5 {
            // "0011002643148": an account or serial number.
            return self.skip(i, run, NonQuantityKind::Code);
        }
        if before.is_known()
            && let Some(end) = self.by_context(&num, &before)
        {
            return end;
        }
        let next = byte_at(s, run);
        let maybe_glued = matches!(next, Some(b'.') | Some(0x80..)) || next.is_some_and(|b| b.is_ascii_uppercase());
        if maybe_glued && let Some(end) = self.glued_code(&num) {
            return end;
        }
        if !matches!(next, Some(b',' | b';' | b':' | b')' | b'"' | b'!' | b'?') | None)
            && let Some(end) = self.two_part(&num, &before)
        {
            return end;
        }
        if self.is_bare_year(&num, &before) {
            return self.skip(i, num.end, NonQuantityKind::Year);
        }
        self.quantity(num, &before)
    }

    /// Step 2: document number, phone number, clock time, full date, year
    /// range, list marker.
    #[inline(never)]
    fn closed_form(&mut self, i: usize, run: usize, prev: Option<char>) -> Option<usize> {
        let s = self.s;
        if let Some(end) = forms::doc_number(s, run) {
            return Some(self.skip(i, end, NonQuantityKind::DocumentNumber));
        }
        if let Some((start, end)) = forms::phone(s, i, run, prev) {
            return Some(self.skip(start, end, NonQuantityKind::Phone));
        }
        if let Some(end) = forms::time(s, i, run) {
            return Some(self.skip(i, end, NonQuantityKind::Time));
        }
        if let Some(end) = forms::date3(s, i, run) {
            let end = forms::date_range_tail(s, end).unwrap_or(end);
            return Some(self.skip(i, end, NonQuantityKind::Date));
        }
        if let Some(end) = forms::year_range(s, i, run) {
            return Some(self.skip(i, end, NonQuantityKind::Year));
        }
        if let Some(end) = forms::list_marker(s, i, run) {
            return Some(self.skip(i, end, NonQuantityKind::Ordinal));
        }
        None
    }

    /// Step 3: the words before a bare number make it a day, month, year or
    /// name ordinal.
    #[inline(never)]
    fn by_context(&mut self, num: &Num, before: &Before) -> Option<usize> {
        let s = self.s;
        let (i, run) = (num.start, digit_run(s, num.start));
        before.first()?;
        // "3 tháng 5 ngày" is a duration: the context word counts a number.
        let counted = before.number_before_first();
        if run - i <= 2 && !counted && before.find(s, List::Month).is_some() {
            // "tháng 4/2023", "tháng 1.2016", "tháng 5 năm 2016", "tháng 10 - 12.2016".
            let end = forms::month_year(s, run).or_else(|| year_tail(s, run)).unwrap_or(run);
            let end = forms::date_range_tail(s, end).unwrap_or(end);
            return Some(self.skip(i, end, NonQuantityKind::Date));
        }
        if !num.is_plain(s) {
            // "khu vực 3.3", "mục 2.1", "Điều 3.2": a section of a name, not
            // a badly grouped quantity. Only short groups: "số 1.000" counts.
            let section = num.text(s).split('.').all(|g| (1..=2).contains(&g.len()));
            if section && self.ordinal_context(num, before) {
                return Some(self.skip(i, num.end, NonQuantityKind::Ordinal));
            }
            return None;
        }
        let date_form_follows = matches!(byte_at(s, run), Some(b'/' | b'-' | b'.'))
            && byte_at(s, run + 1).is_some_and(|b| b.is_ascii_digit());
        if num.len() <= 2 && !counted && !date_form_follows && before.find(s, List::Day).is_some() {
            // "ngày 15", "ngày 15 tháng 5 năm 2016", "ngày 7 – 8/5".
            let end = full_date_tail(s, run).unwrap_or(run);
            let end = forms::date_range_tail(s, end).unwrap_or(end);
            return Some(self.skip(i, end, NonQuantityKind::Date));
        }
        // "năm 2019"; "tháng 2 năm 270" too, but not "3 năm 270 hộ".
        let year_digits = num.len() == 4 || (num.len() == 3 && !counted);
        if year_digits && before.find(s, List::Year).is_some() {
            return Some(self.skip(i, run, NonQuantityKind::Year));
        }
        if self.ordinal_context(num, before) {
            let end = forms::ordinal_end(s, run);
            return Some(self.skip(i, end, NonQuantityKind::Ordinal));
        }
        None
    }

    /// A name-ordinal word ends right before the number, and no scale or
    /// "%" follows ("con số 10 triệu" is a quantity). "số" is "number of"
    /// after "tổng", "trong", "hộp" ... ([`NOT_ORDINAL_AFTER`]); a
    /// capitalised document type before a year or a count of years ("Kế
    /// hoạch 5 năm") is not naming a document; a conditional word ("cấp",
    /// "set", "phút") names only a short number that counts nothing.
    #[inline(never)]
    fn ordinal_context(&self, num: &Num, before: &Before) -> bool {
        let s = self.s;
        if !before.is_known() || scale_at(s, num.end, 0).is_some() || percent_at(s, num.end).is_some() {
            return false;
        }
        let words = before.words();
        if let Some((entry, _)) = before.find(s, List::Ordinal) {
            let n = phrase_words(entry.phrase).count();
            let excluded = NOT_ORDINAL_AFTER.iter().any(|(word, after)| {
                *word == entry.phrase && words.get(n).is_some_and(|w| word_in(&s[w.start..w.end], after))
            });
            return !excluded;
        }
        if before.find(s, List::ExactOrdinal).is_some() {
            return true;
        }
        if before.find(s, List::ConditionalOrdinal).is_some() {
            return num.len() <= 3 && noun_after(s, num.end).is_none();
        }
        if before.find(s, List::CapitalisedOrdinal).is_none() || forms::is_year(num.text(s)) {
            return false;
        }
        let next = skip_gap(s, num.end);
        !(next > num.end && word_in(&s[next..word_end(s, next)], &["năm", "tháng", "ngày"]))
    }

    /// Step 4: capitals glued after the digits ("5G", "3D"; not a unit such
    /// as "10USD"), or a version "4.0".
    #[inline(never)]
    fn glued_code(&mut self, num: &Num) -> Option<usize> {
        let s = self.s;
        let run = digit_run(s, num.start);
        let after = char_at(s, run)?;
        if after.is_uppercase() {
            let unit = &s[run..word_end(s, run)];
            if super::lexicon::GLUED_UNITS.contains(&unit) {
                return None;
            }
            let (start, end) = forms::code_span(s, num.start, self.floor);
            return Some(self.skip(start, end, NonQuantityKind::Code));
        }
        if run - num.start == 1 && &s[run..num.end] == ".0" {
            let (start, end) = forms::code_span(s, num.start, self.floor);
            return Some(self.skip(start, end, NonQuantityKind::Code));
        }
        None
    }

    /// Step 5: two numbers joined by "/", "-" or ".", or a range whose high
    /// end carries a month ("12 – 19/1/2011").
    ///
    /// A day and month `a/b` or `a-b` (a <= 31, b <= 12, one or two digits
    /// each) is a date after "ngày", "sáng", "chiều"... (strong context); a
    /// ratio or range after a hedge or "chiếm"/"đạt"/"bằng", or when a
    /// lower-case counted noun follows ("5/9 xã", "2-4 ngày", "10/10 tiêu
    /// chí"); otherwise (punctuation, a function word, "vừa qua", "tới", a
    /// capitalised word, end of text) a date. So "từ 25/1", "đến 30/6, các
    /// xã" are dates without a list of such words, and "từ 2-4 ngày" is a
    /// range: what follows decides, not "từ" or "đến". With
    /// b > 12 or a > 31 it is a ratio or range, except a two-digit b > 12
    /// after a slash in strong context ("chiều 9/56"): a date whose month
    /// slipped, for DAT001. `m/yyyy` and `m-yyyy` are
    /// dates. "a.b" is read by [`Scanner::dot_date`].
    #[inline(never)]
    fn two_part(&mut self, num: &Num, before: &Before) -> Option<usize> {
        let s = self.s;
        let i = num.start;
        if !num.is_plain(s) {
            let strong = before.find(s, List::StrongDate).is_some();
            return self.dot_date(num, before, strong);
        }
        let sep = byte_at(s, num.end);
        if !matches!(sep, Some(b'/' | b'-' | b' ' | b'\t' | 0x80..)) {
            return None;
        }
        let strong = before.find(s, List::StrongDate).is_some();
        if matches!(sep, Some(b'/' | b'-')) && byte_at(s, num.end + 1).is_some_and(|b| b.is_ascii_digit()) {
            let b_start = num.end + 1;
            let b_end = digit_run(s, b_start);
            let (a, b) = (num.text(s), &s[b_start..b_end]);
            if sep == Some(b'/') && continues_slash(s, b_end) {
                // "1/2/3": no date, no document; a code.
                let (start, end) = forms::code_span(s, i, self.floor);
                return Some(self.skip(start, end, NonQuantityKind::Code));
            }
            if sep == Some(b'-')
                && byte_at(s, b_end) == Some(b'/')
                && let Some(end) = forms::date_tail(s, b_end)
            {
                // "19-23/1/2026": a range of days.
                return Some(self.skip(i, end, NonQuantityKind::Date));
            }
            if matches!(byte_at(s, b_end), Some(b'.' | b','))
                && byte_at(s, b_end + 1).is_some_and(|b| b.is_ascii_digit())
            {
                // "2-3,5 triệu", "45/60,5": the second number goes on.
                return None;
            }
            let month_year = a.len() <= 2 && small_value(a) <= 12 && forms::is_year(b);
            // "chiều 9/56" after a word of time: a date with a month slip,
            // for the checker to judge, not a ratio.
            let slipped_month = strong && sep == Some(b'/') && is_slipped_day_month(a, b);
            if month_year || slipped_month || (is_day_month(a, b) && self.reads_as_date(before, strong, b_end)) {
                // "4/2023", "19/5", and ranges of them: "6/1970-12/1979", "26/1-1/2".
                let end = forms::date_range_tail(s, b_end).unwrap_or(b_end);
                return Some(self.skip(i, end, NonQuantityKind::Date));
            }
            return None;
        }
        // "12 – 19/1/2011"
        let dash = skip_gap(s, num.end);
        let len = dash_len(s, dash)?;
        let high = skip_gap(s, dash + len);
        if !byte_at(s, high).is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        let high_end = digit_run(s, high);
        let end = forms::date_tail(s, high_end).filter(|_| byte_at(s, high_end) == Some(b'/'))?;
        Some(self.skip(i, end, NonQuantityKind::Date))
    }

    /// "a.b" with a day and a month, Thanh Niên style: a date after strong
    /// context ("sáng 19.1"), and after weak context ("đến 31.12"), after
    /// "nay"/"qua" across a comma or dash ("sáng nay, 8.2") or in brackets
    /// ("(6.2)") when no counted noun, scale or "%" follows. Otherwise a
    /// badly grouped number ("1.5 triệu", "Android 7.1").
    #[inline(never)]
    fn dot_date(&mut self, num: &Num, before: &Before, strong: bool) -> Option<usize> {
        let s = self.s;
        let (a, b) = num.text(s).split_once('.')?;
        if b.contains(['.', ',']) || !is_day_month(a, b) {
            return None;
        }
        let weak = || {
            let head = s[..num.start].trim_end_matches([' ', ',', '-', '–']);
            let today = head.len() < num.start && (ends_with_word(head, "nay") || ends_with_word(head, "qua"));
            let bracketed = s[..num.start].ends_with('(') && byte_at(s, num.end) == Some(b')');
            today || bracketed || before.find(s, List::WeakDate).is_some()
        };
        let date = strong || (weak() && self.reads_as_date(before, false, num.end));
        date.then(|| self.skip(num.start, num.end, NonQuantityKind::Date))
    }

    /// Whether a day and month ending at `end` reads as a date (see
    /// [`Scanner::two_part`]).
    fn reads_as_date(&self, before: &Before, strong: bool, end: usize) -> bool {
        // "5-10%", "2-3 triệu": a range of quantities.
        if percent_at(self.s, end).is_some() || scale_at(self.s, end, 0).is_some() {
            return false;
        }
        if strong {
            return true;
        }
        if self.hedge(before).is_some() || before.find(self.s, List::RatioVerb).is_some() {
            return false;
        }
        let counted_noun = noun_after(self.s, end).is_some_and(|(start, noun_end)| {
            let word = &self.s[start..word_end(self.s, start).min(noun_end)];
            char_at(self.s, start).is_some_and(char::is_lowercase) && words().flags_of(word) & flag::DATE_FOLLOWER == 0
        });
        !counted_noun
    }

    /// Step 6: four bare digits 1900..=2100 are a year unless a hedge comes
    /// before or a scale, "%" or a counted unit after ("hơn 2000 người").
    #[inline(never)]
    fn is_bare_year(&self, num: &Num, before: &Before) -> bool {
        let s = self.s;
        if !forms::is_year(num.text(s)) || self.hedge(before).is_some() || range_high(s, num.end).is_some() {
            return false;
        }
        if scale_at(s, num.end, 0).is_some() || percent_at(s, num.end).is_some() {
            return false;
        }
        let counted = noun_after(s, num.end)
            .is_some_and(|(start, end)| word_in(&s[start..word_end(s, start).min(end)], YEAR_COUNTED_UNITS));
        !counted
    }

    /// The hedge right before the number, if it starts at or after the
    /// floor.
    fn hedge(&self, before: &Before) -> Option<Hedge> {
        let (kind, start) = before.hedge(self.s)?;
        let end = before.first()?.end;
        (start >= self.floor).then(|| Hedge { kind, span: Span::new(self.base + start, self.base + end) })
    }

    /// Step 7: a quantity with its hedge, scale, percent, range or ratio,
    /// and noun.
    fn quantity(&mut self, num: Num, before: &Before) -> usize {
        let s = self.s;
        let hedge = self.hedge(before);
        if plain_follower(s, num.end) {
            // Nothing after the number can be a scale, "%", range or ratio.
            let noun = noun_after(s, num.end);
            return self.push_mention(
                num.start,
                num.end,
                hedge,
                NumberKind::Amount(num.to_value(self.base, None)),
                noun,
            );
        }
        let (low, low_end, low_percent) = self.value_at(num);
        let mut end = low_end;
        let mut percent_unit = None;
        let kind = if let Some(high_start) = range_high(s, low_end) {
            let high_num = read_number(s, high_start);
            let (high, high_end, high_percent) = self.value_at(high_num);
            let mut low = low;
            // "2-3 triệu": the scale of the high end applies to both.
            if low.scale.is_none()
                && let Some(scale) = high.scale
            {
                low = num.to_value(self.base, Some(scale));
            }
            end = high_end;
            // "5-10%", "5% - 10%": a range of percentages has "%" as its unit.
            if let Some(p) = high_percent.or(low_percent) {
                percent_unit = Some(Span::new(self.base + p.0, self.base + p.1));
            }
            NumberKind::Range(low, high)
        } else if low_percent.is_some() {
            NumberKind::Percent(low)
        } else if low.scale.is_none()
            && byte_at(s, low_end) == Some(b'/')
            && byte_at(s, low_end + 1).is_some_and(|b| b.is_ascii_digit())
        {
            let den = read_number(s, low_end + 1);
            end = den.end;
            NumberKind::Ratio(low, den.to_value(self.base, None))
        } else {
            NumberKind::Amount(low)
        };
        let noun = percent_unit.map(|p| (p.start - self.base, p.end - self.base)).or_else(|| noun_after(s, end));
        self.push_mention(num.start, end, hedge, kind, noun)
    }

    /// Records a mention of the digits from `start` to `end` (block
    /// offsets; the span starts at the hedge when there is one) and returns
    /// where scanning resumes: after the noun.
    fn push_mention(
        &mut self,
        start: usize,
        end: usize,
        hedge: Option<Hedge>,
        kind: NumberKind,
        noun: Option<(usize, usize)>,
    ) -> usize {
        if let NumberKind::Amount(value) = &kind
            && (glued_non_unit(self.s, end, noun) || plate_number(self.s, start, value.digits.len()))
        {
            // "802.11ac", "2.5G", "4K": a code; "43A - 156.47": a licence plate.
            let code_end = noun.map_or(end, |(_, b)| b.max(end));
            return self.skip(start, code_end, NonQuantityKind::Code);
        }
        let start = hedge.map_or(self.base + start, |h| h.span.start);
        let span = Span::new(start, self.base + end);
        let noun_span = noun.map(|(a, b)| Span::new(self.base + a, self.base + b));
        // Only oddly grouped digits ("Android 7.1") need to know; the look
        // back is skipped for the rest.
        let odd = match &kind {
            NumberKind::Amount(v) | NumberKind::Percent(v) => {
                !matches!(v.grouping, super::Grouping::None | super::Grouping::Thousands)
            }
            NumberKind::Ratio(a, b) | NumberKind::Range(a, b) => {
                [a, b].iter().any(|v| !matches!(v.grouping, super::Grouping::None | super::Grouping::Thousands))
            }
        };
        let after_name = odd && hedge.is_none() && super::text::after_name(self.s, start - self.base);
        self.numbers.push(NumberMention { span, hedge, kind, noun: noun_span, block: self.block, after_name });
        self.floor = noun.map_or(end, |(_, b)| b.max(end));
        self.floor
    }

    /// A value with its scale and "%": returns the value, where it ends, and
    /// the span of the percent sign if any.
    fn value_at(&self, num: Num) -> (Value, usize, Option<(usize, usize)>) {
        let s = self.s;
        let (scale, end) = match scale_at(s, num.end, self.base) {
            Some((scale, end)) => (Some(scale), end),
            None => (None, num.end),
        };
        let percent = if scale.is_none() { percent_at(s, end).map(|p| (skip_gap(s, end), p)) } else { None };
        let end = percent.map_or(end, |p| p.1);
        (num.to_value(self.base, scale), end, percent)
    }

    /// "hàng trăm", "hàng nghìn", "hàng chục nghìn": an indefinite plural at
    /// `h` (the "h"). Its value is the scale word's factor.
    #[inline(never)]
    fn at_hang(&mut self, h: usize) -> Option<usize> {
        let s = self.s;
        if h < self.floor || !matches!(byte_at(s, h), Some(b'h' | b'H')) {
            return None;
        }
        if char_before(s, h).is_some_and(super::text::is_alnum) {
            return None;
        }
        let hang_end = match_phrase(s, h, "hàng")?;
        let gap = skip_gap(s, hang_end);
        if gap == hang_end {
            return None;
        }
        let (scale, end) = scale_at(s, gap, self.base)?;
        let hedge = Hedge { kind: HedgeKind::Indefinite, span: Span::new(self.base + h, self.base + hang_end) };
        let value = Value {
            digits: scale.span,
            value: scale.factor,
            grouping: super::Grouping::None,
            decimals: 0,
            leading_zero: false,
            scale: Some(scale),
        };
        let noun = noun_after(s, end);
        self.numbers.push(NumberMention {
            span: Span::new(self.base + h, self.base + end),
            hedge: Some(hedge),
            kind: NumberKind::Amount(value),
            noun: noun.map(|(a, b)| Span::new(self.base + a, self.base + b)),
            block: self.block,
            after_name: false,
        });
        self.floor = noun.map_or(end, |(_, b)| b.max(end));
        Some(self.floor)
    }
}

/// Only a plain word or punctuation follows the number ending at `end`:
/// no scale word (they start with n, v, t, c), "%" or "phần trăm", dash of
/// a range, or "/" of a ratio. One byte decides for most quantities.
fn plain_follower(s: &str, end: usize) -> bool {
    let gap = skip_gap(s, end);
    let rest = &s.as_bytes()[gap..];
    match rest.first() {
        None => true,
        Some(b) if b.is_ascii_lowercase() => !SCALE_PREFIXES.iter().any(|p| rest.starts_with(p)),
        // En and em dashes start with E2; Vietnamese letters never do.
        Some(&b) if b >= 0x80 => b != 0xE2,
        Some(b',' | b';' | b':' | b')' | b'!' | b'?' | b'"' | b'\'' | b'(') => true,
        Some(b'.') => gap > end || !rest.get(1).is_some_and(|b| b.is_ascii_digit()),
        _ => false,
    }
}

/// The first bytes of the scale words and "phần trăm" in lower case: a
/// lower-case word that starts otherwise is no scale. ("ngà" for "ngàn",
/// "vạ", "tră", "tỷ", "tỉ", "chụ", "phầ".)
const SCALE_PREFIXES: &[&[u8]] = &[
    b"ngh",
    "ngà".as_bytes(),
    "vạ".as_bytes(),
    b"tri",
    "tră".as_bytes(),
    "tỷ".as_bytes(),
    "tỉ".as_bytes(),
    "chụ".as_bytes(),
    "phầ".as_bytes(),
];

/// Whether a closed form can start at the digits `i..run`: each needs a
/// separator, letter, dash or "giờ" right after the digits, a leading zero
/// or a hotline prefix (phones), four digits (years), or "+" or "(" before.
/// One or two byte tests spare most quantities the six recognisers.
fn closed_form_possible(s: &str, i: usize, run: usize, prev: Option<char>) -> bool {
    if s.as_bytes()[i] == b'0' || matches!(prev, Some('+' | '(')) {
        return true;
    }
    // Four digits: a year ("2011-2015", "2015/2016") or a hotline ("1800
    // 1260", "1900.1234").
    let four = run - i == 4;
    match byte_at(s, run) {
        Some(b'/' | b'-' | b':' | b')') => true,
        // "15.5.2016" and the list marker "1. " have one or two digits first
        // and at most two after the dot; "29.638" is a grouped number.
        Some(b'.') => (run - i <= 2 && digit_run(s, run + 1) - (run + 1) <= 2) || four,
        // E2 starts the en and em dashes ("2011–2015").
        Some(0xE2) => true,
        // A dash, "giờ" or a hotline's next group after white space (C2
        // starts a no-break space).
        Some(b' ' | b'\t' | 0xC2) => match byte_at(s, skip_gap(s, run)) {
            Some(b'-' | 0xE2 | b'g' | b'G') => true,
            Some(b) => four && b.is_ascii_digit(),
            None => false,
        },
        Some(b) => b.is_ascii_alphabetic(),
        None => false,
    }
}

/// The offset of the first ASCII digit at or after `i` (`bytes.len()` when
/// none). Digits are sparse in prose: the skimmer passes over chunks
/// without one, and only the chunk that holds a digit is read byte by byte.
fn next_digit(bytes: &[u8], i: usize) -> usize {
    let mut i = Skimmer::default().next(bytes, i, |b, _, _| b.is_ascii_digit());
    while i < bytes.len() && !bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Where "àng" occurs in a block (the "à" of "hàng", "Hàng"), found with
/// memchr's SIMD search and consumed in order. "HÀNG" in capitals is not
/// looked for: all-capital headlines are rare, and a second search would
/// cost every block. Offsets point at the "à"; the "h" is one byte before.
struct Hang<'a> {
    matches: memchr::memmem::FindIter<'a, 'static>,
    next: Option<usize>,
}

impl<'a> Hang<'a> {
    fn new(bytes: &'a [u8]) -> Hang<'a> {
        static FINDER: OnceLock<Finder<'static>> = OnceLock::new();
        let mut matches = FINDER.get_or_init(|| Finder::new("àng")).find_iter(bytes);
        let next = matches.next();
        Hang { matches, next }
    }

    /// The first "àng" at or after `i` (after an "h" or not), or `usize::MAX`.
    fn next_at_or_after(&mut self, i: usize) -> usize {
        while self.next.is_some_and(|p| p < i || p == 0) {
            self.next = self.matches.next();
        }
        self.next.unwrap_or(usize::MAX)
    }
}

/// Units after four bare digits that make them a count, not a year: "hơn
/// 2000 người" needs no hedge to be a count when "người" follows.
const YEAR_COUNTED_UNITS: &[&str] =
    &["người", "hộ", "lượt", "đồng", "ha", "tấn", "kg", "km", "m2", "cán", "đảng", "hội", "học", "đại", "cuốn", "bản"];

/// `a` and `b` (digits) are a day and a number that cannot be a month: one
/// or two digits each, a day of 1 to 31 and a "month" above 12.
fn is_slipped_day_month(a: &str, b: &str) -> bool {
    let (day, month) = (small_value(a), small_value(b));
    (1..=2).contains(&a.len()) && b.len() == 2 && (1..=31).contains(&day) && month > 12
}

/// `a` and `b` (digits) can be a day and a month: one or two digits each,
/// 1..=31 and 1..=12.
fn is_day_month(a: &str, b: &str) -> bool {
    let (day, month) = (small_value(a), small_value(b));
    (1..=2).contains(&a.len()) && (1..=2).contains(&b.len()) && (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// A "/" and a digit at `i`.
fn continues_slash(s: &str, i: usize) -> bool {
    byte_at(s, i) == Some(b'/') && byte_at(s, i + 1).is_some_and(|b| b.is_ascii_digit())
}

/// The high end of a range after `i`: white space, a dash, white space and
/// a digit ("15 -17", "2-4", "24.000 – 31.700"). Returns the digit's offset.
fn range_high(s: &str, i: usize) -> Option<usize> {
    let dash = skip_gap(s, i);
    let high = skip_gap(s, dash + dash_len(s, dash)?);
    byte_at(s, high).is_some_and(|b| b.is_ascii_digit()).then_some(high)
}

/// After a day: " tháng m" and optionally " năm yyyy" ("ngày 15 tháng 5 năm
/// 2016" is one date).
fn full_date_tail(s: &str, run: usize) -> Option<usize> {
    let word = skip_gap(s, run);
    if word == run {
        return None;
    }
    let month = skip_gap(s, match_phrase(s, word, "tháng")?);
    let month_end = digit_run(s, month);
    if !(1..=2).contains(&(month_end - month)) {
        return None;
    }
    Some(year_tail(s, month_end).unwrap_or(month_end))
}

/// `head` ends with the whole word `lower` (ignoring case).
fn ends_with_word(head: &str, lower: &str) -> bool {
    let Some(start) = head.len().checked_sub(lower.len()) else { return false };
    head.is_char_boundary(start)
        && super::text::same_word(&head[start..], lower)
        && char_before(head, start).is_none_or(|c| !is_letter(c))
}

/// " năm yyyy" after `i`.
fn year_tail(s: &str, i: usize) -> Option<usize> {
    let word = skip_gap(s, i);
    if word == i {
        return None;
    }
    let year = skip_gap(s, match_phrase(s, word, "năm")?);
    let end = digit_run(s, year);
    (3..=4).contains(&(end - year)).then_some(end)
}

/// Letters glued to the digits that are not a unit ("802.11ac", "2.5G",
/// "4K"): the digits belong to a code. Units glue legitimately ("1.080m2",
/// "9ha", "109.2cc").
fn glued_non_unit(s: &str, end: usize, noun: Option<(usize, usize)>) -> bool {
    let Some((a, b)) = noun else { return false };
    if a != end {
        return false;
    }
    let word = &s[a..word_end(s, a).min(b)];
    super::lexicon::words().flags_of(word) & super::lexicon::flag::UNIT == 0
}

/// A Vietnamese licence plate: a province code of two digits and a series
/// letter, a dash, then "ddd.dd" ("43A - 156.47", "36A-141.54").
fn plate_number(s: &str, start: usize, digits_len: usize) -> bool {
    let digits = s.get(start..start + digits_len).unwrap_or("");
    let shaped = digits.len() == 6 && digits.as_bytes()[3] == b'.';
    if !shaped {
        return false;
    }
    let before = super::text::back_over_gap(s, start);
    let Some(dash) = s[..before].strip_suffix(['-', '–']) else { return false };
    let series_end = super::text::back_over_gap(s, dash.len());
    let series = s[..series_end].rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
    let bytes = series.as_bytes();
    (3..=4).contains(&bytes.len()) && bytes[..2].iter().all(u8::is_ascii_digit) && bytes[2].is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::next_digit;

    proptest! {
        #[test]
        fn next_digit_finds_the_first_digit(text in "[a-z 0-9àệ.,/]{0,80}", from in 0usize..90) {
            let bytes = text.as_bytes();
            let expected = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit()).unwrap_or(bytes.len().max(from));
            prop_assert_eq!(next_digit(bytes, from), expected);
        }
    }
}
