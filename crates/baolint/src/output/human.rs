//! `--format human`: rustc-style findings from `baolint_check::render::human`.

use baolint_check::render::{self, Source};

use super::Emitter;
use crate::check::Checked;

#[derive(Debug)]
pub struct Human {
    /// ANSI colours: only on a terminal, and never with `NO_COLOR`.
    pub styled: bool,
}

impl Emitter for Human {
    fn render(&self, checked: &Checked) -> String {
        let name = checked.name();
        let source = Source { name: &name, text: &checked.text, index: &checked.index };
        render::human(source, &checked.diagnostics, self.styled)
    }
}
