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
part of the day ("... trao đổi với báo chí sáng 9/6"), and also any date
the report tells as today, in brackets after "nay" ("sáng nay (23/5)"): a
report that says "sáng nay (30/7)" and later "sáng nay (30/6)" has slipped
one of them. A date with a year, a lunar or quoted date, a document's date
and a range are not judged.

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
    let mut anchors = Anchors::default();
    match from_dateline {
        Some(day) => anchors.push(day, None),
        None => {
            if let Some((index, date)) = opening_date(ctx.text, report, &cited)
                && let Some(day) = day_in_no_year(date)
            {
                anchors.push(day, Some(index));
                anchors.opening = Some(index);
            }
            // Without a dateline, a date told as the day of writing ("sáng
            // nay (23/5)") is the report's own date too: the one that opens
            // the report may be missing, or be the slipped one ("Sáng nay
            // (30/7) ... vào sáng nay (30/6)").
            for (index, date) in report.dates.iter().enumerate() {
                if judged(report, date, index, &cited)
                    && date.is_today(ctx.text, &report.blocks)
                    && let Some(day) = day_in_no_year(date)
                {
                    anchors.push(day, Some(index));
                }
            }
        }
    }
    if anchors.list.is_empty() {
        return;
    }
    for (index, date) in report.dates.iter().enumerate() {
        if date.start.year.is_some() || !judged(report, date, index, &cited) {
            continue;
        }
        let written = (date.start.day, date.start.month);
        let Some((anchor, day, after, swapped)) = anchors.slipped_from(date, index) else { continue };
        if anchors.looks_ahead(ctx.text, report, anchor)
            || anchors.later(ctx.text, report, anchor).iter().any(|&other| other != written)
            || date.is_prospective(ctx.text, &report.blocks)
        {
            continue;
        }
        let (anchor_day, anchor_index) = (anchors.list[anchor].day, anchors.list[anchor].index);
        let (anchor_text, anchor_span, source) = match anchor_index {
            Some(i) if Some(i) == anchors.opening => (
                report.dates[i].span.text(ctx.text),
                report.dates[i].span,
                "the report's own date (the first date of its body)",
            ),
            Some(i) => (report.dates[i].span.text(ctx.text), report.dates[i].span, "a date the report tells as today"),
            None => match report.dateline().and_then(|(_, d)| d.date) {
                Some(d) => (d.span.text(ctx.text), d.span, "the report's dateline"),
                None => continue,
            },
        };
        let anchor_month = u32::from(u8::from(anchor_day.month()));
        let months = if after > 45 { "two months" } else { "a month" };
        // The date with the anchor's month, when that day exists.
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
        let label = "report date";
        let evidence = vec![
            Evidence::new(label, anchor_text, Some(anchor_span)),
            Evidence::new("days after it", after.to_string(), None),
        ];
        ctx.report_diagnostic(Rule::MonthSlip, date.span, message, evidence, None);
    }
}

/// A date a slip is counted from: the report's own date (its dateline's,
/// `index` `None`, the date that opens its body, or one it tells as today).
#[derive(Debug)]
struct Anchor {
    day: time::Date,
    index: Option<usize>,
    /// The dates that name its day and month, the first few: "từ 12h ngày
    /// 09/7" looks ahead, "ngày 09/7" later on does not.
    mentions: Vec<usize>,
    /// Whether it looks ahead, once read.
    ahead: Option<bool>,
    /// Its later days (see [`later_days`]), once read.
    later: Option<Vec<DayMonth>>,
}

/// The anchors of a report, each written day and month once (the first
/// that names it), found by their day and month, so that a date is matched
/// with the few anchors a slip can come from rather than with every date
/// of the report; with what is read of each on demand.
#[derive(Debug, Default)]
struct Anchors {
    list: Vec<Anchor>,
    /// The index of the date that opens the report, when it is an anchor.
    opening: Option<usize>,
    by_day: rustc_hash::FxHashMap<(u8, u8), usize>,
}

impl Anchors {
    /// Adds the date number `index` (`None`: the dateline) of `day` as an
    /// anchor, or as one more mention of the anchor of its day and month.
    fn push(&mut self, day: time::Date, index: Option<usize>) {
        let key = (day.day(), u8::from(day.month()));
        if let Some(&known) = self.by_day.get(&key) {
            let mentions = &mut self.list[known].mentions;
            if let Some(index) = index
                && mentions.len() < MENTIONS_READ
            {
                mentions.push(index);
            }
            return;
        }
        self.by_day.insert(key, self.list.len());
        self.list.push(Anchor { day, index, mentions: index.into_iter().collect(), ahead: None, later: None });
    }

    /// The first anchor `date` (number `index`) is a slip from: 20 to 75
    /// days after it on the same day of the month or a day either side, or
    /// with its day and month swapped. Gives the anchor, the date's day
    /// placed nearest it, the days between and whether they are swapped.
    fn slipped_from(&self, date: &Date, index: usize) -> Option<(usize, time::Date, i64, bool)> {
        let (d, m) = (date.start.day?, date.start.month?);
        let mut keys: Vec<(u8, u8)> = Vec::with_capacity(7);
        for back in 1..=2u32 {
            let month = (m + 12 - back - 1) % 12 + 1;
            for day in d.saturating_sub(1)..=d + 1 {
                keys.push((u8::try_from(day).ok()?, u8::try_from(month).ok()?));
            }
        }
        keys.push((u8::try_from(m).ok()?, u8::try_from(d).ok()?));
        let mut best: Option<(usize, time::Date, i64, bool)> = None;
        for key in keys {
            let Some(&anchor) = self.by_day.get(&key) else { continue };
            if self.list[anchor].index == Some(index) {
                continue;
            }
            let anchor_day = self.list[anchor].day;
            let Some(day) = event_day(date, anchor_day) else { continue };
            let after = (day - anchor_day).whole_days();
            if !SLIP_DAYS.contains(&after) {
                continue;
            }
            let (anchor_month, day_month) = (u32::from(u8::from(anchor_day.month())), u32::from(u8::from(day.month())));
            let same_day = (i64::from(day.day()) - i64::from(anchor_day.day())).abs() <= 1;
            let swapped = u32::from(day.day()) == anchor_month && u32::from(anchor_day.day()) == day_month;
            if (same_day || swapped) && best.is_none_or(|(b, ..)| anchor < b) {
                best = Some((anchor, day, after, swapped));
            }
        }
        best
    }

    /// Whether anchor `anchor` looks ahead: a report's own date that does
    /// is none, and a date that does is no event to count from.
    fn looks_ahead(&mut self, text: &str, report: &Report, anchor: usize) -> bool {
        let Anchor { mentions, ahead, .. } = &mut self.list[anchor];
        *ahead.get_or_insert_with(|| {
            !mentions.is_empty() && mentions.iter().all(|&i| report.dates[i].is_prospective(text, &report.blocks))
        })
    }

    fn later(&mut self, text: &str, report: &Report, anchor: usize) -> &[DayMonth] {
        let Anchor { day, later, .. } = &mut self.list[anchor];
        later.get_or_insert_with(|| later_days(text, report, *day))
    }
}

/// A day and month as written.
type DayMonth = (Option<u32>, Option<u32>);

/// Mentions of one day and month read to tell whether it looks ahead.
const MENTIONS_READ: usize = 3;

/// The day of a date, in [`NO_YEAR`] when written without a year.
fn day_in_no_year(date: &Date) -> Option<time::Date> {
    let year = date.start.year.unwrap_or(NO_YEAR);
    documents::ymd(year, date.start.month?, date.start.day?)
}

/// A report about a later period (a schedule, a season) dates many
/// things after its own date; a slip is a lone date after it. The days and
/// months of the dates more than [`LATER_DAYS`] after `anchor_day` that do
/// not look ahead, two different ones at most (enough to tell whether one
/// other than a given date's exists). Each is placed in the year nearest
/// the report's date: without a dateline that year is unknown, and the
/// written years do not say whether a story is about a later period.
fn later_days(text: &str, report: &Report, anchor_day: time::Date) -> Vec<DayMonth> {
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
