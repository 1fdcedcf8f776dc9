//! ORT009 misplaced-space.

use baolint_syntax::{Mark, MarkKind};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT009",
    name: "misplaced-space",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "White space before , . ; : ! ? ) ] or after ( [.",
    doc: r#"## What it does
Reports white space between a word and the punctuation mark that closes it
(",", a sentence's ".", ";", ":", "!", "?", ")", "]"), and white space right
after an opening bracket. Scores and figures ("2 : 1") are left alone, and
so is the space before an ellipsis ("...").

## Why is this bad?
Vietnamese, like English, sets these marks against the word before them.
A space before them is a typing slip; it also lets a line break put the
mark at the start of the next line.

## Example
```text
các xã , phường ( thị trấn ) đều tham gia .
```
Use instead:
```text
các xã, phường (thị trấn) đều tham gia.
```

## Fix safety
Safe: the white space is removed; the words and marks are unchanged.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, mark: &Mark) {
    let message = match mark.kind {
        MarkKind::SpaceBefore { mark } => format!("white space before \"{mark}\""),
        MarkKind::SpaceAfterOpening { mark } => format!("white space after \"{mark}\""),
        _ => return,
    };
    let fix = Fix::safe("remove the white space", vec![Edit::delete(mark.span)]);
    ctx.report_diagnostic(Rule::MisplacedSpace, mark.span, message, Vec::new(), Some(fix));
}
