//! `baolint check`: the pipeline from inputs to findings.
//!
//! Inputs are processed in chunks. Each chunk is read, fixed, checked and
//! rendered in parallel with rayon, then written out in input order by the
//! main thread, so output is deterministic. While the workers check one
//! chunk, the main thread writes the chunk before it and gathers the next,
//! so memory holds a few chunks at a time: a directory of many files or a
//! long JSON Lines stream never sits in memory whole. A chunk ends at
//! [`CHUNK`] inputs or [`CHUNK_BYTES`] of input text, whichever comes
//! first, and a report with more than [`STREAMED`] findings is rendered
//! piece by piece as it is written, so that its output (hundreds of times
//! its size on a hostile input) never sits in memory whole either.

use std::{
    env, fs,
    io::{self, BufWriter, IsTerminal, Write},
    mem,
    process::ExitCode,
};

use anyhow::Result;
use baolint_check::{Applicability, Config, Diagnostic, Rule, Severity, recurrence::Recurrence};
use baolint_syntax::LineIndex;
use rayon::prelude::*;

use crate::{
    args::CheckArgs,
    config_file,
    corpus::{self, CorpusEvidence},
    fix::{self, FixMode},
    inputs::{self, Input, InputError, JsonlReader, Origin, RawLine},
    output::{self, Emitter},
    summary::Totals,
};

/// Inputs per parallel chunk: enough to keep every core busy, few enough
/// that a chunk of long reports stays small.
const CHUNK: usize = 256;

/// Bytes of input text per parallel chunk: some hundreds of typical reports
/// of a few kilobytes, or a few long ones (JSON Lines records of a megabyte)
/// instead of [`CHUNK`] of them. The input that reaches it ends the chunk.
const CHUNK_BYTES: u64 = 4 << 20;

/// Findings above which a report is rendered on the main thread in pieces
/// of [`PIECE`] findings, each written before the next is rendered. Real
/// reports have a few dozen; a hostile one can have one per byte.
const STREAMED: usize = 1024;
const PIECE: usize = 256;

/// One checked report, ready to render.
#[derive(Debug)]
pub struct Checked {
    /// The file's path as given, or `-`.
    pub path: String,
    /// The id of the JSON Lines record this report is.
    pub record: Option<serde_json::Value>,
    /// The text the diagnostics refer to: the input, or after `--fix` the
    /// fixed text.
    pub text: String,
    pub index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings resolved by `--fix` (written) or `--diff` (would be).
    pub applied: usize,
    /// With `--diff`, the unified diff of the fixes, when there are any.
    pub diff: Option<String>,
    /// Standard input under `--fix`: the fixed text goes to standard output.
    pub echo: bool,
    /// The fixes could not be written back.
    pub write_error: Option<InputError>,
}

impl Checked {
    /// How the report is named in text output: the path, and for a record
    /// `path#id`.
    pub fn name(&self) -> String {
        match &self.record {
            None => self.path.clone(),
            Some(serde_json::Value::String(id)) => format!("{}#{id}", self.path),
            Some(id) => format!("{}#{id}", self.path),
        }
    }
}

/// A unit of work for one worker.
#[derive(Debug)]
enum Job {
    Text(Origin),
    /// A line of a JSON Lines stream, decoded by the worker.
    Line {
        path: String,
        line: RawLine,
    },
    Failed(InputError),
}

/// What every job needs to know about the run.
#[derive(Debug)]
struct Settings {
    config: Config,
    fix: FixMode,
    /// The lines of every source's reports, when a corpus-level rule is on.
    evidence: Option<CorpusEvidence>,
}

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let file = if args.isolated {
        config_file::FileConfig::default()
    } else {
        let cwd = env::current_dir().unwrap_or_default();
        match config_file::find(args.config.as_deref(), &cwd) {
            Some(path) => config_file::load(&path)?,
            None => config_file::FileConfig::default(),
        }
    };
    let mut config = config_file::resolve(&file, &args.select, &args.ignore, args.preview)?;
    for path in &args.documents {
        config_file::add_documents(&mut config, path)?;
    }
    let allowed = if args.unsafe_fixes { Applicability::Unsafe } else { Applicability::Safe };
    let fix = if args.diff {
        FixMode::Diff(allowed)
    } else if args.fix {
        FixMode::Write(allowed)
    } else {
        FixMode::Off
    };
    let inputs = inputs::collect(&args.paths, args.jsonl);
    let evidence = config.is_enabled(Rule::TemplateLine).then(|| CorpusEvidence::gather(&inputs));
    let settings = Settings { config, fix, evidence };

    // Fixed standard input is printed on standard output, so the findings
    // move to standard error, as ruff does.
    let fixes_stdin =
        matches!(fix, FixMode::Write(_)) && inputs.iter().any(|i| matches!(i, Input::Text(Origin::Stdin)));
    let (out, terminal): (Box<dyn Write>, bool) = if fixes_stdin {
        (Box::new(io::stderr()), io::stderr().is_terminal())
    } else {
        (Box::new(BufWriter::new(io::stdout().lock())), io::stdout().is_terminal())
    };
    let styled = terminal && env::var_os("NO_COLOR").is_none();
    let diff = matches!(fix, FixMode::Diff(_));
    let emitter = output::emitter(args.format, args.statistics, diff, styled);
    // The workers render with an emitter of their own: rendering reads no
    // state of the one that writes, which the main thread holds mutably.
    let renderer = output::emitter(args.format, args.statistics, diff, styled);
    let workers = Workers { settings: &settings, renderer: &*renderer };
    let mut writer = Writer { emitter, out, totals: Totals::default(), fail_on: args.fail_on.severity() };
    writer.emitter.begin(&mut writer.out)?;
    // With one worker thread the main thread waits for each chunk, so that
    // a run on one thread uses one core.
    let overlap = rayon::current_num_threads() > 1;
    std::thread::scope(|scope| -> Result<()> {
        let mut pipeline = Pipeline { scope, workers: &workers, writer: &mut writer, in_flight: None, overlap };
        let mut batch = Vec::with_capacity(CHUNK);
        let mut bytes = 0;
        for input in inputs {
            match input {
                Input::Text(origin) => {
                    // Standard input is read once: its size is not known before.
                    if let Origin::File(path) = &origin {
                        bytes += fs::metadata(path).map_or(0, |m| m.len());
                    }
                    batch.push(Job::Text(origin));
                }
                Input::Failed(error) => batch.push(Job::Failed(error)),
                Input::Jsonl(origin) => {
                    pipeline.submit(mem::take(&mut batch))?;
                    bytes = 0;
                    pipeline.stream_jsonl(&origin)?;
                }
            }
            if batch.len() >= CHUNK || bytes >= CHUNK_BYTES {
                pipeline.submit(mem::take(&mut batch))?;
                bytes = 0;
            }
        }
        pipeline.submit(batch)?;
        pipeline.drain()
    })?;
    writer.emitter.finish(&mut writer.out)?;
    writer.out.flush()?;

    let totals = &writer.totals;
    for line in totals.summary(args.format, fix, args.unsafe_fixes, args.statistics) {
        eprintln!("{line}");
    }
    let code = if totals.input_errors > 0 {
        2
    } else if matches!(fix, FixMode::Diff(_)) {
        u8::from(totals.diffs > 0)
    } else {
        u8::from(totals.failing > 0)
    };
    Ok(ExitCode::from(code))
}

/// One processed chunk: each job's report checked and rendered (rendered
/// on the main thread, in pieces, when it has very many findings).
type Processed = Vec<(Result<Checked, InputError>, Option<String>)>;

/// What the worker threads share: the run's settings and an emitter to
/// render with.
struct Workers<'a> {
    settings: &'a Settings,
    renderer: &'a dyn Emitter,
}

impl Workers<'_> {
    /// Checks and renders one chunk in parallel, keeping input order.
    fn process(&self, jobs: Vec<Job>) -> Processed {
        jobs.into_par_iter()
            .filter_map(|job| {
                let result = process(job, self.settings)?;
                let rendered = match &result {
                    Ok(checked) if checked.diagnostics.len() > STREAMED => None,
                    Ok(checked) => Some(self.renderer.render(checked)),
                    Err(_) => Some(String::new()),
                };
                Some((result, rendered))
            })
            .collect()
    }
}

/// The main thread's side: writes processed chunks in input order.
struct Writer {
    emitter: Box<dyn Emitter>,
    out: Box<dyn Write>,
    totals: Totals,
    fail_on: Severity,
}

impl Writer {
    fn write(&mut self, processed: Processed) -> Result<()> {
        for (result, rendered) in processed {
            let checked = match result {
                Ok(checked) => checked,
                Err(error) => {
                    self.report_error(&error)?;
                    continue;
                }
            };
            if let Some(error) = &checked.write_error {
                self.report_error(error)?;
            }
            if checked.echo {
                let mut stdout = io::stdout().lock();
                stdout.write_all(checked.text.as_bytes())?;
                stdout.flush()?;
            }
            self.totals.add(&checked, self.fail_on);
            match rendered {
                Some(rendered) => self.emitter.emit(&mut self.out, &checked, rendered)?,
                None => emit_in_pieces(&mut *self.emitter, &mut self.out, checked)?,
            }
        }
        self.out.flush()?;
        Ok(())
    }

    fn report_error(&mut self, error: &InputError) -> Result<()> {
        // Flush first so that on a terminal the error shows between the
        // findings of the inputs before and after it.
        self.out.flush()?;
        eprintln!("error: {error}");
        self.totals.input_errors += 1;
        Ok(())
    }
}

/// Chunks of inputs on their way: while the workers check one chunk, the
/// main thread writes the chunk before it and gathers the next (reads
/// JSON Lines, sizes files), so that the workers do not wait for it.
/// Output stays in input order: a chunk is written only after every
/// chunk submitted before it.
struct Pipeline<'scope, 'env> {
    scope: &'scope std::thread::Scope<'scope, 'env>,
    workers: &'env Workers<'env>,
    writer: &'env mut Writer,
    in_flight: Option<std::thread::ScopedJoinHandle<'scope, Processed>>,
    overlap: bool,
}

impl<'scope, 'env> Pipeline<'scope, 'env> {
    /// Starts checking `jobs`, then writes the chunk in flight before them.
    fn submit(&mut self, jobs: Vec<Job>) -> Result<()> {
        if jobs.is_empty() {
            return Ok(());
        }
        if !self.overlap {
            let processed = self.workers.process(jobs);
            return self.writer.write(processed);
        }
        let workers = self.workers;
        let started = self.scope.spawn(move || workers.process(jobs));
        let before = self.in_flight.replace(started);
        self.write(before)
    }

    /// Writes the chunk in flight, if any.
    fn drain(&mut self) -> Result<()> {
        let in_flight = self.in_flight.take();
        self.write(in_flight)
    }

    fn write(&mut self, chunk: Option<std::thread::ScopedJoinHandle<'scope, Processed>>) -> Result<()> {
        match chunk.map(|handle| handle.join()) {
            None => Ok(()),
            Some(Ok(processed)) => self.writer.write(processed),
            Some(Err(panic)) => std::panic::resume_unwind(panic),
        }
    }

    /// Reads a JSON Lines stream in chunks of records.
    fn stream_jsonl(&mut self, origin: &Origin) -> Result<()> {
        let mut reader = match JsonlReader::open(origin) {
            Ok(reader) => reader,
            Err(error) => return self.submit(vec![Job::Failed(error)]),
        };
        if matches!(self.workers.settings.fix, FixMode::Write(_) | FixMode::Diff(_)) {
            // Only reachable through a directory walk or an explicit
            // `.jsonl` path: `--jsonl` itself conflicts with `--fix`. What
            // is in flight is written first, to keep the output in order.
            self.drain()?;
            self.writer.out.flush()?;
            eprintln!("warning: {}: JSON Lines input is checked, not fixed", reader.name());
        }
        let path = reader.name().to_owned();
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut bytes = 0;
        while let Some(item) = reader.next_line() {
            chunk.push(match item {
                Ok(line) => {
                    bytes += line.len() as u64;
                    Job::Line { path: path.clone(), line }
                }
                Err(error) => Job::Failed(error),
            });
            if chunk.len() >= CHUNK || bytes >= CHUNK_BYTES {
                self.submit(mem::take(&mut chunk))?;
                bytes = 0;
            }
        }
        self.submit(chunk)
    }
}

/// Renders and writes a report [`PIECE`] findings at a time: what a format
/// renders of a report is what it renders of consecutive runs of its
/// findings, one after the other (see [`Emitter::render`]).
fn emit_in_pieces(emitter: &mut dyn Emitter, out: &mut dyn Write, mut checked: Checked) -> io::Result<()> {
    let mut findings = mem::take(&mut checked.diagnostics).into_iter();
    loop {
        checked.diagnostics.extend(findings.by_ref().take(PIECE));
        if checked.diagnostics.is_empty() {
            return Ok(());
        }
        let rendered = emitter.render(&checked);
        emitter.emit(out, &checked, rendered)?;
        checked.diagnostics.clear();
    }
}

/// The job's report checked, or why it could not be; `None` for a line of
/// JSON Lines that turned out blank.
fn process(job: Job, settings: &Settings) -> Option<Result<Checked, InputError>> {
    Some(match job {
        Job::Failed(error) => Err(error),
        Job::Text(origin) => {
            let recurrence = match (&origin, &settings.evidence) {
                (Origin::File(file), Some(evidence)) => evidence.of(&corpus::text_source(file)),
                _ => None,
            };
            inputs::read_text(&origin)
                .map(|text| check_one(origin.name(), None, text, Some(&origin), recurrence, settings))
        }
        Job::Line { path, line } => match line.decode(&path) {
            Ok(Some(record)) => {
                let source = corpus::record_source(&path, record.source.as_deref());
                let recurrence = settings.evidence.as_ref().and_then(|e| e.of(&source));
                Ok(check_one(path, Some(record.id), record.text, None, recurrence, settings))
            }
            Ok(None) => return None,
            Err(error) => Err(error),
        },
    })
}

/// Fixes (when asked and possible) and checks one report. `origin` is where
/// fixes are written; records have none.
fn check_one(
    path: String,
    record: Option<serde_json::Value>,
    text: String,
    origin: Option<&Origin>,
    recurrence: Option<&Recurrence>,
    settings: &Settings,
) -> Checked {
    let mut checked = Checked {
        path,
        record,
        text: String::new(),
        index: LineIndex::new(""),
        diagnostics: Vec::new(),
        applied: 0,
        diff: None,
        echo: false,
        write_error: None,
    };
    let text = match (settings.fix, origin) {
        (FixMode::Diff(allowed), origin) => {
            // Records are never fixed (there is no file to patch), so they have no diff.
            if let Some(fixed) = origin.and_then(|_| fix::fix(&text, &settings.config, allowed)) {
                checked.diff = Some(fix::unified_diff(&checked.path, &text, &fixed.text));
                checked.applied = fixed.applied;
            }
            // A diff run prints only diffs: checking the text would be wasted.
            checked.text = text;
            return checked;
        }
        (FixMode::Write(allowed), Some(origin)) => {
            checked.echo = *origin == Origin::Stdin;
            match (fix::fix(&text, &settings.config, allowed), origin) {
                (None, _) => text,
                (Some(fixed), Origin::Stdin) => {
                    checked.applied = fixed.applied;
                    fixed.text
                }
                (Some(fixed), Origin::File(file)) => match fix::write_atomically(file, &fixed.text) {
                    Ok(()) => {
                        checked.applied = fixed.applied;
                        fixed.text
                    }
                    Err(e) => {
                        let message = format!("could not write the fixes: {e}");
                        checked.write_error = Some(InputError::new(&checked.path, message));
                        text
                    }
                },
            }
        }
        _ => text,
    };
    let report = baolint_syntax::parse_with(&text, settings.config.layers());
    checked.diagnostics = baolint_check::check_with(&text, &report, &settings.config, recurrence);
    checked.index = LineIndex::new(&text);
    checked.text = text;
    checked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::CheckFormat;

    /// Every format writes a report rendered in pieces exactly as it
    /// writes it rendered whole.
    #[test]
    fn a_report_rendered_in_pieces_is_written_as_a_whole() {
        let text = format!("Tiêu đề\n\nHọ {}nói (rằng) vẫn chờ{}\n", "(".repeat(2 * STREAMED + 7), ")".repeat(PIECE));
        let settings = Settings { config: Config::default(), fix: FixMode::Off, evidence: None };
        let checked = || check_one("a.txt".into(), None, text.clone(), None, None, &settings);
        assert!(checked().diagnostics.len() > STREAMED);
        let formats = [
            CheckFormat::Human,
            CheckFormat::Concise,
            CheckFormat::Json,
            CheckFormat::Jsonl,
            CheckFormat::Github,
            CheckFormat::Sarif,
        ];
        for (format, statistics) in formats.into_iter().map(|f| (f, false)).chain([(CheckFormat::Json, true)]) {
            let write = |pieces: bool| -> Vec<u8> {
                let mut emitter = output::emitter(format, statistics, false, false);
                let mut out = Vec::new();
                emitter.begin(&mut out).unwrap();
                let checked = checked();
                if pieces {
                    emit_in_pieces(&mut *emitter, &mut out, checked).unwrap();
                } else {
                    let rendered = emitter.render(&checked);
                    emitter.emit(&mut out, &checked, rendered).unwrap();
                }
                emitter.finish(&mut out).unwrap();
                out
            };
            assert!(write(true) == write(false), "{format:?}, statistics: {statistics}");
        }
    }
}
