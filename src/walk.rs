//! Collecting the statement files under the paths given to `ingest`: folders recursively,
//! regular files only (FIFOs, devices and sockets are reported and skipped: reading one
//! could block forever or never end), files no larger than a limit, each file once however
//! many links reach it, and symlink cycles detected instead of followed forever.

use crate::ingest::Message;
use crate::load::{shown_path, InputKind};
use crate::record::Severity;
use std::collections::{BTreeSet, HashMap};
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// The default largest file `ingest` reads: far above any statement text or record file
/// (the largest real ones are kilobytes; a record list of 20,000 statements is some 30 MB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// What a walk found: the files to read (sorted by path) and what it skipped, and why.
#[derive(Debug, Default)]
pub struct Collected {
    /// Statement files to read, each once.
    pub files: Vec<PathBuf>,
    /// Files and folders skipped, with the reason.
    pub skipped: Vec<Message>,
}

/// Why a file is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a regular file (a FIFO, a device, a socket): skipped with a warning.
    NotRegular(&'static str),
    /// Larger than the limit: the file fails.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
}

impl Refusal {
    /// Skipped files are warnings; a file too large to read is an error (it is a
    /// statement file that stores nothing).
    pub fn severity(&self) -> Severity {
        match self {
            Self::NotRegular(_) => Severity::Warning,
            Self::TooLarge { .. } => Severity::Error,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotRegular(kind) => write!(f, "not a regular file ({kind}): skipped"),
            Self::TooLarge { size, limit } => write!(
                f,
                "{size} bytes, larger than the limit of {limit} bytes (--max-file-size): not read"
            ),
        }
    }
}

/// Checks that `path` (its target, when a symlink) is a regular file no larger than
/// `max_size`. Ingest checks again right before reading, for files changed since the walk.
pub fn check_file(path: &Path, max_size: u64) -> std::io::Result<Result<(), Refusal>> {
    let meta = std::fs::metadata(path)?;
    Ok(check_meta(&meta, max_size))
}

fn check_meta(meta: &Metadata, max_size: u64) -> Result<(), Refusal> {
    if !meta.is_file() {
        return Err(Refusal::NotRegular(kind_of(meta)));
    }
    if meta.len() > max_size {
        return Err(Refusal::TooLarge {
            size: meta.len(),
            limit: max_size,
        });
    }
    Ok(())
}

fn kind_of(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// The identity of a file or folder, the same through every link to it: device and inode
/// on Unix, the canonical path elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Identity {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Path(PathBuf),
}

fn identity(path: &Path, meta: &Metadata) -> Identity {
    #[cfg(unix)]
    {
        let _ = path;
        use std::os::unix::fs::MetadataExt;
        Identity::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Identity::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// Lists the statement files under `paths` (folders recursively, names starting with `.`
/// left out), sorted, each file once. Answer keys (`*.expected.json`), README files,
/// override files (`cosignet.toml`) and cosignet stores met on the way are not statements.
/// A path that cannot be read is an error of the whole walk.
pub fn collect(paths: &[PathBuf], max_size: u64) -> Result<Collected, (PathBuf, std::io::Error)> {
    let mut walk = Walk {
        max_size,
        files: BTreeSet::new(),
        seen_files: HashMap::new(),
        seen_dirs: HashMap::new(),
        open: Vec::new(),
        skipped: Vec::new(),
    };
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| (p.clone(), e))?;
        if meta.is_dir() {
            walk.dir(p, &meta).map_err(|e| (p.clone(), e))?;
        } else {
            walk.file(p, &meta, true);
        }
    }
    walk.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Collected {
        files: walk.files.into_iter().collect(),
        skipped: walk.skipped,
    })
}

/// The state of one walk.
struct Walk {
    max_size: u64,
    /// Files to read, by path (the order they are read in).
    files: BTreeSet<PathBuf>,
    /// Each file reached, and the path it was first reached by.
    seen_files: HashMap<Identity, PathBuf>,
    /// Each folder entered, and the path it was first entered by.
    seen_dirs: HashMap<Identity, PathBuf>,
    /// The folders being walked, from the root down (a link to one of them is a cycle).
    open: Vec<Identity>,
    skipped: Vec<Message>,
}

impl Walk {
    fn note(&mut self, path: &Path, severity: Severity, text: String) {
        self.skipped.push(Message {
            path: as_reached(path),
            line: None,
            severity,
            text,
        });
    }

    fn dir(&mut self, dir: &Path, meta: &Metadata) -> std::io::Result<()> {
        let id = identity(dir, meta);
        if self.open.contains(&id) {
            let target = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            self.note(
                dir,
                Severity::Warning,
                format!(
                    "a link back to {}, which is being read: a cycle, not followed",
                    shown_path(&target)
                ),
            );
            return Ok(());
        }
        if let Some(first) = self.seen_dirs.get(&id) {
            let first = as_reached(first);
            self.note(
                dir,
                Severity::Info,
                format!("the same folder as {first}, already read: not read again"),
            );
            return Ok(());
        }
        if crate::lock::is_store(dir) {
            self.note(dir, Severity::Info, "a cosignet store: not read".into());
            return Ok(());
        }
        self.seen_dirs.insert(id.clone(), dir.to_path_buf());
        self.open.push(id);
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for path in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                continue;
            }
            // Follows symlinks; a dangling link is reported, not fatal.
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    if InputKind::of(&path).is_some() || path.is_symlink() {
                        self.note(&path, Severity::Warning, format!("cannot be read ({e}): skipped"));
                    }
                    continue;
                }
            };
            if meta.is_dir() {
                self.dir(&path, &meta)?;
            } else if InputKind::of(&path).is_some() && !is_not_a_statement(name) {
                self.file(&path, &meta, false);
            }
        }
        self.open.pop();
        Ok(())
    }

    /// A file reached by the walk, or named (`named`: given on the command line).
    fn file(&mut self, path: &Path, meta: &Metadata, named: bool) {
        if let Err(refusal) = check_meta(meta, self.max_size) {
            match refusal {
                // Too large: left for ingest to report as a failed file.
                Refusal::TooLarge { .. } => {}
                not_regular => {
                    let severity = not_regular.severity();
                    self.note(path, severity, not_regular.to_string());
                    return;
                }
            }
        }
        let id = identity(path, meta);
        if let Some(first) = self.seen_files.get(&id) {
            if !named || first != path {
                let first = as_reached(first);
                self.note(
                    path,
                    Severity::Info,
                    format!("the same file as {first}: read once"),
                );
            }
            return;
        }
        self.seen_files.insert(id, path.to_path_buf());
        self.files.insert(path.to_path_buf());
    }
}

/// A path as the walk reached it, for messages about links: its folder resolved and shown
/// as [`shown_path`] shows it, its own name kept (where a link leads is said apart).
fn as_reached(path: &Path) -> String {
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => {
            let folder = shown_path(parent);
            if folder.is_empty() {
                name.to_string_lossy().into_owned()
            } else {
                format!("{folder}/{}", name.to_string_lossy())
            }
        }
        _ => shown_path(path),
    }
}

fn is_not_a_statement(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".expected.json") || lower.starts_with("readme") || lower == "cosignet.toml"
}

/// Parses a size such as `64M`, `1G`, `500k` or `1048576` (bytes; K, M, G, T are powers of
/// 1024, with or without a trailing `B` or `iB`).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size (such as 64M, 1G or 1048576)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("`{text}` is not a size (such as 64M, 1G or 1048576)")),
    };
    n.checked_mul(1u64 << shift)
        .ok_or_else(|| format!("`{text}` is too large a size"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_with_units() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("500KiB"), Ok(500 << 10));
        assert!(parse_size("-1").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("99999999999T").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_once_and_cycles_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/a.txt"), "text").unwrap();
        std::os::unix::fs::symlink(&root, root.join("sub/up")).unwrap();
        std::os::unix::fs::symlink(&root, root.join("up2")).unwrap();
        std::os::unix::fs::symlink(root.join("sub/a.txt"), root.join("b.txt")).unwrap();
        let c = collect(std::slice::from_ref(&root), DEFAULT_MAX_FILE_SIZE).unwrap();
        assert_eq!(c.files, vec![root.join("b.txt")], "{:?}", c.skipped);
        let texts: Vec<String> = c.skipped.iter().map(|m| m.to_string()).collect();
        assert!(texts.iter().any(|t| t.contains("a cycle")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("read once")), "{texts:?}");
    }
}
