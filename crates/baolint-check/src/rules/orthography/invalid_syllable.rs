//! ORT008 invalid-syllable.

use baolint_syntax::{TextNote, TextNoteKind};

use crate::{Context, Edit, Fix, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT008",
    name: "invalid-syllable",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
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
read. A capitalised word is reported only for a slip no name has (two tone
marks, a tone mark on the wrong letter): other odd capitalised words are
names in minority languages ("Byă", "Chư Pưh"). A word written the same
way twice in one report is meant, not mistyped ("kiốt").

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

/// Reasons no name can have: a capitalised word that is no syllable for
/// another reason is taken for a name of a minority language ("Byă", "Chư
/// Pưh") and left alone.
const MECHANICAL: &[&str] = &["two tone marks", "a tone mark on a consonant", "the tone mark is on the wrong vowel"];

/// Checks the report's invalid syllables together: a word the report writes
/// the same way twice or more is meant ("kiốt", a loanword), not a slip.
pub(crate) fn check(ctx: &mut Context<'_>, notes: &[TextNote]) {
    let text = ctx.text;
    let invalid: Vec<(&TextNote, &str, Option<&str>)> = notes
        .iter()
        .filter_map(|n| match &n.kind {
            TextNoteKind::InvalidSyllable { reason, suggestion } => Some((n, *reason, suggestion.as_deref())),
            _ => None,
        })
        .collect();
    for &(note, reason, suggestion) in &invalid {
        let word = note.span.text(text);
        let repeated = invalid.iter().filter(|(other, _, _)| other.span.text(text) == word).count() > 1;
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if repeated || (capitalised && !MECHANICAL.contains(&reason)) {
            continue;
        }
        report(ctx, note, reason, suggestion);
    }
}

fn report(ctx: &mut Context<'_>, note: &TextNote, reason: &str, suggestion: Option<&str>) {
    let word = note.span.text(ctx.text);
    let message = format!("\"{word}\" is not a Vietnamese syllable: {reason}");
    let fix = suggestion
        .map(|s| Fix::unsafe_(format!("did you mean \"{s}\"?"), vec![Edit::replace(note.span, s.to_owned())]));
    ctx.report_diagnostic(Rule::InvalidSyllable, note.span, message, Vec::new(), fix);
}
