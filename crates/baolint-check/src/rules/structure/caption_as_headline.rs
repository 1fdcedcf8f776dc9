//! STR004 caption-as-headline.

use baolint_syntax::BlockKind;

use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "STR004",
    name: "caption-as-headline",
    family: Family::Structure,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A photo caption stands where the headline should be.",
    doc: r#"## What it does
Reports a report whose first line of content is a photo caption (a short
sentence naming who or what is in a picture, such as "Các đại biểu dự hội
nghị.") instead of a headline.

## Why is this bad?
The scraper took the top photo's caption and lost the title: the report
will be listed under the caption's words.

## Example
```text
Các đại biểu dự hội nghị.

3 năm qua, cấp ủy, tổ chức đảng ...
```
Use instead: put the report's real headline first, and keep the caption
under its photo.

## Fix safety
No fix: the real headline is not in the text.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if report.headline().is_some() {
        return;
    }
    let Some(first) = report.first_content().filter(|b| b.kind == BlockKind::Caption) else { return };
    ctx.report_diagnostic(
        Rule::CaptionAsHeadline,
        first.span,
        "a photo caption stands where the headline should be".to_owned(),
        Vec::new(),
        None,
    );
}
