//! A picture of the network as SVG: the module's force-directed layout, node radius by
//! weighted degree, colour by community (or country, or kind in a bipartite network), the
//! strongest edges, labels for the largest nodes, and a legend. Hovering a node shows its
//! label and metrics (`<title>`).

use super::super::layout::layout;
use super::super::model::Network;
use super::palette::{colours, hex, ColorBy};
use super::text::{number, xml_escape};
use std::io::{self, Write};

const WIDTH: f64 = 1200.0;
const HEIGHT: f64 = 900.0;
/// The drawing area: left, top, size (square).
const PLOT: (f64, f64, f64) = (30.0, 60.0, 810.0);
/// Left edge of the legend.
const LEGEND_X: f64 = 880.0;
/// At most this many edges are drawn (the strongest).
pub const MAX_EDGES: usize = 4000;
/// At most this many nodes are labelled (the largest by weighted degree).
pub const MAX_LABELS: usize = 20;
const FONT: &str = "Helvetica, Arial, sans-serif";

/// A label's box: left, top, right, bottom.
type Box = (f64, f64, f64, f64);

/// Where a label of `text` for a node at `at` with radius `r` fits without overlapping the
/// labels already `placed` (right, left, above or below the node); adds its box.
fn place_label(
    text: &str,
    at: (f64, f64),
    r: f64,
    placed: &mut Vec<Box>,
) -> Option<(f64, f64, &'static str)> {
    let width = 6.2 * text.chars().count() as f64;
    let (x, y) = at;
    let candidates = [
        (
            x + r + 2.0,
            y + 4.0,
            "start",
            (x + r + 2.0, y - 8.0, x + r + 2.0 + width, y + 5.0),
        ),
        (
            x - r - 2.0,
            y + 4.0,
            "end",
            (x - r - 2.0 - width, y - 8.0, x - r - 2.0, y + 5.0),
        ),
        (
            x,
            y - r - 4.0,
            "middle",
            (x - width / 2.0, y - r - 16.0, x + width / 2.0, y - r - 3.0),
        ),
        (
            x,
            y + r + 12.0,
            "middle",
            (x - width / 2.0, y + r, x + width / 2.0, y + r + 14.0),
        ),
    ];
    let overlaps = |a: &Box, b: &Box| a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
    let inside = |b: &Box| b.0 >= 2.0 && b.2 <= LEGEND_X - 8.0 && b.1 >= 58.0 && b.3 <= HEIGHT - 2.0;
    let (lx, ly, anchor, bx) = candidates
        .into_iter()
        .find(|c| inside(&c.3) && !placed.iter().any(|p| overlaps(p, &c.3)))?;
    placed.push(bx);
    Some((lx, ly, anchor))
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

/// Draws `net` as SVG, nodes coloured by community.
pub fn svg(net: &Network, w: impl Write) -> io::Result<()> {
    svg_by(net, ColorBy::Community, w)
}

/// Draws `net` as SVG, nodes coloured as `by` says.
pub fn svg_by(net: &Network, by: ColorBy, mut w: impl Write) -> io::Result<()> {
    let n = net.nodes.len();
    let pos: Vec<(f64, f64)> = layout(net)
        .into_iter()
        .map(|(x, y)| {
            (
                PLOT.0 + 15.0 + x * (PLOT.2 - 30.0),
                PLOT.1 + 15.0 + y * (PLOT.2 - 30.0),
            )
        })
        .collect();
    let (colour, legend) = colours(net, by);
    let max_wd = net.nodes.iter().fold(0.0f64, |m, x| m.max(x.weighted_degree));
    let r_max = (18.0 * (60.0 / n.max(1) as f64).sqrt()).clamp(5.0, 18.0);
    let radius: Vec<f64> = net
        .nodes
        .iter()
        .map(|x| {
            if max_wd > 0.0 {
                2.5 + (r_max - 2.5) * (x.weighted_degree / max_wd).sqrt()
            } else {
                3.0
            }
        })
        .collect();
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}">"#
    )?;
    writeln!(
        w,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##
    )?;
    let mut title = if net.bipartite {
        "Statements and signatories".to_owned()
    } else {
        "Co-signature network".to_owned()
    };
    if let Some((start, end)) = &net.period {
        title.push_str(&format!(", {start} to {end}"));
    }
    writeln!(
        w,
        r##"<text x="30" y="34" font-size="20" font-weight="bold" fill="#222">{}</text>"##,
        xml_escape(&title)
    )?;
    writeln!(
        w,
        r##"<text x="30" y="52" font-size="12" fill="#555">{n} nodes, {} edges, weighting: {}</text>"##,
        net.edges.len(),
        net.weighting.name()
    )?;
    // Edges, weakest first so the strongest are drawn on top.
    let mut order: Vec<usize> = (0..net.edges.len()).collect();
    order.sort_by(|&a, &b| {
        net.edges[b]
            .weight
            .total_cmp(&net.edges[a].weight)
            .then(a.cmp(&b))
    });
    order.truncate(MAX_EDGES);
    let max_w = order
        .first()
        .map_or(1.0, |&i| net.edges[i].weight)
        .max(f64::MIN_POSITIVE);
    // The more edges are drawn, the fainter each one.
    let fade = (300.0 / order.len().max(1) as f64).sqrt().min(1.0);
    writeln!(w, r##"<g stroke="#7a7a7a" stroke-linecap="round">"##)?;
    for &i in order.iter().rev() {
        let e = &net.edges[i];
        let t = (e.weight / max_w).clamp(0.0, 1.0);
        let ((x1, y1), (x2, y2)) = (pos[e.source], pos[e.target]);
        writeln!(
            w,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke-width="{:.2}" stroke-opacity="{:.3}"/>"#,
            0.4 + 2.2 * t,
            (0.06 + 0.5 * t) * fade
        )?;
    }
    writeln!(w, "</g>")?;
    // Nodes, smallest first so the largest are on top.
    let mut by_size: Vec<usize> = (0..n).collect();
    by_size.sort_by(|&a, &b| radius[a].total_cmp(&radius[b]).then(a.cmp(&b)));
    writeln!(w, r##"<g stroke="#ffffff" stroke-width="0.8">"##)?;
    for &i in &by_size {
        let x = &net.nodes[i];
        let (cx, cy) = pos[i];
        let mut tip = x.label.clone();
        if let Some(c) = &x.country {
            tip.push_str(&format!(" ({c})"));
        }
        tip.push_str(&format!(
            ": degree {}, weighted degree {}, statements {}",
            x.degree,
            number(x.weighted_degree),
            x.statements
        ));
        if net.metrics {
            tip.push_str(&format!(", community {}", x.community));
        }
        writeln!(
            w,
            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{:.1}" fill="{}"><title>{}</title></circle>"#,
            radius[i],
            hex(colour[i]),
            xml_escape(&tip)
        )?;
    }
    writeln!(w, "</g>")?;
    // Labels of the largest nodes, with a white halo.
    let mut largest: Vec<usize> = (0..n).collect();
    largest.sort_by(|&a, &b| {
        net.nodes[b]
            .weighted_degree
            .total_cmp(&net.nodes[a].weighted_degree)
            .then(a.cmp(&b))
    });
    largest.truncate(MAX_LABELS);
    writeln!(
        w,
        r##"<g font-size="11" fill="#111" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">"##
    )?;
    let mut placed: Vec<Box> = Vec::new();
    let mut labelled = 0;
    for &i in &largest {
        let text = clip(&net.nodes[i].label, 40);
        if let Some((x, y, anchor)) = place_label(&text, pos[i], radius[i], &mut placed) {
            labelled += 1;
            writeln!(
                w,
                r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}">{}</text>"#,
                xml_escape(&text)
            )?;
        }
    }
    writeln!(w, "</g>")?;
    // Legend.
    let heading = match (by, net.bipartite, net.metrics) {
        (ColorBy::Country, _, _) => "Colour: country",
        (_, true, _) => "Colour: kind of node",
        (_, _, true) => "Colour: community (Louvain)",
        _ => "Colour: connected component",
    };
    let mut y = 80.0;
    writeln!(w, r##"<g font-size="12" fill="#222">"##)?;
    writeln!(
        w,
        r#"<text x="{LEGEND_X}" y="{y}" font-weight="bold">{heading}</text>"#
    )?;
    for entry in &legend {
        y += 20.0;
        writeln!(
            w,
            r#"<rect x="{LEGEND_X}" y="{:.1}" width="12" height="12" fill="{}"/>"#,
            y - 10.0,
            hex(entry.color)
        )?;
        let text = format!("{} ({})", clip(&entry.name, 40), entry.nodes);
        writeln!(
            w,
            r#"<text x="{}" y="{y:.1}">{}</text>"#,
            LEGEND_X + 18.0,
            xml_escape(&text)
        )?;
    }
    let mut notes = vec!["Node size: weighted degree".to_owned()];
    if net.edges.len() > MAX_EDGES {
        notes.push(format!("Edges: the {MAX_EDGES} strongest of {}", net.edges.len()));
    }
    if let Some(q) = net.modularity {
        notes.push(format!("Modularity: {q:.4}"));
    }
    notes.push(format!(
        "Labels: {labelled} of the {} largest nodes",
        largest.len()
    ));
    y += 20.0;
    for note in notes {
        y += 18.0;
        writeln!(
            w,
            r##"<text x="{LEGEND_X}" y="{y:.1}" fill="#555">{}</text>"##,
            xml_escape(&note)
        )?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, "</svg>")
}
