//! NUM002 part-exceeds-total.

use baolint_syntax::{Breakdown, Coverage, NounClass, NumberKind, NumberMention, Span, noun_class};

use super::{interval, operand, single_value};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM002",
    name: "part-exceeds-total",
    family: Family::Numbers,
    severity: Severity::Error,
    fix: FixAvailability::None,
    preview: false,
    summary: "A part introduced by \"trong đó có\" is larger than its total.",
    doc: r#"## What it does
Reports a subset ("trong đó có 46.123 lượt cán bộ lãnh đạo") that is larger
than the total it is a part of, when both are counts of the same thing (both
name a counted noun and the nouns start with the same word). Percentages
are not compared: a part may grow faster than its total. Hedges and printed precision are allowed for: "trên
142.590 lượt" is at least 142.590. Full breakdowns are checked as a whole by
NUM001 instead. Only the first part after "trong đó" is compared, and only
counts and sums of money: not measures (a length within a height), ages,
scores or multiples.

## Why is this bad?
A part cannot be larger than the whole: one of the two figures is wrong,
or the part belongs to another total.

## Example
```text
có 1.250 lượt đảng viên đăng ký, trong đó có 12.500 lượt cán bộ lãnh đạo.
```

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, breakdown: &Breakdown) {
    if breakdown.coverage != Coverage::Subset {
        return;
    }
    // Only "trong đó": after "gồm", "bao gồm" or a colon a longer part is
    // most often another list ("347 triệu USD: ... hơn 1 tỷ USD").
    if !breakdown.marker.text(ctx.text).chars().flat_map(char::to_lowercase).eq("trong đó".chars()) {
        return;
    }
    let numbers = &ctx.report.numbers;
    let total_mention = &numbers[breakdown.total];
    let Some(total_value) = single_value(total_mention) else { return };
    let Some(total) = interval(total_mention, total_value) else { return };
    // The first part is the one "trong đó (có)" introduces; later numbers
    // of the sentence often open parallel clauses ("12 trường hợp mắc A,
    // trong đó 4 trường hợp tử vong, 77 trường hợp mắc B").
    for &p in breakdown.parts.iter().take(1) {
        let part_mention = &numbers[p];
        let Some(part_value) = single_value(part_mention) else { continue };
        let comparable = same_thing(ctx.text, total_mention, part_mention);
        let Some(part) = interval(part_mention, part_value) else { continue };
        if !comparable || part.lo <= total.hi {
            continue;
        }
        let evidence = vec![
            operand("total", ctx.text, total_mention, total_value),
            operand("part", ctx.text, part_mention, part_value),
        ];
        let message = format!(
            "a part ({}) is larger than its total ({})",
            part_mention.span.text(ctx.text),
            total_mention.span.text(ctx.text)
        );
        let span = Span::new(total_mention.span.start, part_mention.span.end);
        ctx.report_diagnostic(Rule::PartExceedsTotal, span, message, evidence, None);
    }
}

/// Both are counts of the same thing: amounts whose counted nouns start
/// with the same word. Percentages are left alone: the growth of a part may
/// well exceed the growth of its total.
fn same_thing(text: &str, total: &NumberMention, part: &NumberMention) -> bool {
    matches!((&total.kind, &part.kind), (NumberKind::Amount(_), NumberKind::Amount(_)))
        && matches!(noun_class(text, total), NounClass::Count | NounClass::Money)
        && baolint_syntax::same_noun(text, total, part)
}
