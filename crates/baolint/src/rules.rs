//! `baolint rules` and `baolint rule`: the registry, for people and scripts.

use std::{fmt::Write as _, io::Write as _, process::ExitCode};

use anyhow::{Result, bail};
use baolint_check::{FixAvailability, Rule, RuleMeta};
use serde::Serialize;

use crate::args::{ListFormat, RuleArgs, RulesArgs};

#[derive(Debug, Serialize)]
struct RuleOut {
    code: &'static str,
    name: &'static str,
    family: &'static str,
    severity: &'static str,
    fix: &'static str,
    /// "stable", or "preview" (off unless --preview or selected by code).
    group: &'static str,
    /// Findings judged right, of those judged, on real text.
    precision: Option<PrecisionOut>,
    summary: &'static str,
}

#[derive(Debug, Serialize)]
struct PrecisionOut {
    judged: u32,
    right: u32,
    corpus: &'static str,
    drawn: &'static str,
}

fn group_name(meta: &RuleMeta) -> &'static str {
    if meta.preview { "preview" } else { "stable" }
}

/// "96.7% (58/60)", or "n/a (0 found)" when the corpus gave nothing to judge.
fn precision_cell(rule: Rule) -> String {
    match rule.precision() {
        Some(p) => match p.percent() {
            Some(percent) => format!("{percent:.1}% ({}/{})", p.right, p.judged),
            None => "none found".to_owned(),
        },
        None => "not measured".to_owned(),
    }
}

fn fix_name(fix: FixAvailability) -> &'static str {
    match fix {
        FixAvailability::None => "none",
        FixAvailability::Sometimes => "sometimes",
        FixAvailability::Always => "always",
    }
}

pub fn list(args: &RulesArgs) -> Result<ExitCode> {
    let out = match args.format {
        ListFormat::Json => {
            let rules: Vec<RuleOut> = Rule::ALL
                .iter()
                .map(|&rule| {
                    let m = rule.meta();
                    RuleOut {
                        code: m.code,
                        name: m.name,
                        family: m.family.prefix(),
                        severity: m.severity.as_str(),
                        fix: fix_name(m.fix),
                        group: group_name(m),
                        precision: rule.precision().map(|p| PrecisionOut {
                            judged: p.judged,
                            right: p.right,
                            corpus: &p.corpus,
                            drawn: &p.drawn,
                        }),
                        summary: m.summary,
                    }
                })
                .collect();
            serde_json::to_string_pretty(&rules)? + "\n"
        }
        ListFormat::Text => table(),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// code, name, severity, fix, group, precision, summary; the summary is
/// last, so a long one does not push the other columns.
fn table() -> String {
    use crate::table::{Align, render};
    let precisions: Vec<String> = Rule::ALL.iter().map(|&rule| precision_cell(rule)).collect();
    let rows: Vec<Vec<&str>> = Rule::ALL
        .iter()
        .zip(&precisions)
        .map(|(&rule, precision)| {
            let m = rule.meta();
            vec![m.code, m.name, m.severity.as_str(), fix_name(m.fix), group_name(m), precision, m.summary]
        })
        .collect();
    render(&["code", "name", "severity", "fix", "group", "precision", "summary"], &rows, &[Align::Left; 7])
}

pub fn explain(args: &RuleArgs) -> Result<ExitCode> {
    let Some(rule) = Rule::find(args.rule.trim()) else {
        bail!("unknown rule `{}`: `baolint rules` lists every code and name", args.rule);
    };
    let m = rule.meta();
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", m.code, m.name);
    let _ = writeln!(out);
    let _ = writeln!(out, "Family:   {} ({})", m.family.prefix(), m.family.description());
    let _ = writeln!(out, "Severity: {}", m.severity.as_str());
    let _ = writeln!(out, "Fix:      {}", fix_name(m.fix));
    let _ = writeln!(out, "Group:    {}", group_name(m));
    let _ = writeln!(out, "Summary:  {}", m.summary);
    let _ = writeln!(out);
    out.push_str(m.doc.trim_end());
    out.push_str("\n\n## Precision\n");
    out.push_str(&precision_section(rule));
    out.push('\n');
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The rule's measured precision, in words: what was judged, on what, when.
fn precision_section(rule: Rule) -> String {
    let Some(p) = rule.precision() else {
        return "Not measured on real text yet.".to_owned();
    };
    match (p.percent(), p.wilson95()) {
        (Some(percent), Some((lo, hi))) => format!(
            "{} of {} sampled findings judged right ({percent:.1}%; 95% Wilson interval {lo:.1}–{hi:.1}%) on {}, drawn {}; the verdicts are in {}.",
            p.right, p.judged, p.corpus, p.drawn, p.file
        ),
        _ => format!("No finding on {} (drawn {}): nothing to judge; see {}.", p.corpus, p.drawn, p.file),
    }
}
