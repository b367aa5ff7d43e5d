//! Projecting signings onto a network: the one-mode co-signature network ([`build`]) and the
//! bipartite statements-and-nodes network ([`build_bipartite`]).

use super::metrics;
use super::model::{Network, NetworkEdge, NetworkNode, NodeCount, PairCount};
use super::options::{Options, Weighting};
use super::pairs::tally;
use super::select::{country_kept, select, Selection};
use super::signings::{ByStatement, Signings};
use std::collections::HashMap;

/// The one-mode network: one node per distinct `node` kept by the filters, one edge per pair
/// that co-signed a kept statement, weighted as `options.weighting` says, with all metrics
/// when `options.metrics`.
///
/// For a party, person or country network, pass the memberships of that level (a statement
/// with several parties of one country counts once for that country). Newman-Fowler weights
/// use each statement's number of distinct signatories before the country filter.
pub fn build(signings: &Signings, options: &Options) -> Network {
    build_selected(signings, &signings.by_statement(), |_| true, options)
}

fn date(selection: &Selection, index: u32) -> String {
    selection.dates[index as usize].to_owned()
}

/// [`build`] over the statements `keep` accepts (by number).
pub(crate) fn build_selected(
    signings: &Signings,
    grouped: &ByStatement,
    keep: impl Fn(u32) -> bool,
    options: &Options,
) -> Network {
    let selection = select(signings, grouped, keep, options);
    let nodes: Vec<NetworkNode> = selection
        .nodes
        .iter()
        .map(|n| {
            let mut node = NetworkNode::new(&n.info.id, &n.info.label, n.info.country.as_deref());
            node.statements = n.statements;
            node
        })
        .collect();
    let edges = tally(&selection)
        .into_iter()
        .filter_map(|((a, b), t)| {
            let dates = t.dates();
            edge(
                &nodes,
                (a as usize, b as usize),
                t.count as usize,
                t.newman,
                dates.map(|d| (date(&selection, d.0), date(&selection, d.1))),
                options,
            )
        })
        .collect();
    finish(nodes, edges, false, options)
}

/// The edge between nodes `a` and `b` (indices, `a` < `b`) that co-signed `count`
/// statements with this Newman-Fowler sum and these first and last dates, weighted as
/// `options` says; none when its weight is below the minimum.
fn edge(
    nodes: &[NetworkNode],
    (a, b): (usize, usize),
    count: usize,
    newman: f64,
    dates: Option<(String, String)>,
    options: &Options,
) -> Option<NetworkEdge> {
    let weight = match options.weighting {
        Weighting::Count => count as f64,
        Weighting::Newman => newman,
        Weighting::Jaccard => count as f64 / (nodes[a].statements + nodes[b].statements - count) as f64,
    };
    if options.min_weight.is_some_and(|m| weight < m) {
        return None;
    }
    let (first_date, last_date) = dates.unzip();
    Some(NetworkEdge {
        source: a,
        target: b,
        weight,
        count,
        first_date,
        last_date,
    })
}

/// The one-mode network from counts kept elsewhere (a store's cosignings): each node with
/// the statements it signed, each pair with what it signed together. It equals [`build`]
/// over the signings those counts were taken from, for options without a date range
/// (`from`, `to`), which counts over all time cannot answer: `None` then. Nodes that
/// signed nothing, and pairs naming a node not given, are left out.
pub fn build_counted(nodes: &[NodeCount], pairs: &[PairCount], options: &Options) -> Option<Network> {
    if options.from.is_some() || options.to.is_some() {
        return None;
    }
    let mut kept: Vec<&NodeCount> = nodes
        .iter()
        .filter(|n| n.statements > 0 && country_kept(n.country.as_deref(), options))
        .collect();
    kept.sort_by(|a, b| a.id.cmp(&b.id));
    kept.dedup_by(|a, b| a.id == b.id);
    let index: HashMap<&str, usize> = kept.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let nodes: Vec<NetworkNode> = kept
        .iter()
        .map(|n| {
            let mut node = NetworkNode::new(&n.id, &n.label, n.country.as_deref());
            node.statements = n.statements;
            node
        })
        .collect();
    let mut edges: Vec<NetworkEdge> = pairs
        .iter()
        .filter_map(|p| {
            let (a, b) = (*index.get(p.a.as_str())?, *index.get(p.b.as_str())?);
            if a == b {
                return None;
            }
            let dates = p.first_date.clone().zip(p.last_date.clone());
            edge(
                &nodes,
                (a.min(b), a.max(b)),
                p.statements,
                p.newman,
                dates,
                options,
            )
        })
        .collect();
    edges.sort_by_key(|e| (e.source, e.target));
    Some(finish(nodes, edges, false, options))
}

fn finish(nodes: Vec<NetworkNode>, edges: Vec<NetworkEdge>, bipartite: bool, options: &Options) -> Network {
    let mut net = Network {
        nodes,
        edges,
        modularity: None,
        bipartite,
        metrics: false,
        weighting: options.weighting,
        seed: options.seed,
        period: None,
    };
    metrics::compute(&mut net, options.metrics && !bipartite);
    net
}

/// The bipartite network: the nodes kept by the filters (`kind` = `"party"`, sorted by id)
/// then the statements that have one of them as signatory (`kind` = `"statement"`, sorted by
/// id, labelled with the last segment of their id), one edge of weight 1 per signature.
///
/// Edge weights are always 1 (`weighting` is ignored and reported as `count`). Only degree,
/// weighted degree (= degree) and component are computed; the other metrics stay 0,
/// communities and modularity are not computed.
pub fn build_bipartite(signings: &Signings, options: &Options) -> Network {
    let selection = select(signings, &signings.by_statement(), |_| true, options);
    let parties = selection.nodes.len();
    let mut nodes: Vec<NetworkNode> = selection
        .nodes
        .iter()
        .map(|n| {
            let mut node = NetworkNode::new(&n.info.id, &n.info.label, n.info.country.as_deref());
            node.statements = n.statements;
            node.kind = Some("party".to_owned());
            node
        })
        .collect();
    let mut edges = Vec::new();
    for (i, st) in selection.statements.iter().enumerate() {
        let label = st.id.rsplit('/').find(|s| !s.is_empty()).unwrap_or(st.id);
        let mut node = NetworkNode::new(st.id, label, None);
        node.kind = Some("statement".to_owned());
        nodes.push(node);
        if options.min_weight.is_some_and(|m| 1.0 < m) {
            continue;
        }
        let day = st.date.map(|d| date(&selection, d));
        for &m in &st.members {
            edges.push(NetworkEdge {
                source: m as usize,
                target: parties + i,
                weight: 1.0,
                count: 1,
                first_date: day.clone(),
                last_date: day.clone(),
            });
        }
    }
    edges.sort_by_key(|e| (e.source, e.target));
    // One edge per signature, weight 1, whatever the weighting asked for.
    let options = Options {
        weighting: Weighting::Count,
        ..options.clone()
    };
    finish(nodes, edges, true, &options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Signing;

    fn s(statement: &str, date: &str, node: &str, country: &str) -> Signing {
        Signing {
            statement: statement.into(),
            date: Some(date.into()),
            node: node.into(),
            label: node.to_uppercase(),
            country: Some(country.into()),
        }
    }

    fn sample() -> Signings {
        sample_list().iter().collect()
    }

    fn sample_list() -> Vec<Signing> {
        vec![
            s("s1", "2020-01-01", "a", "GR"),
            s("s1", "2020-01-01", "b", "GR"),
            s("s1", "2020-01-01", "c", "PT"),
            s("s2", "2021-05-05", "b", "GR"),
            s("s2", "2021-05-05", "a", "GR"),
            s("s2", "2021-05-05", "b", "GR"),
        ]
    }

    #[test]
    fn one_weighted_edge_per_pair() {
        let net = build(&sample(), &Options::default());
        assert_eq!(net.nodes.len(), 3);
        assert_eq!(net.edges.len(), 3);
        let ab = net.edges.iter().find(|e| (e.source, e.target) == (0, 1)).unwrap();
        assert_eq!(ab.count, 2);
        assert_eq!(ab.first_date.as_deref(), Some("2020-01-01"));
        assert_eq!(ab.last_date.as_deref(), Some("2021-05-05"));
        let a = &net.nodes[0];
        assert_eq!((a.degree, a.weighted_degree, a.statements), (2, 3.0, 2));
        assert!(net.modularity.is_some());
    }

    #[test]
    fn weightings_and_filters() {
        let newman = Options {
            weighting: Weighting::Newman,
            ..Options::default()
        };
        let net = build(&sample(), &newman);
        // s1 has 3 signatories (1/2 per pair), s2 has 2 (1 per pair).
        assert_eq!(net.edges[0].weight, 1.5);
        let jaccard = Options {
            weighting: Weighting::Jaccard,
            ..Options::default()
        };
        let net = build(&sample(), &jaccard);
        assert_eq!(net.edges[0].weight, 1.0);
        assert_eq!(net.edges[1].weight, 0.5);
        let greek = Options {
            countries: vec!["gr".into()],
            ..Options::default()
        };
        let net = build(&sample(), &greek);
        assert_eq!((net.nodes.len(), net.edges.len()), (2, 1));
        let late = Options {
            from: Some("2021-01-01".into()),
            ..Options::default()
        };
        assert_eq!(build(&sample(), &late).nodes.len(), 2);
        let strong = Options {
            min_weight: Some(2.0),
            ..Options::default()
        };
        let net = build(&sample(), &strong);
        assert_eq!((net.nodes.len(), net.edges.len()), (3, 1));
    }

    #[test]
    fn input_order_does_not_matter() {
        let mut reversed = sample_list();
        reversed.reverse();
        let reversed: Signings = reversed.iter().collect();
        let options = Options {
            weighting: Weighting::Newman,
            ..Options::default()
        };
        assert_eq!(build(&sample(), &options), build(&reversed, &options));
    }

    /// The sample's counts, worked out by hand: a and b signed s1 and s2, c only s1.
    fn sample_counts() -> (Vec<NodeCount>, Vec<PairCount>) {
        let node = |id: &str, country: &str, statements| NodeCount {
            id: id.into(),
            label: id.to_uppercase(),
            country: Some(country.into()),
            statements,
        };
        let pair = |a: &str, b: &str, statements, newman, last: &str| PairCount {
            a: a.into(),
            b: b.into(),
            statements,
            newman,
            first_date: Some("2020-01-01".into()),
            last_date: Some(last.into()),
        };
        (
            vec![node("c", "PT", 1), node("a", "GR", 2), node("b", "GR", 2)],
            vec![
                pair("b", "a", 2, 1.5, "2021-05-05"),
                pair("a", "c", 1, 0.5, "2020-01-01"),
                pair("c", "b", 1, 0.5, "2020-01-01"),
            ],
        )
    }

    #[test]
    fn counts_kept_elsewhere_give_the_network_the_signings_give() {
        let (nodes, pairs) = sample_counts();
        for weighting in [Weighting::Count, Weighting::Newman, Weighting::Jaccard] {
            for countries in [vec![], vec!["gr".to_owned()]] {
                for min_weight in [None, Some(1.0)] {
                    let options = Options {
                        weighting,
                        countries: countries.clone(),
                        min_weight,
                        ..Options::default()
                    };
                    let counted = build_counted(&nodes, &pairs, &options).expect("no date range");
                    assert_eq!(counted, build(&sample(), &options), "{options:?}");
                }
            }
        }
        let dated = Options {
            from: Some("2021-01-01".into()),
            ..Options::default()
        };
        assert!(build_counted(&nodes, &pairs, &dated).is_none());
    }

    #[test]
    fn bipartite() {
        let net = build_bipartite(&sample(), &Options::default());
        assert_eq!(net.nodes.len(), 5);
        assert_eq!(net.edges.len(), 5);
        assert_eq!(net.nodes[3].kind.as_deref(), Some("statement"));
        assert_eq!(net.nodes[0].degree, 2);
        assert_eq!(net.modularity, None);
    }
}
