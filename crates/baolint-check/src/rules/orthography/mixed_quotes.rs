//! ORT014 mixed-quotes.

use baolint_syntax::QuoteTally;

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT014",
    name: "mixed-quotes",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::None,
    preview: false,
    summary: "Straight and curly double quotation marks in one report.",
    doc: r#"## What it does
Reports a report whose headline and body use both straight (") and curly
(“ ”) double quotation marks. The finding points at the first mark of the
style used less; its evidence gives how many marks of each style there are.

## Why is this bad?
A report set in one house style reads as one text; mixed quotes show
pasted-together sources and look careless in print.

## Example
```text
chống “diễn biến hòa bình”, "tự diễn biến", "tự chuyển hóa"
```
Use instead:
```text
chống “diễn biến hòa bình”, “tự diễn biến”, “tự chuyển hóa”
```

## Fix safety
No fix: which style the house uses is the editor's call.
"#,
};

/// Checks the quotation marks of the report's prose, tallied by the parser.
pub(crate) fn check(ctx: &mut Context<'_>, quotes: &QuoteTally) {
    let QuoteTally { straight, curly, first_straight, first_curly } = *quotes;
    if straight == 0 || curly == 0 {
        return;
    }
    // The style used less is the odd one out; on a tie, straight quotes.
    let (first_odd, first_usual) =
        if straight <= curly { (first_straight, first_curly) } else { (first_curly, first_straight) };
    let (Some(odd), Some(usual)) = (first_odd, first_usual) else { return };
    let message = format!("straight (\") and curly (“ ”) quotation marks mixed: {straight} straight, {curly} curly");
    let evidence = vec![Evidence::new("first mark of the other style", usual.text(ctx.text), Some(usual))];
    ctx.report_diagnostic(Rule::MixedQuotes, odd, message, evidence, None);
}
