//! End-to-end tests of the `baolint` binary: exit codes, the JSON contracts,
//! bad inputs, stdin, directory walks, JSON Lines, `--fix` and `--diff`, and
//! snapshots of the rule listings.

use std::{
    fmt, fs,
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
const SNAPSHOTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../snapshots/cli");

/// The fields of a `--format json` finding, in contract order; `record`
/// comes only with JSON Lines input.
const FINDING_FIELDS: [&str; 11] =
    ["path", "code", "name", "severity", "message", "start", "end", "line", "column", "evidence", "fix"];

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

impl fmt::Debug for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit {}\n--- stdout\n{}\n--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

fn baolint(args: &[&str], stdin: Option<&[u8]>, dir: Option<&Path>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_baolint"));
    command.args(args).env_remove("NO_COLOR").stdout(Stdio::piped()).stderr(Stdio::piped());
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child = command.spawn().expect("spawn baolint");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin is piped").write_all(input).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait for baolint");
    Output {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Output {
    baolint(args, None, None)
}

fn seeds() -> Vec<PathBuf> {
    let mut seeds: Vec<PathBuf> = fs::read_dir(CORPUS)
        .expect("read corpus")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5, "five seed reports");
    seeds
}

fn seed(prefix: &str) -> PathBuf {
    seeds()
        .into_iter()
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
        .expect("seed exists")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{text}"))
}

/// The keys of a JSON object in the order written (serde_json's `Value`
/// would sort them).
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(Keys(keys))
            }
        }
        deserializer.deserialize_map(KeysVisitor)
    }
}

/// 1-based line and character column of byte `offset`, computed naively.
fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line as u64, column as u64)
}

fn as_offset(value: &Value) -> usize {
    usize::try_from(value.as_u64().expect("offset is a non-negative integer")).expect("offset fits")
}

#[test]
fn exit_codes() {
    let seed0 = seed("000");
    let clean = run(&["check", "--select", "STR001", path_str(&seed0)]);
    assert_eq!(clean.code, 0, "{clean:?}");
    assert!(clean.stdout.is_empty(), "{clean:?}");

    let findings = run(&["check", path_str(&seeds()[1])]);
    assert_eq!(findings.code, 1, "{findings:?}");

    // ORT001 (info) fires on seed 000: info fails the run only with --fail-on info.
    assert_eq!(run(&["check", "--select", "ORT001", path_str(&seed0)]).code, 0);
    assert_eq!(run(&["check", "--select", "ORT001", "--fail-on", "info", path_str(&seed0)]).code, 1);
    // SCR001 (warning) fires on seed 001: a warning fails by default, not with --fail-on error.
    assert_eq!(run(&["check", "--select", "SCR001", path_str(&seeds()[1])]).code, 1);
    assert_eq!(run(&["check", "--select", "SCR001", "--fail-on", "error", path_str(&seeds()[1])]).code, 0);

    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.txt");
    let out = run(&["check", "--format", "concise", path_str(&missing), path_str(&seeds()[1])]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stdout.contains("SCR001"), "the other file is still checked: {out:?}");
    let errors: Vec<&str> = out.stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{out:?}");
    assert!(errors[0].contains("missing.txt") && errors[0].contains("No such file"), "{out:?}");
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["check", "--select", "NOPE999", CORPUS]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("NOPE999"), "{out:?}");
    let out = run(&["check", "--select", "STR,BOGUS", CORPUS]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("BOGUS"), "{out:?}");
    let out = run(&["check", "--jsonl", "--fix", "-"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(run(&["check", "--format", "xml", CORPUS]).code, 2);
    assert_eq!(run(&["frobnicate"]).code, 2);
}

#[test]
fn user_documents_extend_the_registry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let table = dir.path().join("documents.tsv");
    std::fs::write(
        &table,
        "# plans of the province\n11-KH/TU\tKế hoạch\tBan Thường vụ Tỉnh ủy\t20/09/2011\t-\tV\tthực hiện Chỉ thị 03-CT/TW\tKế hoạch 11\tcông báo tỉnh số 12/2011\n",
    )
    .expect("write table");
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "Tiêu đề\n\nBan Thường vụ Tỉnh ủy ban hành Kế hoạch số 11-KH/TU ngày 2/9/2011 về học tập.\n\nTHU HÀ\n",
    )
    .expect("write report");
    let without = run(&["check", "--select", "REF004", path_str(&report)]);
    assert_eq!(without.code, 0, "{without:?}");
    let with = run(&[
        "check",
        "--select",
        "REF004",
        "--format",
        "concise",
        "--documents",
        path_str(&table),
        path_str(&report),
    ]);
    assert_eq!(with.code, 1, "{with:?}");
    assert!(with.stdout.contains("11-KH/TU is dated 20/09/2011 in the registry, not 2/9/2011"), "{with:?}");

    // The same table named in baolint.toml, relative to the file.
    std::fs::write(dir.path().join("baolint.toml"), "documents = [\"documents.tsv\"]\n").expect("write config");
    let configured =
        baolint(&["check", "--select", "REF004", "--format", "concise", "report.txt"], None, Some(dir.path()));
    assert_eq!(configured.code, 1, "{configured:?}");
    assert!(configured.stdout.contains("11-KH/TU is dated 20/09/2011"), "{configured:?}");
    std::fs::remove_file(dir.path().join("baolint.toml")).expect("remove config");

    std::fs::write(&table, "11-KH/TU\tKế hoạch\n").expect("write table");
    let bad = run(&["check", "--documents", path_str(&table), path_str(&report)]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("line 1"), "{bad:?}");
}

#[test]
fn selection_prefixes_names_and_ignore() {
    let seed1 = seed("001");
    let codes = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push(path_str(&seed1));
        let out = run(&all);
        assert!(out.code < 2, "{out:?}");
        let findings = json(&out.stdout);
        findings.as_array().expect("array").iter().map(|f| f["code"].as_str().expect("code").to_owned()).collect()
    };
    assert!(codes(&["--select", "SCR"]).iter().all(|c| c.starts_with("SCR")));
    assert!(codes(&["--select", "page-chrome"]).iter().all(|c| c == "SCR001"));
    assert!(!codes(&["--select", "SCR"]).is_empty());
    assert!(codes(&["--select", "ALL", "--ignore", "SCR,STR,NUM"]).iter().all(|c| c.starts_with("ORT")));
    assert!(codes(&["--select", "NUM"]).iter().all(|c| c == "NUM001"));
}

#[test]
fn json_contract_on_every_seed() {
    let seeds = seeds();
    let mut args = vec!["check", "--format", "json", "--select", "ALL"];
    args.extend(seeds.iter().map(|p| path_str(p)));
    let out = run(&args);
    assert_eq!(out.code, 1, "{out:?}");
    let keys: Vec<Keys> = serde_json::from_str(&out.stdout).expect("an array of objects");
    for Keys(keys) in &keys {
        assert_eq!(keys, &FINDING_FIELDS, "fields and their order");
    }
    let findings = json(&out.stdout);
    let findings = findings.as_array().expect("array");
    assert!(!findings.is_empty());
    let mut seen_paths = std::collections::BTreeSet::new();
    for f in findings {
        let path = f["path"].as_str().expect("path is a string");
        seen_paths.insert(path.to_owned());
        let code = f["code"].as_str().expect("code is a string");
        let rule = baolint_check::Rule::find(code).expect("code is a registered rule");
        assert_eq!(f["name"].as_str(), Some(rule.name()));
        assert!(matches!(f["severity"].as_str(), Some("error" | "warning" | "info")), "{f}");
        assert!(f["message"].is_string(), "{f}");
        let text = fs::read_to_string(path).expect("the path names the file");
        let (start, end) = (as_offset(&f["start"]), as_offset(&f["end"]));
        assert!(start <= end && end <= text.len(), "{f}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{f}");
        let (line, column) = line_col(&text, start);
        assert_eq!(f["line"].as_u64(), Some(line), "{f}");
        assert_eq!(f["column"].as_u64(), Some(column), "{f}");
        for e in f["evidence"].as_array().expect("evidence is an array") {
            let obj = e.as_object().expect("evidence item is an object");
            assert!(obj.keys().all(|k| ["label", "value", "start", "end"].contains(&k.as_str())), "{e}");
            assert!(e["label"].is_string() && e["value"].is_string(), "{e}");
            assert_eq!(obj.contains_key("start"), obj.contains_key("end"), "{e}");
            if let (Some(s), Some(t)) = (e["start"].as_u64(), e["end"].as_u64()) {
                assert!(s <= t && (t as usize) <= text.len(), "{e}");
            }
        }
        match &f["fix"] {
            Value::Null => {}
            Value::Object(fix) => {
                assert!(fix["title"].is_string(), "{f}");
                assert!(matches!(fix["applicability"].as_str(), Some("safe" | "unsafe")), "{f}");
                for edit in fix["edits"].as_array().expect("edits is an array") {
                    let (s, t) = (as_offset(&edit["start"]), as_offset(&edit["end"]));
                    assert!(s <= t && text.is_char_boundary(s) && text.is_char_boundary(t), "{f}");
                    assert!(edit["replacement"].is_string(), "{f}");
                }
            }
            other => panic!("fix is null or an object, not {other}"),
        }
    }
    assert_eq!(seen_paths.len(), seeds.len(), "every seed has findings");
}

#[test]
fn jsonl_format_has_the_json_objects_one_per_line() {
    let seed1 = seed("001");
    let out = run(&["check", "--format", "jsonl", path_str(&seed1)]);
    assert_eq!(out.code, 1, "{out:?}");
    let array = json(&run(&["check", "--format", "json", path_str(&seed1)]).stdout);
    let lines: Vec<Value> = out.stdout.lines().map(json).collect();
    assert_eq!(&lines, array.as_array().expect("array"));
}

#[test]
fn sarif_github_and_statistics_formats() {
    let seed1 = seed("001");
    let out = run(&["check", "--format", "sarif", path_str(&seed1)]);
    assert_eq!(out.code, 1, "{out:?}");
    let sarif = json(&out.stdout);
    assert_eq!(sarif["version"], "2.1.0");
    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), baolint_check::Rule::ALL.len());
    let results = run0["results"].as_array().expect("results");
    assert!(!results.is_empty());
    let text = fs::read_to_string(&seed1).expect("seed");
    for r in results {
        let index = usize::try_from(r["ruleIndex"].as_u64().expect("ruleIndex")).expect("fits");
        assert_eq!(rules[index]["id"], r["ruleId"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        let start = as_offset(&region["byteOffset"]);
        let (line, column) = line_col(&text, start);
        assert_eq!(region["startLine"].as_u64(), Some(line));
        assert_eq!(region["startColumn"].as_u64(), Some(column));
    }

    let out = run(&["check", "--format", "github", path_str(&seed1)]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(!out.stdout.is_empty());
    for line in out.stdout.lines() {
        assert!(
            line.starts_with("::warning file=")
                || line.starts_with("::notice file=")
                || line.starts_with("::error file="),
            "{line}"
        );
        assert!(line.contains(",line=") && line.contains(",col=") && line.contains(",title="), "{line}");
    }

    let out = run(&["check", "--statistics", "--format", "json", path_str(&seed1)]);
    assert_eq!(out.code, 1, "{out:?}");
    let stats = json(&out.stdout);
    let stats = stats.as_array().expect("array");
    let counts: Vec<u64> = stats.iter().map(|s| s["count"].as_u64().expect("count")).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "sorted by count: {counts:?}");
    let findings = json(&run(&["check", "--format", "json", path_str(&seed1)]).stdout);
    assert_eq!(counts.iter().sum::<u64>(), findings.as_array().expect("array").len() as u64);
    let table = run(&["check", "--statistics", path_str(&seed1)]);
    assert!(table.stdout.starts_with("code"), "{table:?}");
    assert!(table.stdout.contains("SCR004") && table.stdout.contains("image-file-name"), "{table:?}");
}

#[test]
fn human_format_and_summary() {
    let out = run(&["check", path_str(&seed("001"))]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("warning[SCR001]"), "{out:?}");
    assert!(!out.stdout.contains('\u{1b}'), "no colours when stdout is not a terminal");
    let summary = out.stderr.lines().last().expect("a summary line");
    assert!(summary.starts_with("Found ") && summary.contains("in 1 file"), "{out:?}");
}

#[test]
fn invalid_utf8_and_binary_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a_bad.txt"), b"Ti\xc3\xaau \xff\xfe de").expect("write");
    fs::write(dir.path().join("b_binary.txt"), b"PK\x03\x04\x00\x00binary").expect("write");
    fs::copy(seed("001"), dir.path().join("c_good.txt")).expect("copy");
    let out = baolint(&["check", "--format", "concise", "."], None, Some(dir.path()));
    assert_eq!(out.code, 2, "{out:?}");
    let errors: Vec<&str> = out.stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 2, "{out:?}");
    assert_eq!(errors[0], "error: a_bad.txt: invalid UTF-8 at byte 6");
    assert!(errors[1].starts_with("error: b_binary.txt: binary file"), "{out:?}");
    assert!(out.stdout.lines().all(|l| l.starts_with("c_good.txt:")), "{out:?}");
    assert!(out.stdout.contains("SCR001"), "{out:?}");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let text = fs::read(seed("001")).expect("seed");
    let out = baolint(&["check", "--format", "concise", "-"], Some(&text), None);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.lines().all(|l| l.starts_with("-:")), "{out:?}");
    assert!(out.stdout.contains("SCR001"), "{out:?}");
}

#[test]
fn a_bom_is_accepted() {
    let mut text = b"\xef\xbb\xbf".to_vec();
    text.extend(fs::read(seed("003")).expect("seed"));
    let out = baolint(&["parse", "--format", "json", "-"], Some(&text), None);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(json(&out.stdout)["headline"]["text"], "Bắc Giang tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị");
}

#[test]
fn directories_are_walked_recursively_in_path_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = dir.path().join("b").join("deeper");
    fs::create_dir_all(&deep).expect("mkdir");
    fs::create_dir_all(dir.path().join(".hidden")).expect("mkdir");
    fs::copy(seed("001"), deep.join("z.txt")).expect("copy");
    fs::copy(seed("002"), dir.path().join("a.txt")).expect("copy");
    fs::copy(seed("003"), dir.path().join("c.txt")).expect("copy");
    fs::copy(seed("001"), dir.path().join(".hidden").join("skipped.txt")).expect("copy");
    fs::write(dir.path().join("notes.md"), "not a report").expect("write");
    let out = run(&["check", "--format", "json", path_str(dir.path())]);
    assert_eq!(out.code, 1, "{out:?}");
    let findings = json(&out.stdout);
    let mut paths: Vec<String> =
        findings.as_array().expect("array").iter().map(|f| f["path"].as_str().expect("path").to_owned()).collect();
    paths.dedup();
    let expected: Vec<String> = [dir.path().join("a.txt"), deep.join("z.txt"), dir.path().join("c.txt")]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(paths, expected);

    // Without a path, `.` is walked and paths are shown relative to it.
    let out = baolint(&["check", "--format", "concise"], None, Some(dir.path()));
    assert!(out.stdout.lines().next().is_some_and(|l| l.starts_with("a.txt:")), "{out:?}");
}

#[test]
fn jsonl_records_carry_their_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = fs::read_to_string(seed("001")).expect("seed");
    let lines = [
        serde_json::json!({"id": "r1", "text": good, "url": "ignored"}).to_string(),
        "{\"id\": 2, \"text\": oops}".to_owned(),
        String::new(),
        serde_json::json!({"id": 3, "text": "Tiêu đề  bài báo\n\nNội dung."}).to_string(),
    ];
    let path = dir.path().join("reports.jsonl");
    fs::write(&path, lines.join("\n") + "\n").expect("write");
    let out = run(&["check", "--format", "json", path_str(&path)]);
    assert_eq!(out.code, 2, "{out:?}");
    let errors: Vec<&str> = out.stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{out:?}");
    assert!(errors[0].contains("reports.jsonl: line 2: "), "{out:?}");
    let keys: Vec<Keys> = serde_json::from_str(&out.stdout).expect("array of objects");
    for Keys(keys) in &keys {
        let mut expected: Vec<&str> = FINDING_FIELDS.to_vec();
        expected.insert(9, "record");
        assert_eq!(keys, &expected);
    }
    let findings = json(&out.stdout);
    let findings = findings.as_array().expect("array");
    let records: Vec<&Value> = findings.iter().map(|f| &f["record"]).collect();
    assert!(records.contains(&&Value::from("r1")), "{out:?}");
    assert!(records.contains(&&Value::from(3)), "{out:?}");
    let first_three = records.iter().position(|r| **r == 3).expect("record 3");
    assert!(records[..first_three].iter().all(|r| **r == "r1"), "records in input order");
    for f in findings {
        let text = if f["record"] == "r1" { good.as_str() } else { "Tiêu đề  bài báo\n\nNội dung." };
        let start = as_offset(&f["start"]);
        assert_eq!((f["line"].as_u64(), f["column"].as_u64()), {
            let (l, c) = line_col(text, start);
            (Some(l), Some(c))
        });
    }

    // `--jsonl` reads standard input as JSON Lines too.
    let out = baolint(&["check", "--jsonl", "--format", "concise", "-"], Some(lines[3].as_bytes()), None);
    assert_eq!(out.code, 0, "only info findings: {out:?}");
    assert!(out.stdout.lines().all(|l| l.starts_with("-#3:")), "{out:?}");
    assert!(!out.stdout.is_empty(), "{out:?}");
}

#[test]
fn parse_json_shape_on_every_seed() {
    for seed in seeds() {
        let out = run(&["parse", "--format", "json", path_str(&seed)]);
        assert_eq!(out.code, 0, "{out:?}");
        let keys: Keys = serde_json::from_str(&out.stdout).expect("an object");
        assert_eq!(keys.0, ["headline", "dateline", "byline", "blocks", "junk", "dates", "references"]);
        let text = fs::read_to_string(&seed).expect("seed");
        let parsed = json(&out.stdout);
        let check_span = |v: &Value| {
            let (start, end) = (as_offset(&v["start"]), as_offset(&v["end"]));
            assert_eq!(v["text"].as_str(), Some(&text[start..end]), "{v}");
        };
        for key in ["headline", "byline"] {
            if !parsed[key].is_null() {
                let obj = parsed[key].as_object().expect("object");
                assert_eq!(obj.len(), 3, "{key}: text, start, end");
                check_span(&parsed[key]);
            }
        }
        if !parsed["dateline"].is_null() {
            let d = &parsed["dateline"];
            assert_eq!(d.as_object().expect("object").len(), 6);
            check_span(d);
            assert!(d["weekday"].is_null() || d["weekday"].is_string());
            assert!(d["date"].is_null() || d["date"].as_str().is_some_and(|s| s.len() == 10));
            assert!(d["time"].is_null() || d["time"].as_str().is_some_and(|s| s.len() == 5));
        }
        for block in parsed["blocks"].as_array().expect("blocks") {
            let kind = block["kind"].as_str().expect("kind");
            assert!(["lead", "paragraph", "subhead", "caption", "list-item"].contains(&kind), "{block}");
            check_span(block);
            let obj = block.as_object().expect("object");
            assert_eq!(obj.contains_key("prefix"), kind == "lead", "{block}");
            if let Some(prefix) = obj.get("prefix").filter(|p| !p.is_null()) {
                check_span(prefix);
            }
        }
        for junk in parsed["junk"].as_array().expect("junk") {
            let kind = junk["kind"].as_str().expect("kind");
            assert!(["page-chrome", "view-counter", "contact", "image-file", "slug"].contains(&kind), "{junk}");
            check_span(junk);
        }
        let dates = parsed["dates"].as_array().expect("dates");
        for date in dates {
            assert!(["date", "year", "period"].contains(&date["kind"].as_str().expect("kind")), "{date}");
            check_span(date);
        }
        for reference in parsed["references"].as_array().expect("references") {
            check_span(reference);
            for part in ["symbol", "issuer", "subject"] {
                if !reference[part].is_null() {
                    check_span(&reference[part]);
                }
            }
            if let Some(i) = reference["date"].as_u64() {
                assert!((i as usize) < dates.len(), "{reference}");
            }
        }
    }

    let parsed = json(&run(&["parse", "--format", "json", path_str(&seed("000"))]).stdout);
    let lead_reference = &parsed["references"][1];
    assert_eq!(lead_reference["symbol"]["text"], "03- CT/TW");
    assert_eq!(lead_reference["symbol"]["type_code"], "CT");
    assert_eq!(parsed["dates"][lead_reference["date"].as_u64().expect("a date") as usize]["text"], "14/5/2011");
    assert_eq!(lead_reference["issuer"]["text"], "Bộ Chính trị");

    let parsed = json(&run(&["parse", "--format", "json", path_str(&seed("003"))]).stdout);
    assert_eq!(parsed["headline"]["text"], "Bắc Giang tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị");
    assert_eq!(parsed["dateline"]["text"], "Cập nhật: 07:02 | 08/11/2019");
    assert_eq!(parsed["dateline"]["date"], "2019-11-08");
    assert_eq!(parsed["dateline"]["time"], "07:02");
    let parsed = json(&run(&["parse", "--format", "json", path_str(&seed("000"))]).stdout);
    assert_eq!(parsed["dateline"]["weekday"], "thursday");
}

#[test]
fn parse_tree_and_errors() {
    let out = run(&["parse", path_str(&seed("003"))]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with("headline"), "{out:?}");
    let out = run(&["parse", "no-such-report.txt"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("no-such-report.txt"), "{out:?}");
}

#[test]
fn rules_lists_every_rule() {
    let out = run(&["rules"]);
    assert_eq!(out.code, 0, "{out:?}");
    for rule in baolint_check::Rule::ALL {
        assert!(out.stdout.lines().any(|l| l.starts_with(rule.code())), "{} missing:\n{}", rule.code(), out.stdout);
    }
    insta::with_settings!({snapshot_path => SNAPSHOTS, prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("rules", out.stdout);
    });

    let out = run(&["rules", "--format", "json"]);
    let rules = json(&out.stdout);
    let codes: Vec<&str> = rules.as_array().expect("array").iter().map(|r| r["code"].as_str().expect("code")).collect();
    let expected: Vec<&str> = baolint_check::Rule::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes, expected);
}

#[test]
fn rule_explains_one_rule() {
    let out = run(&["rule", "STR001"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("## What it does"), "{out:?}");
    insta::with_settings!({snapshot_path => SNAPSHOTS, prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("rule_STR001", out.stdout);
    });
    assert_eq!(run(&["rule", "missing-headline"]).stdout, out.stdout, "names work too");

    let out = run(&["rule", "XYZ123"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("XYZ123"), "{out:?}");
}

/// The safe fix spans of a file's findings, sorted.
fn safe_fix_spans(path: &Path) -> Vec<(usize, usize)> {
    let out = run(&["check", "--format", "json", path_str(path)]);
    let findings = json(&out.stdout);
    let mut spans: Vec<(usize, usize)> = findings
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| f["fix"]["applicability"] == "safe")
        .flat_map(|f| f["fix"]["edits"].as_array().expect("edits").clone())
        .map(|e| (as_offset(&e["start"]), as_offset(&e["end"])))
        .collect();
    spans.sort_unstable();
    spans
}

#[test]
fn fix_changes_only_fix_spans_and_is_idempotent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.txt");
    fs::copy(seed("000"), &path).expect("copy");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    let original = fs::read_to_string(&path).expect("read");
    let spans = safe_fix_spans(&path);
    assert!(!spans.is_empty(), "seed 000 has safe whitespace fixes");

    let out = run(&["check", "--fix", "--format", "json", path_str(&path)]);
    assert!(out.code < 2, "{out:?}");
    let remaining = json(&out.stdout);
    assert!(
        remaining.as_array().expect("array").iter().all(|f| !f["code"].as_str().is_some_and(|c| c.starts_with("ORT"))),
        "whitespace findings are fixed: {out:?}"
    );
    let fixed = fs::read_to_string(&path).expect("read");
    assert_ne!(fixed, original);

    // Every byte outside the fix spans is kept, in order: the fixed text is
    // the untouched segments with something in between.
    let mut segments = Vec::new();
    let mut cursor = 0;
    for &(start, end) in &spans {
        segments.push(&original[cursor..start]);
        cursor = end;
    }
    segments.push(&original[cursor..]);
    assert!(fixed.starts_with(segments[0]));
    assert!(fixed.ends_with(segments[segments.len() - 1]));
    let mut at = 0;
    for segment in &segments {
        let found = fixed[at..].find(segment).unwrap_or_else(|| panic!("segment {segment:?} kept"));
        at += found + segment.len();
    }

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "permissions are kept");
    }

    let again = run(&["check", "--fix", path_str(&path)]);
    assert!(again.code < 2, "{again:?}");
    assert_eq!(fs::read_to_string(&path).expect("read"), fixed, "a second --fix changes nothing");
}

#[test]
fn fix_on_stdin_prints_the_fixed_text() {
    let original = fs::read(seed("000")).expect("seed");
    let out = baolint(&["check", "--fix", "-"], Some(&original), None);
    assert!(out.code < 2, "{out:?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.txt");
    fs::write(&path, &original).expect("write");
    run(&["check", "--fix", path_str(&path)]);
    assert_eq!(out.stdout, fs::read_to_string(&path).expect("read"));
}

#[test]
fn diff_prints_without_writing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.txt");
    fs::copy(seed("000"), &path).expect("copy");
    let original = fs::read(&path).expect("read");
    let out = run(&["check", "--diff", path_str(&path)]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("--- a/") && out.stdout.contains("+++ b/") && out.stdout.contains("@@"), "{out:?}");
    assert_eq!(fs::read(&path).expect("read"), original, "--diff writes nothing");

    run(&["check", "--fix", path_str(&path)]);
    let out = run(&["check", "--diff", path_str(&path)]);
    assert_eq!(out.code, 0, "nothing left to fix: {out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn configuration_file_is_found_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("reports");
    fs::create_dir(&nested).unwrap();
    fs::write(
        nested.join("a.txt"),
        "Tiêu đề\n\nĐoạn văn có  hai dấu cách, và BTV; đạt 45/60, đạt 80%.\n\nXUÂN HƯƠNG\n",
    )
    .unwrap();
    let codes =
        |out: &Output| json(&out.stdout).as_array().unwrap().iter().map(|f| f["code"].to_string()).collect::<Vec<_>>();

    let plain = baolint(&["check", "--format", "json", "a.txt"], None, Some(&nested));
    assert!(codes(&plain).iter().any(|c| c.contains("ORT001")), "{plain:?}");

    // NUM003 is in the preview group: off by default, on with `preview`.
    assert!(!codes(&plain).iter().any(|c| c.contains("NUM003")), "{plain:?}");
    fs::write(
        dir.path().join("baolint.toml"),
        "ignore = [\"ORT001\"]\npreview = true\n[orthography]\ntone-placement = \"new\"\n",
    )
    .unwrap();
    let configured = baolint(&["check", "--format", "json", "a.txt"], None, Some(&nested));
    assert!(!codes(&configured).iter().any(|c| c.contains("ORT001")), "{configured:?}");
    assert!(codes(&configured).iter().any(|c| c.contains("ORT016")), "{configured:?}");
    assert!(codes(&configured).iter().any(|c| c.contains("NUM003")), "{configured:?}");
    let selected =
        baolint(&["check", "--isolated", "--select", "NUM003", "--format", "json", "a.txt"], None, Some(&nested));
    assert!(
        codes(&selected).iter().any(|c| c.contains("NUM003")),
        "a preview rule runs when selected by code: {selected:?}"
    );

    let isolated = baolint(&["check", "--isolated", "--format", "json", "a.txt"], None, Some(&nested));
    assert!(codes(&isolated).iter().any(|c| c.contains("ORT001")), "{isolated:?}");

    fs::write(dir.path().join("baolint.toml"), "[orthography]\ntone-placement = \"sideways\"\n").unwrap();
    let bad = baolint(&["check", "a.txt"], None, Some(&nested));
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("baolint.toml") && bad.stderr.contains("tone-placement"), "{bad:?}");
}

/// A report of a site with its footer line: the same in every report but
/// for the number in it.
fn site_report(i: usize) -> String {
    format!(
        "Tin thứ {i} của trang\n\nNội dung riêng của bản tin số {i}, viết cho riêng nó với {} chữ.\n\nMời bạn đọc theo dõi trang trên mạng xã hội, lượt theo dõi: {}\n\nTheo baodientu.vn\n",
        i * 7,
        100 + i
    )
}

#[test]
fn lines_recurring_across_the_reports_of_a_source_are_template_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = dir.path().join("site");
    fs::create_dir(&site).expect("mkdir");
    for i in 0..6 {
        fs::write(site.join(format!("{i}.txt")), site_report(i)).expect("write");
    }
    let out = run(&["check", "--select", "SCR007", "--format", "concise", path_str(&site)]);
    let found: Vec<&str> = out.stdout.lines().filter(|l| l.contains("SCR007")).collect();
    assert_eq!(found.len(), 6, "one per report: {out:?}");
    assert!(found.iter().all(|l| l.contains("appears in 6 of 6 reports of this source")), "{out:?}");

    // One report alone, from a file or standard input, gets no evidence;
    // nor do the rules outside the preview group run the first pass.
    let one = run(&["check", "--select", "SCR007", "--format", "concise", path_str(&site.join("0.txt"))]);
    assert!(!one.stdout.contains("SCR007"), "{one:?}");
    let report = site_report(0);
    let stdin = baolint(&["check", "--select", "SCR007", "--format", "concise", "-"], Some(report.as_bytes()), None);
    assert!(!stdin.stdout.contains("SCR007"), "{stdin:?}");
    let default = run(&["check", "--format", "concise", path_str(&site)]);
    assert!(!default.stdout.contains("SCR007"), "preview: {default:?}");

    // JSON Lines: each `source` (or `site`) is a source of its own; records
    // without one belong to their stream.
    let lines: Vec<String> = (0..10)
        .map(|i| {
            let mut record = serde_json::json!({"id": i, "text": site_report(i)});
            match i % 3 {
                0 => record["source"] = "a.vn".into(),
                1 => record["site"] = "b.vn".into(),
                _ => {}
            }
            record.to_string()
        })
        .collect();
    let path = dir.path().join("feed.jsonl");
    fs::write(&path, lines.join("\n") + "\n").expect("write");
    let out = run(&["check", "--select", "SCR007", "--format", "concise", path_str(&path)]);
    let found: Vec<&str> = out.stdout.lines().filter(|l| l.contains("SCR007")).collect();
    // a.vn holds records 0, 3, 6, 9 (4, below the threshold of 5); b.vn
    // 1, 4, 7 (3); the stream itself 2, 5, 8 (3): no source reaches it.
    assert!(found.is_empty(), "{out:?}");
    let more: Vec<String> =
        (0..12).map(|i| serde_json::json!({"id": i, "text": site_report(i), "source": "a.vn"}).to_string()).collect();
    fs::write(&path, more.join("\n") + "\n").expect("write");
    let out = run(&["check", "--select", "SCR007", "--format", "concise", path_str(&path)]);
    let found: Vec<&str> = out.stdout.lines().filter(|l| l.contains("SCR007")).collect();
    assert_eq!(found.len(), 12, "{out:?}");
    assert!(found.iter().all(|l| l.contains("appears in 12 of 12 reports")), "{out:?}");
}
