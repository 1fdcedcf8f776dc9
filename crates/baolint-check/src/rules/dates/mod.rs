//! DAT: dates that cannot be right: impossible days, weekdays that do not
//! match, a dateline that is the page's date rather than the report's.

pub(crate) mod document_after_event;
pub(crate) mod event_after_dateline;
pub(crate) mod impossible_date;
pub(crate) mod month_slip;
pub(crate) mod page_date_dateline;
pub(crate) mod weekday_mismatch;

use baolint_syntax::{Date, DateKind, Report};

use crate::documents;

/// Years between the dateline and the latest year in the body above which
/// the dateline is taken for the page's date rather than the report's.
pub(crate) const PAGE_DATE_YEARS: i32 = 2;

/// The latest year any date in the body mentions, with whether the body
/// has at least one full date (day, month and year).
pub(crate) fn latest_body_year(report: &Report) -> Option<(i32, bool)> {
    let mut latest = None;
    let mut full = false;
    for date in &report.dates {
        full |= date.kind == DateKind::Date && date.start_with_year().full().is_some();
        let year = date.end.and_then(|e| e.year).or(date.start.year);
        latest = latest.max(year);
    }
    latest.map(|y| (y, full))
}

/// The dateline is years after every date in the body: the site's page
/// date, not the report's.
pub(crate) fn is_page_date(report: &Report) -> bool {
    let Some((_, dateline)) = report.dateline() else { return false };
    let Some(date) = dateline.date else { return false };
    matches!(latest_body_year(report), Some((latest, true)) if date.year - latest >= PAGE_DATE_YEARS)
}

/// The report's dateline, when it is the report's own date and not the
/// page's: the only source of the year of a date written without one.
pub(crate) fn dateline_day(ctx: &crate::Context<'_>) -> Option<time::Date> {
    ctx.report_dates().iter().find(|(_, _, from_dateline)| *from_dateline).map(|(day, _, _)| *day)
}

/// The day a date names, with a missing year taken from the year (of
/// `near`, or the one before or after) that puts it nearest `near`. `None`
/// without a day and a month.
pub(crate) fn event_day(date: &Date, near: time::Date) -> Option<time::Date> {
    event_day_in(date.start_with_year(), near)
}

/// As [`event_day`], for a day as written.
pub(crate) fn event_day_in(ymd: baolint_syntax::Ymd, near: time::Date) -> Option<time::Date> {
    let (day, month) = (ymd.day?, ymd.month?);
    match ymd.year {
        Some(year) => documents::ymd(year, month, day),
        None => (near.year() - 1..=near.year() + 1)
            .filter_map(|year| documents::ymd(year, month, day))
            .min_by_key(|candidate| (*candidate - near).whole_days().abs()),
    }
}
