//! The word lists of the number recogniser. Literals are lower case (except
//! the exact-case tables) with one space between words; the text may use
//! any case and any short run of white space.

use std::sync::OnceLock;

use super::HedgeKind;
use super::text::fold;

/// Which word list a phrase before a number comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    Ordinal,
    ExactOrdinal,
    CapitalisedOrdinal,
    ConditionalOrdinal,
    Hedge(HedgeKind),
    StrongDate,
    WeakDate,
    RatioVerb,
    Day,
    Month,
    Year,
    Time,
}

/// A phrase that may stand right before a number, keyed by its last word.
#[derive(Debug)]
pub(super) struct Entry {
    /// The last word, folded: the key.
    last: String,
    pub(super) phrase: &'static str,
    pub(super) list: List,
}

/// Every phrase looked up before a number, sorted by last word (and, for
/// one last word, longest phrase first: "trên dưới" before "dưới"), built
/// on first use. A number's nearest word selects its few candidates by
/// binary search, instead of each list being scanned for every number.
fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let tagged = |list: &'static [&'static str], tag: List| list.iter().map(move |&p| (p, tag));
        let mut entries: Vec<Entry> = tagged(ORDINAL_WORDS, List::Ordinal)
            .chain(tagged(EXACT_ORDINAL_WORDS, List::ExactOrdinal))
            .chain(tagged(CAPITALISED_ORDINAL_WORDS, List::CapitalisedOrdinal))
            .chain(tagged(CONDITIONAL_ORDINAL_WORDS, List::ConditionalOrdinal))
            .chain(HEDGES.iter().map(|&(p, kind)| (p, List::Hedge(kind))))
            .chain(tagged(STRONG_DATE_WORDS, List::StrongDate))
            .chain(tagged(WEAK_DATE_WORDS, List::WeakDate))
            .chain(tagged(RATIO_VERBS, List::RatioVerb))
            .chain(tagged(DAY_WORDS, List::Day))
            .chain(tagged(MONTH_WORDS, List::Month))
            .chain(tagged(YEAR_WORDS, List::Year))
            .chain(tagged(TIME_WORDS, List::Time))
            .map(|(phrase, list)| Entry {
                last: phrase.rsplit(' ').next().unwrap_or("").chars().map(fold).collect(),
                phrase,
                list,
            })
            .collect();
        entries.sort_by(|a, b| a.last.cmp(&b.last).then(b.phrase.len().cmp(&a.phrase.len())));
        entries
    })
}

/// The range of [`entries`] whose last word is `folded` (a folded word).
fn entries_ending_with(folded: &[u8]) -> std::ops::Range<usize> {
    let all = entries();
    let start = all.partition_point(|e| e.last.as_bytes() < folded);
    let end = start + all[start..].partition_point(|e| e.last.as_bytes() == folded);
    start..end
}

/// What a word is in the long word lists: bits of one byte, so that one
/// look-up answers every question about a word.
pub(super) mod flag {
    /// In [`super::FUNCTION_WORDS`].
    pub(in super::super) const FUNCTION: u8 = 1;
    /// In [`super::ONE_WORD_UNITS`].
    pub(in super::super) const UNIT: u8 = 2;
    /// In [`super::NOT_SECOND_NOUN_WORDS`].
    pub(in super::super) const NOT_SECOND: u8 = 4;
    /// In [`super::DATE_FOLLOWERS`].
    pub(in super::super) const DATE_FOLLOWER: u8 = 8;
    /// The last word of a phrase looked up before a number (hedges,
    /// ordinal words, date words...). A number whose nearest word has not
    /// this flag has no context, and the scanner skips every table (see
    /// [`super::super::text::Before`]).
    pub(in super::super) const CONTEXT: u8 = 16;
}

/// Slots of the word table: a power of two, at least twice the number of
/// keys (some 480: every word in three or four spellings), so that probes
/// stay short, and small enough (8 KiB) to stay in the first-level cache.
const TABLE_SLOTS: usize = 1024;

/// The long word lists as one open-addressing hash table from word to
/// [`flag`] bits, built on first use.
///
/// Looking a word up must be cheap: it happens three times per number. So
/// the table holds each word in the spellings news text uses (lower case,
/// capitalised, all capitals, and "Ð" for "Đ"), with ASCII letters folded
/// to lower case, and a look-up folds only ASCII bytes: no character is
/// decoded. A word in an odd mixture of cases ("đIều") is not found. The
/// slots are eight bytes (part of the hash, the key's index, the flags) and
/// the keys lie in one array, so the table takes a few cache-friendly
/// kilobytes; keys are compared only when the hash matches.
#[derive(Debug)]
pub(super) struct WordTable {
    /// `(hash >> 32, key index + 1, flags)`; index 0 is an empty slot.
    slots: Vec<(u32, u16, u8)>,
    /// All keys, one after the other.
    arena: Vec<u8>,
    /// For each key: its offset and length in `arena`, and the range of
    /// [`entries`] whose last word it spells.
    keys: Vec<(u16, u16, u16, u16)>,
}

impl WordTable {
    fn build() -> WordTable {
        let mut table = WordTable { slots: vec![(0, 0, 0); TABLE_SLOTS], arena: Vec::new(), keys: Vec::new() };
        let context = ORDINAL_WORDS
            .iter()
            .chain(EXACT_ORDINAL_WORDS)
            .chain(CAPITALISED_ORDINAL_WORDS)
            .chain(CONDITIONAL_ORDINAL_WORDS)
            .chain(HEDGES.iter().map(|(phrase, _)| phrase))
            .chain(STRONG_DATE_WORDS)
            .chain(WEAK_DATE_WORDS)
            .chain(RATIO_VERBS)
            .chain(DAY_WORDS)
            .chain(MONTH_WORDS)
            .chain(YEAR_WORDS)
            .chain(TIME_WORDS)
            .filter_map(|phrase| phrase.rsplit(' ').next());
        let lists: [(&mut dyn Iterator<Item = &str>, u8); 5] = [
            (&mut FUNCTION_WORDS.iter().copied(), flag::FUNCTION),
            (&mut ONE_WORD_UNITS.iter().copied(), flag::UNIT),
            (&mut NOT_SECOND_NOUN_WORDS.iter().copied(), flag::NOT_SECOND),
            (&mut DATE_FOLLOWERS.iter().copied(), flag::DATE_FOLLOWER),
            (&mut { context }, flag::CONTEXT),
        ];
        for (words, bits) in lists {
            for word in words {
                let folded: String = word.chars().map(fold).collect();
                let entries = entries_ending_with(folded.as_bytes());
                for spelling in spellings(word) {
                    table.insert(spelling.as_bytes(), bits, entries.clone());
                }
            }
        }
        table
    }

    fn insert(&mut self, word: &[u8], bits: u8, entries: std::ops::Range<usize>) {
        let hash = ascii_folded_hash(word);
        let mut slot = slot_of(hash);
        let narrow = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        loop {
            let index = self.slots[slot].1;
            if index == 0 {
                let offset = self.arena.len();
                self.arena.extend(word.iter().map(u8::to_ascii_lowercase));
                self.keys.push((narrow(offset), narrow(word.len()), narrow(entries.start), narrow(entries.len())));
                self.slots[slot] = ((hash >> 32) as u32, narrow(self.keys.len()), bits);
                return;
            }
            if ascii_folded_eq(word, self.key(usize::from(index) - 1)) {
                self.slots[slot].2 |= bits;
                return;
            }
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
    }

    fn key(&self, index: usize) -> &[u8] {
        let (offset, len, _, _) = self.keys[index];
        &self.arena[usize::from(offset)..usize::from(offset) + usize::from(len)]
    }

    /// The flags of `word` as written (0 when it is in no list) and the
    /// listed phrases that end with it.
    pub(super) fn lookup(&self, word: &str) -> (u8, &'static [Entry]) {
        let word = word.as_bytes();
        let hash = ascii_folded_hash(word);
        let tag = (hash >> 32) as u32;
        let mut slot = slot_of(hash);
        loop {
            let (slot_tag, index, flags) = self.slots[slot];
            if index == 0 {
                return (0, &[]);
            }
            let key = usize::from(index) - 1;
            if slot_tag == tag && ascii_folded_eq(word, self.key(key)) {
                let (_, _, start, len) = self.keys[key];
                return (flags, &entries()[usize::from(start)..usize::from(start) + usize::from(len)]);
            }
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
    }

    /// The flags of `word` as written; 0 when it is in no list.
    pub(super) fn flags_of(&self, word: &str) -> u8 {
        self.lookup(word).0
    }
}

/// The spellings of a lower-case word found in news text: as is,
/// capitalised, in capitals, and with "Ð" (Latin eth) for a leading "Đ".
fn spellings(word: &str) -> Vec<String> {
    let mut chars = word.chars();
    let capitalised: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
    let upper = word.to_uppercase();
    let mut all = vec![word.to_string(), capitalised.replacen('Đ', "Ð", 1), upper.replacen('Đ', "Ð", 1)];
    all.push(capitalised);
    all.push(upper);
    all
}

/// A hash of the bytes with ASCII capitals folded to lower case, eight
/// bytes at a time: words are short, and this runs three times per number.
fn ascii_folded_hash(bytes: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut h = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        // Shifts rather than a copy into an array: a short copy is a call
        // to memcpy, slower than the whole hash.
        let x = chunk.iter().rev().fold(0u64, |x, &b| (x << 8) | u64::from(b));
        // High bit of each byte strictly between "@" and "[" (A..Z), moved
        // to the 0x20 bit: lower case.
        let low = x & (ONES * 0x7F);
        let upper = (ONES * (127 + 0x5B) - low) & !x & (low + ONES * (127 - 0x40)) & (ONES * 0x80);
        let x = x | (upper >> 2);
        h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= h >> 29;
    }
    h
}

fn slot_of(hash: u64) -> usize {
    (hash as usize) & (TABLE_SLOTS - 1)
}

/// `word` equals `key` (already folded) with ASCII letters folded.
fn ascii_folded_eq(word: &[u8], key: &[u8]) -> bool {
    word.len() == key.len() && word.iter().zip(key).all(|(a, b)| a.to_ascii_lowercase() == *b)
}

pub(super) fn words() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(WordTable::build)
}

/// Scale words and their factors, grouped by first letter (the scanner
/// picks a group by the first byte: n, v, t, c). A number may carry up to three of them
/// when each is larger than the one before and at least a thousand
/// ("1,5 nghìn tỷ", "hàng chục nghìn"): the factors multiply.
pub(super) const SCALES: &[(&str, f64)] = &[
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("vạn", 1e4),
    ("triệu", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("trăm", 1e2),
    ("chục", 1e1),
];

/// Words after "tỷ"/"tỉ" that make it part of another word: "tỷ lệ" (rate),
/// "tỷ trọng" (share), "tỷ giá" (exchange rate), "tỷ số" (score).
pub(super) const NOT_AFTER_TY: &[&str] = &["lệ", "trọng", "giá", "số"];

/// Hedges before a number, longest first so that "trên dưới" (about) wins
/// over "dưới" (at most). "trên" and "dưới" are prepositions elsewhere;
/// they are hedges here only because a number follows directly.
pub(super) const HEDGES: &[(&str, HedgeKind)] = &[
    ("trên dưới", HedgeKind::About),
    ("ít nhất", HedgeKind::AtLeast),
    ("tối thiểu", HedgeKind::AtLeast),
    ("chưa đến", HedgeKind::AtMost),
    ("chưa tới", HedgeKind::AtMost),
    ("tối đa", HedgeKind::AtMost),
    ("xấp xỉ", HedgeKind::About),
    ("ước tính", HedgeKind::About),
    ("ước đạt", HedgeKind::About),
    ("hơn", HedgeKind::AtLeast),
    ("trên", HedgeKind::AtLeast),
    ("gần", HedgeKind::Nearly),
    ("dưới", HedgeKind::AtMost),
    ("khoảng", HedgeKind::About),
    ("chừng", HedgeKind::About),
    ("ước", HedgeKind::About),
];

/// Name-ordinal words: a bare number right after them names something
/// ("Trung ương 4", "khóa 12", "lần thứ 39", "Chỉ thị số 05", "Điều 3",
/// "phường 5", "Quốc lộ 1A") rather than counting it. Compared ignoring case.
/// Document types that are also verbs or common nouns ("quyết định",
/// "kế hoạch") are in [`CAPITALISED_ORDINAL_WORDS`] instead.
pub(super) const ORDINAL_WORDS: &[&str] = &[
    "trung ương",
    "khóa",
    "khoá",
    "thứ",
    "lần",
    "hội nghị",
    "kỳ họp",
    "kì họp",
    "đại hội",
    "số",
    "chỉ thị",
    "nghị quyết",
    "nghị định",
    "thông tư",
    "thông tri",
    "công văn",
    "điều",
    "khoản",
    "điểm",
    "chương",
    "mục",
    "phường",
    "quận",
    "tổ",
    "tổ dân phố",
    "xóm",
    "thôn",
    "ấp",
    "khu",
    "khu vực",
    "vùng",
    "mức độ",
    "cấp độ",
    "quốc lộ",
    "tỉnh lộ",
    "đường",
    "lớp",
    "tầng",
    "phòng",
    "số nhà",
    "hẻm",
    "ngõ",
    "ngách",
    "kiốt",
    "kiot",
    // "ki-ốt": the hyphen ends the word before the number.
    "ốt",
    "lô",
    "thửa",
    "sư đoàn",
    "trung đoàn",
    "tiểu đoàn",
    "quân đoàn",
    "lữ đoàn",
];

/// Words before an ordinal word that make it a common noun: "tổng số 500
/// đại biểu" (total), "con số 10" (the figure), "hộp số 6 cấp" (gearbox),
/// "dân số" (population), "mỗi lần 1 lá" (each time).
pub(super) const NOT_ORDINAL_AFTER: &[(&str, &[&str])] = &[
    (
        "số",
        &[
            "tổng", "trong", "con", "hộp", "tỷ", "tỉ", "tần", "chỉ", "xổ", "điểm", "đa", "thiểu", "dân", "hệ", "cấp",
            "kỷ", "kỉ", "phần", "lượng",
        ],
    ),
    ("lần", &["mỗi", "một", "nhiều", "những", "các", "vài", "mấy"]),
];

/// Words that name a rank or stage before a short number that counts
/// nothing after it: "cấp 3.", "gió cấp 5", "set 2", "phút 90", "hạng 4",
/// "Tiêu chí 3", but "cấp 2 tỷ đồng", "cấp 100 suất quà" are quantities.
pub(super) const CONDITIONAL_ORDINAL_WORDS: &[&str] =
    &["cấp", "hạng", "set", "hiệp", "phút", "vòng", "top", "bảng", "tiêu chí", "tiêu chuẩn", "phiên bản", "kỳ", "kì"];

/// Name-ordinal words compared exactly: in lower case they are other words
/// ("đầu tư 5 tỷ" is an investment, "TƯ 4" a plenum).
/// Document-type abbreviations ("NĐ 94", "NQ 19") and "Km" (a road marker,
/// "Km 1632") are names here too.
pub(super) const EXACT_ORDINAL_WORDS: &[&str] =
    &["TW", "TƯ", "T.Ư", "T.W", "QL", "ĐT", "TL", "Km", "NĐ", "NQ", "QĐ", "CT", "KL", "TT", "HD", "KH", "CV"];

/// Document types that name a document before a bare number only when
/// capitalised: in lower case they are verbs or common nouns ("quy định 3
/// nội dung", "kế hoạch 5 năm").
pub(super) const CAPITALISED_ORDINAL_WORDS: &[&str] = &[
    "kết luận",
    "quy định",
    "hướng dẫn",
    "quyết định",
    "kế hoạch",
    "luật",
    "thông báo",
    "quy chế",
    "chương trình",
    "đề án",
    "báo cáo",
    "tờ trình",
    "pháp lệnh",
    "hiến pháp",
];

/// Words before a day and month that make "a/b" or "a-b" a date whatever
/// follows: "ngày 19-5", "sáng 20/1", "đêm 30/4".
pub(super) const STRONG_DATE_WORDS: &[&str] =
    &["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "mùng", "mồng", "rạng sáng"];

/// Words before a day and month written with a dot ("đến 31.12") that make
/// it a date when no counted noun, scale or "%" follows. A dot between one
/// or two digits is otherwise a badly grouped number ("1.5 triệu").
pub(super) const WEAK_DATE_WORDS: &[&str] =
    &["từ", "đến", "tới", "đầu", "cuối", "giữa", "trước", "sau", "vào", "hết", "nay", "qua"];

/// Verbs before "a/b" that make it a fraction: "chiếm 2/3", "đạt 9/10".
/// Also "trong đó 1/3 là trẻ em" and scores ("tỷ số 4-1").
pub(super) const RATIO_VERBS: &[&str] = &["chiếm", "đạt", "bằng", "gấp", "trong đó", "tỷ số", "tỉ số"];

/// Words before a number that make it a day ("ngày 15", "mùng 2").
pub(super) const DAY_WORDS: &[&str] = &["ngày", "mùng", "mồng"];

/// Words before a number that make it a month or quarter ("tháng 4",
/// "tháng 4/2023", "quý 2/2024").
pub(super) const MONTH_WORDS: &[&str] = &["tháng", "quý"];

/// Words before a number that make it a year ("năm 2019").
pub(super) const YEAR_WORDS: &[&str] = &["năm"];

/// Words before a number that make "H giờ" a clock time ("lúc 9 giờ").
pub(super) const TIME_WORDS: &[&str] = &["lúc"];

/// Words after "H giờ" that make it a clock time ("9 giờ sáng").
pub(super) const PARTS_OF_DAY: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm", "ngày"];

/// Function words: a counted noun never starts with one or runs through
/// one. Also every hedge's first word, so that a noun never swallows the
/// hedge of the next number.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "và", "của", "với", "trong", "tại", "cho", "từ", "đến", "tới", "là", "được", "đã", "có", "ở", "theo", "so", "thì",
    "mà", "nhưng", "hoặc", "hay", "để", "về", "trên", "dưới", "hơn", "gần", "khoảng", "chừng", "ít", "tối", "xấp",
    "ước", "chưa", "bị", "sẽ", "đang", "vừa", "cũng", "còn", "đều", "nhằm", "bằng", "như", "do", "vì", "nên", "nếu",
    "khi", "này", "nay", "đó", "kia", "ấy", "qua", "vào", "ra", "lên", "xuống", "gồm", "trước", "sau", "không", "tức",
    "cùng", "mỗi", "các", "những", "nhiều", "toàn", "đây",
];

/// Words that end a counted noun after its first word: verbs and adverbs
/// that follow a one-word noun ("15 xã đạt chuẩn" counts "xã").
pub(super) const NOT_SECOND_NOUN_WORDS: &[&str] = &[
    "đạt", "tham", "hoàn", "thực", "tiếp", "xây", "nhận", "ký", "đăng", "triển", "tiến", "trở", "phải", "mới", "vẫn",
    "rất", "quá", "nào", "đi", "tăng", "giảm", "chiếm", "bao",
];

/// Units that are a whole counted noun on their own: "3 năm qua", "6,5 tỷ
/// đồng", "trên 142.590 lượt cán bộ" counts "lượt".
pub(super) const ONE_WORD_UNITS: &[&str] = &[
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "lần", "lượt", "người", "đồng", "ha", "km", "m", "m2", "m3",
    "km2", "cm", "mm", "kg", "lít", "tấn", "tạ", "tuổi", "usd", "vnd", "vnđ", "euro", "héc", "hecta", "mw", "kw",
    "kwh", "cc", "ml", "g", "mg", "gr", "inch", "mm2", "cm2", "cm3", "dm", "mb", "gb", "kb", "tb", "hz", "khz", "mhz",
    "ghz", "mah",
];

/// Words that follow a date rather than a counted noun: "19/5 vừa qua",
/// "10/10 tới", "15/7 âm lịch".
pub(super) const DATE_FOLLOWERS: &[&str] = &[
    "vừa", "tới", "qua", "này", "nay", "năm", "hằng", "hàng", "sắp", "lúc", "sáng", "trưa", "chiều", "tối", "đêm",
    "âm", "dương", "kỷ", "kỉ", "hôm",
];

/// Capitals glued to a number that are a unit, not a code ("10USD").
pub(super) const GLUED_UNITS: &[&str] = &[
    "USD", "VND", "VNĐ", "EUR", "W", "MW", "GW", "KW", "MWh", "KWh", "GB", "MB", "TB", "KB", "Mb", "Gb", "Kb", "Hz",
    "MHz", "GHz", "V",
];
