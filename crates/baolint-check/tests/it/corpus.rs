//! The corpus suite: every real report under `tests/corpus/` has one
//! snapshot with its parsed outline and every diagnostic as users see it.
//! The acceptance facts of each seed are asserted here too, so a snapshot
//! cannot be blessed into saying something wrong about them.

use baolint_check::{Config, Rule};
use baolint_syntax::{BlockKind, JunkKind};

use crate::support::{display_path, report_view, settings, workspace};

#[test]
fn corpus_snapshots() {
    settings("corpus").bind(|| {
        insta::glob!(workspace().join("tests"), "corpus/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("corpus files are UTF-8");
            insta::assert_snapshot!(report_view(&display_path(path), &text, &Config::default()));
        });
    });
}

fn seed(prefix: &str) -> String {
    let dir = workspace().join("tests/corpus");
    let entry = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("seed {prefix} in {}", dir.display()));
    std::fs::read_to_string(entry.path()).expect("UTF-8 seed")
}

fn codes(text: &str) -> Vec<Rule> {
    baolint_check::check_text(text, &Config::default()).into_iter().map(|d| d.rule).collect()
}

fn kinds(text: &str) -> Vec<&'static str> {
    baolint_syntax::parse(text).blocks.iter().map(|b| b.kind.name()).collect()
}

#[test]
fn seed_000_structure_and_findings() {
    let text = seed("000");
    let report = baolint_syntax::parse(&text);
    let (block, dateline) = report.dateline().expect("dateline");
    assert_eq!(block.span.text(&text), "Thứ năm,\u{a0} 08/12/2022");
    let date = dateline.date.expect("date");
    assert_eq!((date.day, date.month, date.year), (8, 12, 2022));
    assert!(report.headline().unwrap().span.text(&text).starts_with("Hội nghị trực tuyến toàn quốc"));
    let lead = report.body().next().unwrap();
    let BlockKind::Lead { prefix: Some(prefix) } = lead.kind else { panic!("lead with prefix: {lead:?}") };
    assert_eq!(prefix.text(&text), "LSO-");
    assert_eq!(report.body().filter(|b| b.kind == BlockKind::Paragraph).count(), 4);
    assert_eq!(report.byline().unwrap().span.text(&text), "XUÂN HƯƠNG");
    let found = codes(&text);
    assert_eq!(found.iter().filter(|&&r| r == Rule::RepeatedWhitespace).count(), 2, "dateline and body");
    assert!(found.contains(&Rule::UnusualSpace), "lone no-break space after 'Chỉ thị 03,'");
    for absent in [Rule::MissingHeadline, Rule::MissingDateline, Rule::MissingByline, Rule::CaptionAsHeadline] {
        assert!(!found.contains(&absent), "{absent} must not fire on seed 000");
    }
}

#[test]
fn seed_001_junk_captions_and_byline() {
    let text = seed("001");
    let report = baolint_syntax::parse(&text);
    let junk: Vec<(JunkKind, &str)> = report
        .junk()
        .map(|b| match b.kind {
            BlockKind::Junk { kind, .. } => (kind, b.span.text(&text)),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        junk,
        [
            (JunkKind::PageChrome, "image banner"),
            (JunkKind::Contact, "1800 1260 - 1800 1261"),
            (JunkKind::ViewCounter, "Lượt xem: 95"),
            (JunkKind::ImageFile, "1410.jpg"),
            (JunkKind::ImageFile, "1428.jpg"),
            (JunkKind::ImageFile, "1424.jpg"),
            (JunkKind::PageChrome, "SẢN PHẨM - DỊCH VỤ"),
            (JunkKind::PageChrome, "Kết nối"),
        ]
    );
    assert_eq!(
        report.headline().unwrap().span.text(&text),
        "Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác"
    );
    assert!(report.dateline().is_none());
    let captions: Vec<&str> =
        report.blocks.iter().filter(|b| b.kind == BlockKind::Caption).map(|b| b.span.text(&text)).collect();
    assert!(captions.contains(&"Quang cảnh hội nghị tại điểm cầu Tỉnh ủy Lào Cai."));
    assert!(captions.len() >= 3);
    assert_eq!(report.byline().unwrap().span.text(&text), "BBT");
    let found = codes(&text);
    assert!(found.contains(&Rule::MissingDateline));
    assert!(found.contains(&Rule::WhitespaceOnlyLine));
    assert_eq!(found.iter().filter(|&&r| r == Rule::ImageFileName).count(), 3);
    assert!(!found.contains(&Rule::MissingHeadline) && !found.contains(&Rule::MissingByline));
}

#[test]
fn seed_002_caption_subheads_trailing_chrome() {
    let text = seed("002");
    assert_eq!(
        kinds(&text)[..4],
        ["headline", "caption", "subhead", "lead"],
        "the second line is a photo caption, then the first subhead"
    );
    let report = baolint_syntax::parse(&text);
    let subheads: Vec<&str> =
        report.blocks.iter().filter(|b| b.kind == BlockKind::Subhead).map(|b| b.span.text(&text)).collect();
    assert_eq!(subheads, ["Cách thức triển khai", "Nhiều mô hình tốt, cách làm hay", "Kinh nghiệm thiết thực"]);
    assert_eq!(kinds(&text).iter().filter(|k| **k == "junk:page-chrome").count(), 4);
    let found = codes(&text);
    assert!(found.contains(&Rule::MissingDateline) && found.contains(&Rule::MissingByline));
    assert_eq!(found.iter().filter(|&&r| r == Rule::TrailingWhitespace).count(), 2);
    // "khoá XI", "Tỉnh uỷ", "cấp uỷ", "Uỷ ban", "Đảng uỷ", "lan toả" against
    // a majority of "khóa", "ủy", "tỏa".
    let minority = messages(&text, Rule::MixedTonePlacement);
    for word in ["\"khoá\"", "\"Uỷ\"", "\"uỷ\"", "\"toả\""] {
        assert!(minority.iter().any(|m| m.starts_with(word)), "{word} in {minority:?}");
    }
    assert!(!found.contains(&Rule::InvalidSyllable));
}

/// The messages of one rule's findings on a text.
fn messages(text: &str, rule: Rule) -> Vec<String> {
    baolint_check::check_text(text, &Config::default())
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| d.message)
        .collect()
}

#[test]
fn seed_003_dateline_slugs_source() {
    let text = seed("003");
    let report = baolint_syntax::parse(&text);
    let (block, dateline) = report.dateline().unwrap();
    assert_eq!(block.span.text(&text), "Cập nhật: 07:02 | 08/11/2019");
    assert_eq!(dateline.time.map(|t| (t.hour, t.minute)), Some((7, 2)));
    let slugs = report.junk().filter(|b| matches!(b.kind, BlockKind::Junk { kind: JunkKind::Slug, .. })).count();
    assert_eq!(slugs, 2);
    assert_eq!(report.byline().unwrap().span.text(&text), "Theo congthuong.vn");
    let found = codes(&text);
    assert_eq!(found.iter().filter(|&&r| r == Rule::SlugLine).count(), 2);
    assert!(found.contains(&Rule::PageChrome), "• Xin chờ trong giây lát...");
    assert!(!found.contains(&Rule::MissingByline) && !found.contains(&Rule::MissingDateline));
    // Orthography: "ngưòi", "khoá XII" beside "khóa XII", straight and curly
    // quotes, "Thu Hồng- Phó", "tôn vinh....".
    let invalid = messages(&text, Rule::InvalidSyllable);
    assert_eq!(invalid.len(), 1, "{invalid:?}");
    assert!(invalid[0].starts_with("\"ngưòi\""));
    assert!(messages(&text, Rule::MixedTonePlacement).iter().all(|m| m.starts_with("\"khoá\"")));
    for rule in [Rule::MixedTonePlacement, Rule::MixedQuotes, Rule::GluedDash, Rule::DotRun] {
        assert_eq!(found.iter().filter(|&&r| r == rule).count().min(1), 1, "{rule}");
    }
}

#[test]
fn seed_004_caption_in_headline_place() {
    let text = seed("004");
    let report = baolint_syntax::parse(&text);
    assert!(report.headline().is_none());
    assert_eq!(report.first_content().unwrap().kind, BlockKind::Caption);
    assert_eq!(report.blocks.iter().filter(|b| b.kind == BlockKind::Caption).count(), 3);
    assert_eq!(report.byline().unwrap().span.text(&text), "Nguyễn Hằng");
    let found = codes(&text);
    assert!(found.contains(&Rule::CaptionAsHeadline));
    assert!(!found.contains(&Rule::MissingHeadline), "one finding for one problem");
    // "kết quả…được"; "BTV" never spelled out, while "(TCĐ)", "(CBĐV)" and
    // "(CCVC)" are defined where first used.
    assert_eq!(messages(&text, Rule::MissingSpaceAfter).len(), 1);
    assert_eq!(messages(&text, Rule::UndefinedAbbreviation), ["\"BTV\" is never spelled out in this report"]);
}

#[test]
fn orthography_stays_quiet_where_the_seeds_are_right() {
    for prefix in ["000", "001", "002", "004"] {
        let text = seed(prefix);
        let found = codes(&text);
        for rule in
            [Rule::InvalidSyllable, Rule::NotNfc, Rule::LatinEth, Rule::UnbalancedDelimiter, Rule::MisplacedSpace]
        {
            assert!(!found.contains(&rule), "{rule} on seed {prefix}");
        }
    }
}

/// The REF and DAT acceptance facts of EXPECTED.md: 000 flags "03- CT/TW"
/// and notes its page-date dateline; every other reference and date in the
/// seeds is consistent, so no other REF or DAT finding reaches warning.
#[test]
fn seeds_references_and_dates() {
    use baolint_check::Severity;
    use baolint_syntax::ReferenceForm;

    for prefix in ["000", "001", "002", "003", "004"] {
        let text = seed(prefix);
        let serious: Vec<(Rule, String)> = baolint_check::check_text(&text, &Config::default())
            .into_iter()
            .filter(|d| matches!(d.rule.code().get(..3), Some("REF" | "DAT")) && d.severity >= Severity::Warning)
            .map(|d| (d.rule, d.span.text(&text).to_owned()))
            .collect();
        let expected: Vec<(Rule, String)> =
            if prefix == "000" { vec![(Rule::MalformedSymbol, "03- CT/TW".to_owned())] } else { Vec::new() };
        assert_eq!(serious, expected, "REF/DAT warnings and errors on seed {prefix}");
    }

    let text = seed("000");
    let all = baolint_check::check_text(&text, &Config::default());
    let page_date = all.iter().find(|d| d.rule == Rule::PageDateDateline).expect("000 notes its page-date dateline");
    assert_eq!((page_date.severity, page_date.span.text(&text)), (Severity::Info, "08/12/2022"));
    let report = baolint_syntax::parse(&text);
    let full = report.references.iter().find(|r| r.form == ReferenceForm::Full).expect("the lead's reference");
    let date = report.dates[full.date.expect("cited date")];
    assert_eq!((date.start.day, date.start.month, date.start.year), (Some(14), Some(5), Some(2011)));
    let headline_ref = &report.references[0];
    assert_eq!(headline_ref.span.text(&text), "Chỉ thị 03");
    assert_eq!(headline_ref.elapsed.map(|c| c.years), Some(3));
    assert!(headline_ref.resolves_to.is_some(), "the headline's short reference resolves to the lead's");
    let plenum = report.references.iter().find(|r| r.form == ReferenceForm::Plenum).expect("Nghị quyết TW 4");
    assert_eq!(plenum.term.map(|t| t.term), Some(11));

    let report = baolint_syntax::parse(&seed("001"));
    let claim = report.references.iter().find(|r| r.elapsed.is_some()).expect("Sau 2 năm thực hiện Kết luận số 01");
    assert_eq!(claim.elapsed.map(|c| c.years), Some(2));
    assert!(claim.resolves_to.is_some(), "resolved to 01-KL/TW in the same report");

    let text = seed("004");
    let report = baolint_syntax::parse(&text);
    assert!(report.references.iter().any(|r| r.form == ReferenceForm::Short && r.span.text(&text) == "Chỉ thị 05"));
}
