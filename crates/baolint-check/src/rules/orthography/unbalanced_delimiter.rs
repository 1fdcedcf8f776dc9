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

/// Checks the brackets and quotation marks of the report's prose, which
/// the parser has paired: brackets across paragraphs (scraped pages cut an
/// aside over several lines), quotation marks within their paragraph,
/// leaving at most one per paragraph without a partner (see
/// [`MarkKind::Quote`]). A quotation may run over several paragraphs:
/// it leaves one paragraph with a lone opening mark and a later one with a
/// lone closing mark, and the two pair up here.
pub(crate) fn check(ctx: &mut Context<'_>, marks: &[Mark]) {
    let text = ctx.text;
    let mut unmatched: Vec<(Span, &'static str)> = Vec::new();
    let mut pending: Option<(Span, &'static str)> = None;
    for mark in marks {
        match mark.kind {
            MarkKind::Bracket { open: true, .. } => {
                unmatched.push((mark.span, "opening bracket without a closing one"))
            }
            MarkKind::Bracket { open: false, .. } => {
                unmatched.push((mark.span, "closing bracket without an opening one"))
            }
            MarkKind::Quote(kind) => {
                let closing = matches!(kind, QuoteKind::CurlyClose | QuoteKind::StraightClosing);
                let lost = (mark.span, if closing { CLOSING } else { OPENING });
                match pending.take() {
                    Some(open) if open.1 == OPENING && lost.1 == CLOSING => {}
                    Some(earlier) => {
                        unmatched.push(earlier);
                        pending = Some(lost);
                    }
                    None => pending = Some(lost),
                }
            }
            _ => {}
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

const OPENING: &str = "opening quotation mark without a closing one";
const CLOSING: &str = "closing quotation mark without an opening one";
