//! The store: the only module that names Oxigraph's `Store`. On disk (RocksDB) for users,
//! in memory for tests. Writes go in transactions, so a batch lands whole or not at all.

use crate::rdf::entities::{entity_links, linked_entities, QuadSource};
use crate::rdf::{cosig, string};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad, QuadRef, Term, Variable};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// The store's facts about itself (its base IRI) sit in the default graph, which queries
/// (over the union of named graphs) and exports leave out.
const META_NODE: &str = "urn:x-cosignet:store";
/// Quads per replacing transaction (whole files are never split).
const REPLACE_QUADS: usize = 20_000;

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
    /// The graphs it now contributes.
    pub graphs: Vec<GraphWrite>,
}

/// How entity descriptions are rebuilt after a write.
pub struct EntityRefresh<'a> {
    /// The graph holding them.
    pub graph: NamedNode,
    /// The description of one entity, read from the transaction's view of the store.
    #[allow(clippy::type_complexity)]
    pub describe:
        &'a dyn Fn(&dyn QuadSource<Error = StoreError>, &NamedNode) -> Result<Vec<Quad>, StoreError>,
}

/// Reads a transaction's view (its own writes included).
struct TxReader<'a, 'b> {
    t: &'a oxigraph::store::Transaction<'b>,
    path: &'a str,
}

impl QuadSource for TxReader<'_, '_> {
    type Error = StoreError;

    fn find(
        &self,
        s: Option<&NamedNode>,
        p: Option<&NamedNode>,
        o: Option<&Term>,
        g: Option<&NamedNode>,
    ) -> Result<Vec<Quad>, StoreError> {
        self.t
            .quads_for_pattern(
                s.map(|s| s.as_ref().into()),
                p.map(NamedNode::as_ref),
                o.map(Term::as_ref),
                g.map(|g| g.as_ref().into()),
            )
            .collect::<Result<_, _>>()
            .map_err(|source| StoreError::Storage {
                path: self.path.to_owned(),
                source,
            })
    }
}

/// A store of statements.
pub struct Store {
    inner: oxigraph::store::Store,
    path: String,
}

impl Store {
    /// Opens (creating if needed) the on-disk store in `dir`.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.display().to_string();
        let inner = oxigraph::store::Store::open(dir).map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self { inner, path })
    }

    /// Opens the on-disk store in `dir` for reading only (it must exist).
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.display().to_string();
        let inner = oxigraph::store::Store::open_read_only(dir).map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self { inner, path })
    }

    /// A fresh in-memory store.
    pub fn in_memory() -> Result<Self, StoreError> {
        let path = "(memory)".to_owned();
        let inner = oxigraph::store::Store::new().map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        Ok(Self { inner, path })
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

    /// Whether the store holds nothing.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.inner.is_empty().map_err(self.err())
    }

    /// The base IRI the store's data was minted under, if any data was written.
    pub fn base(&self) -> Result<Option<String>, StoreError> {
        let node = NamedNode::new_unchecked(META_NODE);
        for q in self.inner.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(cosig("base").as_ref()),
            None,
            Some(GraphNameRef::DefaultGraph),
        ) {
            if let Term::Literal(l) = q.map_err(self.err())?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }

    /// The source path recorded for a statement graph, if the graph exists.
    pub fn source_of(&self, graph: &NamedNode) -> Result<Option<String>, StoreError> {
        let g = GraphNameRef::NamedNode(graph.as_ref());
        for q in self
            .inner
            .quads_for_pattern(None, Some(cosig("path").as_ref()), None, Some(g))
        {
            if let Term::Literal(l) = q.map_err(self.err())?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
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

    /// Whether a file's graphs are stored exactly as given (same graphs, same quads), so that
    /// writing it again would change nothing.
    pub fn holds(&self, f: &FileWrite) -> Result<bool, StoreError> {
        let stored = self.graphs_of_source(&f.source_path)?;
        if stored.len() != f.graphs.len() || f.graphs.iter().any(|w| !stored.contains(&w.graph)) {
            return Ok(false);
        }
        for w in &f.graphs {
            let mut n = 0;
            let given: std::collections::HashSet<&Quad> = w.quads.iter().collect();
            for q in self
                .inner
                .quads_for_pattern(None, None, None, Some(w.graph.as_ref().into()))
            {
                n += 1;
                if !given.contains(&q.map_err(self.err())?) {
                    return Ok(false);
                }
            }
            if n != given.len() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Writes files and whole graphs: for each file, the graphs it contributed before are
    /// removed and its new graphs written; each `graphs` entry replaces that graph. Files
    /// new to the store are bulk loaded (all at once, or none); the rest follow in
    /// transactions of whole files. A file is never stored in part. Every entity linked from a removed or
    /// written graph is marked for [`Store::refresh_entities`]; the mark is written before
    /// the data, so an interrupted run leaves nothing unmarked.
    pub fn write(&self, base: &str, files: &[&FileWrite], graphs: &[GraphWrite]) -> Result<(), StoreError> {
        // Files that replace nothing (their source and statements are new to the store) go
        // in through the bulk loader, which writes sorted files and switches them in at once.
        let mut fresh: Vec<&FileWrite> = Vec::new();
        let mut replacing: Vec<&FileWrite> = Vec::new();
        for &f in files {
            let new_source = self.graphs_of_source(&f.source_path)?.is_empty();
            let mut new_graphs = true;
            for w in &f.graphs {
                new_graphs &= !self
                    .inner
                    .contains_named_graph(w.graph.as_ref())
                    .map_err(self.err())?;
            }
            if new_source && new_graphs {
                fresh.push(f);
            } else {
                replacing.push(f);
            }
        }
        if !fresh.is_empty() {
            let mut touched: BTreeSet<NamedNode> = BTreeSet::new();
            for w in fresh.iter().flat_map(|f| &f.graphs) {
                touched.extend(linked_entities(&w.quads));
            }
            let mut t = self.inner.start_transaction().map_err(self.err())?;
            for e in &touched {
                t.insert(Self::dirty_mark(e).as_ref());
            }
            t.commit().map_err(self.err())?;
            // One call: the loader writes its sorted files per call.
            let mut loader = self.inner.bulk_loader();
            let quads = fresh
                .iter()
                .flat_map(|f| &f.graphs)
                .flat_map(|w| w.quads.iter().cloned());
            loader.load_quads(quads).map_err(self.err())?;
            loader.commit().map_err(self.err())?;
        }
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        let me = NamedNode::new_unchecked(META_NODE);
        let old_base: Vec<Quad> = t
            .quads_for_pattern(
                Some(me.as_ref().into()),
                Some(cosig("base").as_ref()),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        for q in &old_base {
            t.remove(q);
        }
        t.insert(QuadRef::new(
            me.as_ref(),
            cosig("base").as_ref(),
            string(base).as_ref(),
            GraphNameRef::DefaultGraph,
        ));
        for w in graphs {
            t.remove_named_graph(w.graph.as_ref()).map_err(self.err())?;
            t.extend(&w.quads);
        }
        t.commit().map_err(self.err())?;
        // Replacements in transactions of whole files, about REPLACE_QUADS each: RocksDB's
        // indexed write batch slows down as it grows.
        let mut chunk: Vec<&FileWrite> = Vec::new();
        let mut size = 0;
        for f in replacing {
            size += f.graphs.iter().map(|w| w.quads.len()).sum::<usize>();
            chunk.push(f);
            if size >= REPLACE_QUADS {
                self.replace(&chunk)?;
                chunk.clear();
                size = 0;
            }
        }
        if !chunk.is_empty() {
            self.replace(&chunk)?;
        }
        Ok(())
    }

    /// Replaces what some files contributed, in one transaction.
    fn replace(&self, files: &[&FileWrite]) -> Result<(), StoreError> {
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

    /// Rebuilds, in one transaction, the description of every entity marked by
    /// [`Store::write`] (with `entities.describe`, into `entities.graph`), and clears the
    /// marks. Returns how many were rebuilt.
    pub fn refresh_entities(&self, entities: &EntityRefresh<'_>) -> Result<usize, StoreError> {
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
        if marks.is_empty() {
            return Ok(0);
        }
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        let eg = entities.graph.as_ref();
        for mark in &marks {
            let Term::NamedNode(e) = &mark.object else {
                continue;
            };
            let old: Vec<Quad> = t
                .quads_for_pattern(Some(e.as_ref().into()), None, None, Some(eg.into()))
                .collect::<Result<_, _>>()
                .map_err(self.err())?;
            for q in &old {
                t.remove(q);
            }
            let fresh = (entities.describe)(
                &TxReader {
                    t: &t,
                    path: &self.path,
                },
                e,
            )?;
            t.extend(&fresh);
            t.remove(mark);
        }
        t.commit().map_err(self.err())?;
        Ok(marks.len())
    }

    /// Runs a SPARQL query over the union of all graphs (the meta graph aside), with
    /// variables bound to terms before evaluation.
    pub fn query(
        &self,
        sparql: &str,
        bindings: Vec<(Variable, Term)>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
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

    /// Every quad of the named graphs (the store's own facts aside), in the store's order,
    /// which is deterministic for a given content.
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.inner
            .iter()
            .map(|q| q.map_err(self.err()))
            .filter(|q| !matches!(q, Ok(q) if q.graph_name.is_default_graph()))
    }

    /// Streams every quad of the named graphs through a serializer.
    pub fn dump(
        &self,
        serializer: RdfSerializer,
        writer: impl Write,
        as_triples: bool,
    ) -> Result<(), StoreError> {
        let mut w = serializer.for_writer(writer);
        for q in self.quads() {
            let q = q?;
            if as_triples {
                w.serialize_triple(q.as_ref())?;
            } else {
                w.serialize_quad(q.as_ref())?;
            }
        }
        w.finish()?;
        Ok(())
    }
}
