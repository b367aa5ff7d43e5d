//! The internal graph the metrics run on: a petgraph undirected graph, read once into sorted
//! neighbour lists. Nothing here leaves the module.

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

/// Neighbour lists with edge weights, node `i` being `nodes[i]` of the network.
pub(crate) struct Graph {
    /// For each node, its neighbours and the weights of the edges to them, by neighbour index.
    pub(crate) neighbours: Vec<Vec<(usize, f64)>>,
}

impl Graph {
    /// The graph of `n` nodes with these weighted edges (no self-loops, no duplicates).
    pub(crate) fn new(n: usize, edges: impl Iterator<Item = (usize, usize, f64)>) -> Self {
        let mut g: UnGraph<(), f64> = UnGraph::default();
        for _ in 0..n {
            g.add_node(());
        }
        for (a, b, w) in edges {
            g.add_edge(NodeIndex::new(a), NodeIndex::new(b), w);
        }
        let neighbours = g
            .node_indices()
            .map(|v| {
                let mut list: Vec<(usize, f64)> = g
                    .edges(v)
                    .map(|e| {
                        let other = if e.source() == v { e.target() } else { e.source() };
                        (other.index(), *e.weight())
                    })
                    .collect();
                list.sort_unstable_by_key(|x| x.0);
                list
            })
            .collect();
        Self { neighbours }
    }

    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.neighbours.len()
    }

    /// Sum of the weights of the edges of `v`.
    pub(crate) fn strength(&self, v: usize) -> f64 {
        self.neighbours[v].iter().map(|x| x.1).sum()
    }
}
