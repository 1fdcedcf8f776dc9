//! The rules of baolint.
//!
//! [`check`] runs every enabled rule over a report parsed by
//! `baolint_syntax::parse` and returns sorted [`Diagnostic`]s, each with a
//! code, a severity, a message, a span into the original text, its evidence
//! and, where a mechanical change is right, a [`Fix`]. [`Rule`] is the
//! registry of every rule; [`fix`] applies fixes; [`render`] turns
//! diagnostics into the text users read. No IO happens here.

mod checker;
mod config;
mod diagnostic;
mod documents;
pub mod fix;
pub mod precision;
pub mod recurrence;
mod registry;
pub mod render;
mod rules;

pub use checker::{Context, check, check_with};
pub use config::{Config, SelectorError, TonePlacement, matching};
pub use diagnostic::{Applicability, Diagnostic, Edit, Evidence, Fix, Severity};
pub use documents::DocumentsError;
pub use precision::Precision;
pub use registry::{Family, FixAvailability, Rule, RuleMeta};

/// Parses and checks `text` in one call.
pub fn check_text(text: &str, config: &Config) -> Vec<Diagnostic> {
    let report = baolint_syntax::parse_with(text, config.layers());
    check(text, &report, config)
}
