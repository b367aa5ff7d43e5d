//! The vocabulary's page: every term of `ontology/cosignet.ttl` with its label, comment and
//! alignments, each under an anchor named after the term (`ns/index.html#Statement`), as
//! the vocabulary's hash IRIs (`…/ns#Statement`) expect.

use super::html::{page, Esc, Frame};
use super::Linker;
use crate::jsonld::write::compact_iri;
use crate::rdf::vocab::{COSIG, RDF, RDFS};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The IRI of the vocabulary itself.
pub fn ontology_iri() -> &'static str {
    COSIG.trim_end_matches('#')
}

fn show(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => match n.as_str().strip_prefix(COSIG) {
            Some(local) => format!("<a href=\"#{0}\">cosig:{0}</a>", Esc(local)),
            None => format!("<code>{}</code>", Esc(&compact_iri(n.as_str()))),
        },
        Term::Literal(l) => Esc(l.value()).to_string(),
        Term::BlankNode(b) => format!("<code>_:{}</code>", Esc(b.as_str())),
    }
}

/// The page of the vocabulary's triples.
pub fn page_of(triples: &[Triple], linker: &Linker<'_>) -> String {
    let mut by: BTreeMap<String, Vec<&Triple>> = BTreeMap::new();
    for t in triples {
        if let NamedOrBlankNode::NamedNode(n) = &t.subject {
            by.entry(n.as_str().to_owned()).or_default().push(t);
        }
    }
    let mut body = String::new();
    let value_of = |ts: &[&Triple], p: &str| -> Option<String> {
        ts.iter()
            .find(|t| t.predicate.as_str() == p)
            .and_then(|t| match &t.object {
                Term::Literal(l) => Some(l.value().to_owned()),
                _ => None,
            })
    };
    if let Some(ts) = by.get(ontology_iri()) {
        if let Some(c) = value_of(ts, &format!("{RDFS}comment")) {
            let _ = writeln!(body, "<p>{}</p>", Esc(&c));
        }
        let _ = writeln!(
            body,
            "<p>Namespace: <code>{}</code>. Everything else the data uses comes from schema.org, \
             W3C ORG, FOAF, Dublin Core terms, PROV-O, SKOS and OWL.</p>",
            Esc(COSIG)
        );
    }
    for (iri, ts) in &by {
        let Some(local) = iri.strip_prefix(COSIG) else {
            continue;
        };
        let _ = writeln!(
            body,
            "<section id=\"{}\">\n<h2>cosig:{}</h2>",
            Esc(local),
            Esc(local)
        );
        if let Some(c) = value_of(ts, &format!("{RDFS}comment")) {
            let _ = writeln!(body, "<p>{}</p>", Esc(&c));
        }
        body.push_str("<dl class=\"facts\">\n");
        let mut rows: Vec<(String, String)> = ts
            .iter()
            .filter(|t| t.predicate.as_str() != format!("{RDFS}comment"))
            .map(|t| {
                let p = if t.predicate.as_str() == format!("{RDF}type") {
                    "type".to_owned()
                } else {
                    compact_iri(t.predicate.as_str())
                };
                (p, show(&t.object))
            })
            .collect();
        rows.sort();
        for (p, v) in rows {
            let _ = writeln!(body, "<dt>{}</dt><dd>{v}</dd>", Esc(&p));
        }
        body.push_str("</dl>\n</section>\n");
    }
    page(
        &Frame {
            title: "cosignet vocabulary",
            title_lang: None,
            root: linker.root(),
            iri: Some(ontology_iri()),
            data: true,
        },
        &body,
    )
}
