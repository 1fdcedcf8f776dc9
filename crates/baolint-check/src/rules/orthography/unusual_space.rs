//! ORT004 unusual-space.

use baolint_syntax::SpaceRun;

use super::describe_run;
use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT004",
    name: "unusual-space",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A single white space character other than a plain space between words.",
    doc: r#"## What it does
Reports a single white space character between two words that is not a
plain space (U+0020): a no-break space (U+00A0) left by HTML's `&nbsp;`, a
tab, a thin or ideographic space.

## Why is this bad?
It looks like a space but is not one: search, word counts and line
breaking treat it differently, and it marks text pasted from a web page.

## Example
```text
thực hiện Chỉ thị 03,<U+00A0>Bộ Chính trị
```
Use instead:
```text
thực hiện Chỉ thị 03, Bộ Chính trị
```

## Fix safety
Safe: the character becomes a plain space.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, run: &SpaceRun) {
    let text = run.span.text(ctx.text);
    let fix = Fix::safe("replace with a plain space", vec![Edit::replace(run.span, " ")]);
    ctx.report_diagnostic(
        Rule::UnusualSpace,
        run.span,
        format!("{} used as a space between words", describe_run(text)),
        Vec::new(),
        Some(fix),
    );
}
