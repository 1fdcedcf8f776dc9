//! The dateline: a line that holds only the publication or update time.
//!
//! ```text
//! dateline := (section sep)? label? part (sep part)* tz? views?
//! section  := the name of a news section ("Xã hội", "Xây dựng Đảng")
//! views    := ws+ d{1,7}, after a time: the page's view count
//! label    := ("Cập nhật" | "Ngày đăng" | "Đăng lúc" | "Ngày cập nhật" | ...) ":"?
//! part     := weekday | date | time
//! weekday  := "Thứ" (hai | ba | tư | năm | sáu | bảy | 2..7) | "Chủ nhật"
//! date     := d{1,2} ("/" | "-" | ".") d{1,2} ("/" | "-" | ".") d{4}
//!           | ("ngày" ws)? d{1,2} ws "tháng" ws d{1,2} (ws "năm")? ws d{4}
//! time     := d{1,2} (":" | "h") d{2} (":" d{2})? ("AM" | "PM" | "SA" | "CH")?
//! sep      := ws* ("," | "|" | "-" | "–")? ws*
//! tz       := "(GMT+7)" | "GMT+7" | "(UTC+7)"
//! ```
//! The parser records what is written; it does not check that the date exists
//! or that the weekday matches it.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, one_of},
    combinator::{opt, recognize},
};

use crate::{Span, lines::is_space};

/// A parsed dateline. Every field keeps its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The name of the site's section printed before the dateline and a
    /// separator ("Xã hội - Ngày đăng: ..."), with the separator: page
    /// chrome glued to the line.
    pub section: Option<Span>,
    pub label: Option<Span>,
    /// A view count printed after the time ("09:58    56"): page chrome.
    pub views: Option<Span>,
    pub weekday: Option<WeekdayMention>,
    pub date: Option<DateMention>,
    pub time: Option<TimeMention>,
}

/// A calendar date as written: the values are not validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMention {
    pub hour: u32,
    pub minute: u32,
    pub span: Span,
}

/// Days of the week, Monday first ("Thứ hai" .. "Chủ nhật").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayMention {
    pub weekday: Weekday,
    pub span: Span,
}

/// Datelines are short; a longer line is body text that happens to start
/// with a date.
const MAX_DATELINE_BYTES: usize = 120;

enum Part {
    Weekday(Weekday),
    Date(u32, u32, i32),
    Time(u32, u32),
}

/// Recognises `line` (already trimmed; `base` is its offset) as a dateline.
pub fn recognise(line: &str, base: usize) -> Option<Dateline> {
    if line.len() > MAX_DATELINE_BYTES || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // "Xã hội - Ngày đăng : 08:59, 28/05/2018": the section's name and a
    // separator that is a mark, not only white space.
    let section_len = crate::junk::section_name_prefix(line).and_then(|name| {
        let (after, sep) = separator(&line[name..]).ok()?;
        sep.contains([',', '|', '-', '–', '—']).then_some(line.len() - after.len())
    });
    let section = section_len.map(|len| Span::new(base, base + len));
    let line_after_section = &line[section_len.unwrap_or(0)..];
    let (rest, label) = opt(label).parse(line_after_section).ok()?;
    let mut dateline = Dateline {
        section,
        label: label.map(|l| Span::of_subslice(base, line, l)),
        weekday: None,
        date: None,
        time: None,
        views: None,
    };
    let mut input = rest;
    let mut first = true;
    loop {
        let before = input;
        let (after_sep, _) = separator(input).ok()?;
        if !first && after_sep.len() == input.len() && !after_sep.is_empty() {
            // Parts must be separated by something.
            return None;
        }
        let Ok((after, (text, part))) = part(after_sep) else {
            input = before;
            break;
        };
        first = false;
        let span = Span::of_subslice(base, line, text);
        match part {
            Part::Weekday(weekday) if dateline.weekday.is_none() => {
                dateline.weekday = Some(WeekdayMention { weekday, span });
            }
            Part::Date(day, month, year) if dateline.date.is_none() => {
                dateline.date = Some(DateMention { day, month, year, span });
            }
            Part::Time(hour, minute) if dateline.time.is_none() => {
                dateline.time = Some(TimeMention { hour, minute, span });
            }
            _ => return None,
        }
        input = after;
    }
    let (rest, _) = separator(input).ok()?;
    let (rest, _) = opt(timezone).parse(rest).ok()?;
    let rest = rest.trim_matches(is_space);
    // "03/08/2023 09:58    56": the page's view count printed after the
    // time, a bare number of at most seven digits set off by white space.
    let count = dateline.time.is_some()
        && (1..=7).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_digit())
        && line[..line.len() - rest.len()].ends_with(is_space);
    if count {
        dateline.views = Some(Span::of_subslice(base, line, rest));
    } else if !rest.is_empty() {
        return None;
    }
    // A dateline has a date.
    dateline.date?;
    Some(dateline)
}

/// Labels before a dateline, lower case, words separated by one space. The
/// text may separate the words by any run of white space ("Cập  nhật").
const LABELS: &[&str] = &[
    "ngày cập nhật",
    "cập nhật lúc",
    "cập nhật ngày",
    "cập nhật",
    "ngày đăng",
    "đăng ngày",
    "đăng lúc",
    "đăng tải",
    "thời gian đăng",
    "ngày xuất bản",
    "xuất bản",
    "posted",
    "updated",
];

fn label(input: &str) -> IResult<&str, &str> {
    for label in LABELS {
        if let Ok((rest, _)) = phrase(label, input) {
            let (rest, _) = opt((spaces, char(':'))).parse(rest)?;
            return Ok((rest, &input[..input.len() - rest.len()]));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

/// Matches the words of `phrase` case-insensitively, with any run of white
/// space where the phrase has one space.
fn phrase<'a>(phrase: &str, input: &'a str) -> IResult<&'a str, ()> {
    let mut rest = input;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            (rest, _) = nom::bytes::complete::take_while1(is_space)(rest)?;
        }
        (rest, _) = tag_no_case(word)(rest)?;
    }
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, ()))
}

fn spaces(input: &str) -> IResult<&str, &str> {
    nom::bytes::complete::take_while(is_space)(input)
}

fn separator(input: &str) -> IResult<&str, &str> {
    recognize((spaces, opt(one_of(",|-–—")), spaces)).parse(input)
}

fn timezone(input: &str) -> IResult<&str, &str> {
    recognize((
        opt(char('(')),
        alt((tag_no_case("GMT"), tag_no_case("UTC"))),
        opt((one_of("+-"), take_while_m_n(1, 2, |c: char| c.is_ascii_digit()))),
        opt(char(')')),
    ))
    .parse(input)
}

fn part(input: &str) -> IResult<&str, (&str, Part)> {
    let (rest, part) = alt((weekday, date, time)).parse(input)?;
    let text = &input[..input.len() - rest.len()];
    Ok((rest, (text, part)))
}

fn weekday(input: &str) -> IResult<&str, Part> {
    let named = alt((
        tag_no_case("hai").map(|_| Weekday::Monday),
        tag_no_case("ba").map(|_| Weekday::Tuesday),
        tag_no_case("tư").map(|_| Weekday::Wednesday),
        tag_no_case("năm").map(|_| Weekday::Thursday),
        tag_no_case("sáu").map(|_| Weekday::Friday),
        tag_no_case("bảy").map(|_| Weekday::Saturday),
        tag("2").map(|_| Weekday::Monday),
        tag("3").map(|_| Weekday::Tuesday),
        tag("4").map(|_| Weekday::Wednesday),
        tag("5").map(|_| Weekday::Thursday),
        tag("6").map(|_| Weekday::Friday),
        tag("7").map(|_| Weekday::Saturday),
    ));
    let thu = (tag_no_case("Thứ"), spaces, named).map(|(_, _, day)| day);
    let sunday = (tag_no_case("Chủ"), spaces, tag_no_case("nhật")).map(|_| Weekday::Sunday);
    let (rest, day) = alt((thu, sunday)).parse(input)?;
    // "Thứ năm" must not be the start of a longer word ("Thứ ba mươi").
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, Part::Weekday(day)))
}

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
    move |input| {
        let (rest, text) = take_while_m_n(min, max, |c: char| c.is_ascii_digit())(input)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit)));
        }
        Ok((rest, text.parse().unwrap_or(0)))
    }
}

fn date(input: &str) -> IResult<&str, Part> {
    alt((numeric_date, worded_date)).parse(input)
}

/// "24 Tháng 7 2013", "ngày 24 tháng 11 năm 2024": the month as a word.
fn worded_date(input: &str) -> IResult<&str, Part> {
    let ngay = opt((tag_no_case("ngày"), nom::bytes::complete::take_while1(is_space)));
    let words = |word: &'static str| (nom::bytes::complete::take_while1(is_space), tag_no_case(word));
    let (rest, (_, day, _, _, month, _, _, year)) = (
        ngay,
        digits(1, 2),
        words("tháng"),
        nom::bytes::complete::take_while1(is_space),
        digits(1, 2),
        opt(words("năm")),
        nom::bytes::complete::take_while1(is_space),
        digits(4, 4),
    )
        .parse(input)?;
    Ok((rest, Part::Date(day, month, year as i32)))
}

fn numeric_date(input: &str) -> IResult<&str, Part> {
    let (rest, (_, day, sep, month, sep2, year)) =
        (opt((tag_no_case("Ngày"), spaces)), digits(1, 2), one_of("/-."), digits(1, 2), one_of("/-."), digits(4, 4))
            .parse(input)?;
    if sep != sep2 {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, Part::Date(day, month, year as i32)))
}

fn time(input: &str) -> IResult<&str, Part> {
    let (rest, (hour, _, minute, _, _, _)) = (
        digits(1, 2),
        one_of(":h"),
        digits(2, 2),
        opt((char(':'), digits(2, 2))),
        spaces,
        opt(alt((tag_no_case("AM"), tag_no_case("PM"), tag("SA"), tag("CH")))),
    )
        .parse(input)?;
    let rest_trimmed = input.len() - rest.len();
    // Give back white space that was eaten without a meridiem after it.
    let consumed = input[..rest_trimmed].trim_end_matches(is_space);
    Ok((&input[consumed.len()..], Part::Time(hour, minute)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_and_date() {
        let d = recognise("Thứ năm,\u{a0} 08/12/2022", 0).unwrap();
        assert_eq!(d.weekday.unwrap().weekday, Weekday::Thursday);
        let date = d.date.unwrap();
        assert_eq!((date.day, date.month, date.year), (8, 12, 2022));
    }

    #[test]
    fn dates_with_the_month_as_a_word() {
        let d = recognise("Thứ tư, 24 Tháng 7 2013", 0).unwrap();
        assert_eq!(d.weekday.unwrap().weekday, Weekday::Wednesday);
        let date = d.date.unwrap();
        assert_eq!((date.day, date.month, date.year), (24, 7, 2013));
        let d = recognise("Chủ Nhật, ngày 24 tháng 11 năm 2024", 0).unwrap();
        let date = d.date.unwrap();
        assert_eq!((date.day, date.month, date.year), (24, 11, 2024));
        assert!(recognise("24 tháng 7 năm nay, đoàn đến", 0).is_none());
    }

    #[test]
    fn label_time_date() {
        let d = recognise("Cập nhật: 07:02 | 08/11/2019", 10).unwrap();
        assert_eq!(d.label.unwrap(), Span::new(10, 10 + "Cập nhật:".len()));
        let time = d.time.unwrap();
        assert_eq!((time.hour, time.minute), (7, 2));
        assert_eq!(d.date.unwrap().year, 2019);
    }

    #[test]
    fn labels_tolerate_doubled_spaces() {
        let d = recognise("Cập  nhật: 06:53 | 26/02/2013", 0).unwrap();
        assert_eq!(d.label.unwrap(), Span::new(0, "Cập  nhật:".len()));
        let d = recognise("Cập nhật lúc 10:15 ngày 26/02/2013", 0).unwrap();
        assert_eq!(d.date.unwrap().span.text("Cập nhật lúc 10:15 ngày 26/02/2013"), "ngày 26/02/2013");
    }

    #[test]
    fn sentences_are_not_datelines() {
        assert!(recognise("Ngày 19/5/2014, Ban Bí thư tổ chức hội nghị", 0).is_none());
        assert!(recognise("Thứ năm", 0).is_none());
        assert!(recognise("1800 1260 - 1800 1261", 0).is_none());
        assert!(recognise("Thứ 3, Ngày 28/06/2011 (GMT+7)", 0).is_some());
        assert!(recognise("Chủ Nhật, 12/3/2017 20:15", 0).is_some());
    }
}
