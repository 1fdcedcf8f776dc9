//! ORT003 whitespace-only-line.

use baolint_syntax::SpaceRun;

use super::describe_run;
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT003",
    name: "whitespace-only-line",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A line that holds only white space.",
    doc: r#"## What it does
Reports a line that is not empty but holds only white space, such as a lone
no-break space where the page had an empty paragraph (`<p>&nbsp;</p>`).

## Why is this bad?
It looks like a blank line but is not one: tools that split paragraphs on
empty lines see a paragraph of nothing.

## Example
```text
... đi vào nền nếp.
<U+00A0>
Sau 2 năm thực hiện ...
```
Use instead: an empty line.

## Fix safety
Safe: the white space is removed and the line break kept.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, run: &SpaceRun) {
    let text = run.span.text(ctx.text);
    let fix = Fix::safe("empty the line", vec![Edit::delete(run.span)]);
    ctx.report_diagnostic(
        Rule::WhitespaceOnlyLine,
        run.span,
        format!("a line holding only white space: {}", describe_run(text)),
        Vec::new(),
        Some(fix),
    );
}
