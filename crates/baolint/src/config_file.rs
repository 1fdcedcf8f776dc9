//! The configuration file, `baolint.toml`: found in the current directory
//! or the nearest ancestor that has one, or named with `--config`.
//!
//! ```toml
//! select = ["ALL"]            # as --select
//! ignore = ["ORT016"]         # added to --ignore
//! documents = ["tinh.tsv"]    # the province's documents, as --documents;
//!                             # relative to this file
//! preview = true              # as --preview
//!
//! [orthography]
//! tone-placement = "new"      # "consistent" (default), "old" or "new"
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use baolint_check::{Config, TonePlacement};
use serde::Deserialize;

pub const FILE_NAME: &str = "baolint.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileConfig {
    #[serde(default)]
    pub select: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub documents: Vec<PathBuf>,
    /// As --preview: the rules of the preview group are selected too.
    #[serde(default)]
    pub preview: bool,
    #[serde(default)]
    pub orthography: Orthography,
    /// The directory of the file, against which `documents` are read.
    #[serde(skip)]
    pub base: PathBuf,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Orthography {
    pub tone_placement: Option<String>,
}

/// The configuration file to use: `explicit`, else `baolint.toml` in `start`
/// or its nearest ancestor that has one.
pub fn find(explicit: Option<&Path>, start: &Path) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    start.ancestors().map(|dir| dir.join(FILE_NAME)).find(|candidate| candidate.is_file())
}

/// Reads and validates a configuration file. Errors name the file.
pub fn load(path: &Path) -> Result<FileConfig> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut file: FileConfig =
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message()))?;
    file.base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    for selector in file.select.iter().chain(&file.ignore) {
        if let Err(e) = baolint_check::matching(selector) {
            bail!("{}: {e}", path.display());
        }
    }
    if let Some(style) = &file.orthography.tone_placement
        && TonePlacement::parse(style).is_none()
    {
        bail!(
            "{}: orthography.tone-placement must be \"consistent\", \"old\" or \"new\", not {style:?}",
            path.display()
        );
    }
    Ok(file)
}

/// The checker's settings from the file and the command line: a `--select`
/// on the command line replaces the file's, `--ignore` adds to it, and
/// preview is on when either asks for it.
pub fn resolve(file: &FileConfig, select: &[String], ignore: &[String], preview: bool) -> Result<Config> {
    let select = if select.is_empty() { &file.select[..] } else { select };
    let ignore: Vec<String> = file.ignore.iter().chain(ignore).cloned().collect();
    let mut config = Config::with_preview_selection(select, &ignore, preview || file.preview)?;
    if let Some(style) = file.orthography.tone_placement.as_deref().and_then(TonePlacement::parse) {
        config.set_tone_placement(style);
    }
    for table in &file.documents {
        add_documents(&mut config, &file.base.join(table))?;
    }
    Ok(config)
}

/// Adds a table of the user's documents to the registry; errors name the
/// table and, for a bad row, its line.
pub fn add_documents(config: &mut Config, path: &Path) -> Result<()> {
    let table = std::fs::read_to_string(path)
        .map_err(|err| anyhow::anyhow!("cannot read documents table {}: {err}", path.display()))?;
    config.add_documents(&table).map_err(|err| anyhow::anyhow!("documents table {}: {err}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file() {
        let file: FileConfig =
            toml::from_str("select = [\"ORT\"]\nignore = [\"ORT016\"]\n[orthography]\ntone-placement = \"old\"\n")
                .unwrap();
        let config = resolve(&file, &[], &[], false).unwrap();
        assert_eq!(config.tone_placement(), TonePlacement::Old);
        assert!(config.is_enabled(baolint_check::Rule::NotNfc));
        assert!(!config.is_enabled(baolint_check::Rule::UndefinedAbbreviation));
        assert!(!config.is_enabled(baolint_check::Rule::MissingHeadline));
        let overridden = resolve(&file, &["STR".to_string()], &[], false).unwrap();
        assert!(overridden.is_enabled(baolint_check::Rule::MissingHeadline));
    }

    #[test]
    fn rejects_unknown_keys() {
        assert!(toml::from_str::<FileConfig>("selekt = []").is_err());
    }
}
