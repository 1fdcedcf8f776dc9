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
    summary: &'static str,
}

fn fix_name(fix: FixAvailability) -> &'static str {
    match fix {
        FixAvailability::None => "none",
        FixAvailability::Sometimes => "sometimes",
        FixAvailability::Always => "always",
    }
}

pub fn list(args: &RulesArgs) -> Result<ExitCode> {
    let metas: Vec<&RuleMeta> = Rule::ALL.iter().map(|rule| rule.meta()).collect();
    let out = match args.format {
        ListFormat::Json => {
            let rules: Vec<RuleOut> = metas
                .iter()
                .map(|m| RuleOut {
                    code: m.code,
                    name: m.name,
                    family: m.family.prefix(),
                    severity: m.severity.as_str(),
                    fix: fix_name(m.fix),
                    summary: m.summary,
                })
                .collect();
            serde_json::to_string_pretty(&rules)? + "\n"
        }
        ListFormat::Text => table(&metas),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// code, name, severity, fix, summary; the summary is last, so a long one
/// does not push the other columns.
fn table(metas: &[&RuleMeta]) -> String {
    use crate::table::{Align, render};
    let rows: Vec<Vec<&str>> =
        metas.iter().map(|m| vec![m.code, m.name, m.severity.as_str(), fix_name(m.fix), m.summary]).collect();
    render(&["code", "name", "severity", "fix", "summary"], &rows, &[Align::Left; 5])
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
    let _ = writeln!(out, "Summary:  {}", m.summary);
    let _ = writeln!(out);
    out.push_str(m.doc.trim_end());
    out.push('\n');
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
