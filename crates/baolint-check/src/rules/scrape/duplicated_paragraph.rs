//! SCR006 duplicated-paragraph.

use std::hash::Hasher;

use baolint_syntax::{Block, BlockKind};
use rustc_hash::{FxHashMap, FxHasher};

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR006",
    name: "duplicated-paragraph",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "A paragraph that repeats an earlier one word for word.",
    doc: r#"## What it does
Reports a paragraph, lead, caption or list item of at least six words whose
text (white space aside, and the two placements of a tone mark, "hoà" and
"hòa", taken as one) is the same as an earlier one in the report.

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

/// Words split at ASCII white space: a fast, byte-level split. A copy that
/// differs only by a no-break space is not taken for a duplicate.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_ascii_whitespace()
}

/// A hash of the block's words, white space aside, and how many there are.
/// A hash of the paragraph's consonant skeleton: the ASCII consonants of
/// each word, in order. The two tone placements only move a mark between
/// vowels, and a vowel with a mark is never ASCII, so "hoà" and "hòa" hash
/// alike without respelling every word; paragraphs whose hashes match are
/// then compared word by word.
fn fingerprint(text: &str) -> (u64, usize) {
    // One pass over the bytes, without splitting. The kept bytes (each
    // word's consonants and a separator after it) are packed eight to a
    // word before hashing: one multiply per eight bytes instead of one each.
    let mut hasher = FxHasher::default();
    let mut packed = 0u64;
    let mut kept = 0;
    let mut keep = |b: u8| {
        packed = packed << 8 | u64::from(b);
        kept += 1;
        if kept == 8 {
            hasher.write_u64(packed);
            kept = 0;
        }
    };
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        if b.is_ascii_whitespace() {
            if in_word {
                keep(b' ');
                count += 1;
                in_word = false;
            }
            continue;
        }
        in_word = true;
        if b.is_ascii_alphabetic() && !matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
            keep(b);
        }
    }
    if in_word {
        keep(b' ');
        count += 1;
    }
    hasher.write_u64(packed);
    hasher.write_u8(kept);
    (hasher.finish(), count)
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let text = ctx.text;
    let mut seen: FxHashMap<u64, Vec<&Block>> = FxHashMap::default();
    for block in report.blocks.iter().filter(|b| b.kind.is_body() && !matches!(b.kind, BlockKind::Subhead)) {
        let (hash, count) = fingerprint(block.span.text(text));
        if count < MIN_WORDS {
            continue;
        }
        let earlier = seen.entry(hash).or_default();
        let same_words = |a: &str, b: &str| {
            words(a).map(baolint_syntax::placement_key).eq(words(b).map(baolint_syntax::placement_key))
        };
        let first = earlier.iter().copied().find(|e| same_words(e.span.text(text), block.span.text(text)));
        match first {
            Some(first) => {
                let excerpt = words(first.span.text(text)).take(MIN_WORDS).collect::<Vec<_>>().join(" ");
                let fix = Fix::unsafe_("remove the repeated paragraph", vec![Edit::delete(ctx.whole_line(block.line))]);
                ctx.report_diagnostic(
                    Rule::DuplicatedParagraph,
                    block.span,
                    format!("this {} repeats an earlier one word for word", block.kind.name()),
                    vec![Evidence::new("first copy", format!("{excerpt} …"), Some(first.span))],
                    Some(fix),
                );
            }
            None => earlier.push(block),
        }
    }
}
