//! The cosignings graph: for every pair of parties that signed a statement together, how
//! many statements, their Newman-Fowler weight and the first and last date; for every party,
//! how many statements it signed. It is derived from the statements' `cosig:signedBy` and
//! `dcterms:date`, and rebuilt for the parties whose signatures change, so that the
//! co-signers of a party and the party network read one row per pair instead of every
//! signature in the archive.
//!
//! Pure: the store gathers the statements ([`CoSigningTally`]), this module counts them
//! and writes the quads ([`CoSigningTally::describe`]).

use super::vocab::{DCTERMS, RDF, XSD};
use super::{cosig, iri};
use crate::iri::Base;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use std::collections::{HashMap, HashSet};

/// A statement signed by more parties than this is not expanded into pairs (1,200 parties
/// would make 719,400 of them): its graph says `cosig:unpaired true`, and readers of the
/// cosignings graph count it from its signatures. Its parties' statement counts include it.
pub const MAX_PAIRED: usize = 500;

/// Every statement with its named signing parties (`?ps`, space-separated) and its date:
/// what a rebuild of every pair counts from, one row per statement.
pub const STATEMENTS_QUERY: &str = "PREFIX cosig: <https://w3id.org/cosignet/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s (GROUP_CONCAT(STR(?p); separator=\" \") AS ?ps) (MIN(STR(?d)) AS ?date)
WHERE { ?s cosig:signedBy ?p FILTER(isIRI(?p)) OPTIONAL { ?s dcterms:date ?d } }
GROUP BY ?s";

/// The statements a rebuild counts from: each with its date and its distinct signing
/// parties, parties numbered as they first come.
#[derive(Debug, Default)]
pub struct CoSigningTally {
    parties: Vec<Box<str>>,
    index: HashMap<Box<str>, u32>,
    statements: Vec<Counted>,
}

/// One statement as counted.
#[derive(Debug)]
struct Counted {
    iri: Box<str>,
    date: Option<Box<str>>,
    /// Distinct parties, sorted by number.
    parties: Vec<u32>,
}

/// What one pair did together while it is counted.
#[derive(Debug, Clone, Copy)]
struct Together {
    count: u64,
    newman: f64,
    first: usize,
    last: usize,
}

impl CoSigningTally {
    /// Adds a statement: its IRI, its date (ISO) and the IRIs of the parties that signed it
    /// (repeats count once). A statement added twice counts twice: add each once.
    pub fn add<'a>(
        &mut self,
        statement: &str,
        date: Option<&str>,
        parties: impl IntoIterator<Item = &'a str>,
    ) {
        let mut numbers: Vec<u32> = parties.into_iter().map(|p| self.number(p)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.is_empty() {
            return;
        }
        self.statements.push(Counted {
            iri: statement.into(),
            date: date.map(Into::into),
            parties: numbers,
        });
    }

    /// Adds the statements among the quads of statement graphs (`cosig:signedBy` links to a
    /// named party, the first `dcterms:date` of each statement).
    pub fn add_quads(&mut self, quads: &[Quad]) {
        let (signed_by, date) = (cosig("signedBy"), iri(DCTERMS, "date"));
        // (statement, date, parties): a statement graph has one statement.
        let mut found: Vec<(&str, Option<&str>, Vec<&str>)> = Vec::new();
        for q in quads {
            let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            let is_signer = q.predicate == signed_by && q.object.is_named_node();
            let is_date = q.predicate == date && q.object.is_literal();
            if !(is_signer || is_date) {
                continue;
            }
            let i = match found.iter().position(|f| f.0 == s.as_str()) {
                Some(i) => i,
                None => {
                    found.push((s.as_str(), None, Vec::new()));
                    found.len() - 1
                }
            };
            match &q.object {
                Term::NamedNode(party) => found[i].2.push(party.as_str()),
                Term::Literal(day) => {
                    found[i].1.get_or_insert(day.value());
                }
                Term::BlankNode(_) => {}
            }
        }
        for (statement, day, parties) in found {
            self.add(statement, day, parties);
        }
    }

    fn number(&mut self, party: &str) -> u32 {
        if let Some(&n) = self.index.get(party) {
            return n;
        }
        let n = u32::try_from(self.parties.len()).expect("fewer than 2^32 parties");
        self.parties.push(party.into());
        self.index.insert(party.into(), n);
        n
    }

    /// Every party among the statements added.
    pub fn parties(&self) -> impl Iterator<Item = &str> {
        self.parties.iter().map(|p| &**p)
    }

    /// The quads, in `graph`, of every pair with a party among `parties` and of those
    /// parties' statement counts. Only such pairs are complete when the tally holds just
    /// the statements those parties signed. Statements are taken in the order of their
    /// IRIs, so Newman-Fowler weights are summed in the order the network sums them.
    pub fn describe(mut self, parties: &[NamedNode], base: &Base, graph: &NamedNode) -> Vec<Quad> {
        let wanted: HashSet<&str> = parties.iter().map(NamedNode::as_str).collect();
        let dirty: Vec<bool> = self.parties.iter().map(|p| wanted.contains(&**p)).collect();
        self.statements.sort_by(|a, b| a.iri.cmp(&b.iri));
        let mut dates: Vec<&str> = self.statements.iter().filter_map(|s| s.date.as_deref()).collect();
        dates.sort_unstable();
        dates.dedup();
        let mut signed = vec![0u64; self.parties.len()];
        let mut pairs: HashMap<(u32, u32), Together> = HashMap::new();
        for st in &self.statements {
            let day = st
                .date
                .as_deref()
                .map(|d| dates.binary_search(&d).unwrap_or_default());
            let share = if st.parties.len() > 1 {
                1.0 / (st.parties.len() - 1) as f64
            } else {
                0.0
            };
            let paired = st.parties.len() <= MAX_PAIRED;
            for (i, &a) in st.parties.iter().enumerate() {
                signed[a as usize] += 1;
                if !paired {
                    continue;
                }
                for &b in &st.parties[i + 1..] {
                    if !(dirty[a as usize] || dirty[b as usize]) {
                        continue;
                    }
                    let t = pairs.entry((a, b)).or_insert(Together {
                        count: 0,
                        newman: 0.0,
                        first: usize::MAX,
                        last: 0,
                    });
                    t.count += 1;
                    t.newman += share;
                    if let Some(d) = day {
                        t.first = t.first.min(d);
                        t.last = t.last.max(d);
                    }
                }
            }
        }
        let g = GraphName::NamedNode(graph.clone());
        let count = |n: u64| Term::from(Literal::new_typed_literal(n.to_string(), iri(XSD, "integer")));
        let day = |d: usize| Term::from(Literal::new_typed_literal(dates[d], iri(XSD, "date")));
        let mut out = Vec::new();
        for (p, &n) in signed.iter().enumerate() {
            if dirty[p] && n > 0 {
                let party = NamedNode::new_unchecked(&*self.parties[p]);
                out.push(Quad::new(party, cosig("statementCount"), count(n), g.clone()));
            }
        }
        let mut sorted: Vec<_> = pairs.into_iter().collect();
        sorted.sort_unstable_by_key(|(k, _)| *k);
        for ((a, b), t) in sorted {
            let (a, b) = (&*self.parties[a as usize], &*self.parties[b as usize]);
            let node = NamedNode::new_unchecked(base.cosigning(a, b));
            let mut add = |p: NamedNode, o: Term| out.push(Quad::new(node.clone(), p, o, g.clone()));
            add(iri(RDF, "type"), cosig("CoSigning").into());
            add(cosig("between"), NamedNode::new_unchecked(a).into());
            add(cosig("between"), NamedNode::new_unchecked(b).into());
            add(cosig("statementCount"), count(t.count));
            let weight = Literal::new_typed_literal(t.newman.to_string(), iri(XSD, "double"));
            add(cosig("newmanWeight"), weight.into());
            if t.first != usize::MAX {
                add(cosig("firstDate"), day(t.first));
                add(cosig("lastDate"), day(t.last));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(quads: &[Quad], subject: &str, predicate: &str) -> Vec<String> {
        let mut out: Vec<String> = quads
            .iter()
            .filter(|q| q.subject.to_string() == format!("<{subject}>") && q.predicate == cosig(predicate))
            .map(|q| match &q.object {
                Term::Literal(l) => l.value().to_owned(),
                other => other.to_string(),
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn pairs_count_statements_weights_and_dates() {
        let base = Base::default();
        let graph = NamedNode::new_unchecked(base.cosignings_graph());
        let (a, b, c) = ("https://x/a", "https://x/b", "https://x/c");
        let mut tally = CoSigningTally::default();
        tally.add("https://x/s2", Some("2021-05-05"), [b, a, b]);
        tally.add("https://x/s1", Some("2020-01-01"), [a, b, c]);
        tally.add("https://x/s3", None, [c]);
        let dirty = [NamedNode::new_unchecked(a), NamedNode::new_unchecked(c)];
        let quads = tally.describe(&dirty, &base, &graph);
        let ab = base.cosigning(a, b);
        assert_eq!(values(&quads, &ab, "statementCount"), ["2"]);
        // s1 has three signers (1/2 for each pair), s2 two (1).
        assert_eq!(values(&quads, &ab, "newmanWeight"), ["1.5"]);
        assert_eq!(values(&quads, &ab, "firstDate"), ["2020-01-01"]);
        assert_eq!(values(&quads, &ab, "lastDate"), ["2021-05-05"]);
        assert_eq!(
            values(&quads, &ab, "between"),
            [format!("<{a}>"), format!("<{b}>")]
        );
        assert_eq!(values(&quads, a, "statementCount"), ["2"]);
        assert_eq!(values(&quads, c, "statementCount"), ["2"]);
        // b is not asked for: its count is left as it is, but its pairs with a and c are
        // complete and written.
        assert!(values(&quads, b, "statementCount").is_empty());
        assert_eq!(values(&quads, &base.cosigning(b, c), "statementCount"), ["1"]);
        assert!(quads
            .iter()
            .all(|q| q.graph_name == GraphName::NamedNode(graph.clone())));
    }

    #[test]
    fn a_statement_of_too_many_parties_counts_for_each_but_makes_no_pairs() {
        let base = Base::default();
        let graph = NamedNode::new_unchecked(base.cosignings_graph());
        let parties: Vec<String> = (0..=MAX_PAIRED).map(|i| format!("https://x/p{i}")).collect();
        let mut tally = CoSigningTally::default();
        tally.add("https://x/big", None, parties.iter().map(String::as_str));
        tally.add("https://x/small", None, ["https://x/p0", "https://x/p1"]);
        let dirty: Vec<NamedNode> = parties
            .iter()
            .map(|p| NamedNode::new_unchecked(p.as_str()))
            .collect();
        let quads = tally.describe(&dirty, &base, &graph);
        assert_eq!(values(&quads, "https://x/p0", "statementCount"), ["2"]);
        assert_eq!(values(&quads, "https://x/p2", "statementCount"), ["1"]);
        let pairs = quads
            .iter()
            .filter(|q| q.predicate == cosig("newmanWeight"))
            .count();
        assert_eq!(pairs, 1);
        assert_eq!(
            values(
                &quads,
                &base.cosigning("https://x/p0", "https://x/p1"),
                "newmanWeight"
            ),
            ["1"]
        );
    }

    #[test]
    fn pairs_of_parties_not_asked_for_are_left_out() {
        let base = Base::default();
        let graph = NamedNode::new_unchecked(base.cosignings_graph());
        let mut tally = CoSigningTally::default();
        tally.add(
            "https://x/s1",
            None,
            ["https://x/a", "https://x/b", "https://x/c"],
        );
        let quads = tally.describe(&[NamedNode::new_unchecked("https://x/c")], &base, &graph);
        assert!(values(
            &quads,
            &base.cosigning("https://x/a", "https://x/b"),
            "statementCount"
        )
        .is_empty());
        assert!(values(&quads, &base.cosigning("https://x/a", "https://x/c"), "firstDate").is_empty());
    }

    #[test]
    fn statements_are_read_from_their_graphs_quads() {
        let s = NamedNode::new_unchecked("https://x/s1");
        let g = GraphName::NamedNode(s.clone());
        let quads = vec![
            Quad::new(
                s.clone(),
                cosig("signedBy"),
                NamedNode::new_unchecked("https://x/a"),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                iri(DCTERMS, "date"),
                Literal::new_typed_literal("2020-02-02", iri(XSD, "date")),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                cosig("signedBy"),
                NamedNode::new_unchecked("https://x/b"),
                g,
            ),
        ];
        let mut tally = CoSigningTally::default();
        tally.add_quads(&quads);
        assert_eq!(
            tally.parties().collect::<Vec<_>>(),
            ["https://x/a", "https://x/b"]
        );
        let base = Base::default();
        let graph = NamedNode::new_unchecked(base.cosignings_graph());
        let out = tally.describe(&[NamedNode::new_unchecked("https://x/a")], &base, &graph);
        let ab = base.cosigning("https://x/a", "https://x/b");
        assert_eq!(values(&out, &ab, "lastDate"), ["2020-02-02"]);
    }
}
