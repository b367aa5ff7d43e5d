//! Connected components, and the deterministic numbering of any partition: by size, largest
//! first, then by smallest node index.

use super::super::graph::Graph;
use petgraph::unionfind::UnionFind;

/// Renumbers a partition (`labels[v]` any group id) so that group 0 is the largest, ties
/// going to the group holding the smallest node index.
pub(crate) fn renumber(labels: &[usize]) -> Vec<usize> {
    let groups = labels.iter().copied().max().map_or(0, |m| m + 1);
    let mut size = vec![0usize; groups];
    let mut smallest = vec![usize::MAX; groups];
    for (v, &l) in labels.iter().enumerate() {
        size[l] += 1;
        smallest[l] = smallest[l].min(v);
    }
    let mut order: Vec<usize> = (0..groups).filter(|&l| size[l] > 0).collect();
    order.sort_by_key(|&l| (std::cmp::Reverse(size[l]), smallest[l]));
    let mut number = vec![0; groups];
    for (i, &l) in order.iter().enumerate() {
        number[l] = i;
    }
    labels.iter().map(|&l| number[l]).collect()
}

/// The connected component of every node.
pub(crate) fn components(g: &Graph) -> Vec<usize> {
    let mut uf: UnionFind<usize> = UnionFind::new(g.len());
    for (v, list) in g.neighbours.iter().enumerate() {
        for &(u, _) in list {
            if u > v {
                uf.union(v, u);
            }
        }
    }
    renumber(&uf.into_labeling())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_first_then_smallest_index() {
        assert_eq!(renumber(&[5, 3, 3, 5, 7]), vec![0, 1, 1, 0, 2]);
        let g = Graph::new(5, [(0, 4, 1.0), (1, 2, 1.0), (2, 3, 1.0)].into_iter());
        assert_eq!(components(&g), vec![1, 0, 0, 0, 1]);
    }
}
