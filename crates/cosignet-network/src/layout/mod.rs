//! A force-directed layout (Fruchterman-Reingold, with a little gravity so that separate
//! components stay in view), deterministic for the network's seed. Attraction along an edge
//! grows with its weight. Above [`EXACT_LIMIT`] nodes, repulsion is approximated with a
//! Barnes-Hut quadtree.

mod quadtree;

use super::model::Network;
use super::rng::Rng;
use quadtree::QuadTree;

/// Largest number of nodes for which repulsion is computed between all pairs.
pub const EXACT_LIMIT: usize = 2000;

/// Positions of the nodes (same order as `net.nodes`), scaled into the unit square.
pub fn layout(net: &Network) -> Vec<(f64, f64)> {
    let edges: Vec<(usize, usize, f64)> = net.edges.iter().map(|e| (e.source, e.target, e.weight)).collect();
    positions(net.nodes.len(), &edges, net.seed)
}

/// Positions of `n` nodes joined by weighted `edges`, scaled into the unit square.
pub(crate) fn positions(n: usize, edges: &[(usize, usize, f64)], seed: u64) -> Vec<(f64, f64)> {
    let mut rng = Rng::new(seed);
    let mut pos: Vec<(f64, f64)> = (0..n).map(|_| (rng.unit(), rng.unit())).collect();
    if n < 2 {
        return pos.iter().map(|_| (0.5, 0.5)).collect();
    }
    let max_w = edges.iter().fold(0.0f64, |m, e| m.max(e.2));
    let edges: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|&(a, b, w)| (a, b, if max_w > 0.0 { (w / max_w).sqrt() } else { 1.0 }))
        .collect();
    let k = (1.0 / n as f64).sqrt();
    let iterations = (300 * 500 / n).clamp(60, 300);
    // Pull towards the centre of the unit square, of the order of the total repulsion.
    let gravity = 0.6 * k * n as f64;
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for it in 0..iterations {
        let temperature = 0.1 * (1.0 - it as f64 / iterations as f64) + 0.002;
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        if n <= EXACT_LIMIT {
            for i in 0..n {
                for j in i + 1..n {
                    repel(&pos, &mut disp, i, j, k);
                }
            }
        } else {
            let tree = QuadTree::new(&pos);
            for (i, d) in disp.iter_mut().enumerate() {
                let (fx, fy) = tree.repulsion(i, pos[i], k, &pos);
                d.0 += fx;
                d.1 += fy;
            }
        }
        for &(a, b, w) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let dist = (dx * dx + dy * dy).sqrt().max(1e-9);
            let f = dist * w / k;
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for i in 0..n {
            disp[i].0 -= (pos[i].0 - 0.5) * gravity;
            disp[i].1 -= (pos[i].1 - 0.5) * gravity;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt();
            if len > 0.0 {
                let step = len.min(temperature) / len;
                pos[i].0 += disp[i].0 * step;
                pos[i].1 += disp[i].1 * step;
            }
        }
    }
    normalise(pos)
}

fn repel(pos: &[(f64, f64)], disp: &mut [(f64, f64)], i: usize, j: usize, k: f64) {
    let (mut dx, mut dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
    let mut d2 = dx * dx + dy * dy;
    if d2 < 1e-18 {
        // coincident nodes: push apart along a direction fixed by their indices
        dx = 1e-6 * ((i * 7 + j * 13) % 17) as f64 + 1e-7;
        dy = 1e-6 * ((i * 11 + j * 5) % 19) as f64;
        d2 = dx * dx + dy * dy;
    }
    let f = k * k / d2;
    disp[i].0 += dx * f;
    disp[i].1 += dy * f;
    disp[j].0 -= dx * f;
    disp[j].1 -= dy * f;
}

/// Scales positions into the unit square, keeping the aspect ratio, centred.
fn normalise(pos: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in &pos {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let span = (x1 - x0).max(y1 - y0).max(1e-12);
    let (ox, oy) = ((span - (x1 - x0)) / 2.0, (span - (y1 - y0)) / 2.0);
    pos.into_iter()
        .map(|(x, y)| ((x - x0 + ox) / span, (y - y0 + oy) / span))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_in_the_unit_square() {
        let edges: Vec<(usize, usize, f64)> = (0..30)
            .map(|i| (i, (i * 7 + 3) % 31, 1.0 + (i % 4) as f64))
            .collect();
        let a = positions(31, &edges, 9);
        assert_eq!(a, positions(31, &edges, 9));
        assert_ne!(a, positions(31, &edges, 10));
        assert!(a
            .iter()
            .all(|&(x, y)| (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y)));
        // The Barnes-Hut path too.
        let big: Vec<(usize, usize, f64)> = (0..2100).map(|i| (i, (i + 1) % 2100, 1.0)).collect();
        let b = positions(2100, &big, 1);
        assert!(b
            .iter()
            .all(|&(x, y)| (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y)));
    }
}
