//! ORT013 unbalanced-delimiter.

use baolint_syntax::{Mark, MarkKind, QuoteKind, Span};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT013",
    name: "unbalanced-delimiter",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A bracket or quotation mark without its partner.",
    doc: r#"## What it does
Pairs the round and square brackets and the double quotation marks of the
headline and the body, in order, and reports one that has no partner.
Quotation marks are paired within their paragraph: when a paragraph has an
even number of them, they pair up even if one faces the wrong way
("“phấn khởi“" is another typo). A quotation may run over paragraphs: a
lone opening mark pairs with a lone closing mark in a later paragraph. A straight quote (") opens or
closes by its neighbours: after a space and before a word it opens, after a
word and before a space or a mark it closes. A list marker such as "a)" or
"1)" needs no opening bracket.

## Why is this bad?
The reader cannot tell where the aside or the quotation ends, and a quotation
left open may attribute words to the wrong person.

## Example
```text
phát huy vai trò nêu gương (nhất là người đứng đầu, các cấp ủy đều
```
Use instead:
```text
phát huy vai trò nêu gương (nhất là người đứng đầu), các cấp ủy đều
```

## Fix safety
No fix: where the partner belongs is the editor's call.
"#,
};

/// Checks every bracket and quotation mark of the report's prose, in
/// order. Pairs are matched across paragraphs: scraped pages cut a
/// quotation or an aside over several lines, and a long quotation may run
/// over several paragraphs.
pub(crate) fn check(ctx: &mut Context<'_>, marks: &[Mark]) {
    let text = ctx.text;
    let mut round: Vec<Span> = Vec::new();
    let mut square: Vec<Span> = Vec::new();
    let mut unmatched: Vec<(Span, &'static str)> = Vec::new();
    for mark in marks {
        match mark.kind {
            MarkKind::Bracket { open: true, square: false, .. } => round.push(mark.span),
            MarkKind::Bracket { open: true, square: true, .. } => square.push(mark.span),
            MarkKind::Bracket { open: false, square: is_square, list_label } => {
                let stack = if is_square { &mut square } else { &mut round };
                if stack.pop().is_none() && !list_label {
                    unmatched.push((mark.span, "closing bracket without an opening one"));
                }
            }
            _ => {}
        }
    }
    unmatched.extend(round.into_iter().chain(square).map(|s| (s, "opening bracket without a closing one")));
    // Quotation marks are paired within their paragraph. An even number of
    // them pairs up even when one faces the wrong way ("“phấn khởi“",
    // ":” Nếu ...”"): that is a typo of another kind, not a lost partner.
    // A quotation that runs over paragraphs leaves one paragraph with a
    // lone opening mark and a later one with a lone closing mark: the two
    // pair up.
    let quotes: Vec<&Mark> = marks.iter().filter(|m| matches!(m.kind, MarkKind::Quote(_))).collect();
    let mut pending: Option<(Span, &'static str)> = None;
    for block in quotes.chunk_by(|a, b| a.block == b.block) {
        if block.len() % 2 == 0 {
            continue;
        }
        let Some(lost) = unpaired_quote(block) else { continue };
        match pending.take() {
            Some(open) if open.1 == OPENING && lost.1 == CLOSING => {}
            Some(earlier) => {
                unmatched.push(earlier);
                pending = Some(lost);
            }
            None => pending = Some(lost),
        }
    }
    unmatched.extend(pending);
    unmatched.sort_by_key(|(span, _)| span.start);
    for (span, what) in unmatched {
        let mark = span.text(text);
        let evidence = vec![Evidence::new("mark", mark, Some(span))];
        ctx.report_diagnostic(Rule::UnbalancedDelimiter, span, format!("{what}: \"{mark}\""), evidence, None);
    }
}

/// Of a paragraph's odd number of quotation marks, the one that lacks its
/// partner, told by which way the marks face; the first such one.
fn unpaired_quote(block: &[&Mark]) -> Option<(Span, &'static str)> {
    let mut open: Vec<Span> = Vec::new();
    let mut lost = None;
    for mark in block {
        match mark.kind {
            MarkKind::Quote(QuoteKind::CurlyOpen | QuoteKind::StraightOpening) => open.push(mark.span),
            MarkKind::Quote(QuoteKind::CurlyClose | QuoteKind::StraightClosing) => {
                let unopened = open.pop().is_none();
                if unopened && lost.is_none() {
                    lost = Some((mark.span, CLOSING));
                }
            }
            // An unoriented straight quote closes an open quotation, or
            // opens one.
            MarkKind::Quote(QuoteKind::Straight) => {
                let closes = open.pop().is_some();
                if !closes {
                    open.push(mark.span);
                }
            }
            _ => {}
        }
    }
    lost.or_else(|| open.first().map(|&span| (span, OPENING)))
}

const OPENING: &str = "opening quotation mark without a closing one";
const CLOSING: &str = "closing quotation mark without an opening one";
