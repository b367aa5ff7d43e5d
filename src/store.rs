//! The store: the only module that names Oxigraph's `Store`. On disk (RocksDB) for users,
//! in memory for tests. Writes go in transactions, so a batch lands whole or not at all.

use crate::rdf::entities::{entity_links, linked_entities, QuadSource};
use crate::rdf::{cosig, string};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, QuadRef, Term, Variable};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// Graph holding facts about the store itself (its base IRI); never exported.
pub const META_GRAPH: &str = "urn:x-cosignet:meta";
const META_NODE: &str = "urn:x-cosignet:store";

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
        let meta = NamedNode::new_unchecked(META_GRAPH);
        let node = NamedNode::new_unchecked(META_NODE);
        for q in self.inner.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(cosig("base").as_ref()),
            None,
            Some(meta.as_ref().into()),
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

    /// Writes files and whole graphs in one transaction: for each file, the graphs it
    /// contributed before are removed and its new graphs written; each `graphs` entry
    /// replaces that graph. Then every entity linked from a removed or written graph gets
    /// its description in `entities.graph` rebuilt by `entities.describe`. Nothing is
    /// written if anything fails.
    pub fn write(
        &self,
        base: &str,
        files: &[FileWrite],
        graphs: &[GraphWrite],
        entities: &EntityRefresh<'_>,
    ) -> Result<(), StoreError> {
        let mut t = self.inner.start_transaction().map_err(self.err())?;
        let meta = NamedNode::new_unchecked(META_GRAPH);
        t.clear_graph(meta.as_ref()).map_err(self.err())?;
        t.insert(QuadRef::new(
            NamedNode::new_unchecked(META_NODE).as_ref(),
            cosig("base").as_ref(),
            string(base).as_ref(),
            meta.as_ref(),
        ));
        let mut touched: BTreeSet<NamedNode> = BTreeSet::new();
        let links = entity_links();
        for f in files {
            let old = self.graphs_of_source(&f.source_path)?;
            for g in old.iter().chain(f.graphs.iter().map(|w| &w.graph)) {
                for link in &links {
                    for q in t.quads_for_pattern(None, Some(link.as_ref()), None, Some(g.as_ref().into())) {
                        if let Term::NamedNode(n) = q.map_err(self.err())?.object {
                            touched.insert(n);
                        }
                    }
                }
                t.remove_named_graph(g.as_ref()).map_err(self.err())?;
            }
            for w in &f.graphs {
                touched.extend(linked_entities(&w.quads));
                t.extend(&w.quads);
            }
        }
        for w in graphs {
            t.remove_named_graph(w.graph.as_ref()).map_err(self.err())?;
            t.extend(&w.quads);
        }
        let eg = entities.graph.as_ref();
        for e in &touched {
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
        }
        t.commit().map_err(self.err())
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
        let graphs: Vec<NamedOrBlankNode> = self
            .inner
            .named_graphs()
            .filter_map(Result::ok)
            .filter(|g| !matches!(g, NamedOrBlankNode::NamedNode(n) if n.as_str() == META_GRAPH))
            .collect();
        prepared
            .dataset_mut()
            .set_default_graph(graphs.into_iter().map(Into::into).collect());
        let mut bound = prepared.on_store(&self.inner);
        for (var, term) in bindings {
            bound = bound.substitute_variable(var, term);
        }
        bound
            .execute()
            .map_err(|e| StoreError::Query(format!("query failed: {e}")))
    }

    /// Every quad (meta graph aside), in the store's order, which is deterministic for a
    /// given content.
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.inner.iter().map(|q| q.map_err(self.err())).filter(|q| {
            !matches!(q, Ok(q) if matches!(&q.graph_name, GraphName::NamedNode(n) if n.as_str() == META_GRAPH))
        })
    }

    /// Streams every quad (meta graph aside) through a serializer.
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

    /// Flushes and compacts the on-disk store.
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.inner.optimize().map_err(self.err())
    }
}
