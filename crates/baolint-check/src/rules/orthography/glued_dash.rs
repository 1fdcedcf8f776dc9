//! ORT011 glued-dash.

use baolint_syntax::{Mark, MarkKind, Side};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT011",
    name: "glued-dash",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A dash with a space on one side only between two words.",
    doc: r#"## What it does
Reports a hyphen or dash that touches the word on one side and has white
space on the other ("Thu Hồng- Phó Bí thư"). Hyphenated words with no space
("kinh tế-xã hội"), ranges of numbers, document symbols, list dashes and the
agency or place prefix of a lead in capitals ("LSO- Chiều") are left alone.

## Why is this bad?
A dash between two phrases is set with a space on both sides; glued to one
word it reads as a hyphenated compound that is not there, and a line may
break inside it.

## Example
```text
đồng chí Nguyễn Thị Thu Hồng- Phó Bí thư Thường trực Tỉnh ủy
```
Use instead:
```text
đồng chí Nguyễn Thị Thu Hồng - Phó Bí thư Thường trực Tỉnh ủy
```

## Fix safety
Unsafe: one space is inserted on the glued side, which is right for a dash
between phrases; a hyphenated name typed with a stray space ("Jean -Marie")
needs the space removed instead.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, mark: &Mark) {
    let MarkKind::GluedDash { glued } = mark.kind else { return };
    // Inside a document symbol the hyphen takes no space on either side
    // ("134/2016/NĐ-CP"): a space there is REF001's finding, whose fix
    // removes it.
    // References are in text order: only the last two that start before the
    // mark can hold it, found by bisection (a report may hold many of both).
    let references = &ctx.report.references;
    let after = references.partition_point(|r| r.span.start <= mark.span.start);
    let in_symbol = references[after.saturating_sub(2)..after]
        .iter()
        .filter_map(|r| r.symbol)
        .any(|symbol| symbol.span.start <= mark.span.start && mark.span.end <= symbol.span.end);
    if in_symbol {
        return;
    }
    let dash = mark.span.text(ctx.text);
    let (message, replacement) = match glued {
        Side::Left => (format!("\"{dash}\" is glued to the word before it"), format!(" {dash}")),
        Side::Right => (format!("\"{dash}\" is glued to the word after it"), format!("{dash} ")),
    };
    let fix = Fix::unsafe_("space the dash on both sides", vec![Edit::replace(mark.span, replacement)]);
    ctx.report_diagnostic(Rule::GluedDash, mark.span, message, Vec::new(), Some(fix));
}
