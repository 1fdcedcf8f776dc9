//! The Vietnamese text layer: syllables and their tone marks, legacy 8-bit
//! encodings read as Latin-1, and (later) words, punctuation and
//! abbreviations of a report.

pub mod legacy;
mod legacy_tables;
pub mod syllable;
