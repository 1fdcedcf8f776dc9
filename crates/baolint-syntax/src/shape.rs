//! Features of one line of text that tell kinds of blocks apart: how many
//! words and sentences it has, how it ends, how it is capitalised, how it
//! starts. Pure functions of the line; the block assembler combines them.

use crate::byte_masks::{WIDTH, flags_at, pack};

/// Characters that end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Words separated by ASCII white space or no-break spaces, counted up to
/// `limit + 1`: callers only compare counts with small numbers, so long
/// paragraphs cost no more than short ones.
pub fn word_count_up_to(line: &str, limit: usize) -> usize {
    const BLANK: u32 = 0;
    const NO_BREAK: u32 = 1;
    let bytes = line.as_bytes();
    let mut count = 0;
    // Whether the byte before the mask is white space (before the line
    // counts as white space), and whether it starts a no-break space whose
    // second byte opens this mask.
    let (mut space_before, mut no_break_before) = (1u64, 0u64);
    let mut at = 0;
    while at < bytes.len() && count <= limit {
        let flags = flags_at(bytes, at, |b, next, _| {
            let no_break = (b == 0xC2) & (next == 0xA0);
            let ascii = (b == b' ') | (b.wrapping_sub(b'\t') < 5);
            u8::from(ascii | no_break) << BLANK | u8::from(no_break) << NO_BREAK
        });
        let no_break = pack(&flags, NO_BREAK);
        // Both bytes of a no-break space are white space.
        let space = pack(&flags, BLANK) | no_break << 1 | no_break_before;
        let in_text = match bytes.len() - at {
            left if left >= WIDTH => u64::MAX,
            left => (1 << left) - 1,
        };
        let starts = !space & (space << 1 | space_before) & in_text;
        count += starts.count_ones() as usize;
        space_before = space >> 63;
        no_break_before = no_break >> 63;
        at += WIDTH;
    }
    count.min(limit + 1)
}

pub fn at_most_words(line: &str, limit: usize) -> bool {
    word_count_up_to(line, limit) <= limit
}

/// The last character that is not a closing quote or bracket.
pub fn last_significant(line: &str) -> Option<char> {
    line.trim_end_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ')' | '»') || c.is_whitespace())
        .chars()
        .next_back()
}

pub fn ends_sentence(line: &str) -> bool {
    last_significant(line).is_some_and(is_terminal)
}

/// Ends with a single full stop, as statements do; "?", "!", "…" and "..."
/// end headlines too.
pub fn ends_with_full_stop(line: &str) -> bool {
    let core = line.trim_end_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ')' | '»') || c.is_whitespace());
    core.ends_with('.') && !core.ends_with("..")
}

/// Ends like a heading: with a letter, digit or closing quote, not with
/// sentence or clause punctuation.
pub fn ends_open(line: &str) -> bool {
    last_significant(line).is_some_and(|c| c.is_alphanumeric())
}

/// Number of sentence ends followed by white space and an upper-case letter,
/// plus one for the final sentence end: a rough sentence count, exact up to
/// three.
pub fn sentence_count(line: &str) -> usize {
    let mut count = usize::from(ends_sentence(line));
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if is_terminal(c) {
            let mut saw_space = false;
            while let Some(&(_, next)) = chars.peek() {
                if next.is_whitespace() {
                    saw_space = true;
                    chars.next();
                } else {
                    break;
                }
            }
            if saw_space && chars.peek().is_some_and(|&(_, n)| n.is_uppercase()) {
                count += 1;
                // Callers tell one sentence from a few; stop early on long paragraphs.
                if count > 3 {
                    return count;
                }
            }
        }
    }
    count
}

pub fn starts_upper(line: &str) -> bool {
    line.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Every letter is upper case, and there is at least one.
pub fn is_all_caps(line: &str) -> bool {
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Every word starts with an upper-case letter ("Nguyễn Hằng").
pub fn is_title_case(line: &str) -> bool {
    line.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// "Theo congthuong.vn", "Nguồn: TTXVN", "(Theo VnExpress)".
pub fn is_source_line(line: &str) -> bool {
    let core = line.trim_start_matches('(').trim_end_matches(')').trim();
    if matches!(core, "Tổng hợp" | "T/h" | "T/H" | "TH") {
        return true;
    }
    let bracketed_agency = line.starts_with('(') && line.ends_with(')') && core.len() <= 12 && is_all_caps(core);
    if bracketed_agency {
        return true;
    }
    let rest = ["Theo ", "Lược theo ", "Dịch theo ", "Nguồn:", "Nguồn "].iter().find_map(|p| core.strip_prefix(p));
    rest.is_some_and(|rest| {
        let rest = rest.trim();
        !rest.is_empty() && at_most_words(rest, 6) && !ends_sentence(rest)
    })
}

/// Longest signature considered: a credit, five names and an agency
/// ("Bài và ảnh: Nguyễn Thị Minh Anh (TTXVN)") fit with room to spare.
const MAX_BYLINE_BYTES: usize = 120;

/// A signature: a name in capitals ("XUÂN HƯƠNG", "BBT"), a name in title
/// case of two to five words ("Nguyễn Hằng"), optionally with a credit
/// prefix ("Bài, ảnh: ") or an agency in brackets ("Minh Anh (TTXVN)").
pub fn is_byline_shape(line: &str) -> bool {
    // A signature is a few words; this keeps long paragraphs cheap.
    if line.len() > MAX_BYLINE_BYTES {
        return false;
    }
    let core = match line.split_once(':') {
        Some((credit, name))
            if crate::vietnamese::lower_case(credit).contains("ảnh")
                || crate::vietnamese::lower_case(credit).contains("bài") =>
        {
            name.trim()
        }
        _ => line,
    };
    let core = match core.split_once('(') {
        Some((name, agency)) if agency.ends_with(')') => name.trim(),
        _ => core,
    };
    let core = core.trim_end_matches('.');
    let words = word_count_up_to(core, 6);
    if words == 0
        || words > 6
        || core.chars().any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | '!' | '?' | '"' | '“'))
    {
        return false;
    }
    if is_all_caps(core) {
        return true;
    }
    (2..=5).contains(&words) && is_title_case(core)
}

/// "- ", "+ ", "• ", "* ", "a) ", "1) ", "1. " followed by text.
pub fn list_marker_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let after = match first {
        '-' | '+' | '•' | '*' | '–' | '·' => first.len_utf8(),
        c if c.is_ascii_digit() || c.is_ascii_lowercase() => {
            let marker_end = line.find([')', '.'])?;
            let marker = &line[..marker_end];
            let ok = (marker.len() <= 2 && marker.chars().all(|c| c.is_ascii_digit()))
                || (marker.len() == 1 && marker.chars().all(|c| c.is_ascii_lowercase()));
            if !ok {
                return None;
            }
            marker_end + 1
        }
        _ => return None,
    };
    let rest = &line[after..];
    let text = rest.trim_start();
    (rest.len() > text.len() && text.chars().next().is_some_and(char::is_alphabetic)).then_some(line.len() - text.len())
}

/// Words that open a photo caption: who or what is in the picture.
const CAPTION_OPENERS: &[&str] = &[
    "Quang cảnh",
    "Toàn cảnh",
    "Các đại biểu",
    "Đại biểu",
    "Các đồng chí",
    "Đồng chí",
    "Lãnh đạo",
    "Các em",
    "Ảnh:",
    "Ảnh minh họa",
    "Ảnh minh hoạ",
];

/// Words that mark a sentence as narration rather than a caption.
const NARRATION_MARKERS: &[&str] = &[" đã ", " sẽ ", " đang ", " vừa ", " được "];

/// A photo credit inside or after the text: "(Ảnh: TTXVN)", "Ảnh: Minh Anh".
pub fn has_photo_credit(line: &str) -> bool {
    let credit_at = |(at, word): (usize, &str)| {
        let before = line[..at].trim_end_matches(' ');
        before.ends_with('(') || before.ends_with('-') || line[at + word.len()..].starts_with(':')
    };
    line.match_indices("Ảnh").any(credit_at) || line.match_indices("(ảnh").next().is_some()
}

/// A single short sentence that names who or what is in a picture, without
/// the tense markers of narration.
pub fn is_caption_shape(line: &str) -> bool {
    CAPTION_OPENERS.iter().any(|o| line.starts_with(o))
        && ends_sentence(line)
        && at_most_words(line, 40)
        && sentence_count(line) == 1
        && !NARRATION_MARKERS.iter().any(|m| line.contains(m))
}

/// A short sentence without narration markers: the shape of a caption when
/// its position already suggests one.
pub fn is_short_description(line: &str) -> bool {
    at_most_words(line, 45) && sentence_count(line) <= 1 && !NARRATION_MARKERS.iter().any(|m| line.contains(m))
}

/// An agency or place code glued to the start of a lead: "LSO-", "(TTXVN) - ",
/// "HNM - ". Returns the length of the prefix including its dash and spaces.
pub fn agency_prefix_len(line: &str) -> Option<usize> {
    let (code, rest) = if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        (&inner[..close], &inner[close + 1..])
    } else {
        let end = line.find(|c: char| !(c.is_uppercase() || c == '.' || c.is_ascii_digit()))?;
        (&line[..end], &line[end..])
    };
    let code_ok = (2..=24).contains(&code.len())
        && !code.contains(char::is_whitespace)
        && code.chars().next().is_some_and(char::is_uppercase);
    if !code_ok {
        return None;
    }
    let after_space = rest.trim_start();
    let after_dash = after_space.strip_prefix(['-', '–', '—'])?;
    let text = after_dash.trim_start();
    text.chars().next().is_some_and(char::is_uppercase).then_some(line.len() - text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The count as first written: a byte at a time, up to `limit + 1`.
    fn word_count_by_bytes(line: &str, limit: usize) -> usize {
        let bytes = line.as_bytes();
        let (mut count, mut in_word, mut i) = (0, false, 0);
        while i < bytes.len() {
            let space_len = match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 1,
                0xC2 if bytes.get(i + 1) == Some(&0xA0) => 2,
                _ => 0,
            };
            if space_len > 0 {
                in_word = false;
                i += space_len;
                continue;
            }
            if !in_word {
                count += 1;
                if count > limit {
                    return count;
                }
                in_word = true;
            }
            i += 1;
        }
        count
    }

    proptest! {
        #[test]
        fn word_counts_agree_with_the_byte_count(line in "([a-zà ]|[\t\n\r\u{b}\u{c}\u{a0}\u{a1}\u{e0}ạ]){0,200}", limit in 0usize..70) {
            prop_assert_eq!(word_count_up_to(&line, limit), word_count_by_bytes(&line, limit));
        }
    }

    #[test]
    fn bylines() {
        for yes in ["XUÂN HƯƠNG", "BBT", "Nguyễn Hằng", "Minh Anh (TTXVN)", "Bài, ảnh: Lê Minh"] {
            assert!(is_byline_shape(yes), "{yes}");
        }
        for no in ["Kinh nghiệm thiết thực", "Các tin khác cho thấy", "Cách thức triển khai"] {
            assert!(!is_byline_shape(no), "{no}");
        }
    }

    #[test]
    fn agency_prefixes() {
        assert_eq!(agency_prefix_len("LSO-Ngày 19/5/2014, Ban"), Some(4));
        assert_eq!(agency_prefix_len("(TTXVN) - Sáng nay"), Some(10));
        assert_eq!(agency_prefix_len("Ngày 19/5"), None);
        assert_eq!(agency_prefix_len("UBND tỉnh - nơi"), None);
    }

    #[test]
    fn photo_credits() {
        assert!(has_photo_credit("Các cầu thủ rạng rỡ. (Ảnh: TTXVN)"));
        assert!(has_photo_credit("Vàng Thần Tài được bày bán - Ảnh: Minh Anh"));
        assert!(has_photo_credit("Ảnh: Lê Minh"));
        assert!(!has_photo_credit("Ảnh hưởng của mưa lũ kéo dài"));
        assert!(!has_photo_credit("Bức Ảnh đẹp nhất năm"));
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker_len("- Tiếp tục"), Some(2));
        assert_eq!(list_marker_len("1. Tình hình"), Some(3));
        assert_eq!(list_marker_len("3 năm qua"), None);
        assert_eq!(list_marker_len("-5 độ"), None);
    }
}
