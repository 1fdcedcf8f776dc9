//! Each rule's measured precision on real text: how many of a seeded random
//! sample of its findings a reader judged right. The figures come from the
//! judged files kept under `review/judged/` and are tabled in
//! `data/precision.tsv` by `cargo xtask review score --write-table`; a tidy
//! test checks the table against those files and against the bar of each
//! rule's severity.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/precision.tsv");

/// One rule's figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Precision {
    pub code: String,
    /// Findings judged right or wrong ("unsure" ones are not counted).
    pub judged: u32,
    pub right: u32,
    /// The corpus the sample was drawn from.
    pub corpus: String,
    /// When the sample was drawn (YYYY-MM-DD).
    pub drawn: String,
    /// The judged file, relative to the workspace root.
    pub file: String,
}

impl Precision {
    /// Right as a share of judged, in percent; `None` when nothing was judged.
    pub fn percent(&self) -> Option<f64> {
        (self.judged > 0).then(|| 100.0 * f64::from(self.right) / f64::from(self.judged))
    }

    /// The 95% Wilson score interval of the precision, in percent.
    pub fn wilson95(&self) -> Option<(f64, f64)> {
        wilson(self.right, self.judged, 1.959_964)
    }
}

/// The Wilson score interval of `right` successes in `n` trials at normal
/// quantile `z`, in percent.
pub fn wilson(right: u32, n: u32, z: f64) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let n = f64::from(n);
    let p = f64::from(right) / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / (1.0 + z2 / n);
    Some((100.0 * (centre - half).max(0.0), 100.0 * (centre + half).min(1.0)))
}

/// Every row of the table, in file order.
pub fn table() -> &'static [Precision] {
    static ROWS: OnceLock<Vec<Precision>> = OnceLock::new();
    ROWS.get_or_init(|| parse(TABLE).expect("data/precision.tsv is checked by the tidy tests"))
}

pub(crate) fn of(code: &str) -> Option<&'static Precision> {
    table().iter().find(|p| p.code == code)
}

/// Reads the table: `#` comment lines, a header naming the columns, then
/// one row per rule.
pub fn parse(text: &str) -> Result<Vec<Precision>, String> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let Some((_, header)) = lines.next() else { return Ok(Vec::new()) };
    let columns: Vec<&str> = header.split('\t').collect();
    let column = |name: &str| columns.iter().position(|c| *c == name).ok_or(format!("no column `{name}`"));
    let [code, judged, right, corpus, drawn, file] = ["code", "judged", "right", "corpus", "drawn", "file"].map(column);
    let (code, judged, right, corpus, drawn, file) = (code?, judged?, right?, corpus?, drawn?, file?);
    let mut rows = Vec::new();
    for (number, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| cells.get(i).copied().ok_or(format!("line {}: too few cells", number + 1));
        let count = |i: usize| {
            cell(i)?.parse::<u32>().map_err(|_| format!("line {}: `{}` is not a count", number + 1, cells[i]))
        };
        let row = Precision {
            code: cell(code)?.to_owned(),
            judged: count(judged)?,
            right: count(right)?,
            corpus: cell(corpus)?.to_owned(),
            drawn: cell(drawn)?.to_owned(),
            file: cell(file)?.to_owned(),
        };
        if row.right > row.judged {
            return Err(format!("line {}: more right than judged", number + 1));
        }
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_interval_of_fifty_out_of_fifty() {
        let (lo, hi) = wilson(50, 50, 1.959_964).unwrap();
        assert!((lo - 92.87).abs() < 0.05, "{lo}");
        assert!((hi - 100.0).abs() < 1e-9);
        assert_eq!(wilson(0, 0, 1.96), None);
        let (lo, hi) = wilson(45, 60, 1.959_964).unwrap();
        assert!(lo < 75.0 && 75.0 < hi && (lo - 62.8).abs() < 0.2, "{lo} {hi}");
    }

    #[test]
    fn parses_columns_by_name() {
        let rows = parse("# note\ncode\tjudged\tright\tcorpus\tdrawn\tfile\nNUM001\t8\t7\ttrain\t2026-12-02\tr.tsv\n")
            .unwrap();
        assert_eq!(rows[0].code, "NUM001");
        assert_eq!(rows[0].percent().map(|p| p.round()), Some(88.0));
        assert!(parse("code\tjudged\tright\tcorpus\tdrawn\tfile\nX\t1\t2\tc\td\tf\n").is_err());
    }
}
