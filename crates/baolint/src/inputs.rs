//! Finding and reading inputs: files, directories, standard input and JSON
//! Lines streams.
//!
//! Nothing here stops a run. A path that cannot be read, a file that is not
//! UTF-8 text, a JSON Lines record that does not parse: each becomes one
//! [`InputError`] in its place in the input order, printed as one line, and
//! the run goes on with the next input.

use std::{
    fmt,
    fs::{self, File},
    io::{self, BufRead, BufReader, Read},
    path::{Path, PathBuf},
};

use serde::Deserialize;
use walkdir::WalkDir;

/// A file whose first bytes hold a NUL is taken for binary, as git and grep do.
const BINARY_PROBE_BYTES: usize = 8 * 1024;

/// Large enough that the binary probe of a JSON Lines file sees its first
/// 8 KiB in one `fill_buf`.
const JSONL_BUFFER_BYTES: usize = 64 * 1024;

/// Where the bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

impl Origin {
    /// How the input is named in output: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Origin::File(path) => path.display().to_string(),
            Origin::Stdin => "-".to_owned(),
        }
    }
}

/// One input, in the order the user gave it and the walk found it.
#[derive(Debug)]
pub enum Input {
    /// One report.
    Text(Origin),
    /// JSON Lines: one report per line.
    Jsonl(Origin),
    /// A path that could not even be looked at.
    Failed(InputError),
}

/// An input, or part of one, that could not be read. Displays as
/// `name: message`, the line printed after `error: `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub name: String,
    pub message: String,
}

impl InputError {
    pub fn new(name: impl Into<String>, message: impl Into<String>) -> InputError {
        InputError { name: name.into(), message: message.into() }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// Turns the command-line paths into inputs. Directories are walked
/// recursively in path order so output is the same on every machine; inside
/// them only `*.txt` (text) and `*.jsonl` (JSON Lines) files are taken, and
/// hidden entries are skipped (`.git` and the like hold no reports). A file
/// named explicitly is always taken. With `jsonl`, every input is JSON Lines
/// and walks take only `*.jsonl` files.
pub fn collect(paths: &[PathBuf], jsonl: bool) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(if jsonl { Input::Jsonl(Origin::Stdin) } else { Input::Text(Origin::Stdin) });
            continue;
        }
        match fs::metadata(path) {
            Err(e) => inputs.push(Input::Failed(InputError::new(path.display().to_string(), e.to_string()))),
            Ok(meta) if meta.is_dir() => walk(path, jsonl, &mut inputs),
            Ok(_) => {
                let origin = Origin::File(path.clone());
                inputs.push(if jsonl || has_extension(path, "jsonl") {
                    Input::Jsonl(origin)
                } else {
                    Input::Text(origin)
                });
            }
        }
    }
    inputs
}

fn walk(root: &Path, jsonl: bool, inputs: &mut Vec<Input>) {
    let walker = WalkDir::new(root).sort_by_file_name().into_iter().filter_entry(|e| e.depth() == 0 || !is_hidden(e));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let name = e.path().unwrap_or(root).display().to_string();
                let message = e.io_error().map_or_else(|| e.to_string(), io::Error::to_string);
                inputs.push(Input::Failed(InputError::new(name, message)));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        // `baolint check` with no path walks `.`; `./a.txt` reads worse than `a.txt`.
        let path = match entry.path().strip_prefix(".") {
            Ok(stripped) if root == Path::new(".") => stripped.to_path_buf(),
            _ => entry.path().to_path_buf(),
        };
        if has_extension(&path, "jsonl") {
            inputs.push(Input::Jsonl(Origin::File(path)));
        } else if !jsonl && has_extension(&path, "txt") {
            inputs.push(Input::Text(Origin::File(path)));
        }
    }
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.file_name().to_str().is_some_and(|name| name.starts_with('.'))
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Reads one whole report. Rejects binary files and invalid UTF-8; a BOM is
/// kept, the parser skips it.
pub fn read_text(origin: &Origin) -> Result<String, InputError> {
    let name = origin.name();
    match origin {
        Origin::File(path) => READ_BUFFER.with_borrow_mut(|bytes| {
            bytes.clear();
            read_file(path, bytes).map_err(|e| InputError::new(&name, e.to_string()))?;
            let text = decode(&name, bytes).map(str::to_owned);
            // A long file's room is given back: the buffer keeps what a
            // typical report needs, not the largest file of the run.
            bytes.clear();
            bytes.shrink_to(KEPT_READ_BUFFER);
            text
        }),
        Origin::Stdin => {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| InputError::new(&name, e.to_string()))?;
            decode(&name, &bytes).map(str::to_owned)
        }
    }
}

thread_local! {
    /// Each thread reads its files into one buffer, kept from file to file:
    /// the text is copied out at its exact size, and the buffer is never
    /// allocated again once it holds the largest file.
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Room the read buffer keeps between files: many times a typical report.
const KEPT_READ_BUFFER: usize = 64 * 1024;

/// Appends the whole file at `path` to `bytes` (empty). A file that fits the
/// buffer's room is read into it without asking its size, which `fs::read`
/// does with a `statx` for each file; a longer one is sized first, so that
/// its buffer is not grown by doubling past the file's size.
fn read_file(path: &Path, bytes: &mut Vec<u8>) -> io::Result<()> {
    let mut file = File::open(path)?;
    bytes.reserve(KEPT_READ_BUFFER);
    let room = bytes.capacity() as u64;
    let read = (&mut file).take(room).read_to_end(bytes)?;
    if read as u64 == room {
        let size = file.metadata().map_or(0, |m| m.len());
        bytes.reserve_exact(usize::try_from(size.saturating_sub(room)).unwrap_or(0).saturating_add(1));
        file.read_to_end(bytes)?;
    }
    Ok(())
}

/// `bytes` as a report's text, or the error that says why it is not one.
fn decode<'b>(name: &str, bytes: &'b [u8]) -> Result<&'b str, InputError> {
    if let Some(offset) = nul_offset(bytes) {
        return Err(InputError::new(name, format!("binary file (NUL byte at byte {offset})")));
    }
    utf8(bytes).map_err(|offset| InputError::new(name, invalid_utf8(offset)))
}

/// `bytes` as text, or the offset of the first byte that is not UTF-8. The
/// SIMD check runs at memory speed on Vietnamese, where the standard
/// library's check slows down at every accented letter; the slower one runs
/// only to place an error.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    simdutf8::basic::from_utf8(bytes).map_err(|_| std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to()))
}

fn nul_offset(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE_BYTES)])
}

fn invalid_utf8(offset: usize) -> String {
    format!("invalid UTF-8 at byte {offset}")
}

/// One report of a JSON Lines stream.
#[derive(Debug, Clone)]
pub struct Record {
    /// The record's `id`, a JSON string or number, kept as written.
    pub id: serde_json::Value,
    pub text: String,
    /// The site the report comes from: its `source` field, else its `site`
    /// field, when a string.
    pub source: Option<String>,
}

/// The shape of one JSON Lines line; other fields are ignored.
#[derive(Deserialize)]
struct RawRecord {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    source: Option<serde_json::Value>,
    #[serde(default)]
    site: Option<serde_json::Value>,
}

/// Reads a JSON Lines stream one line at a time, so memory is bounded by the
/// longest line, not the stream. Blank lines are skipped. Lines come out
/// undecoded ([`RawLine`]): checking their UTF-8 and parsing their JSON is
/// left to the workers, so the one thread that reads does little more than
/// read.
pub struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    /// Byte offset of the next line in the stream, for UTF-8 error messages.
    offset: usize,
    done: bool,
}

impl fmt::Debug for JsonlReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsonlReader").field("name", &self.name).field("line", &self.line).finish_non_exhaustive()
    }
}

impl JsonlReader {
    /// Opens the stream and rejects it whole when it looks binary: a binary
    /// file would otherwise give one error per "line".
    pub fn open(origin: &Origin) -> Result<JsonlReader, InputError> {
        let name = origin.name();
        let reader: Box<dyn Read> = match origin {
            Origin::File(path) => Box::new(File::open(path).map_err(|e| InputError::new(&name, e.to_string()))?),
            Origin::Stdin => Box::new(io::stdin()),
        };
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(JSONL_BUFFER_BYTES, reader));
        let head = reader.fill_buf().map_err(|e| InputError::new(&name, e.to_string()))?;
        if let Some(offset) = nul_offset(head) {
            return Err(InputError::new(name, format!("binary file (NUL byte at byte {offset})")));
        }
        Ok(JsonlReader { name, reader, line: 0, offset: 0, done: false })
    }

    /// The stream's name, as in [`Origin::name`].
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The next line that is not blank in ASCII, or the read error that ends
    /// the stream.
    pub fn next_line(&mut self) -> Option<Result<RawLine, InputError>> {
        while !self.done {
            let mut bytes = Vec::new();
            let read = match read_line(&mut *self.reader, &mut bytes) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(read) => read,
                Err(e) => {
                    // A read error mid-stream leaves nothing sensible to resume from.
                    self.done = true;
                    self.line += 1;
                    return Some(Err(line_error(&self.name, self.line, e)));
                }
            };
            self.line += 1;
            let offset = self.offset;
            self.offset += read;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(RawLine { line: self.line, offset, bytes }));
        }
        None
    }
}

/// `BufRead::read_until(b'\n')` searching with the memchr crate, several
/// times faster on long lines than the standard library's byte search; a
/// line that lies whole in the reader's buffer is copied out in one
/// allocation of its size.
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(end) => (end + 1, true),
            None => (available.len(), available.is_empty()),
        };
        line.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// One line of a JSON Lines stream as read, not yet decoded.
#[derive(Debug)]
pub struct RawLine {
    /// 1-based line number.
    line: usize,
    /// Byte offset of the line in the stream.
    offset: usize,
    bytes: Vec<u8>,
}

impl RawLine {
    /// The line's length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// The record on the line; `None` for a line of white space only (white
    /// space outside ASCII: ASCII-blank lines are skipped when read).
    /// Errors name the stream `name`, the line and, for bad UTF-8, the byte
    /// offset in the stream.
    pub fn decode(&self, name: &str) -> Result<Option<Record>, InputError> {
        let text = utf8(&self.bytes).map_err(|at| line_error(name, self.line, invalid_utf8(self.offset + at)))?;
        let text = text.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            return Ok(None);
        }
        let raw: RawRecord = serde_json::from_str(text).map_err(|e| line_error(name, self.line, e))?;
        match raw.id {
            serde_json::Value::String(_) | serde_json::Value::Number(_) => {
                let source = [raw.source, raw.site].into_iter().flatten().find_map(|v| match v {
                    serde_json::Value::String(s) => Some(s),
                    _ => None,
                });
                Ok(Some(Record { id: raw.id, text: raw.text, source }))
            }
            _ => Err(line_error(name, self.line, "`id` must be a string or a number")),
        }
    }
}

fn line_error(name: &str, line: usize, message: impl fmt::Display) -> InputError {
    InputError::new(name, format!("line {line}: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Files shorter than the read buffer's room, filling it exactly, and
    /// longer (sized, then read on), one after another on one thread, are
    /// each read whole and alone.
    #[test]
    fn files_of_every_size_around_the_kept_buffer_are_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let sizes = [0, 1, KEPT_READ_BUFFER - 1, KEPT_READ_BUFFER, KEPT_READ_BUFFER + 1, 3 * KEPT_READ_BUFFER + 7, 5];
        for (i, &size) in sizes.iter().enumerate() {
            let text: String = "Việt nam ".chars().cycle().take(size).collect::<String>();
            let text = &text[..text.floor_char_boundary(size)];
            let path = dir.path().join(format!("{i}.txt"));
            fs::write(&path, text).unwrap();
            assert_eq!(read_text(&Origin::File(path)).unwrap(), text, "file of {size} bytes");
        }
    }

    proptest! {
        /// Line by line, through a buffer smaller than the lines, the
        /// reader gives what `read_until` gives.
        #[test]
        fn lines_are_read_as_read_until_reads_them(
            bytes in proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b'a'), any::<u8>()], 0..200),
            capacity in 1usize..20,
        ) {
            let mut ours = BufReader::with_capacity(capacity, bytes.as_slice());
            let mut std = BufReader::with_capacity(capacity, bytes.as_slice());
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let read = read_line(&mut ours, &mut a).unwrap();
                prop_assert_eq!(read, std.read_until(b'\n', &mut b).unwrap());
                prop_assert_eq!(&a, &b);
                if read == 0 {
                    break;
                }
            }
        }
    }
}
