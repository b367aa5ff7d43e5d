//! Communities by modularity optimisation (Louvain: local moves, then aggregation, repeated
//! while nodes move). The visiting order is shuffled with the seed, so the partition is
//! deterministic for a given seed.

use super::super::graph::Graph;
use super::super::rng::Rng;
use super::components::renumber;

/// Cap on the local-move sweeps of one level (guards against float ties cycling).
const MAX_SWEEPS: usize = 200;

/// A gain must beat the current one by this much (relative to the node's degree) to move it.
const EPSILON: f64 = 1e-12;

/// One level of the aggregation: weighted neighbour lists, self-loop weights and degrees
/// (`degree = sum of neighbour weights + 2 * self-loop`).
struct Level {
    neighbours: Vec<Vec<(usize, f64)>>,
    loops: Vec<f64>,
    degree: Vec<f64>,
}

impl Level {
    fn of(g: &Graph) -> Self {
        let degree = (0..g.len()).map(|v| g.strength(v)).collect();
        Self {
            neighbours: g.neighbours.clone(),
            loops: vec![0.0; g.len()],
            degree,
        }
    }

    fn len(&self) -> usize {
        self.degree.len()
    }

    /// Moves nodes between communities while modularity grows; the communities (one id
    /// per node, ids are node indices) if any node moved.
    fn local_moves(&self, rng: &mut Rng) -> Option<Vec<usize>> {
        let n = self.len();
        let m2: f64 = self.degree.iter().sum();
        if m2 <= 0.0 {
            return None;
        }
        let mut community: Vec<usize> = (0..n).collect();
        let mut total = self.degree.clone();
        let mut order: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut order);
        let mut weight_to = vec![0.0; n];
        let mut seen = vec![false; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut any = false;
        for _ in 0..MAX_SWEEPS {
            let mut moved = false;
            for &i in &order {
                let k = self.degree[i];
                for &(j, w) in &self.neighbours[i] {
                    let c = community[j];
                    if !seen[c] {
                        seen[c] = true;
                        touched.push(c);
                    }
                    weight_to[c] += w;
                }
                let old = community[i];
                total[old] -= k;
                let mut best = old;
                let mut best_gain = weight_to[old] - total[old] * k / m2;
                for &c in &touched {
                    let gain = weight_to[c] - total[c] * k / m2;
                    if gain > best_gain + EPSILON * k {
                        best = c;
                        best_gain = gain;
                    }
                }
                total[best] += k;
                community[i] = best;
                moved |= best != old;
                for &c in &touched {
                    weight_to[c] = 0.0;
                    seen[c] = false;
                }
                touched.clear();
            }
            if !moved {
                break;
            }
            any = true;
        }
        any.then_some(community)
    }

    /// The level whose nodes are the communities (`community[i] < groups`).
    fn aggregate(&self, community: &[usize], groups: usize) -> Self {
        let mut loops = vec![0.0; groups];
        let mut degree = vec![0.0; groups];
        let mut between: Vec<(usize, usize, f64)> = Vec::new();
        for (i, list) in self.neighbours.iter().enumerate() {
            let c = community[i];
            loops[c] += self.loops[i];
            degree[c] += self.degree[i];
            for &(j, w) in list {
                let d = community[j];
                if c != d {
                    between.push((c, d, w));
                } else if j > i {
                    loops[c] += w;
                }
            }
        }
        between.sort_by_key(|t| (t.0, t.1));
        let mut neighbours: Vec<Vec<(usize, f64)>> = vec![Vec::new(); groups];
        for (c, d, w) in between {
            let list = &mut neighbours[c];
            match list.last_mut() {
                Some(last) if last.0 == d => last.1 += w,
                _ => list.push((d, w)),
            }
        }
        Self {
            neighbours,
            loops,
            degree,
        }
    }
}

/// The community of every node, numbered by size (largest first), then smallest node index.
pub(crate) fn louvain(g: &Graph, seed: u64) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..g.len()).collect();
    let mut level = Level::of(g);
    let mut rng = Rng::new(seed);
    while let Some(community) = level.local_moves(&mut rng) {
        // Compact ids, in order of first appearance.
        let mut id = vec![usize::MAX; level.len()];
        let mut groups = 0;
        let compact: Vec<usize> = community
            .iter()
            .map(|&c| {
                if id[c] == usize::MAX {
                    id[c] = groups;
                    groups += 1;
                }
                id[c]
            })
            .collect();
        for m in &mut membership {
            *m = compact[*m];
        }
        if groups == level.len() {
            break;
        }
        level = level.aggregate(&compact, groups);
    }
    renumber(&membership)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_two_cliques() {
        let mut edges = Vec::new();
        for base in [0, 5] {
            for a in 0..5 {
                for b in a + 1..5 {
                    edges.push((base + a, base + b, 1.0));
                }
            }
        }
        edges.push((4, 5, 1.0));
        let g = Graph::new(10, edges.into_iter());
        for seed in 0..5 {
            let c = louvain(&g, seed);
            assert_eq!(c, vec![0, 0, 0, 0, 0, 1, 1, 1, 1, 1], "seed {seed}");
        }
    }
}
