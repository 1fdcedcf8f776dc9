//! Number mentions in running text: "12.651 tập thể", "trên 2 vạn đại biểu",
//! "6,5 tỷ đồng", "99,36%", "45/60", "2011-2015", "03 năm".
//!
//! ```text
//! mention  := hedge? quantity | "hàng" ws scale (ws noun)?    "hàng trăm": Indefinite
//! hedge    := "hơn" | "trên" | "gần" | "khoảng" | "chừng" | "xấp xỉ" | "ước tính" | "ước đạt"
//!           | "ước" | "ít nhất" | "tối thiểu" | "dưới" | "chưa đến" | "chưa tới" | "tối đa"
//!           | "trên dưới"
//! quantity := value ws? ("%" | "phần trăm" | scale)? (ws noun)?
//!           | value scale? "%"? ws? dash ws? value scale? "%"? noun?   a range, not a subtraction
//!           | value "/" value noun?                            a ratio
//! value    := digit+ ("." digit+)* ("," digit+)?               thousands "." and decimals ","
//! scale    := word (ws word){0,2}, each later word larger and >= 1000 ("nghìn tỷ", "chục nghìn")
//! word     := "nghìn" | "ngàn" | "vạn" | "triệu" | "tỷ" | "tỉ" | "trăm" | "chục"   not "tỷ lệ"
//! dash     := "-" | "–" | "—"
//! noun     := one or two words, see `quantity::noun_after`
//! ```
//! Words match whole and ignoring case, in precomposed (NFC) spelling.
//! Digits that are not quantities are recognised first and skipped: dates
//! ("15/5/2016", "19-5", "tháng 4/2023"), times ("07:02", "9h15"), years
//! ("năm 2019", a bare 1900..=2100 written without a separator), document
//! numbers ("05-CT/TW", "1973/CT-TTg", "30/2020/NĐ-CP", "37QĐ/TW"), ordinals in
//! names ("Trung ương 4", "khóa 12", "lần thứ 39", "Chỉ thị số 05", "Điều 3"),
//! phone numbers, and digits inside words or codes ("U23", "Mazda3", "H5N1").
//!
//! The recogniser records what is written: the value, the way its digits
//! are grouped, its scale, hedge and noun. Whether a grouping is malformed
//! or a sum is wrong is the checker's business.
//!
//! Layout: `recognise` (the scanner and the order of decisions), `forms`
//! (closed forms that are not quantities), `quantity` (the number token,
//! scale, percent, noun), `lexicon` (the word lists and the word table),
//! `text` (characters, words and the words before a number).

mod forms;
mod lexicon;
mod quantity;
mod recognise;
#[cfg(test)]
mod tests;
pub(crate) mod text;

pub(crate) use forms::dash_len;
pub use recognise::recognise_numbers;

use crate::Span;

/// One quantity written in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// From the hedge (if any) to the end of the scale word or "%"; the noun
    /// is not included.
    pub span: Span,
    pub hedge: Option<Hedge>,
    pub kind: NumberKind,
    /// The counted noun or unit after the number ("tập thể", "lượt",
    /// "mô hình", "đồng", "m2", "ha"): at most two words, stopping at
    /// punctuation, digits and function words ("và", "của", "trong"...).
    pub noun: Option<Span>,
    /// Index of the block in `Report::blocks` the mention lies in.
    pub block: usize,
    /// The word before is a capitalised word inside a sentence: the number
    /// may belong to a name or a model ("Android 7.1", "Camry 2.5"). Only
    /// looked up for digits not grouped the Vietnamese way; false otherwise.
    pub after_name: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NumberKind {
    /// A count or amount: "12.651", "6,5 tỷ", "2 vạn".
    Amount(Value),
    /// "99,36%": the value is in percent.
    Percent(Value),
    /// "45/60": numerator and denominator.
    Ratio(Value, Value),
    /// "15 -17", "24.000 – 31.700", "2-4 ngày": low and high as written.
    /// Ranges of years are [`NonQuantityKind::Year`], not ranges. A scale
    /// after the high end applies to both ("2-3 triệu"). A range of
    /// percentages ("5-10%", "5% - 10%") has the "%" as its
    /// [`NumberMention::noun`]; the span includes it.
    Range(Value, Value),
}

/// A number as written, with its value after the scale word.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    /// The digits and separators ("12.651", "6,5", "03"); for "hàng trăm"
    /// the scale word.
    pub digits: Span,
    /// The value of the digits read the Vietnamese way ("." thousands,
    /// "," decimals), times the scale. A "." group of other than three
    /// digits is still read as thousands: "1.5 triệu" is 15 × 10⁶ with
    /// [`Grouping::Irregular`], and the checker decides whether 1,5 was meant.
    /// For "hàng trăm" ([`HedgeKind::Indefinite`]) it is the scale's factor.
    pub value: f64,
    pub grouping: Grouping,
    /// Digits after the decimal comma (0 for integers): the printed precision.
    pub decimals: u8,
    /// Written with a leading zero ("03 năm").
    pub leading_zero: bool,
    pub scale: Option<Scale>,
}

/// How the integer digits are grouped, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No thousands separator: "38", "4403".
    None,
    /// "." between groups of three after a first group of one to three:
    /// "12.651", "2.479.719".
    Thousands,
    /// A "." group that is not three digits long: "4.4031", "1.5", "12.65".
    /// `group` is the length of the first such group.
    Irregular { group: u8 },
    /// "," between groups of three ("1,234,567"), or a "," group followed by
    /// a "." decimal point ("1,234.5"): English style, read the English way.
    /// A single "," is always read as the Vietnamese decimal comma ("1,234"
    /// is 1.234).
    English,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub factor: f64,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hedge {
    pub kind: HedgeKind,
    pub span: Span,
}

/// What a hedge makes of the value that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeKind {
    /// "hơn", "trên", "ít nhất", "tối thiểu": the true value is at least this.
    AtLeast,
    /// "dưới", "chưa đến", "tối đa": the true value is at most this.
    AtMost,
    /// "gần": nearly this, a little below it.
    Nearly,
    /// "khoảng", "chừng", "xấp xỉ", "ước tính": about this.
    About,
    /// "hàng trăm", "hàng nghìn": an indefinite plural, not a number to check.
    Indefinite,
}

/// Digits that are not a quantity, and why. Recorded so that later layers
/// (dates, document references) and the tests can see what was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NonQuantity {
    pub span: Span,
    pub kind: NonQuantityKind,
    pub block: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonQuantityKind {
    /// "15/5/2016", "19-5", "15-5-2016", "tháng 4/2023", "08.11.2019". A
    /// full date "ngày 15 tháng 5 năm 2016" is one span from the day ("15
    /// tháng 5 năm 2016"); a range of dates ("25/1 - 2/2/2021",
    /// "19-23/1/2026", "ngày 7 – 8/5") is one span.
    Date,
    /// "07:02", "9h15", "9h".
    Time,
    /// "năm 2019", a bare "2019" (1900..=2100 without a separator), and year
    /// ranges "2011-2015", "2016 - 2021", "2025–2030" as one span.
    Year,
    /// "05-CT/TW", "1973/CT-TTg", "30/2020/NĐ-CP", "03- CT/TW", "37QĐ/TW".
    DocumentNumber,
    /// "Trung ương 4", "khóa 12", "lần thứ 39", "Chỉ thị số 05", "Điều 3",
    /// "Quốc lộ 1A", "lớp 12A2", "tầng 2-3", and list markers ("1. " at the
    /// start of a block or after a sentence).
    Ordinal,
    /// A phone number ("0912.345.678", "1800 1260", "(024) 3825 1234").
    Phone,
    /// Digits inside a word or code ("U23", "Mazda3", "H5N1", "COVID-19",
    /// "5G", "4.0"), and long digit strings with a leading zero (account
    /// numbers).
    Code,
}
