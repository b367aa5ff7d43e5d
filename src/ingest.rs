//! Ingest: files and folders to the store. Files are read and mapped in parallel, a chunk
//! at a time (memory stays bounded); files new to the store stream into one bulk load, the
//! others replace what they contributed in transactions of whole files. A file that fails
//! stores nothing; files already stored as read write nothing. Descriptions derived from
//! many statements (unlisted parties, persons) are rebuilt once at the end.

use crate::load::{load, LoadError};
use crate::progress::Progress;
use crate::rdf::cosigning::CoSigningTally;
use crate::rdf::entities::{describe, FactTally};
use crate::rdf::map::statement_quads;
use crate::rdf::reference::{ontology_quads, reference_quads};
use crate::record::{Severity, StatementRecord};
use crate::resolve::Resolver;
use crate::store::{Compaction, EntityRefresh, FileWrite, GraphWrite, Store, StoreError, Tallied};
use oxigraph::model::NamedNode;
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Files read and mapped at a time (in parallel) before their quads are handed on.
const CHUNK_FILES: usize = 8;

/// A doubt or failure tied to a file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The file as shown.
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// How serious.
    pub severity: Severity,
    /// What happened.
    pub text: String,
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) if l > 0 => write!(f, "{}:{}: {}: {}", self.path, l, self.severity, self.text),
            _ => write!(f, "{}: {}: {}", self.path, self.severity, self.text),
        }
    }
}

/// What an ingest did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Files read and stored.
    pub files_stored: usize,
    /// Files already stored exactly as read (nothing written for them).
    pub files_unchanged: usize,
    /// Files that failed (nothing of them stored).
    pub files_failed: usize,
    /// Statements stored.
    pub statements: usize,
    /// Signatures stored.
    pub signatures: usize,
    /// Distinct parties among them.
    pub parties: usize,
    /// Distinct persons among them.
    pub persons: usize,
    /// Distinct countries among them.
    pub countries: usize,
    /// Quads written (statement graphs; reference and ontology graphs aside).
    pub quads_written: usize,
    /// Quads of the derived graphs (entity descriptions, cosignings) rewritten.
    pub derived_written: usize,
    /// Quads in the store afterwards.
    pub store_quads: usize,
    /// Whether the store was compacted afterwards.
    pub compacted: bool,
    /// Diagnostics and failures, by file and line.
    pub messages: Vec<Message>,
    /// Wall-clock time of each phase: reading and mapping, writing, deriving descriptions.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// How an ingest reads files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Files larger than this many bytes fail without being read.
    pub max_file_size: u64,
    /// When the run compacts the store afterwards.
    pub compact: Compaction,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_file_size: crate::walk::DEFAULT_MAX_FILE_SIZE,
            compact: Compaction::Auto,
        }
    }
}

/// One file read and mapped, ready to write.
struct Prepared {
    shown: String,
    records: Vec<StatementRecord>,
    writes: Vec<FileWrite>,
    quads: usize,
}

fn prepare(path: &Path, resolver: &Resolver, options: &Options) -> Result<Prepared, Message> {
    let shown = crate::load::shown_path(path);
    let fail = |line: Option<usize>, text: String| Message {
        path: shown.clone(),
        line,
        severity: Severity::Error,
        text,
    };
    // Checked again right before reading: the file may have changed since the walk.
    match crate::walk::check_file(path, options.max_file_size) {
        Ok(Ok(())) => {}
        Ok(Err(refusal)) => {
            return Err(Message {
                severity: refusal.severity(),
                ..fail(None, refusal.to_string())
            })
        }
        Err(e) => return Err(fail(None, e.to_string())),
    }
    let records = load(path, &shown, resolver).map_err(|e| match e {
        LoadError::Record { line, message, .. } => fail(Some(line), message),
        other => Message {
            path: shown.clone(),
            line: None,
            severity: Severity::Error,
            text: strip_path(&other.to_string(), &shown),
        },
    })?;
    if records.is_empty() {
        return Err(fail(None, "holds no statement records".into()));
    }
    // Two records of one id would be merged into one graph.
    let mut ids = BTreeSet::new();
    if let Some(twice) = records.iter().find(|r| !ids.insert(r.id.as_str())) {
        return Err(fail(
            None,
            format!(
                "statement id `{}` is given twice in this file; give each statement its own `id`",
                twice.id
            ),
        ));
    }
    let mut by_source: BTreeMap<String, (Option<String>, Vec<GraphWrite>)> = BTreeMap::new();
    let mut quads = 0;
    for rec in &records {
        let q =
            statement_quads(resolver, rec).map_err(|e| fail(None, format!("statement `{}`: {e}", rec.id)))?;
        quads += q.len();
        let graph = NamedNode::new_unchecked(resolver.base().statement(&rec.id));
        let source = rec.source.path.clone().unwrap_or_else(|| shown.clone());
        by_source
            .entry(source)
            .or_insert_with(|| (rec.source.sha256.clone(), Vec::new()))
            .1
            .push(GraphWrite { graph, quads: q });
    }
    let writes = by_source
        .into_iter()
        .map(|(source_path, (sha256, graphs))| FileWrite {
            source_path,
            sha256,
            graphs,
        })
        .collect();
    Ok(Prepared {
        shown,
        records,
        writes,
        quads,
    })
}

fn strip_path(message: &str, shown: &str) -> String {
    message
        .strip_prefix(&format!("{shown}: "))
        .unwrap_or(message)
        .to_owned()
}

/// Why a whole ingest could not start.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The store was written under another base IRI.
    #[error("the store holds data minted under base {stored}, not {given}; use --base {stored} or another --store")]
    BaseMismatch {
        /// The base in the store.
        stored: String,
        /// The base asked for.
        given: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reads, maps and stores files, telling `progress` how many are done. Per-file failures
/// are in the report; the error is for failures of the whole run (the store itself).
pub fn ingest(
    store: &Store,
    resolver: &Resolver,
    files: &[PathBuf],
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report, IngestError> {
    let given = resolver.base().as_str().to_owned();
    if let Some(stored) = store.base()? {
        if stored != given {
            return Err(IngestError::BaseMismatch { stored, given });
        }
    }
    let entities_graph = NamedNode::new_unchecked(resolver.base().entities_graph());
    let describe = |rows: &[crate::rdf::entities::FactRow], es: &[NamedNode]| {
        describe(rows, es, &entities_graph, |iri| resolver.is_listed_iri(iri))
    };
    let refresh = EntityRefresh {
        graph: entities_graph.clone(),
        describe: &describe,
        base: resolver.base(),
    };
    // Into an empty store, every signature passes through this run: the descriptions are
    // tallied from the quads written rather than queried back. (Asked first: the refresh
    // below records in an empty store that its cosignings graph is complete.)
    let fresh = store.is_empty()?;
    // Descriptions an interrupted run left to rebuild.
    let mut derived = store.refresh_entities(&refresh)?;
    let clock = std::time::Instant::now();
    progress.phase("reading files", Some(files.len() as u64));
    let run = std::cell::RefCell::new(Run {
        store,
        resolver,
        options,
        progress,
        report: Report::default(),
        tally: Tally::default(),
        owner: HashMap::new(),
        claims: HashMap::new(),
        replacing: Vec::new(),
        touched: BTreeSet::new(),
        facts: fresh.then(Default::default),
        pending: Vec::new(),
        failed: None,
    });
    // Files new to the store stream, chunk after chunk, into one bulk load; the entities
    // they link to are marked before the load is switched in.
    let mut chunks = files.chunks(CHUNK_FILES);
    let mut stream = std::iter::from_fn(|| loop {
        if let Some(q) = run.borrow_mut().pending.pop() {
            return Some(q);
        }
        let chunk = chunks.next()?;
        run.borrow_mut().take(chunk);
    })
    .peekable();
    if stream.peek().is_some() {
        store.bulk_load(&mut stream, || {
            std::mem::take(&mut run.borrow_mut().touched)
                .into_iter()
                .collect()
        })?;
    }
    drop(stream);
    let mut run = run.into_inner();
    if let Some(e) = run.failed.take() {
        return Err(e);
    }
    let read_and_load = clock.elapsed();
    let mut report = std::mem::take(&mut run.report);
    let replacing = std::mem::take(&mut run.replacing);
    if report.files_stored + report.files_unchanged + replacing.len() > 0 {
        progress.phase("writing changed files", None);
        let fixed = vec![
            GraphWrite {
                graph: NamedNode::new_unchecked(resolver.base().reference_graph()),
                quads: reference_quads(resolver),
            },
            GraphWrite {
                graph: NamedNode::new_unchecked(resolver.base().ontology_graph()),
                quads: ontology_quads(resolver),
            },
        ];
        store.write_graphs(&given, &fixed)?;
        let writes: Vec<&FileWrite> = replacing.iter().flat_map(|p| p.writes.iter()).collect();
        match store.replace(&writes) {
            Ok(()) => {
                for p in &replacing {
                    run.tally.count(p, &mut report);
                }
            }
            Err(e) => {
                for p in &replacing {
                    report.files_failed += 1;
                    report.messages.push(Message {
                        path: p.shown.clone(),
                        line: None,
                        severity: Severity::Error,
                        text: format!("not stored: {e}"),
                    });
                }
            }
        }
    }
    let written = clock.elapsed();
    progress.phase("deriving descriptions", None);
    derived += match run.facts.take() {
        Some((facts, cosignings)) if replacing.is_empty() => store.refresh_entities_from(
            &refresh,
            Tallied {
                facts: facts.rows(),
                cosignings,
            },
        )?,
        _ => store.refresh_entities(&refresh)?,
    };
    report.timings = vec![
        ("read, map and bulk-load new files", read_and_load),
        ("replace changed files", written - read_and_load),
        ("derive descriptions", clock.elapsed() - written),
    ];
    report.derived_written = derived;
    report.parties = run.tally.parties.len();
    report.persons = run.tally.persons.len();
    report.countries = run.tally.countries.len();
    report.store_quads = store.len()?;
    report
        .messages
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    Ok(report)
}

/// A statement graph claimed by a file in this run.
struct Claim {
    source_path: String,
    sha256: Option<String>,
    shown: String,
}

/// The state of one ingest while files stream through it.
struct Run<'a> {
    store: &'a Store,
    resolver: &'a Resolver,
    options: &'a Options,
    progress: &'a dyn Progress,
    report: Report,
    tally: Tally,
    /// Statement graph -> the file that claimed it in this run.
    owner: HashMap<String, Claim>,
    /// Source path -> the file (as shown) whose records claimed it in this run.
    claims: HashMap<String, String>,
    /// Files that replace what they contributed before (written after the bulk load).
    replacing: Vec<Prepared>,
    /// Entities linked from new files.
    touched: BTreeSet<NamedNode>,
    /// The facts of every signature and the parties of every statement written, when the
    /// store was empty at the start.
    facts: Option<(FactTally, CoSigningTally)>,
    /// Quads of new files waiting to be loaded.
    pending: Vec<Quad>,
    /// A failure of the store itself, which ends the run.
    failed: Option<IngestError>,
}

impl Run<'_> {
    /// A file that stores nothing: an error fails it, a warning skips it.
    fn refuse(&mut self, m: Message) {
        if m.severity == Severity::Error {
            self.report.files_failed += 1;
        }
        self.report.messages.push(m);
    }

    /// A file whose records name a source another file of this run already claimed: which
    /// of the two would win would depend on the order they are read in.
    fn claimed(&self, p: &Prepared) -> Option<Message> {
        p.writes.iter().find_map(|w| {
            let other = self.claims.get(&w.source_path)?;
            (*other != p.shown).then(|| Message {
                path: p.shown.clone(),
                line: None,
                severity: Severity::Error,
                text: format!(
                    "`source.path` {} is also claimed by {other} in this run; ingest one of them at a time",
                    w.source_path
                ),
            })
        })
    }

    /// Reads and maps a chunk of files in parallel, then sorts each into failed, conflicting,
    /// unchanged, new (its quads become pending) or replacing.
    fn take(&mut self, chunk: &[PathBuf]) {
        let prepared: Vec<Result<Prepared, Message>> = chunk
            .par_iter()
            .map(|p| prepare(p, self.resolver, self.options))
            .collect();
        for p in prepared {
            if let Err(e) = self.sort(p) {
                self.failed.get_or_insert(e);
            }
        }
        self.progress.advance(chunk.len() as u64);
    }

    fn sort(&mut self, p: Result<Prepared, Message>) -> Result<(), IngestError> {
        let p = match p {
            Ok(p) => p,
            Err(m) => {
                self.refuse(m);
                return Ok(());
            }
        };
        let check = self
            .claimed(&p)
            .map(Ok)
            .or_else(|| conflict(self.store, self.resolver, &p, &self.owner).transpose())
            .or_else(|| foreign_source(self.store, &p).transpose());
        if let Some(m) = check.transpose()? {
            if m.severity == Severity::Info {
                self.report.messages.push(m);
            } else {
                self.refuse(m);
                return Ok(());
            }
        }
        for w in &p.writes {
            self.claims.insert(w.source_path.clone(), p.shown.clone());
            for g in &w.graphs {
                self.owner.insert(
                    g.graph.as_str().to_owned(),
                    Claim {
                        source_path: w.source_path.clone(),
                        sha256: w.sha256.clone(),
                        shown: p.shown.clone(),
                    },
                );
            }
        }
        let mut unchanged = true;
        let mut new = true;
        for w in &p.writes {
            unchanged &= self.store.holds(w)?;
            new &= self.store.is_new(w)?;
        }
        if unchanged {
            self.report.files_unchanged += 1;
            self.tally.count(&p, &mut self.report);
            self.report.quads_written -= p.quads;
        } else if new {
            for w in &p.writes {
                for g in &w.graphs {
                    self.touched
                        .extend(crate::rdf::entities::linked_entities(&g.quads));
                    if let Some((facts, cosignings)) = &mut self.facts {
                        facts.add(&g.quads);
                        cosignings.add_quads(&g.quads);
                    }
                }
            }
            self.tally.count(&p, &mut self.report);
            for w in p.writes {
                for g in w.graphs {
                    self.pending.extend(g.quads);
                }
            }
        } else {
            self.replacing.push(p);
        }
        Ok(())
    }
}

/// A statement id another source already holds. The same content reached by another path
/// (another working directory, a renamed or linked folder) is the same source: a file is
/// known by its path or by the SHA-256 of its bytes (see [`crate::store::Store::holds`]).
/// A copy read twice in one run is skipped with a warning.
fn conflict(
    store: &Store,
    resolver: &Resolver,
    p: &Prepared,
    owner: &HashMap<String, Claim>,
) -> Result<Option<Message>, StoreError> {
    let same_content = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
    for w in &p.writes {
        for g in &w.graphs {
            let id = g
                .graph
                .as_str()
                .strip_prefix(&resolver.base().statement(""))
                .unwrap_or(g.graph.as_str());
            let message = |severity, text| {
                Ok(Some(Message {
                    path: p.shown.clone(),
                    line: None,
                    severity,
                    text,
                }))
            };
            if let Some(other) = owner.get(g.graph.as_str()) {
                if other.source_path == w.source_path {
                    continue;
                }
                if same_content(&other.sha256, &w.sha256) {
                    return message(
                        Severity::Warning,
                        format!("the same content as {} (read in this run): skipped", other.shown),
                    );
                }
                return message(Severity::Error, format!("statement id `{id}` is already taken by {}; give this statement its own `id` in a record", other.shown));
            }
            if let Some((path, sha)) = store.provenance(&g.graph)? {
                if path.as_ref() != Some(&w.source_path) && !same_content(&sha, &w.sha256) {
                    let other = path.unwrap_or_else(|| "another source".into());
                    return message(Severity::Error, format!("statement id `{id}` is already taken by {other}; give this statement its own `id` in a record"));
                }
            }
        }
    }
    Ok(None)
}

/// A record whose `source.path` names another file replaces what that file contributed
/// (the way to correct an extraction by hand) only when its `source.sha256` is that of the
/// content the store read from it; otherwise it would silently delete another file's
/// statements. When it does replace them, it says so.
fn foreign_source(store: &Store, p: &Prepared) -> Result<Option<Message>, StoreError> {
    for w in p.writes.iter().filter(|w| w.source_path != p.shown) {
        let stored = store.graphs_of_source(&w.source_path)?;
        let replaced: Vec<&NamedNode> = stored
            .iter()
            .filter(|g| !w.graphs.iter().any(|n| n.graph == **g))
            .collect();
        if stored.is_empty() {
            continue;
        }
        let mut shas = BTreeSet::new();
        for g in &stored {
            shas.insert(store.provenance(g)?.and_then(|(_, sha)| sha));
        }
        let matches = w.sha256.is_some() && shas.len() == 1 && shas.contains(&w.sha256);
        let text = if matches && replaced.is_empty() {
            continue;
        } else if matches {
            return Ok(Some(Message {
                path: p.shown.clone(),
                line: None,
                severity: Severity::Info,
                text: format!(
                    "replaces the {} statements read from {} (`source.path`, same sha256)",
                    replaced.len(),
                    w.source_path
                ),
            }));
        } else {
            let stored_sha = shas
                .iter()
                .flatten()
                .next()
                .map_or("none recorded".to_owned(), |s| s.clone());
            format!(
                "`source.path` names {}, which the store holds as read from other content (sha256 {stored_sha}); a record replaces what its source contributed only when its `source.sha256` is that file's: give this record its own `source.path` (or none) so that it replaces nothing",
                w.source_path
            )
        };
        return Ok(Some(Message {
            path: p.shown.clone(),
            line: None,
            severity: Severity::Error,
            text,
        }));
    }
    Ok(None)
}

/// Distinct identities among what was stored.
#[derive(Default)]
struct Tally {
    parties: BTreeSet<String>,
    persons: BTreeSet<String>,
    countries: BTreeSet<String>,
}

impl Tally {
    fn count(&mut self, p: &Prepared, report: &mut Report) {
        report.files_stored += 1;
        report.quads_written += p.quads;
        for rec in &p.records {
            report.statements += 1;
            report.signatures += rec.signatories.len();
            for s in &rec.signatories {
                self.parties.extend(s.party_id.clone());
                self.countries.extend(s.country.clone());
                if let Some(person) = &s.person {
                    self.persons
                        .insert(format!("{}|{}", s.country.as_deref().unwrap_or(""), person));
                }
            }
            for d in &rec.diagnostics {
                report.messages.push(Message {
                    path: p.shown.clone(),
                    line: d.line,
                    severity: d.severity,
                    text: d.message.clone(),
                });
            }
            if rec.signatories.is_empty() {
                report.messages.push(Message {
                    path: p.shown.clone(),
                    line: None,
                    severity: Severity::Warning,
                    text: "no signatories found".into(),
                });
            }
        }
    }
}
