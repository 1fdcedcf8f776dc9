//! The workspace as the commands see it: its paths, and cargo run inside it.

use std::error::Error;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) type Result<T = (), E = Box<dyn Error>> = std::result::Result<T, E>;

/// The workspace root: the parent of this crate's manifest directory.
pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` if set, else `<root>/target`.
pub(crate) fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => project_root().join(dir),
        _ => project_root().join("target"),
    }
}

/// A `cargo` command run from the workspace root, using the same cargo that
/// runs xtask when there is one.
pub(crate) fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO")
        .or_else(|| option_env!("CARGO").map(OsString::from))
        .unwrap_or_else(|| OsString::from("cargo"));
    let mut cmd = Command::new(cargo);
    cmd.current_dir(project_root());
    cmd
}

/// `cargo test --workspace ...` as a display string, for messages.
pub(crate) fn display(cmd: &Command) -> String {
    let mut out =
        Path::new(cmd.get_program()).file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    for arg in cmd.get_args() {
        out.push(' ');
        out.push_str(&arg.to_string_lossy());
    }
    out
}

/// Prints the step name, runs the command with inherited stdio and turns a
/// non-zero exit into an error naming the step.
pub(crate) fn run_step(step: &str, cmd: &mut Command) -> Result {
    println!("==> {step}: {}", display(cmd));
    let status = cmd.status().map_err(|err| format!("step `{step}`: could not run `{}`: {err}", display(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("step `{step}` failed: `{}` exited with {status}", display(cmd)).into())
    }
}

/// Every file below `dir` (recursively) for which `keep` returns true, sorted.
/// Directories named `target` or starting with a dot are not entered.
pub(crate) fn walk_files(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => return Err(format!("cannot read {}: {err}", dir.display()).into()),
        };
        for entry in entries {
            let entry = entry?;
            let path = entry.path();
            let file_type = entry.file_type()?;
            if file_type.is_dir() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name != "target" && !name.starts_with('.') {
                    stack.push(path);
                }
            } else if keep(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The path relative to the workspace root, for messages.
pub(crate) fn relative(path: &Path) -> String {
    let root = project_root();
    path.strip_prefix(&root).unwrap_or(path).display().to_string()
}
