//! Betweenness and closeness centrality from one Dijkstra search per source (Brandes,
//! O(nm + n² log n)), on distance = 1 / weight. The sources are searched in parallel over the
//! available cores, in fixed blocks whose partial sums are added in block order, so the
//! result does not depend on the number of cores.
//!
//! Matches networkx's `betweenness_centrality(G, weight="distance", normalized=True)` and
//! `closeness_centrality(G, distance="distance")`: path lengths are summed as `dist[v] + d`
//! in the same order, and shortest paths are counted on exact float equality, as networkx does.

use super::super::graph::Graph;
use rayon::prelude::*;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Sources searched one after the other by one core (a unit of parallel work).
const BLOCK: usize = 32;

/// A queue entry: tentative distance, insertion counter (ties pop first-in first) and node.
struct Entry {
    dist: f64,
    count: u64,
    node: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    /// Reversed, so that `BinaryHeap` pops the smallest distance first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .dist
            .total_cmp(&self.dist)
            .then(other.count.cmp(&self.count))
    }
}

/// Buffers reused across sources.
struct Search {
    seen: Vec<f64>,
    done: Vec<bool>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    preds: Vec<Vec<usize>>,
    order: Vec<usize>,
    heap: BinaryHeap<Entry>,
}

impl Search {
    fn new(n: usize) -> Self {
        Self {
            seen: vec![f64::INFINITY; n],
            done: vec![false; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            preds: vec![Vec::new(); n],
            order: Vec::with_capacity(n),
            heap: BinaryHeap::new(),
        }
    }

    /// Dijkstra from `s` over `distances`: fills `order` (nodes by distance), `sigma` (shortest
    /// path counts), `preds`; returns the sum of the distances to the reached nodes.
    /// Every node reached is settled, so resetting the nodes of the last `order` clears all.
    fn run(&mut self, distances: &[Vec<(usize, f64)>], s: usize) -> f64 {
        for &v in &self.order {
            self.seen[v] = f64::INFINITY;
            self.done[v] = false;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
            self.preds[v].clear();
        }
        self.order.clear();
        let mut counter = 0u64;
        let mut total = 0.0;
        self.seen[s] = 0.0;
        self.sigma[s] = 1.0;
        self.heap.push(Entry {
            dist: 0.0,
            count: counter,
            node: s,
        });
        while let Some(Entry { dist, node: v, .. }) = self.heap.pop() {
            if self.done[v] {
                continue;
            }
            self.done[v] = true;
            self.order.push(v);
            total += dist;
            for &(w, d) in &distances[v] {
                let vw = dist + d;
                if !self.done[w] && vw < self.seen[w] {
                    self.seen[w] = vw;
                    counter += 1;
                    self.heap.push(Entry {
                        dist: vw,
                        count: counter,
                        node: w,
                    });
                    self.sigma[w] = self.sigma[v];
                    self.preds[w].clear();
                    self.preds[w].push(v);
                } else if vw == self.seen[w] {
                    self.sigma[w] += self.sigma[v];
                    self.preds[w].push(v);
                }
            }
        }
        total
    }
}

/// Betweenness (normalised by `(n - 1)(n - 2)`, endpoints excluded) and closeness
/// (Wasserman-Faust improved) of every node.
pub(crate) fn betweenness_closeness(g: &Graph) -> (Vec<f64>, Vec<f64>) {
    let n = g.len();
    let distances: Vec<Vec<(usize, f64)>> = g
        .neighbours
        .iter()
        .map(|l| l.iter().map(|&(u, w)| (u, 1.0 / w)).collect())
        .collect();
    // Each block of sources: its partial betweenness and its sources' closeness.
    let blocks: Vec<(Vec<f64>, Vec<f64>)> = (0..n.div_ceil(BLOCK))
        .into_par_iter()
        .map(|b| {
            let sources = b * BLOCK..((b + 1) * BLOCK).min(n);
            let mut search = Search::new(n);
            let mut betweenness = vec![0.0; n];
            let closeness = sources
                .map(|s| from_source(&mut search, &distances, s, &mut betweenness))
                .collect();
            (betweenness, closeness)
        })
        .collect();
    let mut betweenness = vec![0.0; n];
    let mut closeness = Vec::with_capacity(n);
    for (partial, close) in blocks {
        for (b, p) in betweenness.iter_mut().zip(partial) {
            *b += p;
        }
        closeness.extend(close);
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        for b in &mut betweenness {
            *b *= scale;
        }
    }
    (betweenness, closeness)
}

/// One source's search: adds its dependencies to `betweenness`, returns its closeness.
fn from_source(
    search: &mut Search,
    distances: &[Vec<(usize, f64)>],
    s: usize,
    betweenness: &mut [f64],
) -> f64 {
    let n = distances.len();
    let total = search.run(distances, s);
    let reached = search.order.len() as f64;
    let mut close = 0.0;
    if total > 0.0 && n > 1 {
        close = (reached - 1.0) / total;
        close *= (reached - 1.0) / (n - 1) as f64;
    }
    for &w in search.order.iter().rev() {
        let coeff = (1.0 + search.delta[w]) / search.sigma[w];
        for &v in &search.preds[w] {
            search.delta[v] += search.sigma[v] * coeff;
        }
        if w != s {
            betweenness[w] += search.delta[w];
        }
    }
    close
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_of_three() {
        // a - b - c with weights 1 and 2; b lies on the one a-c path.
        let g = Graph::new(3, [(0, 1, 1.0), (1, 2, 2.0)].into_iter());
        let (b, c) = betweenness_closeness(&g);
        assert_eq!(b, vec![0.0, 1.0, 0.0]);
        // distances from a: 1, 1.5 -> closeness 2 / 2.5
        assert!((c[0] - 2.0 / 2.5).abs() < 1e-15);
        assert!((c[1] - 2.0 / 1.5).abs() < 1e-15);
    }

    #[test]
    fn blocks_of_sources_add_up_to_the_whole() {
        // More nodes than one block: a cycle with a chord, weights varied.
        let n = 3 * BLOCK + 5;
        let mut edges: Vec<(usize, usize, f64)> =
            (0..n).map(|i| (i, (i + 1) % n, 1.0 + (i % 3) as f64)).collect();
        edges.push((0, n / 2, 2.0));
        let g = Graph::new(n, edges.into_iter());
        let (b, c) = betweenness_closeness(&g);
        // Node 0 and n / 2 carry the chord; every node is reached, so closeness is positive.
        assert!(b[0] > b[1] && b[n / 2] > b[n / 2 + 1], "{b:?}");
        assert!(c.iter().all(|&x| x > 0.0) && c.len() == n);
        // Same answer on one core.
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        assert_eq!(one.install(|| betweenness_closeness(&g)), (b, c));
    }

    #[test]
    fn equal_paths_split() {
        // square a-b-c-d-a, all weights 1: b and d each carry half of a-c.
        let g = Graph::new(
            4,
            [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (0, 3, 1.0)].into_iter(),
        );
        let (b, _) = betweenness_closeness(&g);
        for x in b {
            assert!((x - 1.0 / 6.0).abs() < 1e-15, "{x}");
        }
    }
}
