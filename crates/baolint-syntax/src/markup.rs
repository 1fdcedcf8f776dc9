//! Markup a scraper left in the text: HTML character references
//! ("&quot;", "&nbsp;", "&#8220;") and HTML tags ("<br>", "</p>", "<img
//! src=...>"). Recorded with what a reference stands for; never judged here.
//!
//! Only shapes that plain Vietnamese text does not take are read: a
//! reference must end with ";" and name a character (a known entity or a
//! number that is one), and a tag must name a known HTML element, so that
//! "R&D", "AT&T", "a < b" and "<5 tuổi" are left alone.

use crate::Span;

/// One piece of markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Markup {
    pub span: Span,
    pub kind: MarkupKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkupKind {
    /// "&quot;": the character it stands for.
    CharacterReference { decoded: char },
    /// "<br>", "</p>", "<a href=...>".
    Tag,
}

/// Named references news pages use, and the characters they stand for
/// (HTML Living Standard, named character references).
const ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("deg", '°'),
    ("times", '×'),
    ("copy", '©'),
    ("reg", '®'),
];

/// HTML elements a news page's markup is made of.
const ELEMENTS: &[&str] = &[
    "a",
    "article",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "center",
    "div",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "meta",
    "nav",
    "noscript",
    "ol",
    "p",
    "script",
    "section",
    "small",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "title",
    "tr",
    "u",
    "ul",
];

/// Longest tag read, attributes included.
const MAX_TAG_BYTES: usize = 300;
/// Longest character reference read ("&#x1F600;").
const MAX_REFERENCE_BYTES: usize = 10;

/// Every piece of markup in `text`, in order.
pub fn recognise_markup(text: &str) -> Vec<Markup> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr2(b'&', b'<', &bytes[at..]) {
        let start = at + offset;
        let read = if bytes[start] == b'&' { reference(text, start) } else { tag(text, start) };
        match read {
            Some((end, kind)) => {
                found.push(Markup { span: Span::new(start, end), kind });
                at = end;
            }
            None => at = start + 1,
        }
    }
    found
}

/// A character reference at `start` ("&"), its end and character.
fn reference(text: &str, start: usize) -> Option<(usize, MarkupKind)> {
    let window = &text.as_bytes()[start + 1..text.len().min(start + MAX_REFERENCE_BYTES + 1)];
    let semicolon = window.iter().position(|&b| b == b';')?;
    let name = text.get(start + 1..start + 1 + semicolon)?;
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).ok()?
            }
            None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => number.parse().ok()?,
            _ => return None,
        };
        char::from_u32(code).filter(|c| !c.is_control() || *c == '\u{a0}')?
    } else {
        ENTITIES.iter().find(|(entity, _)| *entity == name).map(|&(_, c)| c)?
    };
    Some((start + semicolon + 2, MarkupKind::CharacterReference { decoded }))
}

/// A tag at `start` ("<") naming a known element, and its end.
fn tag(text: &str, start: usize) -> Option<(usize, MarkupKind)> {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    let name = text.get(name_start..i)?;
    if !ELEMENTS.iter().any(|element| element.eq_ignore_ascii_case(name)) {
        return None;
    }
    // The name ends the tag, or attributes follow after white space.
    match bytes.get(i) {
        Some(b'>') => return Some((i + 1, MarkupKind::Tag)),
        Some(b'/') if bytes.get(i + 1) == Some(&b'>') => return Some((i + 2, MarkupKind::Tag)),
        Some(b' ' | b'\t') => {}
        _ => return None,
    }
    let limit = text.len().min(start + MAX_TAG_BYTES);
    let close = bytes[i..limit].iter().position(|&b| matches!(b, b'>' | b'<' | b'\n'))?;
    (bytes[i + close] == b'>').then_some((i + close + 1, MarkupKind::Tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, MarkupKind)> {
        recognise_markup(text).into_iter().map(|m| (m.span.text(text), m.kind)).collect()
    }

    #[test]
    fn references_and_tags() {
        let reference = |c| MarkupKind::CharacterReference { decoded: c };
        assert_eq!(
            found(
                "Tour &quot;chiêm ngưỡng&quot; Tây Nguyên&nbsp;và&#8220;x&#x201D;<br>hết</p><a href=\"/tin\">tin</a>"
            ),
            [
                ("&quot;", reference('"')),
                ("&quot;", reference('"')),
                ("&nbsp;", reference('\u{a0}')),
                ("&#8220;", reference('“')),
                ("&#x201D;", reference('”')),
                ("<br>", MarkupKind::Tag),
                ("</p>", MarkupKind::Tag),
                ("<a href=\"/tin\">", MarkupKind::Tag),
                ("</a>", MarkupKind::Tag),
            ]
        );
    }

    #[test]
    fn text_that_only_looks_like_markup_is_left_alone() {
        for text in [
            "R&D; AT&T; Công ty B&B",
            "a < b > c, trẻ <5 tuổi> và <tên>",
            "&#0; &#1; &#xZZ; &; &#; &dongnhat;",
            "<p\nclass> <br",
            "giá 5 & 6; <b",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
