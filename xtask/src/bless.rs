//! `cargo xtask bless [FILTER] [--accept]`: runs the tests so that insta
//! writes the snapshots that changed.
//!
//! Without `--accept` (`INSTA_UPDATE=new`) a changed snapshot is written next
//! to the old one as `*.snap.new` (inline ones as `.*.pending-snap`) for
//! `cargo insta review`. With `--accept` (`INSTA_UPDATE=always`) the `.snap`
//! files are overwritten directly, for machines without cargo-insta.
//! `FILTER` is passed as `INSTA_GLOB_FILTER`, so only the matching files of
//! `glob!` tests are asserted.

use std::process::Stdio;

use crate::check::{check_snapshots, references_file, scan_snapshots};
use crate::workspace::{Result, cargo, display, relative};

pub(crate) fn run(args: &[String]) -> Result {
    let mut accept = false;
    let mut filter = None;
    for arg in args {
        match arg.as_str() {
            "--accept" => accept = true,
            flag if flag.starts_with('-') => {
                return Err(format!("unknown flag `{flag}`; usage: cargo xtask bless [FILTER] [--accept]").into());
            }
            _ if filter.is_some() => return Err("`bless` takes at most one FILTER".into()),
            _ => filter = Some(arg.as_str()),
        }
    }

    let update = if accept { "always" } else { "new" };
    let refs = references_file()?;
    let mut cmd = cargo();
    // --no-fail-fast: one failing test binary must not keep the others from
    // writing their snapshots. INSTA_FORCE_PASS=1: a changed snapshot does not
    // stop its test, so later assertions in it are recorded too.
    cmd.args(["test", "--workspace", "--no-fail-fast"])
        .env("INSTA_UPDATE", update)
        .env("INSTA_FORCE_PASS", "1")
        .env("INSTA_SNAPSHOT_REFERENCES_FILE", &refs)
        .env_remove("CI")
        .stdin(Stdio::null());
    let mut shown = format!("INSTA_UPDATE={update} INSTA_FORCE_PASS=1");
    if let Some(filter) = filter {
        cmd.env("INSTA_GLOB_FILTER", filter);
        shown.push_str(&format!(" INSTA_GLOB_FILTER={filter}"));
    }
    println!("==> bless: {shown} {}", display(&cmd));
    let status = cmd.status().map_err(|err| format!("could not run `{}`: {err}", display(&cmd)))?;

    let (_, pending) = scan_snapshots()?;
    if pending.is_empty() {
        if accept {
            println!("changed snapshots were written in place; see `git status -- snapshots`");
        } else {
            println!("no snapshot changed");
        }
    } else {
        println!("{} snapshot(s) wait for review:", pending.len());
        for path in &pending {
            println!("  {}", relative(path));
        }
        if accept {
            // insta writes inline snapshots as pending files even with
            // INSTA_UPDATE=always; only cargo-insta can edit the source.
            println!("inline snapshots can only be accepted with `cargo insta review`");
        } else {
            println!(
                "review them with `cargo insta review` (install: `cargo install cargo-insta`),\n\
                 or accept file snapshots by renaming each .snap.new to .snap \
                 (or run `cargo xtask bless --accept`)"
            );
        }
    }

    // With every test run, the references tell which snapshots are orphans.
    if filter.is_none()
        && status.success()
        && pending.is_empty()
        && let Err(err) = check_snapshots(&refs)
    {
        eprintln!("warning: {err}; `cargo xtask check` will fail until they are removed");
    }

    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` exited with {status}: some tests fail for reasons other than snapshots", display(&cmd))
            .into())
    }
}
