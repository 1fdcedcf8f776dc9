//! Dates in running text: "19/5/2014", "Ngày 19-5", "ngày 15 tháng 5 năm
//! 2016", "tháng 4/2023", "năm 2019", "Sáng 7/11", a weekday before a date
//! ("Thứ năm, 08/12/2022", "Chủ nhật (31/1)"), ranges ("25/1 - 2/2/2021",
//! "19-23/1/2026") and periods ("giai đoạn 2016-2021").
//!
//! ```text
//! date    := part (ws? dash ws? part)?              a range when the dash is there
//! part    := d ws "tháng" ws m (ws "năm" ws y)?      "15 tháng 5 năm 2016"
//!          | d sep m (sep y)? | m sep y | d | m      sep one of "/", "-", "." (the same twice)
//!          | roman "/" y                            "quý II/2024": the year only
//! weekday := ("Thứ" (hai..bảy | 2..7) | "Chủ nhật" | "CN") week? ","? ws? "("? ("ngày" ws)?   before a date
//!          | date ws? ("(" "tức"? weekday ")" | ","? "tức" weekday)                after it
//! week    := "vừa qua" | "tuần này" | "tuần tới" | ...   only before a bracketed date
//! period  := y ws? (dash | "/") ws? y
//! ```
//! The number recogniser decides which digits are dates and years (see
//! [`crate::NonQuantityKind::Date`] and [`crate::NonQuantityKind::Year`]);
//! this layer reads the day, month and year of each as written and finds
//! the weekday before it. Nothing is validated: a 31/2 or a Thursday that
//! falls on a Friday is recorded as it is, and the checker judges.

use crate::{
    Block, NonQuantity, NonQuantityKind, Span, Weekday, WeekdayMention,
    numbers::text::{
        back_over_gap, back_over_word, byte_at, char_before, digit_run, phrase_before, skip_gap, small_value, word_in,
    },
};

/// One date, year or period written in the headline or the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// The digits and words of the date as the number recogniser set them
    /// aside ("15 tháng 5 năm 2016", "19/5/2014", "2016-2021"); the weekday
    /// and "ngày" before it are not included.
    pub span: Span,
    pub kind: DateKind,
    /// The date, or the low end of a range or period, as written.
    pub start: Ymd,
    /// The high end of a range or period.
    pub end: Option<Ymd>,
    /// A weekday written just before the date, or right after it in
    /// brackets or after "tức".
    pub weekday: Option<WeekdayMention>,
    /// The date opens its block: only an agency prefix ("LSO-"), "Ngày",
    /// a part of the day ("Sáng", "Chiều") or a weekday comes before it, as
    /// in a lead that dates the event it reports ("LSO-Ngày 19/5/2014, ...").
    pub opens_block: bool,
    /// How the text frames the date: which calendar, whether it is quoted
    /// or only looks like a date.
    pub framing: DateFraming,
    /// Index of the block in `Report::blocks`.
    pub block: usize,
}

/// What the words around a date say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateFraming {
    /// "âm lịch", "ÂL" after it: a lunar date, whose months have 29 or 30
    /// days ("30/2 âm lịch" exists).
    pub lunar: bool,
    /// Right after an opening quotation mark: a date the story talks about
    /// as a thing ("ngày “30/2”"), not one it dates by.
    pub quoted: bool,
    /// Day and month joined by "-" or "." with no year, and no date word
    /// ("ngày", a part of the day, a weekday, "từ", "đến") before it: "30-2"
    /// may as well be a score, a rule's name or a ratio.
    pub uncued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A day, a month or both, with or without a year.
    Date,
    /// A year alone: "năm 2019", "2019", "quý II/2024".
    Year,
    /// A range of years: "2011-2015", "giai đoạn 2016 - 2021".
    Period,
}

/// Day, month and year as written; a part that is not written is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ymd {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
}

impl Ymd {
    /// Day, month and year all written.
    pub fn full(self) -> Option<(i32, u32, u32)> {
        Some((self.year?, self.month?, self.day?))
    }
}

impl Date {
    /// A word of the future or of a plan before the date in its sentence
    /// ("sẽ", "dự kiến", "kế hoạch"), a bound right before it ("hạn",
    /// "trước", "đến", "từ"), or "tới" or "sẽ" right after it ("ngày 5/6
    /// tới"): a date the story looks ahead to. Read on demand, since it
    /// walks back over a sentence and few dates are ever asked about:
    /// `text` and `blocks` are the report's.
    /// A part of the day right before the date ("sáng 9/6", "chiều ngày
    /// 29/6"): the date of an event, told to the hour. Read on demand, as
    /// [`Date::is_prospective`] is.
    pub fn has_part_of_day(&self, text: &str, blocks: &[Block]) -> bool {
        let Some(block) = blocks.get(self.block) else { return false };
        let Some(s) = text.get(block.span.range()) else { return false };
        part_of_day_before(s, self.span.start - block.span.start)
    }

    /// Told as the day of writing: in brackets right after "nay" ("sáng
    /// nay (23/5)", "hôm nay (ngày 30/6)"). Read on demand, as
    /// [`Date::is_prospective`] is.
    pub fn is_today(&self, text: &str, blocks: &[Block]) -> bool {
        let Some(block) = blocks.get(self.block) else { return false };
        let Some(s) = text.get(block.span.range()) else { return false };
        let mut at = back_over_gap(s, self.span.start - block.span.start);
        if let Some(start) = phrase_before(s, at, "ngày") {
            at = back_over_gap(s, start);
        }
        char_before(s, at) == Some('(') && word_before(s, at - 1).is_some_and(|w| word_in(w, &["nay"]))
    }

    pub fn is_prospective(&self, text: &str, blocks: &[Block]) -> bool {
        let Some(block) = blocks.get(self.block) else { return false };
        let Some(s) = text.get(block.span.range()) else { return false };
        let (at, end) = (self.span.start - block.span.start, self.span.end - block.span.start);
        let after = skip_gap(s, end);
        let after = if s[after..].starts_with('(') { skip_gap(s, after + 1) } else { after };
        prospective(s, at, after)
    }

    /// The year of the date, or of the high end of a range ("25/1 -
    /// 2/2/2021" is in 2021).
    pub fn year(&self) -> Option<i32> {
        self.start.year.or(self.end.and_then(|e| e.year))
    }

    /// The date with the year of a range's high end filled in when the low
    /// end has none.
    pub fn start_with_year(&self) -> Ymd {
        Ymd { year: self.year(), ..self.start }
    }
}

/// Reads the dates and years that the number recogniser set aside, in text
/// order. `non_quantities` is sorted by position, so the result is too.
pub fn recognise_dates(text: &str, blocks: &[Block], non_quantities: &[NonQuantity]) -> Vec<Date> {
    let mut dates = Vec::new();
    for nq in non_quantities {
        let Some(block) = blocks.get(nq.block) else { continue };
        let Some(s) = text.get(block.span.range()) else { continue };
        let (at, end) = (nq.span.start - block.span.start, nq.span.end - block.span.start);
        let date = match nq.kind {
            NonQuantityKind::Date => read_date(s, at, end),
            NonQuantityKind::Year => read_years(&s[at..end]),
            _ => None,
        };
        let Some((kind, start, high)) = date else { continue };
        let before = if kind == DateKind::Date { weekday_before(s, at, block.span.start) } else { None };
        let opens_block =
            kind == DateKind::Date && opens_block(s, before.map_or(at, |w| w.span.start - block.span.start));
        let weekday = match before {
            None if kind == DateKind::Date => weekday_after(s, end, block.span.start),
            before => before,
        };
        let framing = if kind == DateKind::Date {
            framing(s, at, end, start.year.is_none() && high.is_none_or(|h| h.year.is_none()), weekday.is_some())
        } else {
            DateFraming::default()
        };
        dates.push(Date { span: nq.span, kind, start, end: high, weekday, opens_block, framing, block: nq.block });
    }
    dates
}

type Reading = (DateKind, Ymd, Option<Ymd>);

/// A cursor over the text of one date.
struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn number(&mut self) -> Option<(u32, usize)> {
        let end = digit_run(self.s, self.at);
        let len = end - self.at;
        if len == 0 || len > 4 {
            return None;
        }
        let value = small_value(&self.s[self.at..end]);
        self.at = end;
        Some((value, len))
    }

    fn word(&mut self, lower: &str) -> bool {
        let from = skip_gap(self.s, self.at);
        match crate::numbers::text::match_phrase(self.s, from, lower) {
            Some(end) if from > self.at || self.at == 0 => {
                self.at = skip_gap(self.s, end);
                true
            }
            _ => false,
        }
    }

    fn byte(&self) -> Option<u8> {
        byte_at(self.s, self.at)
    }

    fn digit_at(&self, i: usize) -> bool {
        byte_at(self.s, i).is_some_and(|b| b.is_ascii_digit())
    }

    fn at_end(&self) -> bool {
        self.at >= self.s.len()
    }

    /// A dash between the two ends of a range, with white space around it.
    fn range_dash(&mut self) -> bool {
        let dash = skip_gap(self.s, self.at);
        let Some(len) = crate::numbers::dash_len(self.s, dash) else { return false };
        self.at = skip_gap(self.s, dash + len);
        true
    }
}

/// A date span `s[at..end]`; the word before it tells a lone month ("tháng
/// 4") from a lone day ("ngày 15").
fn read_date(s: &str, at: usize, end: usize) -> Option<Reading> {
    let month_first = word_before(s, at).is_some_and(|w| word_in(w, &["tháng"]));
    let t = &s[at..end];
    if t.starts_with(['I', 'V', 'X']) {
        // "quý II/2024": only the year is a date.
        let year = t.rsplit('/').next().map(small_value)?;
        return Some((DateKind::Year, Ymd { year: Some(year as i32), ..Ymd::default() }, None));
    }
    let mut c = Cursor { s: t, at: 0 };
    let (low, day_range) = part(&mut c, month_first)?;
    if day_range {
        // "19-23/1/2026": the second day carries the month and year.
        let high = part(&mut c, false)?.0;
        return c.at_end().then_some((DateKind::Date, low, Some(high)));
    }
    if c.at_end() {
        return Some((DateKind::Date, low, None));
    }
    if !c.range_dash() {
        return None;
    }
    let high = part(&mut c, month_first && low.day.is_none())?.0;
    c.at_end().then_some((DateKind::Date, low, Some(high)))
}

/// One end of a date. The flag is set for the low day of "19-23/1/2026",
/// after which the cursor stands on the high day.
fn part(c: &mut Cursor<'_>, month_first: bool) -> Option<(Ymd, bool)> {
    let (a, a_len) = c.number()?;
    let year = |v: u32| Some(v as i32);
    if c.word("tháng") {
        let (month, _) = c.number()?;
        let mut ymd = Ymd { day: Some(a), month: Some(month), year: None };
        if c.word("năm") {
            ymd.year = year(c.number()?.0);
        }
        return Some((ymd, false));
    }
    if month_first && c.word("năm") {
        return Some((Ymd { day: None, month: Some(a), year: year(c.number()?.0) }, false));
    }
    let sep = c.byte().filter(|b| matches!(b, b'/' | b'-' | b'.'));
    if let Some(sep) = sep.filter(|_| c.digit_at(c.at + 1)) {
        let back = c.at;
        c.at += 1;
        let (b, b_len) = c.number()?;
        if b_len == 4 {
            return Some((Ymd { day: None, month: Some(a), year: year(b) }, false));
        }
        if sep == b'-' && c.byte() == Some(b'/') {
            c.at = back + 1;
            return Some((Ymd { day: Some(a), ..Ymd::default() }, true));
        }
        let mut ymd = Ymd { day: Some(a), month: Some(b), year: None };
        if c.byte() == Some(sep) && c.digit_at(c.at + 1) {
            c.at += 1;
            ymd.year = year(c.number()?.0);
        }
        return Some((ymd, false));
    }
    if a_len == 4 {
        return Some((Ymd { year: year(a), ..Ymd::default() }, false));
    }
    if month_first {
        return Some((Ymd { month: Some(a), ..Ymd::default() }, false));
    }
    Some((Ymd { day: Some(a), ..Ymd::default() }, false))
}

/// "2019", "2011-2015", "2016 - 2021", "2015/2016".
fn read_years(t: &str) -> Option<Reading> {
    let mut c = Cursor { s: t, at: 0 };
    let (low, len) = c.number()?;
    let ymd = |y: u32| Ymd { year: Some(y as i32), ..Ymd::default() };
    if len != 4 && len != 3 {
        return None;
    }
    if c.at_end() {
        return Some((DateKind::Year, ymd(low), None));
    }
    if c.byte() == Some(b'/') {
        c.at += 1;
    } else if !c.range_dash() {
        return None;
    }
    let (high, _) = c.number()?;
    c.at_end().then_some((DateKind::Period, ymd(low), Some(ymd(high))))
}

/// The word that ends right before `at` across white space.
fn word_before(s: &str, at: usize) -> Option<&str> {
    let end = back_over_gap(s, at);
    let start = back_over_word(s, end);
    (start < end).then(|| &s[start..end])
}

/// Only an agency prefix, "Ngày" or a part of the day comes before `at`
/// in the block `s`.
/// Reads the words around the date `s[at..end]`; see [`DateFraming`].
fn framing(s: &str, at: usize, end: usize, no_year: bool, has_weekday: bool) -> DateFraming {
    let after = skip_gap(s, end);
    let after = if s[after..].starts_with('(') { skip_gap(s, after + 1) } else { after };
    let lunar = ["âm lịch", "âl", "al"].iter().any(|w| crate::numbers::text::match_phrase(s, after, w).is_some());
    let quoted = matches!(char_before(s, at), Some('“' | '"' | '‘' | '\'' | '«'));
    let written = &s[at..end];
    let joined = no_year && !written.contains('/') && !written.contains("tháng") && written.contains(['-', '.']);
    let cued = has_weekday || {
        let k = back_over_gap(s, at);
        let k = if char_before(s, k) == Some('(') { back_over_gap(s, k - 1) } else { k };
        let word = &s[back_over_word(s, k)..k];
        word_in(
            word,
            &["ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "từ", "đến", "tới", "qua", "trước", "sau"],
        )
    };
    DateFraming { lunar, quoted, uncued: joined && !cued }
}

/// Parts of the day that date an event told to the hour.
const PARTS_OF_DAY: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm", "khuya"];

/// A part of the day before the date at `at`, maybe with "ngày" between.
fn part_of_day_before(s: &str, at: usize) -> bool {
    let Some(word) = word_before(s, at) else { return false };
    if word_in(word, PARTS_OF_DAY) {
        return true;
    }
    let start = back_over_word(s, back_over_gap(s, at));
    word_in(word, &["ngày"]) && word_before(s, start).is_some_and(|w| word_in(w, PARTS_OF_DAY))
}

/// Words that put a sentence in the future or in a plan, wherever they
/// stand before the date in it ("sẽ còn thi đấu 2 trận ... (5/9)").
const FUTURE_WORDS: &[&str] = &["sẽ", "sắp", "hẹn", "lịch", "mời"];
/// Two-word cues of the same kind, whose words alone mean other things.
const FUTURE_PHRASES: &[(&str, &str)] = &[
    ("dự", "kiến"),
    ("dự", "định"),
    ("kế", "hoạch"),
    ("chuẩn", "bị"),
    ("triệu", "tập"),
    ("đề", "nghị"),
    ("yêu", "cầu"),
    ("kéo", "dài"),
    ("chậm", "nhất"),
];
/// Words that bound a wait or start a period, right before the date
/// ("hạn 30/6", "trước ngày 1/7", "từ 1/7"); "tính đến" (as of) and "kể từ"
/// (since) do not.
const BOUND_WORDS: &[&str] = &["hạn", "trước", "đến", "tới", "từ", "hết"];
/// Words read before a date for a bound word, at most.
const BOUND_WINDOW_WORDS: usize = 3;
/// Words read back to the start of the sentence for a future word, at most.
const SENTENCE_WINDOW_WORDS: usize = 40;

/// See [`DateFraming::prospective`]; `after` is where the words after the
/// date start.
fn prospective(s: &str, at: usize, after: usize) -> bool {
    let match_phrase = crate::numbers::text::match_phrase;
    if match_phrase(s, after, "tới").is_some() || match_phrase(s, after, "sẽ").is_some() {
        return true;
    }
    let mut k = at;
    let mut next: Option<&str> = None;
    for n in 0..SENTENCE_WINDOW_WORDS {
        k = back_over_gap(s, k);
        // Commas, brackets and other marks inside a sentence are passed
        // over; a full stop, "!", "?" or ";" ends the search.
        while let Some(c) = char_before(s, k)
            && !c.is_alphanumeric()
            && !matches!(c, '.' | '!' | '?' | ';')
            && !c.is_whitespace()
        {
            k = back_over_gap(s, k - c.len_utf8());
        }
        let start = back_over_word(s, k);
        if start == k {
            // A number or a code ("SEA Games 29", "U22") is a word to pass.
            let token =
                s[..k].trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-' | '%'));
            if token.len() == k {
                return false;
            }
            k = token.len();
            next = None;
            continue;
        }
        let word = &s[start..k];
        let bound = n < BOUND_WINDOW_WORDS
            && word_in(word, BOUND_WORDS)
            && !word_before(s, start).is_some_and(|w| {
                // "tính đến" (as of) and "kể từ" (since) look back.
                (word_in(word, &["đến"]) && word_in(w, &["tính"])) || (word_in(word, &["từ"]) && word_in(w, &["kể"]))
            });
        let phrase =
            next.is_some_and(|second| FUTURE_PHRASES.iter().any(|(a, b)| word_in(word, &[a]) && word_in(second, &[b])));
        if bound || phrase || word_in(word, FUTURE_WORDS) {
            return true;
        }
        next = Some(word);
        k = start;
    }
    false
}

fn opens_block(s: &str, at: usize) -> bool {
    let mut k = at;
    for _ in 0..3 {
        k = back_over_gap(s, k);
        if char_before(s, k) == Some(',') {
            k = back_over_gap(s, k - 1);
        }
        let start = back_over_word(s, k);
        if start < k && word_in(&s[start..k], &["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"]) {
            k = start;
        } else {
            break;
        }
    }
    let head = &s[..k];
    // "LSO-", "(TN)-", "BGĐT-": a short agency prefix ending with a dash.
    head.is_empty()
        || (head.len() <= 16
            && head.ends_with(['-', '–'])
            && head.trim_end_matches(['-', '–']).chars().all(|c| c.is_uppercase() || matches!(c, '(' | ')' | ' ')))
}

/// Weekdays as written, lower case, longest first within each day.
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("thứ hai", Weekday::Monday),
    ("thứ 2", Weekday::Monday),
    ("thứ ba", Weekday::Tuesday),
    ("thứ 3", Weekday::Tuesday),
    ("thứ tư", Weekday::Wednesday),
    ("thứ 4", Weekday::Wednesday),
    ("thứ năm", Weekday::Thursday),
    ("thứ 5", Weekday::Thursday),
    ("thứ sáu", Weekday::Friday),
    ("thứ 6", Weekday::Friday),
    ("thứ bảy", Weekday::Saturday),
    ("thứ 7", Weekday::Saturday),
    ("chủ nhật", Weekday::Sunday),
    ("cn", Weekday::Sunday),
];

/// A weekday right before the date at `at`: "Thứ năm, 08/12/2022", "Thứ 3,
/// Ngày 28/06/2011", "Chủ nhật (31/1)", "ngày Chủ Nhật 23/5/2021".
fn weekday_before(s: &str, at: usize, base: usize) -> Option<WeekdayMention> {
    // Between the weekday and the date: "," "(" and "ngày", in any order
    // ("Thứ 3, Ngày 28/06/2011", "Thứ Bảy (ngày 3/2)", "Chủ nhật (31/1)").
    let mut end = back_over_gap(s, at);
    let mut bracket = false;
    for _ in 0..3 {
        let word_start = back_over_word(s, end);
        if matches!(char_before(s, end), Some(',' | '(')) {
            bracket |= char_before(s, end) == Some('(');
            end = back_over_gap(s, end - 1);
        } else if word_start < end && word_in(&s[word_start..end], &["ngày"]) {
            end = back_over_gap(s, word_start);
        } else {
            break;
        }
    }
    // Before a bracketed date, a phrase may tell which week: "Chủ nhật vừa
    // qua (19/6)", "thứ Hai tuần tới (3/7)".
    if bracket && let Some(start) = WEEK_PHRASES.iter().find_map(|phrase| phrase_before(s, end, phrase)) {
        end = back_over_gap(s, start);
    }
    // The weekday is two words ("Thứ năm", "Chủ nhật"), a word and a digit
    // ("Thứ 3") or "CN".
    let last_start =
        if char_before(s, end).is_some_and(|c| c.is_ascii_digit()) { end - 1 } else { back_over_word(s, end) };
    if last_start == end {
        return None;
    }
    let candidates = [back_over_word(s, back_over_gap(s, last_start)), last_start];
    for start in candidates {
        if start >= end || (start == last_start && !s[start..end].eq_ignore_ascii_case("cn")) {
            continue;
        }
        // Only the white space between the two words may differ.
        let words: Vec<&str> = s[start..end].split(crate::lines::is_space).filter(|w| !w.is_empty()).collect();
        let written = words.join(" ");
        let at_word_start = char_before(s, start).is_none_or(|c| !crate::numbers::text::is_alnum(c));
        if let Some(&(name, weekday)) = WEEKDAYS.iter().find(|(name, _)| {
            written.len() == name.len() && written.chars().map(crate::numbers::text::fold).eq(name.chars())
        }) && at_word_start
            && stands_as_weekday(s, start, name)
        {
            return Some(WeekdayMention { weekday, span: Span::new(base + start, base + end) });
        }
    }
    None
}

/// Phrases between a weekday and its bracketed date that say which week.
const WEEK_PHRASES: &[&str] =
    &["vừa qua", "tuần này", "tuần tới", "tuần sau", "tuần trước", "tuần qua", "này", "tới", "trước"];

/// A weekday right after the date that ends at `end`, in brackets or after
/// "tức" ("that is"): "ngày 19/6 (Chủ nhật)", "19.6 (thứ Hai)", "20/3, tức
/// thứ Hai", "20/3 (tức Chủ nhật)".
fn weekday_after(s: &str, end: usize, base: usize) -> Option<WeekdayMention> {
    let mut at = skip_gap(s, end);
    let bracket = byte_at(s, at) == Some(b'(');
    if bracket || byte_at(s, at) == Some(b',') {
        at = skip_gap(s, at + 1);
    }
    let that_is = crate::numbers::text::match_phrase(s, at, "tức");
    if let Some(after) = that_is {
        at = skip_gap(s, after);
    } else if !bracket {
        return None;
    }
    let (weekday, weekday_end) = WEEKDAYS
        .iter()
        .find_map(|&(name, weekday)| crate::numbers::text::match_phrase(s, at, name).map(|stop| (weekday, stop)))?;
    // In brackets the weekday is all there is: "(thứ Hai)", not "(thứ hai
    // trong tuần)" nor "(thứ 2 từ trái sang)".
    if bracket && byte_at(s, skip_gap(s, weekday_end)) != Some(b')') {
        return None;
    }
    Some(WeekdayMention { weekday, span: Span::new(base + at, base + weekday_end) })
}

/// Words after which "thứ ..." names a day of the week: nothing, a mark, or
/// a word of time ("vào thứ Hai", "sáng thứ 3", "hôm thứ Sáu"). After any
/// other word it is an ordinal ("Kỳ họp thứ 3", "lần thứ 4", "Chiến tranh
/// thế giới thứ hai"). "CN" must stand alone: after "-" or "/" it is the end
/// of a document symbol ("5296/VPCP-CN").
fn stands_as_weekday(s: &str, start: usize, name: &str) -> bool {
    const TIME_WORDS: &[&str] = &[
        "ngày", "hôm", "vào", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "từ", "đến", "tới", "trước",
        "sau", "mai", "nay", "qua", "tuần", "cuối", "đầu", "các", "mỗi", "hằng", "hàng", "là", "và", "hoặc", "hay",
        "trong", "lúc", "ra", "đó", "ấy",
    ];
    if name == "cn" {
        return !matches!(char_before(s, start), Some('-' | '/' | '.' | '_' | '&'));
    }
    if !name.starts_with("thứ") {
        return true;
    }
    let before = back_over_gap(s, start);
    match char_before(s, before) {
        None => true,
        Some(c) if !crate::numbers::text::is_alnum(c) => true,
        Some(_) => {
            let word = &s[back_over_word(s, before)..before];
            word_in(word, TIME_WORDS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Seen<'a> = (DateKind, Ymd, Option<Ymd>, Option<Weekday>, &'a str);

    fn dates(text: &str) -> Vec<Seen<'_>> {
        let report = crate::parse(text);
        report.dates.iter().map(|d| (d.kind, d.start, d.end, d.weekday.map(|w| w.weekday), d.span.text(text))).collect()
    }

    fn ymd(day: Option<u32>, month: Option<u32>, year: Option<i32>) -> Ymd {
        Ymd { day, month, year }
    }

    #[test]
    fn dates_told_as_today_are_bracketed_after_nay() {
        let text = "Tiêu đề\n\nSáng nay (23/5), kỳ họp khai mạc. Hôm nay (ngày 24/5) đoàn đến. Sáng 26/5 đoàn về và hôm nay 28/5 họp tiếp.";
        let report = crate::parse(text);
        let today: Vec<&str> =
            report.dates.iter().filter(|d| d.is_today(text, &report.blocks)).map(|d| d.span.text(text)).collect();
        // The bracket is what is read: "hôm nay 28/5" without one is not.
        assert_eq!(today, ["23/5", "24/5"]);
    }

    #[test]
    fn full_and_partial_dates() {
        let text = "Tiêu đề\n\nNgày 19/5/2014, hội nghị sơ kết. Ngày 19-5, đoàn đến. Chỉ thị ban hành ngày 15 tháng 5 năm 2016 và tháng 4/2023, năm 2019. Sáng 7/11, đoàn về.";
        let found = dates(text);
        let values: Vec<(Ymd, &str)> = found.iter().map(|d| (d.1, d.4)).collect();
        assert_eq!(
            values,
            [
                (ymd(Some(19), Some(5), Some(2014)), "19/5/2014"),
                (ymd(Some(19), Some(5), None), "19-5"),
                (ymd(Some(15), Some(5), Some(2016)), "15 tháng 5 năm 2016"),
                (ymd(None, Some(4), Some(2023)), "4/2023"),
                (ymd(None, None, Some(2019)), "2019"),
                (ymd(Some(7), Some(11), None), "7/11"),
            ]
        );
        assert_eq!(found[4].0, DateKind::Year);
    }

    #[test]
    fn weekdays_before_dates() {
        let text =
            "Tiêu đề\n\nThứ năm, 08/12/2022 hội nghị họp. Thứ 3, Ngày 28/06/2011 đoàn đến. Hôm Chủ nhật (31/1) mưa.";
        let weekdays: Vec<_> = dates(text).iter().map(|d| d.3).collect();
        assert_eq!(weekdays, [Some(Weekday::Thursday), Some(Weekday::Tuesday), Some(Weekday::Sunday)]);
        let report = crate::parse(text);
        assert_eq!(report.dates[0].weekday.unwrap().span.text(text), "Thứ năm");
    }

    #[test]
    fn weekdays_after_dates_and_week_phrases_before_bracketed_ones() {
        let text = "Tiêu đề\n\nHọp ngày 19/6 (Chủ nhật), ngày 20.6 (thứ 2), 21/6, tức thứ Ba, 22/6 (tức thứ Tư); \
                    Chủ nhật vừa qua (18/6), thứ Hai tuần tới (26/6).";
        let weekdays: Vec<_> = dates(text).iter().map(|d| (d.4, d.3)).collect();
        assert_eq!(
            weekdays,
            [
                ("19/6", Some(Weekday::Sunday)),
                ("20.6", Some(Weekday::Monday)),
                ("21/6", Some(Weekday::Tuesday)),
                ("22/6", Some(Weekday::Wednesday)),
                ("18/6", Some(Weekday::Sunday)),
                ("26/6", Some(Weekday::Monday)),
            ]
        );
    }

    #[test]
    fn brackets_after_a_date_that_say_more_than_a_weekday_hold_none() {
        let text = "Tiêu đề\n\nGian hàng 7/12 (thứ 2 từ trái sang) và ngày 8/12 (hoặc thứ Năm), ngày 9/12 thứ Sáu.";
        assert!(dates(text).iter().all(|d| d.3.is_none()), "{:?}", dates(text));
    }

    #[test]
    fn dates_that_open_their_block() {
        let text = "Tiêu đề\n\nLSO-Ngày 19/5/2014, hội nghị họp; ngày 20/5/2014 bế mạc.\n\nSáng 7/11, đoàn về.\n\nThứ năm, 08/12/2022 hội nghị.";
        let report = crate::parse(text);
        let opens: Vec<bool> = report.dates.iter().map(|d| d.opens_block).collect();
        assert_eq!(opens, [true, false, true, true]);
    }

    #[test]
    fn ranges_and_periods() {
        let text = "Tiêu đề\n\nTừ 19-23/1/2026 và từ 25/1 - 2/2/2021, giai đoạn 2016-2021.";
        let found = dates(text);
        assert_eq!(found[0].1, ymd(Some(19), None, None));
        assert_eq!(found[0].2, Some(ymd(Some(23), Some(1), Some(2026))));
        assert_eq!(found[1].1, ymd(Some(25), Some(1), None));
        assert_eq!(found[1].2, Some(ymd(Some(2), Some(2), Some(2021))));
        assert_eq!((found[2].0, found[2].1.year, found[2].2.unwrap().year), (DateKind::Period, Some(2016), Some(2021)));
    }

    #[test]
    fn impossible_dates_are_recorded_as_written() {
        let found = dates("Tiêu đề\n\nNgày 31/2/2016 có họp. Chiều 9/56, đoàn đến; tỷ lệ 9/56 xã đạt.");
        assert_eq!(found[0].1, ymd(Some(31), Some(2), Some(2016)));
        // After a word of time a month above 12 is a slip of the date; without
        // one it is a ratio.
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[1].4, found[1].1), ("9/56", ymd(Some(9), Some(56), None)));
    }
}
