//! `review recall LABELLED.tsv... --corpus PATH [--bin BIN]`: how many of a
//! labelled set's real errors the rules find, and how many of its traps
//! (look-alikes that are fine) they flag.
//!
//! A labelled file (under `review/labelled/`) lists, per family (numbers,
//! references, dates), spans of the corpus judged `error` (a real mistake a
//! good checker reports) or `trap`. A row counts as flagged when a finding of
//! its family's rules (NUM, REF, DAT) in the same article overlaps its span.
//! Recall and trap rate are given for the default rules and with the
//! preview group, per family and per kind.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use super::Args;
use super::corpus::{Cli, Corpus};
use crate::workspace::Result;

const USAGE: &str = "usage: cargo xtask review recall LABELLED.tsv... --corpus PATH [--bin BIN]";

/// One labelled span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Labelled {
    pub family: String,
    pub kind: String,
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub error: bool,
}

/// The rule-code prefix of a family.
fn prefix(family: &str) -> Option<&'static str> {
    match family {
        "numbers" => Some("NUM"),
        "references" => Some("REF"),
        "dates" => Some("DAT"),
        _ => None,
    }
}

/// The rows of a labelled file and the corpus checksum of its header.
pub(super) fn parse_labelled(path: &Path, text: &str) -> Result<(Option<String>, Vec<Labelled>)> {
    let mut sha256 = None;
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (number, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), number + 1);
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(sum) = comment.split_whitespace().find_map(|w| w.strip_prefix("sha256=")) {
                sha256 = Some(sum.to_string());
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            if fields.get(..6) != Some(&["family", "kind", "id", "start", "end", "verdict"][..]) {
                return Err(
                    format!("{}: the column line must start family, kind, id, start, end, verdict", at()).into()
                );
            }
            header_seen = true;
            continue;
        }
        let [family, kind, id, start, end, verdict, ..] = fields[..] else {
            return Err(format!("{}: fewer than six fields", at()).into());
        };
        if prefix(family).is_none() {
            return Err(format!("{}: unknown family `{family}` (numbers, references, dates)", at()).into());
        }
        let offset = |field: &str| field.parse::<usize>().map_err(|_| format!("{}: `{field}` is no byte offset", at()));
        let error = match verdict {
            "error" => true,
            "trap" => false,
            other => return Err(format!("{}: verdict `{other}` is neither error nor trap", at()).into()),
        };
        let (start, end) = (offset(start)?, offset(end)?);
        if start > end {
            return Err(format!("{}: span {start}..{end} ends before it starts", at()).into());
        }
        rows.push(Labelled { family: family.into(), kind: kind.into(), id: id.into(), start, end, error });
    }
    Ok((sha256, rows))
}

/// Errors caught and traps flagged, of how many.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    errors: usize,
    caught: usize,
    traps: usize,
    flagged: usize,
}

impl Tally {
    fn add(&mut self, row: &Labelled, hit: bool) {
        if row.error {
            self.errors += 1;
            self.caught += usize::from(hit);
        } else {
            self.traps += 1;
            self.flagged += usize::from(hit);
        }
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "-".into() } else { format!("{:.0}%", 100.0 * part as f64 / whole as f64) }
}

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("recall", args, &["corpus", "bin"], &[])?;
    if args.positional.is_empty() {
        return Err(USAGE.into());
    }
    let corpus = Corpus::open(args.required("corpus")?.as_ref())?;
    let mut rows = Vec::new();
    for file in &args.positional {
        let path = Path::new(file);
        let text = fs::read_to_string(path).map_err(|err| format!("cannot read {file}: {err}"))?;
        let (sha256, labelled) = parse_labelled(path, &text)?;
        if sha256.as_deref().is_some_and(|sum| sum != corpus.sha256) {
            eprintln!("WARNING: {file} was labelled on another corpus than {}: offsets may not match", corpus.name);
        }
        rows.extend(labelled);
    }
    let cli = match args.value("bin") {
        Some(bin) => Cli::at(Path::new(bin))?,
        None => Cli::build()?,
    };
    let preview: Vec<String> =
        cli.rules().into_iter().filter(|r| r.group.as_deref() == Some("preview")).map(|r| r.code).collect();
    // Findings of the three families, by article.
    let mut found: HashMap<String, Vec<(String, usize, usize)>> = HashMap::new();
    cli.findings(&corpus, "NUM,REF,DAT", &mut |f| {
        found.entry(f.id.clone()).or_default().push((f.code, f.start, f.end));
    })?;
    let hit = |row: &Labelled, with_preview: bool| {
        let family = prefix(&row.family).unwrap_or("");
        found.get(&row.id).is_some_and(|findings| {
            findings.iter().any(|(code, start, end)| {
                code.starts_with(family)
                    && (with_preview || !preview.contains(code))
                    && *start < row.end.max(row.start + 1)
                    && row.start < (*end).max(*start + 1)
            })
        })
    };
    let mut by_kind: BTreeMap<(String, String), [Tally; 2]> = BTreeMap::new();
    let mut by_family: BTreeMap<String, [Tally; 2]> = BTreeMap::new();
    for row in &rows {
        for (i, with_preview) in [false, true].into_iter().enumerate() {
            let h = hit(row, with_preview);
            by_kind.entry((row.family.clone(), row.kind.clone())).or_default()[i].add(row, h);
            by_family.entry(row.family.clone()).or_default()[i].add(row, h);
        }
    }
    println!(
        "\n| family | kind | errors | caught | recall | traps | flagged | trap rate | recall with preview | trap rate with preview |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let line = |family: &str, kind: &str, [plain, preview]: [Tally; 2]| {
        println!(
            "| {family} | {kind} | {} | {} | {} | {} | {} | {} | {} | {} |",
            plain.errors,
            plain.caught,
            percent(plain.caught, plain.errors),
            plain.traps,
            plain.flagged,
            percent(plain.flagged, plain.traps),
            percent(preview.caught, preview.errors),
            percent(preview.flagged, preview.traps),
        );
    };
    for (family, tallies) in &by_family {
        for ((f, kind), kind_tallies) in &by_kind {
            if f == family {
                line(family, kind, *kind_tallies);
            }
        }
        line(family, "**all**", *tallies);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_rows_and_their_checksum() {
        let text = "# corpus: c.jsonl.gz sha256=abc articles=2\n\
                    family\tkind\tid\tstart\tend\tverdict\tbaseline\tnote\n\
                    dates\tweekday-mismatch\tx-1\t10\t20\terror\t-\tFriday, not Sunday\n\
                    numbers\tbreakdown-sum\t7\t0\t5\ttrap\tNUM001\tpartial list\n";
        let (sha, rows) = parse_labelled(Path::new("l.tsv"), text).unwrap();
        assert_eq!(sha.as_deref(), Some("abc"));
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].family.as_str(), rows[0].start, rows[0].end, rows[0].error), ("dates", 10, 20, true));
        assert!(!rows[1].error);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let head = "family\tkind\tid\tstart\tend\tverdict\n";
        for (row, says) in [
            ("dates\tk\tx\t1\t2\tmaybe\n", "neither error nor trap"),
            ("spelling\tk\tx\t1\t2\terror\n", "unknown family"),
            ("dates\tk\tx\tone\t2\terror\n", "no byte offset"),
            ("dates\tk\tx\t5\t2\terror\n", "ends before it starts"),
        ] {
            let err = parse_labelled(Path::new("l.tsv"), &format!("{head}{row}")).unwrap_err().to_string();
            assert!(err.contains("l.tsv:2") && err.contains(says), "{err}");
        }
    }

    #[test]
    fn tallies_count_errors_and_traps_apart() {
        let row =
            |error| Labelled { family: "dates".into(), kind: "k".into(), id: "a".into(), start: 0, end: 1, error };
        let mut tally = Tally::default();
        tally.add(&row(true), true);
        tally.add(&row(true), false);
        tally.add(&row(false), true);
        assert_eq!(tally, Tally { errors: 2, caught: 1, traps: 1, flagged: 1 });
        assert_eq!((percent(1, 2), percent(0, 0)), ("50%".to_string(), "-".to_string()));
    }
}
