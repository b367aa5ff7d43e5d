//! The store `serve` answers from: opened read-only, and opened again when another process
//! has written to it (an ingest), once its files have stopped changing. Until then the
//! server keeps answering from the snapshot it has, so a reader never sees half an ingest.
//! (RocksDB lets read-only instances open beside a writer, but an instance opened while the
//! writer switches files may fail to open: opening is retried, and the old snapshot stays
//! in use until a new one opens.) Each snapshot holds the readers' lock, so an ingest does
//! not compact the store while the server runs. What the indexes and party pages count is
//! read as a snapshot opens, so that the first pages do not wait for it when it can be
//! helped.

use crate::pages::Pages;
use crate::store::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, RwLock};
use std::time::{Duration, SystemTime};

/// One opened snapshot of the store and what is computed from it.
pub struct View {
    /// The store.
    pub store: Store,
    /// Its base IRI.
    pub base: String,
    /// Its documents.
    pub pages: Pages,
    /// Its VoID description, made on first request.
    pub void: OnceLock<String>,
}

/// The current snapshot, replaced when the store changes.
pub struct Snapshots {
    path: PathBuf,
    base: String,
    current: RwLock<Arc<View>>,
}

/// The files of a store and their sizes and times (RocksDB's logs and lock aside, which
/// opening a reader touches).
fn fingerprint(dir: &Path) -> Option<Vec<(String, u64, Option<SystemTime>)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("LOG") || name == "LOCK" {
            continue;
        }
        let meta = entry.metadata().ok()?;
        out.push((name, meta.len(), meta.modified().ok()));
    }
    out.sort();
    Some(out)
}

/// Opens the store read-only, a few times if it is being switched under us.
fn open(path: &Path, base: &str) -> Result<View, StoreError> {
    let mut tries = 0;
    // The readers' lock, held as long as the snapshot: no ingest compacts the store (and
    // deletes the files this snapshot reads) meanwhile.
    let hold = crate::lock::hold_for_reading(path)
        .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))?;
    let store = loop {
        match Store::open_read_only(path) {
            Ok(s) => break s.keeping(hold.clone()),
            Err(e) if tries >= 4 => return Err(e),
            Err(_) => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(250));
            }
        }
    };
    let base = store.base()?.unwrap_or_else(|| base.to_owned());
    Ok(View {
        pages: Pages::new(store.clone(), &base, Some("sparql")),
        store,
        base,
        void: OnceLock::new(),
    })
}

/// Reads the snapshot's summary (the indexes and the home page need it), then who signed
/// with whom (party pages need it). A failure is left for the request that asks to report.
fn warm(view: &View) {
    let _ = view.pages.facts().summary();
    let _ = view.pages.facts().cosigning();
}

impl Snapshots {
    /// Opens the store at `path` (identities minted under `base` unless it says otherwise).
    pub fn open(path: &Path, base: &str) -> Result<Arc<Self>, StoreError> {
        let view = Arc::new(open(path, base)?);
        let warming = view.clone();
        // Read at once, not when the first page asks: a request meanwhile waits for this
        // reading instead of starting its own.
        let _ = std::thread::Builder::new()
            .name("cosignet summary".into())
            .spawn(move || warm(&warming));
        Ok(Arc::new(Self {
            path: path.to_path_buf(),
            base: base.to_owned(),
            current: RwLock::new(view),
        }))
    }

    /// The snapshot to answer from.
    pub fn current(&self) -> Arc<View> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Looks at the store's files every `every`; when they changed and then stayed the
    /// same for one more look, opens a new snapshot and answers from it.
    pub fn watch(self: &Arc<Self>, every: Duration) {
        let me = Arc::downgrade(self);
        let mut loaded = fingerprint(&self.path);
        let _ = std::thread::Builder::new()
            .name("cosignet store watcher".into())
            .spawn(move || {
                let mut seen = loaded.clone();
                loop {
                    std::thread::sleep(every);
                    let Some(me) = me.upgrade() else { return };
                    let now = fingerprint(&me.path);
                    if now.is_some() && now != loaded && now == seen {
                        if let Ok(view) = open(&me.path, &me.base) {
                            // The old snapshot answers until the new one has its summary.
                            warm(&view);
                            *me.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(view);
                            loaded = now.clone();
                        }
                    }
                    seen = now;
                }
            });
    }
}
