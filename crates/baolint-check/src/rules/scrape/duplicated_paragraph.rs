//! SCR006 duplicated-paragraph.

use std::hash::Hasher;

use baolint_syntax::{Block, BlockKind, Span};
use rustc_hash::{FxHashMap, FxHasher};
use std::collections::hash_map::Entry;

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
"hòa", taken as one) is the same as an earlier one in the report; and a
line of the headline or the body (up to 400 bytes) that holds the same
words twice in a row, three or more each ("Thu giữ ... nguồn gốc Thu giữ
... nguồn gốc"): a title or a caption the page printed twice in one line.

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
Unsafe: the fix deletes the later copy (in one line, the second half),
which is right for a scraping
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

/// Words read to file a paragraph: most paragraphs differ within their
/// first words, so a paragraph is read to its end only when an earlier one
/// begins with the same words.
const OPENING_WORDS: usize = 8;

/// A hash of the paragraph's consonant skeleton, in order, over its first
/// `limit` words, and how many words it read (up to `limit`). The skeleton
/// is each word's ASCII consonants and a separator after it: the two tone
/// placements only move a mark between vowels, and a vowel with a mark is
/// never ASCII, so "hoà" and "hòa" hash alike without respelling every
/// word. Paragraphs whose hashes match are then compared word by word.
fn fingerprint(text: &str, limit: usize) -> (u64, usize) {
    // One pass over the bytes, one table look-up each, without splitting
    // and without a branch on the byte's class (classes alternate at
    // random in prose, and such a branch is mispredicted every few bytes):
    // every byte is written to the buffer and kept by moving its end. The
    // buffer is hashed when full and at the end.
    let mut hasher = FxHasher::default();
    let mut buffer = [0u8; 64];
    let mut kept = 0;
    let mut hashed = 0;
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let class = CLASS[usize::from(b)];
        let space = matches!(class, ByteClass::Space);
        let ends_word = space & in_word;
        buffer[kept] = if space { b' ' } else { b };
        kept += usize::from(matches!(class, ByteClass::Consonant) | ends_word);
        count += usize::from(ends_word);
        in_word = !space;
        if kept == buffer.len() {
            hasher.write(&buffer);
            hashed += kept;
            kept = 0;
        }
        if count == limit {
            break;
        }
    }
    if in_word {
        buffer[kept] = b' ';
        kept += 1;
        count += 1;
    }
    hasher.write(&buffer[..kept]);
    hasher.write_usize(hashed + kept);
    (hasher.finish(), count)
}

/// The earlier paragraphs that open with the same words: the first, and
/// once a second comes, all of them by the hash of their whole text (so
/// that many paragraphs with one opening stay linear).
struct Opening<'a> {
    first: &'a Block,
    by_hash: Option<FxHashMap<u64, Vec<&'a Block>>>,
}

#[derive(Clone, Copy)]
enum ByteClass {
    /// ASCII white space: ends a word.
    Space,
    /// An ASCII consonant: hashed.
    Consonant,
    /// Anything else: part of a word, not hashed.
    Other,
}

const CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_whitespace() {
            table[i] = ByteClass::Space;
        } else if b.is_ascii_alphabetic() && !matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
            table[i] = ByteClass::Consonant;
        }
        i += 1;
    }
    table
};

pub(crate) fn check(ctx: &mut Context<'_>) {
    let report = ctx.report;
    let text = ctx.text;
    let whole = |block: &Block| fingerprint(block.span.text(text), usize::MAX).0;
    let same_words = |a: &Block, b: &Block| {
        words(a.span.text(text))
            .map(baolint_syntax::placement_key)
            .eq(words(b.span.text(text)).map(baolint_syntax::placement_key))
    };
    let mut seen: FxHashMap<u64, Opening<'_>> = FxHashMap::default();
    for block in report.blocks.iter().filter(|b| b.kind.is_body() && !matches!(b.kind, BlockKind::Subhead)) {
        let (opening, count) = fingerprint(block.span.text(text), OPENING_WORDS);
        if count < MIN_WORDS {
            continue;
        }
        let earlier = match seen.entry(opening) {
            Entry::Vacant(vacant) => {
                vacant.insert(Opening { first: block, by_hash: None });
                continue;
            }
            Entry::Occupied(occupied) => occupied.into_mut(),
        };
        let opener = earlier.first;
        let by_hash = earlier.by_hash.get_or_insert_with(|| FxHashMap::from_iter([(whole(opener), vec![opener])]));
        let same_hash = by_hash.entry(whole(block)).or_default();
        let first = same_hash.iter().copied().find(|e| same_words(e, block));
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
            None => same_hash.push(block),
        }
    }
}

/// A line that holds the same words twice in a row: the fix deletes the
/// second copy.
pub(crate) fn check_doubled(ctx: &mut Context<'_>, copy: Span) {
    let excerpt = words(copy.text(ctx.text)).take(MIN_WORDS).collect::<Vec<_>>().join(" ");
    let fix = Fix::unsafe_("remove the second copy", vec![Edit::delete(copy)]);
    ctx.report_diagnostic(
        Rule::DuplicatedParagraph,
        copy,
        "this line holds the same words twice in a row".to_owned(),
        vec![Evidence::new("printed twice", format!("{excerpt} …"), None)],
        Some(fix),
    );
}
