//! `--format jsonl`: one finding per line, the objects of `--format json`
//! in compact form, streamed as reports are checked.

use super::{Emitter, json, to_compact};
use crate::check::Checked;

#[derive(Debug)]
pub struct Jsonl;

impl Emitter for Jsonl {
    fn render(&self, checked: &Checked) -> String {
        json::findings(checked).map(|f| to_compact(&f) + "\n").collect()
    }
}
