//! The store's folder: the marker that says a folder is a cosignet store and which format
//! of it, the lock the one writer holds (with its process id), and opening the store for
//! writing or for reading with both checked.
//!
//! A writer (`ingest`) refuses a folder that holds something other than a cosignet store
//! and a store of a format newer than it knows; a second writer is told which process holds
//! the lock. Readers never take the lock (they never hold a writer up); Oxigraph opens them
//! on RocksDB's read-only mode, which reads the files as they are when it opens (RocksDB
//! calls opening them while another process writes "undefined"): when that fails while a
//! writer holds the lock, the reader tries again a little later, and if it still cannot,
//! says that a writer is at work rather than passing on RocksDB's "Corruption" message.
//! The lock is an advisory `flock`, released by the kernel when its process ends, however it
//! ends: a killed ingest leaves no stale lock.

use crate::store::{Store, StoreError};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

/// The marker file in a store's folder.
pub const MARKER: &str = "cosignet-store.toml";
/// The lock file in a store's folder.
pub const LOCK: &str = "cosignet.lock";
/// The format of the store this cosignet writes: what it keeps where (graphs, the meta
/// facts in the default graph). A newer cosignet that changes it raises the number.
pub const FORMAT: u32 = 1;

/// The file readers hold a shared lock on while they have the store open; a writer takes
/// it alone to compact the store (compaction deletes the files a reader may still read).
pub const READERS: &str = "cosignet.readers";

/// How long a reader keeps trying to open a store a writer is changing.
const READ_RETRIES: [u64; 8] = [20, 50, 100, 200, 400, 800, 1600, 3200];

/// Why a store's folder cannot be opened.
#[derive(Debug, thiserror::Error)]
pub enum StoreDirError {
    /// A folder that holds something other than a cosignet store.
    #[error(
        "{path} is not empty and is not a cosignet store (no {MARKER}); give --store a new or empty folder"
    )]
    NotAStore {
        /// The folder.
        path: String,
    },
    /// A folder without a store in it.
    #[error("no store at {path}: run `cosignet ingest` first (or pass --store)")]
    Empty {
        /// The folder.
        path: String,
    },
    /// A store of a newer format.
    #[error("the store at {path} was written by a newer cosignet (store format {found}; this cosignet knows format {FORMAT} and older): use a newer cosignet")]
    Newer {
        /// The folder.
        path: String,
        /// The format its marker gives.
        found: u32,
    },
    /// A marker that does not parse.
    #[error("{path}: not a cosignet store marker: {message}")]
    BadMarker {
        /// The marker file.
        path: String,
        /// Why.
        message: String,
    },
    /// Another process holds the writer's lock.
    #[error("the store at {path} is in use by another cosignet (pid {pid}); wait for it to finish")]
    InUse {
        /// The folder.
        path: String,
        /// The process id written in the lock file (`unknown` when it could not be read).
        pid: String,
    },
    /// A reader that could not open the store while a writer changed it.
    #[error("the store at {path} is being written by another cosignet (pid {pid}) and could not be read as it changed; try again when it is done")]
    Busy {
        /// The folder.
        path: String,
        /// The writer's process id.
        pid: String,
    },
    /// A reader that waited in vain for a writer to finish compacting the store.
    #[error(
        "the store at {path} is being compacted by another cosignet (pid {pid}); try again when it is done"
    )]
    Compacting {
        /// The folder.
        path: String,
        /// The writer's process id.
        pid: String,
    },
    /// Reading or writing the folder failed.
    #[error("opening the store at {path}: {source}")]
    Io {
        /// The folder.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// Oxigraph could not open the store.
    #[error("opening the store at {path}")]
    Open {
        /// The folder.
        path: String,
        /// Why.
        source: StoreError,
    },
}

/// What a folder holds.
#[derive(Debug, PartialEq, Eq)]
enum Contents {
    /// Nothing (or no folder).
    Empty,
    /// A store with a marker of this format.
    Marked(u32),
    /// A store whose creation was interrupted: cosignet's lock file, no marker yet (the
    /// marker is written once RocksDB has made every column family).
    Interrupted,
    /// RocksDB files without a marker (a store of a cosignet from before the marker, or
    /// someone else's).
    Unmarked,
    /// Something else.
    Foreign,
}

#[derive(serde::Deserialize)]
struct Marker {
    format: u32,
}

fn shown(dir: &Path) -> String {
    dir.display().to_string()
}

fn io(dir: &Path) -> impl Fn(std::io::Error) -> StoreDirError + '_ {
    move |source| StoreDirError::Io {
        path: shown(dir),
        source,
    }
}

/// Whether `dir` holds a cosignet store's marker.
pub fn is_store(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

fn contents(dir: &Path) -> Result<Contents, StoreDirError> {
    if !dir.exists() {
        return Ok(Contents::Empty);
    }
    let marker = dir.join(MARKER);
    if marker.exists() {
        let text = std::fs::read_to_string(&marker).map_err(io(dir))?;
        let m: Marker = toml::from_str(&text).map_err(|e| StoreDirError::BadMarker {
            path: shown(&marker),
            message: e.message().to_owned(),
        })?;
        return Ok(Contents::Marked(m.format));
    }
    let mut any = false;
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let name = entry.map_err(io(dir))?.file_name();
        if name != LOCK {
            any = true;
            break;
        }
    }
    Ok(if !any {
        Contents::Empty
    } else if dir.join(LOCK).is_file() {
        Contents::Interrupted
    } else if dir.join("CURRENT").is_file() {
        Contents::Unmarked
    } else {
        Contents::Foreign
    })
}

/// A store of a cosignet from before the marker: RocksDB files holding cosignet's own
/// record of its base IRI.
fn is_unmarked_cosignet_store(dir: &Path) -> bool {
    Store::open_read_only(dir)
        .ok()
        .and_then(|s| s.base().ok())
        .flatten()
        .is_some()
}

/// The writer's lock on a store; released when dropped (or when its process ends).
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

fn read_pid(file: &mut File) -> String {
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    let pid = text.trim();
    if pid.is_empty() {
        "unknown".to_owned()
    } else {
        pid.to_owned()
    }
}

/// Takes the writer's lock on `dir`, writing this process's id into the lock file.
fn lock(dir: &Path) -> Result<WriterLock, StoreDirError> {
    let path = dir.join(LOCK);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io(dir))?;
    // A reader checking for a writer holds a shared lock for an instant: try a few times.
    let mut tries = 0;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if tries < 20 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(25));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreDirError::InUse {
                    path: shown(dir),
                    pid: read_pid(&mut file),
                })
            }
            Err(TryLockError::Error(e)) => return Err(io(dir)(e)),
        }
    }
    file.set_len(0).map_err(io(dir))?;
    writeln!(file, "{}", std::process::id()).map_err(io(dir))?;
    file.flush().map_err(io(dir))?;
    Ok(WriterLock { _file: file })
}

/// The process id of the writer holding the lock on `dir`, if one does.
pub fn writer(dir: &Path) -> Option<String> {
    let mut file = File::open(dir.join(LOCK)).ok()?;
    match file.try_lock_shared() {
        Ok(()) => {
            let _ = file.unlock();
            None
        }
        Err(TryLockError::WouldBlock) => Some(read_pid(&mut file)),
        Err(TryLockError::Error(_)) => None,
    }
}

fn write_marker(dir: &Path) -> Result<(), StoreDirError> {
    let text = format!(
        "# This folder is a cosignet store: RocksDB files written by Oxigraph for cosignet.\n\
         # `format` is the layout of what cosignet keeps in it; a cosignet that knows only\n\
         # older formats refuses to open it.\n\
         format = {FORMAT}\n\
         written_by = \"cosignet {}\"\n",
        env!("CARGO_PKG_VERSION")
    );
    let tmp = dir.join(format!("{MARKER}.tmp"));
    std::fs::write(&tmp, text).map_err(io(dir))?;
    std::fs::rename(&tmp, dir.join(MARKER)).map_err(io(dir))
}

/// Opens (creating if needed) the store in `dir` for writing: the folder must be new,
/// empty or a cosignet store of a format this cosignet knows, and no other process may be
/// writing it. The store stays locked until the returned lock is dropped.
pub fn open_for_writing(dir: &Path) -> Result<(Store, WriterLock), StoreDirError> {
    if dir.exists() && !dir.is_dir() {
        return Err(StoreDirError::Io {
            path: shown(dir),
            source: std::io::Error::other("not a folder"),
        });
    }
    let before = contents(dir)?;
    match before {
        Contents::Marked(found) if found > FORMAT => {
            return Err(StoreDirError::Newer {
                path: shown(dir),
                found,
            })
        }
        Contents::Foreign => return Err(StoreDirError::NotAStore { path: shown(dir) }),
        Contents::Unmarked if !is_unmarked_cosignet_store(dir) => {
            return Err(StoreDirError::NotAStore { path: shown(dir) })
        }
        _ => {}
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let lock = lock(dir)?;
    let store = Store::open(dir).map_err(|source| StoreDirError::Open {
        path: shown(dir),
        source,
    })?;
    // Only now: RocksDB makes a new store's column families one after the other, and a
    // store killed before the last is no store to read.
    if !matches!(before, Contents::Marked(_)) {
        write_marker(dir)?;
    }
    Ok((store, lock))
}

/// Opens the store in `dir` for reading. While a writer changes it, a failed opening is
/// tried again for a few seconds, then reported as the writer's doing.
pub fn open_for_reading(dir: &Path) -> Result<Store, StoreDirError> {
    match contents(dir)? {
        Contents::Empty | Contents::Interrupted => return Err(StoreDirError::Empty { path: shown(dir) }),
        Contents::Foreign => return Err(StoreDirError::NotAStore { path: shown(dir) }),
        Contents::Marked(found) if found > FORMAT => {
            return Err(StoreDirError::Newer {
                path: shown(dir),
                found,
            })
        }
        Contents::Marked(_) if !dir.join("CURRENT").is_file() => {
            return Err(StoreDirError::Empty { path: shown(dir) })
        }
        _ => {}
    }
    let hold = hold_for_reading(dir)?;
    let mut waits = READ_RETRIES.iter();
    // A writer that ends between a failed opening and the look at its lock leaves no lock
    // behind: the files it changed are whole now, so one more opening tells.
    let mut tried_after_writer = false;
    loop {
        match Store::open_read_only(dir) {
            Ok(store) => return Ok(store.keeping(hold)),
            Err(source) => match writer(dir) {
                None if !tried_after_writer => tried_after_writer = true,
                None => {
                    return Err(StoreDirError::Open {
                        path: shown(dir),
                        source,
                    })
                }
                Some(pid) => match waits.next() {
                    Some(ms) => std::thread::sleep(Duration::from_millis(*ms)),
                    None => {
                        return Err(StoreDirError::Busy {
                            path: shown(dir),
                            pid,
                        })
                    }
                },
            },
        }
    }
}

/// The readers' lock file of the store in `dir`, made if missing.
fn readers_file(dir: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(READERS))
}

/// A reader's shared lock on [`READERS`], waited for while a writer compacts the store
/// (for a few seconds, then reported). `None` when the file cannot be made (a store on
/// read-only media, which nothing compacts).
pub fn hold_for_reading(dir: &Path) -> Result<Option<std::sync::Arc<File>>, StoreDirError> {
    let Ok(file) = readers_file(dir) else {
        return Ok(None);
    };
    let mut waits = READ_RETRIES.iter();
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Ok(Some(std::sync::Arc::new(file))),
            Err(TryLockError::WouldBlock) => match waits.next() {
                Some(ms) => std::thread::sleep(Duration::from_millis(*ms)),
                None => {
                    return Err(StoreDirError::Compacting {
                        path: shown(dir),
                        pid: writer(dir).unwrap_or_else(|| "unknown".to_owned()),
                    })
                }
            },
            Err(TryLockError::Error(e)) => return Err(io(dir)(e)),
        }
    }
}

/// The writer's exclusive lock on [`READERS`]: no reader has the store open while it is
/// held. Released when dropped.
#[derive(Debug)]
pub struct ReadersExcluded {
    _file: File,
}

/// Takes [`ReadersExcluded`] if no reader has the store in `dir` open; `None` if one has.
pub fn exclude_readers(dir: &Path) -> Result<Option<ReadersExcluded>, StoreDirError> {
    let file = readers_file(dir).map_err(io(dir))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(ReadersExcluded { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(io(dir)(e)),
    }
}
