//! REF009 elapsed-time-mismatch.

use baolint_syntax::{ElapsedClaim, ElapsedHedge};

use super::document_date;
use crate::{
    Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, checker::ReportDate, documents, registry::Family,
};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "REF009",
    name: "elapsed-time-mismatch",
    family: Family::References,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "\"N năm thực hiện\" a document disagrees with the time from the document's date to the report's.",
    doc: r#"## What it does
Reports an elapsed-time claim before a reference ("sơ kết 3 năm thực hiện
Chỉ thị 03", "Sau 2 năm thực hiện Kết luận số 01") when the years between
the document's date and the report's own date disagree with it. The
document's date is the one cited with it (or with the full reference it
stands for), else the registry's (a plenum resolution with its term,
"Nghị quyết Trung ương 9 (khóa XI)", is found by its short name). The report's date is its dateline,
unless the dateline is the page's date; without one, any date in the body
with a month that is not a document's date may be the report's, and the
claim is reported only if none of them makes it right; with none, nothing
is reported. A claim is consistent within a year either way, or when it
counts calendar years; "gần" (nearly) and "hơn"/"trên" (more than) widen
the window on their side.

## Why is this bad?
A review "3 năm" after a directive that is really five years old points to
a wrong date, a wrong directive, or a report reused from another year.

## Example
```text
Ngày 19/5/2016, ... sơ kết 3 năm thực hiện Chỉ thị 03-CT/TW, ngày 14/5/2011
```
From 14/5/2011 to 19/5/2016 is five years.

## Fix safety
No fix: the claim, the date or the document may be wrong.
"#,
};

/// Checks reference `index` of the report.
pub(crate) fn check(ctx: &mut Context<'_>, index: usize) {
    let reference = &ctx.report.references[index];
    let Some(claim) = reference.elapsed else { return };
    let Some((latest, _, _)) = ctx.report_date() else { return };
    let Some((then, how)) = document_date(ctx, index, latest) else { return };
    // Without a dateline any date of the body may be "now": the claim is
    // judged against the latest one only if no date makes it right. The
    // dates are sorted, so the dates that make it right are found by
    // binary search.
    let candidates = ctx.report_dates();
    let from = candidates.partition_point(|(now, _, _)| *now < then);
    let candidates = &candidates[from..];
    let Some(&(now, now_span, from_dateline)) = candidates.last() else { return };
    if any_consistent(claim, then, candidates) {
        return;
    }
    let months = months_between(then, now);
    let years = f64::from(months) / 12.0;
    let now_text = now_span.text(ctx.text);
    let basis = if from_dateline { "the dateline" } else { "the latest date in the report" };
    ctx.report_diagnostic(
        Rule::ElapsedTimeMismatch,
        claim.span,
        format!(
            "\"{} {}\" claims {} years, but from {} to {now_text} ({basis}) is about {} years",
            claim.span.text(ctx.text),
            reference.span.text(ctx.text),
            claim.years,
            documents::show(then),
            format_years(years)
        ),
        vec![
            Evidence::new("document date", how, None),
            Evidence::new("report date", format!("{now_text} ({basis})"), Some(now_span)),
        ],
        None,
    );
}

/// Some date of `candidates` (sorted) makes the claim right: within a year
/// either way of it (widened on the hedge's side), or the claim counts
/// calendar years.
fn any_consistent(claim: ElapsedClaim, then: time::Date, candidates: &[ReportDate]) -> bool {
    let claimed = claim.years as i32 * 12;
    let (low, high) = match claim.hedge {
        None => (claimed - 12, claimed + 12),
        Some(ElapsedHedge::Nearly) => (claimed - 18, claimed + 6),
        Some(ElapsedHedge::MoreThan) => (claimed - 6, claimed + 24),
        Some(ElapsedHedge::About) => (claimed - 18, claimed + 18),
    };
    let first_at_least = |months: i32| candidates.partition_point(|(now, _, _)| months_between(then, *now) < months);
    let in_window = first_at_least(low) < first_at_least(high + 1);
    let year = then.year() + claim.years as i32;
    let in_year = candidates.partition_point(|(now, _, _)| now.year() < year)
        < candidates.partition_point(|(now, _, _)| now.year() <= year);
    in_window || in_year
}

fn months_between(then: time::Date, now: time::Date) -> i32 {
    (now.year() - then.year()) * 12 + i32::from(u8::from(now.month())) - i32::from(u8::from(then.month()))
}

/// "5", "4,5": halves in the Vietnamese decimal style.
fn format_years(years: f64) -> String {
    let halves = (years * 2.0).round() / 2.0;
    if halves.fract() == 0.0 { format!("{halves:.0}") } else { format!("{halves:.1}").replace('.', ",") }
}
