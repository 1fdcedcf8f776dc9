//! `baolint parse`: the report model of one report, as the outline tree or
//! as JSON.
//!
//! The JSON shape is a contract of its own, separate from the library's
//! types: `headline`, `dateline` and `byline` (null or `{text, start, end}`,
//! the dateline with `weekday`, `date` and `time`), `blocks` (the body:
//! lead, paragraphs, subheads, captions, list items) and `junk`.

use std::{io::Write, process::ExitCode};

use anyhow::{Result, anyhow};
use baolint_syntax::{Block, BlockKind, Dateline, Report, Span, Weekday};
use serde::Serialize;

use crate::{
    args::{ParseArgs, ParseFormat},
    inputs::{self, Origin},
};

#[derive(Debug, Serialize)]
struct ParsedOut<'a> {
    headline: Option<SpanText<'a>>,
    dateline: Option<DatelineOut<'a>>,
    byline: Option<SpanText<'a>>,
    blocks: Vec<BlockOut<'a>>,
    junk: Vec<JunkOut<'a>>,
}

#[derive(Debug, Serialize)]
struct SpanText<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct DatelineOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    weekday: Option<&'static str>,
    /// `YYYY-MM-DD` as written, even when no such day exists.
    date: Option<String>,
    /// `HH:MM`.
    time: Option<String>,
}

#[derive(Debug, Serialize)]
struct BlockOut<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    /// Only on the lead: `Some(None)` serialises as `null`, `None` is left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    prefix: Option<Option<SpanText<'a>>>,
}

#[derive(Debug, Serialize)]
struct JunkOut<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

pub fn run(args: &ParseArgs) -> Result<ExitCode> {
    let origin = if args.path.as_os_str() == "-" { Origin::Stdin } else { Origin::File(args.path.clone()) };
    let text = inputs::read_text(&origin).map_err(|e| anyhow!("{e}"))?;
    let report = baolint_syntax::parse(&text);
    let out = match args.format {
        ParseFormat::Tree => baolint_syntax::outline(&text, &report),
        ParseFormat::Json => serde_json::to_string_pretty(&parsed(&text, &report))? + "\n",
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn parsed<'a>(text: &'a str, report: &Report) -> ParsedOut<'a> {
    ParsedOut {
        headline: report.headline().map(|b| span_text(text, b.span)),
        dateline: report.dateline().map(|(block, d)| dateline(text, block, d)),
        byline: report.byline().map(|b| span_text(text, b.span)),
        blocks: report.body().map(|b| body_block(text, b)).collect(),
        junk: report
            .junk()
            .map(|b| JunkOut {
                // `BlockKind::name` is "junk:<kind>"; the field says it is junk already.
                kind: b.kind.name().trim_start_matches("junk:"),
                start: b.span.start,
                end: b.span.end,
                text: b.span.text(text),
            })
            .collect(),
    }
}

fn span_text(text: &str, span: Span) -> SpanText<'_> {
    SpanText { text: span.text(text), start: span.start, end: span.end }
}

fn dateline<'a>(text: &'a str, block: &Block, d: &Dateline) -> DatelineOut<'a> {
    DatelineOut {
        text: block.span.text(text),
        start: block.span.start,
        end: block.span.end,
        weekday: d.weekday.map(|w| weekday_name(w.weekday)),
        date: d.date.map(|date| format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)),
        time: d.time.map(|time| format!("{:02}:{:02}", time.hour, time.minute)),
    }
}

fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

fn body_block<'a>(text: &'a str, block: &Block) -> BlockOut<'a> {
    let prefix = match block.kind {
        BlockKind::Lead { prefix } => Some(prefix.map(|span| span_text(text, span))),
        _ => None,
    };
    BlockOut {
        kind: block.kind.name(),
        start: block.span.start,
        end: block.span.end,
        text: block.span.text(text),
        prefix,
    }
}
