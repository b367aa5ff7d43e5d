//! The modularity of a partition, as `networkx.community.modularity(G, communities,
//! weight="weight")` computes it: the sum over communities of `L_c / m - (D_c / 2m)²`.

use super::super::graph::Graph;

/// The weighted modularity of `community` (one group number per node); `None` for a graph
/// without edges (where it is undefined).
pub(crate) fn modularity(g: &Graph, community: &[usize]) -> Option<f64> {
    let groups = community.iter().copied().max().map_or(0, |m| m + 1);
    let mut inside = vec![0.0; groups];
    let mut degree = vec![0.0; groups];
    let mut degree_sum = 0.0;
    for (v, list) in g.neighbours.iter().enumerate() {
        let c = community[v];
        let strength = g.strength(v);
        degree[c] += strength;
        degree_sum += strength;
        for &(u, w) in list {
            if u > v && community[u] == c {
                inside[c] += w;
            }
        }
    }
    if degree_sum <= 0.0 {
        return None;
    }
    let m = degree_sum / 2.0;
    let norm = 1.0 / (degree_sum * degree_sum);
    Some(
        (0..groups)
            .map(|c| inside[c] / m - degree[c] * degree[c] * norm)
            .sum(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_triangles_joined() {
        let edges = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)];
        let g = Graph::new(6, edges.iter().map(|&(a, b)| (a, b, 1.0)));
        let q = modularity(&g, &[0, 0, 0, 1, 1, 1]).unwrap();
        // networkx: 0.35714285714285715
        assert!((q - 5.0 / 14.0).abs() < 1e-15, "{q}");
        assert_eq!(modularity(&Graph::new(2, std::iter::empty()), &[0, 1]), None);
    }
}
