//! `--format jsonl`: one finding per line, the objects of `--format json`
//! in compact form, streamed as reports are checked.

use super::{Emitter, json};
use crate::check::Checked;

#[derive(Debug)]
pub struct Jsonl;

impl Emitter for Jsonl {
    fn render(&self, checked: &Checked) -> String {
        let mut out = Vec::with_capacity(checked.diagnostics.len() * 384);
        for finding in json::findings(checked) {
            json::write_finding::<{ json::COMPACT }>(&mut out, &finding);
            out.push(b'\n');
        }
        String::from_utf8(out).expect("JSON of UTF-8 strings is UTF-8")
    }
}
