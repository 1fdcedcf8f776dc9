//! The embedded registry of documents, Party and National Assembly terms,
//! and symbol codes, built from the facts in the project's domain notes
//! (each with its source), plus the documents a user adds to the
//! [`crate::Config`] in the same format. Rules look documents up here;
//! nothing is read at run time beyond the data compiled in and what the
//! caller passes.

use std::sync::OnceLock;

use baolint_syntax::{DocType, Organ, Reference, Report, Symbol, SymbolStyle, Ymd};
use thiserror::Error;
use time::{Date, Month};

/// How far a fact can be trusted. An unverified fact never yields more than
/// an info finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// Stated by two or more sources, or by the document's own text.
    Verified,
    /// One source.
    OneSource,
    /// Not found in any source.
    Unverified,
}

/// One document of the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Canonical symbol: "05-CT/TW", "1973/CT-TTg".
    pub symbol: String,
    pub type_word: String,
    pub issuer: String,
    pub date: Option<Date>,
    /// Party term (khóa) for Party documents.
    pub term: Option<u32>,
    pub status: Status,
    pub title: String,
    /// The title as lower-case ASCII words, read once for the rules that
    /// compare subjects with titles.
    pub folded_title: String,
    pub short_names: Vec<String>,
    pub source: String,
}

impl Entry {
    pub fn organ(&self) -> Option<Organ> {
        [
            Organ::Politburo,
            Organ::Secretariat,
            Organ::CentralCommittee,
            Organ::PrimeMinister,
            Organ::Government,
            Organ::NationalAssembly,
        ]
        .into_iter()
        .find(|o| o.name() == self.issuer.as_str())
    }
}

const DOCUMENTS_TSV: &str = include_str!("../data/documents.tsv");

/// Every built-in document, in the file's order (sorted by symbol, then
/// date).
pub(crate) fn documents() -> &'static [Entry] {
    static DOCUMENTS: OnceLock<Vec<Entry>> = OnceLock::new();
    // The embedded table is checked by a test, so it always parses.
    DOCUMENTS.get_or_init(|| parse_documents(DOCUMENTS_TSV).unwrap_or_default())
}

/// A row of a documents table that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {message}")]
pub struct DocumentsError {
    /// 1-based line number in the table.
    pub line: usize,
    pub message: String,
}

/// Reads a documents table: tab-separated rows of symbol, type word,
/// issuer, date (dd/mm/yyyy or empty), Party term (Roman numeral, or "-"),
/// status (V, V1 or U), title, short names (";"-separated) and source;
/// lines starting with "#" are comments. Every row needs a source, and a
/// central Party document's date must lie inside its term.
pub(crate) fn parse_documents(tsv: &str) -> Result<Vec<Entry>, DocumentsError> {
    let mut entries = Vec::new();
    for (index, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let error = |message: String| DocumentsError { line: index + 1, message };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [symbol, type_word, issuer, date, term, status, title, short, source] = fields[..] else {
            return Err(error(format!("expected 9 tab-separated fields, found {}", fields.len())));
        };
        if symbol.is_empty() || type_word.is_empty() || issuer.is_empty() {
            return Err(error("symbol, type word and issuer are required".to_owned()));
        }
        if source.is_empty() {
            return Err(error(format!("{symbol} has no source")));
        }
        let status = match status {
            "V" => Status::Verified,
            "V1" => Status::OneSource,
            "U" => Status::Unverified,
            other => return Err(error(format!("status `{other}` is not V, V1 or U"))),
        };
        let date = match date {
            "" => None,
            text => Some(parse_date(text).ok_or_else(|| error(format!("`{text}` is not a date dd/mm/yyyy")))?),
        };
        let term = match term {
            "-" | "" => None,
            text => Some(baolint_syntax::roman_value(text).ok_or_else(|| error(format!("`{text}` is not a term")))?),
        };
        if symbol.ends_with("/TW")
            && let (Some(date), Some(term)) = (date, term)
            && !party_term(term).is_some_and(|t| t.contains(date))
        {
            return Err(error(format!(
                "{symbol} dated {} lies outside khóa {}",
                show(date),
                baolint_syntax::to_roman(term)
            )));
        }
        entries.push(Entry {
            symbol: symbol.to_owned(),
            type_word: type_word.to_owned(),
            issuer: issuer.to_owned(),
            date,
            term,
            status,
            title: title.to_owned(),
            folded_title: baolint_syntax::fold_to_ascii_words(title),
            short_names: short.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            source: source.to_owned(),
        });
    }
    Ok(entries)
}

/// "15/05/2016".
fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('/').map(|p| p.parse::<i32>().ok());
    let (day, month, year) = (parts.next()??, parts.next()??, parts.next()??);
    ymd(year, month as u32, day as u32)
}

pub(crate) fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// A written date with all three parts, if it exists on the calendar.
pub(crate) fn calendar(d: Ymd) -> Option<Date> {
    let (year, month, day) = d.full()?;
    ymd(year, month, day)
}

/// A term (khóa) and the dates a document of that term can bear, inclusive.
/// Windows of neighbouring terms overlap where a boundary is not known to
/// the day, so that a date in the overlap belongs to both.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub number: u32,
    pub start: (i32, u32, u32),
    /// `None` for the term in office.
    pub end: Option<(i32, u32, u32)>,
    pub source: &'static str,
}

impl Term {
    pub fn contains(&self, date: Date) -> bool {
        let (y, m, d) = self.start;
        let after_start = ymd(y, m, d).is_some_and(|s| date >= s);
        let before_end = self.end.is_none_or(|(y, m, d)| ymd(y, m, d).is_some_and(|e| date <= e));
        after_start && before_end
    }

    pub fn describe(&self) -> String {
        let (y, m, d) = self.start;
        match self.end {
            Some((ey, em, ed)) => format!("{d:02}/{m:02}/{y} to {ed:02}/{em:02}/{ey}"),
            None => format!("from {d:02}/{m:02}/{y}"),
        }
    }
}

/// Party terms: a document of a term is dated from the first plenum of its
/// Central Committee to the day before the next one (Hướng dẫn 36-HD/VPTW).
/// Where the first plenum's date is not known (IX to XI), the window starts
/// at the Congress's opening and the closing days are shared with the
/// next term.
pub(crate) const PARTY_TERMS: &[Term] = &[
    Term {
        number: 9,
        start: (2001, 4, 19),
        end: Some((2006, 4, 25)),
        source: "https://nvsk.vnanet.vn/print/dai-hoi-dang-lan-thu-ix-19-04-22-04-2001-32837.vna",
    },
    Term {
        number: 10,
        start: (2006, 4, 18),
        end: Some((2011, 1, 19)),
        source: "https://nvsk.vnanet.vn/print/dai-hoi-dang-lan-thu-x-18-04-25-04-2006-32838.vna",
    },
    Term {
        number: 11,
        start: (2011, 1, 12),
        end: Some((2016, 1, 26)),
        source: "https://nvsk.vnanet.vn/print/dai-hoi-dang-lan-thu-xi-12-01-19-01-2011-32839.vna",
    },
    Term {
        number: 12,
        start: (2016, 1, 27),
        end: Some((2021, 1, 30)),
        source: "https://kienthuc.net.vn/doc-30s/ong-nguyen-phu-trong-tai-dac-cu-tong-bi-thu-khoa-xii-627428.html",
    },
    Term {
        number: 13,
        start: (2021, 1, 31),
        end: Some((2026, 1, 22)),
        source: "https://viettimes.vn/hom-nay-1-2-dai-hoi-dang-xiii-be-mac-post142587.html",
    },
    Term {
        number: 14,
        start: (2026, 1, 23),
        end: None,
        source: "https://vietnamnet.vn/toan-van-nghi-quyet-dai-hoi-xiv-cua-dang-2488580.html",
    },
];

/// National Assembly terms: from the opening of the first session to the
/// day before the next term's (Hiến pháp 2013 Điều 71). The opening of XVI
/// (06/04/2026) was only planned when the notes were written, so XV stays
/// open-ended and overlaps XVI.
pub(crate) const ASSEMBLY_TERMS: &[Term] = &[
    Term {
        number: 11,
        start: (2002, 7, 19),
        end: Some((2007, 7, 18)),
        source: "https://nvsk.vnanet.vn/cac-ky-hop-noi-bat-quoc-hoi-khoa-xi-1-33278.vna",
    },
    Term {
        number: 12,
        start: (2007, 7, 19),
        end: Some((2011, 7, 20)),
        source: "https://dbqh.na.gov.vn/thong_tin_bau_cu/XII.htm",
    },
    Term {
        number: 13,
        start: (2011, 7, 21),
        end: Some((2016, 7, 19)),
        source: "https://baolamdong.vn/trongnuoc/201107/khai-mac-ky-hop-thu-nhat-quoc-hoi-khoa-xiii-2434385",
    },
    Term {
        number: 14,
        start: (2016, 7, 20),
        end: Some((2021, 7, 19)),
        source: "https://baophuyen.vn/76/157867/dot-sinh-hoat-chinh-tri-sau-rong-trong-toan-dang-toan-dan-va-toan-quan.html",
    },
    Term {
        number: 15,
        start: (2021, 7, 20),
        end: None,
        source: "http://cuuchienbinh.vn/hom-nay-20-7-khai-mac-trong-the-ky-hop-thu-nhat-quoc-hoi-khoa-xv/",
    },
    Term {
        number: 16,
        start: (2026, 4, 6),
        end: None,
        source: "https://ngaynay.vn/ubtvqh-cho-y-kien-ve-cong-tac-chuan-bi-ky-hop-thu-nhat-quoc-hoi-khoa-xvi-post169740.html",
    },
];

pub(crate) fn party_term(number: u32) -> Option<&'static Term> {
    PARTY_TERMS.iter().find(|t| t.number == number)
}

pub(crate) fn assembly_term(number: u32) -> Option<&'static Term> {
    ASSEMBLY_TERMS.iter().find(|t| t.number == number)
}

/// Type codes each type word accepts in a symbol. "QĐ" stands for both
/// Quyết định and Quy định in Party symbols; "TT" for Thông tư and Thông
/// tri.
pub(crate) fn type_codes(doc_type: DocType) -> &'static [&'static str] {
    match doc_type {
        DocType::ChiThi => &["CT"],
        DocType::NghiQuyet => &["NQ", "NQLT"],
        DocType::KetLuan => &["KL"],
        DocType::QuyDinh => &["QĐ", "QĐI", "QYĐ"],
        DocType::QuyetDinh => &["QĐ"],
        DocType::KeHoach => &["KH"],
        DocType::HuongDan => &["HD"],
        DocType::ThongBao => &["TB"],
        DocType::QuyChe => &["QC"],
        DocType::ChuongTrinh => &["CTR"],
        DocType::CongVan => &["CV"],
        DocType::NghiDinh => &["NĐ"],
        DocType::ThongTu => &["TT", "TTLT"],
        DocType::Luat => &[],
        DocType::ThongTri => &["TT"],
        DocType::BaoCao => &["BC"],
        DocType::ToTrinh => &["TTR"],
        DocType::DeAn => &["ĐA"],
        DocType::PhapLenh => &["PL"],
    }
}

/// Every type code some type word accepts, upper case.
pub(crate) fn is_known_type_code(code: &str) -> bool {
    let mut known = ALL_TYPES.iter().flat_map(|&t| type_codes(t));
    // Codes are mostly written in capitals: then a plain comparison decides.
    if code.bytes().all(|b| b.is_ascii_uppercase()) {
        known.any(|k| *k == code)
    } else {
        known.any(|k| is_code(code, k))
    }
}

/// `written` is the code `upper` (in capitals) in any case: "ct", "Ct" and
/// "CT" are all "CT". Compared a character at a time, since every reference
/// asks it of several codes.
pub(crate) fn is_code(written: &str, upper: &str) -> bool {
    written == upper || written.chars().flat_map(char::to_uppercase).eq(upper.chars())
}

const ALL_TYPES: &[DocType] = &[
    DocType::ChiThi,
    DocType::NghiQuyet,
    DocType::KetLuan,
    DocType::QuyDinh,
    DocType::QuyetDinh,
    DocType::KeHoach,
    DocType::HuongDan,
    DocType::ThongBao,
    DocType::QuyChe,
    DocType::ChuongTrinh,
    DocType::CongVan,
    DocType::NghiDinh,
    DocType::ThongTu,
    DocType::ThongTri,
    DocType::BaoCao,
    DocType::ToTrinh,
    DocType::DeAn,
    DocType::PhapLenh,
];

/// Issuer codes seen in real symbols (the domain notes, section C), with
/// the organ each stands for. Used as evidence; an unknown code is not an
/// error, since every province and agency has its own.
pub(crate) const ISSUER_CODES: &[(&str, &str)] = &[
    ("TW", "Trung ương: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("BCĐTW", "Ban Chỉ đạo Trung ương"),
    ("TU", "Tỉnh ủy, Thành ủy"),
    ("ĐU", "Đảng ủy"),
    ("ĐUCA", "Đảng ủy Công an Trung ương"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("CP", "Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("BTP", "Bộ Tư pháp"),
    ("BNV", "Bộ Nội vụ"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BTC", "Bộ Tài chính"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
];

/// The organ an issuer code stands for, if it is a known one.
pub(crate) fn issuer_organ(code: &str) -> Option<&'static str> {
    ISSUER_CODES.iter().find(|(c, _)| *c == code).map(|(_, organ)| *organ)
}

/// Spellings of the central issuer code "TW" seen in news: "TƯ", "T.Ư"
/// (the prose abbreviation of "Trung ương"), "T.W".
pub(crate) const CENTRAL_VARIANTS: &[&str] = &["TƯ", "T.Ư", "T.W", "Tư", "T.ư"];

/// Appends the symbol in canonical form to `out`: "03- CT/TW" and
/// "05-CT/TƯ" give "03-CT/TW" and "05-CT/TW"; appends nothing and returns
/// false when it is not a Party or normative symbol with a type code, or a
/// code is not a known one. The symbols of a report share one string: a
/// reference-dense report asks this of every reference.
pub(crate) fn push_canonical(out: &mut String, text: &str, symbol: &Symbol) -> bool {
    let number = &text[symbol.span.start..symbol.joint.start];
    let type_code = symbol.type_code.map(|s| s.text(text));
    let Some(written_issuer) = symbol.issuer_code.map(|s| s.text(text)) else { return false };
    match symbol.style {
        SymbolStyle::Party => {
            let Some(type_code) = type_code else { return false };
            let central = CENTRAL_VARIANTS.contains(&written_issuer) || written_issuer.eq_ignore_ascii_case("tw");
            out.push_str(number);
            out.push('-');
            push_upper_code(out, type_code);
            out.push('/');
            out.push_str(if central { "TW" } else { written_issuer });
        }
        SymbolStyle::State => {
            out.push_str(number);
            out.push('/');
            if let Some(code) = type_code {
                out.push_str(code);
                out.push('-');
            }
            out.push_str(written_issuer);
        }
        SymbolStyle::Normative => out.push_str(symbol.span.text(text)),
    }
    true
}

/// A Party type code in capitals ("ct" gives "CT"), but "QĐi" keeps its
/// lower-case "i"; codes already in ASCII capitals are copied as they are.
fn push_upper_code(out: &mut String, code: &str) {
    let start = out.len();
    if code.bytes().any(|b| !b.is_ascii_uppercase()) {
        out.extend(code.chars().flat_map(char::to_uppercase));
    } else {
        out.push_str(code);
    }
    if &out[start..] == "QĐI" {
        out.truncate(start);
        out.push_str("QĐi");
    }
}

/// The registry entry a reference names, if the report says enough to tell
/// which, in the reference itself or in the one it resolves to: the symbol
/// (`symbol`, canonical, of the reference or else of the one it resolves
/// to) and its date (the entry of the same symbol whose term holds the date;
/// Party numbers restart each term), or the symbol and its term. A bare
/// symbol is not enough.
/// `extra` are the user's documents, looked up before the built-in ones.
pub(crate) fn identify<'e>(
    report: &Report,
    extra: &'e [Entry],
    reference: &Reference,
    symbol: &str,
) -> Option<Identified<'e>> {
    let resolved = reference.resolves_to.map(|i| &report.references[i]);
    let said = [Some(reference), resolved];
    let candidates = extra.iter().chain(documents()).filter(|e| e.symbol == symbol);
    let cited_date = said.iter().flatten().find_map(|r| r.date).map(|i| &report.dates[i]);
    let cited_term = said.iter().flatten().find_map(|r| r.term);
    if let Some(date) = cited_date {
        let day = calendar(date.start_with_year())?;
        let party = symbol.ends_with("/TW");
        let entry = candidates
            .clone()
            .find(|e| if party { e.term.and_then(party_term).is_some_and(|t| t.contains(day)) } else { true })?;
        return Some(Identified { entry, by: How::Date });
    }
    if let Some(term) = cited_term {
        let entry = candidates.clone().find(|e| e.term == Some(term.term))?;
        return Some(Identified { entry, by: How::Term });
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// By the date cited with the symbol.
    Date,
    /// By the term cited with the symbol.
    Term,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Identified<'e> {
    pub entry: &'e Entry,
    pub by: How,
}

/// "15/05/2016".
pub(crate) fn show(date: Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), u8::from(date.month()), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_unique_sourced_and_in_term() {
        let docs = documents();
        let rows = DOCUMENTS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count();
        assert_eq!(docs.len(), rows, "every row parses");
        for pair in docs.windows(2) {
            let key = |e: &Entry| (e.symbol.clone(), e.date);
            assert!(key(&pair[0]) < key(&pair[1]), "{} before {}: sorted and unique", pair[0].symbol, pair[1].symbol);
        }
        for e in docs {
            assert!(e.source.starts_with("http"), "{} has a source", e.symbol);
            assert!(!e.type_word.is_empty() && !e.issuer.is_empty(), "{}", e.symbol);
            if e.date.is_none() {
                assert!(e.title.contains("unverified"), "{} has no date and must say why", e.symbol);
            }
            if e.symbol.ends_with("/TW") {
                let term = party_term(e.term.expect("a Party document has a term")).expect("known term");
                if let Some(date) = e.date {
                    assert!(term.contains(date), "{} dated {} outside khóa {}", e.symbol, show(date), term.number);
                }
            }
        }
    }

    #[test]
    fn user_tables_are_checked_row_by_row() {
        let good = "# a province's plans\n11-KH/TU\tKế hoạch\tBan Thường vụ Tỉnh ủy\t20/09/2011\t-\tV\tthực hiện Chỉ thị 03\t\tcông báo tỉnh\n";
        assert_eq!(parse_documents(good).unwrap()[0].date, ymd(2011, 9, 20));
        let no_source = "11-KH/TU\tKế hoạch\tTỉnh ủy\t20/09/2011\t-\tV\ttitle\t\t\n";
        assert_eq!(parse_documents(no_source).unwrap_err().line, 1);
        let outside = "\n05-CT/TW\tChỉ thị\tBộ Chính trị\t15/05/2016\tXI\tV\ttitle\t\tsrc\n";
        let err = parse_documents(outside).unwrap_err();
        assert_eq!((err.line, err.message.contains("outside khóa XI")), (2, true));
        assert!(parse_documents("05-CT/TW\tChỉ thị\n").is_err());
    }

    #[test]
    fn terms_are_ordered_and_overlap_only_at_their_boundaries() {
        for terms in [PARTY_TERMS, ASSEMBLY_TERMS] {
            for pair in terms.windows(2) {
                assert_eq!(pair[0].number + 1, pair[1].number);
                assert!(pair[0].start < pair[1].start);
                assert!(pair[0].source.starts_with("http"));
            }
        }
        let day = ymd(2016, 5, 15).unwrap();
        assert!(party_term(12).unwrap().contains(day) && !party_term(11).unwrap().contains(day));
        let boundary = ymd(2011, 1, 15).unwrap();
        assert!(party_term(10).unwrap().contains(boundary) && party_term(11).unwrap().contains(boundary));
    }
}
