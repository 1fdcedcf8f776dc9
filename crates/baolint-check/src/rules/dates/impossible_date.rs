//! DAT001 impossible-date.

use baolint_syntax::{DateFraming, Span, Ymd};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT001",
    name: "impossible-date",
    family: Family::Dates,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "A date that is not on the calendar: a 31st of a 30-day month, a 29/2 outside a leap year, a 13th month.",
    doc: r#"## What it does
Reports a date written with a day and a month (in the body or the dateline)
that does not exist: a month above 12 (a two-digit one after a word of
time, "chiều 9/56", where without that word "9/56" is a ratio), a day 0, a
day beyond the length of its month ("31/4", "30/2"), or 29 February in a
year that is not a leap year. Without a year, 29/2 is accepted. A lunar date ("30/2 âm lịch")
may be any 30th. Not judged: a date right after an opening quotation mark
(a date the story is about, such as a hoax's "ngày “30/2”"), and a day and
month joined by "-" or "." with no year and no date word before them
("quy tắc 30-2" is a rule's name, as "tỷ số 31-4" is a score).

## Why is this bad?
The date is wrong, and nobody can tell which part: the day, the month, or
both swapped.

## Example
```text
Ngày 31/4/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.
```
April has 30 days. Check the source: perhaps "30/4/2019" or "31/5/2019".

## Fix safety
No fix: which part is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, span: Span, date: Ymd, framing: DateFraming) {
    let (Some(day), Some(month)) = (date.day, date.month) else { return };
    if framing.quoted || framing.uncued {
        return;
    }
    // Lunar months have 29 or 30 days; any month may be the 30th.
    let longest = if framing.lunar { 30 } else { days_in(month, date.year) };
    let problem = if !(1..=12).contains(&month) {
        format!("there is no month {month}")
    } else if day == 0 || day > longest {
        let month_name = format!("tháng {month}");
        match date.year {
            Some(year) if month == 2 && day == 29 => format!("{year} is not a leap year: {month_name} has 28 days"),
            Some(year) => format!("{month_name}/{year} has {} days", days_in(month, Some(year))),
            None => format!("{month_name} has at most {} days", days_in(month, None)),
        }
    } else {
        return;
    };
    let written = span.text(ctx.text);
    ctx.report_diagnostic(
        Rule::ImpossibleDate,
        span,
        format!("impossible date \"{written}\": {problem}"),
        vec![Evidence::new("as written", format!("day {day}, month {month}"), Some(span))],
        None,
    );
}

/// Days in `month`; without a year February may have 29.
fn days_in(month: u32, year: Option<i32>) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
