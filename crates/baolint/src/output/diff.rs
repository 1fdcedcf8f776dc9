//! `--diff`: the unified diff of what `--fix` would change, per file.

use super::Emitter;
use crate::check::Checked;

#[derive(Debug)]
pub struct Diff;

impl Emitter for Diff {
    fn render(&self, checked: &Checked) -> String {
        checked.diff.clone().unwrap_or_default()
    }
}
