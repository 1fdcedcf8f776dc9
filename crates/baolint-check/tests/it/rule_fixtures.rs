//! Rule fixtures: `tests/rules/<family>/<CODE>.txt` must trigger CODE (and
//! its diagnostics are snapshotted as users see them), as must every
//! `<CODE>.<shape>.txt`, one per further form the rule reads, and
//! `tests/rules/<family>/<CODE>.ok.txt` is a near miss that must not, as is
//! every `<CODE>.ok.<shape>.txt`: one per false alarm found on real text,
//! in the same shape. Rules of the preview group are run too. The fixtures
//! of a rule that reads the other reports of a run hold several reports,
//! one after another, each after a line `=====`; the first is checked
//! with the lines of all of them counted.

use std::path::Path;

use baolint_check::{Config, Rule, render};
use baolint_syntax::LineIndex;

use crate::support::{display_path, settings, workspace};

/// `CODE.ok.txt` or `CODE.ok.<shape>.txt`.
pub fn is_near_miss(path: &Path) -> bool {
    path.file_name().unwrap().to_string_lossy().split('.').nth(1) == Some("ok")
}

/// Every rule, the preview group included.
fn all_rules() -> Config {
    Config::with_preview_selection(&[], &[], true).expect("no selector")
}

fn rule_of(path: &Path) -> Rule {
    let name = path.file_name().unwrap().to_string_lossy();
    let code = name.split('.').next().unwrap();
    Rule::find(code).unwrap_or_else(|| panic!("fixture {name} names no rule"))
}

/// The report a fixture shows and the findings of `rule` in it: for a rule
/// that reads the other reports of a run, the first of the fixture's
/// reports, checked with the lines of all of them counted.
fn findings(whole: &str, rule: Rule) -> (&str, Vec<baolint_check::Diagnostic>) {
    let config = all_rules();
    let only = |found: Vec<baolint_check::Diagnostic>| found.into_iter().filter(|d| d.rule == rule).collect();
    if !rule.reads_other_reports() {
        return (whole, only(baolint_check::check_text(whole, &config)));
    }
    let reports: Vec<&str> = whole.split("=====\n").filter(|r| !r.trim().is_empty()).collect();
    let mut recurrence = baolint_check::recurrence::Recurrence::default();
    for report in &reports {
        recurrence.add_report(report);
    }
    let first = reports[0];
    let report = baolint_syntax::parse_with(first, config.layers());
    (first, only(baolint_check::check_with(first, &report, &config, Some(&recurrence))))
}

#[test]
fn positive_fixtures_trigger_their_rule() {
    settings("rules").bind(|| {
        insta::glob!(workspace().join("tests"), "rules/*/*.txt", |path| {
            if is_near_miss(path) {
                return;
            }
            let rule = rule_of(path);
            let whole = std::fs::read_to_string(path).unwrap();
            let (text, diagnostics) = findings(&whole, rule);
            assert!(!diagnostics.is_empty(), "{} must trigger {rule}", path.display());
            let index = LineIndex::new(text);
            let name = display_path(path);
            let source = render::Source { name: &name, text, index: &index };
            insta::assert_snapshot!(render::human(source, &diagnostics, false));
        });
    });
}

#[test]
fn near_miss_fixtures_do_not_trigger_their_rule() {
    insta::glob!(workspace().join("tests"), "rules/*/*.ok*.txt", |path| {
        if !is_near_miss(path) {
            return;
        }
        let rule = rule_of(path);
        let whole = std::fs::read_to_string(path).unwrap();
        let fired: Vec<_> = findings(&whole, rule)
            .1
            .into_iter()
            .map(|d| format!("{}..{} {}", d.span.start, d.span.end, d.message))
            .collect();
        assert!(fired.is_empty(), "{} must not trigger {rule}: {fired:?}", path.display());
    });
}

/// A report parsed with only the layers a configuration's rules read
/// ([`Config::layers`]) gives the findings of one parsed whole: for each
/// rule alone and for the default set, over every fixture and seed.
#[test]
fn the_layers_a_configuration_reads_are_enough() {
    let mut configs = vec![Config::default(), all_rules()];
    for rule in Rule::ALL {
        configs.push(Config::with_preview_selection(&[rule.code().to_string()], &[], true).expect("a code"));
    }
    let mut texts = 0;
    for pattern in ["rules/*/*.txt", "corpus/*.txt"] {
        insta::glob!(workspace().join("tests"), pattern, |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let whole = baolint_syntax::parse(&text);
            for config in &configs {
                let expected = baolint_check::check(&text, &whole, config);
                let read = baolint_syntax::parse_with(&text, config.layers());
                assert_eq!(baolint_check::check(&text, &read, config), expected, "{}", path.display());
            }
            texts += 1;
        });
    }
    assert!(texts > 40, "{texts} texts");
    // Some configuration reads less than everything, or the test shows nothing.
    assert!(configs.iter().any(|c| c.layers() != baolint_syntax::Layers::ALL));
}

#[test]
#[should_panic(expected = "parsed with")]
fn a_report_without_a_layer_its_rules_read_is_refused() {
    let text = "Ban Thường vụ (BTV) họp. BCĐ đã chỉ đạo.";
    let report = baolint_syntax::parse_with(text, baolint_syntax::Layers::NONE);
    baolint_check::check(text, &report, &all_rules());
}
