//! `cargo xtask check`: everything CI runs, in order, stopping at the first
//! failing step.
//!
//! 1. `cargo fmt --all -- --check`
//! 2. `cargo clippy --workspace --all-targets -- -D warnings`
//! 3. `cargo test --workspace`, with insta in CI mode (`INSTA_UPDATE=no`,
//!    `CI=true`, `INSTA_FORCE_PASS=0`) and `INSTA_SNAPSHOT_REFERENCES_FILE`
//!    pointing at `<target>/xtask/snapshot-refs.txt`.
//! 4. The unreferenced-snapshot check.
//!
//! Step 4 relies on insta (1.49, `env.rs` `memoize_snapshot_file`): for every
//! file snapshot assertion, including each file of a `glob!` test, insta
//! appends the snapshot's path (`<workspace>/<test dir>/<snapshot_path>/
//! <name>.snap`, not canonicalized, so it may contain `..`) to the file named
//! by `INSTA_SNAPSHOT_REFERENCES_FILE`, whether the assertion passes or not.
//! Inline snapshots have no file and are not recorded. After the tests, every
//! `*.snap` file under a `snapshots` directory of the workspace must be one of
//! those paths (both sides canonicalized); the others are orphans left behind
//! by a renamed fixture or test. Leftover `*.snap.new` and `*.pending-snap`
//! files (unreviewed snapshots) fail the check too.

use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::workspace::{Result, cargo, display, project_root, relative, run_step, target_dir, walk_files};

pub(crate) fn run(args: &[String]) -> Result {
    if let Some(arg) = args.first() {
        return Err(format!("`check` takes no arguments, got `{arg}`").into());
    }

    run_step("[1/4] fmt", cargo().args(["fmt", "--all", "--", "--check"]))?;
    run_step("[2/4] clippy", cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;

    let refs = references_file()?;
    let counts = run_tests(&refs)?;

    println!("==> [4/4] unreferenced snapshots: every snapshots/**/*.snap must be asserted by a test");
    check_snapshots(&refs)?;

    println!("xtask check: fmt, clippy, tests and snapshots all passed");
    // A plain closing line that CI can read however the output above ends.
    println!("tests: {} passed, {} failed, {} skipped", counts.passed, counts.failed, counts.ignored);
    Ok(())
}

/// `<target>/xtask/snapshot-refs.txt`, emptied: insta only ever appends to it.
pub(crate) fn references_file() -> Result<PathBuf> {
    let dir = target_dir().join("xtask");
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let refs = dir.join("snapshot-refs.txt");
    match fs::remove_file(&refs) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => return Err(format!("cannot remove {}: {err}", refs.display()).into()),
    }
    Ok(refs)
}

#[derive(Debug, Default)]
struct TestCounts {
    passed: u64,
    failed: u64,
    ignored: u64,
}

impl TestCounts {
    /// Adds the numbers of a libtest line such as
    /// `test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; ...`.
    fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim().strip_prefix("test result:") else {
            return;
        };
        let words: Vec<&str> = rest.split_whitespace().map(|w| w.trim_end_matches([';', ','])).collect();
        for pair in words.windows(2) {
            let Ok(n) = pair[0].parse::<u64>() else {
                continue;
            };
            match pair[1] {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                "ignored" => self.ignored += n,
                _ => {}
            }
        }
    }
}

/// Step 3. Streams the test output through (so it reads as usual) while
/// adding up libtest's `test result:` lines.
fn run_tests(refs: &Path) -> Result<TestCounts> {
    let step = "[3/4] test";
    let mut cmd = cargo();
    cmd.args(["test", "--workspace"])
        .env("INSTA_UPDATE", "no")
        .env("CI", "true")
        .env("INSTA_FORCE_PASS", "0")
        .env("INSTA_SNAPSHOT_REFERENCES_FILE", refs)
        .stdout(Stdio::piped());
    println!(
        "==> {step}: INSTA_UPDATE=no CI=true INSTA_FORCE_PASS=0 INSTA_SNAPSHOT_REFERENCES_FILE={} {}",
        relative(refs),
        display(&cmd)
    );
    let mut child = cmd.spawn().map_err(|err| format!("step `{step}`: could not run `{}`: {err}", display(&cmd)))?;

    let mut counts = TestCounts::default();
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut reader = BufReader::new(stdout);
    let mut line = Vec::new();
    let mut out = std::io::stdout().lock();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        out.write_all(&line)?;
        out.flush()?;
        counts.add_line(&String::from_utf8_lossy(&line));
    }
    drop(out);

    let status = child.wait()?;
    if status.success() {
        Ok(counts)
    } else {
        println!("tests: {} passed, {} failed, {} skipped", counts.passed, counts.failed, counts.ignored);
        Err(format!("step `{step}` failed: `{}` exited with {status}", display(&cmd)).into())
    }
}

/// Step 4. Fails on snapshot files that no test asserted against, and on
/// snapshots waiting for review.
pub(crate) fn check_snapshots(refs: &Path) -> Result {
    let (snapshots, pending) = scan_snapshots()?;
    let referenced = read_references(refs)?;

    let orphans: Vec<&PathBuf> = snapshots
        .iter()
        .filter(|snap| {
            let canonical = snap.canonicalize().unwrap_or_else(|_| snap.to_path_buf());
            !referenced.contains(&canonical)
        })
        .collect();

    let mut failed = false;
    if !orphans.is_empty() {
        failed = true;
        eprintln!(
            "error: {} snapshot file(s) are not asserted by any test (renamed or deleted fixture?):",
            orphans.len()
        );
        for orphan in &orphans {
            eprintln!("  {}", relative(orphan));
        }
        eprintln!("delete them, or restore the test or fixture that produced them");
    }
    if !pending.is_empty() {
        failed = true;
        eprintln!("error: {} snapshot(s) are waiting for review:", pending.len());
        for path in &pending {
            eprintln!("  {}", relative(path));
        }
        eprintln!("accept or reject them with `cargo insta review` (or rename .snap.new to .snap), then re-run");
    }
    if failed {
        return Err("step `[4/4] unreferenced snapshots` failed".into());
    }
    println!(
        "{} snapshot file(s), all asserted by a test ({} distinct references recorded)",
        snapshots.len(),
        referenced.len()
    );
    Ok(())
}

/// All `*.snap` files under a `snapshots` directory, and every pending
/// snapshot (`*.snap.new` next to them, `.*.pending-snap` next to sources).
pub(crate) fn scan_snapshots() -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let root = project_root();
    let in_snapshots_dir =
        |path: &Path| path.strip_prefix(&root).unwrap_or(path).components().any(|c| c.as_os_str() == "snapshots");
    let snapshots =
        walk_files(&root, &|path| path.extension().is_some_and(|ext| ext == "snap") && in_snapshots_dir(path))?;
    let pending = walk_files(&root, &|path| {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        name.ends_with(".snap.new") || name.ends_with(".pending-snap")
    })?;
    Ok((snapshots, pending))
}

/// The canonicalized paths listed in insta's references file. A missing file
/// means no test asserted a file snapshot.
fn read_references(refs: &Path) -> Result<HashSet<PathBuf>> {
    let text = match fs::read_to_string(refs) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(format!("cannot read {}: {err}", refs.display()).into()),
    };
    Ok(text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let path = Path::new(line);
            path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::TestCounts;

    #[test]
    fn adds_up_libtest_result_lines() {
        let mut counts = TestCounts::default();
        counts
            .add_line("test result: ok. 12 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        counts.add_line("test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out");
        counts.add_line("running 3 tests");
        assert_eq!((counts.passed, counts.failed, counts.ignored), (15, 1, 2));
    }
}
