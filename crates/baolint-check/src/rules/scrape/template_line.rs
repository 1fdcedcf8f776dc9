//! SCR007 template-line.

use baolint_syntax::Block;

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, recurrence, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR007",
    name: "template-line",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: true,
    summary: "A line that many reports of the same source hold: the site's template, not the report.",
    doc: concat!(
        r#"## What it does
Reports a paragraph or list item (8 to 200 bytes) that
recurs across the reports of one source: held by at least 5 of them and
at least 1% of them. Lines count as the same when they differ only in
case, spacing or the values of their numbers ("Lượt xem: 95", "Lượt xem:
102"). This is baolint's first corpus-level evidence: it needs a run over
many reports. The source of a report is the `source` or `site` field of
its JSON Lines record when it has one, else the JSON Lines file, or the
directory of a text file. A report checked alone, from standard input or
from a single file, gets no such evidence, and the rule finds nothing.
Headlines, datelines, leads, subheads, captions, bylines and source lines
are not judged (subheads and captions recur as the stock phrases of
reports: "Những kết quả nổi bật", "Quang cảnh hội nghị"), nor are lines
another SCR rule already reports.

## Why is this bad?
A site prints the same lines around every article (a slogan, "follow us",
a comment form, a standing notice); a scraper keeps them as if they were
the report's. They skew a corpus and mislead readers of the report.

## Example
In 37 of 120 reports of one site:
```text
Mời quý độc giả theo dõi chúng tôi trên Zalo và Facebook
```
Use instead: delete the line.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block) {
    let Some(source) = ctx.recurrence() else { return };
    let text = block.span.text(ctx.text);
    let Some(count) = source.recurring(text) else { return };
    let reports = source.reports();
    let evidence = vec![
        Evidence::new("reports of this source holding the line", count.to_string(), None),
        Evidence::new("reports of this source", reports.to_string(), None),
        Evidence::new(
            "threshold",
            format!("{} reports and {}‰ of them", recurrence::MIN_REPORTS, recurrence::MIN_SHARE_PER_MILLE),
            None,
        ),
    ];
    let message = format!("this line appears in {count} of {reports} reports of this source: the site's template text");
    report_junk_line(ctx, Rule::TemplateLine, block, message, evidence);
}
