//! STR001 missing-headline.

use baolint_syntax::{BlockKind, Span};

use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "STR001",
    name: "missing-headline",
    family: Family::Structure,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "The report has no headline.",
    doc: r#"## What it does
Reports a report whose first line of content (after page junk and the
dateline) is not a headline: a long paragraph, a list item or a source line
opens the text.

## Why is this bad?
A report without a headline cannot be published or indexed as it is; in a
scraped corpus it usually means the scraper lost the title.

## Example
```text
Ngày 19/5/2014, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến ...
```
Use instead:
```text
Hội nghị trực tuyến toàn quốc sơ kết 3 năm thực hiện Chỉ thị 03

Ngày 19/5/2014, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến ...
```

## Fix safety
No fix: only the editor knows the headline. When a photo caption stands
where the headline should be, STR004 reports it instead.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if report.headline().is_some() {
        return;
    }
    let first = report.first_content();
    if first.is_some_and(|b| b.kind == BlockKind::Caption) {
        return; // STR004's finding.
    }
    let span = first.map_or(Span::new(0, 0), |b| b.span);
    let message = match first {
        Some(block) => format!("the report has no headline: it opens with a {}", block.kind.name()),
        None => "the report has no headline: it has no content at all".to_owned(),
    };
    ctx.report_diagnostic(Rule::MissingHeadline, span, message, Vec::new(), None);
}
