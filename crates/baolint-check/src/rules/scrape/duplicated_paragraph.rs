//! SCR006 duplicated-paragraph.

use std::collections::HashMap;

use baolint_syntax::BlockKind;

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR006",
    name: "duplicated-paragraph",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "A paragraph that repeats an earlier one word for word.",
    doc: r#"## What it does
Reports a paragraph, lead, caption or list item of at least six words whose
text (white space aside) is the same as an earlier one in the report.

## Why is this bad?
Scrapers that read both a page's main column and its print or mobile view
paste the same paragraph twice; a repeated caption or paragraph reads as
a copy-editing mistake.

## Example
```text
Hội nghị trực tuyến đến 4.487 điểm cầu trong cả nước.

Hội nghị trực tuyến đến 4.487 điểm cầu trong cả nước.
```
Use instead: keep the first copy.

## Fix safety
Unsafe: the fix deletes the later copy, which is right for a scraping
artefact but may not be what the author meant when a sentence is repeated
on purpose. Applied only with `--unsafe-fixes`.
"#,
};

/// Shorter blocks repeat by nature ("Ảnh minh họa.").
const MIN_WORDS: usize = 6;

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let mut seen: HashMap<Vec<&str>, &baolint_syntax::Block> = HashMap::new();
    for block in report.blocks.iter().filter(|b| b.kind.is_body() && !matches!(b.kind, BlockKind::Subhead)) {
        let words: Vec<&str> = block.span.text(ctx.text).split_whitespace().collect();
        if words.len() < MIN_WORDS {
            continue;
        }
        match seen.get(&words) {
            Some(first) => {
                let excerpt =
                    first.span.text(ctx.text).split_whitespace().take(MIN_WORDS).collect::<Vec<_>>().join(" ");
                let fix = Fix::unsafe_("remove the repeated paragraph", vec![Edit::delete(ctx.whole_line(block.line))]);
                ctx.report_diagnostic(
                    Rule::DuplicatedParagraph,
                    block.span,
                    format!("this {} repeats an earlier one word for word", block.kind.name()),
                    vec![Evidence::new("first copy", format!("{excerpt} …"), Some(first.span))],
                    Some(fix),
                );
            }
            None => {
                seen.insert(words, block);
            }
        }
    }
}
