//! Lines that belong to the web page, not to the report.
//!
//! ```text
//! chrome       := bullet? widget-phrase ("..." | ":")?      "Các tin khác", "• Xin chờ trong giây lát..."
//!               | widget-phrase "(" digits? ")"              "Bình luận (3)", "Ý kiến ()"
//!               | tag-label (":" any)?                       "Từ khóa: hội nghị, dân vận"
//!               | crumb (">" | "»" crumb)+                   "Trang chủ > Thời sự"
//!               | debris-mark{1,3}                           "|", "» »"
//! view-counter := counter-label ":"? ws* count counter-label? "Lượt xem: 95 lượt xem"
//!               | count counter-label                        "56 lượt xem"
//! contact      := contact-label? phone (sep phone)*          "1800 1260 - 1800 1261"
//! image-file   := non-space+ "." image-extension             "1410.jpg"
//! ```
//! Widget phrases are the labels that content management systems print
//! around an article (navigation, sharing, comments, loading notices); they
//! are matched against the whole line, so the same words inside a sentence
//! are never junk.

/// What kind of page leftover a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JunkKind {
    /// Navigation, sharing, comment and loading widgets, banners.
    PageChrome,
    /// "Lượt xem: 95".
    ViewCounter,
    /// The site's hotline, phone, fax or e-mail line.
    Contact,
    /// An image file name left where the image was.
    ImageFile,
    /// An ASCII slug that repeats another line without diacritics.
    Slug,
    /// The title of another article, listed under a related-news heading
    /// ("Các tin khác", "Tin liên quan").
    RelatedLink,
    /// A title printed again: the headline repeated as a line of its own,
    /// a line printed twice in a row, or an image's alt text, which pages
    /// write as the title and the image's number ("... - Ảnh 1").
    RepeatedTitle,
}

impl JunkKind {
    /// A stable kebab-case name.
    pub fn name(self) -> &'static str {
        match self {
            JunkKind::PageChrome => "page-chrome",
            JunkKind::ViewCounter => "view-counter",
            JunkKind::Contact => "contact",
            JunkKind::ImageFile => "image-file",
            JunkKind::Slug => "slug",
            JunkKind::RepeatedTitle => "repeated-title",
            JunkKind::RelatedLink => "related-link",
        }
    }
}

/// Headings under which pages list other articles; the lines after one are
/// titles of those articles.
const RELATED_HEADINGS: &[&str] = &[
    "bài viết liên quan",
    "các tin khác",
    "các tin đã đưa",
    "tin cùng chuyên mục",
    "tin liên quan",
    "tin mới nhất",
    "tin đã đưa",
    "xem thêm",
    "đọc nhiều nhất",
    "xem nhiều nhất",
    "mới nhất",
    "tin mới",
    "tin nổi bật",
];

/// True for a chrome line that heads a list of other articles.
pub fn is_related_heading(line: &str) -> bool {
    line.len() <= 64 && RELATED_HEADINGS.contains(&chrome_core(&lower_single_spaced(line)))
}

/// Widget labels, lower case, NFC. A line is chrome when it is exactly one
/// of these (after trimming bullets, trailing dots and colons).
const WIDGET_PHRASES: &[&str] = &[
    "bài viết liên quan",
    "bình luận",
    "bản in",
    "chia sẻ",
    "chia sẻ bài viết",
    "các tin khác",
    "các tin đã đưa",
    "các tin mới",
    "gửi bình luận",
    "gửi cho bạn bè",
    "gửi phản hồi",
    "gửi ý kiến",
    "image banner",
    "in bài",
    "in bài viết",
    "kết nối",
    "kết nối với chúng tôi",
    "loading",
    "lên đầu trang",
    "mới nhất",
    "phản hồi",
    "quay lại",
    "sản phẩm - dịch vụ",
    "sản phẩm dịch vụ",
    "theo dõi chúng tôi",
    "tin cùng chuyên mục",
    "tin liên quan",
    "tin mới",
    "tin mới nhất",
    "tin nổi bật",
    "tin đã đưa",
    "trang chủ",
    "trở về",
    "tweet",
    "về đầu trang",
    "xem nhiều",
    "xem nhiều nhất",
    "xem thêm",
    "xem tiếp",
    "đọc thêm",
    // The visit statistics widget of common CMSs (Joomla and the like);
    // its English labels ("Today", "Yesterday") are also song and film
    // titles, and are left alone.
    "thống kê truy cập",
    "ai đang online",
    "đang online",
    "viết bình luận",
    "ý kiến",
    "ý kiến độc giả",
    "mã bảo mật",
    "mã xác nhận",
    "đăng nhập để tham gia bình luận",
    "họ và tên",
    "cỡ chữ",
    "gửi email",
    "xin chờ trong giây lát",
    "ý kiến bạn đọc",
    "đang tải",
    "đánh giá bài viết",
    "đầu trang",
    "đọc nhiều",
    "đọc nhiều nhất",
    // Labels of sponsored content.
    "tin tài trợ",
    "nội dung tài trợ",
    "quảng cáo",
    // Comment forms' notices and log-in prompts, a media player's state.
    "bạn đã gửi thành công",
    "đăng nhập với",
    "viết bình luận mới",
    "đang phát",
    // Document portals' tabs and buttons, and skip links.
    "bộ lọc tìm kiếm",
    "tải văn bản",
    "đang tải văn bản",
    "mô tả tài liệu",
    "thuộc tính",
    "lược đồ",
    "banner",
    "đăng nhập",
    "truy cập nội dung luôn",
    "tất cả chuyên mục",
];

/// The names of a news site's sections, lower case. A line that is one of
/// them stands above the headline on many pages ("Chính trị", "Xây dựng
/// Đảng"); inside a report the same words head its own parts ("Xã hội"
/// in a yearly review), so only the line before the headline is judged.
const SECTION_NAMES: &[&str] = &[
    "an ninh",
    "an ninh - quốc phòng",
    "bạn đọc",
    "chính trị",
    "công nghệ",
    "du lịch",
    "giáo dục",
    "giải trí",
    "kinh tế",
    "khoa học",
    "pháp luật",
    "quốc phòng",
    "quốc tế",
    "sức khỏe",
    "sức khoẻ",
    "thế giới",
    "thể thao",
    "thời sự",
    "tin tức",
    "tin tức - sự kiện",
    "văn hóa",
    "văn hoá",
    "xây dựng đảng",
    "xã hội",
    "y tế",
    "đời sống",
    "đời thường",
    "địa phương",
];

/// The credit a content management system prints in the page's footer or
/// header: "Powered by Techcity", "Thiết kế bởi ...".
const CMS_CREDITS: &[&str] = &["powered by ", "designed by ", "thiết kế bởi ", "phát triển bởi "];

const VIEW_COUNTER_LABELS: &[&str] = &[
    "download",
    "lượt xem",
    "lượt đọc",
    "số lượt xem",
    "lượt truy cập",
    "số lần xem",
    "views",
    "lượt nghe",
    "lượt tải",
    "số lượt tải",
    "lượt tải về",
];

/// Labels of a page's tag list, lower case.
const TAG_LABELS: &[&str] = &["thẻ", "từ khóa", "từ khoá", "tags", "tag"];

const CONTACT_LABELS: &[&str] =
    &["hotline", "đường dây nóng", "điện thoại", "đt", "tel", "fax", "email", "e-mail", "liên hệ"];

const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "tif", "tiff"];

/// Recognises a whole trimmed line as junk, except slugs (which need the
/// lines around them; see [`crate::slug`]).
pub fn recognise(line: &str) -> Option<JunkKind> {
    if line.len() > 160 {
        return None;
    }
    if is_punctuation_debris(line) {
        return Some(JunkKind::PageChrome);
    }
    if is_image_file(line) {
        return Some(JunkKind::ImageFile);
    }
    // Widget labels, counters and phone lines are short; only breadcrumbs and
    // download prompts ("Download Vui lòng tải xuống để xem ...") run
    // longer. Skip the lower-casing for everything else.
    let download = || ["Download", "DOWNLOAD", "Vui lòng"].iter().any(|p| line.starts_with(p));
    if line.len() > 64 && !line.contains(['>', '»', '›']) && !download() {
        return None;
    }
    let lower = lower_single_spaced(line);
    if is_chrome(&lower) {
        return Some(JunkKind::PageChrome);
    }
    if is_view_counter(chrome_core(&lower)) {
        return Some(JunkKind::ViewCounter);
    }
    if is_contact(&lower) {
        return Some(JunkKind::Contact);
    }
    None
}

/// A line of one to three marks that no text is made of alone: "|", "»",
/// "/", a lone bullet "•": the debris of a table or a menu the scraper
/// flattened; or the end of an HTML comment ("-->"). Separators
/// a writer uses ("***", "---") are not debris, nor is a lone "." or ","
/// (the end of a sentence its line lost, damage of another kind).
fn is_punctuation_debris(line: &str) -> bool {
    // Three marks of at most three bytes, and the spaces between them.
    if line.len() > 12 {
        return false;
    }
    // The end of an HTML comment, alone or repeated ("--> -->").
    let tokens = line.split_whitespace();
    if (1..=3).contains(&tokens.clone().count()) && tokens.clone().all(|t| t == "-->") {
        return true;
    }
    let marks = line.chars().filter(|c| !c.is_whitespace()).count();
    (1..=3).contains(&marks)
        && line.chars().all(|c| {
            c.is_whitespace()
                || matches!(c, '|' | '»' | '«' | '›' | '‹' | '/' | '\\' | '_' | '~' | '^' | '`' | '•' | '·')
        })
}

fn is_image_file(line: &str) -> bool {
    if line.contains(char::is_whitespace) {
        return is_photo_id(line);
    }
    let Some((stem, ext)) = line.rsplit_once('.') else { return false };
    !stem.is_empty() && IMAGE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
}

/// "11034266 884457061606446 797425328131696929 n": the name of a photo
/// from a social network ("..._n.jpg"), its underscores turned to spaces
/// and its extension lost: long numbers and a final letter.
fn is_photo_id(line: &str) -> bool {
    let mut parts = line.split_whitespace();
    let Some(last) = parts.next_back() else { return false };
    let numbers: Vec<&str> = parts.collect();
    matches!(last, "n" | "o")
        && (2..=4).contains(&numbers.len())
        && numbers.iter().all(|n| n.len() >= 8 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `line` in lower case with each run of white space one space: a widget
/// label with a doubled space ("Lượt  xem: 95", "Các  tin khác") is the
/// same label.
fn lower_single_spaced(line: &str) -> String {
    let lower = line.to_lowercase();
    let bytes = lower.as_bytes();
    // Told by bytes: a doubled space, ASCII white space other than a space,
    // or the lead bytes of the other Unicode spaces (U+0085 and U+00A0,
    // U+1680, U+2000 to U+205F, U+3000), which Vietnamese letters never have.
    let other_space = bytes
        .windows(2)
        .any(|w| matches!(w, [b' ', b' '] | [0xC2, 0x85 | 0xA0] | [0xE1, 0x9A] | [0xE2, 0x80 | 0x81] | [0xE3, 0x80]))
        || bytes.iter().any(|&b| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
        || bytes.first() == Some(&b' ')
        || bytes.last() == Some(&b' ');
    if !other_space {
        return lower;
    }
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a widget label without bullets, arrows, dots and colons.
fn chrome_core(lower: &str) -> &str {
    lower
        .trim_start_matches(|c: char| {
            matches!(c, '•' | '·' | '-' | '*' | '»' | '›' | '>' | '|' | '[') || c.is_whitespace()
        })
        .trim_end_matches(|c: char| matches!(c, '.' | '…' | ':' | '»' | '›' | '>' | ']') || c.is_whitespace())
}

fn is_chrome(lower: &str) -> bool {
    let core = chrome_core(lower);
    if WIDGET_PHRASES.contains(&core) || WIDGET_PHRASES.contains(&without_count(core)) {
        return true;
    }
    is_tag_line(core)
        || is_breadcrumb(core)
        || is_cms_credit(core)
        || is_follow_widget(core)
        || is_placeholder(core)
        || is_online_widget(core)
        || is_link_line(lower, core)
        || is_social_row(core)
        || is_download_prompt(core)
        || core == "chủ đề" && lower.trim_end().ends_with(':')
}

/// ">>> Xem thông tin chi tiết tại đây: 81/TB-UBND", ">> Xem thêm: ...": a
/// link to another page, marked by the arrows portals print before one.
fn is_link_line(lower: &str, core: &str) -> bool {
    lower.trim_start().starts_with(">>") && core.starts_with("xem ")
}

/// Social networks whose names pages print in a row of share or log-in
/// buttons, lower case.
const SOCIAL_NETWORKS: &[&str] =
    &["facebook", "google", "twitter", "zalo", "linkedin", "pinterest", "youtube", "instagram", "messenger", "tiktok"];

/// "Facebook Google", "Facebook Twitter Zalo": a row of share or log-in
/// buttons, two names or more and nothing else.
fn is_social_row(core: &str) -> bool {
    if !SOCIAL_NETWORKS.iter().any(|name| core.starts_with(name)) {
        return false;
    }
    let mut names = core.split([' ', '|', ',', '/']).filter(|w| !w.is_empty());
    let count = names.clone().count();
    (2..=8).contains(&count) && names.all(|w| SOCIAL_NETWORKS.contains(&w))
}

/// "Download Vui lòng tải xuống để xem tài liệu đầy đủ": a document-sharing
/// site's prompt to download the file to read it whole.
fn is_download_prompt(core: &str) -> bool {
    ["tải xuống để xem", "tải về để xem"].iter().any(|prompt| core.contains(prompt))
        && core.split_whitespace().count() <= 14
}

/// "Đang có 15 khách và không thành viên đang online": the who-is-online
/// widget of Joomla sites.
fn is_online_widget(core: &str) -> bool {
    core.starts_with("đang có ") && core.ends_with("đang online") && core.split_whitespace().count() <= 12
}

/// A follow widget: "Theo dõi VGT trên" (then the icons of social
/// networks) or "Theo dõi Báo X trên Google News".
fn is_follow_widget(core: &str) -> bool {
    if !core.starts_with("theo dõi ") || core.split_whitespace().count() > 10 {
        return false;
    }
    // "Theo dõi VGT trên" (the icons follow), "Theo dõi Báo Nghệ An trên
    // Google News".
    core.ends_with(" trên") || core.rsplit_once(" trên ").is_some_and(|(_, network)| FOLLOW_NETWORKS.contains(&network))
}

/// Where pages invite readers to follow them, lower case.
const FOLLOW_NETWORKS: &[&str] =
    &["google news", "google tin tức", "facebook", "zalo", "youtube", "tiktok", "twitter", "instagram"];

/// "{title}", "{{ author }}": a template's placeholder the page never filled.
fn is_placeholder(core: &str) -> bool {
    let inner = core.trim_start_matches('{').trim_end_matches('}');
    let braces = core.len() - inner.len();
    (2..=4).contains(&braces)
        && core.starts_with('{')
        && core.ends_with('}')
        && !inner.trim().is_empty()
        && inner.trim().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
}

/// "Powered by Techcity", "POWERED BY ONECMS - A PRODUCT OF NEKO": a credit
/// of a few words.
fn is_cms_credit(core: &str) -> bool {
    CMS_CREDITS.iter().any(|credit| core.starts_with(credit)) && core.split_whitespace().count() <= 8
}

/// The length in bytes of the name of a news section that starts `line`,
/// as a whole word ("Xã hội - Ngày đăng: ..." gives the length of "Xã
/// hội").
pub(crate) fn section_name_prefix(line: &str) -> Option<usize> {
    if line.len() > MAX_DATELINE_LINE {
        return None;
    }
    let first = line.chars().next()?.to_lowercase().next()?;
    SECTION_NAMES
        .iter()
        .filter(|name| name.starts_with(first))
        .filter(|name| {
            line.get(..name.len()).is_some_and(|head| head.chars().flat_map(char::to_lowercase).eq(name.chars()))
                && line[name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|name| name.len())
        .max()
}

/// The row labels of a visit-statistics widget, lower case. A line that is
/// one of them is junk only among the widget's other lines
/// ([`is_counter_fragment`]): alone, "Yesterday" is a song's title.
const VISIT_STAT_LABELS: &[&str] = &[
    "today",
    "yesterday",
    "this week",
    "last week",
    "this month",
    "last month",
    "all days",
    "hôm nay",
    "hôm qua",
    "tuần này",
    "tuần trước",
    "tháng này",
    "tháng trước",
];

/// A line that is a cell of a counter widget printed one cell per line: a
/// bare count ("1668314", "612") or a row label of visit statistics
/// ("Today", "This Week"). The assembler makes such lines junk only where
/// they touch a counter or a widget line, one after another.
pub fn is_counter_fragment(line: &str) -> bool {
    if line.len() > 24 {
        return false;
    }
    let bytes = line.as_bytes();
    let count = bytes.first().is_some_and(u8::is_ascii_digit)
        && bytes.iter().all(|&b| b.is_ascii_digit() || b == b'.' || b == b',');
    count || VISIT_STAT_LABELS.contains(&chrome_core(&lower_single_spaced(line)))
}

/// Links to the rest of an article that pages print after a teaser, lower
/// case.
const READ_MORE: &[&str] = &["xem tiếp", "đọc tiếp", "đọc thêm", "xem thêm", "xem chi tiết"];

/// The last word of each read-more label, in lower and upper case.
const READ_MORE_ENDINGS: &[&[u8]] =
    &["tiếp".as_bytes(), "thêm".as_bytes(), "tiết".as_bytes(), "TIẾP".as_bytes(), "THÊM".as_bytes(), "TIẾT".as_bytes()];

/// Where a read-more link glued to the end of a line starts, with the white
/// space before it: "... noi theo. Xem tiếp »", "... COVID-19.(đọc thêm)".
/// The link must follow the end of a sentence, so the same words ending a
/// sentence of the text ("... để xem tiếp") are not one.
pub fn trailing_read_more(line: &str) -> Option<usize> {
    // The labels end in "tiếp", "thêm" or "tiết", then marks: one look at
    // the line's last bytes passes over almost every paragraph.
    let last_word =
        line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '>' | '.' | '…' | ')' | ']'));
    if !READ_MORE_ENDINGS.iter().any(|ending| last_word.as_bytes().ends_with(ending)) {
        return None;
    }
    let trimmed = line.trim_end();
    let core = trimmed.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '>' | '.' | '…'));
    let (core, bracketed) = match core.strip_suffix([')', ']']) {
        Some(inner) => (inner.trim_end_matches(['.', '…']), true),
        None => (core, false),
    };
    let label = READ_MORE.iter().find(|label| {
        core.len() >= label.len()
            && core.is_char_boundary(core.len() - label.len())
            && core[core.len() - label.len()..].chars().flat_map(char::to_lowercase).eq(label.chars())
    })?;
    let mut start = core.len() - label.len();
    if bracketed {
        start = core[..start].strip_suffix(['(', '['])?.len();
    }
    let before = line[..start].trim_end();
    let after_sentence = before.ends_with(['.', '!', '?', '…', '"', '”', ')']);
    (after_sentence && before.chars().count() >= 20).then_some(before.len())
}

/// Longer lines are no dateline with a section before it.
const MAX_DATELINE_LINE: usize = 120;

/// True for a line that is the name of a news site's section ("Chính trị",
/// "Xây dựng Đảng"): chrome when it stands above the headline.
pub fn is_section_name(line: &str) -> bool {
    line.len() <= 40 && SECTION_NAMES.contains(&chrome_core(&lower_single_spaced(line)))
}

/// A widget label without the count a page prints beside it: "bình luận
/// (3)", "(3) bình luận", "ý kiến ()".
fn without_count(core: &str) -> &str {
    let is_count = |s: &str| {
        s.strip_prefix('(').and_then(|s| s.strip_suffix(')')).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(open) = core.rfind(" (")
        && is_count(&core[open + 1..])
    {
        return core[..open].trim_end();
    }
    if let Some(close) = core.find(") ")
        && is_count(&core[..=close])
    {
        return core[close + 1..].trim_start();
    }
    core
}

/// A page's list of tags: "Thẻ:", "Từ khóa: hội nghị, dân vận", "Tags: ...".
fn is_tag_line(core: &str) -> bool {
    TAG_LABELS
        .iter()
        .any(|label| core.strip_prefix(label).is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with(':')))
}

/// "Trang chủ > Thời sự > Chính trị": short segments joined by arrows.
fn is_breadcrumb(core: &str) -> bool {
    let segments: Vec<&str> = core.split(['>', '»', '›']).map(str::trim).collect();
    segments.len() >= 3
        && segments.iter().all(|s| !s.is_empty() && s.split_whitespace().count() <= 5)
        && !core.ends_with('.')
}

/// "Lượt xem: 95", "95 lượt xem", "Lượt xem: 95 lượt xem".
fn is_view_counter(lower: &str) -> bool {
    let is_count = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    // A label on a line of its own, its count on the next ("44", "lượt
    // xem"): the widget printed a cell per line.
    if VIEW_COUNTER_LABELS.contains(&lower) {
        return true;
    }
    VIEW_COUNTER_LABELS.iter().any(|label| {
        let label_first = lower.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start().trim_start_matches(':').trim();
            let rest = rest.strip_suffix(label).map_or(rest, str::trim_end);
            is_count(rest)
        });
        label_first || lower.strip_suffix(label).is_some_and(|count| is_count(count.trim_end()))
    })
}

fn is_contact(lower: &str) -> bool {
    let mut rest = lower;
    for label in CONTACT_LABELS {
        if let Some(after) = rest.strip_prefix(label) {
            let after = after.trim_start();
            if let Some(after) = after.strip_prefix(':') {
                rest = after;
                break;
            }
        }
    }
    let mut phones = 0;
    let mut digits_in_run = 0;
    let mut last_was_space = false;
    for c in rest.trim().chars() {
        match c {
            '0'..='9' => {
                digits_in_run += 1;
                last_was_space = false;
            }
            ' ' | '.' if digits_in_run > 0 && !last_was_space => last_was_space = true,
            '+' if digits_in_run == 0 => {}
            '-' | '–' | '/' | ',' | ';' | '|' | ' ' | '(' | ')' => {
                if !finish_phone(&mut digits_in_run, &mut phones) {
                    return false;
                }
                last_was_space = false;
            }
            _ => return false,
        }
    }
    finish_phone(&mut digits_in_run, &mut phones) && phones > 0
}

/// Closes a run of digit groups; a phone number has 8 to 12 digits.
fn finish_phone(digits: &mut usize, phones: &mut usize) -> bool {
    let ok = *digits == 0 || (8..=12).contains(digits);
    if *digits > 0 && ok {
        *phones += 1;
    }
    *digits = 0;
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(recognise("1410.jpg"), Some(JunkKind::ImageFile));
        assert_eq!(recognise("Lượt xem: 95"), Some(JunkKind::ViewCounter));
        assert_eq!(recognise("1800 1260 - 1800 1261"), Some(JunkKind::Contact));
        assert_eq!(recognise("Hotline: 0912.345.678"), Some(JunkKind::Contact));
        assert_eq!(recognise("• Xin chờ trong giây lát..."), Some(JunkKind::PageChrome));
        assert_eq!(recognise("SẢN PHẨM - DỊCH VỤ"), Some(JunkKind::PageChrome));
        assert_eq!(recognise("Trang chủ > Thời sự > Chính trị"), Some(JunkKind::PageChrome));
        // Labels with doubled or unusual white space are the same labels.
        assert_eq!(recognise("Lượt  xem: 1.213"), Some(JunkKind::ViewCounter));
        assert_eq!(recognise("Lượt\txem:\u{a0}95"), Some(JunkKind::ViewCounter));
        assert_eq!(recognise("Các  tin khác"), Some(JunkKind::PageChrome));
        assert!(is_related_heading("Các tin  khác"));
        // Comment widgets with their counts, counters written the other
        // way round, tag lists, menu debris.
        for line in ["Bình luận (3)", "(12) Bình luận", "Ý kiến ()", "Viết bình luận", "Mã bảo mật", "Xem tiếp »"]
        {
            assert_eq!(recognise(line), Some(JunkKind::PageChrome), "{line}");
        }
        for line in ["56 lượt xem", "• Lượt xem: 13460 lượt xem", "Lượt tải: 25"] {
            assert_eq!(recognise(line), Some(JunkKind::ViewCounter), "{line}");
        }
        for line in ["Thẻ:", "Từ khóa: hội nghị, dân vận", "Tags: Lạng Sơn", "|", "» »"] {
            assert_eq!(recognise(line), Some(JunkKind::PageChrome), "{line}");
        }
    }

    #[test]
    fn near_misses() {
        assert_eq!(recognise("giai đoạn 2011 - 2015"), None);
        assert_eq!(recognise("2011 - 2015"), None);
        assert_eq!(recognise("Các tin khác cho thấy giá vàng tăng."), None);
        assert_eq!(recognise("Kết nối cung cầu lao động"), None);
        assert_eq!(recognise("Ảnh: minh họa.jpg đẹp"), None);
        // A song called "Yesterday", a sentence's lost full stop, a
        // writer's separator, a sentence about keywords.
        for line in ["Yesterday", ".", ",", "***", "---", "Thẻ bảo hiểm y tế được cấp miễn phí", "Ý kiến của cử tri"]
        {
            assert_eq!(recognise(line), None, "{line}");
        }
    }
}
