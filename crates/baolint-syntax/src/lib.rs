//! The report model of baolint and its parser.
//!
//! `parse(text)` turns one scraped news report into a [`Report`]: a list of
//! classified blocks (headline, dateline, lead, paragraphs, subheads,
//! captions, list items, byline or source line, page junk) over the
//! report's physical lines, each with a byte [`Span`] into the original
//! text. Parsing never fails and never judges: odd shapes become paragraphs,
//! and whether anything is wrong is the checker's business.

mod byte_masks;
mod dateline;
mod dates;
mod fold;
mod junk;
mod line_index;
mod lines;
mod markup;
mod numbers;
mod outline;
mod references;
mod relations;
mod report;
mod shape;
mod skim;
mod span;
pub mod vietnamese;

pub use dateline::{DateMention, Dateline, TimeMention, Weekday, WeekdayMention};
pub use dates::{Date, DateFraming, DateKind, Ymd, recognise_dates};
pub use fold::fold_to_ascii_words;
pub use junk::JunkKind;
pub use line_index::{LineCol, LineIndex};
pub use lines::{Line, SpaceKind, SpaceRun, is_space};
pub use markup::{Markup, MarkupKind, recognise_markup};
pub use numbers::{
    Grouping, Hedge, HedgeKind, NonQuantity, NonQuantityKind, NumberKind, NumberMention, Scale, Value,
    recognise_numbers,
};
pub use outline::{mentions_outline, numbers_outline, outline, relations_outline};
pub use references::{
    DocType, DocTypeMention, ElapsedClaim, ElapsedHedge, IssuerMention, NumberPart, Organ, Reference, ReferenceForm,
    Symbol, SymbolStyle, TermMention, recognise_references, roman_value, to_roman,
};
pub use relations::{Breakdown, Coverage, Direction, NounClass, Relation, noun_class, recognise_relations, same_noun};
pub use report::{Block, BlockKind, Layers, Report, parse, parse_with, recognise_block_numbers};
pub use span::Span;
pub use vietnamese::{
    Abbreviation, LegacyEncoding, Mark, MarkKind, Placement, QuoteKind, QuoteTally, Side, TextLayer, TextNote,
    TextNoteKind, placement_key,
};
