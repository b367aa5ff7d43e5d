//! The entities graph: one description per unlisted party and per person, derived from
//! every signature that points to it (its most used name, other names as alternative
//! labels, its country, the parties a person signed for). Statement graphs then never
//! repeat a triple, so the union of all graphs has no duplicates.
//!
//! The facts come from four aggregate queries ([`FACT_QUERIES`]) that the store runs, or,
//! when every signature is at hand (an ingest into an empty store), from a [`FactTally`] of
//! the quads written; this module only turns their rows into quads.

use super::vocab::{RDF, SCHEMA, SKOS};
use super::{cosig, iri, string, QuadSet};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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

/// What a fact query gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    /// A party's names as signatures give them, with counts.
    PartyName,
    /// A party's countries as signatures give them, with counts.
    PartyCountry,
    /// A person's names as signatures give them, with counts.
    PersonName,
    /// The parties a person signed for (count unused).
    Membership,
}

/// The aggregate queries, each returning `?e ?v ?n` (entity, value, signatures). `VALUES`
/// is replaced by a restriction to the entities wanted, or by nothing.
pub const FACT_QUERIES: [(Fact, &str); 4] = [
    (Fact::PartyName, "SELECT ?e ?v (COUNT(*) AS ?n) WHERE { VALUES ?sig cosig:party ?e ; cosig:partyName ?v } GROUP BY ?e ?v"),
    (Fact::PartyCountry, "SELECT ?e ?v (COUNT(*) AS ?n) WHERE { VALUES ?sig cosig:party ?e ; cosig:partyCountry ?v } GROUP BY ?e ?v"),
    (Fact::PersonName, "SELECT ?e ?v (COUNT(*) AS ?n) WHERE { VALUES ?sig cosig:person ?e ; cosig:personName ?v } GROUP BY ?e ?v"),
    (Fact::Membership, "SELECT ?e ?v (COUNT(*) AS ?n) WHERE { VALUES ?sig cosig:person ?e ; cosig:party ?v } GROUP BY ?e ?v"),
];

/// A fact query ready to run, restricted to `entities` when given.
pub fn fact_query(text: &str, entities: Option<&[NamedNode]>) -> String {
    let values = match entities {
        Some(es) => {
            let list: Vec<String> = es.iter().map(|e| format!("<{}>", e.as_str())).collect();
            format!("VALUES ?e {{ {} }}", list.join(" "))
        }
        None => String::new(),
    };
    format!(
        "PREFIX cosig: <{}>\n{}",
        super::vocab::COSIG,
        text.replacen("VALUES", &values, 1)
    )
}

/// One row of a fact query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRow {
    /// What the row is about.
    pub fact: Fact,
    /// The entity's IRI.
    pub entity: String,
    /// The value (a name, or an IRI).
    pub value: String,
    /// How many signatures give it.
    pub count: u64,
}

/// The rows the fact queries give, tallied from statement graphs' quads as they are written
/// (one row per signature and pair of values, as the queries' joins count them).
#[derive(Debug, Default)]
pub struct FactTally {
    counts: HashMap<(Fact, String, String), u64>,
}

/// What one signature says about its party and person: values by link (`party`,
/// `partyName`, `partyCountry`, `person`, `personName`).
type SignatureFacts<'q> = [Vec<&'q str>; 5];

/// The links a signature's facts are read from, in the order of [`SignatureFacts`].
const SIGNATURE_LINKS: [&str; 5] = ["party", "partyName", "partyCountry", "person", "personName"];

impl FactTally {
    /// Adds the facts of the signatures among `quads` (one statement's graph).
    pub fn add(&mut self, quads: &[Quad]) {
        let links = SIGNATURE_LINKS.map(cosig);
        let mut by_signature: HashMap<&NamedOrBlankNode, SignatureFacts> = HashMap::new();
        for q in quads {
            let Some(slot) = links.iter().position(|l| *l == q.predicate) else {
                continue;
            };
            let value = match &q.object {
                Term::NamedNode(n) => n.as_str(),
                Term::Literal(l) => l.value(),
                Term::BlankNode(_) => continue,
            };
            by_signature.entry(&q.subject).or_default()[slot].push(value);
        }
        for [party, party_name, party_country, person, person_name] in by_signature.into_values() {
            for (fact, entities, values) in [
                (Fact::PartyName, &party, &party_name),
                (Fact::PartyCountry, &party, &party_country),
                (Fact::PersonName, &person, &person_name),
                (Fact::Membership, &person, &party),
            ] {
                for e in entities {
                    for v in values {
                        *self
                            .counts
                            .entry((fact, (*e).to_owned(), (*v).to_owned()))
                            .or_default() += 1;
                    }
                }
            }
        }
    }

    /// The rows tallied.
    pub fn rows(self) -> Vec<FactRow> {
        self.counts
            .into_iter()
            .map(|((fact, entity, value), count)| FactRow {
                fact,
                entity,
                value,
                count,
            })
            .collect()
    }
}

/// Picks the most frequent value (ties: the smallest).
fn best<'a>(values: &BTreeMap<&'a str, u64>) -> Option<&'a str> {
    values
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| *k)
}

/// The descriptions, in `graph`, of each of `entities` from the fact rows (none for an
/// entity no signature points to any more, nor for the party side of a `listed` one, which
/// the reference graph describes).
pub fn describe(
    rows: &[FactRow],
    entities: &[NamedNode],
    graph: &NamedNode,
    listed: impl Fn(&str) -> bool,
) -> Vec<Quad> {
    let wanted: HashSet<&str> = entities.iter().map(NamedNode::as_str).collect();
    let mut by: BTreeMap<&str, BTreeMap<Fact, BTreeMap<&str, u64>>> = BTreeMap::new();
    for r in rows.iter().filter(|r| wanted.contains(r.entity.as_str())) {
        *by.entry(&r.entity)
            .or_default()
            .entry(r.fact)
            .or_default()
            .entry(&r.value)
            .or_default() += r.count;
    }
    let g = GraphName::NamedNode(graph.clone());
    let mut out = QuadSet::default();
    for (id, facts) in by {
        let entity = NamedNode::new_unchecked(id);
        let mut add = |p: NamedNode, o: Term| out.push(Quad::new(entity.clone(), p, o, g.clone()));
        let names = |values: Option<&BTreeMap<&str, u64>>, add: &mut dyn FnMut(NamedNode, Term)| {
            let Some(values) = values else { return };
            if let Some(b) = best(values) {
                add(iri(SCHEMA, "name"), string(b).into());
                for other in values.keys().filter(|n| **n != b) {
                    add(iri(SKOS, "altLabel"), string(other).into());
                }
            }
        };
        if facts.contains_key(&Fact::PartyName) && !listed(id) {
            add(iri(RDF, "type"), iri(SCHEMA, "PoliticalParty").into());
            names(facts.get(&Fact::PartyName), &mut add);
            if let Some(c) = facts.get(&Fact::PartyCountry).and_then(best) {
                add(cosig("country"), NamedNode::new_unchecked(c).into());
            }
        }
        if facts.contains_key(&Fact::PersonName) {
            add(iri(RDF, "type"), iri(SCHEMA, "Person").into());
            names(facts.get(&Fact::PersonName), &mut add);
            for p in facts.get(&Fact::Membership).into_iter().flat_map(|m| m.keys()) {
                add(
                    iri("http://www.w3.org/ns/org#", "memberOf"),
                    NamedNode::new_unchecked(*p).into(),
                );
            }
        }
    }
    out.into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fact: Fact, e: &str, v: &str, n: u64) -> FactRow {
        FactRow {
            fact,
            entity: e.into(),
            value: v.into(),
            count: n,
        }
    }

    #[test]
    fn the_most_used_name_wins_and_the_others_become_alternatives() {
        let g = NamedNode::new_unchecked("http://x/g");
        let e = NamedNode::new_unchecked("http://x/p");
        let rows = [
            row(Fact::PartyName, "http://x/p", "CP of Narnia", 1),
            row(Fact::PartyName, "http://x/p", "Communist Party of Narnia", 3),
            row(Fact::PartyCountry, "http://x/p", "http://x/country/na", 4),
            row(Fact::PartyName, "http://x/other", "Other", 9),
        ];
        let quads = describe(&rows, &[e], &g, |_| false);
        let text: Vec<String> = quads
            .iter()
            .map(|q| format!("{} {}", q.predicate.as_str(), q.object))
            .collect();
        assert!(
            text.iter()
                .any(|t| t.ends_with("name \"Communist Party of Narnia\"")),
            "{text:?}"
        );
        assert!(text.iter().any(|t| t.ends_with("altLabel \"CP of Narnia\"")));
        assert!(text.iter().any(|t| t.contains("country/na")));
        assert!(!text.iter().any(|t| t.contains("Other")));
    }

    #[test]
    fn fact_queries_parse_with_and_without_a_restriction() {
        let e = NamedNode::new_unchecked("http://x/p");
        for (_, q) in FACT_QUERIES {
            for text in [fact_query(q, None), fact_query(q, Some(std::slice::from_ref(&e)))] {
                assert!(
                    oxigraph::sparql::SparqlEvaluator::new()
                        .parse_query(&text)
                        .is_ok(),
                    "{text}"
                );
            }
        }
    }
}
