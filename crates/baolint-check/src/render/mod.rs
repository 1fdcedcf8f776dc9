//! Text renderers: what users read. Pure functions from diagnostics to
//! strings; machine formats (JSON, SARIF, ...) live in the CLI, which owns
//! serialisation.

mod concise;
mod human;

pub use concise::concise;
pub use human::human;

use baolint_syntax::LineIndex;

/// One input as the renderers need it.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// How the input is named in output: a path, `-` or a record id.
    pub name: &'a str,
    pub text: &'a str,
    pub index: &'a LineIndex,
}
