//! ORT010 missing-space-after.

use baolint_syntax::{Mark, MarkKind};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT010",
    name: "missing-space-after",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A comma, semicolon, colon or ellipsis glued to the word after it, or a full stop glued to the next sentence.",
    doc: r#"## What it does
Reports ",", ";", ":" or "…" followed directly by a letter, and a full stop
between a word of lower-case letters and a capitalised word ("đè
lên.Chủ tịch"), where the next sentence lost its space. Decimal commas
("1,5"), times ("7:30") and marks inside web and e-mail addresses are left
alone, and so is a full stop after a capital, a digit or a single letter
("TP.HCM", "Q.Bình Thạnh", "1.Chủ đề", "v.v"), inside a name or an
address ("abc.xyz.Com"), or before a word in capitals.

## Why is this bad?
The two words run together: readers stumble, search does not find either
word, and a line cannot break there.

## Example
```text
đạt nhiều kết quả…được nhân dân đồng tình;các xã.Trong năm
```
Use instead:
```text
đạt nhiều kết quả… được nhân dân đồng tình; các xã. Trong năm
```

## Fix safety
Safe: one space is inserted after the mark.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, mark: &Mark) {
    let MarkKind::NoSpaceAfter { mark: c } = mark.kind else { return };
    let message = format!("no space after \"{c}\" before the next word");
    let fix = Fix::safe(format!("insert a space after \"{c}\""), vec![Edit::replace(mark.span, format!("{c} "))]);
    ctx.report_diagnostic(Rule::MissingSpaceAfter, mark.span, message, Vec::new(), Some(fix));
}
