//! Exporting the store: pretty, sorted Turtle and TriG through sophia (only the prefixes
//! used are declared, triples grouped by subject); N-Quads, N-Triples, JSON-LD and RDF/XML
//! through Oxigraph's serializers. Every format is deterministic for a given store.

use crate::rdf::vocab::PREFIXES;
use crate::store::{Store, StoreError};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term, Triple};
use sophia::api::prefix::Prefix;
use sophia::api::serializer::{QuadSerializer, TripleSerializer};
use sophia::api::term::{BnodeId, LanguageTag, SimpleTerm};
use sophia::api::MownStr;
use sophia::iri::{Iri, IriRef};
use sophia::turtle::serializer::trig::TriGSerializer;
use sophia::turtle::serializer::turtle::{TurtleConfig, TurtleSerializer};
use std::collections::BTreeSet;
use std::io::Write;

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Turtle: the union of all graphs, pretty and sorted.
    Turtle,
    /// TriG: every named graph, pretty and sorted.
    Trig,
    /// N-Quads: every named graph, one quad per line.
    Nquads,
    /// N-Triples: the union of all graphs, sorted, one triple per line.
    Ntriples,
    /// JSON-LD: every named graph, with the vocabulary prefixes in its context.
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

fn sophia_term(t: &Term) -> SimpleTerm<'static> {
    match t {
        Term::NamedNode(n) => SimpleTerm::Iri(IriRef::new_unchecked(MownStr::from(n.as_str().to_owned()))),
        Term::BlankNode(b) => {
            SimpleTerm::BlankNode(BnodeId::new_unchecked(MownStr::from(b.as_str().to_owned())))
        }
        Term::Literal(l) => match l.language() {
            Some(lang) => SimpleTerm::LiteralLanguage(
                MownStr::from(l.value().to_owned()),
                LanguageTag::new_unchecked(MownStr::from(lang.to_owned())),
                None,
            ),
            None => SimpleTerm::LiteralDatatype(
                MownStr::from(l.value().to_owned()),
                IriRef::new_unchecked(MownStr::from(l.datatype().as_str().to_owned())),
            ),
        },
    }
}

fn subject_term(s: &NamedOrBlankNode) -> Term {
    match s {
        NamedOrBlankNode::NamedNode(n) => n.clone().into(),
        NamedOrBlankNode::BlankNode(b) => b.clone().into(),
    }
}

/// The vocabulary prefixes some IRI of the data uses (the datatype `xsd:` included).
fn used_prefixes<'a>(terms: impl Iterator<Item = &'a Term>) -> Vec<(&'static str, &'static str)> {
    let mut used = BTreeSet::new();
    for t in terms {
        let iri = match t {
            Term::NamedNode(n) => n.as_str(),
            Term::Literal(l) if l.language().is_none() => l.datatype().as_str(),
            _ => continue,
        };
        if iri == "http://www.w3.org/2001/XMLSchema#string" {
            continue;
        }
        for (p, ns) in PREFIXES {
            if iri.starts_with(ns) {
                used.insert((*p, *ns));
            }
        }
    }
    used.into_iter().collect()
}

fn turtle_config(prefixes: &[(&str, &str)]) -> TurtleConfig {
    let map = prefixes
        .iter()
        .map(|(p, ns)| {
            (
                Prefix::new_unchecked(Box::from(*p)),
                Iri::new_unchecked(Box::from(*ns)),
            )
        })
        .collect();
    TurtleConfig::new().with_pretty(true).with_own_prefix_map(map)
}

/// The union of all graphs: each triple once, sorted by its N-Triples form.
fn union_triples(store: &Store) -> Result<Vec<Triple>, StoreError> {
    let set: std::collections::HashSet<Triple> = store
        .quads()
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()?;
    let mut triples: Vec<Triple> = set.into_iter().collect();
    triples.sort_by_cached_key(Triple::to_string);
    Ok(triples)
}

/// Writes the whole store (the meta graph aside) in `format`.
pub fn export(store: &Store, format: ExportFormat, out: impl Write) -> Result<(), ExportError> {
    let mut out = std::io::BufWriter::new(out);
    match format {
        ExportFormat::Turtle => {
            let triples = union_triples(store)?;
            let terms = triples.iter().flat_map(|t| {
                [
                    subject_term(&t.subject),
                    t.predicate.clone().into(),
                    t.object.clone(),
                ]
            });
            let prefixes = used_prefixes(terms.collect::<Vec<_>>().iter());
            let graph: Vec<[SimpleTerm<'static>; 3]> = triples
                .iter()
                .map(|t| {
                    [
                        sophia_term(&subject_term(&t.subject)),
                        sophia_term(&t.predicate.clone().into()),
                        sophia_term(&t.object),
                    ]
                })
                .collect();
            TurtleSerializer::new_with_config(&mut out, turtle_config(&prefixes))
                .serialize_graph(&graph)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
        ExportFormat::Trig => {
            let quads: Vec<Quad> = store.quads().collect::<Result<_, _>>()?;
            let terms: Vec<Term> = quads
                .iter()
                .flat_map(|q| {
                    [
                        subject_term(&q.subject),
                        q.predicate.clone().into(),
                        q.object.clone(),
                    ]
                })
                .collect();
            let prefixes = used_prefixes(terms.iter());
            let dataset: Vec<([SimpleTerm<'static>; 3], Option<SimpleTerm<'static>>)> = quads
                .iter()
                .map(|q| {
                    let g = match &q.graph_name {
                        GraphName::NamedNode(n) => Some(sophia_term(&n.clone().into())),
                        GraphName::BlankNode(b) => Some(sophia_term(&b.clone().into())),
                        GraphName::DefaultGraph => None,
                    };
                    (
                        [
                            sophia_term(&subject_term(&q.subject)),
                            sophia_term(&q.predicate.clone().into()),
                            sophia_term(&q.object),
                        ],
                        g,
                    )
                })
                .collect();
            TriGSerializer::new_with_config(&mut out, turtle_config(&prefixes))
                .serialize_dataset(&dataset)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
        ExportFormat::Nquads => store.dump(RdfSerializer::from_format(RdfFormat::NQuads), &mut out, false)?,
        ExportFormat::Ntriples | ExportFormat::Rdfxml => {
            let triples = union_triples(store)?;
            let mut ser = RdfSerializer::from_format(if format == ExportFormat::Rdfxml {
                RdfFormat::RdfXml
            } else {
                RdfFormat::NTriples
            });
            if format == ExportFormat::Rdfxml {
                let terms: Vec<Term> = triples
                    .iter()
                    .flat_map(|t| [t.predicate.clone().into(), t.object.clone()])
                    .collect();
                for (p, ns) in used_prefixes(terms.iter()) {
                    ser = ser
                        .with_prefix(p, ns)
                        .map_err(|e| std::io::Error::other(e.to_string()))?;
                }
            }
            let mut w = ser.for_writer(&mut out);
            for t in &triples {
                w.serialize_triple(t.as_ref())?;
            }
            w.finish()?;
        }
        ExportFormat::Jsonld => {
            let quads: Vec<Quad> = store.quads().collect::<Result<_, _>>()?;
            let terms: Vec<Term> = quads
                .iter()
                .flat_map(|q| [q.predicate.clone().into(), q.object.clone()])
                .collect();
            let mut ser = RdfSerializer::from_format(RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            });
            for (p, ns) in used_prefixes(terms.iter()) {
                ser = ser
                    .with_prefix(p, ns)
                    .map_err(|e| std::io::Error::other(e.to_string()))?;
            }
            let mut w = ser.for_writer(&mut out);
            for q in &quads {
                w.serialize_quad(q.as_ref())?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}
