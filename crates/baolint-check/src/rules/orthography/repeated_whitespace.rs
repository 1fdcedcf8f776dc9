//! ORT001 repeated-whitespace.

use baolint_syntax::SpaceRun;

use super::describe_run;
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT001",
    name: "repeated-whitespace",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "Two or more white space characters between words, no-break spaces included.",
    doc: r#"## What it does
Reports a run of two or more white space characters between two words of a
line: spaces, tabs, and the no-break spaces (U+00A0) that HTML's `&nbsp;`
leaves behind, in any mix.

## Why is this bad?
Doubled spaces are invisible in most editors but show up in print and in
justified text, and they break exact-phrase search ("tiếp tục  đẩy mạnh"
does not match "tiếp tục đẩy mạnh").

## Example
```text
về tiếp tục  đẩy mạnh việc học tập
```
Use instead:
```text
về tiếp tục đẩy mạnh việc học tập
```

## Fix safety
Safe: the run becomes one space; no visible character changes.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, run: &SpaceRun) {
    let text = run.span.text(ctx.text);
    let fix = Fix::safe("replace with one space", vec![Edit::replace(run.span, " ")]);
    ctx.report_diagnostic(
        Rule::RepeatedWhitespace,
        run.span,
        format!("{} white space characters in a row: {}", text.chars().count(), describe_run(text)),
        Vec::new(),
        Some(fix),
    );
}
