//! References to Party and State documents: "Chỉ thị số 05-CT/TW ngày
//! 15/5/2016 của Bộ Chính trị (khóa XII)", short ones ("Chỉ thị 03", "Kết
//! luận số 01") and plenum resolutions ("Nghị quyết Trung ương 4 (khóa
//! XII)", "Nghị quyết TW4 khóa 11").
//!
//! ```text
//! reference := elapsed? type ws ("số" ":"? ws)? (symbol | number) tail     Full or Short
//!            | type ws ("Hội nghị" ws)? central ws? number tail            Plenum
//!            | symbol tail                                                 Full, no type word
//! symbol    := number joint? code "/" code                 Party: "05-CT/TW", "03- CT/TW", "37QĐ/TW", "CT/T.Ư"
//!            | number "/" code ("-" code)*                 State: "1973/CT-TTg", "1590/VPCP-KGVX"
//!            | number "/" year "/" code ("-" code)*        Normative: "30/2020/NĐ-CP", "80/2015/QH13"
//! tail      := (sep (date | issuer | term))*               each at most once, in any order
//! date      := ("ngày" ws)? a date of `Report::dates`
//! issuer    := ("của" ws)? organ                           "Bộ Chính trị", "Thủ tướng Chính phủ" ...
//! term      := "("? ("khóa" | "khoá") ws (roman | digits) ")"?
//! subject   := quote? "về" ... up to ".", ";", "!", "?", a bracket, a quote or the block's end
//! elapsed   := ("gần" | "hơn" | "trên" | "khoảng")? digits ws "năm" ws verb ws   "3 năm thực hiện"
//! central   := "Trung ương" | "TW" | "TƯ" | "T.Ư"
//! ```
//! The number recogniser decides which digits are document numbers and
//! name ordinals ([`crate::NonQuantityKind::DocumentNumber`],
//! [`crate::NonQuantityKind::Ordinal`]); this layer reads their parts and
//! the words around them. Everything is recorded as written ("03- CT/TW",
//! "CT/TƯ", a type word that contradicts the symbol); the checker judges.

use std::borrow::Cow;

use crate::{
    Block, Date, DateKind, NonQuantity, NonQuantityKind, Span,
    numbers::text::{
        back_over_gap, back_over_word, byte_at, char_at, char_before, digit_run, fold, is_alnum, is_letter,
        match_phrase, phrase_before, skip_gap, small_value, word_in,
    },
};

/// One reference to a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The head of the reference: from the type word (or the elapsed-time
    /// claim's verb, never included) to the end of the symbol or number.
    /// The date, issuer and term after it have spans of their own.
    pub span: Span,
    pub form: ReferenceForm,
    pub doc_type: Option<DocTypeMention>,
    /// The document number ("05" of "05-CT/TW", "03" of "Chỉ thị 03"); for
    /// a plenum resolution, the plenum's number ("4" of "Trung ương 4").
    pub number: NumberPart,
    pub symbol: Option<Symbol>,
    /// Index of the cited date in `Report::dates`.
    pub date: Option<usize>,
    pub issuer: Option<IssuerMention>,
    pub term: Option<TermMention>,
    /// "sơ kết 3 năm thực hiện" before the reference.
    pub elapsed: Option<ElapsedClaim>,
    /// The subject after the date, issuer and term: from "về" to the end of
    /// the clause ("về đẩy mạnh học tập và làm theo tư tưởng, đạo đức,
    /// phong cách Hồ Chí Minh"), at most [`MAX_SUBJECT_BYTES`] long.
    pub subject: Option<Span>,
    /// For a reference without a symbol or a date, the index (in
    /// `Report::references`) of another reference in the same report to the
    /// same document that says more: a full one with the same type and
    /// number, the earliest before it, else the first after it.
    pub resolves_to: Option<usize>,
    /// Index of the block in `Report::blocks`.
    pub block: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceForm {
    /// With a symbol: "Chỉ thị số 05-CT/TW", "1973/CT-TTg".
    Full,
    /// A type word and a bare number: "Chỉ thị 03", "Kết luận số 01".
    Short,
    /// A plenum resolution: "Nghị quyết Trung ương 4".
    Plenum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocTypeMention {
    pub kind: DocType,
    pub span: Span,
}

/// The type of a document, as its type word names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocType {
    ChiThi,
    NghiQuyet,
    KetLuan,
    QuyDinh,
    QuyetDinh,
    KeHoach,
    HuongDan,
    ThongBao,
    QuyChe,
    ChuongTrinh,
    CongVan,
    NghiDinh,
    ThongTu,
    Luat,
    ThongTri,
    BaoCao,
    ToTrinh,
    DeAn,
    PhapLenh,
}

impl DocType {
    /// The type word in its usual spelling.
    pub fn word(self) -> &'static str {
        TYPE_WORDS.iter().find(|(_, t)| *t == self).map_or("", |(w, _)| w)
    }
}

/// Type words, lower case, longest first where one is a prefix of another.
const TYPE_WORDS: &[(&str, DocType)] = &[
    ("chỉ thị", DocType::ChiThi),
    ("nghị quyết", DocType::NghiQuyet),
    ("kết luận", DocType::KetLuan),
    ("quy định", DocType::QuyDinh),
    ("quyết định", DocType::QuyetDinh),
    ("kế hoạch", DocType::KeHoach),
    ("hướng dẫn", DocType::HuongDan),
    ("thông báo", DocType::ThongBao),
    ("quy chế", DocType::QuyChe),
    ("chương trình", DocType::ChuongTrinh),
    ("công văn", DocType::CongVan),
    ("nghị định", DocType::NghiDinh),
    ("thông tư", DocType::ThongTu),
    ("luật", DocType::Luat),
    ("thông tri", DocType::ThongTri),
    ("báo cáo", DocType::BaoCao),
    ("tờ trình", DocType::ToTrinh),
    ("đề án", DocType::DeAn),
    ("pháp lệnh", DocType::PhapLenh),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberPart {
    pub value: u32,
    /// The digits as written ("03", with its leading zero).
    pub span: Span,
}

/// A document symbol as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbol {
    /// The whole symbol: "03- CT/TW", "30/2020/NĐ-CP", "05-CT/T.Ư".
    pub span: Span,
    pub style: SymbolStyle,
    /// What joins the number to the codes as written: "-" in "05-CT/TW",
    /// "- " in "03- CT/TW", " - " in "06 - CT/TW", "–", "/" in "36/NQ/TU",
    /// empty in "37QĐ/TW"; "/" for state symbols.
    pub joint: Span,
    /// The year of a normative document ("2020" of "30/2020/NĐ-CP").
    pub year: Option<(i32, Span)>,
    /// The type code ("CT", "NĐ", "QĐi"), when the first code is one.
    pub type_code: Option<Span>,
    /// Everything after the type code and its "/" or "-": "TW", "TƯ",
    /// "T.Ư", "TTg", "CP", "QH13", "VPCP-KGVX".
    pub issuer_code: Option<Span>,
    /// What joins the type code to the issuer code as written, when there
    /// is a type code: "/" in "05-CT/TW", "-" in "30/2020/NĐ-CP", "- " in
    /// "134/2016/NĐ- CP", " – " in "100/2006/NĐ – CP", empty in
    /// "185/NĐCP".
    pub codes_joint: Option<Span>,
    /// The symbol as written goes on beyond what was read: its number
    /// follows a slash ("30a/2008/NQ-CP", read from "2008"), or a dash and
    /// a capital follow its issuer code ("468 - QĐ/VC - ĐT").
    pub truncated: bool,
    /// The National Assembly term a normative symbol's codes end with: 13
    /// of "20/2013/QH13" (one or two digits after "QH").
    pub assembly_term: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolStyle {
    /// number, joint, type "/" issuer: Party documents.
    Party,
    /// number "/" type "-" issuer: State administrative documents.
    State,
    /// number "/" year "/" codes: normative documents and laws.
    Normative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssuerMention {
    pub organ: Organ,
    pub span: Span,
    /// Named as the issuer: with "của" ("of") after the reference
    /// ("Nghị định 67/2014/NĐ-CP của Thủ tướng"), or as the subject of "ban
    /// hành" (issued) before it. An organ right after a reference without
    /// "của" may start the next clause ("..., Thủ tướng yêu cầu").
    pub attributed: bool,
}

/// Issuing organs a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Organ {
    Politburo,
    Secretariat,
    CentralCommittee,
    PrimeMinister,
    Government,
    NationalAssembly,
    AssemblyStandingCommittee,
    /// A provincial or city Party committee or its standing committee.
    ProvincialCommittee,
}

impl Organ {
    pub fn name(self) -> &'static str {
        match self {
            Organ::Politburo => "Bộ Chính trị",
            Organ::Secretariat => "Ban Bí thư",
            Organ::CentralCommittee => "Ban Chấp hành Trung ương",
            Organ::PrimeMinister => "Thủ tướng Chính phủ",
            Organ::Government => "Chính phủ",
            Organ::NationalAssembly => "Quốc hội",
            Organ::AssemblyStandingCommittee => "Ủy ban Thường vụ Quốc hội",
            Organ::ProvincialCommittee => "Tỉnh ủy",
        }
    }
}

/// Organ names, lower case, longest first.
const ORGANS: &[(&str, Organ)] = &[
    ("bộ chính trị", Organ::Politburo),
    ("ban bí thư trung ương đảng", Organ::Secretariat),
    ("ban bí thư trung ương", Organ::Secretariat),
    ("ban bí thư", Organ::Secretariat),
    ("ban chấp hành trung ương đảng", Organ::CentralCommittee),
    ("ban chấp hành trung ương", Organ::CentralCommittee),
    ("bch trung ương đảng", Organ::CentralCommittee),
    ("bch trung ương", Organ::CentralCommittee),
    ("bch tw", Organ::CentralCommittee),
    ("bchtw", Organ::CentralCommittee),
    ("thủ tướng chính phủ", Organ::PrimeMinister),
    ("thủ tướng", Organ::PrimeMinister),
    ("chính phủ", Organ::Government),
    ("ủy ban thường vụ quốc hội", Organ::AssemblyStandingCommittee),
    ("uỷ ban thường vụ quốc hội", Organ::AssemblyStandingCommittee),
    ("quốc hội", Organ::NationalAssembly),
    ("ban thường vụ tỉnh ủy", Organ::ProvincialCommittee),
    ("ban thường vụ tỉnh uỷ", Organ::ProvincialCommittee),
    ("tỉnh ủy", Organ::ProvincialCommittee),
    ("tỉnh uỷ", Organ::ProvincialCommittee),
    ("thành ủy", Organ::ProvincialCommittee),
    ("thành uỷ", Organ::ProvincialCommittee),
];

/// "(khóa XII)", "khoá 12".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMention {
    pub term: u32,
    /// From "khóa" (or the opening bracket) to the numeral (or the closing
    /// bracket).
    pub span: Span,
    /// The numeral: "XII", "12".
    pub numeral: Span,
}

/// A claim of time elapsed since the document: "3 năm thực hiện", "gần 5
/// năm triển khai".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElapsedClaim {
    pub years: u32,
    /// From the hedge or the number to the end of the verb.
    pub span: Span,
    pub hedge: Option<ElapsedHedge>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElapsedHedge {
    /// "gần": nearly.
    Nearly,
    /// "hơn", "trên": more than.
    MoreThan,
    /// "khoảng": about.
    About,
}

/// Finds the references in the headline and body blocks, in text order.
/// `dates` are the report's dates (see [`crate::recognise_dates`]).
pub fn recognise_references(
    text: &str,
    blocks: &[Block],
    non_quantities: &[NonQuantity],
    dates: &[Date],
) -> Vec<Reference> {
    let mut references = Vec::new();
    for nq in non_quantities {
        let Some(block) = blocks.get(nq.block) else { continue };
        let Some(s) = text.get(block.span.range()) else { continue };
        let scan = Scan { s, base: block.span.start, dates };
        let (at, end) = (nq.span.start - block.span.start, nq.span.end - block.span.start);
        let found = match nq.kind {
            NonQuantityKind::DocumentNumber => scan.full(at, end, nq.block),
            NonQuantityKind::Ordinal => scan.short(at, end, nq.block).or_else(|| scan.plenum(at, end, nq.block)),
            NonQuantityKind::Code => scan.plenum(at, end, nq.block),
            _ => None,
        };
        references.extend(found);
    }
    resolve(text, &mut references);
    references
}

struct Scan<'a> {
    s: &'a str,
    base: usize,
    dates: &'a [Date],
}

impl Scan<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// A document number ("05-CT/TW") at `at..end`.
    fn full(&self, at: usize, end: usize, block: usize) -> Option<Reference> {
        let s = self.s;
        let (symbol, end) = self.symbol(at, end)?;
        let number_end = digit_run(s, at);
        let number = NumberPart { value: small_value(&s[at..number_end]), span: self.span(at, number_end) };
        let doc_type = self.type_before(at);
        let start = doc_type.map_or(at, |(_, start)| start);
        let mut reference = Reference {
            span: self.span(start, end),
            form: ReferenceForm::Full,
            doc_type: doc_type.map(|(t, _)| t),
            number,
            symbol: Some(symbol),
            date: None,
            issuer: None,
            term: None,
            elapsed: doc_type.and_then(|(_, start)| self.elapsed_before(start)),
            subject: None,
            resolves_to: None,
            block,
        };
        self.tail(end, &mut reference);
        if reference.issuer.is_none() {
            reference.issuer = self.issuer_before(start);
        }
        Some(reference)
    }

    /// The organ that the sentence says issued the document whose type word
    /// starts at `start`: "Thủ tướng Chính phủ (đã, vừa) ban hành Nghị
    /// định ...", "Ban Thường vụ Thành ủy Hà Nội đã ban hành Nghị quyết ...".
    /// Up to three capitalised words (a place) may follow the organ's name.
    /// "ký ban hành" (signed) names the signer, not the issuer.
    fn issuer_before(&self, start: usize) -> Option<IssuerMention> {
        let s = self.s;
        let verb = phrase_before(s, back_over_gap(s, start), "ban hành")?;
        let mut end = back_over_gap(s, verb);
        let word = |end: usize| &s[back_over_word(s, end)..end];
        if word_in(word(end), &["ký"]) {
            return None;
        }
        while word_in(word(end), &["đã", "vừa", "mới", "cũng", "thức", "chính"]) && back_over_word(s, end) < end
        {
            end = back_over_gap(s, back_over_word(s, end));
        }
        for _ in 0..4 {
            let found = ORGANS.iter().find_map(|&(name, organ)| {
                let at = phrase_before(s, end, name)?;
                char_at(s, at).is_some_and(char::is_uppercase).then(|| IssuerMention {
                    organ,
                    span: self.span(at, end),
                    attributed: true,
                })
            });
            if found.is_some() {
                return found;
            }
            // A place after the organ's name: "Thành ủy Hà Nội".
            let word_start = back_over_word(s, end);
            if word_start == end || !char_at(s, word_start).is_some_and(char::is_uppercase) {
                return None;
            }
            end = back_over_gap(s, word_start);
        }
        None
    }

    /// A bare number after a type word: "Chỉ thị 03", "Kết luận số 01".
    fn short(&self, at: usize, end: usize, block: usize) -> Option<Reference> {
        let s = self.s;
        if digit_run(s, at) != end {
            return None;
        }
        let (doc_type, start) = self.type_before(at)?;
        // "kế hoạch 5 năm" counts years; a reference names its type with a capital.
        if !char_at(s, start).is_some_and(char::is_uppercase) {
            return None;
        }
        Some(self.without_symbol(ReferenceForm::Short, doc_type, start, at, end, block))
    }

    /// "Nghị quyết Trung ương 4", "Nghị quyết TW 4", "Nghị quyết TW4",
    /// "Nghị quyết Hội nghị Trung ương 4".
    fn plenum(&self, at: usize, end: usize, block: usize) -> Option<Reference> {
        let s = self.s;
        let (digits, central_end) = if s[at..end].bytes().all(|b| b.is_ascii_digit()) {
            (at, back_over_gap(s, at))
        } else {
            // A code: "TW4", "TƯ4".
            let d = s[at..end].find(|c: char| c.is_ascii_digit())? + at;
            (digit_run(s, d) == end).then_some((d, d))?
        };
        let mut central_start = None;
        for word in ["trung ương", "tw", "tư", "t.ư"] {
            let start = phrase_before(s, central_end, word);
            if start.is_some() {
                central_start = start;
                break;
            }
        }
        let mut before = back_over_gap(s, central_start?);
        if let Some(start) = phrase_before(s, before, "hội nghị") {
            before = back_over_gap(s, start);
        }
        let (doc_type, start) = self.type_before_at(before)?;
        if !matches!(doc_type.kind, DocType::NghiQuyet | DocType::KetLuan) {
            return None;
        }
        Some(self.without_symbol(ReferenceForm::Plenum, doc_type, start, digits, end, block))
    }

    /// A reference named by its type and number alone ("Chỉ thị 03",
    /// "Nghị quyết Trung ương 4"), from `start` to the digits `digits..end`,
    /// with what follows it read by [`Scan::tail`].
    fn without_symbol(
        &self,
        form: ReferenceForm,
        doc_type: DocTypeMention,
        start: usize,
        digits: usize,
        end: usize,
        block: usize,
    ) -> Reference {
        let mut reference = Reference {
            span: self.span(start, end),
            form,
            doc_type: Some(doc_type),
            number: NumberPart { value: small_value(&self.s[digits..end]), span: self.span(digits, end) },
            symbol: None,
            date: None,
            issuer: None,
            term: None,
            elapsed: self.elapsed_before(start),
            subject: None,
            resolves_to: None,
            block,
        };
        self.tail(end, &mut reference);
        reference
    }

    /// The parts of the symbol at `at..end`; returns it and where it ends
    /// (past a ".Ư" that the number recogniser leaves out of "CT/T.Ư").
    fn symbol(&self, at: usize, end: usize) -> Option<(Symbol, usize)> {
        let s = self.s;
        let number_end = digit_run(s, at);
        let mut end = end;
        if s[end..].starts_with(".Ư") || s[end..].starts_with(".ư") {
            end += ".Ư".len();
        }
        let rest = &s[number_end..end];
        let codes_at = number_end + rest.find(|c: char| is_letter(c))?;
        // A State symbol's hyphen between its codes written with white space
        // or as another dash ("134/2016/NĐ- CP", "NĐ – CP"): the number
        // recogniser stops at the type code, the symbol goes on to the
        // issuer code.
        let damaged = if s[number_end..codes_at].contains('/') && !s[codes_at..end].contains(['-', '/']) {
            damaged_codes_joint(s, end)
        } else {
            None
        };
        if let Some((_, issuer_end)) = damaged {
            end = issuer_end;
        }
        let joint = self.span(number_end, codes_at);
        let joint_text = &s[number_end..codes_at];
        let codes = &s[codes_at..end];
        let (style, year, type_end) = if joint_text.trim().is_empty()
            || joint_text.trim_matches(crate::lines::is_space).chars().all(|c| matches!(c, '-' | '–' | '—'))
        {
            (SymbolStyle::Party, None, codes.find('/'))
        } else if joint_text == "/" {
            // "36/NQ/TU" is a Party symbol with a slash for the hyphen.
            let party = codes.contains('/') && !codes.contains('-');
            let style = if party { SymbolStyle::Party } else { SymbolStyle::State };
            let sep = if party { '/' } else { '-' };
            (style, None, codes.find(sep))
        } else {
            // "30/2020/NĐ-CP": the year sits in the joint.
            let year_text = joint_text.trim_matches('/');
            if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let year_at = number_end + 1;
            let year = (small_value(year_text) as i32, self.span(year_at, year_at + 4));
            (SymbolStyle::Normative, Some(year), codes.find('-'))
        };
        // Where the type code ends and the issuer code starts, when the
        // codes are so split: at the separator, the damaged joint, or, for a
        // type code glued to the Government's or the Prime Minister's code,
        // between them ("185/NĐCP").
        let split = match (damaged, type_end) {
            (Some((joint_at, _)), _) => {
                let t = joint_at - codes_at;
                let u = codes[t..].find(|c: char| is_letter(c)).map_or(codes.len(), |u| t + u);
                Some((t, u))
            }
            (None, Some(t)) => Some((t, t + 1)),
            (None, None) if style != SymbolStyle::Party => glued_codes(codes).map(|t| (t, t)),
            (None, None) => None,
        };
        // A Party symbol always opens with its type code; a State one only
        // when the first code is a known type ("1590/VPCP-KGVX" has none),
        // "Đ" written as "D" included ("ND-CP").
        let is_type = |t: usize| {
            style == SymbolStyle::Party
                || TYPE_CODES.iter().any(|c| c.eq_ignore_ascii_case(&codes[..t]))
                || matches!(&codes[..t], "ND" | "QD")
        };
        let (type_code, issuer_code, codes_joint) = match split {
            Some((t, u)) if is_type(t) => (
                Some(self.span(codes_at, codes_at + t)),
                Some(self.span(codes_at + u, end)),
                Some(self.span(codes_at + t, codes_at + u)),
            ),
            _ => (None, Some(self.span(codes_at, end)), None),
        };
        let joint = if style == SymbolStyle::Normative { self.span(number_end, number_end + 1) } else { joint };
        let assembly_term = if style == SymbolStyle::Normative { assembly_term(codes) } else { None };
        let span = self.span(at, end);
        let after = s[end..].trim_start_matches(' ');
        let continued = after
            .strip_prefix(['-', '–', '—'])
            .is_some_and(|rest| rest.trim_start_matches(' ').chars().next().is_some_and(char::is_uppercase));
        let truncated = continued || char_before(s, at).is_some_and(|c| c == '/' || c.is_alphanumeric());
        let symbol = Symbol { span, style, joint, year, type_code, issuer_code, codes_joint, truncated, assembly_term };
        Some((symbol, end))
    }

    /// The type word (and "số") right before the number at `at`.
    fn type_before(&self, at: usize) -> Option<(DocTypeMention, usize)> {
        let s = self.s;
        let mut end = back_over_gap(s, at);
        if end == at && at > 0 {
            return None;
        }
        if char_before(s, end) == Some(':') {
            end = back_over_gap(s, end - 1);
        }
        if let Some(start) = phrase_before(s, end, "số") {
            end = back_over_gap(s, start);
        }
        self.type_before_at(end)
    }

    /// A type word ending at `end`. Of two type words in a row ("Thông báo
    /// kết luận số 15-TB/TW") the first names the document.
    fn type_before_at(&self, end: usize) -> Option<(DocTypeMention, usize)> {
        let s = self.s;
        let word_at = |end: usize| {
            // Only the type words that end with the letter before `end` can
            // match: one comparison spares most of the table.
            let last = fold(char_before(s, end)?);
            TYPE_WORDS
                .iter()
                .filter(|(word, _)| word.ends_with(last))
                .find_map(|&(word, kind)| phrase_before(s, end, word).map(|start| (kind, start)))
        };
        let (mut kind, mut start) = word_at(end)?;
        let before = back_over_gap(s, start);
        let capitalised = |at: usize| s[at..].chars().next().is_some_and(char::is_uppercase);
        // A lower-case type word before a capitalised one is a verb or a
        // common noun: "văn bản hướng dẫn Nghị định số 56/2009/NĐ-CP".
        if before < start
            && let Some((outer, outer_start)) = word_at(before)
            && (capitalised(outer_start) || !capitalised(start))
        {
            (kind, start) = (outer, outer_start);
        }
        Some((DocTypeMention { kind, span: self.span(start, end) }, start))
    }

    /// "3 năm thực hiện" right before the type word at `start`.
    fn elapsed_before(&self, start: usize) -> Option<ElapsedClaim> {
        let s = self.s;
        let verb_end = back_over_gap(s, start);
        // Every verb below ends in "n", "h", "i" or "o": one test spares the
        // look-ups.
        if !char_before(s, verb_end).is_some_and(|c| matches!(fold(c), 'n' | 'h' | 'i' | 'o')) {
            return None;
        }
        let verb_start = ["triển khai thực hiện", "thực hiện", "thi hành", "triển khai", "học tập và làm theo"]
            .iter()
            .find_map(|verb| phrase_before(s, verb_end, verb))?;
        let year_word = phrase_before(s, back_over_gap(s, verb_start), "năm")?;
        let digits_end = back_over_gap(s, year_word);
        if digits_end == year_word {
            return None;
        }
        let mut digits_start = digits_end;
        while digits_start > 0 && byte_at(s, digits_start - 1).is_some_and(|b| b.is_ascii_digit()) {
            digits_start -= 1;
        }
        if digits_start == digits_end || digits_end - digits_start > 2 {
            return None;
        }
        if char_before(s, digits_start).is_some_and(|c| is_alnum(c) || matches!(c, '.' | ',' | '/' | '-')) {
            return None;
        }
        let years = small_value(&s[digits_start..digits_end]);
        let hedge_end = back_over_gap(s, digits_start);
        let hedge = [
            ("gần", ElapsedHedge::Nearly),
            ("hơn", ElapsedHedge::MoreThan),
            ("trên", ElapsedHedge::MoreThan),
            ("khoảng", ElapsedHedge::About),
        ]
        .iter()
        .find_map(|&(word, kind)| phrase_before(s, hedge_end, word).map(|start| (start, kind)))
        .filter(|_| hedge_end < digits_start);
        let claim_start = hedge.map_or(digits_start, |(start, _)| start);
        Some(ElapsedClaim { years, span: self.span(claim_start, verb_end), hedge: hedge.map(|(_, kind)| kind) })
    }

    /// Date, issuer and term after the head ending at `end`.
    fn tail(&self, end: usize, reference: &mut Reference) {
        let s = self.s;
        let mut j = end;
        for _ in 0..4 {
            let mut k = skip_gap(s, j);
            if byte_at(s, k) == Some(b',') {
                k = skip_gap(s, k + 1);
            }
            if reference.date.is_none()
                && let Some((index, date_end)) = self.date_at(k)
            {
                reference.date = Some(index);
                j = date_end;
                continue;
            }
            if reference.issuer.is_none()
                && let Some(issuer) = self.issuer_at(k)
            {
                j = issuer.span.end - self.base;
                reference.issuer = Some(issuer);
                continue;
            }
            if reference.term.is_none()
                && let Some(term) = self.term_at(k)
            {
                j = term.span.end - self.base;
                reference.term = Some(term);
                continue;
            }
            break;
        }
        reference.subject = self.subject_at(j);
    }

    /// "về ..." after `j`, to the end of its clause.
    fn subject_at(&self, j: usize) -> Option<Span> {
        let s = self.s;
        let mut k = skip_gap(s, j);
        if byte_at(s, k) == Some(b',') {
            k = skip_gap(s, k + 1);
        }
        if let Some(c) = char_at(s, k).filter(|c| matches!(c, '"' | '“')) {
            k = skip_gap(s, k + c.len_utf8());
        }
        let after_ve = match_phrase(s, k, "về")?;
        // "về “Xây dựng ...”": a quoted title after "về" ends at its closing quote.
        let mut from = skip_gap(s, after_ve);
        if let Some(c) = char_at(s, from).filter(|c| matches!(c, '"' | '“')) {
            from += c.len_utf8();
        }
        let limit = (k + MAX_SUBJECT_BYTES).min(s.len());
        let mut end = from;
        for (offset, c) in s[from..].char_indices() {
            if from + offset >= limit || matches!(c, '.' | ';' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '\n') {
                break;
            }
            end = from + offset + c.len_utf8();
        }
        let trimmed = s[k..end].trim_end_matches(|c: char| c == ',' || crate::lines::is_space(c));
        Some(self.span(k, k + trimmed.len()))
    }

    /// A date of the report at `k`, after an optional "ngày".
    fn date_at(&self, k: usize) -> Option<(usize, usize)> {
        let at = match match_phrase(self.s, k, "ngày") {
            Some(end) => skip_gap(self.s, end),
            None => k,
        };
        let start = self.base + at;
        let index = self.dates.binary_search_by_key(&start, |d| d.span.start).ok()?;
        let date = &self.dates[index];
        (date.kind == DateKind::Date && date.start.day.is_some()).then_some((index, date.span.end - self.base))
    }

    fn issuer_at(&self, k: usize) -> Option<IssuerMention> {
        let s = self.s;
        let (at, attributed) = match match_phrase(s, k, "của") {
            Some(end) => (skip_gap(s, end), true),
            None => (k, false),
        };
        // Organs are names: "chính phủ" in lower case is prose.
        if !char_at(s, at).is_some_and(char::is_uppercase) {
            return None;
        }
        ORGANS.iter().find_map(|&(name, organ)| {
            let end = match_phrase(s, at, name)?;
            Some(IssuerMention { organ, span: self.span(at, end), attributed })
        })
    }

    fn term_at(&self, k: usize) -> Option<TermMention> {
        let s = self.s;
        let bracket = byte_at(s, k) == Some(b'(');
        let at = if bracket { skip_gap(s, k + 1) } else { k };
        let word_end = match_phrase(s, at, "khóa").or_else(|| match_phrase(s, at, "khoá"))?;
        let numeral_at = skip_gap(s, word_end);
        if numeral_at == word_end {
            return None;
        }
        let (term, numeral_end) = numeral(s, numeral_at)?;
        let mut end = numeral_end;
        if bracket {
            let close = skip_gap(s, numeral_end);
            if byte_at(s, close) != Some(b')') {
                return None;
            }
            end = close + 1;
        }
        Some(TermMention { term, span: self.span(k, end), numeral: self.span(numeral_at, numeral_end) })
    }
}

/// Longest subject read after a reference, in bytes: titles are shorter.
pub const MAX_SUBJECT_BYTES: usize = 320;

/// Type codes that may open the codes of a State symbol ("CT" of
/// "1973/CT-TTg"); any other first code is the issuer's ("VPCP" of
/// "1590/VPCP-KGVX").
const TYPE_CODES: &[&str] = &[
    "CT", "NQ", "NĐ", "QĐ", "QĐi", "QyĐ", "TT", "TTLT", "NQLT", "KH", "HD", "TB", "QC", "CTr", "KL", "CV", "BC", "TTr",
    "ĐA", "PA", "CĐ", "TTg",
];

/// After the type code of a State symbol that ends at `end`, a joint to
/// the issuer code written with white space around a hyphen or as an en or
/// em dash ("- CP", " – CP", "–CP"), and a code in capitals after it: where
/// the joint starts and where the code ends. A plain hyphen is no damage
/// (the symbol would have been read whole), nor is white space alone.
fn damaged_codes_joint(s: &str, end: usize) -> Option<(usize, usize)> {
    let rest = &s[end..];
    let before = rest.len() - rest.trim_start_matches([' ', '\u{A0}']).len();
    let dash = rest[before..].chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after_dash = before + dash.len_utf8();
    let spaces_after = rest[after_dash..].len() - rest[after_dash..].trim_start_matches([' ', '\u{A0}']).len();
    if dash == '-' && before + spaces_after == 0 || before > 1 || spaces_after > 1 {
        return None;
    }
    let code_at = after_dash + spaces_after;
    let code_len =
        rest[code_at..].find(|c: char| !(is_letter(c) || c.is_ascii_digit())).unwrap_or(rest.len() - code_at);
    let code = &rest[code_at..code_at + code_len];
    let capitals = code.chars().next().is_some_and(char::is_uppercase);
    (capitals && (2..=12).contains(&code.len())).then_some((end, end + code_at + code_len))
}

/// A State type code glued to the code of the Government or the Prime
/// Minister ("NĐCP", "QĐTTg"): the type code's length.
fn glued_codes(codes: &str) -> Option<usize> {
    ["NĐ", "QĐ", "NQ", "CT"]
        .iter()
        .find(|t| codes.strip_prefix(**t).is_some_and(|issuer| matches!(issuer, "CP" | "TTg")))
        .map(|t| t.len())
}

/// A Roman numeral (I..XX in capitals) or one or two digits at `at`.
fn numeral(s: &str, at: usize) -> Option<(u32, usize)> {
    let digits_end = digit_run(s, at);
    if (1..=2).contains(&(digits_end - at)) {
        return is_word_end(s, digits_end).then(|| (small_value(&s[at..digits_end]), digits_end));
    }
    let end = at + s[at..].find(|c: char| !matches!(c, 'I' | 'V' | 'X')).unwrap_or(s.len() - at);
    if end == at || end - at > 5 || !is_word_end(s, end) {
        return None;
    }
    roman_value(&s[at..end]).map(|v| (v, end))
}

fn is_word_end(s: &str, i: usize) -> bool {
    char_at(s, i).is_none_or(|c| !is_alnum(c))
}

/// The value of a Roman numeral written with I, V and X, if well formed.
pub fn roman_value(numeral: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        _ => 0,
    };
    let mut total = 0i32;
    let chars: Vec<i32> = numeral.chars().map(digit).collect();
    if chars.is_empty() || chars.contains(&0) {
        return None;
    }
    for (i, &v) in chars.iter().enumerate() {
        // A smaller numeral before a larger one is subtracted: "IX", "XIV".
        if chars.get(i + 1).is_some_and(|&next| next > v) { total -= v } else { total += v }
    }
    let total = u32::try_from(total).ok()?;
    (to_roman(total) == numeral).then_some(total)
}

/// A number 1..=39 as a Roman numeral.
pub fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, text) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.push_str(text);
            n -= value;
        }
    }
    out
}

/// Links each reference that lacks a symbol or a date to another in the
/// report that names the same document with more.
fn resolve(text: &str, references: &mut [Reference]) {
    use rustc_hash::FxHashMap as HashMap;
    let type_key = |r: &Reference| r.doc_type.map(|t| (t.kind, r.number.value));
    let symbol_key = |r: &Reference| {
        r.symbol.map(|sym| {
            let code =
                |span: Option<Span>| span.map_or(Cow::Borrowed(""), |s| crate::vietnamese::upper_case(s.text(text)));
            (r.number.value, code(sym.type_code), code(sym.issuer_code), sym.year.map(|y| y.0))
        })
    };
    // The two earliest references of each kind that can say more, so that
    // each look-up is constant time: the earliest other than the one
    // resolved is the earliest before it, else the first after it.
    let mut full_by_type = Earliest::default();
    let mut dated_plenum_by_type = Earliest::default();
    let mut dated_by_symbol = Earliest::default();
    for (i, r) in references.iter().enumerate() {
        match r.form {
            ReferenceForm::Full => {
                full_by_type.note(type_key(r), i);
                if r.date.is_some() {
                    dated_by_symbol.note(symbol_key(r), i);
                }
            }
            ReferenceForm::Plenum if r.date.is_some() => dated_plenum_by_type.note(type_key(r), i),
            _ => {}
        }
    }
    for (i, r) in references.iter_mut().enumerate() {
        r.resolves_to = match r.form {
            ReferenceForm::Short => full_by_type.other_than(&type_key(r), i),
            ReferenceForm::Plenum => dated_plenum_by_type.other_than(&type_key(r), i),
            ReferenceForm::Full if r.date.is_none() => dated_by_symbol.other_than(&symbol_key(r), i),
            ReferenceForm::Full => None,
        };
    }

    #[derive(Debug)]
    struct Earliest<K>(HashMap<K, (usize, Option<usize>)>);

    impl<K> Default for Earliest<K> {
        fn default() -> Self {
            Earliest(HashMap::default())
        }
    }

    impl<K: std::hash::Hash + Eq> Earliest<K> {
        fn note(&mut self, key: Option<K>, i: usize) {
            let Some(key) = key else { return };
            let entry = self.0.entry(key).or_insert((i, None));
            if entry.0 != i && entry.1.is_none() {
                entry.1 = Some(i);
            }
        }

        fn other_than(&self, key: &Option<K>, i: usize) -> Option<usize> {
            let &(first, second) = self.0.get(key.as_ref()?)?;
            if first != i { Some(first) } else { second }
        }
    }
}

/// The term number of "QH13" at the end of a normative symbol's codes.
fn assembly_term(codes: &str) -> Option<u32> {
    let (_, digits) = codes.rsplit_once("QH")?;
    let short = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    short.then(|| small_value(digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (crate::Report, &str) {
        (crate::parse(text), text)
    }

    #[test]
    fn state_symbols_with_a_damaged_joint_between_their_codes_are_read_whole() {
        let (report, text) = parse(
            "Tiêu đề\n\nTheo Nghị định 134/2016/NĐ- CP ngày 1/9/2016, Nghị định 100/2006/NĐ – CP, \
             Nghị định 185/NĐCP, Nghị định 5/2020/ND-CP và Quyết định 12/QĐ-TTg.",
        );
        let symbols: Vec<(&str, &str, &str, &str)> = report
            .references
            .iter()
            .filter_map(|r| r.symbol)
            .map(|s| {
                let text_of = |span: Option<Span>| span.map_or("", |span| span.text(text));
                (s.span.text(text), text_of(s.type_code), text_of(s.codes_joint), text_of(s.issuer_code))
            })
            .collect();
        assert_eq!(
            symbols,
            vec![
                ("134/2016/NĐ- CP", "NĐ", "- ", "CP"),
                ("100/2006/NĐ – CP", "NĐ", " – ", "CP"),
                ("185/NĐCP", "NĐ", "", "CP"),
                ("5/2020/ND-CP", "ND", "-", "CP"),
                ("12/QĐ-TTg", "QĐ", "-", "TTg"),
            ]
        );
        // The date after a damaged symbol is still its date.
        assert_eq!(report.dates[report.references[0].date.unwrap()].span.text(text), "1/9/2016");
    }

    #[test]
    fn symbols_read_short_of_what_is_written_are_marked() {
        let (report, text) =
            parse("Tiêu đề\n\nTheo Nghị quyết 30a/2008/NQ-CP, Quyết định 468 - QĐ/VC - ĐT và Nghị định 12/2016/NĐ-CP.");
        let marks: Vec<(&str, bool)> =
            report.references.iter().filter_map(|r| r.symbol).map(|s| (s.span.text(text), s.truncated)).collect();
        assert_eq!(marks, vec![("2008/NQ-CP", true), ("468 - QĐ/VC", true), ("12/2016/NĐ-CP", false)]);
    }

    #[test]
    fn white_space_alone_after_a_type_code_is_no_joint() {
        let (report, text) = parse("Tiêu đề\n\nTheo Nghị định 134/2016/NĐ CP và Nghị định 12/2016/NĐ - ngày 5/5.");
        let symbols: Vec<&str> = report.references.iter().filter_map(|r| r.symbol).map(|s| s.span.text(text)).collect();
        assert_eq!(symbols, vec!["134/2016/NĐ", "12/2016/NĐ"]);
    }

    #[test]
    fn full_reference_with_date_issuer_and_term() {
        let (report, text) =
            parse("Tiêu đề\n\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (khóa XII) về đẩy mạnh.");
        let r = &report.references[0];
        assert_eq!(r.span.text(text), "Chỉ thị số 05-CT/TW");
        assert_eq!(r.form, ReferenceForm::Full);
        assert_eq!(r.doc_type.unwrap().kind, DocType::ChiThi);
        assert_eq!(r.number.value, 5);
        let sym = r.symbol.unwrap();
        assert_eq!(sym.style, SymbolStyle::Party);
        assert_eq!(sym.type_code.unwrap().text(text), "CT");
        assert_eq!(sym.issuer_code.unwrap().text(text), "TW");
        assert_eq!(report.dates[r.date.unwrap()].span.text(text), "15/5/2016");
        assert_eq!(r.issuer.unwrap().organ, Organ::Politburo);
        assert_eq!(r.term.unwrap().term, 12);
        assert_eq!(r.term.unwrap().span.text(text), "(khóa XII)");
        assert_eq!(r.subject.unwrap().text(text), "về đẩy mạnh");
    }

    #[test]
    fn variants_in_the_wild() {
        let (report, text) = parse(
            "Tiêu đề\n\nChỉ thị 03- CT/TW, ngày 14/5/2011; Chỉ thị 06 - CT/TW; Quy định 37QĐ/TW; Chỉ thị 05-CT/TƯ; Chỉ thị 05-CT/T.Ư; Quyết định số 36/NQ/TU.",
        );
        let symbols: Vec<(&str, &str, &str, &str)> = report
            .references
            .iter()
            .map(|r| {
                let s = r.symbol.unwrap();
                (
                    s.span.text(text),
                    s.joint.text(text),
                    s.type_code.unwrap().text(text),
                    s.issuer_code.unwrap().text(text),
                )
            })
            .collect();
        assert_eq!(
            symbols,
            [
                ("03- CT/TW", "- ", "CT", "TW"),
                ("06 - CT/TW", " - ", "CT", "TW"),
                ("37QĐ/TW", "", "QĐ", "TW"),
                ("05-CT/TƯ", "-", "CT", "TƯ"),
                ("05-CT/T.Ư", "-", "CT", "T.Ư"),
                ("36/NQ/TU", "/", "NQ", "TU"),
            ]
        );
        assert!(report.references[0].date.is_some());
    }

    #[test]
    fn state_and_normative_symbols() {
        let (report, text) = parse(
            "Tiêu đề\n\nChỉ thị số 1973/CT-TTg, ngày 7-11-2011 của Thủ tướng Chính phủ; Nghị định số 30/2020/NĐ-CP; Luật số 80/2015/QH13; Công văn 1590/VPCP-KGVX.",
        );
        let r: Vec<_> = report.references.iter().map(|r| r.symbol.unwrap()).collect();
        assert_eq!(r[0].style, SymbolStyle::State);
        assert_eq!(r[0].type_code.unwrap().text(text), "CT");
        assert_eq!(r[0].issuer_code.unwrap().text(text), "TTg");
        assert_eq!(report.references[0].issuer.unwrap().organ, Organ::PrimeMinister);
        assert_eq!(r[1].style, SymbolStyle::Normative);
        assert_eq!(r[1].year.unwrap().0, 2020);
        assert_eq!(r[1].type_code.unwrap().text(text), "NĐ");
        assert_eq!(r[2].type_code, None);
        assert_eq!(r[2].issuer_code.unwrap().text(text), "QH13");
        assert_eq!(r.iter().map(|s| s.assembly_term).collect::<Vec<_>>(), vec![None, None, Some(13), None]);
        assert_eq!(r[3].type_code, None);
        assert_eq!(r[3].issuer_code.unwrap().text(text), "VPCP-KGVX");
    }

    #[test]
    fn short_references_resolve_to_full_ones() {
        let (report, text) = parse(
            "Sơ kết 3 năm thực hiện Chỉ thị 03\n\nNgày 19/5/2014, hội nghị sơ kết 3 năm thực hiện Chỉ thị 03-CT/TW, ngày 14/5/2011. Sau 2 năm thực hiện Kết luận số 01, tỉnh đạt kết quả.",
        );
        let refs = &report.references;
        assert_eq!(refs[0].form, ReferenceForm::Short);
        assert_eq!(refs[0].resolves_to, Some(1));
        let claim = refs[0].elapsed.unwrap();
        assert_eq!((claim.years, claim.span.text(text)), (3, "3 năm thực hiện"));
        assert_eq!(refs[2].span.text(text), "Kết luận số 01");
        assert_eq!(refs[2].resolves_to, None);
        assert_eq!(refs[2].elapsed.unwrap().years, 2);
    }

    #[test]
    fn every_elapsed_time_verb_is_read() {
        for verb in ["triển khai thực hiện", "thực hiện", "thi hành", "triển khai", "học tập và làm theo"]
        {
            let text = format!("Tiêu đề\n\nHội nghị sơ kết 3 năm {verb} Chỉ thị 03-CT/TW của Bộ Chính trị.");
            let report = crate::parse(&text);
            let claim = report.references[0].elapsed.unwrap_or_else(|| panic!("{verb}"));
            assert_eq!(claim.years, 3, "{verb}");
        }
    }

    #[test]
    fn a_lower_case_type_word_before_a_capitalised_one_is_a_verb() {
        let (report, text) = parse("Tiêu đề\n\nCác văn bản hướng dẫn Nghị định số 56/2009/NĐ-CP của Chính phủ.");
        let r = &report.references[0];
        assert_eq!((r.doc_type.unwrap().kind, r.span.text(text)), (DocType::NghiDinh, "Nghị định số 56/2009/NĐ-CP"));
    }

    #[test]
    fn the_first_of_two_type_words_names_the_document() {
        let (report, text) = parse("Tiêu đề\n\nTheo Thông báo kết luận số 15-TB/TW của Bộ Chính trị.");
        let r = &report.references[0];
        assert_eq!(
            (r.doc_type.unwrap().kind, r.span.text(text)),
            (DocType::ThongBao, "Thông báo kết luận số 15-TB/TW")
        );
    }

    #[test]
    fn plenum_resolutions() {
        let (report, text) = parse(
            "Tiêu đề\n\nThực hiện Nghị quyết Trung ương 4 (khóa XII) và Nghị quyết TW 4 (khóa XI), Nghị quyết TW4 khóa 11.",
        );
        let found: Vec<_> = report
            .references
            .iter()
            .map(|r| (r.form, r.span.text(text), r.number.value, r.term.map(|t| t.term)))
            .collect();
        assert_eq!(
            found,
            [
                (ReferenceForm::Plenum, "Nghị quyết Trung ương 4", 4, Some(12)),
                (ReferenceForm::Plenum, "Nghị quyết TW 4", 4, Some(11)),
                (ReferenceForm::Plenum, "Nghị quyết TW4", 4, Some(11)),
            ]
        );
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("XII"), Some(12));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("IX"), Some(9));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(to_roman(9), "IX");
    }
}
