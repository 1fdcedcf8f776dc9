//! `baolint check`: the pipeline from inputs to findings.
//!
//! Inputs are processed in chunks. Each chunk is read, fixed, checked and
//! rendered in parallel with rayon, then written out in input order by the
//! main thread, so output is deterministic and memory holds one chunk at a
//! time: a directory of many files or a long JSON Lines stream never sits in
//! memory whole.

use std::{
    env,
    io::{self, BufWriter, IsTerminal, Write},
    mem,
    process::ExitCode,
};

use anyhow::Result;
use baolint_check::{Applicability, Config, Diagnostic, Severity};
use baolint_syntax::LineIndex;
use rayon::prelude::*;

use crate::{
    args::CheckArgs,
    config_file,
    fix::{self, FixMode},
    inputs::{self, Input, InputError, JsonlReader, Origin, Record},
    output::{self, Emitter},
    summary::Totals,
};

/// Inputs per parallel chunk: enough to keep every core busy, few enough
/// that a chunk of long reports stays small.
const CHUNK: usize = 256;

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
    Record { path: String, record: Record },
    Failed(InputError),
}

/// What every job needs to know about the run.
#[derive(Debug)]
struct Settings {
    config: Config,
    fix: FixMode,
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
    let settings = Settings { config, fix };
    let inputs = inputs::collect(&args.paths, args.jsonl);

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
    let emitter = output::emitter(args.format, args.statistics, matches!(fix, FixMode::Diff(_)), styled);

    let mut pipeline = Pipeline { settings, emitter, out, totals: Totals::default(), fail_on: args.fail_on.severity() };
    pipeline.emitter.begin(&mut pipeline.out)?;
    let mut batch = Vec::with_capacity(CHUNK);
    for input in inputs {
        match input {
            Input::Text(origin) => batch.push(Job::Text(origin)),
            Input::Failed(error) => batch.push(Job::Failed(error)),
            Input::Jsonl(origin) => {
                pipeline.run(mem::take(&mut batch))?;
                pipeline.stream_jsonl(&origin)?;
            }
        }
        if batch.len() >= CHUNK {
            pipeline.run(mem::take(&mut batch))?;
        }
    }
    pipeline.run(batch)?;
    pipeline.emitter.finish(&mut pipeline.out)?;
    pipeline.out.flush()?;

    let totals = &pipeline.totals;
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

struct Pipeline {
    settings: Settings,
    emitter: Box<dyn Emitter>,
    out: Box<dyn Write>,
    totals: Totals,
    fail_on: Severity,
}

impl Pipeline {
    /// Reads a JSON Lines stream in chunks of records.
    fn stream_jsonl(&mut self, origin: &Origin) -> Result<()> {
        let reader = match JsonlReader::open(origin) {
            Ok(reader) => reader,
            Err(error) => return self.run(vec![Job::Failed(error)]),
        };
        if matches!(self.settings.fix, FixMode::Write(_) | FixMode::Diff(_)) {
            // Only reachable through a directory walk or an explicit
            // `.jsonl` path: `--jsonl` itself conflicts with `--fix`.
            self.out.flush()?;
            eprintln!("warning: {}: JSON Lines input is checked, not fixed", reader.name());
        }
        let path = reader.name().to_owned();
        let mut chunk = Vec::with_capacity(CHUNK);
        for item in reader {
            chunk.push(match item {
                Ok(record) => Job::Record { path: path.clone(), record },
                Err(error) => Job::Failed(error),
            });
            if chunk.len() >= CHUNK {
                self.run(mem::take(&mut chunk))?;
            }
        }
        self.run(chunk)
    }

    /// Processes one chunk in parallel, then writes it out in order.
    fn run(&mut self, jobs: Vec<Job>) -> Result<()> {
        if jobs.is_empty() {
            return Ok(());
        }
        let settings = &self.settings;
        let emitter = &*self.emitter;
        let results: Vec<(Result<Checked, InputError>, String)> = jobs
            .into_par_iter()
            .map(|job| {
                let result = process(job, settings);
                let rendered = result.as_ref().map(|checked| emitter.render(checked)).unwrap_or_default();
                (result, rendered)
            })
            .collect();
        for (result, rendered) in results {
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
            self.emitter.emit(&mut self.out, &checked, rendered)?;
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

fn process(job: Job, settings: &Settings) -> Result<Checked, InputError> {
    match job {
        Job::Failed(error) => Err(error),
        Job::Text(origin) => {
            let text = inputs::read_text(&origin)?;
            Ok(check_one(origin.name(), None, text, Some(&origin), settings))
        }
        Job::Record { path, record } => Ok(check_one(path, Some(record.id), record.text, None, settings)),
    }
}

/// Fixes (when asked and possible) and checks one report. `origin` is where
/// fixes are written; records have none.
fn check_one(
    path: String,
    record: Option<serde_json::Value>,
    text: String,
    origin: Option<&Origin>,
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
    let report = baolint_syntax::parse(&text);
    checked.diagnostics = baolint_check::check(&text, &report, &settings.config);
    checked.index = LineIndex::new(&text);
    checked.text = text;
    checked
}
