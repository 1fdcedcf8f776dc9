//! STR: the report's structure (headline, dateline, byline).

pub(crate) mod caption_as_headline;
pub(crate) mod missing_byline;
pub(crate) mod missing_dateline;
pub(crate) mod missing_headline;
