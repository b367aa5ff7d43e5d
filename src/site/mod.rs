//! `cosignet site`: the store as a static linked-data site in a folder. Every document of
//! [`crate::pages`] (a page, Turtle and JSON-LD per entity; the indexes; the vocabulary),
//! the stylesheet, `context.jsonld`, dumps (`dump.ttl`, `dump.nq`, gzipped too), the VoID
//! description (`.well-known/void`), `sitemap.xml`, and the content-negotiation rules for
//! nginx (`conneg/`) and Apache (`.htaccess`).
//!
//! The site is written beside the target folder and switched in when complete, so a web
//! server serving the folder never shows half a site; a folder that holds anything but a
//! site cosignet wrote is refused, never overwritten.

pub mod rules;
pub mod sitemap;
pub mod void;

use crate::export::{export, ExportError, ExportFormat};
use crate::pages::{Doc, Pages};
use crate::progress::{Progress, Silent};
use crate::store::{Store, StoreError};
use rayon::prelude::*;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The file that marks a folder as a site cosignet wrote.
pub const MARKER: &str = ".cosignet-site";

/// What went wrong while writing a site.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// Reading the store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing a dump.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Writing a file.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The OS error.
        source: io::Error,
    },
    /// A folder that holds something else.
    #[error("{0} exists and is not a site cosignet wrote (no {MARKER} in it): give a new or empty folder")]
    NotASite(String),
    /// A base the site's folders cannot mirror.
    #[error(
        "the store's base IRI `{0}` ends in `#`: a site needs one folder per entity, so a base ending in `/`"
    )]
    HashBase(String),
}

/// What `site` wrote.
#[derive(Debug, Clone, Default)]
pub struct SiteReport {
    /// Documents (an entity's page, Turtle and JSON-LD count as one).
    pub documents: usize,
    /// Files written.
    pub files: u64,
    /// Bytes written.
    pub bytes: u64,
    /// Entities left out: IRIs below the base whose path cannot be a folder.
    pub skipped: Vec<String>,
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> SiteError + '_ {
    move |source| SiteError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Counts what is written.
struct Tally {
    files: AtomicU64,
    bytes: AtomicU64,
}

impl Tally {
    fn write(&self, root: &Path, rel: &str, content: &[u8]) -> Result<(), SiteError> {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_err(dir))?;
        }
        fs::write(&path, content).map_err(io_err(&path))?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(content.len() as u64, Ordering::Relaxed);
        Ok(())
    }
}

/// A writer to two writers.
struct Tee<A, B>(A, B);

impl<A: Write, B: Write> Write for Tee<A, B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write_all(buf)?;
        self.1.write_all(buf)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()?;
        self.1.flush()
    }
}

/// Writes one dump and its gzipped copy.
fn dump(
    store: &Store,
    format: ExportFormat,
    root: &Path,
    name: &str,
    tally: &Tally,
) -> Result<(), SiteError> {
    let plain = root.join(name);
    let zipped = root.join(format!("{name}.gz"));
    let a = io::BufWriter::new(fs::File::create(&plain).map_err(io_err(&plain))?);
    let b = flate2::write::GzEncoder::new(
        io::BufWriter::new(fs::File::create(&zipped).map_err(io_err(&zipped))?),
        flate2::Compression::default(),
    );
    let mut tee = Tee(a, b);
    export(store, format, &mut tee, &Silent)?;
    let Tee(mut a, b) = tee;
    a.flush().map_err(io_err(&plain))?;
    b.finish().and_then(|mut w| w.flush()).map_err(io_err(&zipped))?;
    for p in [&plain, &zipped] {
        let len = fs::metadata(p).map_err(io_err(p))?.len();
        tally.files.fetch_add(1, Ordering::Relaxed);
        tally.bytes.fetch_add(len, Ordering::Relaxed);
    }
    Ok(())
}

/// Whether `dir` may be replaced by a site: it is missing, empty, or a site we wrote.
fn replaceable(dir: &Path) -> Result<bool, SiteError> {
    if !dir.exists() {
        return Ok(true);
    }
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(dir).map_err(io_err(dir))?;
    Ok(entries.next().is_none())
}

/// A folder beside `dir` named after it.
fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    dir.with_file_name(format!(".{name}.{suffix}-{}", std::process::id()))
}

/// Writes the site of `store` (identities minted under `base`) into `out`.
pub fn generate(
    store: &Store,
    base: &str,
    out: &Path,
    progress: &dyn Progress,
) -> Result<SiteReport, SiteError> {
    if !base.ends_with('/') {
        return Err(SiteError::HashBase(base.to_owned()));
    }
    if !replaceable(out)? {
        return Err(SiteError::NotASite(out.display().to_string()));
    }
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir().map_err(io_err(out))?.join(out)
    };
    let tmp = sibling(&out, "new");
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(io_err(&tmp))?;
    }
    fs::create_dir_all(&tmp).map_err(io_err(&tmp))?;
    let result = write_all(store, base, &tmp, progress);
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    // Switch the new site in.
    let old = sibling(&out, "old");
    if out.exists() {
        fs::rename(&out, &old).map_err(io_err(&out))?;
    }
    fs::rename(&tmp, &out).map_err(io_err(&out))?;
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io_err(&old))?;
    }
    Ok(report)
}

fn write_all(
    store: &Store,
    base: &str,
    root: &Path,
    progress: &dyn Progress,
) -> Result<SiteReport, SiteError> {
    let pages = Pages::new(store.clone(), base, None);
    progress.phase("reading the store", None);
    let docs = pages.docs()?;
    let skipped = pages.facts().unplaced()?;
    let tally = Tally {
        files: AtomicU64::new(0),
        bytes: AtomicU64::new(0),
    };
    progress.phase("writing pages", Some(docs.len() as u64));
    docs.par_iter().try_for_each(|doc| -> Result<(), SiteError> {
        for r in doc.representations() {
            tally.write(root, &doc.path(*r), &pages.render(doc, *r)?)?;
        }
        progress.advance(1);
        Ok(())
    })?;
    progress.phase("writing dumps and descriptions", None);
    tally.write(root, "style.css", crate::pages::html::STYLE.as_bytes())?;
    tally.write(
        root,
        crate::jsonld::CONTEXT_FILE,
        crate::jsonld::context_document().as_bytes(),
    )?;
    let entities = docs.iter().filter(|d| matches!(d, Doc::Entity { .. })).count();
    let counts = void::count(store, entities)?;
    let summary = pages.facts().summary()?;
    tally.write(
        root,
        ".well-known/void",
        void::turtle(base, counts, &summary, None).as_bytes(),
    )?;
    for (name, text) in sitemap::sitemaps(base, &docs) {
        tally.write(root, &name, text.as_bytes())?;
    }
    tally.write(root, ".htaccess", rules::htaccess().as_bytes())?;
    tally.write(root, "conneg/nginx-maps.conf", rules::nginx_maps().as_bytes())?;
    tally.write(
        root,
        "conneg/nginx-locations.conf",
        rules::nginx_locations().as_bytes(),
    )?;
    dump(store, ExportFormat::Turtle, root, "dump.ttl", &tally)?;
    dump(store, ExportFormat::Nquads, root, "dump.nq", &tally)?;
    tally.write(
        root,
        MARKER,
        b"A linked-data site written by cosignet; `cosignet site` may replace this folder.\n",
    )?;
    Ok(SiteReport {
        documents: docs.len(),
        files: tally.files.load(Ordering::Relaxed),
        bytes: tally.bytes.load(Ordering::Relaxed),
        skipped,
    })
}
