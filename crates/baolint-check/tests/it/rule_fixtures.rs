//! Rule fixtures: `tests/rules/<family>/<CODE>.txt` must trigger CODE (and
//! its diagnostics are snapshotted as users see them), and
//! `tests/rules/<family>/<CODE>.ok.txt` is a near miss that must not, as is
//! every `<CODE>.ok.<shape>.txt`: one per false alarm found on real text,
//! in the same shape. Rules of the preview group are run too.

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

#[test]
fn positive_fixtures_trigger_their_rule() {
    settings("rules").bind(|| {
        insta::glob!(workspace().join("tests"), "rules/*/*.txt", |path| {
            if is_near_miss(path) {
                return;
            }
            let rule = rule_of(path);
            let text = std::fs::read_to_string(path).unwrap();
            let diagnostics: Vec<_> =
                baolint_check::check_text(&text, &all_rules()).into_iter().filter(|d| d.rule == rule).collect();
            assert!(!diagnostics.is_empty(), "{} must trigger {rule}", path.display());
            let index = LineIndex::new(&text);
            let name = display_path(path);
            let source = render::Source { name: &name, text: &text, index: &index };
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
        let text = std::fs::read_to_string(path).unwrap();
        let fired: Vec<_> = baolint_check::check_text(&text, &all_rules())
            .into_iter()
            .filter(|d| d.rule == rule)
            .map(|d| format!("{}..{} {}", d.span.start, d.span.end, d.message))
            .collect();
        assert!(fired.is_empty(), "{} must not trigger {rule}: {fired:?}", path.display());
    });
}
