//! `--statistics`: a count of findings per rule instead of the findings,
//! sorted by count (most first), then code. A table, or with `--format
//! json` a JSON array (`jsonl`: one object per line) of
//! `{code, name, severity, count, fixable}`, where `fixable` counts the
//! findings that carry a fix.

use std::{
    collections::BTreeMap,
    io::{self, Write},
};

use baolint_check::{Rule, Severity};
use serde::Serialize;

use super::{Emitter, to_compact, to_pretty};
use crate::{args::CheckFormat, check::Checked};

#[derive(Debug)]
pub struct Statistics {
    format: CheckFormat,
    rows: BTreeMap<Rule, Row>,
}

#[derive(Debug, Clone, Copy)]
struct Row {
    severity: Severity,
    count: usize,
    fixable: usize,
}

#[derive(Serialize)]
struct RowOut {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    count: usize,
    fixable: usize,
}

impl Statistics {
    pub fn new(format: CheckFormat) -> Statistics {
        Statistics { format, rows: BTreeMap::new() }
    }

    fn sorted(&self) -> Vec<RowOut> {
        let mut rows: Vec<(Rule, Row)> = self.rows.iter().map(|(&rule, &row)| (rule, row)).collect();
        rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.code().cmp(b.0.code())));
        rows.into_iter()
            .map(|(rule, row)| RowOut {
                code: rule.code(),
                name: rule.name(),
                severity: row.severity.as_str(),
                count: row.count,
                fixable: row.fixable,
            })
            .collect()
    }
}

impl Emitter for Statistics {
    fn render(&self, _checked: &Checked) -> String {
        String::new()
    }

    fn emit(&mut self, _out: &mut dyn Write, checked: &Checked, _rendered: String) -> io::Result<()> {
        for d in &checked.diagnostics {
            let row = self.rows.entry(d.rule).or_insert(Row { severity: d.severity, count: 0, fixable: 0 });
            // The configured severity is per rule; keep the highest seen all the same.
            row.severity = row.severity.max(d.severity);
            row.count += 1;
            row.fixable += usize::from(d.fix.is_some());
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let rows = self.sorted();
        match self.format {
            CheckFormat::Json => writeln!(out, "{}", to_pretty(&rows)),
            CheckFormat::Jsonl => rows.iter().try_for_each(|row| writeln!(out, "{}", to_compact(row))),
            _ => out.write_all(table(&rows).as_bytes()),
        }
    }
}

/// Text columns align left, counts right.
fn table(rows: &[RowOut]) -> String {
    use crate::table::{Align, render};
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.code.to_owned(),
                r.name.to_owned(),
                r.severity.to_owned(),
                r.count.to_string(),
                r.fixable.to_string(),
            ]
        })
        .collect();
    let align = [Align::Left, Align::Left, Align::Left, Align::Right, Align::Right];
    render(&["code", "name", "severity", "count", "fixable"], &cells, &align)
}
