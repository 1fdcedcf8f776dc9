//! DAT002 weekday-mismatch.

use baolint_syntax::{Span, Weekday, WeekdayMention, Ymd};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT002",
    name: "weekday-mismatch",
    family: Family::Dates,
    severity: Severity::Error,
    fix: FixAvailability::None,
    summary: "A weekday written with a date that falls on another day of the week.",
    doc: r#"## What it does
Reports a weekday ("Thứ năm", "Thứ 3", "Chủ nhật") written just before a
full date, in the dateline or the body, when the date falls on another day
of the week.

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
    let Some(day) = documents::calendar(date) else { return };
    let actual = from_time(day.weekday());
    if actual == weekday.weekday {
        return;
    }
    let span = Span::new(weekday.span.start, date_span.end);
    ctx.report_diagnostic(
        Rule::WeekdayMismatch,
        span,
        format!(
            "\"{}\" does not match {}: that day is a {} ({})",
            weekday.span.text(ctx.text),
            date_span.text(ctx.text),
            english(actual),
            vietnamese(actual)
        ),
        vec![Evidence::new("calendar", format!("{} is a {}", documents::show(day), english(actual)), Some(date_span))],
        None,
    );
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
