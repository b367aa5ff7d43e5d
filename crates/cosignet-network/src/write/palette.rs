//! Colours of nodes (by community, by country, or by kind in a bipartite network) and the
//! legend that explains them, shared by the GEXF and SVG writers.

use super::super::model::Network;
use std::collections::HashMap;

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// Distinct colours for the largest groups, in order.
pub const PALETTE: [Rgb; 12] = [
    (0x1f, 0x77, 0xb4),
    (0xff, 0x7f, 0x0e),
    (0x2c, 0xa0, 0x2c),
    (0xd6, 0x27, 0x28),
    (0x94, 0x67, 0xbd),
    (0x8c, 0x56, 0x4b),
    (0xe3, 0x77, 0xc2),
    (0x17, 0xbe, 0xcf),
    (0xbc, 0xbd, 0x22),
    (0x39, 0x3b, 0x79),
    (0xff, 0xbb, 0x78),
    (0x98, 0xdf, 0x8a),
];

/// The colour of every group beyond the palette.
pub const OTHER: Rgb = (0xa0, 0xa0, 0xa0);

/// What the colours of the nodes show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColorBy {
    /// The community (or, without metrics, the connected component). In a bipartite network:
    /// the kind of node.
    #[default]
    Community,
    /// The country, the most frequent countries first.
    Country,
}

/// One legend line: what the colour stands for, the colour, and how many nodes have it.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// What the colour stands for.
    pub name: String,
    /// The colour.
    pub color: Rgb,
    /// Nodes with it.
    pub nodes: usize,
}

/// `#rrggbb`.
pub fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Ranks groups by size (largest first, then name) and colours the first ones.
fn colour_groups(keys: &[String], nodes_of: impl Fn(&str) -> String) -> (Vec<Rgb>, Vec<LegendEntry>) {
    let mut size: HashMap<&str, usize> = HashMap::new();
    for k in keys {
        *size.entry(k).or_default() += 1;
    }
    let mut ranked: Vec<(&str, usize)> = size.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let colour: HashMap<&str, Rgb> = ranked.iter().zip(PALETTE).map(|((k, _), c)| (*k, c)).collect();
    let colours = keys
        .iter()
        .map(|k| colour.get(k.as_str()).copied().unwrap_or(OTHER))
        .collect();
    let mut legend: Vec<LegendEntry> = ranked
        .iter()
        .take(PALETTE.len())
        .zip(PALETTE)
        .map(|((k, n), color)| LegendEntry {
            name: nodes_of(k),
            color,
            nodes: *n,
        })
        .collect();
    let rest: usize = ranked.iter().skip(PALETTE.len()).map(|x| x.1).sum();
    if rest > 0 {
        legend.push(LegendEntry {
            name: "other".into(),
            color: OTHER,
            nodes: rest,
        });
    }
    (colours, legend)
}

/// The colour of every node and the legend.
pub fn colours(net: &Network, by: ColorBy) -> (Vec<Rgb>, Vec<LegendEntry>) {
    if net.bipartite && by == ColorBy::Community {
        let keys: Vec<String> = net
            .nodes
            .iter()
            .map(|n| n.kind.clone().unwrap_or_default())
            .collect();
        let plural = |k: &str| match k {
            "party" => "parties".to_owned(),
            other => format!("{other}s"),
        };
        return colour_groups(&keys, plural);
    }
    match by {
        ColorBy::Country => {
            let keys: Vec<String> = net
                .nodes
                .iter()
                .map(|n| n.country.clone().unwrap_or_else(|| "(no country)".into()))
                .collect();
            colour_groups(&keys, str::to_owned)
        }
        ColorBy::Community => {
            let (word, group): (&str, fn(&super::super::NetworkNode) -> usize) = if net.metrics {
                ("community", |n| n.community)
            } else {
                ("component", |n| n.component)
            };
            // Name each group after its node with the largest weighted degree.
            let mut top: HashMap<usize, usize> = HashMap::new();
            for (i, n) in net.nodes.iter().enumerate() {
                let best = top.entry(group(n)).or_insert(i);
                if n.weighted_degree > net.nodes[*best].weighted_degree {
                    *best = i;
                }
            }
            // Zero-padded keys keep the rank order of equal-sized groups numeric.
            let keys: Vec<String> = net.nodes.iter().map(|n| format!("{:09}", group(n))).collect();
            colour_groups(&keys, |k| {
                let g: usize = k.parse().unwrap_or(0);
                let lead = top.get(&g).map(|&i| net.nodes[i].label.as_str()).unwrap_or("");
                format!("{word} {g}: {lead}")
            })
        }
    }
}
