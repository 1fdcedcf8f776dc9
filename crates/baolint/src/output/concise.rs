//! `--format concise`: one line per finding, from `baolint_check::render::concise`.

use baolint_check::render::{self, Source};

use super::Emitter;
use crate::check::Checked;

#[derive(Debug)]
pub struct Concise;

impl Emitter for Concise {
    fn render(&self, checked: &Checked) -> String {
        let name = checked.name();
        let source = Source { name: &name, text: &checked.text, index: &checked.index };
        render::concise(source, &checked.diagnostics)
    }
}
