//! ORT019 damaged-passage.

use baolint_syntax::TextNote;

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "ORT019",
    name: "damaged-passage",
    family: Family::Orthography,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A paragraph where many words are no Vietnamese syllables: diacritics scrambled or letters dropped, reported once.",
    doc: r#"## What it does
Reports once a paragraph (or the headline) in which at least five words,
and at least one word in ten, cannot be Vietnamese: words that ORT008
finds are no syllables, and lower-case words of two letters or more
without a vowel ("chm", "lnh", "nng"), which no Vietnamese or English word
is (units such as "km" and "kg" aside). At least one of them must be a
word ORT008 finds (the vowel-less words are counted only then, which keeps
the common case to one pass over the words). The paragraph's single ORT008
findings are folded into this one.

## Why is this bad?
The text went through a broken conversion: a font-mapped source whose
letters with a horn, a hook or a breve were dropped ("C mi đ chm đông,
khi tri tr lnh"), or diacritics moved or doubled over a whole passage. A
reader cannot restore it, and a warning per word would bury the rest of
the report.

## Example
```text
Năm 2019, vi ch đ “Sc màu hoa đá”, L hi Hoa Tam giác mch ln th 5 ti Hà
Giang s đưc khai mc vào ngày 16/11/2019.
```
Use instead: take the paragraph again from the source.

## Fix safety
No fix: the missing letters cannot be told from the text.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, note: &TextNote, damaged: usize, words: usize, examples: &[String]) {
    let message = format!(
        "{damaged} of the {words} words of this paragraph are no Vietnamese syllables: the text is damaged (diacritics scrambled or letters dropped)"
    );
    let evidence = vec![Evidence::new("for example", examples.join(", "), None)];
    ctx.report_diagnostic(Rule::DamagedPassage, note.span, message, evidence, None);
}
