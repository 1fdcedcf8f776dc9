//! DAT006 month-slip.

use baolint_syntax::{BlockKind, Date, DateKind, Report};

use super::{dateline_day, event_day, event_day_in};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, documents, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "DAT006",
    name: "month-slip",
    family: Family::Dates,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A date a month or two after the report's own date, on the same day of the month, told as past.",
    doc: r#"## What it does
Reports a date without a year that falls one or two months after the
report's own date on the same day of the month (or a day either side), or
that is the report's date with day and month swapped, when nothing says
it lies ahead: no "sẽ", "dự kiến" or "kế hoạch" earlier in its sentence, no
"hạn", "trước", "đến" or "từ" just before it ("tính đến" and "kể từ" look
back), no "tới" or "sẽ" just after it, and no other date of the report
more than a week after the report's own date (a story about a later
period, such as a fixture list, dates many things after it).

The report's own date is its dateline's; without one, the first date that
opens one of the first three blocks of the body ("Ngày 26/5, Công an quận
7 ...", "Sáng 29/6, ..."), or else the first date of the lead given with a
part of the day ("... trao đổi với báo chí sáng 9/6"). A date with a year,
a lunar or quoted date, a document's date and a range are not judged.

## Why is this bad?
A report dated 26 May cannot tell what happened on 25 June: the month was
mistyped (25/6 for 25/5), a slip that no reader can undo without the
source.

## Example
```text
Ngày 26/5, Công an quận 7 đang tạm giữ hai đối tượng ...
Theo công an, chiều 25/6, hai đối tượng đi dạo quanh các tuyến đường ...
```
"25/6" is a month after the report's own date: one of the two months is
likely mistyped, most often the later one ("25/5").

## Fix safety
No fix: the report's date may be the wrong one.
"#,
};

/// Days after the report's date that a slip of one or two months lands on.
const SLIP_DAYS: std::ops::RangeInclusive<i64> = 20..=75;
/// Days after the report's date beyond which a date counts as later.
const LATER_DAYS: i64 = 7;
/// Body blocks, from the first, where the report's date may open one.
const ANCHOR_BLOCKS: usize = 3;

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    // The dates documents are cited with, sorted: a report may hold
    // thousands of dates and references.
    let mut cited_dates: Vec<usize> = report.references.iter().filter_map(|r| r.date).collect();
    cited_dates.sort_unstable();
    let cited = |index: usize| cited_dates.binary_search(&index).is_ok();
    // The dateline's day only when there is a dateline: asking without one
    // would gather every date of the body.
    let from_dateline = if report.dateline().is_some() { dateline_day(ctx) } else { None };
    let (anchor_day, anchor) = match from_dateline {
        Some(day) => (day, None),
        None => {
            let Some((index, date)) = opening_date(ctx.text, report, &cited) else { return };
            let year = date.start.year.unwrap_or(NO_YEAR);
            let Some(day) = documents::ymd(year, date.start.month.unwrap_or(0), date.start.day.unwrap_or(0)) else {
                return;
            };
            (day, Some(index))
        }
    };
    // Read once, at the first date with a slip's shape: whether the
    // report's own date looks ahead, and the days and months of the dates
    // after it (see `later_days`).
    let mut anchor_ahead: Option<bool> = None;
    let mut later: Option<Vec<(Option<u32>, Option<u32>)>> = None;
    for (index, date) in report.dates.iter().enumerate() {
        if Some(index) == anchor || date.start.year.is_some() || !judged(report, date, index, &cited) {
            continue;
        }
        let Some(day) = event_day(date, anchor_day) else { continue };
        let after = (day - anchor_day).whole_days();
        if !SLIP_DAYS.contains(&after) {
            continue;
        }
        let (anchor_month, day_month) = (u32::from(u8::from(anchor_day.month())), u32::from(u8::from(day.month())));
        let same_day = (i64::from(day.day()) - i64::from(anchor_day.day())).abs() <= 1;
        let swapped = u32::from(day.day()) == anchor_month && u32::from(anchor_day.day()) == day_month;
        // Whether a date looks ahead is read last: it walks back over a
        // sentence. A report's own date that looks ahead is none.
        if !same_day && !swapped {
            continue;
        }
        let written = (date.start.day, date.start.month);
        let anchor_ahead = *anchor_ahead
            .get_or_insert_with(|| anchor.is_some_and(|i| report.dates[i].is_prospective(ctx.text, &report.blocks)));
        if anchor_ahead
            || later
                .get_or_insert_with(|| later_days(ctx.text, report, anchor_day))
                .iter()
                .any(|&other| other != written)
            || date.is_prospective(ctx.text, &report.blocks)
        {
            continue;
        }
        let (anchor_text, anchor_span, source) = match anchor {
            Some(i) => (
                report.dates[i].span.text(ctx.text),
                report.dates[i].span,
                "the report's own date (the first date of its body)",
            ),
            None => match report.dateline().and_then(|(_, d)| d.date) {
                Some(d) => (d.span.text(ctx.text), d.span, "the report's dateline"),
                None => continue,
            },
        };
        let months = if after > 45 { "two months" } else { "a month" };
        // The date with the report's month, when that day exists.
        let suggestion = if swapped {
            Some(documents::show(anchor_day))
        } else {
            documents::ymd(anchor_day.year(), anchor_month, u32::from(day.day()))
                .map(|_| format!("{}/{anchor_month}", day.day()))
        };
        let message = format!(
            "\"{}\" is {months} after {anchor_text}, {source}, and nothing says it lies ahead: one of the two months is likely mistyped{}",
            date.span.text(ctx.text),
            suggestion.map_or(String::new(), |s| format!(" ({s}?)")),
        );
        let evidence = vec![
            Evidence::new("report date", anchor_text, Some(anchor_span)),
            Evidence::new("days after it", after.to_string(), None),
        ];
        ctx.report_diagnostic(Rule::MonthSlip, date.span, message, evidence, None);
    }
}

/// A report about a later period (a schedule, a season) dates many
/// things after its own date; a slip is a lone date after it. The days and
/// months of the dates more than [`LATER_DAYS`] after `anchor_day` that do
/// not look ahead, two different ones at most (enough to tell whether one
/// other than a given date's exists). Each is placed in the year nearest
/// the report's date: without a dateline that year is unknown, and the
/// written years do not say whether a story is about a later period.
fn later_days(text: &str, report: &Report, anchor_day: time::Date) -> Vec<(Option<u32>, Option<u32>)> {
    let mut found = Vec::with_capacity(2);
    for d in report.dates.iter().filter(|d| d.kind == DateKind::Date && !d.framing.lunar) {
        let written = (d.start.day, d.start.month);
        if found.contains(&written) {
            continue;
        }
        let ymd = baolint_syntax::Ymd { year: None, ..d.start };
        let later = event_day_in(ymd, anchor_day).is_some_and(|day| (day - anchor_day).whole_days() > LATER_DAYS);
        if later && !d.is_prospective(text, &report.blocks) {
            found.push(written);
            if found.len() == 2 {
                break;
            }
        }
    }
    found
}

/// A year for a report date written without one, only to count days: a
/// year with no 29 February, since "29/2" alone names no day to count from.
const NO_YEAR: i32 = 2001;

/// The first date that opens one of the first blocks of the body, else the
/// first date of the lead given with a part of the day.
fn opening_date<'r>(text: &str, report: &'r Report, cited: &dyn Fn(usize) -> bool) -> Option<(usize, &'r Date)> {
    let first_body = report.blocks.iter().position(|b| b.kind.is_body())?;
    let last = report
        .blocks
        .iter()
        .enumerate()
        .skip(first_body)
        .filter(|(_, b)| b.kind.is_body() && !matches!(b.kind, BlockKind::Caption))
        .nth(ANCHOR_BLOCKS - 1)
        .map_or(report.blocks.len(), |(i, _)| i + 1);
    let in_reach = |d: &Date| d.block >= first_body && d.block < last;
    let eligible = |&(index, d): &(usize, &Date)| in_reach(d) && judged(report, d, index, cited);
    report.dates.iter().enumerate().filter(eligible).find(|(_, d)| d.opens_block).or_else(|| {
        // Else the first date the lead gives to a part of the day ("...
        // trao đổi với báo chí sáng 9/6."): a lead's other dates are often
        // those of earlier events.
        report.dates.iter().enumerate().filter(eligible).find(|(_, d)| {
            matches!(report.blocks[d.block].kind, BlockKind::Lead { .. }) && d.has_part_of_day(text, &report.blocks)
        })
    })
}

/// A day and month written as a date, not a lunar or quoted one, not a
/// range, not a document's date.
fn judged(report: &Report, date: &Date, index: usize, cited: &dyn Fn(usize) -> bool) -> bool {
    date.kind == DateKind::Date
        && date.end.is_none()
        && date.start.day.is_some()
        && date.start.month.is_some()
        && !date.framing.lunar
        && !date.framing.quoted
        && !date.framing.uncued
        && report.blocks.get(date.block).is_some_and(|b| b.kind.is_body())
        && !cited(index)
}
