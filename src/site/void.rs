//! The dataset's VoID description (`.well-known/void`): how many triples and entities, the
//! dumps, the vocabularies, the classes, and the links to Wikidata.

use crate::pages::facts::Summary;
use crate::rdf::vocab::{COSIG, DCTERMS, OWL, PREFIXES, RDF, SCHEMA, WD};
use crate::store::{Store, StoreError};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};

use crate::rdf::vocab::VOID;

fn n(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// What the description counts.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    /// Triples of the union of the named graphs.
    pub triples: usize,
    /// Entities with a page.
    pub entities: usize,
    /// `owl:sameAs` links to Wikidata.
    pub wikidata_links: usize,
}

/// Counts triples and Wikidata links in the store.
pub fn count(store: &Store, entities: usize) -> Result<Counts, StoreError> {
    let triples = store.published_len()?;
    let same_as = n(&format!("{OWL}sameAs"));
    let mut wikidata_links = 0;
    for q in store.matching(None, Some(&same_as), None, None) {
        if matches!(&q?.object, Term::NamedNode(o) if o.as_str().starts_with(WD)) {
            wikidata_links += 1;
        }
    }
    Ok(Counts {
        triples,
        entities,
        wikidata_links,
    })
}

/// The description, as Turtle, of the dataset at `base`; `endpoint` is the SPARQL
/// endpoint's IRI when one serves it.
pub fn turtle(base: &str, counts: Counts, summary: &Summary, endpoint: Option<&str>) -> String {
    let d = n(base);
    let v = |local: &str| n(&format!("{VOID}{local}"));
    let mut t: Vec<Triple> = Vec::new();
    let mut add = |s: NamedOrBlankNode, p: NamedNode, o: Term| t.push(Triple::new(s, p, o));
    let ds = || NamedOrBlankNode::from(d.clone());
    add(ds(), n(&format!("{RDF}type")), v("Dataset").into());
    add(
        ds(),
        n(&format!("{DCTERMS}title")),
        Literal::new_simple_literal("Joint statements and their signatories").into(),
    );
    add(ds(), v("uriSpace"), Literal::new_simple_literal(base).into());
    add(ds(), v("triples"), Literal::from(counts.triples as i64).into());
    add(ds(), v("entities"), Literal::from(counts.entities as i64).into());
    for dump in ["dump.ttl", "dump.nq", "dump.ttl.gz", "dump.nq.gz"] {
        add(ds(), v("dataDump"), n(&format!("{base}{dump}")).into());
    }
    add(ds(), v("rootResource"), n(&format!("{base}statements/")).into());
    if let Some(first) = summary.statements.first() {
        add(ds(), v("exampleResource"), n(&first.link.iri).into());
    }
    if let Some(e) = endpoint {
        add(ds(), v("sparqlEndpoint"), n(e).into());
    }
    for (p, ns) in PREFIXES {
        if ["cosig", "dcterms", "foaf", "org", "owl", "prov", "schema", "skos"].contains(p) {
            add(ds(), v("vocabulary"), n(ns.trim_end_matches('#')).into());
        }
    }
    let classes = [
        (format!("{COSIG}Statement"), summary.statements.len()),
        (format!("{SCHEMA}PoliticalParty"), summary.parties.len()),
        (format!("{SCHEMA}Person"), summary.persons.len()),
        (format!("{SCHEMA}Country"), summary.countries.len()),
    ];
    for (i, (class, count)) in classes.iter().enumerate() {
        let b = BlankNode::new_unchecked(format!("class{i}"));
        add(ds(), v("classPartition"), b.clone().into());
        add(b.clone().into(), v("class"), n(class).into());
        add(b.into(), v("entities"), Literal::from(*count as i64).into());
    }
    let links = n(&format!("{base}.well-known/void#wikidata"));
    add(ds(), v("subset"), links.clone().into());
    add(
        links.clone().into(),
        n(&format!("{RDF}type")),
        v("Linkset").into(),
    );
    add(
        links.clone().into(),
        v("linkPredicate"),
        n(&format!("{OWL}sameAs")).into(),
    );
    add(links.clone().into(), v("subjectsTarget"), d.clone().into());
    add(
        links.clone().into(),
        v("objectsTarget"),
        n("http://www.wikidata.org/").into(),
    );
    add(
        links.into(),
        v("triples"),
        Literal::from(counts.wikidata_links as i64).into(),
    );
    let mut out = Vec::new();
    crate::export::turtle_document(t, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("UTF-8")
}
