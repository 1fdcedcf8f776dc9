//! Vietnamese syllable grammar (to be written).
