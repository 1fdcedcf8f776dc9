//! The Vietnamese syllable grammar: onset, rhyme (glide, nucleus, coda) and
//! tone, decided by structure rather than by a word list, so that names and
//! rare words pass.
//!
//! A word is read letter by letter through its canonical decomposition, so
//! NFC and NFD input (and any order of the combining marks on one letter)
//! give the same result. Casing: all lower, Capitalised and ALL CAPS are
//! analysed; any other mix ("ViệT", "VinFast") is [`Analysis::Foreign`],
//! because odd casing in news text is almost always a brand or a code.
//!
//! Also `Foreign`, being no single-syllable candidate: words without a vowel
//! ("HĐND", "đc"); words with several vowel groups ("ôtô", "Ténéré",
//! "mộtcuộc": loans, foreign names, or a missing space, which is another
//! check's business); vowel pairs only loans have ("iốt", "Byă"); ALL CAPS
//! words with an impossible consonant cluster ("NSƯT", "NƠXH"); and
//! capitalised words ending in a letter no Vietnamese final has ("Sául").
//!
//! Leniency for names and loans written the Vietnamese way: the onset
//! clusters bl br cl cr dr gl gr kl kr pl pr ("Krông", "crôm", "clíp"), and
//! in capitalised words k before any vowel and a final k with any tone
//! ("Bắc Kạn", "Kon Tum", "Đắk Lắk", "Đăk Lăk").
//!
//! Representation of the two onsets that swallow a letter: "qu" is the onset
//! (its u is the glide, so `glide` stays empty: "quân" = qu + â + n), and
//! "gi" keeps the i it shares with a nucleus starting with i ("gì" = gi + i,
//! "giếng" = gi + iê + ng); [`Syllable::spell`] writes that i once.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::decompose_canonical;

/// The six tones: ngang, huyền, sắc, hỏi, ngã, nặng.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    Level,
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    fn from_mark(c: char) -> Option<Tone> {
        match c {
            '\u{300}' => Some(Tone::Grave),
            '\u{301}' => Some(Tone::Acute),
            '\u{309}' => Some(Tone::Hook),
            '\u{303}' => Some(Tone::Tilde),
            '\u{323}' => Some(Tone::Dot),
            _ => None,
        }
    }

    fn mark(self) -> Option<char> {
        match self {
            Tone::Level => None,
            Tone::Grave => Some('\u{300}'),
            Tone::Acute => Some('\u{301}'),
            Tone::Hook => Some('\u{309}'),
            Tone::Tilde => Some('\u{303}'),
            Tone::Dot => Some('\u{323}'),
        }
    }
}

/// Where the tone mark of "oa", "oe", "uy" (open rhymes: nothing after) sits:
/// Old = on the first vowel ("hòa", "khóa", "thủy", "hòe"), New = on the
/// second ("hoà", "khoá", "thuỷ", "hoè").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placement {
    Old,
    New,
}

/// How a word is cased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capitalisation {
    /// "người"
    Lower,
    /// "Người"; also a single capital letter ("Ở").
    Capitalised,
    /// "NGƯỜI"
    Upper,
}

/// A well-formed syllable, in lower-case logical parts (see the module
/// documentation for "qu" and "gi").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Syllable {
    /// "", "b", "ch", "đ", "gi", "ngh", "qu", ...
    pub onset: &'static str,
    /// "", "o" or "u" (the rounding before the nucleus: "hoa", "tuân").
    pub glide: &'static str,
    /// "a", "ă", ..., "ia", "iê", "ya", "yê", "ua", "uô", "ưa", "ươ", "oo".
    pub nucleus: &'static str,
    /// A final consonant ("c", "ch", "m", "n", "ng", "nh", "p", "t") or a
    /// final semivowel ("i", "y", "o", "u"), or "".
    pub coda: &'static str,
    pub tone: Tone,
    pub capitalisation: Capitalisation,
}

impl Syllable {
    /// The syllable written out in NFC, with its tone mark in `placement`
    /// where the rhyme offers a choice (open oa, oe, uy).
    pub fn spell(&self, placement: Placement) -> String {
        let onset = if self.onset == "gi" && self.nucleus.starts_with('i') { "g" } else { self.onset };
        let start = onset.chars().count();
        let glide = self.glide.chars().count();
        let main = start + glide + nucleus_main(self.nucleus);
        let at = if placement == Placement::Old && is_pair(self.glide, self.nucleus, self.coda) { start } else { main };
        let chars = onset.chars().chain(self.glide.chars()).chain(self.nucleus.chars()).chain(self.coda.chars());
        let mut out = String::with_capacity(16);
        for (i, ch) in chars.enumerate() {
            let upper = match self.capitalisation {
                Capitalisation::Lower => false,
                Capitalisation::Capitalised => i == 0,
                Capitalisation::Upper => true,
            };
            push_letter(&mut out, ch, upper, if i == at { self.tone } else { Tone::Level });
        }
        out
    }
}

/// The verdict on one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analysis {
    /// A well-formed Vietnamese syllable. `placement` is Some only for the
    /// rhymes where both placements exist and are written differently (oa,
    /// oe, uy open, with a tone other than Level): "hòa" Old, "hoà" New,
    /// "hoa" None, "hoàn" None (closed rhyme: only one correct place).
    Valid { syllable: Syllable, placement: Option<Placement> },
    /// Made of Vietnamese letters but breaks the grammar. `reason` is a short
    /// English phrase for a lint message.
    Invalid { reason: &'static str },
    /// Not a candidate: letters outside the Vietnamese alphabet, digits,
    /// other characters, odd casing, no vowel or no letters.
    Foreign,
}

const TWO_TONES: &str = "two tone marks";
const TONE_ON_CONSONANT: &str = "a tone mark on a consonant";
const TOO_LONG: &str = "too long for one syllable";
const BAD_ONSET: &str = "not a Vietnamese initial consonant";
const BAD_CODA: &str = "not a Vietnamese final consonant";
const Q_ALONE: &str = "q is written only as qu before a vowel";
const CLUSTER: &str = "not a Vietnamese vowel cluster";
const UO_CLUSTER: &str = "\"ưo\" is not a Vietnamese vowel cluster (ươ is)";
const YE_AFTER_CONSONANT: &str = "after a consonant \"yê\" is written \"iê\"";
const IE_INITIAL: &str = "a syllable starting with \"iê\" is written \"yê\"";
const NEED_CODA_AA: &str = "ă and â need a final consonant";
const NEED_CODA_DIPH: &str = "iê, uô and ươ need a final consonant";
const NEED_CODA: &str = "this rhyme needs a final consonant";
const OPEN_DIPH: &str = "ia, ua and ưa take no final consonant";
const CH_NH: &str = "ch and nh follow only a, ê and i";
const NG_AFTER: &str = "ng does not follow this vowel";
const BAD_RHYME: &str = "not a Vietnamese rhyme";
const K_FRONT: &str = "k, gh and ngh come only before i, e and ê";
const C_BACK: &str = "c, g and ng do not come before i, e or ê (k, gh, ngh do)";
const KW: &str = "c and k take no glide (the sound is written qu)";
const STOP_TONE: &str = "a syllable ending in c, ch, p or t takes only the sắc or nặng tone";
const WRONG_VOWEL: &str = "the tone mark is on the wrong vowel";

/// Analyses one word (a single syllable as written: any case, NFC or
/// decomposed; "Đ"/"đ" and also the Latin eth "Ð"/"ð" read as Đ/đ).
pub fn analyse(word: &str) -> Analysis {
    match judge(&Word::decode(word)) {
        Verdict::Foreign => Analysis::Foreign,
        Verdict::Invalid(reason) => Analysis::Invalid { reason },
        Verdict::Valid(parts, placement, capitalisation, tone) => Analysis::Valid {
            syllable: Syllable {
                onset: parts.onset,
                glide: parts.glide,
                nucleus: parts.nucleus,
                coda: parts.coda,
                tone,
                capitalisation,
            },
            placement,
        },
    }
}

/// The one likely intended syllable for an Invalid word, if exactly one
/// candidate is likely: one vowel's modifier changed (o/ô/ơ, a/ă/â, e/ê,
/// u/ư), the tone mark moved to another vowel, or a wrong tone on a stop
/// ending changed to sắc or nặng (both usually fit, so that alone gives
/// None). A half-horned "uơ"/"ưo" completed to "ươ" is tried first and wins
/// when Valid. Capitalisation is kept. None for Valid or Foreign words, for
/// two tone marks, and when no or several candidates are Valid.
pub fn suggest(word: &str) -> Option<String> {
    let w = Word::decode(word);
    if !matches!(judge(&w), Verdict::Invalid(_)) || w.too_long || w.tones > 1 {
        return None;
    }
    // A half-horned "uơ" or "ưo" is ươ with a horn missed (Telex types both
    // with one "w"); it wins over readings that drop the horn that was
    // typed ("nguồi" for "nguời").
    for i in 1..w.len {
        if matches!((w.letters[i - 1].ch, w.letters[i].ch), ('u', 'ơ') | ('ư', 'o' | 'ô')) {
            let mut cand = w;
            cand.letters[i - 1].ch = 'ư';
            cand.letters[i].ch = 'ơ';
            if matches!(judge(&cand), Verdict::Valid(..)) {
                return Some(render(cand.letters(), cand.tone, cand.tone_at));
            }
        }
    }
    let mut found: Vec<String> = Vec::new();
    let mut consider = |cand: &Word| {
        if matches!(judge(cand), Verdict::Valid(..)) {
            let s = render(cand.letters(), cand.tone, cand.tone_at);
            if !found.contains(&s) {
                found.push(s);
            }
        }
    };
    for i in 0..w.len {
        for &alt in modifier_group(w.letters[i].ch) {
            if alt != w.letters[i].ch {
                let mut cand = w;
                cand.letters[i].ch = alt;
                consider(&cand);
            }
        }
    }
    if w.tones == 1 {
        for j in 0..w.len {
            if j != w.tone_at && is_vowel(w.letters[j].ch) {
                let mut cand = w;
                cand.tone_at = j;
                cand.tone_on_consonant = false;
                consider(&cand);
            }
        }
        if !matches!(w.tone, Tone::Acute | Tone::Dot) {
            for tone in [Tone::Acute, Tone::Dot] {
                let mut cand = w;
                cand.tone = tone;
                consider(&cand);
            }
        }
    }
    if found.len() == 1 { found.pop() } else { None }
}

/// The same syllable with its tone mark in the other placement, for the
/// oa/oe/uy open rhymes: `with_placement("hòa", Placement::New) ==
/// Some("hoà")`; the word itself (in NFC) when it already has that
/// placement; None when the word has no such choice. Capitalisation kept.
pub fn with_placement(word: &str, placement: Placement) -> Option<String> {
    let w = Word::decode(word);
    match judge(&w) {
        Verdict::Valid(parts, Some(_), _, _) => {
            let at = match placement {
                Placement::Old => parts.glide_at,
                Placement::New => parts.main,
            };
            Some(render(w.letters(), w.tone, at))
        }
        _ => None,
    }
}

/// Whether the word contains any Vietnamese-specific mark: a tone mark, a
/// vowel modifier (ă â ê ô ơ ư) or đ. Callers use it to skip plain-ASCII
/// words, which are often foreign.
pub fn has_vietnamese_marks(word: &str) -> bool {
    word.chars().any(|c| {
        if c.is_ascii() {
            return false;
        }
        if matches!(c, 'đ' | 'Đ' | 'ð' | 'Ð') {
            return true;
        }
        let mut marked = false;
        decompose_canonical(c, |d| marked |= is_vietnamese_mark(d));
        marked
    })
}

fn is_vietnamese_mark(c: char) -> bool {
    Tone::from_mark(c).is_some() || matches!(c, '\u{302}' | '\u{306}' | '\u{31B}')
}

// ---------------------------------------------------------------------------
// Letters

/// Enough for "nghiêng" and "nghoằng" with room to spare; longer words are
/// still scanned (for foreign letters) but not stored.
const MAX_LETTERS: usize = 10;

/// One letter: lower-case base with its modifier ('ơ', 'đ'), tone kept apart.
#[derive(Debug, Clone, Copy)]
struct Letter {
    ch: char,
    upper: bool,
}

#[derive(Debug, Clone, Copy)]
struct Word {
    letters: [Letter; MAX_LETTERS],
    len: usize,
    too_long: bool,
    foreign: bool,
    tones: u8,
    tone: Tone,
    tone_at: usize,
    tone_on_consonant: bool,
    /// A composed consonant with a tone mark ("ń", "ñ"): a misplaced
    /// Vietnamese mark in a word with other Vietnamese marks ("tiếń"), a
    /// foreign letter otherwise ("Peña").
    marked_consonant: bool,
    /// A tone mark on a vowel, a vowel modifier or đ.
    vietnamese: bool,
    /// Runs of vowels, counted over the whole word.
    vowel_groups: u8,
    last_vowel: bool,
}

impl Word {
    fn decode(word: &str) -> Word {
        let mut w = Word {
            letters: [Letter { ch: 'a', upper: false }; MAX_LETTERS],
            len: 0,
            too_long: false,
            foreign: false,
            tones: 0,
            tone: Tone::Level,
            tone_at: 0,
            tone_on_consonant: false,
            marked_consonant: false,
            vietnamese: false,
            vowel_groups: 0,
            last_vowel: false,
        };
        for c in word.chars() {
            match c {
                'đ' | 'ð' => {
                    w.vietnamese = true;
                    w.push('đ', false);
                }
                'Đ' | 'Ð' => {
                    w.vietnamese = true;
                    w.push('đ', true);
                }
                _ if c.is_ascii() => w.feed(c, false),
                _ => decompose_canonical(c, |d| w.feed(d, d != c)),
            }
            if w.foreign {
                break;
            }
        }
        w
    }

    fn letters(&self) -> &[Letter] {
        &self.letters[..self.len]
    }

    fn push(&mut self, ch: char, upper: bool) {
        let vowel = is_vowel(ch);
        if vowel && !self.last_vowel {
            self.vowel_groups = self.vowel_groups.saturating_add(1);
        }
        self.last_vowel = vowel;
        if self.len == MAX_LETTERS {
            self.too_long = true;
        } else {
            self.letters[self.len] = Letter { ch, upper };
            self.len += 1;
        }
    }

    /// One character of the decomposition; `precomposed` says it came out of
    /// a composed character (see `marked_consonant`).
    fn feed(&mut self, d: char, precomposed: bool) {
        if d.is_ascii_alphabetic() {
            let lower = d.to_ascii_lowercase();
            if matches!(lower, 'f' | 'j' | 'w' | 'z') {
                self.foreign = true;
            } else {
                self.push(lower, d.is_ascii_uppercase());
            }
            return;
        }
        let tone = Tone::from_mark(d);
        let modifier = matches!(d, '\u{302}' | '\u{306}' | '\u{31B}');
        if tone.is_none() && !modifier {
            self.foreign = true;
            return;
        }
        if self.too_long {
            return;
        }
        let Some(last) = self.len.checked_sub(1) else {
            self.foreign = true;
            return;
        };
        let ch = self.letters[last].ch;
        if let Some(tone) = tone {
            if is_vowel(ch) {
                self.vietnamese = true;
            } else {
                self.tone_on_consonant = true;
                self.marked_consonant |= precomposed;
            }
            self.tones = self.tones.saturating_add(1);
            self.tone = tone;
            self.tone_at = last;
            return;
        }
        let modified = match (ch, d) {
            ('a', '\u{302}') => 'â',
            ('e', '\u{302}') => 'ê',
            ('o', '\u{302}') => 'ô',
            ('a', '\u{306}') => 'ă',
            ('o', '\u{31B}') => 'ơ',
            ('u', '\u{31B}') => 'ư',
            // "ŏ", "ĭ", "ǔ", a second modifier: letters of other alphabets.
            _ => {
                self.foreign = true;
                return;
            }
        };
        self.letters[last].ch = modified;
        self.vietnamese = true;
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y')
}

fn modifier_group(c: char) -> &'static [char] {
    match c {
        'a' | 'ă' | 'â' => &['a', 'ă', 'â'],
        'e' | 'ê' => &['e', 'ê'],
        'o' | 'ô' | 'ơ' => &['o', 'ô', 'ơ'],
        'u' | 'ư' => &['u', 'ư'],
        _ => &[],
    }
}

fn push_letter(out: &mut String, ch: char, upper: bool, tone: Tone) {
    let base = if upper { ch.to_uppercase().next().unwrap_or(ch) } else { ch };
    // "ệ" is "ẹ" + circumflex, not "ê" + dot below: compose from the
    // canonical decomposition.
    let mut marks = ['\0'; 3];
    let mut n = 0;
    decompose_canonical(base, |d| {
        if n < 2 {
            marks[n] = d;
            n += 1;
        }
    });
    if let Some(mark) = tone.mark() {
        marks[n] = mark;
        n += 1;
    }
    out.extend(marks[..n].iter().copied().nfc());
}

/// NFC text of `letters` with `tone` on letter `at`.
fn render(letters: &[Letter], tone: Tone, at: usize) -> String {
    let mut out = String::with_capacity(letters.len() * 3);
    for (i, l) in letters.iter().enumerate() {
        push_letter(&mut out, l.ch, l.upper, if i == at { tone } else { Tone::Level });
    }
    out
}

/// Whether `letters` spell exactly `s`.
fn spelled(letters: &[Letter], s: &str) -> bool {
    let mut it = letters.iter();
    s.chars().all(|c| it.next().is_some_and(|l| l.ch == c)) && it.next().is_none()
}

fn find(table: &[&'static str], letters: &[Letter]) -> Option<&'static str> {
    table.iter().copied().find(|s| spelled(letters, s))
}

fn capitalisation(letters: &[Letter]) -> Option<Capitalisation> {
    let rest_upper = letters[1..].iter().filter(|l| l.upper).count();
    match (letters[0].upper, rest_upper) {
        (false, 0) => Some(Capitalisation::Lower),
        (true, 0) => Some(Capitalisation::Capitalised),
        (true, n) if n + 1 == letters.len() => Some(Capitalisation::Upper),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Grammar tables

/// Onsets other than "gi" and "qu", which take a letter of the rhyme.
const ONSETS: &[&str] = &[
    "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "r", "s", "t",
    "th", "tr", "v", "x",
];

const CODAS: &[&str] = &["c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Consonant clusters of loans written in Vietnamese style ("crôm",
/// "clíp") and of minority names ("Krông", "Plông").
const LOAN_ONSETS: &[&str] = &["bl", "br", "cl", "cr", "dr", "gl", "gr", "kl", "kr", "pl", "pr"];

/// A nucleus as written, with the offset of the letter that takes the tone.
struct Nucleus {
    name: &'static str,
    len: usize,
    main: usize,
}

/// Longest first, so that "uô" is tried before "u" + semivowel.
const NUCLEI: &[Nucleus] = &[
    Nucleus { name: "iê", len: 2, main: 1 },
    Nucleus { name: "yê", len: 2, main: 1 },
    Nucleus { name: "uô", len: 2, main: 1 },
    Nucleus { name: "ươ", len: 2, main: 1 },
    Nucleus { name: "ia", len: 2, main: 0 },
    Nucleus { name: "ya", len: 2, main: 0 },
    Nucleus { name: "ua", len: 2, main: 0 },
    Nucleus { name: "ưa", len: 2, main: 0 },
    Nucleus { name: "oo", len: 2, main: 1 },
    Nucleus { name: "a", len: 1, main: 0 },
    Nucleus { name: "ă", len: 1, main: 0 },
    Nucleus { name: "â", len: 1, main: 0 },
    Nucleus { name: "e", len: 1, main: 0 },
    Nucleus { name: "ê", len: 1, main: 0 },
    Nucleus { name: "i", len: 1, main: 0 },
    Nucleus { name: "y", len: 1, main: 0 },
    Nucleus { name: "o", len: 1, main: 0 },
    Nucleus { name: "ô", len: 1, main: 0 },
    Nucleus { name: "ơ", len: 1, main: 0 },
    Nucleus { name: "u", len: 1, main: 0 },
    Nucleus { name: "ư", len: 1, main: 0 },
];

fn nucleus_main(name: &str) -> usize {
    NUCLEI.iter().find(|n| n.name == name).map_or(0, |n| n.main)
}

/// Open oa, oe, uy: the rhymes whose tone mark has two accepted places.
fn is_pair(glide: &str, nucleus: &str, coda: &str) -> bool {
    !glide.is_empty() && matches!(nucleus, "a" | "e" | "y") && coda.is_empty()
}

// Endings a rhyme may take, as bits.
const OPEN: u16 = 1;
const C: u16 = 1 << 1;
const CH: u16 = 1 << 2;
const M: u16 = 1 << 3;
const N: u16 = 1 << 4;
const NG: u16 = 1 << 5;
const NH: u16 = 1 << 6;
const P: u16 = 1 << 7;
const T: u16 = 1 << 8;
const SI: u16 = 1 << 9;
const SY: u16 = 1 << 10;
const SO: u16 = 1 << 11;
const SU: u16 = 1 << 12;

fn ending_bit(coda: &str) -> u16 {
    match coda {
        "" => OPEN,
        "c" | "k" => C,
        "ch" => CH,
        "m" => M,
        "n" => N,
        "ng" => NG,
        "nh" => NH,
        "p" => P,
        "t" => T,
        "i" => SI,
        "y" => SY,
        "o" => SO,
        _ => SU,
    }
}

/// The endings of a nucleus with no glide.
fn plain_endings(nucleus: &str) -> u16 {
    match nucleus {
        "a" => OPEN | C | CH | M | N | NG | NH | P | T | SI | SY | SO | SU,
        "ă" => C | M | N | NG | P | T,
        "â" => C | M | N | NG | P | T | SY | SU,
        "e" => OPEN | C | M | N | NG | P | T | SO,
        "ê" => OPEN | CH | M | N | NH | P | T | SU,
        "i" => OPEN | CH | M | N | NH | P | T | SU,
        "y" => OPEN,
        "o" | "ô" | "u" => OPEN | C | M | N | NG | P | T | SI,
        "ơ" => OPEN | M | N | P | T | SI,
        // "ừm" is an interjection.
        "ư" => OPEN | C | M | NG | T | SI | SU,
        "ia" | "ua" | "ưa" | "ya" => OPEN,
        "iê" | "yê" => C | M | N | NG | P | T | SU,
        "uô" => C | M | N | NG | T | SI,
        "ươ" => C | M | N | NG | P | T | SI | SU,
        "oo" => C | NG,
        _ => 0,
    }
}

/// "uy" after a glide (or qu): thuỷ, huých, huynh, huýt, khuỷu, loans tuýp, tuyn.
const UY_ENDINGS: u16 = OPEN | CH | NH | T | N | P | SU;

/// The endings allowed for this onset, glide and nucleus, or why the vowels
/// cannot go together.
fn endings(onset: &str, glide: &str, nucleus: &str) -> Result<u16, &'static str> {
    match glide {
        "" if onset == "qu" => match nucleus {
            "a" | "ă" | "â" | "e" | "ê" | "i" | "ơ" | "ô" => Ok(plain_endings(nucleus)),
            "y" => Ok(UY_ENDINGS),
            "yê" => Ok(N | T),
            _ => Err(CLUSTER),
        },
        "" => match nucleus {
            "ya" => Err(CLUSTER),
            "yê" if !onset.is_empty() => Err(YE_AFTER_CONSONANT),
            "iê" if onset.is_empty() => Err(IE_INITIAL),
            // "giê" (Giê-su) is written open too.
            "iê" if onset == "gi" => Ok(plain_endings(nucleus) | OPEN),
            _ => Ok(plain_endings(nucleus)),
        },
        "o" => match nucleus {
            "a" => Ok(OPEN | C | CH | M | N | NG | NH | P | T | SI | SY | SO),
            "ă" => Ok(C | M | N | NG | T),
            "e" => Ok(OPEN | N | T | SO),
            _ => Err(CLUSTER),
        },
        _ => match nucleus {
            "â" => Ok(N | T | NG | SY),
            "ê" => Ok(OPEN | CH | NH),
            "y" => Ok(UY_ENDINGS),
            "yê" => Ok(N | T),
            "ya" | "ơ" => Ok(OPEN),
            _ => Err(CLUSTER),
        },
    }
}

fn ending_reason(nucleus: &str, bit: u16) -> &'static str {
    match (nucleus, bit) {
        ("ă" | "â", OPEN) => NEED_CODA_AA,
        ("iê" | "yê" | "uô" | "ươ" | "oo", OPEN) => NEED_CODA_DIPH,
        (_, OPEN) => NEED_CODA,
        ("ia" | "ua" | "ưa" | "ya", _) => OPEN_DIPH,
        (_, CH | NH) => CH_NH,
        (_, NG) => NG_AFTER,
        _ => BAD_RHYME,
    }
}

// ---------------------------------------------------------------------------
// Parsing

/// The parts found in a word, with letter positions for the tone checks.
#[derive(Debug, Clone, Copy)]
struct Parts {
    onset: &'static str,
    glide: &'static str,
    nucleus: &'static str,
    coda: &'static str,
    /// The letter that takes the tone mark.
    main: usize,
    /// The glide letter, the other place of an oa/oe/uy open rhyme.
    glide_at: usize,
    pair: bool,
    /// "oo" (loans: "xoong", "soóc"): the mark is seen on either o.
    loose: bool,
}

enum Verdict {
    Foreign,
    Invalid(&'static str),
    Valid(Parts, Option<Placement>, Capitalisation, Tone),
}

fn judge(w: &Word) -> Verdict {
    // No vowel: an abbreviation ("HĐND"); several vowel groups: several
    // syllables run together, mostly loans and foreign names ("ôtô",
    // "Ténéré"), for another check to judge.
    if w.foreign || w.vowel_groups != 1 || loan_hiatus(w.letters()) {
        return Verdict::Foreign;
    }
    let Some(caps) = capitalisation(w.letters()) else {
        return Verdict::Foreign;
    };
    if w.marked_consonant && !w.vietnamese {
        return Verdict::Foreign;
    }
    if w.too_long {
        return Verdict::Invalid(TOO_LONG);
    }
    if w.tones > 1 {
        return Verdict::Invalid(TWO_TONES);
    }
    if w.tone_on_consonant {
        return Verdict::Invalid(TONE_ON_CONSONANT);
    }
    // Capitalised words may be names in the Vietnamese spelling of minority
    // languages ("Đắk Lắk", "Đăk Lăk", "Bắc Kạn", "Kon Tum").
    let names = caps != Capitalisation::Lower;
    let parts = match parse(w, names) {
        Ok(parts) => parts,
        // "NSƯT", "NƠXH": capital abbreviations with a vowel.
        Err(BAD_ONSET | BAD_CODA) if caps == Capitalisation::Upper && w.len > 1 => return Verdict::Foreign,
        // A name with an ending no Vietnamese final has ("Pưh", "Sául") is
        // spelled the foreign way.
        Err(BAD_CODA) if names && foreign_final(w.letters()) => return Verdict::Foreign,
        Err(reason) => return Verdict::Invalid(reason),
    };
    if matches!(parts.coda, "c" | "ch" | "p" | "t") && !matches!(w.tone, Tone::Acute | Tone::Dot) {
        return Verdict::Invalid(STOP_TONE);
    }
    let placement = if w.tones == 0 {
        None
    } else if w.tone_at == parts.main {
        parts.pair.then_some(Placement::New)
    } else if parts.pair && w.tone_at == parts.glide_at {
        Some(Placement::Old)
    } else if parts.loose && w.tone_at + 1 == parts.main {
        None
    } else {
        return Verdict::Invalid(WRONG_VOWEL);
    };
    Verdict::Valid(parts, placement, caps, w.tone)
}

/// Whether the word ends in a letter that ends no Vietnamese final
/// consonant (all end in c, g, h, m, n, p or t; h only in ch and nh).
fn foreign_final(letters: &[Letter]) -> bool {
    match letters {
        [.., before, Letter { ch: 'h', .. }] => !matches!(before.ch, 'c' | 'n'),
        [.., last] => !matches!(last.ch, 'c' | 'g' | 'm' | 'n' | 'p' | 't'),
        [] => false,
    }
}

/// Vowel pairs that are two syllables of a loan or a name written together
/// ("iốt", "kiốt", "Byă", "Moyá"); in Vietnamese they only follow the g of
/// "gi" ("giờ", "giống", "giặc", "giấy").
fn loan_hiatus(letters: &[Letter]) -> bool {
    letters.windows(2).enumerate().any(|(i, pair)| match (pair[0].ch, pair[1].ch) {
        ('i', 'o' | 'ô' | 'ơ' | 'ă' | 'â') => i == 0 || letters[i - 1].ch != 'g',
        ('y', 'o' | 'ô' | 'ơ' | 'ă' | 'â') | ('o', 'y') => true,
        _ => false,
    })
}

fn parse(w: &Word, names: bool) -> Result<Parts, &'static str> {
    let l = w.letters();
    // judge() saw exactly one vowel group.
    let first_v = l.iter().position(|x| is_vowel(x.ch)).unwrap_or(0);
    let last_v = l.iter().rposition(|x| is_vowel(x.ch)).unwrap_or(0);
    let onset_run = &l[..first_v];
    // "gi" and "qu" take the next vowel: it is not part of the rhyme, except
    // the i of "gì", "gìn" (the only vowel) and of "giếng" (the i of iê).
    let (onset, vstart, absorbed) = if spelled(onset_run, "g") && l[first_v].ch == 'i' {
        if first_v < last_v && l[first_v + 1].ch != 'ê' {
            ("gi", first_v + 1, Some(first_v))
        } else {
            ("gi", first_v, None)
        }
    } else if spelled(onset_run, "q") {
        if l[first_v].ch == 'u' && first_v < last_v {
            ("qu", first_v + 1, Some(first_v))
        } else {
            return Err(Q_ALONE);
        }
    } else if onset_run.is_empty() {
        ("", first_v, None)
    } else {
        let onset = find(ONSETS, onset_run).or_else(|| find(LOAN_ONSETS, onset_run));
        (onset.ok_or(BAD_ONSET)?, first_v, None)
    };
    let coda_run = &l[last_v + 1..];
    let coda = if coda_run.is_empty() {
        ""
    } else if names && spelled(coda_run, "k") {
        "k"
    } else {
        find(CODAS, coda_run).ok_or(BAD_CODA)?
    };
    let cluster = &l[vstart..=last_v];
    let mut error =
        if cluster.windows(2).any(|p| p[0].ch == 'ư' && matches!(p[1].ch, 'o' | 'ô')) { UO_CLUSTER } else { CLUSTER };
    let mut found = None;
    'search: for glide in ["", "o", "u"] {
        let g = glide.len();
        if g == 1 && (onset == "qu" || cluster.len() < 2 || !spelled(&cluster[..1], glide)) {
            continue;
        }
        let rest = &cluster[g..];
        for nucleus in NUCLEI {
            if rest.len() < nucleus.len || !spelled(&rest[..nucleus.len], nucleus.name) {
                continue;
            }
            let ending = match (&rest[nucleus.len..], coda) {
                ([], coda) => coda,
                ([semi], "") => match semi.ch {
                    'i' => "i",
                    'y' => "y",
                    'o' => "o",
                    'u' => "u",
                    _ => continue,
                },
                _ => continue,
            };
            let bit = ending_bit(ending);
            match endings(onset, glide, nucleus.name) {
                Ok(allowed) if allowed & bit != 0 => {
                    found = Some((glide, nucleus, ending));
                    break 'search;
                }
                Ok(_) if matches!(error, CLUSTER | UO_CLUSTER) => error = ending_reason(nucleus.name, bit),
                Err(e) if matches!(error, CLUSTER | UO_CLUSTER) && e != CLUSTER => error = e,
                _ => {}
            }
        }
    }
    let (glide, nucleus, ending) = found.ok_or(error)?;
    if absorbed.is_some() && w.tones > 0 && Some(w.tone_at) == absorbed {
        return Err(WRONG_VOWEL);
    }
    if onset != "gi" {
        let front = matches!(cluster[0].ch, 'i' | 'e' | 'ê' | 'y');
        match onset {
            "k" if !front && !names => return Err(K_FRONT),
            "gh" | "ngh" if !front || cluster[0].ch == 'y' => return Err(K_FRONT),
            "c" | "g" | "ng" if front => return Err(C_BACK),
            _ => {}
        }
        if matches!(onset, "c" | "k") && !glide.is_empty() {
            return Err(KW);
        }
    }
    let g = glide.len();
    Ok(Parts {
        onset,
        glide,
        nucleus: nucleus.name,
        coda: ending,
        main: vstart + g + nucleus.main,
        glide_at: vstart,
        pair: is_pair(glide, nucleus.name, ending),
        loose: nucleus.name == "oo",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    const SENTENCE: &str = "Tỉnh ủy Lạng Sơn đẩy mạnh học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh";

    /// Every onset, rhyme type and tone, both placements, capitals.
    const VALID: &str = "người nghiêng khuỷu quyết giữa gì hoà hòa khoá khóa thuỷ thủy Uỷ Ủy toả tỏa oẳn \
        xoong chuyện luật hoạch khuya đường Đảng ĐẢNG ưu yêu ơi ạ và \
        ba bé cá chè da đá gà ghế giờ gia hè kẻ khó lá mẹ nó ngủ nghỉ nhà pin phở quê rổ sợ tủ \
        thư trẻ vở xe ăn ân ăng âng anh ách ênh ếch ích inh ong ông ung ưng leng keng ước muối \
        mười rượu chiều kêu níu ngoài xoáy ngoẹo khoét hoen huế thuở huơ khuây tuần xuân khuất \
        huých huynh huýt quăn quặp quen quẹo quấy quay quà quý quỳnh quốc quyền giếng giết gìn \
        giặc giấy giữ giường giuộc giũa giễu mía múa mùa mưa bia kìa ỉa yến yếm oai oán ngoặt \
        xoắn hoằng soóc gửi hưu cừu bóp tháp tấp hộp nấc nước thuyền khuỵu lý kỹ mỹ ý y \
        Nguyễn NGUYỄN Hà Nội Việt Nam Đà Nẵng Huế Cần Thơ tiếng nói chữ viết ngày tháng năm \
        uống ướt ốm ấm ở ừ ô ê oà òa ngoằn ngoèo chạy nhảy khuynh hướng quạ quặc quyển \
        quét qua loa thoáng hoàng huấn luyện tuyên truyền khuyến khích bảo đảm chấp hành \
        nghị quyết nghĩa kiểm tra gấp ghép nhiệm vụ trưởng phòng giám đốc sở điện thoại \
        xã huyện phường đồng chí thuộc những được cuộc sống đời bữa ăn sáng trưa chiều tối \
        oằn goá góa nhoè nhòe loè lòe hoạ họa thuở khuyết huyết duyệt tuyệt choáng \
        Đắk Lắk Đăk Lăk Pắk Kạn Kon Kông Krông Plông crôm clíp";

    fn valid(word: &str) -> (Syllable, Option<Placement>) {
        match analyse(word) {
            Analysis::Valid { syllable, placement } => (syllable, placement),
            other => panic!("{word}: {other:?}"),
        }
    }

    #[test]
    fn valid_table() {
        let words: Vec<&str> = VALID.split_whitespace().chain(SENTENCE.split_whitespace()).collect();
        assert!(words.len() >= 150, "{}", words.len());
        for word in &words {
            let nfc = valid(word);
            let nfd: String = word.nfd().collect();
            assert_eq!(valid(&nfd), nfc, "{word} decomposed");
            assert!(has_vietnamese_marks(word) || word.is_ascii());
            assert_eq!(suggest(word), None, "{word}");
        }
    }

    #[test]
    fn parts() {
        let (s, p) = valid("người");
        assert_eq!((s.onset, s.glide, s.nucleus, s.coda, s.tone), ("ng", "", "ươ", "i", Tone::Grave));
        assert_eq!(p, None);
        let (s, _) = valid("quyết");
        assert_eq!((s.onset, s.glide, s.nucleus, s.coda, s.tone), ("qu", "", "yê", "t", Tone::Acute));
        let (s, _) = valid("khuỷu");
        assert_eq!((s.onset, s.glide, s.nucleus, s.coda, s.tone), ("kh", "u", "y", "u", Tone::Hook));
        let (s, _) = valid("gì");
        assert_eq!((s.onset, s.nucleus, s.coda), ("gi", "i", ""));
        let (s, _) = valid("giếng");
        assert_eq!((s.onset, s.nucleus, s.coda), ("gi", "iê", "ng"));
        let (s, _) = valid("giữa");
        assert_eq!((s.onset, s.nucleus, s.coda), ("gi", "ưa", ""));
        let (s, _) = valid("ĐẢNG");
        assert_eq!((s.onset, s.capitalisation), ("đ", Capitalisation::Upper));
        assert_eq!(valid("ðảng"), valid("đảng"));
        assert_eq!(valid("Ðảng").0.capitalisation, Capitalisation::Capitalised);
        assert_eq!(valid("Ở").0.capitalisation, Capitalisation::Capitalised);
        assert_eq!(valid("hòa").1, Some(Placement::Old));
        assert_eq!(valid("hoà").1, Some(Placement::New));
        assert_eq!(valid("hoa").1, None);
        assert_eq!(valid("hoàn").1, None);
        assert_eq!(valid("quý").1, None);
        assert_eq!(valid("Ủy").1, Some(Placement::Old));
    }

    #[test]
    fn invalid_table() {
        let cases = [
            ("ngưòi", UO_CLUSTER),
            ("Ngưòi", UO_CLUSTER),
            ("hòc", STOP_TONE),
            ("hỏc", STOP_TONE),
            ("hoc", STOP_TONE),
            ("bằp", STOP_TONE),
            ("mộtt", BAD_CODA),
            ("đảngg", BAD_CODA),
            ("Đảngg", BAD_CODA),
            ("hóan", WRONG_VOWEL),
            ("hòan", WRONG_VOWEL),
            ("khỏang", WRONG_VOWEL),
            ("cuả", WRONG_VOWEL),
            ("gìa", WRONG_VOWEL),
            ("qúa", WRONG_VOWEL),
            ("tíên", WRONG_VOWEL),
            ("múôn", WRONG_VOWEL),
            ("mừơi", WRONG_VOWEL),
            ("hùyên", WRONG_VOWEL),
            ("khôang", CLUSTER),
            ("mùă", CLUSTER),
            ("tiếń", TWO_TONES),
            ("tiê\u{301}n\u{301}", TWO_TONES),
            ("ăn\u{309}", TONE_ON_CONSONANT),
            ("tyên", YE_AFTER_CONSONANT),
            ("iên", IE_INITIAL),
            ("ă", NEED_CODA_AA),
            ("bâ", NEED_CODA_AA),
            ("oă", NEED_CODA_AA),
            ("tiê", NEED_CODA_DIPH),
            ("muô", NEED_CODA_DIPH),
            ("thưở", NEED_CODA_DIPH),
            ("bian", OPEN_DIPH),
            ("mưan", OPEN_DIPH),
            ("bơch", CH_NH),
            ("ơng", NG_AFTER),
            ("ăi", BAD_RHYME),
            ("kà", K_FRONT),
            // The leniency for names is for capitalised words only.
            ("kạn", K_FRONT),
            ("đắk", BAD_CODA),
            ("ko", K_FRONT),
            ("ghà", K_FRONT),
            ("nghá", K_FRONT),
            ("cí", C_BACK),
            ("gé", C_BACK),
            ("ngì", C_BACK),
            ("coá", KW),
            ("qá", Q_ALONE),
            ("đkà", BAD_ONSET),
            ("nghiênggggggg", TOO_LONG),
        ];
        for (word, reason) in cases {
            assert_eq!(analyse(word), Analysis::Invalid { reason }, "{word}");
        }
    }

    #[test]
    fn foreign() {
        for word in [
            "",
            "-",
            "2017",
            "fan",
            "Zalo",
            "wifi",
            "café",
            "Peña",
            "HĐND",
            "đc",
            "VinFast",
            "ViệT",
            "COVID-19",
            "Москва",
            "\u{301}a",
            "ôtô",
            "Ténéré",
            "mộtcuộc",
            "hoctập",
            "NSƯT",
            "NƠXH",
            "buồnnhưngkhông",
            "iốt",
            "kiốt",
            "Byă",
            "Moyá",
            "Pưh",
            "Sául",
        ] {
            assert_eq!(analyse(word), Analysis::Foreign, "{word}");
        }
    }

    #[test]
    fn suggestions() {
        for (word, want) in [
            ("ngưòi", "người"),
            ("nguời", "người"),
            ("truớc", "trước"),
            ("Ngưòi", "Người"),
            ("NGƯÒI", "NGƯỜI"),
            ("hóan", "hoán"),
            ("khôang", "khoang"),
            ("gìa", "già"),
            ("cuả", "của"),
            ("qúa", "quá"),
            ("tíên", "tiến"),
            ("ăn\u{309}", "ẳn"),
        ] {
            assert_eq!(suggest(word).as_deref(), Some(want), "{word}");
        }
        // Several candidates (học, hóc), none, not Invalid.
        for word in ["hòc", "mộtt", "tiếń", "người", "fan", "hoà", "đkà"] {
            assert_eq!(suggest(word), None, "{word}");
        }
    }

    const PAIRS: [(&str, &str); 15] = [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("hoã", "hõa"),
        ("hoạ", "họa"),
        ("khoè", "khòe"),
        ("khoé", "khóe"),
        ("khoẻ", "khỏe"),
        ("khoẽ", "khõe"),
        ("khoẹ", "khọe"),
        ("thuỳ", "thùy"),
        ("thuý", "thúy"),
        ("thuỷ", "thủy"),
        ("thuỹ", "thũy"),
        ("thuỵ", "thụy"),
    ];

    #[test]
    fn placements() {
        for (new, old) in PAIRS {
            assert_eq!(valid(new).1, Some(Placement::New), "{new}");
            assert_eq!(valid(old).1, Some(Placement::Old), "{old}");
            assert_eq!(with_placement(new, Placement::Old).as_deref(), Some(old));
            assert_eq!(with_placement(old, Placement::New).as_deref(), Some(new));
            assert_eq!(with_placement(new, Placement::New).as_deref(), Some(new));
            let nfd: String = old.nfd().collect();
            assert_eq!(with_placement(&nfd, Placement::New).as_deref(), Some(new));
            assert_eq!(valid(new).0.spell(Placement::Old), old);
            assert_eq!(valid(old).0.spell(Placement::New), new);
        }
        assert_eq!(with_placement("Uỷ", Placement::Old).as_deref(), Some("Ủy"));
        assert_eq!(with_placement("HOÀ", Placement::Old).as_deref(), Some("HÒA"));
        assert_eq!(with_placement("khoá", Placement::Old).as_deref(), Some("khóa"));
        for word in ["hoa", "hoàn", "người", "quý", "huế", "ngưòi", "fan"] {
            assert_eq!(with_placement(word, Placement::Old), None, "{word}");
        }
    }

    #[test]
    fn marks() {
        assert!(has_vietnamese_marks("đi"));
        assert!(has_vietnamese_marks("Ðà"));
        assert!(has_vietnamese_marks("ơ"));
        assert!(has_vietnamese_marks("a\u{300}"));
        assert!(!has_vietnamese_marks("hoc"));
        assert!(!has_vietnamese_marks("café") || has_vietnamese_marks("café"));
        assert!(!has_vietnamese_marks("Москва"));
    }

    const ONSETS_T: [&str; 27] = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "r", "s", "t", "th", "tr", "v", "x",
    ];

    /// Rhymes that go with any onset the spelling rules allow.
    const RHYMES_T: &[(&str, &str, &str)] = &[
        ("", "a", ""),
        ("", "a", "c"),
        ("", "a", "ch"),
        ("", "a", "m"),
        ("", "a", "n"),
        ("", "a", "ng"),
        ("", "a", "nh"),
        ("", "a", "p"),
        ("", "a", "t"),
        ("", "a", "i"),
        ("", "a", "y"),
        ("", "a", "o"),
        ("", "a", "u"),
        ("", "ă", "c"),
        ("", "ă", "m"),
        ("", "ă", "n"),
        ("", "ă", "ng"),
        ("", "ă", "p"),
        ("", "ă", "t"),
        ("", "â", "c"),
        ("", "â", "m"),
        ("", "â", "n"),
        ("", "â", "ng"),
        ("", "â", "p"),
        ("", "â", "t"),
        ("", "â", "y"),
        ("", "â", "u"),
        ("", "e", ""),
        ("", "e", "c"),
        ("", "e", "m"),
        ("", "e", "n"),
        ("", "e", "ng"),
        ("", "e", "p"),
        ("", "e", "t"),
        ("", "e", "o"),
        ("", "ê", ""),
        ("", "ê", "ch"),
        ("", "ê", "m"),
        ("", "ê", "n"),
        ("", "ê", "nh"),
        ("", "ê", "p"),
        ("", "ê", "t"),
        ("", "ê", "u"),
        ("", "i", ""),
        ("", "i", "ch"),
        ("", "i", "m"),
        ("", "i", "n"),
        ("", "i", "nh"),
        ("", "i", "p"),
        ("", "i", "t"),
        ("", "i", "u"),
        ("", "y", ""),
        ("", "o", ""),
        ("", "o", "c"),
        ("", "o", "m"),
        ("", "o", "n"),
        ("", "o", "ng"),
        ("", "o", "p"),
        ("", "o", "t"),
        ("", "o", "i"),
        ("", "ô", ""),
        ("", "ô", "c"),
        ("", "ô", "ng"),
        ("", "ô", "i"),
        ("", "ơ", ""),
        ("", "ơ", "m"),
        ("", "ơ", "n"),
        ("", "ơ", "p"),
        ("", "ơ", "t"),
        ("", "ơ", "i"),
        ("", "u", ""),
        ("", "u", "c"),
        ("", "u", "ng"),
        ("", "u", "t"),
        ("", "u", "i"),
        ("", "ư", ""),
        ("", "ư", "c"),
        ("", "ư", "ng"),
        ("", "ư", "t"),
        ("", "ư", "i"),
        ("", "ư", "u"),
        ("", "ia", ""),
        ("", "ua", ""),
        ("", "ưa", ""),
        ("", "iê", "c"),
        ("", "iê", "m"),
        ("", "iê", "n"),
        ("", "iê", "ng"),
        ("", "iê", "p"),
        ("", "iê", "t"),
        ("", "iê", "u"),
        ("", "uô", "c"),
        ("", "uô", "m"),
        ("", "uô", "n"),
        ("", "uô", "ng"),
        ("", "uô", "t"),
        ("", "uô", "i"),
        ("", "ươ", "c"),
        ("", "ươ", "m"),
        ("", "ươ", "n"),
        ("", "ươ", "ng"),
        ("", "ươ", "p"),
        ("", "ươ", "t"),
        ("", "ươ", "i"),
        ("", "ươ", "u"),
        ("", "oo", "c"),
        ("", "oo", "ng"),
        ("o", "a", ""),
        ("o", "a", "c"),
        ("o", "a", "ch"),
        ("o", "a", "n"),
        ("o", "a", "ng"),
        ("o", "a", "nh"),
        ("o", "a", "t"),
        ("o", "a", "i"),
        ("o", "a", "y"),
        ("o", "ă", "c"),
        ("o", "ă", "n"),
        ("o", "ă", "ng"),
        ("o", "ă", "t"),
        ("o", "e", ""),
        ("o", "e", "n"),
        ("o", "e", "t"),
        ("o", "e", "o"),
        ("u", "â", "n"),
        ("u", "â", "t"),
        ("u", "â", "ng"),
        ("u", "â", "y"),
        ("u", "ê", ""),
        ("u", "ê", "ch"),
        ("u", "ê", "nh"),
        ("u", "y", ""),
        ("u", "y", "ch"),
        ("u", "y", "nh"),
        ("u", "y", "t"),
        ("u", "y", "u"),
        ("u", "yê", "n"),
        ("u", "yê", "t"),
        ("u", "ya", ""),
        ("u", "ơ", ""),
    ];

    /// Rhymes after qu (whose u is the glide).
    const QU_RHYMES_T: &[(&str, &str, &str)] = &[
        ("", "a", ""),
        ("", "a", "n"),
        ("", "a", "ng"),
        ("", "a", "nh"),
        ("", "a", "t"),
        ("", "a", "y"),
        ("", "a", "i"),
        ("", "ă", "n"),
        ("", "ă", "ng"),
        ("", "ă", "p"),
        ("", "â", "n"),
        ("", "â", "y"),
        ("", "e", ""),
        ("", "e", "n"),
        ("", "e", "t"),
        ("", "e", "o"),
        ("", "ê", ""),
        ("", "ê", "ch"),
        ("", "i", ""),
        ("", "y", ""),
        ("", "y", "nh"),
        ("", "y", "t"),
        ("", "yê", "n"),
        ("", "yê", "t"),
        ("", "ơ", ""),
        ("", "ô", "c"),
    ];

    /// Rhymes with yê, which take no onset.
    const YE_RHYMES_T: &[(&str, &str, &str)] =
        &[("", "yê", "n"), ("", "yê", "u"), ("", "yê", "t"), ("", "yê", "m"), ("", "yê", "ng")];

    const TONES: [Tone; 6] = [Tone::Level, Tone::Grave, Tone::Acute, Tone::Hook, Tone::Tilde, Tone::Dot];
    const CAPS: [Capitalisation; 3] = [Capitalisation::Lower, Capitalisation::Capitalised, Capitalisation::Upper];

    /// Whether the spelling rules allow this combination (written from the
    /// orthography, independently of the parser).
    fn allowed(onset: &str, (glide, nucleus, coda): (&str, &str, &str), tone: Tone) -> bool {
        if matches!(coda, "c" | "ch" | "p" | "t") && !matches!(tone, Tone::Acute | Tone::Dot) {
            return false;
        }
        let first = glide.chars().chain(nucleus.chars()).next().unwrap_or('a');
        let front = matches!(first, 'i' | 'e' | 'ê' | 'y');
        match onset {
            "" => nucleus != "iê",
            "k" => front && glide.is_empty(),
            "gh" | "ngh" => front && first != 'y',
            "c" => !front && glide.is_empty(),
            "g" | "ng" => !front,
            // "gia" is gi + a, "giê" gi + iê, "giu" gi + u.
            "gi" => !matches!((nucleus, coda), ("ia" | "ê", _) | ("i", "i" | "y" | "o" | "u")),
            _ => true,
        }
    }

    fn syllable_strategy() -> impl Strategy<Value = Syllable> {
        let general = (prop::sample::select(ONSETS_T.to_vec()), prop::sample::select(RHYMES_T.to_vec()));
        let qu = (Just("qu"), prop::sample::select(QU_RHYMES_T.to_vec()));
        let ye = (Just(""), prop::sample::select(YE_RHYMES_T.to_vec()));
        (
            prop_oneof![4 => general, 1 => qu, 1 => ye],
            prop::sample::select(TONES.to_vec()),
            prop::sample::select(CAPS.to_vec()),
        )
            .prop_filter("spelling", |((onset, rhyme), tone, _)| allowed(onset, *rhyme, *tone))
            .prop_map(|((onset, (glide, nucleus, coda)), tone, capitalisation)| Syllable {
                onset,
                glide,
                nucleus,
                coda,
                tone,
                capitalisation,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn composed_syllables_parse_back(syllable in syllable_strategy(), old in any::<bool>(), nfd in any::<bool>()) {
            let placement = if old { Placement::Old } else { Placement::New };
            let mut word = syllable.spell(placement);
            if nfd {
                word = word.nfd().collect();
            }
            let Analysis::Valid { syllable: got, placement: got_placement } = analyse(&word) else {
                return Err(TestCaseError::fail(format!("{word}: {:?}", analyse(&word))));
            };
            let mut want = syllable;
            if word.chars().filter(|c| c.is_alphabetic()).count() == 1 && want.capitalisation == Capitalisation::Upper {
                want.capitalisation = Capitalisation::Capitalised;
            }
            prop_assert_eq!(got, want, "{}", word);
            let pair = is_pair(syllable.glide, syllable.nucleus, syllable.coda) && syllable.tone != Tone::Level;
            prop_assert_eq!(got_placement, pair.then_some(placement), "{}", word);
            prop_assert_eq!(suggest(&word), None);
        }

        #[test]
        fn never_panics(word in any::<String>()) {
            let _ = analyse(&word);
            let _ = suggest(&word);
            let _ = with_placement(&word, Placement::Old);
            let _ = has_vietnamese_marks(&word);
        }

        #[test]
        fn never_panics_on_vietnamese_letters(word in "[a-zA-ZđĐðăâêôơưĂÂÊÔƠƯàáảãạ\u{300}\u{301}\u{302}\u{303}\u{306}\u{309}\u{31B}\u{323}-]{0,14}") {
            let analysis = analyse(&word);
            let _ = suggest(&word);
            if let Analysis::Valid { syllable, placement } = analysis {
                let again = syllable.spell(placement.unwrap_or(Placement::New));
                let respelled = analyse(&again);
                prop_assert!(matches!(respelled, Analysis::Valid { syllable: s, .. } if s == syllable), "{} {}", word, again);
                let _ = with_placement(&word, Placement::Old);
            }
        }
    }
}
