//! ORT007 mixed-tone-placement.

use baolint_syntax::{Placement, TextNote, TextNoteKind, vietnamese::syllable};

use crate::{Context, Edit, Evidence, Fix, FixAvailability, Rule, RuleMeta, Severity, TonePlacement, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT007",
    name: "mixed-tone-placement",
    family: Family::Orthography,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    preview: false,
    summary: "The two placements of the tone mark (\"hòa\"/\"hoà\", \"ủy\"/\"uỷ\") in one report.",
    doc: r#"## What it does
In the open rhymes "oa", "oe" and "uy" the tone mark may sit on the first
vowel ("hòa", "khóa", "thủy", "Ủy": the older style) or on the second ("hoà",
"khoá", "thuỷ", "Uỷ": the style of the 2018 school rule). Both are accepted
Vietnamese. This rule reports a report that uses both: each word in the
style used less is reported, pointing at the first word in the other style.

With `tone-placement = "old"` or `"new"` under `[orthography]` in
`baolint.toml`, every word not in the house style is reported instead.

## Why is this bad?
A report that writes "Tỉnh uỷ" in one paragraph and "Tỉnh ủy" in the next
looks pasted together, and the two spellings are different strings to
search and indexing.

## Example
```text
Hội nghị lần thứ tư Ban Chấp hành Trung ương khoá XI ... Tỉnh ủy ... khóa X
```
Use instead:
```text
Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI ... Tỉnh ủy ... khóa X
```

## Fix safety
Unsafe: the word is respelt in the report's majority style (or the house
style); the word stays the same word, but which style is right is the
house's choice.
"#,
};

/// Checks the report's placement notes together.
pub(crate) fn check(ctx: &mut Context<'_>, notes: &[TextNote]) {
    let placed: Vec<(&TextNote, Placement)> = notes
        .iter()
        .filter_map(|n| match n.kind {
            TextNoteKind::Placement(p) => Some((n, p)),
            _ => None,
        })
        .collect();
    let old = placed.iter().filter(|(_, p)| *p == Placement::Old).count();
    let new = placed.len() - old;
    let target = match ctx.house_tone_placement() {
        TonePlacement::Old => Placement::Old,
        TonePlacement::New => Placement::New,
        TonePlacement::Consistent => {
            if old == 0 || new == 0 {
                return;
            }
            // The majority; on a tie, the style the report starts with.
            match old.cmp(&new) {
                std::cmp::Ordering::Greater => Placement::Old,
                std::cmp::Ordering::Less => Placement::New,
                std::cmp::Ordering::Equal => placed[0].1,
            }
        }
    };
    let in_target = || placed.iter().filter(|(_, p)| *p == target).map(|(n, _)| n.span);
    for (note, placement) in placed.iter().filter(|(_, p)| *p != target) {
        let word = note.span.text(ctx.text);
        let Some(respelt) = syllable::with_placement(word, target) else { continue };
        // The same word in the other style if the report has it ("khóa"
        // for "khoá"), else the first word in that style.
        let example = in_target().find(|s| s.text(ctx.text) == respelt).or_else(|| in_target().next());
        let house = ctx.house_tone_placement() != TonePlacement::Consistent;
        let message = if house {
            format!(
                "\"{word}\" puts the tone mark on the {} vowel; the house style writes \"{respelt}\"",
                vowel(*placement)
            )
        } else {
            format!(
                "\"{word}\" puts the tone mark on the {} vowel; this report mostly writes \"{respelt}\" ({old} old-style, {new} new-style words)",
                vowel(*placement)
            )
        };
        let evidence = match example {
            Some(span) => vec![Evidence::new("the other style", span.text(ctx.text), Some(span))],
            None => Vec::new(),
        };
        let fix = Fix::unsafe_(format!("respell as \"{respelt}\""), vec![Edit::replace(note.span, respelt.clone())]);
        ctx.report_diagnostic(Rule::MixedTonePlacement, note.span, message, evidence, Some(fix));
    }
}

fn vowel(placement: Placement) -> &'static str {
    match placement {
        Placement::Old => "first",
        Placement::New => "second",
    }
}
