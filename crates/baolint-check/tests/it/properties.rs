//! Properties over arbitrary and report-like text: the parser never panics,
//! every span lies inside the text on char boundaries and inside its
//! parent, runs are deterministic, and safe fixes are idempotent and touch
//! nothing outside their edits.

use baolint_check::{Applicability, Config, fix};
use baolint_syntax::{BlockKind, Report, Span};
use proptest::prelude::*;

/// Pieces that scraped reports are made of, to build texts that reach the
/// parser's interesting paths more often than random strings do.
const PIECES: &[&str] = &[
    "Thứ năm, 08/12/2022",
    "Cập nhật: 07:02 | 08/11/2019",
    "Hội nghị sơ kết 3 năm thực hiện Chỉ thị 03",
    "LSO-Ngày 19/5/2014, Ban Bí thư tổ chức hội nghị.",
    "Đồng chí Lê Hồng Anh chủ trì hội nghị.",
    "Các đại biểu dự hội nghị.",
    "1410.jpg",
    "Lượt xem: 95",
    "1800 1260 - 1800 1261",
    "Các tin khác",
    "bac giang tiep tuc thuc hien chi thi 05",
    "Bắc Giang tiếp tục thực hiện Chỉ thị 05",
    "Kinh nghiệm thiết thực",
    "- Tiếp tục triển khai",
    "XUÂN HƯƠNG",
    "Theo congthuong.vn",
    "khoá XII",
    " ",
    "  ",
    "\u{a0}",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\u{feff}",
    "e\u{301}",
    "(",
    "Thứ",
    "12/13/2024",
    "…",
    "các xã , phường",
    "kết quả…được",
    "Thu Hồng- Phó Bí thư",
    "tôn vinh.... bước",
    "\"",
    "“",
    "”",
    "Ðảng",
    "tie\u{302}\u{301}p",
    ";các",
    "( ",
    "BTV",
    "(TCĐ)",
    "Chỉ thị 03- CT/TW, ngày 14/5/2011 của Bộ Chính trị",
    "Chỉ thị số 05-CT/T.Ư",
    " (khóa XII)",
    "Nghị định số 30/2020/NĐ-CP ngày 5/3/2019",
    "Nghị quyết TW4 khóa 11",
    "Thứ sáu, 31/2/2016",
    "sơ kết 3 năm thực hiện ",
    "giai đoạn 2016-2021",
    "từ 19-23/1/2026",
    "ngày 15 tháng 5 năm 2016",
    "Thứ tư, 24 Tháng 7 2013",
    "ủ",
    "/2016",
    "II",
];

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), report_like(), "[ \u{a0}\t\r\na-zđĐ0-9./:,|()-]{0,200}"]
}

fn assert_span(text: &str, span: Span, parent: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} outside text");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} splits a char");
    assert!(parent.contains(span), "{what} {span:?} outside its parent {parent:?}");
}

fn assert_report_spans(text: &str, report: &Report) {
    let whole = Span::new(0, text.len());
    let mut previous_end = 0;
    for line in &report.lines {
        assert_span(text, line.span, whole, "line");
        assert!(line.span.start >= previous_end, "lines overlap");
        previous_end = line.span.end;
        assert_span(text, line.content, line.span, "line content");
        for run in &line.spaces {
            assert_span(text, run.span, line.span, "space run");
        }
    }
    for block in &report.blocks {
        let line = report.lines[block.line].span;
        assert_span(text, block.span, line, "block");
        match &block.kind {
            BlockKind::Lead { prefix: Some(prefix) } => assert_span(text, *prefix, block.span, "lead prefix"),
            BlockKind::ListItem { marker } => assert_span(text, *marker, block.span, "list marker"),
            BlockKind::Junk { repeats: Some(repeated), .. } => assert_span(text, *repeated, whole, "repeated block"),
            BlockKind::Dateline(d) => {
                let parts = [d.label, d.weekday.map(|w| w.span), d.date.map(|x| x.span), d.time.map(|t| t.span)];
                for part in parts.into_iter().flatten() {
                    assert_span(text, part, block.span, "dateline part");
                }
            }
            _ => {}
        }
    }
    let layer = &report.text;
    let spans = layer.notes.iter().map(|n| n.span).chain(layer.marks.iter().map(|m| m.span));
    for span in spans.chain(layer.abbreviations.iter().map(|a| a.span)) {
        assert_span(text, span, whole, "text layer");
    }
    for date in &report.dates {
        let block = report.blocks[date.block].span;
        assert_span(text, date.span, block, "date");
        if let Some(w) = date.weekday {
            assert_span(text, w.span, block, "weekday");
        }
    }
    for r in &report.references {
        let block = report.blocks[r.block].span;
        assert_span(text, r.span, block, "reference");
        assert_span(text, r.number.span, block, "reference number");
        let parts = [
            r.doc_type.map(|t| t.span),
            r.symbol.map(|s| s.span),
            r.symbol.map(|s| s.joint),
            r.symbol.and_then(|s| s.type_code),
            r.symbol.and_then(|s| s.issuer_code),
            r.issuer.map(|i| i.span),
            r.term.map(|t| t.span),
            r.elapsed.map(|c| c.span),
        ];
        for part in parts.into_iter().flatten() {
            assert_span(text, part, block, "reference part");
        }
        assert!(r.date.is_none_or(|i| i < report.dates.len()), "date index");
        assert!(r.resolves_to.is_none_or(|i| i < report.references.len()), "resolution index");
    }
}

/// Reference heads, dates and number mentions: each list sorted, and no
/// two spans of any of them overlap.
fn assert_mentions_disjoint(text: &str, report: &Report) {
    let mut spans: Vec<(Span, &str)> = Vec::new();
    spans.extend(report.references.iter().map(|r| (r.span, "reference")));
    spans.extend(report.dates.iter().map(|d| (d.span, "date")));
    spans.extend(report.numbers.iter().map(|n| (n.span, "number")));
    for list in [
        report.references.iter().map(|r| r.span).collect::<Vec<_>>(),
        report.dates.iter().map(|d| d.span).collect(),
        report.numbers.iter().map(|n| n.span).collect(),
    ] {
        assert!(list.windows(2).all(|w| w[0].start <= w[1].start), "sorted by span in {text:?}");
    }
    spans.sort();
    for pair in spans.windows(2) {
        let ((a, a_kind), (b, b_kind)) = (pair[0], pair[1]);
        assert!(a.end <= b.start, "{a_kind} {a:?} overlaps {b_kind} {b:?} in {text:?}");
    }
}

/// The parts of a reference to write out and read back.
#[derive(Debug, Clone)]
struct Written {
    type_word: &'static str,
    number: u32,
    leading_zero: bool,
    with_so: bool,
    style: usize,
    code: &'static str,
    year: i32,
    date: Option<(u32, u32, i32)>,
    organ: Option<baolint_syntax::Organ>,
    term: Option<u32>,
}

fn written_reference() -> impl Strategy<Value = Written> {
    use baolint_syntax::Organ;
    let types = prop::sample::select(vec![
        ("Chỉ thị", "CT"),
        ("Nghị quyết", "NQ"),
        ("Kết luận", "KL"),
        ("Quy định", "QĐ"),
        ("Kế hoạch", "KH"),
        ("Hướng dẫn", "HD"),
        ("Thông báo", "TB"),
    ]);
    let organs = prop::sample::select(vec![
        Organ::Politburo,
        Organ::Secretariat,
        Organ::CentralCommittee,
        Organ::PrimeMinister,
        Organ::Government,
    ]);
    (
        types,
        1u32..2000,
        any::<bool>(),
        any::<bool>(),
        0usize..3,
        2000i32..2030,
        prop::option::of((1u32..=28, 1u32..=12, 2000i32..2030)),
        prop::option::of(organs),
        prop::option::of(9u32..=14),
    )
        .prop_map(|((type_word, code), number, leading_zero, with_so, style, year, date, organ, term)| Written {
            type_word,
            number,
            leading_zero: leading_zero && number < 10,
            with_so,
            style,
            code,
            year,
            date,
            organ,
            term,
        })
}

impl Written {
    fn text(&self) -> String {
        let number = if self.leading_zero { format!("{:02}", self.number) } else { self.number.to_string() };
        let symbol = match self.style {
            0 => format!("{number}-{}/TW", self.code),
            1 => format!("{number}/{}-TTg", self.code),
            _ => format!("{number}/{}/{}-CP", self.year, self.code),
        };
        let mut out =
            format!("Tiêu đề\n\nThực hiện {}{} {symbol}", self.type_word, if self.with_so { " số" } else { "" });
        if let Some((d, m, y)) = self.date {
            out.push_str(&format!(", ngày {d}/{m}/{y}"));
        }
        if let Some(organ) = self.organ {
            out.push_str(&format!(" của {}", organ.name()));
        }
        if let Some(term) = self.term {
            out.push_str(&format!(" (khóa {})", baolint_syntax::to_roman(term)));
        }
        out.push_str(" về công tác xây dựng Đảng.");
        out
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parser_spans_are_inside_their_parents(text in any_text()) {
        let report = baolint_syntax::parse(&text);
        assert_report_spans(&text, &report);
    }

    #[test]
    fn reference_date_and_number_spans_never_overlap(text in any_text()) {
        let report = baolint_syntax::parse(&text);
        assert_mentions_disjoint(&text, &report);
    }

    #[test]
    fn a_reference_written_from_its_fields_reads_back_the_same(w in written_reference()) {
        use baolint_syntax::{ReferenceForm, SymbolStyle};
        let text = w.text();
        let report = baolint_syntax::parse(&text);
        prop_assert_eq!(report.references.len(), 1, "{}", text);
        let r = &report.references[0];
        prop_assert_eq!(r.form, ReferenceForm::Full);
        prop_assert_eq!(r.doc_type.map(|t| t.span.text(&text)), Some(w.type_word));
        prop_assert_eq!(r.number.value, w.number);
        let symbol = r.symbol.expect("a symbol");
        let style = [SymbolStyle::Party, SymbolStyle::State, SymbolStyle::Normative][w.style];
        prop_assert_eq!(symbol.style, style);
        prop_assert_eq!(symbol.type_code.map(|c| c.text(&text)), Some(w.code));
        let issuer = ["TW", "TTg", "CP"][w.style];
        prop_assert_eq!(symbol.issuer_code.map(|c| c.text(&text)), Some(issuer));
        prop_assert_eq!(symbol.year.map(|y| y.0), (w.style == 2).then_some(w.year));
        let date = r.date.map(|i| report.dates[i].start.full());
        prop_assert_eq!(date, w.date.map(|(d, m, y)| Some((y, m, d))));
        prop_assert_eq!(r.issuer.map(|i| i.organ), w.organ);
        prop_assert_eq!(r.term.map(|t| t.term), w.term);
        assert_mentions_disjoint(&text, &report);
    }

    #[test]
    fn runs_are_deterministic(text in any_text()) {
        let config = Config::default();
        prop_assert_eq!(baolint_syntax::parse(&text), baolint_syntax::parse(&text));
        prop_assert_eq!(baolint_check::check_text(&text, &config), baolint_check::check_text(&text, &config));
    }

    #[test]
    fn diagnostics_and_edits_lie_on_char_boundaries(text in any_text()) {
        let whole = Span::new(0, text.len());
        for d in baolint_check::check_text(&text, &Config::default()) {
            assert_span(&text, d.span, whole, d.rule.code());
            for edit in d.fix.iter().flat_map(|f| &f.edits) {
                assert_span(&text, edit.span, whole, "edit");
            }
        }
    }

    #[test]
    fn each_fix_changes_only_its_edits(text in any_text()) {
        for d in baolint_check::check_text(&text, &Config::default()) {
            let Some(fix) = &d.fix else { continue };
            let fixed = fix::apply(&text, std::slice::from_ref(&d), Applicability::Unsafe).expect("a fix applies");
            let mut expected = String::new();
            let mut cursor = 0;
            for edit in &fix.edits {
                expected.push_str(&text[cursor..edit.span.start]);
                expected.push_str(&edit.replacement);
                cursor = edit.span.end;
            }
            expected.push_str(&text[cursor..]);
            prop_assert_eq!(fixed.text, expected);
        }
    }

    #[test]
    fn a_safe_fix_removes_its_finding(text in any_text()) {
        let config = Config::default();
        let before = baolint_check::check_text(&text, &config);
        for d in before.iter().filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe)) {
            let fixed = fix::apply(&text, std::slice::from_ref(d), Applicability::Safe).expect("a fix applies");
            let count = |ds: &[baolint_check::Diagnostic]| ds.iter().filter(|x| x.rule == d.rule).count();
            let after = baolint_check::check_text(&fixed.text, &config);
            prop_assert!(count(&after) < count(&before), "{} fix left its finding: {:?}", d.rule, fixed.text);
        }
    }

    #[test]
    fn safe_fixes_converge_and_are_idempotent(text in any_text()) {
        let config = Config::default();
        let once = fix::fix_text(&text, &config, Applicability::Safe);
        let twice = fix::fix_text(&once.text, &config, Applicability::Safe);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert_eq!(twice.applied, 0);
        let left = baolint_check::check_text(&once.text, &config);
        prop_assert!(left.iter().all(|d| d.fix.as_ref().is_none_or(|f| f.applicability != Applicability::Safe)));
    }
}

#[test]
fn very_long_lines_and_empty_input() {
    assert!(baolint_syntax::parse("").blocks.is_empty());
    let long = "Bắc Giang tiếp tục thực hiện Chỉ thị 05-CT/TW, ".repeat(50_000);
    let report = baolint_syntax::parse(&long);
    assert_report_spans(&long, &report);
    let crlf = "Tiêu đề\r\n\r\nĐoạn văn có  hai dấu cách.\r\nXUÂN HƯƠNG\r\n";
    let report = baolint_syntax::parse(crlf);
    assert_report_spans(crlf, &report);
    assert_eq!(report.headline().unwrap().span.text(crlf), "Tiêu đề");
    assert!(report.lines.iter().all(|l| !l.span.text(crlf).ends_with('\r')));
}

#[test]
fn huge_lines_render_a_window_with_the_right_location() {
    let text = format!("{}đây  là", "ệ".repeat(100_000));
    let diagnostics = baolint_check::check_text(&text, &Config::default());
    let index = baolint_syntax::LineIndex::new(&text);
    let source = baolint_check::render::Source { name: "long.txt", text: &text, index: &index };
    let shown = baolint_check::render::human(source, &diagnostics, false);
    assert!(shown.contains("at long.txt:1:100004"), "{shown}");
    assert!(shown.len() < 4_000, "a window, not the whole line");
}
