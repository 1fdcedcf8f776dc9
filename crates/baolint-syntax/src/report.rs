//! The report model and the block assembler that builds it from lines.
//!
//! Each non-blank line is one block. The assembler first recognises the
//! lines that are closed forms (page junk, datelines), then places the
//! headline at the top and the byline or source line at the bottom, then
//! tells captions, subheads, list items and paragraphs apart by shape and by
//! neighbourhood (a line after an image file name is a caption). It never
//! fails: a line it cannot place is a paragraph.

use crate::{
    Span,
    dateline::{self, Dateline},
    dates::{Date, recognise_dates},
    fold::fold_to_ascii_words,
    junk::{self, JunkKind},
    lines::{Line, split_lines},
    markup::Markup,
    numbers::{NonQuantity, NumberMention, recognise_numbers},
    references::{Reference, recognise_references},
    relations::{Relation, recognise_relations},
    shape,
    vietnamese::TextLayer,
};

/// One report, as a list of blocks in document order over its lines.
///
/// `PartialEq` only: number values are `f64`.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub lines: Vec<Line>,
    pub blocks: Vec<Block>,
    /// Quantities in the headline and the body blocks, by span start.
    pub numbers: Vec<NumberMention>,
    /// Digits in the same blocks that are not quantities (dates, document
    /// numbers, ordinals...), by span start.
    pub non_quantities: Vec<NonQuantity>,
    /// How the numbers relate: breakdowns, ratios and their percentages,
    /// shares, restatements.
    pub relations: Vec<Relation>,
    /// How the words and the punctuation are written: text not in NFC, the
    /// Latin eth, punctuation shapes, abbreviations.
    pub text: TextLayer,
    /// Dates, years and periods in the same blocks, by span start.
    pub dates: Vec<Date>,
    /// References to documents in the same blocks, by span start.
    pub references: Vec<Reference>,
    /// HTML character references and tags left in the text, in order.
    pub markup: Vec<Markup>,
    /// Read-more links glued to the end of a body line ("... Xem tiếp »"),
    /// with the white space before them, in order.
    pub read_more: Vec<Span>,
    /// Lines that hold the same words twice in a row ("Thu giữ ... nguồn
    /// gốc Thu giữ ... nguồn gốc"): the span of the second copy with the
    /// white space before it, in order.
    pub doubled: Vec<Span>,
    /// Line breaks inside a sentence, in order: the span from the end of a
    /// line's content to the start of the next line's ([`hard_wraps`]).
    pub wraps: Vec<Span>,
    /// The optional layers this report was read with ([`parse_with`]).
    pub layers: Layers,
}

/// The parts of the model that cost a pass over the text of their own and
/// that few rules read. [`parse_with`] leaves out those not asked for; the
/// rest of the model is the same either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Layers {
    /// Abbreviations in capitals (`TextLayer::abbreviations`).
    pub abbreviations: bool,
}

impl Layers {
    /// Every layer: what [`parse`] reads.
    pub const ALL: Layers = Layers { abbreviations: true };
    /// No optional layer.
    pub const NONE: Layers = Layers { abbreviations: false };

    /// Whether every layer `other` asks for is in `self`.
    pub fn covers(self, other: Layers) -> bool {
        self.abbreviations || !other.abbreviations
    }
}

impl Default for Layers {
    fn default() -> Self {
        Layers::ALL
    }
}

/// A block: one non-blank line, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The line's content, without surrounding white space.
    pub span: Span,
    /// Index of the line in [`Report::lines`].
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Headline,
    Dateline(Dateline),
    /// The first paragraph, with its agency or place prefix ("LSO-").
    Lead {
        prefix: Option<Span>,
    },
    Paragraph,
    Subhead,
    Caption,
    ListItem {
        marker: Span,
    },
    /// The author's signature ("XUÂN HƯƠNG", "BBT").
    Byline,
    /// Where the report was taken from ("Theo congthuong.vn").
    Source,
    /// A leftover of the web page. `repeats` is the block a slug or a
    /// repeated title repeats.
    Junk {
        kind: JunkKind,
        repeats: Option<Span>,
    },
}

impl BlockKind {
    /// A stable lower-case name, used by renderers.
    pub fn name(&self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Dateline(_) => "dateline",
            BlockKind::Lead { .. } => "lead",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Subhead => "subhead",
            BlockKind::Caption => "caption",
            BlockKind::ListItem { .. } => "list-item",
            BlockKind::Byline => "byline",
            BlockKind::Source => "source",
            BlockKind::Junk { kind, .. } => match kind {
                JunkKind::PageChrome => "junk:page-chrome",
                JunkKind::ViewCounter => "junk:view-counter",
                JunkKind::Contact => "junk:contact",
                JunkKind::ImageFile => "junk:image-file",
                JunkKind::Slug => "junk:slug",
                JunkKind::RepeatedTitle => "junk:repeated-title",
                JunkKind::RelatedLink => "junk:related-link",
            },
        }
    }

    /// Part of the report's body: lead, paragraphs, subheads, captions and
    /// list items.
    pub fn is_body(&self) -> bool {
        matches!(
            self,
            BlockKind::Lead { .. }
                | BlockKind::Paragraph
                | BlockKind::Subhead
                | BlockKind::Caption
                | BlockKind::ListItem { .. }
        )
    }
}

impl Report {
    pub fn headline(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Headline)
    }

    /// The first dateline, with its parsed fields.
    pub fn dateline(&self) -> Option<(&Block, &Dateline)> {
        self.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Dateline(d) => Some((b, d)),
            _ => None,
        })
    }

    /// The byline, or else the source line.
    pub fn byline(&self) -> Option<&Block> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Byline)
            .or_else(|| self.blocks.iter().find(|b| b.kind == BlockKind::Source))
    }

    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind.is_body())
    }

    pub fn junk(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Junk { .. }))
    }

    /// The first block that is not junk or a dateline: where a headline
    /// belongs.
    pub fn first_content(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| !matches!(b.kind, BlockKind::Junk { .. } | BlockKind::Dateline(_)))
    }
}

/// Parses one report. Never fails, never panics; linear in the input.
pub fn parse(text: &str) -> Report {
    parse_with(text, Layers::ALL)
}

/// [`parse`] reading only the optional `layers` asked for: a checker whose
/// rules read no abbreviation need not pay for finding them.
pub fn parse_with(text: &str, layers: Layers) -> Report {
    let lines = split_lines(text);
    let mut blocks: Vec<Block> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| !line.is_blank())
        .map(|(index, line)| {
            let content = line.content.text(text);
            let kind = if let Some(kind) = junk::recognise(content) {
                BlockKind::Junk { kind, repeats: None }
            } else if let Some(d) = dateline::recognise(content, line.content.start) {
                BlockKind::Dateline(d)
            } else {
                BlockKind::Paragraph
            };
            Block { kind, span: line.content, line: index }
        })
        .collect();
    Assembler { text, lines: &lines, blocks: &mut blocks }.run();
    let (numbers, non_quantities) = recognise_block_numbers(text, &blocks);
    let relations = recognise_relations(text, &blocks, &numbers);
    let dates = recognise_dates(text, &blocks, &non_quantities);
    let references = recognise_references(text, &blocks, &non_quantities, &dates);
    let text_layer = crate::vietnamese::recognise(text, &blocks, layers);
    let markup = crate::markup::recognise_markup(text);
    let wraps = hard_wraps(text, &blocks);
    let doubled = doubled_lines(text, &blocks);
    let read_more = blocks
        .iter()
        .filter(|b| b.kind.is_body() || matches!(b.kind, BlockKind::Paragraph | BlockKind::Subhead))
        .filter_map(|b| junk::trailing_read_more(b.span.text(text)).map(|at| Span::new(b.span.start + at, b.span.end)))
        .collect();
    Report {
        lines,
        blocks,
        numbers,
        non_quantities,
        relations,
        dates,
        references,
        text: text_layer,
        markup,
        read_more,
        wraps,
        doubled,
        layers,
    }
}

/// The lines of the headline and the body (up to [`MAX_DOUBLED_BYTES`])
/// that hold the same text twice, three words or more, with one space
/// between the copies: a title or a caption the page printed twice. Gives
/// the second copy with the space before it.
pub fn doubled_lines(text: &str, blocks: &[Block]) -> Vec<Span> {
    blocks
        .iter()
        .filter(|b| {
            (b.kind == BlockKind::Headline || b.kind.is_body() || matches!(b.kind, BlockKind::Paragraph))
                && b.span.len() <= MAX_DOUBLED_BYTES
        })
        .filter_map(|b| {
            let line = b.span.text(text);
            // The two copies are the same bytes on either side of one space
            // in the middle: a byte compare, and words are counted only then.
            let mid = line.len() / 2;
            if line.len() % 2 == 0 || line.as_bytes()[mid] != b' ' || line[..mid] != line[mid + 1..] {
                return None;
            }
            (shape::word_count_up_to(&line[..mid], 3) >= 3).then(|| Span::new(b.span.start + mid, b.span.end))
        })
        .collect()
}

/// Words that end no title or sentence: function words and the first
/// halves of common compounds ("thị trấn").
const NEVER_LAST_WORDS: &[&str] =
    &["của", "và", "các", "những", "với", "cho", "tại", "trong", "là", "được", "để", "từ", "theo", "về", "một", "thị"];

/// Longest line [`doubled_lines`] compares: titles and captions.
const MAX_DOUBLED_BYTES: usize = 400;

/// Where a sentence runs on to the next line, as a PDF or a word processor
/// pastes text wrapped at the page's width: a body line (not the headline,
/// a dateline, a signature or junk) that ends with a letter or a comma, and
/// the line right after it, with no blank line between, that starts with a
/// lower-case letter and is no list item ("b) ..."). A headline and its
/// lead often look so; a headline counts only when it ends with a word no
/// title ends with ([`NEVER_LAST_WORDS`]).
pub fn hard_wraps(text: &str, blocks: &[Block]) -> Vec<Span> {
    let in_body = |b: &Block| b.kind.is_body() || matches!(b.kind, BlockKind::Paragraph | BlockKind::Subhead);
    blocks
        .windows(2)
        .filter(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            let (first, next) = (a.span.text(text), b.span.text(text));
            // A headline wraps only where it ends with a word no title ends
            // with ("... trên địa bàn thị"): a lead opening in lower case
            // ("iPhone 8 ...") is no wrap.
            let wrapped_headline = matches!(a.kind, BlockKind::Headline)
                && first.rsplit(' ').next().is_some_and(|word| NEVER_LAST_WORDS.contains(&word));
            if b.line != a.line + 1 || !(in_body(a) || wrapped_headline) || !in_body(b) {
                return false;
            }
            let runs_on = first.chars().next_back().is_some_and(|c| c.is_alphabetic() || c == ',');
            let continues =
                next.chars().next().is_some_and(char::is_lowercase) && shape::list_marker_len(next).is_none();
            runs_on && continues
        })
        .map(|pair| Span::new(pair[0].span.end, pair[1].span.start))
        .collect()
}

/// Numbers of the headline and the body (lead, paragraphs, subheads,
/// captions, list items); page junk, datelines, bylines and source lines
/// hold no quantities worth checking. Blocks are in text order, so the
/// results are sorted by span start.
pub fn recognise_block_numbers(text: &str, blocks: &[Block]) -> (Vec<NumberMention>, Vec<NonQuantity>) {
    // Room for a dense report (a number every 160 bytes) up front: mentions
    // are some 200 bytes each, and copying them as the vector grows costs
    // more than the spare capacity. Capped for huge inputs.
    let mut numbers = Vec::with_capacity((text.len() / 160).min(4096));
    let mut non_quantities = Vec::with_capacity((text.len() / 256).min(4096));
    for (index, block) in blocks.iter().enumerate() {
        if block.kind == BlockKind::Headline || block.kind.is_body() {
            recognise_numbers(text, block.span, index, &mut numbers, &mut non_quantities);
        }
    }
    (numbers, non_quantities)
}

struct Assembler<'a> {
    text: &'a str,
    lines: &'a [Line],
    blocks: &'a mut Vec<Block>,
}

impl Assembler<'_> {
    fn run(&mut self) {
        self.place_counter_cells();
        self.place_widget_gaps();
        self.place_tag_runs();
        self.place_related_links();
        let headline = self.place_headline();
        self.place_repeated_titles(headline);
        self.place_signature(headline);
        self.place_slugs(headline);
        self.place_captions(headline);
        self.place_lead(headline);
        self.place_subheads_and_lists();
    }

    /// A counter widget printed one cell per line ("Thống kê truy cập",
    /// "1668314", "Today", ..., "612"; "44", "lượt xem"): the bare counts
    /// and row labels next to a counter or widget line, and next to each
    /// other, are the widget's too. Read forwards, then backwards.
    fn place_counter_cells(&mut self) {
        let is_widget = |kind: &BlockKind| {
            matches!(kind, BlockKind::Junk { kind: JunkKind::ViewCounter | JunkKind::PageChrome, .. })
        };
        let cell = BlockKind::Junk { kind: JunkKind::ViewCounter, repeats: None };
        for i in 1..self.blocks.len() {
            if matches!(self.blocks[i].kind, BlockKind::Paragraph)
                && is_widget(&self.blocks[i - 1].kind)
                && junk::is_counter_fragment(self.content(i))
            {
                self.blocks[i].kind = cell.clone();
            }
        }
        for i in (0..self.blocks.len().saturating_sub(1)).rev() {
            if matches!(self.blocks[i].kind, BlockKind::Paragraph)
                && is_widget(&self.blocks[i + 1].kind)
                && junk::is_counter_fragment(self.content(i))
            {
                self.blocks[i].kind = cell.clone();
            }
        }
    }

    /// A short line between two lines of the page's widgets ("Bình luận",
    /// "Thông báo", "Bạn đã gửi thành công."): a label of the same widgets,
    /// as jusText classes a short block with bad neighbours on both sides.
    /// Short means at most four words and no full stop, so a sentence
    /// between two leftovers stays text; a signature ("LAN ANH") between
    /// a page's leftovers stays the byline.
    fn place_widget_gaps(&mut self) {
        let is_widget = |kind: &BlockKind| {
            matches!(
                kind,
                BlockKind::Junk { kind: JunkKind::ViewCounter | JunkKind::PageChrome | JunkKind::Contact, .. }
            )
        };
        let last = self.blocks.len().saturating_sub(1);
        for i in 1..self.blocks.len() {
            let text = self.content(i);
            // The end of the page counts as a widget, as jusText counts the
            // edges of a page as boilerplate: "Đăng nhập với", "Facebook
            // Google" end it.
            let next_is_widget = i == last || is_widget(&self.blocks[i + 1].kind);
            if matches!(self.blocks[i].kind, BlockKind::Paragraph)
                && is_widget(&self.blocks[i - 1].kind)
                && next_is_widget
                && shape::at_most_words(text, 4)
                && !text.ends_with(['.', '!', '?', ':'])
                && !shape::is_byline_shape(text)
            {
                self.blocks[i].kind = BlockKind::Junk { kind: JunkKind::PageChrome, repeats: None };
            }
        }
    }

    /// Two to six lines of a word or three each, one after another, right
    /// above a widget line ("Bắc Giang", "Chính trị", "Địa phương", then
    /// "Xem thêm"): the tags or menu items the page lists over its widgets.
    /// A signature or a source line breaks the run, so the byline above a
    /// widget stays the byline.
    fn place_tag_runs(&mut self) {
        let is_widget = |kind: &BlockKind| matches!(kind, BlockKind::Junk { kind: JunkKind::PageChrome, .. });
        let is_tag = |text: &str| {
            text.len() <= MAX_TAG_BYTES
                && shape::at_most_words(text, 3)
                && !text.ends_with(['.', '!', '?', ':', ',', ';'])
                && !shape::is_byline_shape(text)
                && !shape::is_source_line(text)
        };
        let mut i = 0;
        while i < self.blocks.len() {
            let start = i;
            while i < self.blocks.len()
                && matches!(self.blocks[i].kind, BlockKind::Paragraph)
                && is_tag(self.content(i))
            {
                i += 1;
            }
            let run = i - start;
            if (2..=MAX_TAG_RUN).contains(&run) && self.blocks.get(i).is_some_and(|b| is_widget(&b.kind)) {
                for tag in start..i {
                    self.blocks[tag].kind = BlockKind::Junk { kind: JunkKind::PageChrome, repeats: None };
                }
            }
            i = i.max(start + 1);
        }
    }

    /// Under a related-news heading, the lines that read like titles are
    /// links to other articles, up to the first line that does not.
    fn place_related_links(&mut self) {
        let mut in_list = false;
        for i in 0..self.blocks.len() {
            let text = self.content(i);
            match self.blocks[i].kind {
                BlockKind::Junk { kind: JunkKind::PageChrome, .. } => in_list |= junk::is_related_heading(text),
                BlockKind::Junk { .. } | BlockKind::Dateline(_) => {}
                BlockKind::Paragraph if in_list && is_title_shape(text) => {
                    self.blocks[i].kind = BlockKind::Junk { kind: JunkKind::RelatedLink, repeats: None };
                }
                _ => in_list = false,
            }
        }
    }

    fn content(&self, i: usize) -> &str {
        self.blocks[i].span.text(self.text)
    }

    /// Indices of blocks still unplaced (paragraph so far).
    fn open(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.blocks.len()).filter(|&i| matches!(self.blocks[i].kind, BlockKind::Paragraph))
    }

    fn is_junk_or_dateline(&self, i: usize) -> bool {
        matches!(self.blocks[i].kind, BlockKind::Junk { .. } | BlockKind::Dateline(_))
    }

    /// The headline is the first line that is not junk or a dateline, when it
    /// reads like a title. A photo caption in that place is kept a caption.
    fn place_headline(&mut self) -> Option<usize> {
        let mut first = (0..self.blocks.len()).find(|&i| !self.is_junk_or_dateline(i))?;
        // The page's URL slug in the headline's place ("thanh nien thai
        // nguyen xung kich ..."): the title it repeats may be missing.
        if is_slug_shape(self.content(first))
            && shape::word_count_up_to(self.content(first), MIN_TOP_SLUG_WORDS) >= MIN_TOP_SLUG_WORDS
            && let Some(next) = (first + 1..self.blocks.len()).find(|&i| !self.is_junk_or_dateline(i))
        {
            self.blocks[first].kind = BlockKind::Junk { kind: JunkKind::Slug, repeats: None };
            first = next;
        }
        // The name of the site's section above the headline ("Chính trị").
        if junk::is_section_name(self.content(first))
            && let Some(next) = (first + 1..self.blocks.len()).find(|&i| !self.is_junk_or_dateline(i))
        {
            self.blocks[first].kind = BlockKind::Junk { kind: JunkKind::PageChrome, repeats: None };
            first = next;
        }
        let text = self.content(first);
        // A caption says so by its opener ("Quang cảnh ...", "Các đại biểu
        // ..."); a plain sentence with a full stop on top is a headline
        // written with one, as many sites print them.
        if shape::is_caption_shape(text) {
            self.blocks[first].kind = BlockKind::Caption;
            return None;
        }
        if is_title_shape(text) || (shape::is_short_description(text) && shape::sentence_count(text) == 1) {
            self.blocks[first].kind = BlockKind::Headline;
            return Some(first);
        }
        None
    }

    /// A title-shaped line that prints the headline again, or the line
    /// above it (blank lines aside), word for word (case aside), is the page's title block or a
    /// listing printed twice; one that ends with an image's number ("... -
    /// Ảnh 1", "... - Anh 1") is the image's alt text, which pages write from
    /// the title. Only lines of title shape are compared, so a paragraph
    /// printed twice stays SCR006's.
    fn place_repeated_titles(&mut self, headline: Option<usize>) {
        let open: Vec<usize> = self.open().collect();
        for i in open {
            let text = self.content(i);
            let (title, alt_text) = match strip_image_number(text) {
                Some(title) => (title, true),
                None => (text, false),
            };
            // A copy is about as long as what it repeats: most paragraphs
            // are passed over without a test of their shape.
            let near = |j: Option<usize>| j.is_some_and(|j| self.blocks[j].span.len().abs_diff(title.len()) <= 8);
            if !(alt_text || near(headline) || near(self.prev_block(i))) || !is_title_shape(title) {
                continue;
            }
            let repeats = headline.filter(|&h| same_words_ignoring_case(self.content(h), title)).or_else(|| {
                self.prev_block(i).filter(|&p| {
                    !matches!(self.blocks[p].kind, BlockKind::Junk { .. })
                        && same_words_ignoring_case(self.content(p), title)
                })
            });
            if repeats.is_some() || (alt_text && shape::word_count_up_to(title, 3) >= 3) {
                let repeats = repeats.map(|j| self.blocks[j].span);
                self.blocks[i].kind = BlockKind::Junk { kind: JunkKind::RepeatedTitle, repeats };
            }
        }
    }

    /// A source line ("Theo X") is one wherever it stands below the top. A
    /// signature-shaped line is a byline when it ends the text, stands just
    /// before a source line, or is followed by a wide gap (two or more blank
    /// lines) that separates the article from what the page appended.
    fn place_signature(&mut self, headline: Option<usize>) {
        let start = headline.map_or(1, |h| h + 1);
        for i in start..self.blocks.len() {
            if matches!(self.blocks[i].kind, BlockKind::Paragraph) && shape::is_source_line(self.content(i)) {
                self.blocks[i].kind = BlockKind::Source;
            }
        }
        for i in start..self.blocks.len() {
            if !matches!(self.blocks[i].kind, BlockKind::Paragraph) || !shape::is_byline_shape(self.content(i)) {
                continue;
            }
            // A byline printed twice signs off from its first copy.
            let next = (i + 1..self.blocks.len())
                .find(|&n| !matches!(self.blocks[n].kind, BlockKind::Junk { kind: JunkKind::RepeatedTitle, .. }));
            let signs_off = match next {
                None => true,
                Some(n) => self.blocks[n].kind == BlockKind::Source || self.blocks[n].line >= self.blocks[i].line + 3,
            };
            if signs_off {
                self.blocks[i].kind = BlockKind::Byline;
            }
        }
        self.place_last_signature(headline);
    }

    /// The byline or source line is the last content line; a source line may
    /// follow a byline.
    fn place_last_signature(&mut self, headline: Option<usize>) {
        let candidates: Vec<usize> =
            (0..self.blocks.len()).rev().filter(|&i| !self.is_junk_or_dateline(i)).take(2).collect();
        let mut candidates = candidates.into_iter();
        let Some(last) = candidates.next() else { return };
        if Some(last) == headline || !matches!(self.blocks[last].kind, BlockKind::Paragraph) {
            return;
        }
        let text = self.content(last);
        if shape::is_source_line(text) {
            self.blocks[last].kind = BlockKind::Source;
            if let Some(prev) = candidates.next()
                && Some(prev) != headline
                && matches!(self.blocks[prev].kind, BlockKind::Paragraph)
                && shape::is_byline_shape(self.content(prev))
            {
                self.blocks[prev].kind = BlockKind::Byline;
            }
        } else if shape::is_byline_shape(text) {
            self.blocks[last].kind = BlockKind::Byline;
        }
    }

    /// An all-ASCII, lower-case line that repeats the headline or a
    /// neighbouring line without diacritics is the page's URL slug.
    fn place_slugs(&mut self, headline: Option<usize>) {
        let candidates: Vec<usize> = self.open().filter(|&i| is_slug_shape(self.content(i))).collect();
        for i in candidates {
            let slug: String = self.content(i).split_whitespace().collect();
            let neighbours = [headline, self.next_block(i), self.prev_block(i)];
            let repeated = neighbours.into_iter().flatten().find(|&j| {
                let folded: String = fold_to_ascii_words(self.content(j)).split(' ').collect();
                slug_repeats(&slug, &folded)
            });
            if let Some(j) = repeated {
                self.blocks[i].kind = BlockKind::Junk { kind: JunkKind::Slug, repeats: Some(self.blocks[j].span) };
            }
        }
    }

    fn next_block(&self, i: usize) -> Option<usize> {
        (i + 1 < self.blocks.len()).then_some(i + 1)
    }

    fn prev_block(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
    }

    /// True when block `i` directly follows block `prev` with no blank line.
    fn adjacent(&self, prev: usize, i: usize) -> bool {
        self.blocks[i].line == self.blocks[prev].line + 1
    }

    fn place_captions(&mut self, headline: Option<usize>) {
        let open: Vec<usize> = self.open().collect();
        for i in open {
            let text = self.content(i);
            let after_image = self.prev_block(i).is_some_and(|p| {
                matches!(self.blocks[p].kind, BlockKind::Junk { kind: JunkKind::ImageFile | JunkKind::Slug, .. })
            });
            let under_headline = headline.is_some_and(|h| {
                h + 1 == i
                    && self.adjacent(h, i)
                    && self.next_block(i).is_some_and(|n| self.adjacent(i, n))
                    && shape::ends_sentence(text)
                    && shape::at_most_words(text, 30)
                    && shape::is_short_description(text)
            });
            let short = || shape::at_most_words(text, 60);
            let is_caption = (after_image && short() && shape::sentence_count(text) <= 2)
                || (short() && shape::has_photo_credit(text))
                || shape::is_caption_shape(text)
                || under_headline;
            if is_caption {
                self.blocks[i].kind = BlockKind::Caption;
            }
        }
    }

    fn place_lead(&mut self, headline: Option<usize>) {
        let start = headline.map_or(0, |h| h + 1);
        let Some(lead) = (start..self.blocks.len())
            .find(|&i| matches!(self.blocks[i].kind, BlockKind::Paragraph) && !is_subhead_shape(self.content(i)))
        else {
            return;
        };
        // A lead comes before the body proper: skip captions and junk only.
        let blocked =
            (start..lead).any(|i| matches!(self.blocks[i].kind, BlockKind::Subhead | BlockKind::ListItem { .. }));
        if blocked {
            return;
        }
        let span = self.blocks[lead].span;
        let prefix = shape::agency_prefix_len(self.content(lead)).map(|len| Span::new(span.start, span.start + len));
        self.blocks[lead].kind = BlockKind::Lead { prefix };
    }

    fn place_subheads_and_lists(&mut self) {
        let open: Vec<usize> = self.open().collect();
        for i in open {
            let text = self.content(i);
            if let Some(len) = shape::list_marker_len(text) {
                let start = self.blocks[i].span.start;
                let marker_text = text[..len].trim_end();
                self.blocks[i].kind = BlockKind::ListItem { marker: Span::new(start, start + marker_text.len()) };
                continue;
            }
            let followed_by_text =
                self.blocks[i + 1..].iter().any(|b| b.kind.is_body() || matches!(b.kind, BlockKind::Paragraph));
            if followed_by_text && is_subhead_shape(text) {
                self.blocks[i].kind = BlockKind::Subhead;
            }
        }
        let _ = self.lines;
    }
}

/// Reads like the title of an article: at most 40 words, not a statement
/// ending in a full stop, not a list item or a source line.
fn is_title_shape(text: &str) -> bool {
    shape::at_most_words(text, 40)
        && (!shape::ends_sentence(text) || !shape::ends_with_full_stop(text))
        && shape::list_marker_len(text).is_none()
        && !shape::is_source_line(text)
}

fn is_subhead_shape(text: &str) -> bool {
    shape::ends_open(text) && shape::at_most_words(text, 15) && shape::starts_upper(text) && !text.contains(". ")
}

/// Longest tag line: three words.
const MAX_TAG_BYTES: usize = 48;

/// Words of a slug on top of a report that make it one without the title
/// it repeats: a headline in lower-case ASCII is not written so long.
const MIN_TOP_SLUG_WORDS: usize = 6;

/// The longest run of tag lines [`Assembler::place_tag_runs`] takes for a
/// page's list: more are a list of the report's own.
const MAX_TAG_RUN: usize = 6;

/// `a` and `b` hold the same words, whatever their case and spacing.
fn same_words_ignoring_case(a: &str, b: &str) -> bool {
    let (mut a_words, mut b_words) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (a_words.next(), b_words.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.chars().flat_map(char::to_lowercase).eq(y.chars().flat_map(char::to_lowercase)) => {
            }
            _ => return false,
        }
    }
}

/// The title before an image's number that ends an alt text: "Facebook sẽ
/// thông báo ... - Hình 1", "... - Anh 1" (with the diacritics stripped).
fn strip_image_number(text: &str) -> Option<&str> {
    let text = text.strip_suffix('.').unwrap_or(text);
    let digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let before = text[..text.len() - digits].trim_end();
    let word_start = before.rfind(' ')? + 1;
    let word = &before[word_start..];
    if !["ảnh", "hình", "anh", "hinh"].iter().any(|w| word.eq_ignore_ascii_case(w) || word.to_lowercase() == *w) {
        return None;
    }
    let title = before[..word_start].trim_end();
    title.strip_suffix(['-', '–']).map(str::trim_end)
}

/// Lower-case ASCII words, at least three, no sentence punctuation.
fn is_slug_shape(text: &str) -> bool {
    text.len() <= 400
        && shape::word_count_up_to(text, 3) >= 3
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ' || b == b'-')
}

/// The slug (spaces removed) equals the folded text, or is a long prefix of
/// it (slugs are often cut short).
fn slug_repeats(slug: &str, folded: &str) -> bool {
    let slug: String = slug.chars().filter(|&c| c != '-').collect();
    !slug.is_empty() && slug.len() * 10 >= folded.len() * 6 && folded.starts_with(&slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind name of each block of `text`, with its text.
    fn kinds(text: &str) -> Vec<(&'static str, &str)> {
        parse(text).blocks.iter().map(|b| (b.kind.name(), b.span.text(text))).collect()
    }

    #[test]
    fn counter_cells_and_widget_gaps_are_junk_only_next_to_widgets() {
        let text = "Hội nghị tổng kết năm\nSáng 8/1, hội nghị diễn ra tại hội trường tỉnh.\nThống kê truy cập\n1668314\nToday\n612\n\nBình luận\nThông báo\nĐăng nhập với\n";
        let found = kinds(text);
        for cell in ["1668314", "Today", "612"] {
            assert!(found.contains(&("junk:view-counter", cell)), "{cell}: {found:?}");
        }
        assert!(found.contains(&("junk:page-chrome", "Thông báo")), "{found:?}");
        // Alone, or between text, the same lines are text.
        let alone = kinds("Hội nghị tổng kết năm\nToday\n612\nThông báo\nSáng 8/1, hội nghị diễn ra.\n");
        assert!(alone.iter().all(|(kind, _)| !kind.starts_with("junk")), "{alone:?}");
        // A signature between two leftovers stays the byline.
        let signed =
            kinds("Hội nghị tổng kết năm\nSáng 8/1, hội nghị diễn ra tại tỉnh.\nChia sẻ\nLAN ANH\nBình luận\n");
        assert!(signed.contains(&("byline", "LAN ANH")), "{signed:?}");
    }

    #[test]
    fn titles_printed_again() {
        let text = "Xã Tân Lập đạt chuẩn nông thôn mới\n\nXã Tân Lập đạt chuẩn nông thôn mới\nSáng 12/3, huyện công bố xã đạt chuẩn.\nXã Tân Lập đạt chuẩn nông thôn mới - Ảnh 1.\n";
        let found = kinds(text);
        assert_eq!(found.iter().filter(|(kind, _)| *kind == "junk:repeated-title").count(), 2, "{found:?}");
        assert_eq!(
            strip_image_number("Đoàn công tác thăm khu trưng bày - Ảnh 12"),
            Some("Đoàn công tác thăm khu trưng bày")
        );
        assert_eq!(strip_image_number("Kỷ niệm năm 2"), None);
        assert!(same_words_ignoring_case("Xã  Tân Lập", "xã tân lập"));
        assert!(!same_words_ignoring_case("Xã Tân Lập", "Xã Tân"));
    }

    #[test]
    fn hard_wraps_are_lower_case_runs_across_lines() {
        let text = "Quyết định ban hành quy chế\n\nCăn cứ Luật Tổ chức chính quyền địa phương\nngày 19 tháng 6 năm 2015;\nQuy chế gồm:\na) phạm vi điều chỉnh;\n";
        let report = parse(text);
        let wraps: Vec<&str> = report.wraps.iter().map(|w| w.text(text)).collect();
        assert_eq!(wraps, vec!["\n"]);
    }
}
