//! Evidence across the reports of a run: the first pass of a run whose
//! corpus-level rules are on (see `baolint_check::recurrence`).
//!
//! Before checking, every report of the files and JSON Lines streams named
//! on the command line is read once and its lines are counted in the
//! [`Recurrence`] of its source. Standard input is read once only, so it
//! gets no evidence; a single file is a source of one report, which no
//! threshold is met by. Reports that cannot be read are passed over here:
//! the checking pass reports them.

use std::{collections::HashMap, path::Path};

use baolint_check::recurrence::Recurrence;
use rayon::prelude::*;

use crate::inputs::{self, Input, JsonlReader, Origin};

/// JSON Lines records decoded in parallel at a time.
const BATCH: usize = 1024;

/// The [`Recurrence`] of each source of a run.
#[derive(Debug, Default)]
pub struct CorpusEvidence {
    by_source: HashMap<String, Recurrence>,
}

impl CorpusEvidence {
    /// Reads every report of `inputs` once and counts its lines.
    pub fn gather(inputs: &[Input]) -> CorpusEvidence {
        let files: Vec<&Path> = inputs
            .iter()
            .filter_map(|input| match input {
                Input::Text(Origin::File(path)) => Some(path.as_path()),
                _ => None,
            })
            .collect();
        let mut evidence = files
            .par_iter()
            .fold(CorpusEvidence::default, |mut part, path| {
                if let Ok(text) = inputs::read_text(&Origin::File(path.to_path_buf())) {
                    part.add(text_source(path), &text);
                }
                part
            })
            .reduce(CorpusEvidence::default, CorpusEvidence::merged);
        for input in inputs {
            if let Input::Jsonl(origin @ Origin::File(_)) = input {
                evidence = evidence.merged(Self::of_stream(origin));
            }
        }
        evidence
    }

    fn of_stream(origin: &Origin) -> CorpusEvidence {
        let Ok(mut reader) = JsonlReader::open(origin) else { return CorpusEvidence::default() };
        let path = reader.name().to_owned();
        let mut evidence = CorpusEvidence::default();
        loop {
            let mut batch = Vec::with_capacity(BATCH);
            while batch.len() < BATCH
                && let Some(line) = reader.next_line()
            {
                batch.extend(line.ok());
            }
            if batch.is_empty() {
                return evidence;
            }
            let counted = batch
                .par_iter()
                .fold(CorpusEvidence::default, |mut part, line| {
                    if let Ok(Some(record)) = line.decode(&path) {
                        part.add(record_source(&path, record.source.as_deref()), &record.text);
                    }
                    part
                })
                .reduce(CorpusEvidence::default, CorpusEvidence::merged);
            evidence = evidence.merged(counted);
        }
    }

    fn add(&mut self, source: String, text: &str) {
        self.by_source.entry(source).or_default().add_report(text);
    }

    fn merged(mut self, other: CorpusEvidence) -> CorpusEvidence {
        for (source, recurrence) in other.by_source {
            self.by_source.entry(source).or_default().merge(recurrence);
        }
        self
    }

    /// The lines of the reports of `source` (see [`text_source`],
    /// [`record_source`]).
    pub fn of(&self, source: &str) -> Option<&Recurrence> {
        self.by_source.get(source)
    }
}

/// The source of a text file: its directory.
pub fn text_source(path: &Path) -> String {
    format!("dir:{}", path.parent().unwrap_or(Path::new("")).display())
}

/// The source of a JSON Lines record: its `source` or `site` field, within
/// its stream; else the stream.
pub fn record_source(stream: &str, source: Option<&str>) -> String {
    match source {
        Some(site) => format!("jsonl:{stream}#{site}"),
        None => format!("jsonl:{stream}"),
    }
}
