//! ORT008 invalid-syllable.

use baolint_syntax::{TextNote, TextNoteKind};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT008",
    name: "invalid-syllable",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    preview: false,
    summary: "A word of Vietnamese letters that cannot be a Vietnamese syllable.",
    doc: r#"## What it does
Reads each word with Vietnamese marks by the syllable grammar (initial
consonant, glide, vowel nucleus, final, tone, and which of them may go
together) and reports one that no Vietnamese syllable can be: "ngưòi" ("ưo"
is no vowel cluster; "ươ" is), "hòc" (a syllable ending in c, ch, p or t
takes only the sắc or nặng tone), a tone mark on the wrong vowel. Decided by
the grammar, not a word list, so names and rare words pass. Plain ASCII
words (often foreign), capitalised words with only Western accents
("André"), letters glued to digits, and web and e-mail addresses are not
read. The grammar is lenient where names and loans need it: capitalised
words may have the finals and clusters of minority languages ("Đắk Lắk",
"Krông"); words that are several syllables run together, have loan-only
vowel pairs ("kiốt", "Byă") or are abbreviations in capitals are not
read as one syllable and are left alone.

## Why is this bad?
It is a typing slip a reader sees at once; a spelling checker or search
engine will not find the word.

## Example
```text
hơn 12.440 ngưòi được khen thưởng
```
Use instead:
```text
hơn 12.440 người được khen thưởng
```

## Fix safety
Unsafe, and offered only when exactly one valid syllable is one small edit
away (a vowel's hat, horn or breve, or the tone mark's place): the writer
may have meant another word.
"#,
};

/// Checks the report's invalid syllables.
pub(crate) fn check(ctx: &mut Context<'_>, notes: &[TextNote]) {
    for note in notes {
        if let TextNoteKind::InvalidSyllable { reason, suggestion } = &note.kind {
            report(ctx, note, reason, suggestion.as_deref());
        }
    }
}

fn report(ctx: &mut Context<'_>, note: &TextNote, reason: &str, suggestion: Option<&str>) {
    let word = note.span.text(ctx.text);
    let message = format!("\"{word}\" is not a Vietnamese syllable: {reason}");
    let fix = suggestion
        .map(|s| Fix::unsafe_(format!("did you mean \"{s}\"?"), vec![Edit::replace(note.span, s.to_owned())]));
    ctx.report_diagnostic(Rule::InvalidSyllable, note.span, message, Vec::new(), fix);
}
