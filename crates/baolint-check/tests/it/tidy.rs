//! Conventions checked by machine: every rule is registered once, documented
//! with the required sections, and has a positive and a near-miss fixture.

use std::collections::HashSet;

use baolint_check::{FixAvailability, Rule};

use crate::support::workspace;

const DOC_SECTIONS: &[&str] = &["## What it does", "## Why is this bad?", "## Example", "## Fix safety"];

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for &rule in Rule::ALL {
        let meta = rule.meta();
        assert!(codes.insert(meta.code), "duplicate code {}", meta.code);
        assert!(names.insert(meta.name), "duplicate name {}", meta.name);
        let (prefix, digits) = meta.code.split_at(3);
        assert_eq!(prefix, meta.family.prefix(), "{} is in family {:?}", meta.code, meta.family);
        assert!(digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()), "{}", meta.code);
        assert!(
            meta.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !meta.name.starts_with('-')
                && !meta.name.ends_with('-'),
            "{} is not kebab-case",
            meta.name
        );
        assert_eq!(Rule::find(meta.code), Some(rule));
        assert_eq!(Rule::find(meta.name), Some(rule));
    }
}

#[test]
fn every_rule_is_documented() {
    for &rule in Rule::ALL {
        let meta = rule.meta();
        assert!(!meta.summary.is_empty(), "{} has no summary", meta.code);
        let mut last = 0;
        for section in DOC_SECTIONS {
            let at = meta.doc.find(section).unwrap_or_else(|| panic!("{} doc lacks {section}", meta.code));
            assert!(at >= last, "{} doc sections out of order", meta.code);
            last = at;
        }
        if meta.fix == FixAvailability::None {
            assert!(meta.doc.contains("No fix"), "{} offers no fix and its doc must say so", meta.code);
        }
    }
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_a_rule() {
    let dir = workspace().join("tests/rules");
    let mut expected = HashSet::new();
    for &rule in Rule::ALL {
        let family = rule.family().prefix().to_lowercase();
        for suffix in [".txt", ".ok.txt"] {
            let file = format!("{family}/{}{suffix}", rule.code());
            assert!(dir.join(&file).is_file(), "missing fixture tests/rules/{file}");
            expected.insert(file);
        }
    }
    for family in std::fs::read_dir(&dir).unwrap() {
        let family = family.unwrap();
        for file in std::fs::read_dir(family.path()).unwrap() {
            let file = file.unwrap();
            let rel = format!("{}/{}", family.file_name().to_string_lossy(), file.file_name().to_string_lossy());
            assert!(expected.contains(&rel), "tests/rules/{rel} belongs to no rule");
        }
    }
}
