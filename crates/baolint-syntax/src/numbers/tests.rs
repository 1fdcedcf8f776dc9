//! Tests of the number recogniser: a table of real and made-up phrases,
//! then properties (round trip of written numbers, robustness).

use proptest::prelude::*;

use super::*;

/// Everything recognised in `text` (one block), in text order, as short
/// strings: `amount 12651 "tập thể"`, `percent 99.36`, `hedge at-least`,
/// `skip date "15/5/2016"`.
fn describe(text: &str) -> Vec<String> {
    let (numbers, skipped) = recognise(text);
    let mut items: Vec<(usize, String)> = Vec::new();
    for m in &numbers {
        let mut d = match &m.kind {
            NumberKind::Amount(v) => format!("amount {}", v.value),
            NumberKind::Percent(v) => format!("percent {}", v.value),
            NumberKind::Ratio(a, b) => format!("ratio {}/{}", a.value, b.value),
            NumberKind::Range(a, b) => format!("range {}-{}", a.value, b.value),
        };
        if let Some(h) = m.hedge {
            d.push_str(&format!(" {:?}", h.kind));
        }
        if let Some(noun) = m.noun {
            d.push_str(&format!(" {:?}", noun.text(text)));
        }
        items.push((m.span.start, d));
    }
    for q in &skipped {
        items.push((q.span.start, format!("{:?} {:?}", q.kind, q.span.text(text))));
    }
    items.sort_by_key(|(start, _)| *start);
    items.into_iter().map(|(_, d)| d).collect()
}

fn recognise(text: &str) -> (Vec<NumberMention>, Vec<NonQuantity>) {
    let mut numbers = Vec::new();
    let mut skipped = Vec::new();
    recognise_numbers(text, Span::new(0, text.len()), 0, &mut numbers, &mut skipped);
    (numbers, skipped)
}

fn one(text: &str) -> NumberMention {
    let (numbers, _) = recognise(text);
    assert_eq!(numbers.len(), 1, "{text}: {:?}", describe(text));
    numbers.into_iter().next().unwrap()
}

fn amount(text: &str) -> Value {
    match one(text).kind {
        NumberKind::Amount(v) => v,
        other => panic!("{text}: not an amount: {other:?}"),
    }
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(describe(text), expected, "{text}");
}

#[test]
fn seed_amounts() {
    check("Toàn quốc có 25.525 mô hình điển hình", &["amount 25525 \"mô hình\""]);
    check("Hội nghị trực tuyến đến 4.487 điểm cầu trong cả nước", &["amount 4487 \"điểm cầu\""]);
    check("với trên 2 vạn đại biểu tham dự.", &["amount 20000 AtLeast \"đại biểu\""]);
    check(
        "ghi danh 12.651 tập thể, cá nhân điển hình; trong đó, cấp tỉnh 38 điển hình, cấp huyện 4.403 điển hình, \
         cấp xã 8.570 điển hình.",
        &[
            "amount 12651 \"tập thể\"",
            "amount 38 \"điển hình\"",
            "amount 4403 \"điển hình\"",
            "amount 8570 \"điển hình\"",
        ],
    );
    check("toàn đảng bộ tỉnh có trên 142.590 lượt cán bộ", &["amount 142590 AtLeast \"lượt\""]);
    check("trong đó có 46.123 lượt cán bộ lãnh đạo", &["amount 46123 \"lượt\""]);
    check(
        "có hơn 12.440 việc làm tốt của tập thể; trên 439.190 việc làm tốt",
        &["amount 12440 AtLeast \"việc làm\"", "amount 439190 AtLeast \"việc làm\""],
    );
    check(
        "Toàn đảng bộ xây dựng 29 mô hình điểm, nhân rộng thành 201 mô hình về học tập",
        &["amount 29 \"mô hình\"", "amount 201 \"mô hình\""],
    );
    check("tặng giấy khen cho 5 tập thể, cá nhân có thành tích", &["amount 5 \"tập thể\""]);
    check("đã hiến 1.080m2 đất để xây dựng", &["amount 1080 \"m2\""]);
    check("số tiền tiết kiệm được trên 6,5 tỷ đồng. Số tiền", &["amount 6500000000 AtLeast \"đồng\""]);
    check("được trên 300 triệu đồng, đồng chí", &["amount 300000000 AtLeast \"đồng\""]);
    check("biểu dương 716 tập thể và cá nhân", &["amount 716 \"tập thể\""]);
}

#[test]
fn seed_values() {
    let v = amount("Sau 03 năm triển khai");
    assert_eq!((v.value, v.leading_zero, v.decimals), (3.0, true, 0));
    assert_eq!(one("Sau 03 năm triển khai").noun.map(|n| n.text("Sau 03 năm triển khai")), Some("năm"));
    let v = amount("có 6,5 tỷ đồng");
    assert_eq!((v.value, v.decimals, v.scale.map(|s| s.factor)), (6.5e9, 1, Some(1e9)));
    assert_eq!(v.digits.text("có 6,5 tỷ đồng"), "6,5");
    let v = amount("có 4.4031 người");
    assert_eq!((v.value, v.grouping), (44031.0, Grouping::Irregular { group: 4 }));
    // "1.5" read the Vietnamese way is fifteen: the checker sees the
    // irregular grouping and decides whether it was meant as 1,5.
    let v = amount("có 1.5 triệu người");
    assert_eq!((v.value, v.grouping), (15e6, Grouping::Irregular { group: 1 }));
    let v = amount("có 2.479.719 đảng viên");
    assert_eq!((v.value, v.grouping), (2_479_719.0, Grouping::Thousands));
    let v = amount("có 1,234,567 USD");
    assert_eq!((v.value, v.grouping), (1_234_567.0, Grouping::English));
    let v = amount("có 1.000,5 tấn");
    assert_eq!((v.value, v.decimals), (1000.5, 1));
    match one("đạt 99,36%").kind {
        NumberKind::Percent(v) => assert_eq!((v.value, v.decimals), (99.36, 2)),
        other => panic!("{other:?}"),
    }
    check("Trên 99 % đảng viên", &["percent 99 AtLeast \"đảng viên\""]);
    check("tăng 5 phần trăm", &["percent 5"]);
}

#[test]
fn report_and_outline() {
    let text = "Tiêu đề có 3 số liệu\n\nThứ năm, 08/12/2022\n\nNgày 19/5/2014, tỉnh có khoảng 15 -17 biên chế, \
                trên 2 vạn đại biểu, hàng trăm tập thể và đạt 99,36%.\n\nXUÂN HƯƠNG";
    let report = crate::parse(text);
    let outline = crate::numbers_outline(text, &report);
    let at = |needle: &str| {
        let start = text.find(needle).unwrap();
        format!("@ {}..{}", start, start + needle.len())
    };
    let expected = [
        format!("amount 3 [3] noun \"số liệu\" {}", at("3")),
        format!("range 15 [15] .. 17 [17] hedge about \"khoảng\" noun \"biên chế\" {}", at("khoảng 15 -17")),
        format!("amount 20000 [2 × vạn] hedge at-least \"trên\" noun \"đại biểu\" {}", at("trên 2 vạn")),
        format!("amount 100 [trăm] hedge indefinite \"hàng\" noun \"tập thể\" {}", at("hàng trăm")),
        format!("percent 99.36 [99,36] {}", at("99,36%")),
    ];
    assert_eq!(outline.lines().collect::<Vec<_>>(), expected, "{outline}");
    // The dateline's digits are not read; the body's date is set aside.
    assert_eq!(report.non_quantities.len(), 1);
    assert_eq!(report.non_quantities[0].span.text(text), "19/5/2014");
    assert!(report.numbers.iter().all(|m| m.span.start < m.span.end));
}

#[test]
fn spans() {
    let text = "với trên 2 vạn đại biểu";
    let m = one(text);
    assert_eq!(m.span.text(text), "trên 2 vạn");
    assert_eq!(m.hedge.unwrap().span.text(text), "trên");
    let NumberKind::Amount(v) = m.kind else { panic!() };
    assert_eq!(v.digits.text(text), "2");
    assert_eq!(v.scale.unwrap().span.text(text), "vạn");
    assert_eq!(m.noun.unwrap().text(text), "đại biểu");
    let text = "đạt 99,36% kế hoạch";
    assert_eq!(one(text).span.text(text), "99,36%");
    // Offsets are into the whole text when the block starts later.
    let text = "Tiêu đề\nCó 38 điển hình.";
    let mut numbers = Vec::new();
    let mut skipped = Vec::new();
    recognise_numbers(text, Span::new(text.find('C').unwrap(), text.len()), 7, &mut numbers, &mut skipped);
    assert_eq!(numbers[0].span.text(text), "38");
    assert_eq!(numbers[0].block, 7);
}

#[test]
fn hedges() {
    check("hơn 5 người", &["amount 5 AtLeast \"người\""]);
    check("Gần 96% cử tri", &["percent 96 Nearly \"cử tri\""]);
    check("ít nhất 3 lần", &["amount 3 AtLeast \"lần\""]);
    check("tối đa 10 người", &["amount 10 AtMost \"người\""]);
    check("chưa đến 20 hộ", &["amount 20 AtMost \"hộ\""]);
    check("dưới 18 tuổi", &["amount 18 AtMost \"tuổi\""]);
    check("xấp xỉ 40 ha", &["amount 40 About \"ha\""]);
    check("ước tính 300 tỷ đồng", &["amount 300000000000 About \"đồng\""]);
    check("trên dưới 100 người", &["amount 100 About \"người\""]);
    check("khoảng 15 -17 biên chế", &["range 15-17 About \"biên chế\""]);
    check("trên địa bàn có 5 xã", &["amount 5 \"xã\""]);
    check("hơn nữa, 5 xã", &["amount 5 \"xã\""]);
    // NOT A HEDGE: "tối" of a time of day is not followed by a number.
    check("hàng trăm tập thể, cá nhân", &["amount 100 Indefinite \"tập thể\""]);
    check("Hàng nghìn năm lịch sử", &["amount 1000 Indefinite \"năm\""]);
    check("hàng chục nghìn người", &["amount 10000 Indefinite \"người\""]);
    check("hàng năm, hàng hóa, cửa hàng", &[] as &[&str]);
    check("KHOẢNG 5 NGƯỜI", &["amount 5 About \"NGƯỜI\""]);
}

#[test]
fn scales() {
    check("2 vạn", &["amount 20000"]);
    check("1,5 nghìn tỷ đồng", &["amount 1500000000000 \"đồng\""]);
    check("3 ngàn người", &["amount 3000 \"người\""]);
    check("24.600 tỉ", &["amount 24600000000000"]);
    check("5 trăm", &["amount 500"]);
    check("2 chục", &["amount 20"]);
    check("20tỷ", &["amount 20000000000"]);
    check("5 tỷ lệ", &["amount 5 \"tỷ lệ\""]);
    check("từ 2000 - 3000 người", &["range 2000-3000 \"người\""]);
    check("2-3,5 triệu", &["range 2000000-3500000"]);
}

#[test]
fn ranges_and_ratios() {
    check("2-4 ngày", &["range 2-4 \"ngày\""]);
    check("24.000 – 31.700 USD", &["range 24000-31700 \"USD\""]);
    check("2-3 triệu đồng", &["range 2000000-3000000 \"đồng\""]);
    check("tăng 5-10%", &["range 5-10 \"%\""]);
    check("45/60 quần chúng, đạt 80%", &["ratio 45/60 \"quần chúng\"", "percent 80"]);
    check("35.599/35.900 đảng viên, đạt 99,16%", &["ratio 35599/35900 \"đảng viên\"", "percent 99.16"]);
    check("19/19 tiêu chí", &["ratio 19/19 \"tiêu chí\""]);
    check("5/9 xã đạt chuẩn", &["ratio 5/9 \"xã\""]);
    check("chiếm 2/3.", &["ratio 2/3"]);
    check("hơn 2/3 số xã", &["ratio 2/3 AtLeast \"số xã\""]);
}

#[test]
fn dates() {
    check("ngày 15/5/2016", &["Date \"15/5/2016\""]);
    check("ngày 15-5-2016, ngày 15.5.2016", &["Date \"15-5-2016\"", "Date \"15.5.2016\""]);
    check("Ngày 19-5, Ban Bí thư", &["Date \"19-5\""]);
    check("Sáng 19/5, tại", &["Date \"19/5\""]);
    check("kỷ niệm 2/9.", &["Date \"2/9\""]);
    check("Chủ nhật (31/1)", &["Date \"31/1\""]);
    check("Tính đến tháng 4/2023 toàn quốc", &["Date \"4/2023\""]);
    check("tháng 12-2022", &["Date \"12-2022\""]);
    check("ngày 15 tháng 5 năm 2016", &["Date \"15 tháng 5 năm 2016\""]);
    check("tháng 5 năm 2016", &["Date \"5 năm 2016\""]);
    check("ngày 1-7-2011 của Ban Bí thư", &["Date \"1-7-2011\""]);
    check("từ 19-23/1/2026", &["Date \"19-23/1/2026\""]);
    check("12 – 19/1/2011", &["Date \"12 – 19/1/2011\""]);
    check("từ 25/1 - 2/2/2021", &["Date \"25/1 - 2/2/2021\""]);
    check("(2-9-1969 - 2-9-2019)", &["Date \"2-9-1969 - 2-9-2019\""]);
    check("từ 26/1-1/2 (tức", &["Date \"26/1-1/2\""]);
    check("ngày 7 – 8/5 vừa qua", &["Date \"7 – 8/5\""]);
    check("6/1970-12/1979: Nhập ngũ", &["Date \"6/1970-12/1979\""]);
    check("từ tháng 10 - 12.2016.", &["Date \"10 - 12.2016\""]);
    check("Vào tháng 1.2016, tờ", &["Date \"1.2016\""]);
    check("tính đến 31.12 ước tính", &["Date \"31.12\""]);
    check("lúc 9h15 sáng nay, 8.2, tại", &["Time \"9h15\"", "Date \"8.2\""]);
    check("sáng nay (6.2) tiên lượng", &["Date \"6.2\""]);
    check("Android 7.1 Nougat", &["amount 71 \"Nougat\""]);
    check("màn hình 5.5 inch", &["amount 55 \"inch\""]);
    check("sáng 19.1", &["Date \"19.1\""]);
    check("quý II/2024", &["Date \"II/2024\""]);
    check("quý 2/2024", &["Date \"2/2024\""]);
    check("3 tháng 5 ngày", &["amount 3 \"tháng\"", "amount 5 \"ngày\""]);
    check("19/5 vừa qua", &["Date \"19/5\""]);
}

#[test]
fn times() {
    check("Cập nhật: 07:02 | 08/11/2019", &["Time \"07:02\"", "Date \"08/11/2019\""]);
    check("lúc 9h15, 9h và 16g30", &["Time \"9h15\"", "Time \"9h\"", "Time \"16g30\""]);
    check("21 giờ 30 phút", &["Time \"21 giờ 30 phút\""]);
    check("9 giờ sáng", &["Time \"9 giờ\""]);
    check("lúc 9 giờ", &["Time \"9 giờ\""]);
    check("trong 24 giờ", &["amount 24 \"giờ\""]);
    check("9ha rừng", &["amount 9 \"ha\""]);
    check("tỷ lệ 1:18", &["Time \"1:18\""]);
}

#[test]
fn years() {
    check("năm 2019.", &["Year \"2019\""]);
    check("giai đoạn 2011-2015 của Lạng Sơn", &["Year \"2011-2015\""]);
    check("nhiệm kỳ 2016 - 2021", &["Year \"2016 - 2021\""]);
    check("2025–2030", &["Year \"2025–2030\""]);
    check("các chuyên đề năm 2011, 2012, 2013", &["Year \"2011\"", "Year \"2012\"", "Year \"2013\""]);
    check("có 2.019 người", &["amount 2019 \"người\""]);
    check("hơn 2000 người", &["amount 2000 AtLeast \"người\""]);
    check("Luật Đất đai 2013", &["Year \"2013\""]);
}

#[test]
fn document_numbers() {
    for (text, doc) in [
        ("Chỉ thị 05-CT/TW của", "05-CT/TW"),
        ("Chỉ thị 03- CT/TW, ngày", "03- CT/TW"),
        ("Chỉ thị 06 - CT/TW", "06 - CT/TW"),
        ("Nghị quyết 21 – NQ/TW", "21 – NQ/TW"),
        ("Chỉ thị số 1973/CT-TTg", "1973/CT-TTg"),
        ("Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
        ("Luật số 80/2015/QH13.", "80/2015/QH13"),
        ("Công văn 1590/VPCP-KGVX", "1590/VPCP-KGVX"),
        ("số 07/CT-UBND", "07/CT-UBND"),
        ("Kế hoạch số 11-KH/TU và", "11-KH/TU"),
        ("Nghị quyết 36/NQ/TW", "36/NQ/TW"),
        ("Quy định 37QĐ/TW", "37QĐ/TW"),
        ("Kết luận số 01-KL/TW của", "01-KL/TW"),
        ("chỉ thị 05-ct/tw", "05-ct/tw"),
    ] {
        check(text, &[&format!("DocumentNumber {doc:?}")]);
    }
    check("Chỉ thị 03- CT/TW, ngày 14/5/2011", &["DocumentNumber \"03- CT/TW\"", "Date \"14/5/2011\""]);
    check("Chỉ thị số 1973/CT-TTg, ngày 7-11-2011 của Thủ", &["DocumentNumber \"1973/CT-TTg\"", "Date \"7-11-2011\""]);
    check("5 triệu đồng/người", &["amount 5000000 \"đồng\""]);
    check("Nghị quyết 19- 2017/NQ-CP về", &["DocumentNumber \"19- 2017/NQ-CP\""]);
    check("đạt tới 300Mb/s.", &["amount 300 \"Mb\""]);
}

#[test]
fn ordinals() {
    for (text, ordinal) in [
        ("Nghị quyết TW 4 (khóa XI)", "4"),
        ("Nghị quyết Trung ương 4 (khóa XII)", "4"),
        ("Hội nghị lần thứ 39", "39"),
        ("Chỉ thị số 05 “về đẩy mạnh", "05"),
        ("Kết luận số 01 của Bộ Chính trị", "01"),
        ("thực hiện Chỉ thị 03 của", "03"),
        ("Quy định 144", "144"),
        ("Nghị quyết 35 về", "35"),
        ("Quốc hội khóa 14", "14"),
        ("khoản 2", "2"),
        ("Điều 3.", "3"),
        ("Quốc lộ 1A", "1A"),
        ("đường 3/2", "3/2"),
        ("tại phường 5", "5"),
        ("Thứ 2, ngày", "2"),
        ("T.Ư 6", "6"),
        ("Giải cờ vua khu vực 3.3 diễn ra", "3.3"),
        ("theo mục 2.1 của", "2.1"),
    ] {
        let found = describe(text);
        assert!(found.contains(&format!("Ordinal {ordinal:?}")), "{text}: {found:?}");
        assert!(!found.iter().any(|d| d.starts_with("amount")), "{text}: {found:?}");
    }
    check("đầu tư 5 tỷ đồng", &["amount 5000000000 \"đồng\""]);
    check("tổng số 500 đại biểu", &["amount 500 \"đại biểu\""]);
    check("kế hoạch 5 năm", &["amount 5 \"năm\""]);
    // A section number has short groups; "số 1.000" is a count.
    check("tăng số 1.500 hộ", &["amount 1500 \"hộ\""]);
    check("1. Tình hình chung", &["Ordinal \"1\""]);
    check("của ông Obama. 3. Richard Clifton", &["Ordinal \"3\""]);
    check("học sinh lớp 12A2 đã", &["Ordinal \"12A2\""]);
    check("thử hạt nhân lần 6.", &["Ordinal \"6\""]);
    check("mỗi lần 1 lá", &["amount 1 \"lá\""]);
    check("vượt quá con số 10 triệu", &["amount 10000000"]);
    check("hộp số 6 cấp", &["amount 6 \"cấp\""]);
    check("gió cấp 5. Cấp 2 tỷ đồng", &["Ordinal \"5\"", "amount 2000000000 \"đồng\""]);
    check("ở phút 90, tầng 2-3", &["Ordinal \"90\"", "Ordinal \"2-3\""]);
    check("Nghị định 94/2012/NĐ-CP (NĐ 94)", &["DocumentNumber \"94/2012/NĐ-CP\"", "Ordinal \"94\""]);
    check("ngày 14 tháng 2 năm 270", &["Date \"14 tháng 2 năm 270\""]);
}

#[test]
fn phones_and_codes() {
    check("1800 1260 - 1800 1261", &["Phone \"1800 1260\"", "Phone \"1800 1261\""]);
    check("ĐT: 0912.345.678", &["Phone \"0912.345.678\""]);
    check("gọi (024) 3825 1234", &["Phone \"(024) 3825 1234\""]);
    check("+84 912 345 678", &["Phone \"+84 912 345 678\""]);
    check("ĐT: 08 3818 1436", &["Phone \"08 3818 1436\""]);
    check("là 07 08 10 12", &["amount 7", "amount 8", "amount 10", "amount 12"]);
    check("Số tài khoản: 0011002643148.", &["Code \"0011002643148\""]);
    check("U23 Việt Nam", &["Code \"U23\""]);
    check("xe Mazda3 và H5N1", &["Code \"Mazda3\"", "Code \"H5N1\""]);
    check("dịch COVID-19 và SARS-CoV-2.", &["Code \"COVID-19\"", "Code \"SARS-CoV-2\""]);
    check("mạng 5G", &["Code \"5G\""]);
    check("Cách mạng công nghiệp 4.0", &["Code \"4.0\""]);
    check("thu 10USD", &["amount 10 \"USD\""]);
    check("6 lít xăng/100 km.", &["amount 6 \"lít\"", "amount 100 \"km\""]);
    check("gồm 2.0E, 2.0C", &["Code \"2.0E\"", "Code \"2.0C\""]);
    check("dung tích 1.998 cm 3 giá", &["amount 1998 \"cm 3\""]);
    check("Đại hội XII, khóa XIII", &[] as &[&str]);
}

#[test]
fn sentence_punctuation() {
    check("có 38 điển hình, cấp", &["amount 38 \"điển hình\""]);
    check("đạt 38.", &["amount 38"]);
    check("đạt 38,", &["amount 38"]);
}

#[test]
fn long_inputs_stay_linear() {
    // A list of numbers joined by commas is cut into pieces, each read once.
    let list = "1,".repeat(50_000);
    let start = std::time::Instant::now();
    let (numbers, _) = recognise(&list);
    assert!(!numbers.is_empty());
    let digits = "9".repeat(200_000);
    let (numbers, _) = recognise(&digits);
    assert_eq!(numbers.len(), 1);
    let dates = "1/1/1/".repeat(20_000);
    let _ = recognise(&dates);
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

#[test]
fn word_table_spellings() {
    use super::lexicon::{flag, words};
    for word in ["trong", "Trong", "TRONG", "đến", "Đến", "ĐẾN", "Ðến"] {
        assert_ne!(words().flags_of(word) & flag::FUNCTION, 0, "{word}");
    }
    assert_eq!(words().flags_of("trongx"), 0);
    assert_ne!(words().flags_of("năm") & flag::CONTEXT, 0);
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        "",
        "5",
        "\u{212A}hoảng 5",
        "hàng",
        "hàng ",
        "5 -",
        "5/",
        "ngày 5/",
        "1.",
        "(0",
        "+",
        "+8",
        "tỷ",
        "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\
         99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\
         99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\
         9999999999999",
        "0,99999999999999999999999999999999999999999999999999999",
        "a\u{300}5",
    ] {
        let (numbers, skipped) = recognise(text);
        for m in &numbers {
            let value = match &m.kind {
                NumberKind::Amount(v) | NumberKind::Percent(v) => v.value,
                NumberKind::Ratio(a, _) | NumberKind::Range(a, _) => a.value,
            };
            assert!(!value.is_nan(), "{text}");
        }
        let _ = skipped;
    }
}

/// A value written the Vietnamese way: thousands ".", decimals ",".
fn write_vietnamese(int: u64, frac: Option<(u64, usize)>) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if let Some((f, width)) = frac {
        out.push(',');
        out.push_str(&format!("{f:0width$}"));
    }
    out
}

const HEDGE_WORDS: &[(&str, HedgeKind)] = &[
    ("hơn", HedgeKind::AtLeast),
    ("trên", HedgeKind::AtLeast),
    ("ít nhất", HedgeKind::AtLeast),
    ("gần", HedgeKind::Nearly),
    ("dưới", HedgeKind::AtMost),
    ("chưa đến", HedgeKind::AtMost),
    ("khoảng", HedgeKind::About),
    ("xấp xỉ", HedgeKind::About),
    ("ước tính", HedgeKind::About),
];

const SCALE_WORDS: &[(&str, f64)] =
    &[("nghìn", 1e3), ("ngàn", 1e3), ("vạn", 1e4), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9), ("nghìn tỷ", 1e12)];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn written_numbers_round_trip(
        int in 0u64..=1_000_000_000_000,
        frac in proptest::option::of((1usize..=2).prop_flat_map(|w| (0u64..10u64.pow(w as u32), Just(w)))),
        scale in proptest::option::of(0..SCALE_WORDS.len()),
        hedge in proptest::option::of(0..HEDGE_WORDS.len()),
        percent in any::<bool>(),
    ) {
        let scale = if percent { None } else { scale.map(|i| SCALE_WORDS[i]) };
        let mut number = write_vietnamese(int, frac);
        if let Some((word, _)) = scale {
            number = format!("{number} {word}");
        }
        if percent {
            number.push('%');
        }
        if let Some(h) = hedge {
            number = format!("{} {number}", HEDGE_WORDS[h].0);
        }
        let text = format!("Toàn tỉnh có {number} đảng viên.");
        let (numbers, skipped) = recognise(&text);
        prop_assert!(skipped.is_empty(), "{text}: {skipped:?}");
        prop_assert_eq!(numbers.len(), 1, "{}", text);
        let m = &numbers[0];
        let v = match (&m.kind, percent) {
            (NumberKind::Amount(v), false) | (NumberKind::Percent(v), true) => v,
            (other, _) => return Err(TestCaseError::fail(format!("{text}: {other:?}"))),
        };
        let expected = (int as f64 + frac.map_or(0.0, |(f, w)| f as f64 / 10f64.powi(w as i32)))
            * scale.map_or(1.0, |(_, f)| f);
        prop_assert!((v.value - expected).abs() <= expected.abs() * 1e-9, "{text}: {} vs {expected}", v.value);
        prop_assert_eq!(v.decimals, frac.map_or(0, |(_, w)| w as u8));
        prop_assert_eq!(v.scale.map(|s| s.factor), scale.map(|(_, f)| f));
        prop_assert_eq!(m.hedge.map(|h| h.kind), hedge.map(|h| HEDGE_WORDS[h].1));
        prop_assert_eq!(m.noun.map(|n| n.text(&text)), Some("đảng viên"));
        let grouping = if int >= 1000 { Grouping::Thousands } else { Grouping::None };
        prop_assert_eq!(v.grouping, grouping);
    }

    #[test]
    fn spans_are_sound(
        prefix in "[a-zA-Z0-9 ]{0,5}",
        text in "(\\PC|[0-9]|[./,:%–-]|hàng|trên|tỷ| ){0,60}",
    ) {
        check_sound(&format!("{prefix}\n{text}"), prefix.len() + 1);
    }

    #[test]
    fn spans_are_sound_on_any_string(text in "\\PC{0,40}", start in 0usize..8) {
        let start = (0..=start.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        check_sound(&text, start);
    }
}

fn check_sound(text: &str, start: usize) {
    let block = Span::new(start, text.len());
    let mut numbers = Vec::new();
    let mut skipped = Vec::new();
    recognise_numbers(text, block, 3, &mut numbers, &mut skipped);
    let sound = |span: Span| {
        block.contains(span)
            && span.start < span.end
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for m in &numbers {
        assert!(sound(m.span), "{text:?}: {m:?}");
        assert!(m.noun.is_none_or(sound), "{text:?}: {m:?}");
        assert_eq!(m.block, 3);
        for q in &skipped {
            let overlaps = m.span.start < q.span.end && q.span.start < m.span.end;
            assert!(!overlaps, "{text:?}: {m:?} overlaps {q:?}");
        }
    }
    for q in &skipped {
        assert!(sound(q.span), "{text:?}: {q:?}");
    }
    let starts: Vec<usize> = numbers.iter().map(|m| m.span.start).collect();
    assert!(starts.is_sorted(), "{text:?}");
}

/// A year after "/" and a letter of several bytes: the look-back for a
/// Roman quarter ("quý II/2024") must not cut the letter.
#[test]
fn year_after_a_slash_and_a_multibyte_letter() {
    let (_, skipped) = recognise("ngày 15/5ủ/2016.");
    assert!(skipped.iter().all(|q| q.span.start <= q.span.end));
}
