//! The table of every rule: code, kebab-case name, family, default severity,
//! fix availability and documentation. Codes are never reused or renumbered;
//! a removed rule keeps its row.

use std::fmt;

use crate::diagnostic::Severity;

/// A family of rules, named by the three-letter prefix of their codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// STR: the report's structure.
    Structure,
    /// SCR: leftovers of the scraped web page.
    Scrape,
    /// NUM: numbers and their arithmetic.
    Numbers,
    /// REF: references to documents.
    References,
    /// DAT: dates.
    Dates,
    /// ORT: orthography and typography.
    Orthography,
}

impl Family {
    pub fn prefix(self) -> &'static str {
        match self {
            Family::Structure => "STR",
            Family::Scrape => "SCR",
            Family::Numbers => "NUM",
            Family::References => "REF",
            Family::Dates => "DAT",
            Family::Orthography => "ORT",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Family::Structure => "structure of the report",
            Family::Scrape => "leftovers of the scraped web page",
            Family::Numbers => "numbers and their arithmetic",
            Family::References => "references to documents",
            Family::Dates => "dates",
            Family::Orthography => "orthography and typography",
        }
    }
}

/// Whether a rule offers fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    Sometimes,
    Always,
}

/// Everything the registry knows about a rule; each rule file defines one.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub fix: FixAvailability,
    /// In the preview group: off unless `--preview` is given or the rule is
    /// selected by its exact code or name. A rule stays here until its
    /// measured precision reaches the bar of its severity.
    pub preview: bool,
    /// One line: what the rule finds.
    pub summary: &'static str,
    /// Markdown with the sections "What it does", "Why is this bad?",
    /// "Example" and "Fix safety".
    pub doc: &'static str,
}

macro_rules! rule_table {
    ($($variant:ident => $module:path,)*) => {
        /// A rule. The order of variants is the order of codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            /// Every rule, in code order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            pub fn meta(self) -> &'static RuleMeta {
                use $crate::rules::*;
                match self {
                    $(Rule::$variant => { use $module as m; &m::META })*
                }
            }
        }
    };
}

rule_table! {
    MissingHeadline => structure::missing_headline,
    MissingDateline => structure::missing_dateline,
    MissingByline => structure::missing_byline,
    CaptionAsHeadline => structure::caption_as_headline,
    PageChrome => scrape::page_chrome,
    ViewCounter => scrape::view_counter,
    SiteContact => scrape::site_contact,
    ImageFileName => scrape::image_file_name,
    SlugLine => scrape::slug_line,
    DuplicatedParagraph => scrape::duplicated_paragraph,
    TemplateLine => scrape::template_line,
    MarkupResidue => scrape::markup_residue,
    RepeatedTitle => scrape::repeated_title,
    BreakdownSumMismatch => numbers::breakdown_sum_mismatch,
    PartExceedsTotal => numbers::part_exceeds_total,
    RatioPercentMismatch => numbers::ratio_percent_mismatch,
    PercentSplitSum => numbers::percent_split_sum,
    ImpossiblePercentage => numbers::impossible_percentage,
    MalformedGrouping => numbers::malformed_grouping,
    ConflictingQuantity => numbers::conflicting_quantity,
    ShareMismatch => numbers::share_mismatch,
    ChangeMismatch => numbers::change_mismatch,
    RemainderMismatch => numbers::remainder_mismatch,
    MultipleMismatch => numbers::multiple_mismatch,
    MalformedSymbol => references::malformed_symbol,
    NonCanonicalIssuerCode => references::non_canonical_issuer_code,
    TypeWordMismatch => references::type_word_mismatch,
    RegistryMismatch => references::registry_mismatch,
    TermDateMismatch => references::term_date_mismatch,
    SymbolYearMismatch => references::symbol_year_mismatch,
    AssemblyTermMismatch => references::assembly_term_mismatch,
    InconsistentCitation => references::inconsistent_citation,
    ElapsedTimeMismatch => references::elapsed_time_mismatch,
    SubjectMismatch => references::subject_mismatch,
    IssuerMismatch => references::issuer_mismatch,
    SymbolWithoutYear => references::symbol_without_year,
    ImpossibleDate => dates::impossible_date,
    WeekdayMismatch => dates::weekday_mismatch,
    EventAfterDateline => dates::event_after_dateline,
    DocumentAfterEvent => dates::document_after_event,
    PageDateDateline => dates::page_date_dateline,
    MonthSlip => dates::month_slip,
    RepeatedWhitespace => orthography::repeated_whitespace,
    TrailingWhitespace => orthography::trailing_whitespace,
    WhitespaceOnlyLine => orthography::whitespace_only_line,
    UnusualSpace => orthography::unusual_space,
    NotNfc => orthography::not_nfc,
    LatinEth => orthography::latin_eth,
    MixedTonePlacement => orthography::mixed_tone_placement,
    InvalidSyllable => orthography::invalid_syllable,
    MisplacedSpace => orthography::misplaced_space,
    MissingSpaceAfter => orthography::missing_space_after,
    GluedDash => orthography::glued_dash,
    DotRun => orthography::dot_run,
    UnbalancedDelimiter => orthography::unbalanced_delimiter,
    MixedQuotes => orthography::mixed_quotes,
    LegacyEncoding => orthography::legacy_encoding,
    UndefinedAbbreviation => orthography::undefined_abbreviation,
    GluedWords => orthography::glued_words,
    HardWrap => orthography::hard_wrap,
    DamagedPassage => orthography::damaged_passage,
}

impl Rule {
    pub fn code(self) -> &'static str {
        self.meta().code
    }

    pub fn name(self) -> &'static str {
        self.meta().name
    }

    pub fn family(self) -> Family {
        self.meta().family
    }

    pub fn is_preview(self) -> bool {
        self.meta().preview
    }

    /// The rule's measured precision on real text, from the judged samples
    /// kept in the repository (`data/precision.tsv`).
    pub fn precision(self) -> Option<&'static crate::precision::Precision> {
        crate::precision::of(self.code())
    }

    /// The rule reads the other reports of a run (see
    /// [`crate::recurrence`]): it finds nothing in a report checked alone.
    pub fn reads_other_reports(self) -> bool {
        matches!(self, Rule::TemplateLine)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Looks a rule up by code ("STR001", any case) or name ("missing-headline").
    pub fn find(key: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.code().eq_ignore_ascii_case(key) || r.name() == key)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
