//! DAT002 weekday-mismatch.

use baolint_syntax::{Span, Weekday, WeekdayMention, Ymd};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT002",
    name: "weekday-mismatch",
    family: Family::Dates,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "A weekday written with a date that falls on another day of the week.",
    doc: r#"## What it does
Reports a weekday ("Thứ năm", "Thứ 3", "Chủ nhật") written with a date, in
the dateline or the body, when the date falls on another day of the week.
The weekday may come just before the date ("Thứ sáu, 08/12/2022", "Chủ
nhật vừa qua (19/6)") or right after it, in brackets or after "tức" ("ngày
19/6 (Chủ nhật)", "19.6, tức thứ Hai"). A date without a year ("thứ Sáu 3/2") is placed in the year that
puts it nearest the report's dateline; such a finding is a warning, since
the year is inferred. Without a dateline a date without a year is not
judged: the years the body mentions are often those of other events. "Thứ"
after a word other than one of time ("Kỳ họp thứ 3, ngày 9/6", "lần thứ 4
ngày 7/7") is an ordinal, not a weekday, and "CN" at the end of a symbol
("5296/VPCP-CN ngày ...") is not Sunday.

## Why is this bad?
Either the weekday or the date is wrong, and readers who plan by the
weekday are misled.

## Example
```text
Thứ sáu, 08/12/2022
```
8 December 2022 was a Thursday ("Thứ năm").

## Fix safety
No fix: the date may be the wrong part.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, weekday: WeekdayMention, date_span: Span, date: Ymd) {
    let inferred = date.year.is_none();
    let day = if inferred { nearest_year(ctx, date) } else { documents::calendar(date) };
    let Some(day) = day else { return };
    let actual = from_time(day.weekday());
    if actual == weekday.weekday {
        return;
    }
    // The weekday may come before its date or after it ("19/6 (Chủ nhật)").
    let span = Span::new(weekday.span.start.min(date_span.start), weekday.span.end.max(date_span.end));
    let cap = if inferred { Severity::Warning } else { Severity::Error };
    let year_note = if inferred { format!(" (year {} taken from the dateline)", day.year()) } else { String::new() };
    ctx.report_diagnostic_capped(
        Rule::WeekdayMismatch,
        cap,
        span,
        format!(
            "\"{}\" does not match {}{year_note}: that day is a {} ({})",
            weekday.span.text(ctx.text),
            date_span.text(ctx.text),
            english(actual),
            vietnamese(actual)
        ),
        vec![Evidence::new("calendar", format!("{} is a {}", documents::show(day), english(actual)), Some(date_span))],
        None,
    );
}

/// The day and month of `date` in the year (the dateline's, or the one
/// before or after) that puts it nearest the report's dateline. Without a
/// dateline nothing says which year a short date is in: the years the body
/// mentions are often those of past events ("Vụ án năm 2015 ... thứ Hai
/// 22/5"), so the weekday is not judged.
fn nearest_year(ctx: &Context<'_>, date: Ymd) -> Option<time::Date> {
    let published = super::dateline_day(ctx)?;
    super::event_day_in(date, published)
}

fn from_time(day: time::Weekday) -> Weekday {
    match day {
        time::Weekday::Monday => Weekday::Monday,
        time::Weekday::Tuesday => Weekday::Tuesday,
        time::Weekday::Wednesday => Weekday::Wednesday,
        time::Weekday::Thursday => Weekday::Thursday,
        time::Weekday::Friday => Weekday::Friday,
        time::Weekday::Saturday => Weekday::Saturday,
        time::Weekday::Sunday => Weekday::Sunday,
    }
}

fn english(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn vietnamese(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Thứ hai",
        Weekday::Tuesday => "Thứ ba",
        Weekday::Wednesday => "Thứ tư",
        Weekday::Thursday => "Thứ năm",
        Weekday::Friday => "Thứ sáu",
        Weekday::Saturday => "Thứ bảy",
        Weekday::Sunday => "Chủ nhật",
    }
}
