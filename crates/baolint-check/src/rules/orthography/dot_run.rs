//! ORT012 dot-run.

use baolint_syntax::Mark;

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT012",
    name: "dot-run",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "Two, or four or more, full stops in a row.",
    doc: r#"## What it does
Reports a run of full stops that is neither one stop nor the three of an
ellipsis: "..", "....", ".....".

## Why is this bad?
It is a typing slip: either an ellipsis ("..." or "…") or a full stop was
meant, and a reader cannot tell which.

## Example
```text
được biểu dương, tôn vinh.... bước đầu đã lan tỏa
```
Use instead:
```text
được biểu dương, tôn vinh... bước đầu đã lan tỏa
```

## Fix safety
Unsafe: the run becomes an ellipsis "...", which may not be what the writer
meant (a full stop, or an ellipsis then a full stop).
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, mark: &Mark) {
    let count = mark.span.end - mark.span.start;
    let message = format!("{count} full stops in a row; an ellipsis has three");
    let fix = Fix::unsafe_("replace with an ellipsis \"...\"", vec![Edit::replace(mark.span, "...")]);
    ctx.report_diagnostic(Rule::DotRun, mark.span, message, Vec::new(), Some(fix));
}
