//! The central passes. Each pass walks one part of the report model once and
//! hands each node to the enabled rules; rules never walk the report
//! themselves.

use baolint_syntax::{BlockKind, Report, Span};

use crate::{
    config::Config,
    diagnostic::{Diagnostic, Evidence, Fix, Severity},
    documents::{self, Identified},
    recurrence::Recurrence,
    registry::Rule,
    rules::{dates, numbers, orthography, references, scrape, structure},
};

/// What a rule sees: the text, its model, and where to report.
#[derive(Debug)]
pub struct Context<'a> {
    pub text: &'a str,
    pub report: &'a Report,
    config: &'a Config,
    diagnostics: Vec<Diagnostic>,
    /// The dates the report may bear, computed once for the rules that
    /// need them (see [`references::report_dates`]).
    report_dates: std::cell::OnceCell<Vec<ReportDate>>,
    /// What the registry knows of each reference, by index, computed once
    /// for the rules that need it.
    registry: std::cell::OnceCell<Registry<'a>>,
    /// The lines of the other reports of this report's source, when the run
    /// read them (see [`crate::recurrence`]).
    recurrence: Option<&'a Recurrence>,
}

/// The reference whose symbol names the document of `reference` (number
/// `index`): itself, or for a short citation without a symbol the full one
/// it resolves to.
pub(crate) fn symbol_holder(index: usize, reference: &baolint_syntax::Reference) -> Option<usize> {
    if reference.symbol.is_some() { Some(index) } else { reference.resolves_to }
}

/// The references seen through the registry.
#[derive(Debug)]
struct Registry<'e> {
    /// The canonical symbols, one after another.
    symbols: String,
    known: Vec<Known<'e>>,
}

/// One reference seen through the registry: where its own symbol in
/// canonical form ("03-CT/TW" for "03- CT/T.Ư") lies in
/// [`Registry::symbols`], and the entry it identifies.
#[derive(Debug)]
struct Known<'e> {
    symbol: Option<std::ops::Range<usize>>,
    identified: Option<Identified<'e>>,
}

/// A date the report may bear: the day, where it is written, and whether
/// it is the dateline.
pub(crate) type ReportDate = (time::Date, Span, bool);

impl Context<'_> {
    pub fn enabled(&self, rule: Rule) -> bool {
        self.config.is_enabled(rule)
    }

    /// The house style for the tone mark of "oa", "oe", "uy".
    pub fn house_tone_placement(&self) -> crate::TonePlacement {
        self.config.tone_placement()
    }

    pub fn report_diagnostic(
        &mut self,
        rule: Rule,
        span: Span,
        message: String,
        evidence: Vec<Evidence>,
        fix: Option<Fix>,
    ) {
        debug_assert!(self.enabled(rule), "{rule} reported while disabled");
        let severity = self.config.severity(rule);
        self.diagnostics.push(Diagnostic { rule, severity, message, span, evidence, fix });
    }

    /// Like [`Context::report_diagnostic`], at most at `cap`: a finding
    /// that rests on an unverified fact is never more than info.
    pub fn report_diagnostic_capped(
        &mut self,
        rule: Rule,
        cap: Severity,
        span: Span,
        message: String,
        evidence: Vec<Evidence>,
        fix: Option<Fix>,
    ) {
        self.report_diagnostic(rule, span, message, evidence, fix);
        if let Some(last) = self.diagnostics.last_mut() {
            last.severity = last.severity.min(cap);
        }
    }
}

impl<'a> Context<'a> {
    /// The user's documents, looked up before the built-in registry.
    pub(crate) fn user_documents(&self) -> &'a [crate::documents::Entry] {
        self.config.documents()
    }

    /// The dates the report may bear, earliest first: its dateline alone
    /// unless it is the page's date, else the dated events of the body.
    pub(crate) fn report_dates(&self) -> &[ReportDate] {
        self.report_dates.get_or_init(|| references::report_dates(self.report))
    }

    /// The symbol of reference `index` in canonical form, if it has one the
    /// registry can read.
    pub(crate) fn canonical_symbol(&self, index: usize) -> Option<&str> {
        let registry = self.registry();
        registry.known[index].symbol.clone().map(|range| &registry.symbols[range])
    }

    /// The registry entry reference `index` names (see
    /// [`documents::identify`]).
    pub(crate) fn identified(&self, index: usize) -> Option<Identified<'a>> {
        self.registry().known[index].identified
    }

    fn registry(&self) -> &Registry<'a> {
        self.registry.get_or_init(|| {
            let references = &self.report.references;
            let mut symbols = String::new();
            let ranges: Vec<Option<std::ops::Range<usize>>> = references
                .iter()
                .map(|r| {
                    let start = symbols.len();
                    let symbol = r.symbol.as_ref()?;
                    let written = documents::push_canonical(&mut symbols, self.text, symbol);
                    written.then_some(start..symbols.len())
                })
                .collect();
            let extra = self.user_documents();
            let known = references
                .iter()
                .zip(&ranges)
                .enumerate()
                .map(|(index, (r, range))| {
                    let identified = symbol_holder(index, r)
                        .and_then(|i| ranges[i].clone())
                        .and_then(|range| documents::identify(self.report, extra, r, &symbols[range]));
                    Known { symbol: range.clone(), identified }
                })
                .collect();
            Registry { symbols, known }
        })
    }

    /// The lines of the reports of this report's source, when a run over
    /// many reports counted them.
    pub(crate) fn recurrence(&self) -> Option<&'a Recurrence> {
        self.recurrence
    }

    /// The report's own date: the last of [`Context::report_dates`].
    pub(crate) fn report_date(&self) -> Option<ReportDate> {
        self.report_dates().last().copied()
    }
}

/// Runs every enabled rule over one parsed report. Diagnostics come back
/// sorted by position, then code: the same input always gives the same
/// output.
///
/// # Panics
/// When `report` was parsed without a layer an enabled rule reads (see
/// [`Config::layers`]): the rule would find nothing, silently.
pub fn check(text: &str, report: &Report, config: &Config) -> Vec<Diagnostic> {
    check_with(text, report, config, None)
}

/// As [`check`], with the lines of the other reports of the report's source
/// (see [`crate::recurrence`]), which the corpus-level rules read.
///
/// # Panics
/// As [`check`].
pub fn check_with(text: &str, report: &Report, config: &Config, recurrence: Option<&Recurrence>) -> Vec<Diagnostic> {
    assert!(
        report.layers.covers(config.layers()),
        "the report was parsed with {:?}; the enabled rules read {:?}",
        report.layers,
        config.layers()
    );
    let mut ctx = Context {
        text,
        report,
        config,
        diagnostics: Vec::new(),
        report_dates: std::cell::OnceCell::new(),
        registry: std::cell::OnceCell::new(),
        recurrence,
    };
    document_pass(&mut ctx);
    block_pass(&mut ctx);
    number_pass(&mut ctx);
    reference_pass(&mut ctx);
    date_pass(&mut ctx);
    line_pass(&mut ctx);
    text_pass(&mut ctx);
    let mut diagnostics = ctx.diagnostics;
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule, &a.message).cmp(&(b.span.start, b.span.end, b.rule, &b.message))
    });
    diagnostics
}

fn document_pass(ctx: &mut Context<'_>) {
    if ctx.enabled(Rule::MissingHeadline) {
        structure::missing_headline::check(ctx);
    }
    if ctx.enabled(Rule::CaptionAsHeadline) {
        structure::caption_as_headline::check(ctx);
    }
    if ctx.enabled(Rule::MissingDateline) {
        structure::missing_dateline::check(ctx);
    }
    if ctx.enabled(Rule::MissingByline) {
        structure::missing_byline::check(ctx);
    }
    if ctx.enabled(Rule::DuplicatedParagraph) {
        scrape::duplicated_paragraph::check(ctx);
    }
}

fn block_pass(ctx: &mut Context<'_>) {
    let report = ctx.report;
    for block in &report.blocks {
        // Subheads and captions recur as the stock phrases of reports
        // ("Những kết quả nổi bật", "Quang cảnh hội nghị"), not as a site's.
        if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem { .. }) && ctx.enabled(Rule::TemplateLine) {
            scrape::template_line::check(ctx, block);
        }
        if let BlockKind::Dateline(dateline) = &block.kind {
            if let Some(section) = dateline.section
                && ctx.enabled(Rule::PageChrome)
            {
                scrape::page_chrome::check_dateline_section(ctx, section);
            }
            if let Some(views) = dateline.views
                && ctx.enabled(Rule::ViewCounter)
            {
                scrape::view_counter::check_dateline_views(ctx, views);
            }
        }
        let BlockKind::Junk { kind, repeats } = block.kind else { continue };
        use baolint_syntax::JunkKind;
        match kind {
            JunkKind::PageChrome | JunkKind::RelatedLink if ctx.enabled(Rule::PageChrome) => {
                scrape::page_chrome::check(ctx, block, kind);
            }
            JunkKind::ViewCounter if ctx.enabled(Rule::ViewCounter) => scrape::view_counter::check(ctx, block),
            JunkKind::Contact if ctx.enabled(Rule::SiteContact) => scrape::site_contact::check(ctx, block),
            JunkKind::ImageFile if ctx.enabled(Rule::ImageFileName) => scrape::image_file_name::check(ctx, block),
            JunkKind::Slug if ctx.enabled(Rule::SlugLine) => scrape::slug_line::check(ctx, block, repeats),
            JunkKind::RepeatedTitle if ctx.enabled(Rule::RepeatedTitle) => {
                scrape::repeated_title::check(ctx, block, repeats);
            }
            _ => {}
        }
    }
    if ctx.enabled(Rule::DuplicatedParagraph) {
        for &copy in &report.doubled {
            scrape::duplicated_paragraph::check_doubled(ctx, copy);
        }
    }
    if ctx.enabled(Rule::PageChrome) {
        for &link in &report.read_more {
            scrape::page_chrome::check_read_more(ctx, link);
        }
    }
    if ctx.enabled(Rule::MarkupResidue) {
        for markup in &report.markup {
            scrape::markup_residue::check(ctx, markup);
        }
    }
}

fn number_pass(ctx: &mut Context<'_>) {
    use baolint_syntax::Relation;
    let report = ctx.report;
    if ctx.enabled(Rule::MalformedGrouping) {
        for mention in &report.numbers {
            numbers::malformed_grouping::check(ctx, mention);
        }
    }
    for relation in &report.relations {
        match relation {
            Relation::Breakdown(breakdown) => {
                if ctx.enabled(Rule::BreakdownSumMismatch) {
                    numbers::breakdown_sum_mismatch::check(ctx, breakdown);
                }
                if ctx.enabled(Rule::PartExceedsTotal) {
                    numbers::part_exceeds_total::check(ctx, breakdown);
                }
                if ctx.enabled(Rule::PercentSplitSum) {
                    numbers::percent_split_sum::check(ctx, breakdown);
                }
            }
            &Relation::RatioPercent { ratio, percent } if ctx.enabled(Rule::RatioPercentMismatch) => {
                numbers::ratio_percent_mismatch::check(ctx, ratio, percent);
            }
            &Relation::Share { percent, cue, part, whole } => {
                if ctx.enabled(Rule::ImpossiblePercentage) {
                    numbers::impossible_percentage::check(ctx, percent, cue);
                }
                if let (Some(part), Some(whole)) = (part, whole)
                    && ctx.enabled(Rule::ShareMismatch)
                {
                    numbers::share_mismatch::check(ctx, part, whole, percent);
                }
            }
            &Relation::Change { direction, verb, difference, percent, level } if ctx.enabled(Rule::ChangeMismatch) => {
                numbers::change_mismatch::check(ctx, direction, verb, difference, percent, level);
            }
            &Relation::Remainder { total, part, rest, .. } if ctx.enabled(Rule::RemainderMismatch) => {
                numbers::remainder_mismatch::check(ctx, total, part, rest);
            }
            &Relation::Multiple { larger, multiple, smaller, .. } if ctx.enabled(Rule::MultipleMismatch) => {
                numbers::multiple_mismatch::check(ctx, larger, multiple, smaller);
            }
            &Relation::Restatement { headline, body } if ctx.enabled(Rule::ConflictingQuantity) => {
                numbers::conflicting_quantity::check(ctx, headline, body);
            }
            _ => {}
        }
    }
}

fn reference_pass(ctx: &mut Context<'_>) {
    let report = ctx.report;
    for (index, reference) in report.references.iter().enumerate() {
        if ctx.enabled(Rule::MalformedSymbol) {
            references::malformed_symbol::check(ctx, reference);
        }
        if ctx.enabled(Rule::NonCanonicalIssuerCode) {
            references::non_canonical_issuer_code::check(ctx, reference);
        }
        if ctx.enabled(Rule::TypeWordMismatch) {
            references::type_word_mismatch::check(ctx, reference);
        }
        if ctx.enabled(Rule::RegistryMismatch) {
            references::registry_mismatch::check(ctx, index);
        }
        if ctx.enabled(Rule::TermDateMismatch) {
            references::term_date_mismatch::check(ctx, reference);
        }
        if ctx.enabled(Rule::SymbolYearMismatch) {
            references::symbol_year_mismatch::check(ctx, reference);
        }
        if ctx.enabled(Rule::AssemblyTermMismatch) {
            references::assembly_term_mismatch::check(ctx, reference);
        }
        if ctx.enabled(Rule::ElapsedTimeMismatch) {
            references::elapsed_time_mismatch::check(ctx, index);
        }
        if ctx.enabled(Rule::SubjectMismatch) {
            references::subject_mismatch::check(ctx, index);
        }
        if ctx.enabled(Rule::IssuerMismatch) {
            references::issuer_mismatch::check(ctx, reference);
        }
        if ctx.enabled(Rule::SymbolWithoutYear) {
            references::symbol_without_year::check(ctx, reference);
        }
    }
    if ctx.enabled(Rule::InconsistentCitation) {
        references::inconsistent_citation::check(ctx);
    }
}

fn date_pass(ctx: &mut Context<'_>) {
    let report = ctx.report;
    if let Some((_, dateline)) = report.dateline()
        && let Some(date) = dateline.date
    {
        let ymd = baolint_syntax::Ymd { day: Some(date.day), month: Some(date.month), year: Some(date.year) };
        if ctx.enabled(Rule::ImpossibleDate) {
            dates::impossible_date::check(ctx, date.span, ymd, baolint_syntax::DateFraming::default());
        }
        if ctx.enabled(Rule::WeekdayMismatch)
            && let Some(weekday) = dateline.weekday
        {
            dates::weekday_mismatch::check(ctx, weekday, date.span, ymd);
        }
    }
    for date in &report.dates {
        if ctx.enabled(Rule::ImpossibleDate) {
            // A range names two dates; each must exist.
            dates::impossible_date::check(ctx, date.span, date.start_with_year(), date.framing);
            if let Some(end) = date.end {
                dates::impossible_date::check(ctx, date.span, end, date.framing);
            }
        }
        if ctx.enabled(Rule::WeekdayMismatch)
            && let Some(weekday) = date.weekday
        {
            dates::weekday_mismatch::check(ctx, weekday, date.span, date.start_with_year());
        }
    }
    if ctx.enabled(Rule::EventAfterDateline) {
        dates::event_after_dateline::check(ctx);
    }
    if ctx.enabled(Rule::DocumentAfterEvent) {
        dates::document_after_event::check(ctx);
    }
    if ctx.enabled(Rule::PageDateDateline) {
        dates::page_date_dateline::check(ctx);
    }
    if ctx.enabled(Rule::MonthSlip) {
        dates::month_slip::check(ctx);
    }
}

fn line_pass(ctx: &mut Context<'_>) {
    use baolint_syntax::SpaceKind;
    let report = ctx.report;
    for run in report.lines.iter().flat_map(|line| &line.spaces) {
        match run.kind {
            SpaceKind::Repeated if ctx.enabled(Rule::RepeatedWhitespace) => {
                orthography::repeated_whitespace::check(ctx, run);
            }
            SpaceKind::Unusual if ctx.enabled(Rule::UnusualSpace) => orthography::unusual_space::check(ctx, run),
            SpaceKind::Trailing if ctx.enabled(Rule::TrailingWhitespace) => {
                orthography::trailing_whitespace::check(ctx, run);
            }
            SpaceKind::WholeLine if ctx.enabled(Rule::WhitespaceOnlyLine) => {
                orthography::whitespace_only_line::check(ctx, run);
            }
            _ => {}
        }
    }
}

fn text_pass(ctx: &mut Context<'_>) {
    use baolint_syntax::{MarkKind, TextNoteKind};
    let report = ctx.report;
    let layer = &report.text;
    if ctx.enabled(Rule::HardWrap) {
        for &wrap in &report.wraps {
            orthography::hard_wrap::check(ctx, wrap);
        }
    }
    for note in &layer.notes {
        match &note.kind {
            TextNoteKind::NotNfc { nfc } if ctx.enabled(Rule::NotNfc) => orthography::not_nfc::check(ctx, note, nfc),
            TextNoteKind::LatinEth if ctx.enabled(Rule::LatinEth) => orthography::latin_eth::check(ctx, note),
            TextNoteKind::Legacy { encoding, decoded } if ctx.enabled(Rule::LegacyEncoding) => {
                orthography::legacy_encoding::check(ctx, note, *encoding, decoded);
            }
            &TextNoteKind::Glued { at, syllables } if ctx.enabled(Rule::GluedWords) => {
                orthography::glued_words::check(ctx, note, at, syllables);
            }
            TextNoteKind::DamagedPassage { damaged, words, examples } if ctx.enabled(Rule::DamagedPassage) => {
                orthography::damaged_passage::check(ctx, note, *damaged, *words, examples);
            }
            &TextNoteKind::NumberGlued { at } if ctx.enabled(Rule::GluedWords) => {
                orthography::glued_words::check_number(ctx, note, at);
            }
            _ => {}
        }
    }
    for mark in &layer.marks {
        match mark.kind {
            MarkKind::SpaceBefore { .. } | MarkKind::SpaceAfterOpening { .. } if ctx.enabled(Rule::MisplacedSpace) => {
                orthography::misplaced_space::check(ctx, mark);
            }
            MarkKind::NoSpaceAfter { .. } if ctx.enabled(Rule::MissingSpaceAfter) => {
                orthography::missing_space_after::check(ctx, mark);
            }
            MarkKind::GluedDash { .. } if ctx.enabled(Rule::GluedDash) => orthography::glued_dash::check(ctx, mark),
            MarkKind::DotRun if ctx.enabled(Rule::DotRun) => orthography::dot_run::check(ctx, mark),
            _ => {}
        }
    }
    if ctx.enabled(Rule::InvalidSyllable) {
        orthography::invalid_syllable::check(ctx, &layer.notes);
    }
    if ctx.enabled(Rule::MixedTonePlacement) {
        orthography::mixed_tone_placement::check(ctx, &layer.notes);
    }
    if ctx.enabled(Rule::UnbalancedDelimiter) {
        orthography::unbalanced_delimiter::check(ctx, &layer.marks);
    }
    if ctx.enabled(Rule::MixedQuotes) {
        orthography::mixed_quotes::check(ctx, &layer.quotes);
    }
    if ctx.enabled(Rule::UndefinedAbbreviation) {
        orthography::undefined_abbreviation::check(ctx, &layer.abbreviations);
    }
}

impl Context<'_> {
    /// The span of line `index` with its terminator: what a fix removes to
    /// delete the line.
    pub fn whole_line(&self, index: usize) -> Span {
        let line = self.report.lines[index].span;
        let rest = &self.text[line.end..];
        let terminator = if rest.starts_with("\r\n") { 2 } else { usize::from(rest.starts_with('\n')) };
        Span::new(line.start, line.end + terminator)
    }
}
