//! Exporting the store: sorted Turtle and TriG grouped by subject with only the prefixes
//! used declared (`turtle`, our own writer); JSON-LD compacted against cosignet's context
//! ([`crate::jsonld`], our own writer too); N-Quads, N-Triples and RDF/XML through Oxigraph's
//! serializers. Every format is deterministic for a given store.

mod turtle;

use crate::progress::Progress;
use crate::rdf::vocab::PREFIXES;
use crate::store::{Store, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use turtle::write_prefixes;

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

/// The vocabulary prefixes that some IRI of the triples uses (datatypes included,
/// `xsd:string` aside since it is never written).
fn prefixes_of<'a>(
    triples: impl IntoIterator<Item = (&'a NamedOrBlankNode, &'a NamedNode, &'a Term)>,
) -> Vec<(&'static str, &'static str)> {
    let mut used = BTreeSet::new();
    let mut note = |iri: &str| {
        if iri == "http://www.w3.org/2001/XMLSchema#string" {
            return;
        }
        for (p, ns) in PREFIXES {
            if iri.starts_with(ns) {
                used.insert((*p, *ns));
            }
        }
    };
    for (subject, predicate, object) in triples {
        if let NamedOrBlankNode::NamedNode(n) = subject {
            note(n.as_str());
        }
        note(predicate.as_str());
        match object {
            Term::NamedNode(n) => note(n.as_str()),
            Term::Literal(l) if l.language().is_none() => note(l.datatype().as_str()),
            _ => {}
        }
    }
    used.into_iter().collect()
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

/// The three terms of a triple.
fn parts(t: &Triple) -> (&NamedOrBlankNode, &NamedNode, &Term) {
    (&t.subject, &t.predicate, &t.object)
}

/// The store's quads, counted into `progress` as they are read.
fn read_quads<'a>(
    store: &'a Store,
    progress: &'a dyn Progress,
) -> impl Iterator<Item = Result<Quad, StoreError>> + 'a {
    progress.phase("reading the store", None);
    store.quads().inspect(|_| progress.advance(1))
}

/// The union of all graphs: each triple once, in the order Turtle groups them.
fn union_triples(store: &Store, progress: &dyn Progress) -> Result<Vec<Triple>, StoreError> {
    let mut triples: Vec<Triple> = read_quads(store, progress)
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()?;
    triples.sort_unstable_by(turtle::compare_triples);
    triples.dedup();
    Ok(triples)
}

/// A Turtle document of some triples (one entity's description in the site): sorted,
/// grouped by subject, only the prefixes it uses declared.
pub fn turtle_document(mut triples: Vec<Triple>, out: &mut impl Write) -> std::io::Result<()> {
    triples.sort_unstable_by(turtle::compare_triples);
    triples.dedup();
    let prefixes = prefixes_of(triples.iter().map(parts));
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
        ExportFormat::Turtle => {
            let mut triples = union_triples(store, progress)?;
            progress.phase("writing", None);
            let prefixes = prefixes_of(triples.iter().map(parts));
            write_prefixes(&mut out, &prefixes)?;
            turtle::write_triples(&mut out, &mut triples, &prefixes, "")?;
        }
        ExportFormat::Trig => {
            let quads: Vec<Quad> = read_quads(store, progress).collect::<Result<_, _>>()?;
            progress.phase("writing", None);
            let mut graphs: BTreeMap<String, (GraphName, Vec<Triple>)> = BTreeMap::new();
            for q in quads {
                let key = match &q.graph_name {
                    GraphName::DefaultGraph => String::new(),
                    g => g.to_string(),
                };
                let entry = graphs
                    .entry(key)
                    .or_insert_with(|| (q.graph_name.clone(), Vec::new()));
                entry.1.push(Triple::from(q));
            }
            let prefixes = prefixes_of(graphs.values().flat_map(|(_, t)| t).map(parts));
            write_prefixes(&mut out, &prefixes)?;
            for (_, (name, mut triples)) in graphs {
                let label = match name {
                    GraphName::DefaultGraph => None,
                    GraphName::NamedNode(n) => Some(turtle::iri(n.as_str(), &prefixes)),
                    GraphName::BlankNode(b) => Some(format!("_:{}", b.as_str())),
                };
                match label {
                    None => turtle::write_triples(&mut out, &mut triples, &prefixes, "")?,
                    Some(label) => {
                        writeln!(out, "{label} {{\n")?;
                        turtle::write_triples(&mut out, &mut triples, &prefixes, "    ")?;
                        writeln!(out, "}}\n")?;
                    }
                }
            }
        }
        ExportFormat::Nquads => {
            let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut out);
            for q in read_quads(store, progress) {
                w.serialize_quad(q?.as_ref())?;
            }
            w.finish()?;
        }
        ExportFormat::Ntriples | ExportFormat::Rdfxml => {
            let triples = union_triples(store, progress)?;
            progress.phase("writing", None);
            let mut ser = RdfSerializer::from_format(if format == ExportFormat::Rdfxml {
                RdfFormat::RdfXml
            } else {
                RdfFormat::NTriples
            });
            if format == ExportFormat::Rdfxml {
                ser = with_prefixes(ser, prefixes_of(triples.iter().map(parts)))?;
            }
            let mut w = ser.for_writer(&mut out);
            for t in &triples {
                w.serialize_triple(t.as_ref())?;
            }
            w.finish()?;
        }
        ExportFormat::Jsonld => crate::jsonld::write_dataset(store, &mut out, progress)?,
    }
    out.flush()?;
    Ok(())
}
