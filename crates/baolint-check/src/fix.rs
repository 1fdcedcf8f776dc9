//! Applying fixes: only the text under each edit changes.

use crate::{
    config::Config,
    diagnostic::{Applicability, Diagnostic},
};

/// The outcome of fixing one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Number of diagnostics whose fixes were applied, over all passes.
    pub applied: usize,
}

/// Applies the fixes of `diagnostics` whose applicability is at most
/// `allowed`. A fix whose edits overlap an edit already taken is skipped
/// (it will be reconsidered on the next pass). Returns `None` when nothing
/// applies.
pub fn apply(text: &str, diagnostics: &[Diagnostic], allowed: Applicability) -> Option<Fixed> {
    let mut fixes: Vec<_> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|fix| fix.applicability <= allowed && !fix.edits.is_empty())
        .collect();
    fixes.sort_by_key(|fix| (fix.edits[0].span.start, fix.edits[0].span.end));
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut applied = 0;
    for fix in fixes {
        if fix.edits[0].span.start < cursor || fix.edits.windows(2).any(|w| w[1].span.start < w[0].span.end) {
            continue;
        }
        for edit in &fix.edits {
            out.push_str(&text[cursor..edit.span.start]);
            out.push_str(&edit.replacement);
            cursor = edit.span.end;
        }
        applied += 1;
    }
    if applied == 0 {
        return None;
    }
    out.push_str(&text[cursor..]);
    Some(Fixed { text: out, applied })
}

/// Parses, checks and fixes `text` until no fix applies, at most a few
/// passes (a fix may uncover another, as when removing a doubled space
/// leaves a trailing one).
pub fn fix_text(text: &str, config: &Config, allowed: Applicability) -> Fixed {
    const MAX_PASSES: usize = 4;
    let mut current = Fixed { text: text.to_owned(), applied: 0 };
    for _ in 0..MAX_PASSES {
        let diagnostics = crate::check_text(&current.text, config);
        match apply(&current.text, &diagnostics, allowed) {
            Some(next) => current = Fixed { text: next.text, applied: current.applied + next.applied },
            None => break,
        }
    }
    current
}
