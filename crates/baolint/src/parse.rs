//! `baolint parse`: the report model of one report, as the outline tree or
//! as JSON.
//!
//! The JSON shape is a contract of its own, separate from the library's
//! types: `headline`, `dateline` and `byline` (null or `{text, start, end}`,
//! the dateline with `weekday`, `date` and `time`), `blocks` (the body:
//! lead, paragraphs, subheads, captions, list items), `junk`, then the
//! inline `dates` and document `references` (each part with its span).

use std::{io::Write, process::ExitCode};

use anyhow::{Result, anyhow};
use baolint_syntax::{
    Block, BlockKind, Date, DateKind, Dateline, Reference, ReferenceForm, Report, Span, SymbolStyle, Weekday, Ymd,
};
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
    dates: Vec<DateOut<'a>>,
    references: Vec<ReferenceOut<'a>>,
}

/// A date as written: parts not written are null.
#[derive(Debug, Serialize)]
struct YmdOut {
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
}

#[derive(Debug, Serialize)]
struct DateOut<'a> {
    /// "date", "year" or "period".
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    value: YmdOut,
    /// The high end of a range or period.
    until: Option<YmdOut>,
    weekday: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct SymbolOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// "party", "state" or "normative".
    style: &'static str,
    type_code: Option<&'a str>,
    issuer_code: Option<&'a str>,
    year: Option<i32>,
}

#[derive(Debug, Serialize)]
struct ReferenceOut<'a> {
    /// "full", "short" or "plenum".
    form: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    /// The type word as written ("Chỉ thị").
    doc_type: Option<&'a str>,
    number: u32,
    symbol: Option<SymbolOut<'a>>,
    /// Index into `dates`.
    date: Option<usize>,
    issuer: Option<SpanText<'a>>,
    term: Option<u32>,
    subject: Option<SpanText<'a>>,
    /// Years claimed elapsed ("3 năm thực hiện").
    elapsed_years: Option<u32>,
    /// Index into `references` of the citation that says more.
    resolves_to: Option<usize>,
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
        ParseFormat::Tree => {
            baolint_syntax::outline(&text, &report) + &baolint_syntax::mentions_outline(&text, &report)
        }
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
        dates: report.dates.iter().map(|d| date_out(text, d)).collect(),
        references: report.references.iter().map(|r| reference_out(text, r)).collect(),
    }
}

fn ymd_out(d: Ymd) -> YmdOut {
    YmdOut { day: d.day, month: d.month, year: d.year }
}

fn date_out<'a>(text: &'a str, d: &Date) -> DateOut<'a> {
    DateOut {
        kind: match d.kind {
            DateKind::Date => "date",
            DateKind::Year => "year",
            DateKind::Period => "period",
        },
        text: d.span.text(text),
        start: d.span.start,
        end: d.span.end,
        value: ymd_out(d.start),
        until: d.end.map(ymd_out),
        weekday: d.weekday.map(|w| weekday_name(w.weekday)),
    }
}

fn reference_out<'a>(text: &'a str, r: &Reference) -> ReferenceOut<'a> {
    ReferenceOut {
        form: match r.form {
            ReferenceForm::Full => "full",
            ReferenceForm::Short => "short",
            ReferenceForm::Plenum => "plenum",
        },
        text: r.span.text(text),
        start: r.span.start,
        end: r.span.end,
        doc_type: r.doc_type.map(|t| t.span.text(text)),
        number: r.number.value,
        symbol: r.symbol.map(|s| SymbolOut {
            text: s.span.text(text),
            start: s.span.start,
            end: s.span.end,
            style: match s.style {
                SymbolStyle::Party => "party",
                SymbolStyle::State => "state",
                SymbolStyle::Normative => "normative",
            },
            type_code: s.type_code.map(|c| c.text(text)),
            issuer_code: s.issuer_code.map(|c| c.text(text)),
            year: s.year.map(|y| y.0),
        }),
        date: r.date,
        issuer: r.issuer.map(|i| span_text(text, i.span)),
        term: r.term.map(|t| t.term),
        subject: r.subject.map(|s| span_text(text, s)),
        elapsed_years: r.elapsed.map(|c| c.years),
        resolves_to: r.resolves_to,
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
