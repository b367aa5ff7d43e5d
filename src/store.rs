//! The store: the only module that names Oxigraph's `Store`. On disk (RocksDB) for users,
//! in memory for tests. Writes go in transactions, so a batch lands whole or not at all.

use crate::iri::Base;
use crate::rdf::cosigning::{CoSigningTally, STATEMENTS_QUERY};
use crate::rdf::entities::{entity_links, fact_query, linked_entities, FactRow, FACT_QUERIES};
use crate::rdf::{cosig, string};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad, QuadRef, Term, Variable};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::Transaction;
use std::collections::HashSet;
use std::path::Path;

/// The store's facts about itself (its base IRI) sit in the default graph, which queries
/// (over the union of named graphs) and exports leave out.
const META_NODE: &str = "urn:x-cosignet:store";
/// Quads per replacing transaction (whole files are never split).
pub const REPLACE_QUADS: usize = 20_000;
/// Memory the bulk loader may buffer, in megabytes.
const BULK_MEMORY_MB: usize = 512;
/// Up to this many entities, the fact queries are restricted to them.
const RESTRICT_ENTITIES: usize = 500;
/// Up to this many statements signed by the parties whose cosignings are rebuilt, those
/// statements are looked up one by one; beyond, every statement is read in one pass.
const RESTRICT_STATEMENTS: usize = 50_000;
/// The store's fact saying that its cosignings graph is complete (stores written before
/// that graph existed lack it, and get the graph whole at their next write).
const COSIGNINGS_FIELD: &str = "cosignings";
/// The store's fact counting the quads written since it was last compacted.
const PENDING_FIELD: &str = "quadsSinceCompaction";

/// When a write compacts the store (RocksDB's compaction of every index into sorted,
/// non-overlapping files: reads after it seek in one file per level instead of every file
/// a bulk load left).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compaction {
    /// Once the quads written since the last compaction reach a tenth of the store.
    #[default]
    Auto,
    /// After every write.
    Always,
    /// Never (a later write, or `Always`, catches up).
    Never,
}

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, read or written.
    #[error("store {path}: {source}")]
    Storage {
        /// Where the store is.
        path: String,
        /// What RocksDB or Oxigraph said.
        source: oxigraph::store::StorageError,
    },
    /// A query failed to parse or evaluate.
    #[error("{0}")]
    Query(String),
    /// Writing an export failed.
    #[error("writing failed: {0}")]
    Io(#[from] std::io::Error),
}

/// One named graph to write, replacing what the graph held.
#[derive(Debug, Clone)]
pub struct GraphWrite {
    /// The graph's name.
    pub graph: NamedNode,
    /// Its new content (every quad in `graph`).
    pub quads: Vec<Quad>,
}

/// Everything one source file contributes: writing it removes the graphs the file
/// contributed before.
#[derive(Debug, Clone)]
pub struct FileWrite {
    /// The file's path as recorded in its statements' provenance.
    pub source_path: String,
    /// The SHA-256 of the file's bytes as recorded in its statements' provenance: the same
    /// content reached by another path is the same source.
    pub sha256: Option<String>,
    /// The graphs it now contributes.
    pub graphs: Vec<GraphWrite>,
}

/// How entity descriptions and the cosignings graph are rebuilt after a write.
pub struct EntityRefresh<'a> {
    /// The graph holding the descriptions.
    pub graph: NamedNode,
    /// The descriptions of some entities from the rows of the fact queries.
    #[allow(clippy::type_complexity)]
    pub describe: &'a dyn Fn(&[FactRow], &[NamedNode]) -> Vec<Quad>,
    /// The base the store's IRIs are minted under (for the IRIs of pairs of parties).
    pub base: &'a Base,
}

/// What an ingest into an empty store tallied from the quads it wrote: every signature
/// and every statement of the store.
pub struct Tallied {
    /// The rows the fact queries would give.
    pub facts: Vec<FactRow>,
    /// The statements with their dates and parties.
    pub cosignings: CoSigningTally,
}

/// A store of statements (cloning it is cheap: the clones share the database).
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    path: String,
    /// A file kept open (with the lock taken on it) as long as the store is.
    kept: Option<std::sync::Arc<std::fs::File>>,
}

impl Store {
    /// Opens (creating if needed) the on-disk store in `dir`.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.display().to_string();
        let inner = oxigraph::store::Store::open(dir).map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self::wrap(inner, path))
    }

    /// Opens the on-disk store in `dir` for reading only (it must exist).
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.display().to_string();
        let inner = oxigraph::store::Store::open_read_only(dir).map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self::wrap(inner, path))
    }

    /// A store of `inner`, shown as `path` in messages.
    fn wrap(inner: oxigraph::store::Store, path: String) -> Self {
        Self {
            inner,
            path,
            kept: None,
        }
    }

    /// The same store, keeping `file` (and the lock taken on it), if any, open as long as it
    /// lives.
    pub fn keeping(mut self, file: Option<std::sync::Arc<std::fs::File>>) -> Self {
        self.kept = file;
        self
    }

    /// Writes what the last writes left in memory to the store's files, so that the next
    /// opening reads them as they are instead of replaying the write-ahead log (after a large
    /// ingest, replaying it is most of the time a short query takes).
    pub fn flush(&self) -> Result<(), StoreError> {
        self.inner.flush().map_err(|source| StoreError::Storage {
            path: self.path.clone(),
            source,
        })
    }

    /// A fresh in-memory store.
    pub fn in_memory() -> Result<Self, StoreError> {
        let path = "(memory)".to_owned();
        let inner = oxigraph::store::Store::new().map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self::wrap(inner, path))
    }

    fn err(&self) -> impl Fn(oxigraph::store::StorageError) -> StoreError + '_ {
        move |source| StoreError::Storage {
            path: self.path.clone(),
            source,
        }
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.inner.len().map_err(self.err())
    }

    /// How many quads the named graphs hold: what the exports write, the store's own facts
    /// (in the default graph) aside. Counted from the store's keys, nothing spelled out.
    pub fn published_len(&self) -> Result<usize, StoreError> {
        let own = self
            .inner
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .count();
        Ok(self.len()?.saturating_sub(own))
    }

    /// Whether the store holds nothing.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.inner.is_empty().map_err(self.err())
    }

    /// The base IRI the store's data was minted under, if any data was written.
    pub fn base(&self) -> Result<Option<String>, StoreError> {
        self.meta("base")
    }

    /// Whether the store's cosignings graph is complete (a store written before it existed
    /// gets it at its next write).
    pub fn has_cosignings(&self) -> Result<bool, StoreError> {
        Ok(self.meta(COSIGNINGS_FIELD)?.is_some())
    }

    /// Whether a statement is too large for its pairs to be kept (`cosig:unpaired`).
    pub fn has_unpaired(&self) -> Result<bool, StoreError> {
        Ok(self
            .matching(None, Some(&cosig("unpaired")), None, None)
            .next()
            .transpose()?
            .is_some())
    }

    /// The value of one of the store's facts about itself.
    fn meta(&self, field: &str) -> Result<Option<String>, StoreError> {
        let node = NamedNode::new_unchecked(META_NODE);
        for q in self.inner.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(cosig(field).as_ref()),
            None,
            Some(GraphNameRef::DefaultGraph),
        ) {
            if let Term::Literal(l) = q.map_err(self.err())?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }

    /// Sets one of the store's facts about itself in `t`, replacing its old value.
    fn set_meta(&self, t: &mut Transaction<'_>, field: &str, value: &str) -> Result<(), StoreError> {
        let me = NamedNode::new_unchecked(META_NODE);
        let old: Vec<Quad> = t
            .quads_for_pattern(
                Some(me.as_ref().into()),
                Some(cosig(field).as_ref()),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        for q in &old {
            t.remove(q);
        }
        t.insert(QuadRef::new(
            me.as_ref(),
            cosig(field).as_ref(),
            string(value).as_ref(),
            GraphNameRef::DefaultGraph,
        ));
        Ok(())
    }

    /// Counts `written` quads towards the next compaction and compacts the store when
    /// `when` asks for it. [`Compaction::Auto`] compacts once the quads written since the last
    /// compaction reach a tenth of the store (`store_quads`): a first large ingest is
    /// compacted at once, small additions to a large store wait until they add up, so the
    /// cost of compacting (rewriting the store) stays in proportion to what was written.
    /// `starting` is called when a compaction is due and says whether it may begin (false
    /// postpones it to a later write). Returns whether it compacted.
    pub fn settle(
        &self,
        written: usize,
        store_quads: usize,
        when: Compaction,
        starting: impl FnOnce() -> bool,
    ) -> Result<bool, StoreError> {
        if written == 0 && when != Compaction::Always {
            return Ok(false);
        }
        let pending = self
            .meta(PENDING_FIELD)?
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0)
            .saturating_add(written);
        let due = match when {
            Compaction::Always => true,
            Compaction::Never => false,
            Compaction::Auto => pending.saturating_mul(10) >= store_quads,
        };
        let compact = due && starting();
        if compact {
            self.inner.optimize().map_err(self.err())?;
        }
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        self.set_meta(
            &mut t,
            PENDING_FIELD,
            &if compact { 0 } else { pending }.to_string(),
        )?;
        t.commit().map_err(self.err())?;
        Ok(compact)
    }

    /// The source path and SHA-256 recorded for a statement graph, if the graph exists.
    #[allow(clippy::type_complexity)]
    pub fn provenance(
        &self,
        graph: &NamedNode,
    ) -> Result<Option<(Option<String>, Option<String>)>, StoreError> {
        let g = GraphNameRef::NamedNode(graph.as_ref());
        let mut found = None;
        for (field, slot) in [("path", 0), ("sha256", 1)] {
            for q in self
                .inner
                .quads_for_pattern(None, Some(cosig(field).as_ref()), None, Some(g))
            {
                if let Term::Literal(l) = q.map_err(self.err())?.object {
                    let entry = found.get_or_insert((None, None));
                    let value = Some(l.value().to_owned());
                    if slot == 0 {
                        entry.0 = value;
                    } else {
                        entry.1 = value;
                    }
                    break;
                }
            }
        }
        Ok(found)
    }

    /// The graphs a source file contributed.
    pub fn graphs_of_source(&self, path: &str) -> Result<Vec<NamedNode>, StoreError> {
        let lit = string(path);
        let mut out = Vec::new();
        for q in self.inner.quads_for_pattern(
            None,
            Some(cosig("path").as_ref()),
            Some(lit.as_ref().into()),
            None,
        ) {
            if let GraphName::NamedNode(g) = q.map_err(self.err())?.graph_name {
                if !out.contains(&g) {
                    out.push(g);
                }
            }
        }
        Ok(out)
    }

    /// Whether a file's graphs are stored exactly as given, the recorded path aside, so
    /// that writing it again would change nothing: the same content reached by another path
    /// (another working directory, a renamed or linked folder) is stored as it was first
    /// read. (A path relative to an ingested root would not do: two archives laid out alike
    /// would replace each other's files, and a subfolder or single file ingested on its own
    /// would get other paths. The SHA-256, recorded anyway, belongs to the content alone.)
    pub fn holds(&self, f: &FileWrite) -> Result<bool, StoreError> {
        let stored = self.graphs_of_source(&f.source_path)?;
        if stored.iter().any(|g| !f.graphs.iter().any(|w| w.graph == *g)) {
            return Ok(false);
        }
        let path = cosig("path");
        for w in &f.graphs {
            let mut n = 0;
            let given: std::collections::HashSet<&Quad> =
                w.quads.iter().filter(|q| q.predicate != path).collect();
            for q in self
                .inner
                .quads_for_pattern(None, None, None, Some(w.graph.as_ref().into()))
            {
                let q = q.map_err(self.err())?;
                if q.predicate == path {
                    continue;
                }
                n += 1;
                if !given.contains(&q) {
                    return Ok(false);
                }
            }
            if n != given.len() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether a file is new to the store: its source contributed nothing and none of its
    /// statement graphs exist.
    pub fn is_new(&self, f: &FileWrite) -> Result<bool, StoreError> {
        if !self.graphs_of_source(&f.source_path)?.is_empty() {
            return Ok(false);
        }
        for w in &f.graphs {
            if self
                .inner
                .contains_named_graph(w.graph.as_ref())
                .map_err(self.err())?
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Loads the quads of files new to the store through the bulk loader, which writes
    /// sorted files and switches them in at once: all of them, or none. Before that switch,
    /// the entities they link to (`touched`, asked once the quads are consumed) are marked
    /// for [`Store::refresh_entities`], so an interrupted run leaves nothing unmarked.
    pub fn bulk_load(
        &self,
        quads: impl Iterator<Item = Quad>,
        touched: impl FnOnce() -> Vec<NamedNode>,
    ) -> Result<(), StoreError> {
        // A bounded buffer: the default (2 GB a thread) is more than a shared machine spares.
        let mut loader = self
            .inner
            .bulk_loader()
            .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
        loader.load_quads(quads).map_err(self.err())?;
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        for e in touched() {
            t.insert(Self::dirty_mark(&e).as_ref());
        }
        t.commit().map_err(self.err())?;
        loader.commit().map_err(self.err())
    }

    /// Replaces whole graphs (reference data, ontology) and records the base IRI, in one
    /// transaction.
    pub fn write_graphs(&self, base: &str, graphs: &[GraphWrite]) -> Result<(), StoreError> {
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        self.set_meta(&mut t, "base", base)?;
        for w in graphs {
            t.remove_named_graph(w.graph.as_ref()).map_err(self.err())?;
            t.extend(&w.quads);
        }
        t.commit().map_err(self.err())
    }

    /// Replaces what files contributed before with their new graphs, in transactions of
    /// whole files of about [`REPLACE_QUADS`] quads (RocksDB's indexed write batch slows
    /// down as it grows). A file is never stored in part. The entities linked from removed
    /// and written graphs are marked for [`Store::refresh_entities`].
    pub fn replace(&self, files: &[&FileWrite]) -> Result<(), StoreError> {
        let mut chunk: Vec<&FileWrite> = Vec::new();
        let mut size = 0;
        for &f in files {
            size += f.graphs.iter().map(|w| w.quads.len()).sum::<usize>();
            chunk.push(f);
            if size >= REPLACE_QUADS {
                self.replace_chunk(&chunk)?;
                chunk.clear();
                size = 0;
            }
        }
        if chunk.is_empty() {
            Ok(())
        } else {
            self.replace_chunk(&chunk)
        }
    }

    fn replace_chunk(&self, files: &[&FileWrite]) -> Result<(), StoreError> {
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        let links = entity_links();
        for f in files {
            let old = self.graphs_of_source(&f.source_path)?;
            for g in old.iter().chain(f.graphs.iter().map(|w| &w.graph)) {
                let mut linked = Vec::new();
                for link in &links {
                    for q in t.quads_for_pattern(None, Some(link.as_ref()), None, Some(g.as_ref().into())) {
                        if let Term::NamedNode(n) = q.map_err(self.err())?.object {
                            linked.push(n);
                        }
                    }
                }
                for n in &linked {
                    t.insert(Self::dirty_mark(n).as_ref());
                }
                t.remove_named_graph(g.as_ref()).map_err(self.err())?;
            }
            for w in &f.graphs {
                for e in linked_entities(&w.quads) {
                    t.insert(Self::dirty_mark(&e).as_ref());
                }
                t.extend(&w.quads);
            }
        }
        t.commit().map_err(self.err())
    }

    /// The mark that an entity's description must be rebuilt.
    fn dirty_mark(entity: &NamedNode) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(META_NODE),
            cosig("dirty"),
            entity.clone(),
            GraphName::DefaultGraph,
        )
    }

    /// Rebuilds the description of every entity marked for it (from the fact queries, with
    /// `entities.describe`, into `entities.graph`) and the cosignings of every marked party,
    /// writing only what changed, and clears the marks in the same transaction as the last
    /// write (many new quads go first through the bulk loader). Returns how many quads it
    /// wrote or removed.
    pub fn refresh_entities(&self, entities: &EntityRefresh<'_>) -> Result<usize, StoreError> {
        self.refresh(entities, None)
    }

    /// [`Store::refresh_entities`] from what the caller tallied instead of reading the
    /// store: it must cover every signature and statement in the store (an ingest into an
    /// empty store has them all at hand).
    pub fn refresh_entities_from(
        &self,
        entities: &EntityRefresh<'_>,
        tallied: Tallied,
    ) -> Result<usize, StoreError> {
        self.refresh(entities, Some(tallied))
    }

    fn refresh(&self, entities: &EntityRefresh<'_>, tallied: Option<Tallied>) -> Result<usize, StoreError> {
        // A store written before the cosignings graph existed gets it whole, once.
        let complete = self.has_cosignings()?;
        let me = NamedNode::new_unchecked(META_NODE);
        let marks: Vec<Quad> = self
            .inner
            .quads_for_pattern(
                Some(me.as_ref().into()),
                Some(cosig("dirty").as_ref()),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        if marks.is_empty() && complete {
            return Ok(0);
        }
        let dirty: Vec<NamedNode> = marks
            .iter()
            .filter_map(|m| match &m.object {
                Term::NamedNode(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        let (rows, statements) = match tallied {
            Some(t) => (t.facts, t.cosignings),
            None => (
                self.fact_rows(&dirty)?,
                self.cosigning_statements(complete.then_some(&dirty))?,
            ),
        };
        let fresh = (entities.describe)(&rows, &dirty);
        let cg = NamedNode::new_unchecked(entities.base.cosignings_graph());
        // Every party whose pairs are rebuilt: the marked ones, or all of them at once.
        let mut rebuilt = dirty.clone();
        if !complete {
            rebuilt.extend(statements.parties().map(NamedNode::new_unchecked));
        }
        let pairs = statements.describe(&rebuilt, entities.base, &cg);
        // What the rebuilt entities and parties had: only what changed is written (a
        // small statement changes a few counts of parties that have hundreds of pairs).
        let mut old: HashSet<Quad> = HashSet::new();
        let g = GraphNameRef::NamedNode(cg.as_ref());
        if complete {
            self.cosignings_of(&dirty, g, &mut old)?;
        } else {
            for q in self.inner.quads_for_pattern(None, None, None, Some(g)) {
                old.insert(q.map_err(self.err())?);
            }
        }
        let eg = entities.graph.as_ref();
        for e in &dirty {
            for q in self
                .inner
                .quads_for_pattern(Some(e.as_ref().into()), None, None, Some(eg.into()))
            {
                old.insert(q.map_err(self.err())?);
            }
        }
        let new: HashSet<&Quad> = fresh.iter().chain(&pairs).collect();
        let added: Vec<&Quad> = new.iter().copied().filter(|q| !old.contains(*q)).collect();
        let removed: Vec<&Quad> = old.iter().filter(|q| !new.contains(q)).collect();
        // Many new quads (a first ingest, a store getting its cosignings graph) go through
        // the bulk loader: RocksDB's indexed write batch slows down as it grows. Until the
        // transaction below clears the marks, an interrupted run redoes the rebuild.
        let bulk = added.len() > REPLACE_QUADS;
        if bulk {
            let mut loader = self
                .inner
                .bulk_loader()
                .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
            loader
                .load_quads(added.iter().map(|q| (*q).clone()))
                .map_err(self.err())?;
            loader.commit().map_err(self.err())?;
        }
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        for q in &removed {
            t.remove(*q);
        }
        if !bulk {
            for q in &added {
                t.insert(q.as_ref());
            }
        }
        if !complete {
            self.set_meta(&mut t, COSIGNINGS_FIELD, "1")?;
        }
        for mark in &marks {
            t.remove(mark);
        }
        t.commit().map_err(self.err())?;
        Ok(added.len() + removed.len())
    }

    /// Adds to `out` what the cosignings graph `g` says of `parties`: their statement
    /// counts and every pair with one of them.
    fn cosignings_of(
        &self,
        parties: &[NamedNode],
        g: GraphNameRef<'_>,
        out: &mut HashSet<Quad>,
    ) -> Result<(), StoreError> {
        let between = cosig("between");
        for party in parties {
            for q in self
                .inner
                .quads_for_pattern(Some(party.as_ref().into()), None, None, Some(g))
            {
                out.insert(q.map_err(self.err())?);
            }
            let pairs: Vec<Quad> = self
                .inner
                .quads_for_pattern(None, Some(between.as_ref()), Some(party.as_ref().into()), Some(g))
                .collect::<Result<_, _>>()
                .map_err(self.err())?;
            for pair in pairs {
                for q in self
                    .inner
                    .quads_for_pattern(Some(pair.subject.as_ref()), None, None, Some(g))
                {
                    out.insert(q.map_err(self.err())?);
                }
            }
        }
        Ok(())
    }

    /// The statements the cosignings of `parties` are counted from: every statement one
    /// of them signed, or every statement in the store (`None`, or when they signed more
    /// than [`RESTRICT_STATEMENTS`]).
    fn cosigning_statements(&self, parties: Option<&[NamedNode]>) -> Result<CoSigningTally, StoreError> {
        let mut tally = CoSigningTally::default();
        let signed_by = cosig("signedBy");
        if let Some(parties) = parties {
            let mut statements = HashSet::new();
            for party in parties {
                let term: Term = party.clone().into();
                for q in self.matching(None, Some(&signed_by), Some(&term), None) {
                    statements.insert(q?.subject);
                    if statements.len() > RESTRICT_STATEMENTS {
                        break;
                    }
                }
            }
            if statements.len() <= RESTRICT_STATEMENTS {
                let date = crate::rdf::iri(crate::rdf::vocab::DCTERMS, "date");
                for s in statements {
                    let oxigraph::model::NamedOrBlankNode::NamedNode(s) = s else {
                        continue;
                    };
                    let mut signers = Vec::new();
                    for q in self.matching(Some(&s), Some(&signed_by), None, Some(&s)) {
                        if let Term::NamedNode(p) = q?.object {
                            signers.push(p);
                        }
                    }
                    let mut day = None;
                    if let Some(q) = self.matching(Some(&s), Some(&date), None, Some(&s)).next() {
                        if let Term::Literal(l) = q?.object {
                            day = Some(l.value().to_owned());
                        }
                    }
                    tally.add(s.as_str(), day.as_deref(), signers.iter().map(NamedNode::as_str));
                }
                return Ok(tally);
            }
        }
        if let QueryResults::Solutions(solutions) = self.query(STATEMENTS_QUERY, vec![])? {
            for s in solutions {
                let s = s.map_err(|e| StoreError::Query(e.to_string()))?;
                let text = |v: &str| term_text(s.get(v));
                if let (Some(statement), Some(parties)) = (text("s"), text("ps")) {
                    tally.add(
                        &statement,
                        text("date").as_deref(),
                        parties.split(' ').filter(|p| !p.is_empty()),
                    );
                }
            }
        }
        Ok(tally)
    }

    /// The rows of the fact queries about `dirty` entities.
    fn fact_rows(&self, dirty: &[NamedNode]) -> Result<Vec<FactRow>, StoreError> {
        // Few entities: restrict the queries to them; many: one pass over all signatures.
        let only = (dirty.len() <= RESTRICT_ENTITIES).then_some(dirty);
        let mut rows = Vec::new();
        for (fact, text) in FACT_QUERIES {
            if let QueryResults::Solutions(solutions) = self.query(&fact_query(text, only), vec![])? {
                for s in solutions {
                    let s = s.map_err(|e| StoreError::Query(e.to_string()))?;
                    let text_of = |v: &str| term_text(s.get(v));
                    if let (Some(entity), Some(value)) = (text_of("e"), text_of("v")) {
                        let count = text_of("n").and_then(|n| n.parse().ok()).unwrap_or(1);
                        rows.push(FactRow {
                            fact,
                            entity,
                            value,
                            count,
                        });
                    }
                }
            }
        }
        Ok(rows)
    }

    /// Runs a SPARQL query over the union of all graphs (the meta graph aside), with
    /// variables bound to terms before evaluation.
    pub fn query(
        &self,
        sparql: &str,
        bindings: Vec<(Variable, Term)>,
    ) -> Result<QueryResults<'static>, StoreError> {
        self.query_until(sparql, bindings, CancellationToken::new())
    }

    /// [`Store::query`], stopped (with `QueryEvaluationError::Cancelled` from the results)
    /// as soon as `cancel` is cancelled: Oxigraph checks it at every read from the store.
    pub fn query_until(
        &self,
        sparql: &str,
        bindings: Vec<(Variable, Term)>,
        cancel: CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .with_cancellation_token(cancel)
            .parse_query(sparql)
            .map_err(|e| StoreError::Query(format!("query does not parse: {e}")))?;
        // The union of the named graphs; the store's own facts sit in the default graph,
        // which the union leaves out. (A list of thousands of graphs would be scanned one
        // graph at a time.)
        prepared.dataset_mut().set_default_graph_as_union();
        let mut bound = prepared.on_store(&self.inner);
        for (var, term) in bindings {
            bound = bound.substitute_variable(var, term);
        }
        bound
            .execute()
            .map_err(|e| StoreError::Query(format!("query failed: {e}")))
    }

    /// The quads of the named graphs (the store's own facts aside) that match a pattern: a
    /// subject, predicate, object and graph, each given or any.
    pub fn matching(
        &self,
        subject: Option<&NamedNode>,
        predicate: Option<&NamedNode>,
        object: Option<&Term>,
        graph: Option<&NamedNode>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.inner
            .quads_for_pattern(
                subject.map(|s| s.as_ref().into()),
                predicate.map(NamedNode::as_ref),
                object.map(Term::as_ref),
                graph.map(|g| g.as_ref().into()),
            )
            .map(|q| q.map_err(self.err()))
            .filter(|q| !matches!(q, Ok(q) if q.graph_name.is_default_graph()))
    }

    /// The names of the named graphs, in the store's order.
    pub fn named_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.inner.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g.map_err(self.err())? {
                out.push(n);
            }
        }
        Ok(out)
    }

    /// Every quad of the named graphs (the store's own facts aside), in the store's order,
    /// which is deterministic for a given content.
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.inner
            .iter()
            .map(|q| q.map_err(self.err()))
            .filter(|q| !matches!(q, Ok(q) if q.graph_name.is_default_graph()))
    }
}

/// A solution's IRI or literal as text.
fn term_text(t: Option<&Term>) -> Option<String> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        _ => None,
    }
}
