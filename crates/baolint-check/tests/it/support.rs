//! What the suites share: where the data lives and how a report is shown.

use std::path::{Path, PathBuf};

use baolint_check::{Config, render};
use baolint_syntax::LineIndex;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// insta settings shared by every suite: snapshots under `snapshots/<suite>`
/// at the workspace root, named after the input file.
pub fn settings(suite: &str) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(workspace().join("snapshots").join(suite));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// The path of `file` relative to the workspace, with `/` separators, as
/// shown in snapshots.
pub fn display_path(file: &Path) -> String {
    file.strip_prefix(workspace()).unwrap_or(file).to_string_lossy().replace('\\', "/")
}

/// What users see for one report: the outline of the model, the numbers
/// it mentions, then every diagnostic rendered as `baolint check` prints it.
pub fn report_view(name: &str, text: &str, config: &Config) -> String {
    let report = baolint_syntax::parse(text);
    let diagnostics = baolint_check::check(text, &report, config);
    let index = LineIndex::new(text);
    let source = render::Source { name, text, index: &index };
    format!(
        "{}\n---- numbers ----\n{}\n---- dates and references ----\n{}\n---- {} diagnostics ----\n{}",
        baolint_syntax::outline(text, &report),
        baolint_syntax::numbers_outline(text, &report),
        baolint_syntax::mentions_outline(text, &report),
        diagnostics.len(),
        render::human(source, &diagnostics, false)
    )
}
