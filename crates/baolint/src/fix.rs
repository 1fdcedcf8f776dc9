//! `--fix` and `--diff`: applying fixes, writing files back, printing diffs.
//!
//! The fixes themselves come from `baolint_check::fix::fix_text`, which only
//! changes text under edit spans; this module owns the IO around them.

use std::{
    fs,
    io::{self, Write},
    path::Path,
};

use baolint_check::{Applicability, Config, fix::fix_text};
use similar::TextDiff;
use tempfile::NamedTempFile;

/// What `--fix` or `--diff` does to one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    /// Only check.
    Off,
    /// Apply the fixes up to this applicability and write them back.
    Write(Applicability),
    /// Compute the fixes up to this applicability and print a diff instead.
    Diff(Applicability),
}

/// The text after fixing, when fixing changed it, and how many findings the
/// fixes resolved.
#[derive(Debug)]
pub struct FixOutcome {
    pub text: String,
    pub applied: usize,
}

/// Applies fixes to `text`; `None` when nothing changes.
pub fn fix(text: &str, config: &Config, allowed: Applicability) -> Option<FixOutcome> {
    let fixed = fix_text(text, config, allowed);
    (fixed.text != text).then_some(FixOutcome { text: fixed.text, applied: fixed.applied })
}

/// Replaces the file at `path` with `contents` so that a reader never sees a
/// half-written file: write a temporary file in the same directory (a rename
/// is only atomic within one file system), give it the original's
/// permissions, then rename it over the original. A symlink is resolved
/// first so the link survives and its target is updated.
pub fn write_atomically(path: &Path, contents: &str) -> io::Result<()> {
    let target = fs::canonicalize(path)?;
    let permissions = fs::metadata(&target)?.permissions();
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let mut temp = NamedTempFile::new_in(dir)?;
    temp.write_all(contents.as_bytes())?;
    temp.as_file().sync_all()?;
    fs::set_permissions(temp.path(), permissions)?;
    temp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// A unified diff from `old` to `new`, with `a/` and `b/` headers as git
/// prints them so that `git apply` and `patch -p1` take it.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}
