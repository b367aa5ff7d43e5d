//! The local clustering coefficient, unweighted (networkx's `clustering(G)`): the share of
//! pairs of a node's neighbours that are linked.

use super::super::graph::Graph;

/// The clustering coefficient of every node (0 for nodes with fewer than two neighbours).
pub(crate) fn clustering(g: &Graph) -> Vec<f64> {
    let n = g.len();
    let mut mark = vec![false; n];
    let mut result = vec![0.0; n];
    for (list, coefficient) in g.neighbours.iter().zip(&mut result) {
        let d = list.len();
        if d < 2 {
            continue;
        }
        for &(u, _) in list {
            mark[u] = true;
        }
        // Each triangle through v is seen twice (once from each of its other two corners).
        let twice: usize = list
            .iter()
            .map(|&(u, _)| g.neighbours[u].iter().filter(|&&(x, _)| mark[x]).count())
            .sum();
        for &(u, _) in list {
            mark[u] = false;
        }
        *coefficient = twice as f64 / (d * (d - 1)) as f64;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangle_with_tail() {
        let g = Graph::new(
            4,
            [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 1.0)].into_iter(),
        );
        assert_eq!(clustering(&g), vec![1.0, 1.0, 1.0 / 3.0, 0.0]);
    }
}
