//! Eigenvector centrality by power iteration on `A + I`, as networkx's
//! `eigenvector_centrality(G, weight="weight")` computes it: start from `1 / n` everywhere,
//! normalise to Euclidean norm 1 after each step, stop when the L1 change is below `n * tol`.

use super::super::graph::Graph;

/// Convergence tolerance per node (networkx's default is 1e-6; we converge much tighter).
pub(crate) const TOLERANCE: f64 = 1e-12;

/// Iteration cap; the last iterate is returned if it is reached.
pub(crate) const MAX_ITERATIONS: usize = 10_000;

/// The eigenvector centrality of every node (positive, Euclidean norm 1).
pub(crate) fn eigenvector(g: &Graph) -> Vec<f64> {
    let n = g.len();
    if n == 0 {
        return Vec::new();
    }
    let mut x = vec![1.0 / n as f64; n];
    for _ in 0..MAX_ITERATIONS {
        let last = x.clone();
        for (v, list) in g.neighbours.iter().enumerate() {
            for &(u, w) in list {
                x[u] += last[v] * w;
            }
        }
        let norm = euclidean_norm(&x);
        let norm = if norm == 0.0 { 1.0 } else { norm };
        for xi in &mut x {
            *xi /= norm;
        }
        let change: f64 = x.iter().zip(&last).map(|(a, b)| (a - b).abs()).sum();
        if change < n as f64 * TOLERANCE {
            break;
        }
    }
    x
}

/// The Euclidean norm, scaled so that it neither overflows nor underflows.
fn euclidean_norm(x: &[f64]) -> f64 {
    let max = x.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if max == 0.0 || !max.is_finite() {
        return max;
    }
    max * x.iter().map(|v| (v / max) * (v / max)).sum::<f64>().sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_centre_is_highest() {
        let g = Graph::new(4, [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)].into_iter());
        let x = eigenvector(&g);
        // A star's leading eigenvector: centre 1/sqrt(2), leaves 1/sqrt(6).
        assert!((x[0] - 0.5f64.sqrt()).abs() < 1e-9, "{x:?}");
        assert!((x[1] - (1.0f64 / 6.0).sqrt()).abs() < 1e-9, "{x:?}");
    }
}
