//! Corpora and the CLI run over them, shared by every `review` subcommand.
//!
//! A corpus is a JSON Lines file of `{"id", "text"}` records, the same
//! gzipped (decompressed once into `target/review/`, keyed by its checksum,
//! and reused), or a directory of `.txt` reports whose ids are their paths
//! relative to the directory. Its checksum is the SHA-256 of the file as
//! given (the `.gz` bytes for a gzipped one), so a judged file names exactly
//! the corpus it was drawn from.

use std::collections::{BTreeSet, HashMap};
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::workspace::{Result, cargo, relative, run_step, target_dir, walk_files};

#[derive(Debug)]
pub(super) struct Corpus {
    /// The file name as given (`news-2017-train.jsonl.gz`), or the directory's name.
    pub name: String,
    /// The name without `.gz` and `.jsonl`: default output names start with it.
    pub stem: String,
    pub sha256: String,
    pub articles: u64,
    pub source: Source,
}

#[derive(Debug)]
pub(super) enum Source {
    /// A plain JSON Lines file (for a `.gz`, the decompressed copy).
    Jsonl(PathBuf),
    /// A directory of `.txt` reports.
    Dir(PathBuf),
}

impl Corpus {
    pub fn open(path: &Path) -> Result<Corpus> {
        let meta = fs::metadata(path).map_err(|err| format!("corpus {}: {err}", path.display()))?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| ".".into());
        let stem = name.trim_end_matches(".gz").trim_end_matches(".jsonl").to_string();
        if meta.is_dir() {
            let files = text_files(path)?;
            let mut hasher = Sha256::new();
            // Each file's relative path and bytes, in path order: renaming or
            // editing a report changes the checksum.
            for file in &files {
                let rel = file.strip_prefix(path).unwrap_or(file);
                hasher.update(rel.to_string_lossy().as_bytes());
                hasher.update([0]);
                let bytes = fs::read(file).map_err(|err| format!("corpus {}: {err}", file.display()))?;
                hasher.update(&bytes);
                hasher.update([0]);
            }
            let sha256 = hex(&hasher.finalize());
            return Ok(Corpus { name, stem, sha256, articles: files.len() as u64, source: Source::Dir(path.into()) });
        }
        let sha256 = sha256_file(path)?;
        let jsonl = if name.ends_with(".gz") { decompressed(path, &sha256)? } else { path.to_path_buf() };
        let articles = count_records(&jsonl)?;
        Ok(Corpus { name, stem, sha256, articles, source: Source::Jsonl(jsonl) })
    }

    /// The texts of the records with these ids, read in one pass.
    pub fn texts(&self, ids: &BTreeSet<String>) -> Result<HashMap<String, String>> {
        let mut out = HashMap::new();
        match &self.source {
            Source::Dir(dir) => {
                for id in ids {
                    let path = dir.join(id);
                    let text = fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
                    out.insert(id.clone(), text);
                }
            }
            Source::Jsonl(path) => {
                let reader = BufReader::new(open(path)?);
                for (index, line) in reader.lines().enumerate() {
                    let line = line.map_err(|err| format!("{}:{}: {err}", path.display(), index + 1))?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    let record: Record = serde_json::from_str(&line).map_err(|err| {
                        format!("{}:{}: not a {{\"id\", \"text\"}} record: {err}", path.display(), index + 1)
                    })?;
                    let id = id_string(&record.id);
                    if ids.contains(&id) {
                        out.insert(id, record.text);
                    }
                }
            }
        }
        Ok(out)
    }
}

#[derive(Debug, Deserialize)]
struct Record {
    id: serde_json::Value,
    text: String,
}

/// A record id as baolint prints it in `record`: a string as it is, any
/// other JSON value in its JSON spelling.
fn id_string(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn text_files(dir: &Path) -> Result<Vec<PathBuf>> {
    walk_files(dir, &|path| path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("txt")))
}

fn open(path: &Path) -> Result<File> {
    File::open(path).map_err(|err| format!("cannot open {}: {err}", path.display()).into())
}

pub(super) fn sha256_file(path: &Path) -> Result<String> {
    let mut file = open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 1 << 16];
    loop {
        let n = file.read(&mut buf).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The decompressed copy of a `.jsonl.gz` corpus, made on first use: `bench`
/// times the CLI on the train corpus through it.
pub(crate) fn decompressed_copy(gz: &Path) -> Result<PathBuf> {
    decompressed(gz, &sha256_file(gz)?)
}

/// `target/review/corpus-<sha256 prefix>.jsonl`, written through a temporary
/// file so an interrupted run leaves no half copy to be reused.
fn decompressed(gz: &Path, sha256: &str) -> Result<PathBuf> {
    let dir = target_dir().join("review");
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let out = dir.join(format!("corpus-{}.jsonl", &sha256[..16]));
    if out.is_file() {
        return Ok(out);
    }
    println!("==> decompressing {} into {}", gz.display(), relative(&out));
    let tmp = out.with_extension("jsonl.tmp");
    let mut decoder = flate2::read::MultiGzDecoder::new(BufReader::new(open(gz)?));
    let mut file = File::create(&tmp).map_err(|err| format!("cannot create {}: {err}", tmp.display()))?;
    std::io::copy(&mut decoder, &mut file).map_err(|err| format!("cannot decompress {}: {err}", gz.display()))?;
    file.flush()?;
    fs::rename(&tmp, &out).map_err(|err| format!("cannot rename {}: {err}", tmp.display()))?;
    Ok(out)
}

fn count_records(path: &Path) -> Result<u64> {
    let mut count = 0;
    for (index, line) in BufReader::new(open(path)?).split(b'\n').enumerate() {
        let line = line.map_err(|err| format!("{}:{}: {err}", path.display(), index + 1))?;
        if line.iter().any(|b| !b.is_ascii_whitespace()) {
            count += 1;
        }
    }
    Ok(count)
}

/// One finding of the CLI, as much of it as the review needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Finding {
    pub code: String,
    pub name: String,
    pub severity: String,
    pub message: String,
    /// The record id, or for a directory the path relative to it.
    pub id: String,
    pub start: usize,
    pub end: usize,
}

impl Finding {
    /// The key a judged finding is matched by across runs.
    pub fn key(&self) -> (String, String, usize, usize) {
        (self.code.clone(), self.id.clone(), self.start, self.end)
    }
}

#[derive(Debug, Deserialize)]
struct RawFinding {
    path: String,
    code: String,
    name: String,
    severity: String,
    message: String,
    start: usize,
    end: usize,
    #[serde(default)]
    record: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub(super) struct RuleInfo {
    pub code: String,
    pub name: String,
    pub severity: String,
    /// "stable" or "preview"; older binaries do not say.
    #[serde(default)]
    pub group: Option<String>,
}

/// A baolint binary and whether it knows `--preview`.
#[derive(Debug)]
pub(super) struct Cli {
    pub exe: PathBuf,
    preview: bool,
}

impl Cli {
    /// Builds the release CLI of this workspace.
    pub fn build() -> Result<Cli> {
        run_step("build the CLI", cargo().args(["build", "--release", "-p", "baolint"]))?;
        Cli::at(&target_dir().join("release").join(format!("baolint{}", std::env::consts::EXE_SUFFIX)))
    }

    /// A given binary. Older binaries have no `--preview` (it turns on the
    /// rules of the preview group); they are run without it.
    pub fn at(exe: &Path) -> Result<Cli> {
        let help = Command::new(exe)
            .args(["check", "--help"])
            .stdin(Stdio::null())
            .output()
            .map_err(|err| format!("cannot run {}: {err}", exe.display()))?;
        let preview = String::from_utf8_lossy(&help.stdout).contains("--preview");
        if !preview {
            println!("note: {} has no --preview; running it without", exe.display());
        }
        Ok(Cli { exe: exe.to_path_buf(), preview })
    }

    /// Runs `check --isolated --format json` over the corpus with the
    /// default rules, as a user would, and writes its standard output to
    /// `out` untouched: the bytes that `review diff --bytes` compares.
    pub fn json_output(&self, corpus: &Corpus, out: &Path) -> Result {
        let mut cmd = Command::new(&self.exe);
        cmd.args(["check", "--isolated", "--format", "json"]);
        match &corpus.source {
            Source::Jsonl(path) => cmd.arg("--jsonl").arg(path),
            Source::Dir(dir) => cmd.arg(dir),
        };
        println!("==> {} {} > {}", self.exe.display(), corpus.name, relative(out));
        let file = std::fs::File::create(out).map_err(|err| format!("cannot write {}: {err}", out.display()))?;
        let status = cmd
            .stdin(Stdio::null())
            .stdout(file)
            .stderr(Stdio::inherit())
            .status()
            .map_err(|err| format!("cannot run {}: {err}", self.exe.display()))?;
        // Exit 1 means findings at or above --fail-on, not a failure.
        match status.code() {
            Some(0 | 1) => Ok(()),
            _ => Err(format!("{} exited with {status}", self.exe.display()).into()),
        }
    }

    /// Every rule the binary has, as (code, name, severity), so a rule that
    /// never fires still shows; empty if the binary cannot list them.
    pub fn rules(&self) -> Vec<RuleInfo> {
        let output = Command::new(&self.exe).args(["rules", "--format", "json"]).stdin(Stdio::null()).output();
        output
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| serde_json::from_slice(&out.stdout).ok())
            .unwrap_or_default()
    }

    /// Runs `check --select SELECT` over the corpus and hands each finding to
    /// `each` as its line arrives: the train corpus gives about 100k.
    pub fn findings(&self, corpus: &Corpus, select: &str, each: &mut dyn FnMut(Finding)) -> Result {
        let mut cmd = Command::new(&self.exe);
        cmd.args(["check", "--isolated", "--format", "jsonl", "--select", select]);
        if self.preview {
            cmd.arg("--preview");
        }
        let dir = match &corpus.source {
            Source::Jsonl(path) => {
                cmd.arg("--jsonl").arg(path);
                None
            }
            Source::Dir(dir) => {
                cmd.arg(dir);
                Some(dir)
            }
        };
        println!(
            "==> {} over {}",
            cmd.get_args().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" "),
            corpus.name
        );
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        let mut child = cmd.spawn().map_err(|err| format!("cannot run {}: {err}", self.exe.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout from baolint")?;
        let mut bad = None;
        for (index, line) in BufReader::new(stdout).lines().enumerate() {
            let line = line.map_err(|err| format!("reading baolint's output, line {}: {err}", index + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<RawFinding>(&line) {
                Ok(raw) => each(finding(raw, dir)),
                // Keep reading so the child is not blocked on a full pipe.
                Err(err) => {
                    bad.get_or_insert_with(|| format!("baolint output line {}: not a finding: {err}", index + 1));
                }
            }
        }
        let status = child.wait()?;
        // 1 only says there were findings.
        if !matches!(status.code(), Some(0 | 1)) {
            return Err(format!("{} exited with {status}", self.exe.display()).into());
        }
        match bad {
            Some(err) => Err(err.into()),
            None => Ok(()),
        }
    }
}

fn finding(raw: RawFinding, dir: Option<&PathBuf>) -> Finding {
    let id = match (&raw.record, dir) {
        (Some(record), _) => id_string(record),
        (None, Some(dir)) => {
            let path = Path::new(&raw.path);
            path.strip_prefix(dir).unwrap_or(path).to_string_lossy().into_owned()
        }
        (None, None) => raw.path.clone(),
    };
    Finding {
        code: raw.code,
        name: raw.name,
        severity: raw.severity,
        message: raw.message,
        id,
        start: raw.start,
        end: raw.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_findings_from_cli_lines() {
        let line = r#"{"path":"c.jsonl","code":"DAT002","name":"weekday-mismatch","severity":"error","message":"m","start":3,"end":9,"line":1,"column":4,"record":"baomoi-1","evidence":[],"fix":null}"#;
        let raw: RawFinding = serde_json::from_str(line).unwrap();
        let f = finding(raw, None);
        assert_eq!((f.code.as_str(), f.id.as_str(), f.start, f.end), ("DAT002", "baomoi-1", 3, 9));
        let line = r#"{"path":"dir/a/b.txt","code":"X","name":"x","severity":"info","message":"m","start":0,"end":1}"#;
        let raw: RawFinding = serde_json::from_str(line).unwrap();
        assert_eq!(finding(raw, Some(&PathBuf::from("dir"))).id, "a/b.txt");
        assert_eq!(id_string(&serde_json::json!(42)), "42");
    }

    #[test]
    fn gzipped_corpus_is_decompressed_once_and_read_by_id() {
        use flate2::{Compression, write::GzEncoder};
        let dir = std::env::temp_dir().join(format!("xtask-review-gz-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let gz = dir.join("tiny.jsonl.gz");
        let mut encoder = GzEncoder::new(File::create(&gz).unwrap(), Compression::default());
        let records = "{\"id\": \"a\", \"text\": \"Hôm nay\"}\n\n{\"id\": 7, \"text\": \"thứ Hai\"}\n";
        encoder.write_all(records.as_bytes()).unwrap();
        encoder.finish().unwrap();

        let corpus = Corpus::open(&gz).unwrap();
        assert_eq!((corpus.name.as_str(), corpus.stem.as_str(), corpus.articles), ("tiny.jsonl.gz", "tiny", 2));
        assert_eq!(corpus.sha256, sha256_file(&gz).unwrap());
        let Source::Jsonl(copy) = &corpus.source else { panic!("a JSON Lines corpus") };
        assert!(copy.starts_with(target_dir().join("review")));
        let ids: BTreeSet<String> = ["7".to_string()].into();
        assert_eq!(corpus.texts(&ids).unwrap().get("7").map(String::as_str), Some("thứ Hai"));
        fs::remove_file(copy).unwrap();
        fs::remove_dir_all(dir).unwrap();
    }
}
