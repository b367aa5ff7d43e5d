//! The reference graph (gazetteer countries and listed parties) and the ontology graph.

use super::vocab::{DCTERMS, OWL, RDF, SCHEMA, SKOS, WD};
use super::{cosig, iri, string, QuadSet};
use crate::resolve::Resolver;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

/// The ontology (Turtle), embedded.
pub const ONTOLOGY: &str = include_str!("../../ontology/cosignet.ttl");
/// The SHACL shapes the data must satisfy (Turtle), embedded.
pub const SHAPES: &str = include_str!("../../ontology/shapes.ttl");

/// Quads of the reference graph: every gazetteer country and every listed party.
pub fn reference_quads(resolver: &Resolver) -> Vec<Quad> {
    let base = resolver.base();
    let g = GraphName::NamedNode(NamedNode::new_unchecked(base.reference_graph()));
    let mut out = QuadSet::default();
    let mut add = |s: &NamedNode, p: NamedNode, o: Term| {
        out.push(Quad::new(s.clone(), p, o, g.clone()));
    };
    let a = iri(RDF, "type");
    let gaz = resolver.gazetteer();
    for c in gaz.countries() {
        let node = NamedNode::new_unchecked(base.country(&c.key));
        add(&node, a.clone(), iri(SCHEMA, "Country").into());
        add(&node, iri(SCHEMA, "name"), string(&c.name).into());
        add(
            &node,
            iri(SKOS, "prefLabel"),
            Literal::new_language_tagged_literal_unchecked(&c.name, "en").into(),
        );
        for (lang, names) in &c.names {
            for n in names {
                if !(lang == "en" && *n == c.name) {
                    add(
                        &node,
                        iri(SKOS, "altLabel"),
                        Literal::new_language_tagged_literal_unchecked(n, lang).into(),
                    );
                }
            }
        }
        if let Some(code) = &c.alpha2 {
            add(&node, cosig("alpha2"), string(code).into());
        }
        if let Some(code) = &c.alpha3 {
            add(&node, cosig("alpha3"), string(code).into());
        }
        if let Some(q) = &c.wikidata {
            add(&node, iri(OWL, "sameAs"), iri(WD, q).into());
        }
    }
    let parties = resolver.parties();
    for (i, p) in parties.parties().iter().enumerate() {
        let node = NamedNode::new_unchecked(resolver.listed_iri(i));
        add(&node, a.clone(), iri(SCHEMA, "PoliticalParty").into());
        add(&node, iri(SCHEMA, "name"), string(&p.name).into());
        add(&node, cosig("listKey"), string(&p.key).into());
        for n in p.native.iter().chain(&p.aliases) {
            add(&node, iri(SKOS, "altLabel"), string(n).into());
        }
        for ac in &p.acronyms {
            add(&node, cosig("acronym"), string(ac).into());
        }
        if let Some(c) = parties.country(i) {
            add(
                &node,
                cosig("country"),
                NamedNode::new_unchecked(base.country(&gaz.get(c).key)).into(),
            );
        }
        if let Some(q) = &p.wikidata {
            add(&node, iri(OWL, "sameAs"), iri(WD, q).into());
        }
        for (rel, other) in [("replaces", &p.predecessor), ("isReplacedBy", &p.successor)] {
            if let Some(j) = other.as_deref().and_then(|k| parties.by_key(k)) {
                add(
                    &node,
                    iri(DCTERMS, rel),
                    NamedNode::new_unchecked(resolver.listed_iri(j)).into(),
                );
            }
        }
    }
    out.into_vec()
}

/// Quads of the ontology graph.
pub fn ontology_quads(resolver: &Resolver) -> Vec<Quad> {
    let g = NamedNode::new_unchecked(resolver.base().ontology_graph());
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ONTOLOGY.as_bytes())
        .map(|t| {
            let t = t.expect("ontology/cosignet.ttl parses (tidy test)");
            Quad::new(t.subject, t.predicate, t.object, g.clone())
        })
        .collect()
}
