//! The entities graph: one description per unlisted party and per person, derived from
//! every signature that points to it (its most used name, other names as alternative
//! labels, its country, the parties a person signed for). Statement graphs then never
//! repeat a triple, so the union of all graphs has no duplicates.

use super::vocab::{RDF, SCHEMA, SKOS};
use super::{cosig, iri, string, QuadSet};
use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

/// Read access to quads, by pattern (a store or a transaction).
pub trait QuadSource {
    /// The error reading fails with.
    type Error;
    /// The quads matching a pattern (`None` matches anything).
    fn find(
        &self,
        s: Option<&NamedNode>,
        p: Option<&NamedNode>,
        o: Option<&Term>,
        g: Option<&NamedNode>,
    ) -> Result<Vec<Quad>, Self::Error>;
}

/// The predicates by which signatures point to entities.
pub fn entity_links() -> [NamedNode; 2] {
    [cosig("party"), cosig("person")]
}

/// The entities some quads point to (objects of `cosig:party` and `cosig:person`).
pub fn linked_entities(quads: &[Quad]) -> BTreeSet<NamedNode> {
    let links = entity_links();
    quads
        .iter()
        .filter(|q| links.contains(&q.predicate))
        .filter_map(|q| match &q.object {
            Term::NamedNode(n) => Some(n.clone()),
            _ => None,
        })
        .collect()
}

/// Counts values, then picks the most frequent (ties: the smallest).
#[derive(Default)]
struct Tally(BTreeMap<String, usize>);

impl Tally {
    fn add(&mut self, v: &str) {
        *self.0.entry(v.to_owned()).or_default() += 1;
    }
    fn best(&self) -> Option<&String> {
        self.0
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(k, _)| k)
    }
}

fn literal(t: &Term) -> Option<&str> {
    match t {
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

/// The description of one entity in `graph`, from all signatures pointing to it; empty when
/// none does any more. `listed` entities (described in the reference graph) get none.
pub fn describe<S: QuadSource + ?Sized>(
    src: &S,
    entity: &NamedNode,
    graph: &NamedNode,
    listed: bool,
) -> Result<Vec<Quad>, S::Error> {
    let g = GraphName::NamedNode(graph.clone());
    let mut out = QuadSet::default();
    let mut add = |p: NamedNode, o: Term| out.push(Quad::new(entity.clone(), p, o, g.clone()));
    let target: Term = entity.clone().into();
    for (link, name_pred, class) in [
        ("party", "partyName", "PoliticalParty"),
        ("person", "personName", "Person"),
    ] {
        let pointing = src.find(None, Some(&cosig(link)), Some(&target), None)?;
        if pointing.is_empty() || (listed && link == "party") {
            continue;
        }
        let mut names = Tally::default();
        let mut countries = Tally::default();
        let mut parties = BTreeSet::new();
        for q in &pointing {
            let Some(sig) = (match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => Some(n),
                _ => None,
            }) else {
                continue;
            };
            let sig_graph = match &q.graph_name {
                GraphName::NamedNode(n) => Some(n),
                _ => None,
            };
            for fact in src.find(Some(sig), None, None, sig_graph)? {
                match fact.predicate.as_str() {
                    p if p == cosig(name_pred).as_str() => {
                        names.add(literal(&fact.object).unwrap_or_default())
                    }
                    p if link == "party" && p == cosig("partyCountry").as_str() => {
                        if let Term::NamedNode(c) = &fact.object {
                            countries.add(c.as_str());
                        }
                    }
                    p if link == "person" && p == cosig("party").as_str() => {
                        if let Term::NamedNode(n) = &fact.object {
                            parties.insert(n.as_str().to_owned());
                        }
                    }
                    _ => {}
                }
            }
        }
        add(iri(RDF, "type"), iri(SCHEMA, class).into());
        if let Some(best) = names.best() {
            add(iri(SCHEMA, "name"), string(best).into());
            for other in names.0.keys().filter(|n| *n != best) {
                add(iri(SKOS, "altLabel"), string(other).into());
            }
        }
        if let Some(c) = countries.best() {
            add(cosig("country"), NamedNode::new_unchecked(c.clone()).into());
        }
        for p in parties {
            add(
                iri("http://www.w3.org/ns/org#", "memberOf"),
                NamedNode::new_unchecked(p).into(),
            );
        }
    }
    Ok(out.into_vec())
}
