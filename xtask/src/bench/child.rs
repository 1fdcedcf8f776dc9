//! Running one timed child process and reading its peak memory.
//!
//! The peak is the child's maximum resident set size as the kernel reports
//! it once the child is reaped: `getrusage(RUSAGE_CHILDREN)` (through nix,
//! without `unsafe`) gives the largest of the children reaped so far, which
//! is this one's because each child has a launcher of its own (below).
//! Polling `VmHWM` in `/proc/<pid>/status` instead would miss whatever the
//! child allocates after the last poll.
//!
//! One catch: Linux counts into a process's peak the peak of the memory image
//! its `exec` replaced, and std spawns with `vfork`, whose child borrows the
//! parent's image until it execs. Spawned straight from `cargo xtask bench`,
//! every child would seem to use at least as much as xtask ever did (15 MB
//! and more once it has generated a corpus). So each child is started by a
//! fresh, small launcher: `xtask __bench-child PROGRAM ARGS...` spawns it,
//! reaps it, and prints one line with its wait status, time and
//! peak, and the launcher's own peak: the floor below which a child's peak
//! cannot be told apart (about 3.5 MB).

use std::ffi::OsStr;
use std::io::{self, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The hidden command `main.rs` hands to [`launcher`].
pub(crate) const LAUNCHER: &str = "__bench-child";
const REPORT: &str = "bench-child:";

/// What one run of a command took.
#[derive(Debug)]
pub(super) struct Run {
    pub status: ExitStatus,
    pub elapsed: Duration,
    /// Peak resident set size in bytes, where the platform tells it.
    pub peak_rss: Option<u64>,
    /// The launcher's own peak: a child that used less shows about this much.
    pub floor: Option<u64>,
    /// The child's standard error, for the message when it fails.
    pub stderr: String,
}

/// Runs `cmd` (its program, arguments, environment and directory) with no
/// input and its output thrown away, through the launcher, and times it from
/// spawn to reap.
#[cfg(unix)]
pub(super) fn run(cmd: &Command) -> io::Result<Run> {
    use std::os::unix::process::ExitStatusExt;

    let mut launcher = Command::new(std::env::current_exe()?);
    launcher.arg(LAUNCHER).arg(cmd.get_program()).args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => launcher.env(key, value),
            None => launcher.env_remove(key),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        launcher.current_dir(dir);
    }
    launcher.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = launcher.spawn()?;
    let stderr = drain(child.stderr.take());
    let mut stdout = String::new();
    if let Some(mut pipe) = child.stdout.take() {
        pipe.read_to_string(&mut stdout)?;
    }
    let launcher_status = child.wait()?;
    let stderr = stderr.join().unwrap_or_default();
    let report = stdout.lines().rev().find_map(|line| line.strip_prefix(REPORT)).and_then(Report::parse);
    match report {
        Some(report) => Ok(Run {
            status: ExitStatus::from_raw(report.status),
            elapsed: Duration::from_nanos(report.elapsed_ns),
            peak_rss: Some(report.peak_rss),
            floor: report.floor,
            stderr,
        }),
        None => Err(io::Error::other(format!(
            "the launcher `xtask {LAUNCHER}` exited with {launcher_status} and no report: {}",
            stderr.trim()
        ))),
    }
}

#[cfg(not(unix))]
pub(super) fn run(cmd: &Command) -> io::Result<Run> {
    let mut plain = Command::new(cmd.get_program());
    plain.args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => plain.env(key, value),
            None => plain.env_remove(key),
        };
    }
    plain.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = plain.spawn()?;
    let stderr = drain(child.stderr.take());
    let status = child.wait()?;
    let elapsed = start.elapsed();
    Ok(Run { status, elapsed, peak_rss: None, floor: None, stderr: stderr.join().unwrap_or_default() })
}

/// Reads a pipe to its end on a thread, so a chatty child never blocks on a
/// full pipe while this thread waits for it.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// The launcher's one line: `bench-child: status=0 elapsed_ns=123
/// peak_rss=4567 floor=890` (bytes; `floor=-` where it cannot be read).
#[derive(Debug, PartialEq)]
struct Report {
    /// The raw wait status.
    status: i32,
    elapsed_ns: u64,
    peak_rss: u64,
    floor: Option<u64>,
}

impl Report {
    fn parse(line: &str) -> Option<Report> {
        let mut fields = line.split_whitespace();
        let mut field = |key: &str| fields.next()?.strip_prefix(key)?.strip_prefix('=');
        let status = field("status")?.parse().ok()?;
        let elapsed_ns = field("elapsed_ns")?.parse().ok()?;
        let peak_rss = field("peak_rss")?.parse().ok()?;
        let floor = field("floor")?.parse().ok();
        Some(Report { status, elapsed_ns, peak_rss, floor })
    }

    fn line(&self) -> String {
        let floor = self.floor.map_or("-".to_string(), |floor| floor.to_string());
        format!(
            "{REPORT} status={} elapsed_ns={} peak_rss={} floor={floor}",
            self.status, self.elapsed_ns, self.peak_rss
        )
    }
}

/// `xtask __bench-child PROGRAM ARGS...`: runs PROGRAM with standard input
/// and output on /dev/null and standard error inherited, then prints its
/// [`Report`] line. The caller reads the child's exit status from it.
#[cfg(unix)]
pub(crate) fn launcher(args: &[String]) -> crate::workspace::Result {
    use std::os::unix::process::ExitStatusExt;

    let Some((program, rest)) = args.split_first() else {
        return Err(format!("usage: xtask {LAUNCHER} PROGRAM [ARGS...]").into());
    };
    let (status, elapsed, peak_rss, floor) = measure(program.as_ref(), rest)?;
    let report = Report {
        status: status.into_raw(),
        elapsed_ns: u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX),
        peak_rss,
        floor,
    };
    println!("{}", report.line());
    Ok(())
}

#[cfg(not(unix))]
pub(crate) fn launcher(_args: &[String]) -> crate::workspace::Result {
    Err(format!("`xtask {LAUNCHER}` needs getrusage(2): Unix only").into())
}

/// Spawns and reaps one child: its status, time, peak and this process's
/// own peak, read after the reaping so that it covers the moment the child
/// replaced its borrowed image (this process does nothing in between).
#[cfg(unix)]
fn measure(program: &OsStr, args: &[String]) -> io::Result<(ExitStatus, Duration, u64, Option<u64>)> {
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::inherit());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let (status, peak_rss) = wait(&mut child)?;
    let elapsed = start.elapsed();
    Ok((status, elapsed, peak_rss, own_peak()))
}

/// `VmHWM` of this process, in bytes, where /proc has it.
#[cfg(unix)]
fn own_peak() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|line| line.strip_prefix("VmHWM:"))?;
    let kib: u64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib * 1024)
}

/// Reaps the child, then reads its peak from `getrusage(RUSAGE_CHILDREN)`:
/// the largest of the children this process has reaped, and the launcher
/// has only this one.
#[cfg(unix)]
fn wait(child: &mut Child) -> io::Result<(ExitStatus, u64)> {
    use nix::sys::resource::{UsageWho, getrusage};

    let status = child.wait()?;
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).map_err(io::Error::from)?;
    // Linux and the BSDs count ru_maxrss in KiB, Apple's systems in bytes.
    let unit = if cfg!(target_vendor = "apple") { 1 } else { 1024 };
    let peak = u64::try_from(usage.max_rss()).unwrap_or(0) * unit;
    Ok((status, peak))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_lines_round_trip() {
        let report = Report { status: 256, elapsed_ns: 1_500_000, peak_rss: 9_437_184, floor: Some(2_097_152) };
        let line = report.line();
        assert_eq!(line, "bench-child: status=256 elapsed_ns=1500000 peak_rss=9437184 floor=2097152");
        assert_eq!(Report::parse(line.strip_prefix(REPORT).unwrap()), Some(report));
        let no_floor = Report::parse(" status=0 elapsed_ns=1 peak_rss=2 floor=-").unwrap();
        assert_eq!(no_floor.floor, None);
        assert_eq!(Report::parse(" status=0 elapsed_ns=1"), None);
        assert_eq!(Report::parse(" elapsed_ns=1 status=0 peak_rss=2 floor=3"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_child_is_reaped_with_its_status_and_peak_memory() {
        let args = ["-c".to_string(), "exit 3".to_string()];
        let (status, _, peak, floor) = measure("sh".as_ref(), &args).expect("sh runs");
        assert_eq!(status.code(), Some(3));
        // Any process has some resident memory; sh less than a GB.
        assert!(peak > 0 && peak < 1 << 30, "{peak}");
        assert!(floor.is_none_or(|floor| floor > 0));
    }
}
