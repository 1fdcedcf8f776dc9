//! ORT: orthography and typography: white space, Unicode form, punctuation,
//! quotation marks and abbreviations.

pub(crate) mod damaged_passage;
pub(crate) mod dot_run;
pub(crate) mod glued_dash;
pub(crate) mod glued_words;
pub(crate) mod hard_wrap;
pub(crate) mod invalid_syllable;
pub(crate) mod latin_eth;
pub(crate) mod legacy_encoding;
pub(crate) mod misplaced_space;
pub(crate) mod missing_space_after;
pub(crate) mod mixed_quotes;
pub(crate) mod mixed_tone_placement;
pub(crate) mod not_nfc;
pub(crate) mod repeated_whitespace;
pub(crate) mod trailing_whitespace;
pub(crate) mod unbalanced_delimiter;
pub(crate) mod undefined_abbreviation;
pub(crate) mod unusual_space;
pub(crate) mod whitespace_only_line;

/// Names the white space characters of a run for messages: "a space and a
/// no-break space (U+00A0)".
fn describe_run(run: &str) -> String {
    use std::fmt::Write;
    let count = run.chars().count();
    let mut out = String::with_capacity(24 * count);
    for (i, c) in run.chars().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == count { " and " } else { ", " });
        }
        match c {
            ' ' => out.push_str("a space"),
            '\t' => out.push_str("a tab"),
            '\u{A0}' => out.push_str("a no-break space (U+00A0)"),
            c => {
                let _ = write!(out, "U+{:04X}", u32::from(c));
            }
        }
    }
    out
}
