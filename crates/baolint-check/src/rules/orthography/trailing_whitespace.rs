//! ORT002 trailing-whitespace.

use baolint_syntax::SpaceRun;

use super::describe_run;
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT002",
    name: "trailing-whitespace",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "White space at the end of a line.",
    doc: r#"## What it does
Reports white space (spaces, tabs, no-break spaces) after the last visible
character of a line.

## Why is this bad?
Invisible trailing characters make two equal paragraphs compare unequal,
and a trailing no-break space is a leftover of the page's HTML.

## Example
```text
... ở mỗi cơ quan, đơn vị.<U+00A0>
```
Use instead:
```text
... ở mỗi cơ quan, đơn vị.
```

## Fix safety
Safe: only the trailing white space is removed.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, run: &SpaceRun) {
    let text = run.span.text(ctx.text);
    let fix = Fix::safe("remove the trailing white space", vec![Edit::delete(run.span)]);
    ctx.report_diagnostic(
        Rule::TrailingWhitespace,
        run.span,
        format!("white space at the end of the line: {}", describe_run(text)),
        Vec::new(),
        Some(fix),
    );
}
