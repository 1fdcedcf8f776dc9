//! STR003 missing-byline.

use baolint_syntax::{BlockKind, Span};

use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "STR003",
    name: "missing-byline",
    family: Family::Structure,
    severity: Severity::Info,
    fix: FixAvailability::None,
    preview: false,
    summary: "The report has no byline or source line at its end.",
    doc: r#"## What it does
Reports a report whose last line of content is neither a byline (the
author's name, "XUÂN HƯƠNG", "Nguyễn Hằng", "BBT") nor a source line
("Theo congthuong.vn", "Nguồn: TTXVN").

## Why is this bad?
A published report names who wrote it or where it was taken from; a
republished one without its source can breach the original's copyright.

## Example
```text
... đưa nội dung học tập vào sinh hoạt chi bộ đảng hằng tháng.

Phản hồi
```
Use instead:
```text
... đưa nội dung học tập vào sinh hoạt chi bộ đảng hằng tháng.

MINH ANH
```

## Fix safety
No fix: the author is not in the text. Info by default, because some
publishing systems keep the byline apart from the text.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if report.byline().is_some() {
        return;
    }
    let Some(last) = report.blocks.iter().rev().find(|b| b.kind.is_body() || b.kind == BlockKind::Headline) else {
        return;
    };
    ctx.report_diagnostic(
        Rule::MissingByline,
        Span::new(last.span.end, last.span.end),
        "the report has no byline or source line after its last paragraph".to_owned(),
        Vec::new(),
        None,
    );
}
