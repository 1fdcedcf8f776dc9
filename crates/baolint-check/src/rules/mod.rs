//! One module per family, one file per rule. Each rule file holds the rule's
//! `META` (code, name, severity, documentation) and its `check` function,
//! called from a pass in `checker.rs`.

pub(crate) mod dates;
pub(crate) mod numbers;
pub(crate) mod orthography;
pub(crate) mod references;
pub(crate) mod scrape;
pub(crate) mod structure;
