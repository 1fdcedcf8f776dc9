//! Which rules run, and at what severity.

use baolint_syntax::Layers;
use thiserror::Error;

use crate::{
    diagnostic::Severity,
    documents::{DocumentsError, Entry, parse_documents},
    registry::Rule,
};

/// The checker's settings. `Config::default()` runs every rule outside the
/// preview group at its default severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    enabled: Vec<bool>,
    severity: Vec<Severity>,
    tone_placement: TonePlacement,
    /// The user's documents, looked up before the built-in registry.
    documents: Vec<Entry>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            enabled: Rule::ALL.iter().map(|r| !r.is_preview()).collect(),
            severity: Rule::ALL.iter().map(|r| r.meta().severity).collect(),
            documents: Vec::new(),
            tone_placement: TonePlacement::Consistent,
        }
    }
}

/// The house style for the tone mark of "oa", "oe", "uy" ("hòa"/"hoà",
/// "thủy"/"thuỷ").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TonePlacement {
    /// Either style, one per report: the report's majority wins.
    #[default]
    Consistent,
    /// On the first vowel: "hòa", "khóa", "thủy" ("kiểu cũ").
    Old,
    /// On the second vowel: "hoà", "khoá", "thuỷ" ("kiểu mới").
    New,
}

impl TonePlacement {
    /// Reads "consistent", "old" or "new".
    pub fn parse(text: &str) -> Option<TonePlacement> {
        match text {
            "consistent" => Some(TonePlacement::Consistent),
            "old" => Some(TonePlacement::Old),
            "new" => Some(TonePlacement::New),
            _ => None,
        }
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SelectorError {
    #[error(
        "unknown rule selector `{0}`: expected a code (STR001), a code prefix (STR, SCR00), a rule name (missing-headline) or ALL"
    )]
    Unknown(String),
}

impl Config {
    /// Enables the rules matched by `select` (all when empty), then disables
    /// those matched by `ignore`. Selectors are codes, code prefixes, rule
    /// names or `ALL`, as in ruff.
    /// Rules in the preview group are left out unless selected by their
    /// exact code or name; [`Config::with_preview_selection`] takes them in.
    pub fn with_selection(select: &[String], ignore: &[String]) -> Result<Config, SelectorError> {
        Config::with_preview_selection(select, ignore, false)
    }

    /// As [`Config::with_selection`]; with `preview`, the rules of the
    /// preview group are selected like any other, as ruff's `--preview`.
    pub fn with_preview_selection(
        select: &[String],
        ignore: &[String],
        preview: bool,
    ) -> Result<Config, SelectorError> {
        let mut config = Config::default();
        if preview {
            config.enabled.fill(true);
        }
        if !select.is_empty() {
            config.enabled.fill(false);
            for selector in select {
                let exact = Rule::find(selector.trim());
                for rule in matching(selector)? {
                    if preview || !rule.is_preview() || exact == Some(rule) {
                        config.enabled[rule.index()] = true;
                    }
                }
            }
        }
        for selector in ignore {
            for rule in matching(selector)? {
                config.enabled[rule.index()] = false;
            }
        }
        Ok(config)
    }

    pub fn is_enabled(&self, rule: Rule) -> bool {
        self.enabled[rule.index()]
    }

    /// The optional layers of the model the enabled rules read: what a
    /// report checked with this configuration must be parsed with
    /// ([`baolint_syntax::parse_with`]). The abbreviations feed ORT016 alone
    /// (`checker::text_pass`).
    pub fn layers(&self) -> Layers {
        Layers { abbreviations: self.is_enabled(Rule::UndefinedAbbreviation) }
    }

    pub fn severity(&self, rule: Rule) -> Severity {
        self.severity[rule.index()]
    }

    pub fn set_severity(&mut self, rule: Rule, severity: Severity) {
        self.severity[rule.index()] = severity;
    }

    pub fn tone_placement(&self) -> TonePlacement {
        self.tone_placement
    }

    pub fn set_tone_placement(&mut self, style: TonePlacement) {
        self.tone_placement = style;
    }

    /// Adds documents to the registry from a table in the format of the
    /// built-in one (`crates/baolint-check/data/documents.tsv`): a
    /// province's plans and resolutions, say. Returns how many were added;
    /// on an error nothing is added. They are looked up before the built-in
    /// documents.
    pub fn add_documents(&mut self, table: &str) -> Result<usize, DocumentsError> {
        let entries = parse_documents(table)?;
        let added = entries.len();
        self.documents.extend(entries);
        Ok(added)
    }

    pub(crate) fn documents(&self) -> &[Entry] {
        &self.documents
    }
}

/// The rules a selector names.
pub fn matching(selector: &str) -> Result<Vec<Rule>, SelectorError> {
    let rules: Vec<Rule> = if selector.eq_ignore_ascii_case("ALL") {
        Rule::ALL.to_vec()
    } else if let Some(rule) = Rule::find(selector) {
        vec![rule]
    } else {
        Rule::ALL
            .iter()
            .copied()
            .filter(|r| r.code().len() > selector.len() && r.code()[..selector.len()].eq_ignore_ascii_case(selector))
            .collect()
    };
    if rules.is_empty() { Err(SelectorError::Unknown(selector.to_owned())) } else { Ok(rules) }
}
