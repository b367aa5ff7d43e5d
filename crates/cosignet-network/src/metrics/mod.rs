//! Node metrics, with the definitions networkx uses: degree and weighted degree, Brandes
//! betweenness and closeness on distance = 1 / weight ([`paths`]), eigenvector centrality
//! ([`eigenvector`]), local clustering ([`clustering`]), connected components
//! ([`components`]), Louvain communities ([`louvain`]) and their modularity ([`modularity`]).

pub(crate) mod clustering;
pub(crate) mod components;
pub(crate) mod eigenvector;
pub(crate) mod louvain;
pub(crate) mod modularity;
pub(crate) mod paths;

use super::graph::Graph;
use super::model::Network;

/// The graph of a network's edges.
pub(crate) fn graph_of(net: &Network) -> Graph {
    Graph::new(
        net.nodes.len(),
        net.edges.iter().map(|e| (e.source, e.target, e.weight)),
    )
}

/// Fills degree, weighted degree and component of every node and, when `full`, the other
/// metrics, the communities and the modularity.
pub(crate) fn compute(net: &mut Network, full: bool) {
    let g = graph_of(net);
    for (v, node) in net.nodes.iter_mut().enumerate() {
        node.degree = g.neighbours[v].len();
        node.weighted_degree = g.strength(v);
    }
    for (node, c) in net.nodes.iter_mut().zip(components::components(&g)) {
        node.component = c;
    }
    net.metrics = full;
    if !full {
        return;
    }
    let (betweenness, closeness) = paths::betweenness_closeness(&g);
    let eigenvector = eigenvector::eigenvector(&g);
    let clustering = clustering::clustering(&g);
    let communities = louvain::louvain(&g, net.seed);
    net.modularity = modularity::modularity(&g, &communities);
    for (v, node) in net.nodes.iter_mut().enumerate() {
        node.betweenness = betweenness[v];
        node.closeness = closeness[v];
        node.eigenvector = eigenvector[v];
        node.clustering = clustering[v];
        node.community = communities[v];
    }
}
