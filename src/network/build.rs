//! Building the weighted, undirected co-signature graph and its node metrics.

use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::{BTreeMap, HashMap};

/// One party (or other node) signing one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    /// The statement's IRI.
    pub statement: String,
    /// The statement's date (ISO), if known.
    pub date: Option<String>,
    /// The node's id (a party IRI).
    pub node: String,
    /// The node's label.
    pub label: String,
    /// The node's country (ISO code or name), if known.
    pub country: Option<String>,
}

/// A node with its attributes and metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    /// Id (IRI).
    pub id: String,
    /// Label.
    pub label: String,
    /// Country.
    pub country: Option<String>,
    /// Statements signed.
    pub statements: usize,
    /// Number of distinct co-signers.
    pub degree: usize,
    /// Sum of the weights of its edges.
    pub weighted_degree: f64,
}

/// An undirected edge between two nodes (indices into `nodes`, `source < target`).
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEdge {
    /// Index of one end.
    pub source: usize,
    /// Index of the other end.
    pub target: usize,
    /// Weight (number of statements signed together).
    pub weight: f64,
    /// Number of statements signed together.
    pub count: usize,
    /// Date of the first such statement.
    pub first_date: Option<String>,
    /// Date of the last such statement.
    pub last_date: Option<String>,
}

/// The network as plain data, nodes sorted by id, edges by (source, target).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// Nodes.
    pub nodes: Vec<NetworkNode>,
    /// Edges.
    pub edges: Vec<NetworkEdge>,
}

#[derive(Default)]
struct PairTally {
    count: usize,
    first: Option<String>,
    last: Option<String>,
}

/// Builds the network: one node per distinct `node`, one edge per pair that signed at least
/// one statement together, weight = number of such statements.
pub fn build(signings: &[Signing]) -> Network {
    // Nodes in id order, so indices do not depend on input order.
    let mut ids: BTreeMap<&str, (&Signing, usize)> = BTreeMap::new();
    let mut by_statement: BTreeMap<&str, (Option<&str>, Vec<&str>)> = BTreeMap::new();
    for s in signings {
        let entry = by_statement
            .entry(&s.statement)
            .or_insert((s.date.as_deref(), Vec::new()));
        if !entry.1.contains(&s.node.as_str()) {
            entry.1.push(&s.node);
            ids.entry(&s.node).or_insert((s, 0)).1 += 1;
        }
    }
    let mut graph: UnGraph<usize, PairTally> = UnGraph::default();
    let index: HashMap<&str, NodeIndex> = ids
        .keys()
        .enumerate()
        .map(|(i, id)| (*id, graph.add_node(i)))
        .collect();
    let mut pairs: HashMap<(NodeIndex, NodeIndex), PairTally> = HashMap::new();
    for (date, members) in by_statement.values() {
        let mut idx: Vec<NodeIndex> = members.iter().map(|m| index[m]).collect();
        idx.sort();
        for (i, a) in idx.iter().enumerate() {
            for b in &idx[i + 1..] {
                let t = pairs.entry((*a, *b)).or_default();
                t.count += 1;
                if let Some(d) = date {
                    if t.first.as_deref().is_none_or(|f| *d < f) {
                        t.first = Some((*d).to_owned());
                    }
                    if t.last.as_deref().is_none_or(|l| *d > l) {
                        t.last = Some((*d).to_owned());
                    }
                }
            }
        }
    }
    let mut sorted: Vec<((NodeIndex, NodeIndex), PairTally)> = pairs.into_iter().collect();
    sorted.sort_by_key(|(k, _)| *k);
    for ((a, b), t) in sorted {
        graph.add_edge(a, b, t);
    }
    let nodes = ids
        .iter()
        .map(|(id, (s, statements))| {
            let n = index[id];
            let weighted: f64 = graph.edges(n).map(|e| e.weight().count as f64).sum();
            NetworkNode {
                id: (*id).to_owned(),
                label: s.label.clone(),
                country: s.country.clone(),
                statements: *statements,
                degree: graph.neighbors(n).count(),
                weighted_degree: weighted,
            }
        })
        .collect();
    let edges = graph
        .edge_indices()
        .filter_map(|e| {
            let (a, b) = graph.edge_endpoints(e)?;
            let t = &graph[e];
            Some(NetworkEdge {
                source: graph[a],
                target: graph[b],
                weight: t.count as f64,
                count: t.count,
                first_date: t.first.clone(),
                last_date: t.last.clone(),
            })
        })
        .collect();
    Network { nodes, edges }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(statement: &str, date: &str, node: &str) -> Signing {
        Signing {
            statement: statement.into(),
            date: Some(date.into()),
            node: node.into(),
            label: node.to_uppercase(),
            country: None,
        }
    }

    #[test]
    fn one_weighted_edge_per_pair() {
        let net = build(&[
            s("s1", "2020-01-01", "a"),
            s("s1", "2020-01-01", "b"),
            s("s1", "2020-01-01", "c"),
            s("s2", "2021-05-05", "a"),
            s("s2", "2021-05-05", "b"),
            s("s2", "2021-05-05", "b"),
        ]);
        assert_eq!(net.nodes.len(), 3);
        assert_eq!(net.edges.len(), 3);
        let ab = net.edges.iter().find(|e| (e.source, e.target) == (0, 1)).unwrap();
        assert_eq!(ab.count, 2);
        assert_eq!(ab.first_date.as_deref(), Some("2020-01-01"));
        assert_eq!(ab.last_date.as_deref(), Some("2021-05-05"));
        let a = &net.nodes[0];
        assert_eq!((a.degree, a.weighted_degree, a.statements), (2, 3.0, 2));
    }
}
