//! Exporting the store: sorted Turtle and TriG grouped by subject with only the prefixes
//! used declared (`turtle`, our own writer); JSON-LD compacted against cosignet's context
//! ([`crate::jsonld`], our own writer too); N-Quads graph by graph on every core (`nquads`);
//! N-Triples and RDF/XML through Oxigraph's serializers. Every format is deterministic for a
//! given store, and the sorted formats keep memory bounded whatever the store's size: they
//! go through an external merge sort (`sort`) of keys that read back as triples (`key`), in
//! the order Turtle groups them.

mod key;
mod nquads;
mod sort;
mod turtle;

use crate::progress::Progress;
use crate::rdf::vocab::PREFIXES;
use crate::store::{Store, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use turtle::{write_prefixes, Blanks};

/// Memory the external sort of an export may fill before it spills a run to disk.
const SORT_BUDGET: usize = 256 << 20;

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Turtle: the union of all graphs, pretty and sorted.
    Turtle,
    /// TriG: every named graph, pretty and sorted.
    Trig,
    /// N-Quads: every named graph, one quad per line.
    Nquads,
    /// N-Triples: the union of all graphs, sorted, one triple per line.
    Ntriples,
    /// JSON-LD: every named graph, compacted against cosignet's context (inline).
    Jsonld,
    /// RDF/XML: the union of all graphs.
    Rdfxml,
}

/// What went wrong while exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing failed.
    #[error("writing the export failed: {0}")]
    Io(#[from] std::io::Error),
}

/// The vocabulary prefixes used by some IRI of the triples noted (datatypes included,
/// `xsd:string` aside since it is never written).
#[derive(Default)]
struct UsedPrefixes(BTreeSet<(&'static str, &'static str)>);

impl UsedPrefixes {
    fn note_iri(&mut self, iri: &str) {
        if iri == "http://www.w3.org/2001/XMLSchema#string" {
            return;
        }
        for (p, ns) in PREFIXES {
            if iri.starts_with(ns) {
                self.0.insert((*p, *ns));
            }
        }
    }

    fn note(&mut self, subject: &NamedOrBlankNode, predicate: &NamedNode, object: &Term) {
        if let NamedOrBlankNode::NamedNode(n) = subject {
            self.note_iri(n.as_str());
        }
        self.note_iri(predicate.as_str());
        match object {
            Term::NamedNode(n) => self.note_iri(n.as_str()),
            Term::Literal(l) if l.language().is_none() => self.note_iri(l.datatype().as_str()),
            _ => {}
        }
    }

    fn into_vec(self) -> Vec<(&'static str, &'static str)> {
        self.0.into_iter().collect()
    }
}

/// An Oxigraph serializer that writes IRIs with these prefixes.
fn with_prefixes(
    mut ser: RdfSerializer,
    prefixes: Vec<(&'static str, &'static str)>,
) -> Result<RdfSerializer, std::io::Error> {
    for (p, ns) in prefixes {
        ser = ser
            .with_prefix(p, ns)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
    }
    Ok(ser)
}

/// The store's quads, counted into `progress` as they are read.
fn read_quads<'a>(
    store: &'a Store,
    progress: &'a dyn Progress,
) -> impl Iterator<Item = Result<Quad, StoreError>> + 'a {
    progress.phase("reading the store", None);
    store.quads().inspect(|_| progress.advance(1))
}

/// What one pass over the store gathers for a sorted export: every triple's key (graph
/// first when `by_graph`) in the external sort, the prefixes used, and the triples that touch
/// blank nodes, by graph (nesting needs them; the graph is the default one for the union).
struct Gathered {
    sorted: sort::Sorted,
    prefixes: Vec<(&'static str, &'static str)>,
    blanks: BTreeMap<String, Vec<Triple>>,
}

fn gather(store: &Store, by_graph: bool, progress: &dyn Progress) -> Result<Gathered, ExportError> {
    let mut sorter = sort::Sorter::new(SORT_BUDGET);
    let mut prefixes = UsedPrefixes::default();
    let mut blanks: BTreeMap<String, Vec<Triple>> = BTreeMap::new();
    let mut key = Vec::new();
    for q in read_quads(store, progress) {
        let q = q?;
        prefixes.note(&q.subject, &q.predicate, &q.object);
        key.clear();
        let graph = if by_graph {
            q.graph_name
        } else {
            GraphName::DefaultGraph
        };
        if by_graph {
            key::push_graph(&mut key, &graph);
        }
        let t = Triple::new(q.subject, q.predicate, q.object);
        key::push_triple(&mut key, t.as_ref());
        sorter.push(&key)?;
        if turtle::touches_blank(&t) {
            blanks.entry(graph_key(&graph)).or_default().push(t);
        }
    }
    progress.phase("writing", None);
    Ok(Gathered {
        sorted: sorter.finish()?,
        prefixes: prefixes.into_vec(),
        blanks,
    })
}

/// A graph as the sort keys and TriG order it.
fn graph_key(g: &GraphName) -> String {
    match g {
        GraphName::DefaultGraph => String::new(),
        g => g.to_string(),
    }
}

/// The sorted triples, each once, read back from their keys (after the graph when
/// `by_graph`).
fn triples(
    sorted: sort::Sorted,
    by_graph: bool,
) -> impl Iterator<Item = std::io::Result<(GraphName, Triple)>> {
    sorted.map(move |k| {
        let k = k?;
        let mut r = key::Reader::new(&k);
        let graph = if by_graph {
            r.graph()?
        } else {
            GraphName::DefaultGraph
        };
        Ok((graph, r.triple()?))
    })
}

/// Writes sorted triples of one graph or more as Turtle, one subject at a time; a graph
/// other than the default one as a TriG block.
fn write_sorted(out: &mut impl Write, g: Gathered, by_graph: bool) -> Result<(), ExportError> {
    let prefixes = &g.prefixes;
    write_prefixes(out, prefixes)?;
    let mut blanks_by_graph = g.blanks;
    let mut graph: Option<GraphName> = None;
    let mut blanks = Blanks::default();
    let mut subject: Vec<Triple> = Vec::new();
    let pad = |g: &GraphName| if g.is_default_graph() { "" } else { "    " };
    let close = |out: &mut dyn Write, g: &Option<GraphName>| -> std::io::Result<()> {
        match g {
            Some(g) if !g.is_default_graph() => writeln!(out, "}}\n"),
            _ => Ok(()),
        }
    };
    for item in triples(g.sorted, by_graph) {
        let (name, t) = item?;
        let same_graph = graph.as_ref() == Some(&name);
        if !subject.is_empty() && (!same_graph || subject[0].subject != t.subject) {
            let current = graph.as_ref().expect("set with the first triple");
            turtle::write_subject(out, &subject, &blanks, prefixes, pad(current))?;
            subject.clear();
        }
        if !same_graph {
            close(out, &graph)?;
            blanks = Blanks::new(blanks_by_graph.remove(&graph_key(&name)).unwrap_or_default());
            match &name {
                GraphName::DefaultGraph => {}
                GraphName::NamedNode(n) => writeln!(out, "{} {{\n", turtle::iri(n.as_str(), prefixes))?,
                GraphName::BlankNode(b) => writeln!(out, "_:{} {{\n", b.as_str())?,
            }
            graph = Some(name);
        }
        subject.push(t);
    }
    if let Some(current) = &graph {
        turtle::write_subject(out, &subject, &blanks, prefixes, pad(current))?;
    }
    close(out, &graph)?;
    Ok(())
}

/// A Turtle document of some triples (one entity's description in the site): sorted,
/// grouped by subject, only the prefixes it uses declared.
pub fn turtle_document(mut triples: Vec<Triple>, out: &mut impl Write) -> std::io::Result<()> {
    triples.sort_unstable_by(turtle::compare_triples);
    triples.dedup();
    let mut used = UsedPrefixes::default();
    for t in &triples {
        used.note(&t.subject, &t.predicate, &t.object);
    }
    let prefixes = used.into_vec();
    write_prefixes(out, &prefixes)?;
    turtle::write_triples(out, &mut triples, &prefixes, "")
}

/// Writes the whole store (the meta graph aside) in `format`, telling `progress` how many
/// quads are read.
pub fn export(
    store: &Store,
    format: ExportFormat,
    out: impl Write,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    let mut out = std::io::BufWriter::new(out);
    match format {
        ExportFormat::Turtle => write_sorted(&mut out, gather(store, false, progress)?, false)?,
        ExportFormat::Trig => write_sorted(&mut out, gather(store, true, progress)?, true)?,
        ExportFormat::Nquads => nquads::write(store, &mut out, progress)?,
        ExportFormat::Ntriples | ExportFormat::Rdfxml => {
            let g = gather(store, false, progress)?;
            let mut ser = RdfSerializer::from_format(if format == ExportFormat::Rdfxml {
                RdfFormat::RdfXml
            } else {
                RdfFormat::NTriples
            });
            if format == ExportFormat::Rdfxml {
                ser = with_prefixes(ser, g.prefixes)?;
            }
            let mut w = ser.for_writer(&mut out);
            for t in triples(g.sorted, false) {
                w.serialize_triple(t?.1.as_ref())?;
            }
            w.finish()?;
        }
        ExportFormat::Jsonld => crate::jsonld::write_dataset(store, &mut out, progress)?,
    }
    out.flush()?;
    Ok(())
}
