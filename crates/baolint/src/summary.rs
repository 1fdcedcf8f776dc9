//! Run totals: what decides the exit code, and the closing summary lines
//! printed on standard error.

use baolint_check::{Applicability, Severity};

use crate::{args::CheckFormat, check::Checked, fix::FixMode};

/// Counts over every report of a run.
#[derive(Debug, Default)]
pub struct Totals {
    /// Reports checked: files, standard input and records.
    pub reports: usize,
    /// Of those, JSON Lines records.
    pub records: usize,
    /// Findings by severity: error, warning, info.
    pub by_severity: [usize; 3],
    /// Findings at or above `--fail-on`.
    pub failing: usize,
    /// Remaining findings with a safe fix, and with an unsafe one.
    pub fixable_safe: usize,
    pub fixable_unsafe: usize,
    /// Findings resolved by `--fix`, or that `--diff` would resolve, and in
    /// how many reports.
    pub fixed: usize,
    pub fixed_reports: usize,
    /// Reports with a `--diff`.
    pub diffs: usize,
    /// Inputs (or records, or write-backs) that failed.
    pub input_errors: usize,
}

impl Totals {
    pub fn add(&mut self, checked: &Checked, fail_on: Severity) {
        self.reports += 1;
        self.records += usize::from(checked.record.is_some());
        self.diffs += usize::from(checked.diff.is_some());
        if checked.applied > 0 {
            self.fixed += checked.applied;
            self.fixed_reports += 1;
        }
        for d in &checked.diagnostics {
            self.by_severity[severity_slot(d.severity)] += 1;
            self.failing += usize::from(d.severity >= fail_on);
            // Records cannot be fixed, so their fixes are not advertised.
            match d.fix.as_ref().map(|f| f.applicability) {
                Some(Applicability::Safe) if checked.record.is_none() => self.fixable_safe += 1,
                Some(Applicability::Unsafe) if checked.record.is_none() => self.fixable_unsafe += 1,
                _ => {}
            }
        }
    }

    pub fn findings(&self) -> usize {
        self.by_severity.iter().sum()
    }

    /// The lines closing a run. A diff run always says what it would fix;
    /// otherwise only the text formats get a summary, so that machine
    /// output on standard error stays limited to errors.
    pub fn summary(&self, format: CheckFormat, fix: FixMode, unsafe_fixes: bool, statistics: bool) -> Vec<String> {
        let unit = if self.records > 0 { "report" } else { "file" };
        let mut lines = Vec::new();
        if matches!(fix, FixMode::Diff(_)) {
            lines.push(if self.fixed > 0 {
                format!("Would fix {} in {}.", plural(self.fixed, "finding"), plural(self.fixed_reports, unit))
            } else {
                format!("Nothing to fix in {}.", plural(self.reports, unit))
            });
            return lines;
        }
        if statistics || !matches!(format, CheckFormat::Human | CheckFormat::Concise) {
            return lines;
        }
        if matches!(fix, FixMode::Write(_)) && self.fixed > 0 {
            lines.push(format!("Fixed {} in {}.", plural(self.fixed, "finding"), plural(self.fixed_reports, unit)));
        }
        let findings = self.findings();
        if findings == 0 {
            lines.push(format!("No findings in {}.", plural(self.reports, unit)));
        } else {
            let [errors, warnings, infos] = self.by_severity;
            let parts: Vec<String> =
                [(errors, "error", "errors"), (warnings, "warning", "warnings"), (infos, "info", "info")]
                    .into_iter()
                    .filter(|&(n, ..)| n > 0)
                    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
                    .collect();
            lines.push(format!(
                "Found {} ({}) in {}{}.",
                plural(findings, "finding"),
                parts.join(", "),
                plural(self.reports, unit),
                self.fix_hint(unsafe_fixes)
            ));
        }
        if self.input_errors > 0 {
            lines.push(format!("{} could not be read or written.", plural(self.input_errors, "input")));
        }
        lines
    }

    fn fix_hint(&self, unsafe_fixes: bool) -> String {
        match (self.fixable_safe, self.fixable_unsafe) {
            (0, 0) => String::new(),
            (safe, unsafe_) if unsafe_fixes => format!("; {} fixable with --fix --unsafe-fixes", safe + unsafe_),
            (0, unsafe_) => format!("; {unsafe_} fixable with --fix --unsafe-fixes"),
            (safe, 0) => format!("; {safe} fixable with --fix"),
            (safe, unsafe_) => format!("; {safe} fixable with --fix ({unsafe_} more with --unsafe-fixes)"),
        }
    }
}

fn severity_slot(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
