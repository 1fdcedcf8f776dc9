//! The synthetic benchmark corpus: scraped-looking Vietnamese provincial news
//! reports about carrying out Party and State documents.
//!
//! Everything comes from a fixed-seed splitmix64 generator choosing among the
//! templates and word lists below (written for this project), so the same
//! `--mb` gives the same bytes on every machine. The names, numbers and
//! documents are invented; only their shapes are realistic: datelines, an
//! agency prefix on the lead, document citations, Vietnamese number
//! formatting, subheads, photo file names with captions, scrape leftovers,
//! doubled spaces, no-break spaces and mixed old/new tone placement.
//!
//! Layout of `target/bench-corpus/`:
//! - `reports/rNNNNNN.txt`: one report per file, about `--mb` MB in all;
//! - `reports.jsonl`: the same reports, `{"id": "rNNNNNN", "text": "..."}`;
//! - `single-line-1mb.txt`, `single-line-10mb.txt`: one report each whose
//!   line breaks were lost, the 1 MB one a prefix of the 10 MB one;
//! - `hostile-digits-1mb.txt`: 10^6 seeded random digits on one line;
//! - `hostile-brackets-200k.txt`: a short report whose body nests a figure in
//!   200,000 pairs of round brackets, `(((...)))`;
//! - `STAMP`: what was generated, to regenerate only when needed.
//!
//! [`jsonl_slice`] gives the first records of `reports.jsonl` up to a size,
//! whatever `--mb` is: the fixed input of `cargo xtask bench --instructions`.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

use crate::workspace::Result;

/// Bump when the generator changes, so old corpora are regenerated.
const VERSION: u32 = 2;
const SEED: u64 = 0x6261_6f6c_696e_7431; // "baolint1"
const SINGLE_LINE_SEED: u64 = 0x7369_6e67_6c65_3031;
const DIGITS_SEED: u64 = 0x6469_6769_7473_3031; // "digits01"
/// Pairs of brackets in `hostile-brackets-200k.txt`.
const BRACKET_DEPTH: usize = 200_000;
pub(crate) const MB: u64 = 1_000_000;

#[derive(Debug)]
pub(crate) struct Corpus {
    pub(crate) reports_dir: PathBuf,
    pub(crate) files: u64,
    pub(crate) reports_bytes: u64,
    pub(crate) jsonl: PathBuf,
    pub(crate) jsonl_bytes: u64,
    /// `(path, bytes)` of the 1 MB and the 10 MB single-line reports.
    pub(crate) single_lines: Vec<(PathBuf, u64)>,
    /// `(path, bytes)` of the hostile inputs: a line of digits, nested brackets.
    pub(crate) hostile: Vec<(PathBuf, u64)>,
}

/// Makes sure `dir` holds the corpus for `mb`, generating it when it is
/// missing, was made for another size or version, or its sizes changed.
pub(crate) fn ensure(dir: &Path, mb: u64) -> Result<Corpus> {
    let corpus = Corpus {
        reports_dir: dir.join("reports"),
        files: 0,
        reports_bytes: 0,
        jsonl: dir.join("reports.jsonl"),
        jsonl_bytes: 0,
        single_lines: vec![(dir.join("single-line-1mb.txt"), 0), (dir.join("single-line-10mb.txt"), 0)],
        hostile: vec![(dir.join("hostile-digits-1mb.txt"), 0), (dir.join("hostile-brackets-200k.txt"), 0)],
    };
    let stamp_path = dir.join("STAMP");
    if let Ok(stamp) = fs::read_to_string(&stamp_path)
        && let Some(found) = measure(&corpus)?
        && stamp == stamp_text(&found, mb)
    {
        println!("bench corpus up to date: {}", dir.display());
        return Ok(found);
    }

    println!("generating bench corpus ({mb} MB) in {}", dir.display());
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(&corpus.reports_dir)?;
    let mut corpus = corpus;

    let mut rng = Rng::new(SEED);
    let mut jsonl = BufWriter::new(fs::File::create(&corpus.jsonl)?);
    let target = mb * MB;
    while corpus.reports_bytes < target {
        let id = format!("r{:06}", corpus.files + 1);
        let text = report(&mut rng);
        fs::write(corpus.reports_dir.join(format!("{id}.txt")), &text)?;
        let line = jsonl_record(&id, &text);
        jsonl.write_all(line.as_bytes())?;
        corpus.files += 1;
        corpus.reports_bytes += text.len() as u64;
        corpus.jsonl_bytes += line.len() as u64;
    }
    jsonl.flush()?;
    drop(jsonl);

    let sizes = [MB, 10 * MB];
    for ((path, bytes), size) in corpus.single_lines.iter_mut().zip(sizes) {
        let text = single_line(size);
        fs::write(&*path, &text)?;
        *bytes = text.len() as u64;
    }
    let hostile = [digits_line(MB as usize), nested_brackets(BRACKET_DEPTH)];
    for ((path, bytes), text) in corpus.hostile.iter_mut().zip(hostile) {
        fs::write(&*path, &text)?;
        *bytes = text.len() as u64;
    }

    fs::write(&stamp_path, stamp_text(&corpus, mb))?;
    Ok(corpus)
}

/// The corpus as found on disk, or `None` if a part is missing.
fn measure(expected: &Corpus) -> Result<Option<Corpus>> {
    let Ok(entries) = fs::read_dir(&expected.reports_dir) else {
        return Ok(None);
    };
    let (mut files, mut reports_bytes) = (0, 0);
    for entry in entries {
        let meta = entry?.metadata()?;
        if meta.is_file() {
            files += 1;
            reports_bytes += meta.len();
        }
    }
    let size = |path: &Path| fs::metadata(path).map(|m| m.len()).ok();
    let Some(jsonl_bytes) = size(&expected.jsonl) else {
        return Ok(None);
    };
    let sizes = |files: &[(PathBuf, u64)]| -> Option<Vec<(PathBuf, u64)>> {
        files.iter().map(|(path, _)| Some((path.clone(), size(path)?))).collect()
    };
    let (Some(single_lines), Some(hostile)) = (sizes(&expected.single_lines), sizes(&expected.hostile)) else {
        return Ok(None);
    };
    Ok(Some(Corpus {
        reports_dir: expected.reports_dir.clone(),
        files,
        reports_bytes,
        jsonl: expected.jsonl.clone(),
        jsonl_bytes,
        single_lines,
        hostile,
    }))
}

fn stamp_text(corpus: &Corpus, mb: u64) -> String {
    let mut out = format!(
        "baolint bench corpus v{VERSION}\nmb={mb}\nfiles={}\nreports_bytes={}\njsonl_bytes={}\n",
        corpus.files, corpus.reports_bytes, corpus.jsonl_bytes
    );
    for (path, bytes) in corpus.single_lines.iter().chain(&corpus.hostile) {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let _ = writeln!(out, "{name}={bytes}");
    }
    out
}

/// One line of `reports.jsonl`.
fn jsonl_record(id: &str, text: &str) -> String {
    format!("{{\"id\": \"{id}\", \"text\": {}}}\n", json_string(text))
}

/// The first records of `reports.jsonl`, as many whole lines as fit in
/// `limit` bytes. The same bytes for the same `limit` on every machine and
/// for every `--mb` large enough to hold them.
pub(crate) fn jsonl_slice(limit: u64) -> String {
    let mut rng = Rng::new(SEED);
    let mut out = String::new();
    for n in 1.. {
        let line = jsonl_record(&format!("r{n:06}"), &report(&mut rng));
        if (out.len() + line.len()) as u64 > limit {
            break;
        }
        out.push_str(&line);
    }
    out
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One report whose line breaks were lost, about `size` bytes long. For the
/// same seed a shorter one is a prefix of a longer one.
pub(crate) fn single_line(size: u64) -> String {
    let mut rng = Rng::new(SINGLE_LINE_SEED);
    let mut out = String::new();
    while (out.len() as u64) < size {
        for line in report(&mut rng).lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line);
            if out.len() as u64 >= size {
                break;
            }
        }
    }
    out.push('\n');
    out
}

/// `size` seeded random ASCII digits on one line: one number that never
/// ends, for the number recogniser.
fn digits_line(size: usize) -> String {
    let mut rng = Rng::new(DIGITS_SEED);
    let mut out: String = (0..size).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
    out.push('\n');
    out
}

/// A short report whose body nests a figure in `depth` pairs of round
/// brackets: parentheses are where asides, codes and figures are looked for.
fn nested_brackets(depth: usize) -> String {
    let mut out = String::with_capacity(2 * depth + 512);
    out.push_str("Lạng Sơn: Kết quả thực hiện Nghị quyết số 18-NQ/TW\n\n");
    out.push_str("LSO - Ngày 12/3/2018, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.\n\n");
    out.push_str("Tổng kinh phí ");
    out.extend(std::iter::repeat_n('(', depth));
    out.push_str("ước đạt 1.234,5 tỷ đồng");
    out.extend(std::iter::repeat_n(')', depth));
    out.push_str(" đã được giải ngân.\n");
    out
}

/// splitmix64: tiny and the same on every machine; the bench corpus and the
/// review samples both draw from it.
#[derive(Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is negligible for samples.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi` (the modulo bias is irrelevant here).
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }

    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[(self.next_u64() % items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------
// Word lists.

/// Province, and the prefix its news site puts before a lead.
const PROVINCES: &[(&str, &str)] = &[
    ("Lạng Sơn", "LSO"),
    ("Cao Bằng", "CBO"),
    ("Tuyên Quang", "TQO"),
    ("Yên Bái", "YBO"),
    ("Điện Biên", "ĐBO"),
    ("Phú Thọ", "PTO"),
    ("Hòa Bình", "HBO"),
    ("Thái Bình", "TBO"),
    ("Nghệ An", "NAO"),
    ("Hà Tĩnh", "HTO"),
    ("Quảng Trị", "QTO"),
    ("Kon Tum", "KTO"),
    ("Đắk Lắk", "ĐLO"),
    ("Lâm Đồng", "LĐO"),
    ("Bình Phước", "BPO"),
    ("Bến Tre", "BTO"),
    ("Sóc Trăng", "STO"),
    ("Hậu Giang", "HGO"),
    ("Cà Mau", "CMO"),
];

const DISTRICTS: &[&str] = &[
    "Tân Lập",
    "Phú Thịnh",
    "Đông Hưng",
    "Kim Sơn",
    "Thạch Hà",
    "Yên Thành",
    "Lộc Bình",
    "Bình Gia",
    "Văn Quan",
    "Hữu Lũng",
    "Đình Lập",
    "Tràng Định",
    "Mường Lát",
    "Quế Phong",
    "Hướng Hóa",
    "Đắk Hà",
    "Cát Tiên",
    "Chợ Lách",
    "Mỹ Xuyên",
    "Trần Văn Thời",
];

const COMMUNES: &[&str] = &[
    "Hồng Phong",
    "Tân Thành",
    "Xuân Long",
    "Quang Trung",
    "Minh Khai",
    "Nà Dương",
    "Bắc Sơn",
    "Thanh Lâm",
    "Phước Hòa",
    "An Thạnh",
    "Ea Tul",
    "Tà Lùng",
];

const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Lương",
    "Triệu", "Nông",
];
const MIDDLE_NAMES: &[&str] =
    &["Văn", "Thị", "Minh", "Thanh", "Đức", "Quốc", "Hữu", "Ngọc", "Xuân", "Thu", "Hồng", "Công"];
const GIVEN_NAMES: &[&str] = &[
    "Hưng", "Hương", "Lan", "Tuấn", "Dũng", "Hà", "Bình", "Thắng", "Hải", "Phương", "Long", "Quang", "Thảo", "Sơn",
    "Yến", "Cường", "Nga", "Việt", "Khánh", "Tâm",
];

/// Positions; `{dist}` is replaced by the report's district.
const POSITIONS: &[&str] = &[
    "Phó Bí thư Thường trực Tỉnh ủy",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy",
    "Bí thư Huyện ủy {dist}",
    "Phó Bí thư Thường trực Huyện ủy {dist}",
    "Phó Chủ tịch UBND tỉnh",
    "Chủ tịch UBND huyện {dist}",
    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
    "Chủ tịch HĐND huyện {dist}",
];

/// Who holds the meeting; `{dist}` as above.
const HOSTS: &[&str] = &[
    "Ban Thường vụ Tỉnh ủy",
    "Ban Thường vụ Huyện ủy {dist}",
    "Huyện ủy {dist}",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Ủy ban nhân dân huyện {dist}",
];

const UNITS: &[&str] = &[
    "các cấp ủy, tổ chức đảng",
    "các cơ quan, đơn vị",
    "các xã, phường, thị trấn",
    "các chi, đảng bộ trực thuộc",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    "các sở, ban, ngành",
];

const MASS_ORGS: &[&str] = &[
    "Hội Nông dân tỉnh",
    "Hội Liên hiệp Phụ nữ huyện",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
    "Hội Cựu chiến binh huyện",
    "Liên đoàn Lao động tỉnh",
    "Ủy ban MTTQ Việt Nam huyện",
];

const MODELS: &[&str] = &[
    "Dân vận khéo",
    "Ngày thứ bảy tình nguyện",
    "Thắp sáng đường quê",
    "Con đường hoa",
    "Tổ liên gia an toàn",
    "Mỗi tuần một việc tốt",
    "Hũ gạo tình thương",
    "Chi hội không có hội viên vi phạm pháp luật",
];

/// Subject matter of the main document: `(in a sentence, in a headline)`.
const TOPICS: &[(&str, &str)] = &[
    ("tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "học tập và làm theo Bác"),
    ("tăng cường và đổi mới công tác dân vận của Đảng trong tình hình mới", "công tác dân vận"),
    ("xây dựng nông thôn mới", "xây dựng nông thôn mới"),
    ("đẩy mạnh cải cách hành chính", "cải cách hành chính"),
    ("thực hiện mục tiêu giảm nghèo bền vững", "giảm nghèo bền vững"),
    (
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
        "bảo vệ nền tảng tư tưởng của Đảng",
    ),
    ("tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể", "phát triển kinh tế tập thể"),
    ("tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực", "phòng, chống tham nhũng"),
    ("công tác văn thư", "công tác văn thư"),
    ("nâng cao chất lượng sinh hoạt chi bộ", "đổi mới sinh hoạt chi bộ"),
    ("chuyển đổi số", "chuyển đổi số"),
    ("tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông", "an toàn giao thông"),
];

const VENUES: &[&str] = &[
    "Hội trường Trung tâm Chính trị huyện {dist}",
    "Trung tâm Hội nghị tỉnh",
    "trụ sở Huyện ủy {dist}",
    "Hội trường Ủy ban nhân dân xã {commune}",
    "Nhà văn hóa thôn Bản Chu",
];

const SUBHEADS: &[&str] = &[
    "Tạo chuyển biến rõ nét trong nhận thức và hành động",
    "Nhiều mô hình hay, cách làm sáng tạo",
    "Những kết quả nổi bật",
    "Một số hạn chế, tồn tại",
    "Phương hướng, nhiệm vụ thời gian tới",
    "Lan tỏa những tấm gương điển hình",
    "Cụ thể hóa bằng chương trình hành động",
    "Sức lan tỏa từ cơ sở",
];

const PEN_NAMES: &[&str] = &[
    "Xuân Hương",
    "Thu Hà",
    "Minh Anh",
    "Văn Hùng",
    "Ngọc Lan",
    "Hoàng Long",
    "Thanh Tâm",
    "Quốc Huy",
    "Phương Thảo",
    "Hải Yến",
    "Đức Thịnh",
    "Bích Ngọc",
];

const WEEKDAYS: &[&str] = &["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

// ---------------------------------------------------------------------------
// Sentence templates. `{key}` and `{key:a-b}` are expanded by `Gen::key`.

const LEADS: &[&str] = &[
    "{when}, {host} tổ chức hội nghị tổng kết {years} năm thực hiện {docfull} về {topic}.",
    "{when}, {host} tổ chức hội nghị sơ kết {years} năm thực hiện {docfull}.",
    "{when}, tại {venue}, {host} tổ chức hội nghị học tập, quán triệt, triển khai thực hiện {docfull}.",
    "Qua {years} năm triển khai thực hiện {docfull} về {topic}, {units} trên địa bàn tỉnh {prov} đã đạt được nhiều kết quả quan trọng.",
    "{when}, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do {person} làm trưởng đoàn đã làm việc với {host} về kết quả thực hiện {docfull}.",
];

const LEAD_FOLLOWUPS: &[&str] = &[
    "Dự hội nghị có {person}; đại diện lãnh đạo các ban, sở, ngành và {n:80-350} đại biểu.",
    "Tham dự có {person} cùng {n:60-250} đại biểu là bí thư, phó bí thư các chi, đảng bộ trực thuộc.",
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến {n:8-30} điểm cầu với trên {n:400-2500} đại biểu tham dự.",
];

const IMPLEMENTATION: &[&str] = &[
    "Ngay sau khi {doc} được ban hành, {host} đã xây dựng kế hoạch, chỉ đạo {units} tổ chức học tập, quán triệt đến {pct_whole} cán bộ, đảng viên.",
    "Các cấp ủy đã tổ chức {n:20-300} hội nghị, lớp học tập, quán triệt cho {n:1000-60000} lượt cán bộ, đảng viên và quần chúng nhân dân, đạt {pct}.",
    "Việc thực hiện {doc} được gắn với {doc2}, tạo sự thống nhất trong nhận thức và hành động.",
    "{Units} đã cụ thể hóa nội dung {doc} thành các chương trình, kế hoạch hành động phù hợp với điều kiện thực tế của địa phương, đơn vị.",
    "Công tác tuyên truyền được đẩy mạnh với nhiều hình thức phong phú như hội nghị, tọa đàm, hội thi, pa nô, áp phích và trên các trang mạng xã hội.",
    "Hằng năm, {pct_whole} chi bộ đưa nội dung {doc} vào sinh hoạt chuyên đề, sinh hoạt chi bộ định kỳ.",
    "Trong {period}, {host} đã ban hành {n:5-40} văn bản lãnh đạo, chỉ đạo, trong đó có {doc2}.",
    "Đài Truyền thanh - Truyền hình huyện {dist} đã phát sóng {n:50-900} tin, bài, phóng sự về việc thực hiện {doc}.",
    "Cổng thông tin điện tử của tỉnh đăng tải {n:100-3000} tin, bài, thu hút {n:10000-900000} lượt truy cập.",
    "Thực hiện {doc2}, {units} đã rà soát, bổ sung quy chế làm việc và phân công nhiệm vụ cụ thể cho từng đồng chí cấp ủy viên.",
    "Ban Tuyên giáo Tỉnh ủy đã biên soạn và phát hành {n:2000-40000} cuốn tài liệu hỏi - đáp về {doc} tới các chi bộ.",
    "Báo cáo viên các cấp đã nói chuyện chuyên đề tại {n:40-600} buổi sinh hoạt, thu hút trên {n:3000-50000} lượt người nghe.",
    "Nhiều địa phương đã đưa chỉ tiêu thực hiện {doc} vào nghị quyết đại hội đảng bộ nhiệm kỳ {term_years}.",
    "Công tác kiểm tra, giám sát được tiến hành thường xuyên; trong {period}, các cấp ủy đã kiểm tra {n:30-400} tổ chức đảng và {n:100-2000} đảng viên.",
    "Người đứng đầu cấp ủy, chính quyền các cấp đã nêu gương, trực tiếp đối thoại với nhân dân tại {n:20-300} cuộc.",
    "{Units} đã ký kết {n:5-60} chương trình phối hợp, bảo đảm sự thống nhất trong lãnh đạo, chỉ đạo.",
];

const STATISTICS: &[&str] = &[
    "Toàn tỉnh có {breakdown}.",
    "Giai đoạn {period_short}, toàn huyện có {breakdown}.",
    "Tỷ lệ cán bộ, đảng viên tham gia học tập đạt {pct}, tăng {dec:1-6}% so với nhiệm kỳ trước.",
    "Tổng nguồn lực huy động để thực hiện các phần việc cụ thể đạt {money_split}.",
    "Các phong trào thi đua thu hút {van}.",
    "Thu nhập bình quân đầu người năm {year_prev} đạt {dec:30-75} triệu đồng, tăng {dec:1-9} triệu đồng so với năm trước.",
    "Tỷ lệ hộ nghèo giảm từ {poverty}.",
    "Toàn huyện đã xây dựng mới và nâng cấp {dec:5-150} km đường giao thông nông thôn, {n:10-120} nhà văn hóa thôn, bản.",
    "Đến nay, {fraction} xã đạt chuẩn nông thôn mới, {n:1-6} xã đạt chuẩn nông thôn mới nâng cao.",
    "Có {n:50-2000} mô hình, {n:20-800} tập thể và {n:100-5000} cá nhân được các cấp khen thưởng trong {period}.",
    "Số đảng viên mới kết nạp đạt {n:150-2400} đồng chí, vượt {n:3-30}% chỉ tiêu đề ra.",
    "Kinh phí hỗ trợ từ ngân sách tỉnh là {money}, ngân sách huyện {money} và xã hội hóa {money}.",
    "Trong {period}, toàn tỉnh đã giải quyết việc làm mới cho {n:5000-60000} lao động, tỷ lệ lao động qua đào tạo đạt {pct}.",
    "Tổng thu ngân sách nhà nước trên địa bàn năm {year_prev} đạt {money}, bằng {n:101-135}% dự toán.",
    "Đã có {n:200-8000} hộ đăng ký và đạt danh hiệu “Gia đình văn hóa”, chiếm {pct} tổng số hộ.",
    "Toàn tỉnh hiện có {n:40-300} hợp tác xã, {n:300-2500} tổ hợp tác với trên {n:5000-40000} thành viên.",
    "Các cấp đã xử lý {n:2-40} đảng viên vi phạm, trong đó khai trừ {n:1-5} trường hợp.",
    "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt {pct}, tăng so với năm {year_prev}.",
];

const MODEL_SENTENCES: &[&str] = &[
    "Nhiều mô hình, cách làm hay được nhân rộng như mô hình {model} ở xã {commune}, mô hình {model} của {mass_org}.",
    "Phong trào {model} tiếp tục được triển khai sâu rộng với {n:30-900} mô hình được công nhận.",
    "Điển hình như ông {name}, Bí thư Chi bộ thôn Nà Lầm, xã {commune}, đã vận động nhân dân hiến {n:200-5000} m² đất để mở rộng đường giao thông.",
    "Những tấm gương người tốt, việc tốt được tuyên truyền, nhân rộng, tạo sức lan tỏa mạnh mẽ trong cộng đồng.",
    "{Mass_org} đã vận động hội viên đóng góp {money} xây dựng nhà “Đại đoàn kết” cho hộ nghèo.",
    "Nhiều tập thể, cá nhân được Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy tặng Bằng khen vì có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Tại xã {commune}, mô hình {model} đã giúp {n:20-300} hộ thoát nghèo trong {period}.",
    "Nhiều cán bộ, đảng viên đã gương mẫu đi đầu trong việc hiến đất, góp công làm đường, xây dựng nhà văn hóa.",
    "Đoàn viên, thanh niên đã tổ chức {n:50-600} hoạt động tình nguyện, làm mới {dec:1-30} km đường bê tông.",
];

const SHORTCOMINGS: &[&str] = &[
    "Tuy nhiên, việc thực hiện {doc} vẫn còn một số hạn chế.",
    "Một số cấp ủy, chính quyền chưa quan tâm đúng mức đến công tác kiểm tra, giám sát việc thực hiện {doc}.",
    "Việc xây dựng và nhân rộng các mô hình điển hình ở một số nơi còn hình thức, chưa bền vững.",
    "Công tác sơ kết, tổng kết ở một số đơn vị còn chậm; chất lượng báo cáo chưa cao.",
    "Nguyên nhân của những hạn chế trên chủ yếu do nhận thức của một bộ phận cán bộ, đảng viên chưa đầy đủ; nguồn lực đầu tư còn hạn chế.",
    "Tỷ lệ đảng viên tham gia sinh hoạt ở {n:3-12} chi bộ chưa đạt yêu cầu.",
];

const DIRECTIONS: &[&str] = &[
    "Thời gian tới, {host} tiếp tục quán triệt sâu rộng {doc}, gắn với thực hiện {doc2}.",
    "Các cấp ủy, tổ chức đảng cần đổi mới nội dung, phương thức tuyên truyền, đưa việc thực hiện {doc} trở thành việc làm thường xuyên.",
    "Phấn đấu đến năm {year_next}, {pct_whole} cơ quan, đơn vị đạt danh hiệu văn hóa; tỷ lệ hộ nghèo giảm bình quân {dec:1-3}%/năm.",
    "Tăng cường công tác kiểm tra, giám sát; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
    "Đẩy mạnh {topic_head} gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị trong {period_next}.",
    "Chú trọng phát hiện, bồi dưỡng, tuyên truyền các điển hình tiên tiến, các mô hình hay, cách làm sáng tạo.",
    "Gắn việc thực hiện {doc} với công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.",
];

const SPEECHES: &[&str] = &[
    "Phát biểu chỉ đạo tại hội nghị, {person} ghi nhận, biểu dương những kết quả mà {units} đã đạt được trong thời gian qua.",
    "Đồng chí {name} đề nghị {units} tiếp tục nâng cao nhận thức, trách nhiệm của người đứng đầu trong việc thực hiện {doc}.",
    "Tại hội nghị, các đại biểu đã tập trung thảo luận, chia sẻ kinh nghiệm và đề xuất nhiều giải pháp để nâng cao hiệu quả thực hiện {doc}.",
    "Hội nghị đã nghe {n:5-12} ý kiến tham luận của đại diện các cơ quan, đơn vị, địa phương.",
    "Theo {person}, đây là nhiệm vụ vừa cơ bản, lâu dài, vừa cấp bách trước mắt.",
    "Đồng chí {name} nhấn mạnh, cần tiếp tục đổi mới phương thức lãnh đạo, phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu.",
    "Kết luận hội nghị, {person} yêu cầu {units} khắc phục những hạn chế đã chỉ ra, hoàn thành các chỉ tiêu đề ra trong năm {year_this}.",
];

const AWARDS: &[&str] = &[
    "Dịp này, {host} đã tặng Giấy khen cho {n:5-60} tập thể và {n:10-120} cá nhân có thành tích xuất sắc trong {years} năm thực hiện {doc}.",
    "Chủ tịch UBND tỉnh tặng Bằng khen cho {n:2-20} tập thể, {n:3-30} cá nhân tiêu biểu.",
    "Nhân dịp này, {n:3-25} tập thể và {n:5-40} cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì đã có thành tích tiêu biểu.",
];

const HEADLINES: &[&str] = &[
    "{Place} tổng kết {years} năm thực hiện {doc_head}",
    "Sơ kết {years} năm thực hiện {doc_head} tại {place}",
    "{Place}: Quán triệt, triển khai {doc_head}",
    "Hiệu quả từ việc thực hiện {doc_head} ở {place}",
    "Đẩy mạnh {topic_head} ở {place}",
    "{years} năm thực hiện {doc_head}: Tạo chuyển biến tích cực",
];

const CAPTIONS: &[&str] = &[
    "Đồng chí {name}, {position} phát biểu tại hội nghị",
    "Quang cảnh hội nghị",
    "{Host} trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
    "Các đại biểu dự hội nghị",
    "Lãnh đạo huyện {dist} thăm mô hình {model} tại xã {commune} (Ảnh: {pen})",
];

const JUNK_TOP: &[&str] = &["Lượt xem: {n:12-4000}", "Cỡ chữ: A- A A+", "In bài viết"];

// ---------------------------------------------------------------------------
// Documents.

#[derive(Debug)]
struct Doc {
    /// "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (khóa XII)"
    full: String,
    /// "Chỉ thị số 05-CT/TW"
    short: String,
    /// "Chỉ thị 05-CT/TW" or "Chỉ thị số 05"
    headline: String,
    year: u64,
}

/// `(kind, code, issuer, party)`: party documents are numbered `05-CT/TW`,
/// state ones `30/2020/NĐ-CP` or `123/QĐ-TTg` (`{y}` marks the year slot).
const DOC_KINDS: &[(&str, &str, &str, bool)] = &[
    ("Chỉ thị", "CT/TW", "Bộ Chính trị", true),
    ("Chỉ thị", "CT/TW", "Ban Bí thư", true),
    ("Nghị quyết", "NQ/TW", "Ban Chấp hành Trung ương Đảng", true),
    ("Nghị quyết", "NQ/TW", "Bộ Chính trị", true),
    ("Kết luận", "KL/TW", "Bộ Chính trị", true),
    ("Kết luận", "KL/TW", "Ban Bí thư", true),
    ("Quy định", "QĐ/TW", "Bộ Chính trị", true),
    ("Chỉ thị", "CT/TU", "Ban Thường vụ Tỉnh ủy", true),
    ("Nghị quyết", "NQ/TU", "Ban Chấp hành Đảng bộ tỉnh", true),
    ("Kế hoạch", "KH/TU", "Ban Thường vụ Tỉnh ủy", true),
    ("Hướng dẫn", "HD/BTGTW", "Ban Tuyên giáo Trung ương", true),
    ("Nghị định", "{y}/NĐ-CP", "Chính phủ", false),
    ("Nghị quyết", "NQ-CP", "Chính phủ", false),
    ("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ", false),
    ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ", false),
    ("Kế hoạch", "KH-UBND", "Ủy ban nhân dân tỉnh", false),
    ("Thông tư", "{y}/TT-BNV", "Bộ Nội vụ", false),
];

/// The Party Central Committee term in office in `year`.
fn term(year: u64) -> &'static str {
    match year {
        ..=2005 => "IX",
        2006..=2010 => "X",
        2011..=2015 => "XI",
        2016..=2020 => "XII",
        _ => "XIII",
    }
}

fn document(rng: &mut Rng, report_year: u64) -> Doc {
    let &(kind, code, issuer, party) = rng.pick(DOC_KINDS);
    let year = rng.range(report_year - 10, report_year - 1);
    let (month, day) = (rng.range(1, 12), rng.range(1, 28));
    let number = if party {
        let n = rng.range(1, 60);
        format!("{n:02}-{code}")
    } else if code.starts_with("{y}") {
        format!("{}/{year}/{}", rng.range(1, 180), &code[4..])
    } else {
        format!("{}/{code}", rng.range(1, 2400))
    };
    let date = match rng.range(0, 9) {
        0 => format!("{day:02}/{month:02}/{year}"),
        1 => format!("{day} tháng {month} năm {year}"),
        _ => format!("{day}/{month}/{year}"),
    };
    let mut full = format!("{kind} số {number} ngày {date} của {issuer}");
    if issuer.ends_with("Trung ương Đảng") || issuer == "Bộ Chính trị" || issuer == "Ban Bí thư" {
        let _ = write!(full, " (khóa {})", term(year));
    }
    let short = format!("{kind} số {number}");
    let headline = if rng.chance(50) {
        format!("{kind} {number}")
    } else {
        let lead = number.split(['-', '/']).next().unwrap_or(&number);
        format!("{kind} số {lead}")
    };
    Doc { full, short, headline, year }
}

// ---------------------------------------------------------------------------
// Reports.

/// What one report is about; fixed before its text is generated.
#[derive(Debug)]
struct Ctx {
    province: &'static str,
    agency: &'static str,
    district: &'static str,
    commune: &'static str,
    year: u64,
    month: u64,
    day: u64,
    doc: Doc,
    topic: (&'static str, &'static str),
    host: String,
    /// "đồng chí Nguyễn Văn Hưng, Phó Bí thư Thường trực Tỉnh ủy"
    persons: Vec<(String, String)>,
}

fn person_name(rng: &mut Rng) -> String {
    format!("{} {} {}", rng.pick(FAMILY_NAMES), rng.pick(MIDDLE_NAMES), rng.pick(GIVEN_NAMES))
}

/// Day of the week, 0 = Sunday (Sakamoto's method).
fn weekday(year: u64, month: u64, day: u64) -> usize {
    const T: [u64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    ((y + y / 4 - y / 100 + y / 400 + T[month as usize - 1] + day) % 7) as usize
}

fn report(rng: &mut Rng) -> String {
    let &(province, agency) = rng.pick(PROVINCES);
    let district = *rng.pick(DISTRICTS);
    let year = rng.range(2012, 2024);
    let doc = document(rng, year);
    let host = rng.pick(HOSTS).replace("{dist}", district);
    let persons = (0..rng.range(1, 3))
        .map(|_| {
            let position = rng.pick(POSITIONS).replace("{dist}", district);
            (person_name(rng), position)
        })
        .collect();
    let ctx = Ctx {
        province,
        agency,
        district,
        commune: rng.word(COMMUNES),
        year,
        month: rng.range(1, 12),
        day: rng.range(1, 28),
        doc,
        topic: *rng.pick(TOPICS),
        host,
        persons,
    };
    let mut g = Gen { rng, ctx: &ctx, used: Vec::new() };
    g.report()
}

struct Gen<'a> {
    rng: &'a mut Rng,
    ctx: &'a Ctx,
    /// Sentence templates this report has used.
    used: Vec<&'static str>,
}

/// Old-style tone placement ("khoá", "Uỷ") that scraped reports mix with the
/// new one ("khóa", "Ủy"); the templates are written in the new style.
const OLD_STYLE: &[(&str, &str)] = &[
    ("hóa", "hoá"),
    ("Hóa", "Hoá"),
    ("hòa", "hoà"),
    ("Hòa", "Hoà"),
    ("tọa", "toạ"),
    ("Ủy", "Uỷ"),
    ("ủy", "uỷ"),
    ("lũy", "luỹ"),
];

fn old_style(text: &str) -> String {
    let mut text = text.to_string();
    for (new, old) in OLD_STYLE {
        text = text.replace(new, old);
    }
    text
}

impl Gen<'_> {
    fn report(&mut self) -> String {
        let mut lines: Vec<String> = Vec::new();
        if self.rng.chance(15) {
            let junk = self.rng_pick(JUNK_TOP);
            lines.push(self.expand(junk));
        }
        let dateline = self.dateline();
        let template = self.rng_pick(HEADLINES);
        let mut headline = self.expand(template);
        if self.rng.chance(10) {
            headline = headline.to_uppercase();
        }
        if self.rng.chance(70) {
            lines.push(dateline);
            lines.push(headline);
        } else {
            lines.push(headline);
            lines.push(dateline);
        }
        lines.push(self.lead());

        let mut subheads: Vec<&str> = SUBHEADS.to_vec();
        let with_subheads = self.rng.chance(35);
        let mut images = self.rng.range(0, 3);
        for (i, templates) in self.plan().into_iter().enumerate() {
            if with_subheads && i > 0 && i % 4 == 0 && !subheads.is_empty() {
                let at = self.rng.range(0, subheads.len() as u64 - 1) as usize;
                lines.push(subheads.swap_remove(at).to_string());
            }
            if images > 0 && self.rng.chance(25) {
                images -= 1;
                lines.push(self.image_file());
                let caption = self.fresh(CAPTIONS, &[]);
                lines.push(self.expand(caption));
            }
            lines.push(self.paragraph(templates));
        }

        lines.push(self.byline());
        if self.rng.chance(60) {
            lines.push(self.expand("Lượt xem: {n:12-4000}"));
        }
        if self.rng.chance(50) {
            lines.push("Các tin khác".to_string());
            for _ in 0..self.rng.range(2, 4) {
                let other = document(self.rng, self.ctx.year);
                let topic = self.rng.pick(TOPICS).1;
                lines.push(format!(
                    "Triển khai {} về {topic}",
                    if self.rng.chance(50) { &other.headline } else { &other.short }
                ));
            }
        }

        // Spelling: mostly new style, sometimes old, sometimes mixed.
        let style = self.rng.range(0, 19);
        let blank_lines = self.rng.chance(50);
        let mut out = String::new();
        for line in lines {
            let line = match style {
                0..=2 => old_style(&line),
                3..=4 if self.rng.chance(50) => old_style(&line),
                _ => line,
            };
            out.push_str(&self.whitespace_noise(line));
            out.push('\n');
            if blank_lines {
                out.push('\n');
            }
        }
        out
    }

    fn rng_pick(&mut self, items: &[&'static str]) -> &'static str {
        self.rng.word(items)
    }

    /// Doubled spaces, no-break spaces and trailing blanks, as scraped.
    fn whitespace_noise(&mut self, line: String) -> String {
        let mut line = line;
        for (percent, replacement) in [(8, "  "), (6, "\u{a0}")] {
            if self.rng.chance(percent) {
                let spaces: Vec<usize> = line.match_indices(' ').map(|(i, _)| i).collect();
                if !spaces.is_empty() {
                    let at = spaces[self.rng.range(0, spaces.len() as u64 - 1) as usize];
                    line.replace_range(at..at + 1, replacement);
                }
            }
        }
        if self.rng.chance(4) {
            line.push(' ');
        }
        line
    }

    fn dateline(&mut self) -> String {
        let c = self.ctx;
        let (hh, mm) = (self.rng.range(6, 21), self.rng.range(0, 59));
        match self.rng.range(0, 3) {
            0 => {
                // A wrong weekday now and then, as on real sites.
                let mut wd = weekday(c.year, c.month, c.day);
                if self.rng.chance(3) {
                    wd = (wd + 1) % 7;
                }
                format!("{}, {:02}/{:02}/{}", WEEKDAYS[wd], c.day, c.month, c.year)
            }
            1 => format!("Cập nhật: {hh:02}:{mm:02} | {:02}/{:02}/{}", c.day, c.month, c.year),
            2 => format!("Ngày đăng: {:02}/{:02}/{} {hh:02}:{mm:02}", c.day, c.month, c.year),
            _ => format!(
                "{}, {}/{}/{}, {hh:02}:{mm:02}",
                WEEKDAYS[weekday(c.year, c.month, c.day)],
                c.day,
                c.month,
                c.year
            ),
        }
    }

    fn lead(&mut self) -> String {
        let c = self.ctx;
        let prefix = match self.rng.range(0, 4) {
            0 => format!("({}) - ", c.agency),
            1 => format!("{} - ", c.agency),
            2 => format!("{}- ", c.agency),
            _ => format!("{}-", c.agency),
        };
        let lead = self.rng_pick(LEADS);
        let followup = self.rng_pick(LEAD_FOLLOWUPS);
        let mut text = prefix + &self.expand(lead);
        text.push(' ');
        text.push_str(&self.expand(followup));
        text
    }

    /// The kinds of the 5 to 15 body paragraphs, in order: what was done,
    /// results, then shortcomings, speeches and awards, and the way ahead.
    fn plan(&mut self) -> Vec<&'static [&'static str]> {
        let total = self.rng.range(5, 15) as usize;
        let mut tail: Vec<&'static [&'static str]> = Vec::new();
        if self.rng.chance(60) {
            tail.push(SHORTCOMINGS);
        }
        if self.rng.chance(50) {
            tail.push(SPEECHES);
        }
        if self.rng.chance(30) {
            tail.push(AWARDS);
        }
        tail.push(DIRECTIONS);
        let mut plan: Vec<&'static [&'static str]> = vec![IMPLEMENTATION];
        while plan.len() + tail.len() < total {
            plan.push(match self.rng.range(0, 19) {
                0..=7 => STATISTICS,
                8..=12 => IMPLEMENTATION,
                13..=16 => MODEL_SENTENCES,
                _ => SPEECHES,
            });
        }
        plan.extend(tail);
        plan
    }

    /// 2 to 5 sentences from `templates`, preferring ones this report has
    /// not used yet.
    fn paragraph(&mut self, templates: &[&'static str]) -> String {
        let count = self.rng.range(2, 5).min(templates.len() as u64);
        let mut out = String::new();
        let mut here: Vec<&'static str> = Vec::new();
        for _ in 0..count {
            let template = self.fresh(templates, &here);
            here.push(template);
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.expand(template));
        }
        out
    }

    /// One of `templates` that is not in `exclude`, preferring one this
    /// report has not used yet; remembers it as used.
    fn fresh(&mut self, templates: &[&'static str], exclude: &[&'static str]) -> &'static str {
        let mut fresh: Vec<&'static str> =
            templates.iter().copied().filter(|t| !exclude.contains(t) && !self.used.contains(t)).collect();
        if fresh.is_empty() {
            fresh = templates.iter().copied().filter(|t| !exclude.contains(t)).collect();
        }
        let template = self.rng.word(&fresh);
        self.used.push(template);
        template
    }

    fn image_file(&mut self) -> String {
        let c = self.ctx;
        match self.rng.range(0, 3) {
            0 => format!("{}.jpg", self.rng.range(100, 9999)),
            1 => format!("IMG_{}{:02}{:02}_{:06}.jpg", c.year, c.month, c.day, self.rng.range(60_000, 215_959)),
            2 => format!("DSC0{}.JPG", self.rng.range(1000, 9999)),
            _ => format!("hoi-nghi-{}.png", self.rng.range(1, 40)),
        }
    }

    fn byline(&mut self) -> String {
        let pen = *self.rng.pick(PEN_NAMES);
        match self.rng.range(0, 4) {
            0 | 1 => pen.to_uppercase(),
            2 => format!("Tin, ảnh: {}", pen.to_uppercase()),
            3 => format!("{pen} - {}", self.rng.pick(PEN_NAMES)),
            _ => format!("{} (Ban Tuyên giáo Huyện ủy {})", pen.to_uppercase(), self.ctx.district),
        }
    }

    fn expand(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed `{` in template");
            self.key(&rest[open + 1..close], &mut out);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn key(&mut self, key: &str, out: &mut String) {
        let c = self.ctx;
        let (name, arg) = key.split_once(':').unwrap_or((key, ""));
        let range = || -> (u64, u64) {
            let (lo, hi) = arg.split_once('-').expect("range argument");
            (lo.parse().expect("range start"), hi.parse().expect("range end"))
        };
        match name {
            "n" => {
                let (lo, hi) = range();
                out.push_str(&thousands(self.rng.range(lo, hi)));
            }
            "dec" => {
                let (lo, hi) = range();
                out.push_str(&self.decimal(lo * 100, hi * 100));
            }
            "pct" => out.push_str(&self.percent()),
            "pct_whole" => out.push_str(match self.rng.range(0, 3) {
                0 => "trên 95%",
                1 => "gần 100%",
                _ => "100%",
            }),
            "money" => out.push_str(&self.money(1, 9_000)),
            "money_split" => {
                let total = self.rng.range(500, 90_000);
                let part = self.rng.range(total / 10, total * 3 / 5);
                out.push_str(&format!("{}, trong đó nhân dân đóng góp {}", money_text(total), money_text(part)));
            }
            "van" => {
                let n = self.decimal(100, 900);
                let what = self.rng.pick(&["đại biểu", "lượt người", "hội viên", "đoàn viên"]);
                let about = self.rng.pick(&["trên", "gần", "hơn"]);
                out.push_str(&format!("{about} {n} vạn {what} tham gia"));
            }
            "breakdown" => out.push_str(&self.breakdown()),
            "poverty" => {
                let from = self.rng.range(800, 2500);
                let to = self.rng.range(50, from / 3);
                out.push_str(&format!(
                    "{}% năm {} xuống còn {}% năm {}",
                    decimal_text(from, 2),
                    c.doc.year,
                    decimal_text(to, 2),
                    c.year - 1
                ));
            }
            "fraction" => {
                let of = self.rng.range(8, 30);
                let done = self.rng.range(1, of);
                out.push_str(&format!("{done}/{of}"));
            }
            "period" => {
                let (a, b) = period(c.doc.year);
                let sep = self.rng.pick(&["-", " - ", "–"]);
                out.push_str(&format!("giai đoạn {a}{sep}{b}"));
            }
            "period_short" => {
                let (a, b) = period(c.doc.year);
                out.push_str(&format!("{a}-{b}"));
            }
            "period_next" => {
                let (_, b) = period(c.year);
                out.push_str(&format!("giai đoạn {}-{}", b + 1, b + 5));
            }
            "year_prev" => out.push_str(&(c.year - 1).to_string()),
            "year_this" => out.push_str(&c.year.to_string()),
            "term_years" => {
                // Party congresses: 2010, 2015, 2020, 2025.
                let start = c.year - c.year % 5;
                out.push_str(&format!("{start} - {}", start + 5));
            }
            "year_next" => out.push_str(&(c.year + self.rng.range(1, 6)).to_string()),
            "years" => out.push_str(&(c.year - c.doc.year).max(1).to_string()),
            "when" => out.push_str(&self.when()),
            "doc" => {
                if self.rng.chance(70) {
                    out.push_str(&c.doc.short);
                } else {
                    out.push_str(&c.doc.headline);
                }
            }
            "docfull" => out.push_str(&c.doc.full),
            "doc2" => out.push_str(&document(self.rng, c.year).full),
            "doc_head" => out.push_str(&c.doc.headline),
            "topic" => out.push_str(c.topic.0),
            "topic_head" => out.push_str(c.topic.1),
            "host" => out.push_str(&c.host),
            "Host" => out.push_str(&c.host),
            "units" => out.push_str(self.rng.word(UNITS)),
            "Units" => out.push_str(&capitalize(self.rng.word(UNITS))),
            "prov" => out.push_str(c.province),
            "dist" => out.push_str(c.district),
            "commune" => out.push_str(c.commune),
            "place" | "Place" => {
                let place = match self.rng.range(0, 2) {
                    0 => format!("huyện {}", c.district),
                    _ => c.province.to_string(),
                };
                out.push_str(&if name == "Place" { capitalize(&place) } else { place });
            }
            "venue" => {
                let venue = self.rng.pick(VENUES).replace("{dist}", c.district).replace("{commune}", c.commune);
                out.push_str(&venue);
            }
            "person" => {
                let (name, position) = self.rng.pick(&c.persons);
                out.push_str(&format!("đồng chí {name}, {position}"));
            }
            "name" => out.push_str(&self.rng.pick(&c.persons).0),
            "position" => out.push_str(&self.rng.pick(&c.persons).1),
            "mass_org" => out.push_str(self.rng.word(MASS_ORGS)),
            "Mass_org" => out.push_str(self.rng.word(MASS_ORGS)),
            "model" => {
                let model = self.rng.pick(MODELS);
                if self.rng.chance(80) {
                    out.push_str(&format!("“{model}”"));
                } else {
                    out.push_str(&format!("\"{model}\""));
                }
            }
            "pen" => out.push_str(self.rng.word(PEN_NAMES)),
            other => panic!("unknown template key `{other}`"),
        }
    }

    /// "Ngày 19/5/2014", "Sáng 19/5", "Chiều 19-5", ...
    fn when(&mut self) -> String {
        let c = self.ctx;
        match self.rng.range(0, 5) {
            0 | 1 => format!("Ngày {}/{}/{}", c.day, c.month, c.year),
            2 => format!("Sáng {}/{}", c.day, c.month),
            3 => format!("Chiều {}/{}/{}", c.day, c.month, c.year),
            4 => format!("Sáng nay ({}-{})", c.day, c.month),
            _ => format!("Ngày {:02}/{:02}/{}", c.day, c.month, c.year),
        }
    }

    /// A number of hundredths in `lo..=hi`, written "6,5" or "99,36".
    fn decimal(&mut self, lo: u64, hi: u64) -> String {
        let places = if self.rng.chance(50) { 1 } else { 2 };
        decimal_text(self.rng.range(lo, hi), places)
    }

    fn percent(&mut self) -> String {
        match self.rng.range(0, 19) {
            0 => "100%".to_string(),
            1 => format!("{} %", self.decimal(8_500, 9_999)),
            _ => format!("{}%", self.decimal(8_500, 9_999)),
        }
    }

    /// An amount between `lo` and `hi` million đồng, as written in reports.
    fn money(&mut self, lo: u64, hi: u64) -> String {
        let millions = self.rng.range(lo, hi);
        money_text(millions)
    }

    /// "12.651 tập thể, cá nhân điển hình; trong đó, cấp tỉnh 38 điển hình, ..."
    fn breakdown(&mut self) -> String {
        let province = self.rng.range(10, 90);
        let district = self.rng.range(300, 5_000);
        let grassroots = self.rng.range(1_000, 12_000);
        let mut total = province + district + grassroots;
        // Now and then the parts do not add up, as in real reports.
        if self.rng.chance(5) {
            total += self.rng.range(1, 40);
        }
        format!(
            "{} tập thể, cá nhân điển hình; trong đó, cấp tỉnh {} điển hình, cấp huyện {} điển hình, cấp cơ sở {} điển hình",
            thousands(total),
            thousands(province),
            thousands(district),
            thousands(grassroots)
        )
    }
}

/// The five-year plan period containing `year`: 2011-2015, 2016-2020, ...
fn period(year: u64) -> (u64, u64) {
    let start = year - (year - 1) % 5;
    (start, start + 4)
}

fn money_text(millions: u64) -> String {
    if millions >= 1_000 {
        let tenths = millions / 100;
        format!("{} tỷ đồng", decimal_text(tenths * 10, 1))
    } else {
        format!("{} triệu đồng", thousands(millions))
    }
}

/// `hundredths` written with `places` decimals and a decimal comma, dropping
/// a zero fraction: 650 -> "6,5", 9936 -> "99,36", 1200 -> "12".
fn decimal_text(hundredths: u64, places: u32) -> String {
    let whole = thousands(hundredths / 100);
    let frac = hundredths % 100;
    let frac = if places == 1 { format!("{}", frac / 10) } else { format!("{frac:02}") };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() { whole } else { format!("{whole},{frac}") }
}

/// 12651 -> "12.651".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_vietnamese_way() {
        assert_eq!(thousands(12_651), "12.651");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1.000.000");
        assert_eq!(decimal_text(650, 1), "6,5");
        assert_eq!(decimal_text(9_936, 2), "99,36");
        assert_eq!(decimal_text(1_200, 2), "12");
        assert_eq!(money_text(6_540), "6,5 tỷ đồng");
        assert_eq!(money_text(450), "450 triệu đồng");
    }

    #[test]
    fn weekdays() {
        // 8 December 2022 was a Thursday; 19 May 2014 a Monday.
        assert_eq!(WEEKDAYS[weekday(2022, 12, 8)], "Thứ năm");
        assert_eq!(WEEKDAYS[weekday(2014, 5, 19)], "Thứ hai");
    }

    #[test]
    fn json_escaping() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    }

    #[test]
    fn generation_is_deterministic() {
        let a: Vec<String> = {
            let mut rng = Rng::new(SEED);
            (0..50).map(|_| report(&mut rng)).collect()
        };
        let mut rng = Rng::new(SEED);
        for text in &a {
            assert_eq!(*text, report(&mut rng));
        }
        assert!(a.iter().all(|t| !t.contains('{') && !t.contains('}')));
    }

    #[test]
    fn jsonl_slices_are_whole_records_of_the_corpus_and_nest() {
        let small = jsonl_slice(40_000);
        let large = jsonl_slice(120_000);
        assert!(small.len() <= 40_000 && large.len() <= 120_000 && small.len() > 20_000);
        assert!(large.starts_with(&small) && small.ends_with('\n'));
        let mut rng = Rng::new(SEED);
        assert!(small.starts_with(&jsonl_record("r000001", &report(&mut rng))));
    }

    #[test]
    fn hostile_inputs() {
        let digits = digits_line(1000);
        assert_eq!(digits.len(), 1001);
        assert!(digits.trim_end().bytes().all(|b| b.is_ascii_digit()) && digits.ends_with('\n'));
        assert_eq!(digits, digits_line(1000));
        let brackets = nested_brackets(1000);
        assert_eq!(brackets.matches('(').count(), 1000);
        assert_eq!(brackets.matches(')').count(), 1000);
        assert!(brackets.contains(&format!("{}ước", "(".repeat(1000))));
    }

    #[test]
    fn single_line_reports_have_one_line_and_nest() {
        let small = single_line(20_000);
        let large = single_line(60_000);
        assert_eq!(small.lines().count(), 1);
        assert!(large.starts_with(small.trim_end()));
    }
}
