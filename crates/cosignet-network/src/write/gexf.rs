//! GEXF 1.3 (`xmlns="http://gexf.net/1.3"`, `version="1.3"`) with typed attributes
//! (`attvalues`), `viz:color`, `viz:size` (by weighted degree) and `viz:position` (the
//! module's force-directed layout). The modularity and the weighting go into
//! `<meta><description>` as `modularity=...; weighting=...` (networkx's `read_gexf` drops
//! `<meta>`: read it from the XML). A time-sliced network is one dynamic file
//! (`mode="dynamic"`, `timeformat="date"`) with spells and dated attribute values.

use super::super::graph::Graph;
use super::super::layout::{layout, positions};
use super::super::metrics::louvain::louvain;
use super::super::model::{Network, NetworkEdge, NetworkNode};
use super::columns::{edge_columns, node_columns, Column, Type};
use super::palette::{colours, ColorBy, Rgb, OTHER, PALETTE};
use super::text::{number, xml_escape};
use std::collections::BTreeMap;
use std::io::{self, Write};

fn gexf_type(ty: Type) -> &'static str {
    match ty {
        Type::Int => "integer",
        Type::Double => "double",
        Type::Text => "string",
    }
}

fn header(w: &mut impl Write, description: &str) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(w, "    <creator>cosignet</creator>")?;
    writeln!(w, "    <description>{}</description>", xml_escape(description))?;
    writeln!(w, "  </meta>")
}

fn description(net: &Network) -> String {
    let mut parts = vec![format!(
        "cosignet co-signature network; weighting={}",
        net.weighting.name()
    )];
    if let Some(q) = net.modularity {
        parts.push(format!("modularity={}", number(q)));
    }
    parts.join("; ")
}

/// Declares the attributes other than `label` (native on nodes) and `weight` (native on
/// edges, except in dynamic files where it also varies by period).
fn declare<T>(w: &mut impl Write, class: &str, mode: &str, columns: &[&Column<T>]) -> io::Result<()> {
    writeln!(w, r#"    <attributes class="{class}" mode="{mode}">"#)?;
    for c in columns {
        let (name, ty) = (c.name, gexf_type(c.ty));
        writeln!(w, r#"      <attribute id="{name}" title="{name}" type="{ty}"/>"#)?;
    }
    writeln!(w, "    </attributes>")
}

/// The static `<attvalues>` of one node or edge: every column with a value.
fn attvalues<T>(w: &mut impl Write, columns: &[&Column<T>], item: &T) -> io::Result<()> {
    writeln!(w, "        <attvalues>")?;
    for c in columns {
        if let Some(v) = (c.get)(item).text() {
            let (name, value) = (c.name, xml_escape(&v));
            writeln!(w, r#"          <attvalue for="{name}" value="{value}"/>"#)?;
        }
    }
    writeln!(w, "        </attvalues>")
}

/// Size, position and colour of one node.
struct Viz {
    color: Rgb,
    size: f64,
    position: (f64, f64),
}

fn viz(w: &mut impl Write, v: &Viz) -> io::Result<()> {
    let (r, g, b) = v.color;
    writeln!(w, r#"        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>"#)?;
    writeln!(w, r#"        <viz:size value="{}"/>"#, number(v.size))?;
    let (x, y) = ((v.position.0 - 0.5) * 1000.0, (0.5 - v.position.1) * 1000.0);
    writeln!(
        w,
        r#"        <viz:position x="{}" y="{}" z="0.0"/>"#,
        number(x),
        number(y)
    )
}

/// Sizes from 4 to 40 by the square root of the weighted degree.
fn sizes(strength: &[f64]) -> Vec<f64> {
    let max = strength.iter().fold(0.0f64, |m, &s| m.max(s));
    strength
        .iter()
        .map(|&s| {
            if max > 0.0 {
                4.0 + 36.0 * (s / max).sqrt()
            } else {
                4.0
            }
        })
        .collect()
}

fn own_columns<'c, T>(columns: &'c [Column<T>], native: &str) -> Vec<&'c Column<T>> {
    columns.iter().filter(|c| c.name != native).collect()
}

/// Writes `net` as static GEXF 1.3, nodes coloured by community.
pub fn gexf(net: &Network, w: impl Write) -> io::Result<()> {
    gexf_by(net, ColorBy::Community, w)
}

/// Writes `net` as static GEXF 1.3, nodes coloured as `by` says.
pub fn gexf_by(net: &Network, by: ColorBy, mut w: impl Write) -> io::Result<()> {
    let node_cols = node_columns(net);
    let edge_cols = edge_columns();
    let (node_cols, edge_cols) = (
        own_columns(&node_cols, "label"),
        own_columns(&edge_cols, "weight"),
    );
    header(&mut w, &description(net))?;
    writeln!(w, r#"  <graph defaultedgetype="undirected" mode="static">"#)?;
    declare(&mut w, "node", "static", &node_cols)?;
    declare(&mut w, "edge", "static", &edge_cols)?;
    let (colour, _) = colours(net, by);
    let size = sizes(&net.nodes.iter().map(|n| n.weighted_degree).collect::<Vec<_>>());
    let pos = layout(net);
    writeln!(w, "    <nodes>")?;
    for (i, n) in net.nodes.iter().enumerate() {
        writeln!(
            w,
            r#"      <node id="{}" label="{}">"#,
            xml_escape(&n.id),
            xml_escape(&n.label)
        )?;
        attvalues(&mut w, &node_cols, n)?;
        viz(
            &mut w,
            &Viz {
                color: colour[i],
                size: size[i],
                position: pos[i],
            },
        )?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for (i, e) in net.edges.iter().enumerate() {
        let (a, b) = (
            xml_escape(&net.nodes[e.source].id),
            xml_escape(&net.nodes[e.target].id),
        );
        writeln!(
            w,
            r#"      <edge id="{i}" source="{a}" target="{b}" weight="{}">"#,
            number(e.weight)
        )?;
        attvalues(&mut w, &edge_cols, e)?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}

/// Where a node or edge of the union appears: (slice, index in that slice).
type Appearances = Vec<(usize, usize)>;

fn spells(w: &mut impl Write, slices: &[(String, Network)], seen: &Appearances) -> io::Result<()> {
    writeln!(w, "        <spells>")?;
    for &(s, _) in seen {
        if let Some((start, end)) = &slices[s].1.period {
            writeln!(w, r#"          <spell start="{start}" end="{end}"/>"#)?;
        }
    }
    writeln!(w, "        </spells>")
}

fn dated_values<T>(
    w: &mut impl Write,
    slices: &[(String, Network)],
    seen: &Appearances,
    columns: &[&Column<T>],
    item: impl Fn(&Network, usize) -> &T,
) -> io::Result<()> {
    writeln!(w, "        <attvalues>")?;
    for &(s, i) in seen {
        let net = &slices[s].1;
        let (start, end) = net.period.clone().unwrap_or_default();
        for c in columns {
            if let Some(v) = (c.get)(item(net, i)).text() {
                let (name, v) = (c.name, xml_escape(&v));
                writeln!(
                    w,
                    r#"          <attvalue for="{name}" value="{v}" start="{start}" end="{end}"/>"#
                )?;
            }
        }
    }
    writeln!(w, "        </attvalues>")
}

/// Writes time slices (from [`super::super::slices`]) as one dynamic GEXF 1.3 file: every node
/// and edge that appears in some period, with one spell per period it appears in and its
/// attributes (metrics included) dated by period. An edge's `weight` attribute on the element
/// is the sum over periods (the whole-range weight for `count` and `newman`). Colours and
/// positions come from the union of the periods (summed weights, Louvain communities).
pub fn gexf_dynamic(slices: &[(String, Network)], mut w: impl Write) -> io::Result<()> {
    let Some(first) = slices.first().map(|s| &s.1) else {
        header(&mut w, "cosignet co-signature network over time (no periods)")?;
        writeln!(
            w,
            r#"  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date"/>"#
        )?;
        return writeln!(w, "</gexf>");
    };
    let mut nodes: BTreeMap<&str, (&NetworkNode, Appearances)> = BTreeMap::new();
    let mut edges: BTreeMap<(&str, &str), (f64, Appearances)> = BTreeMap::new();
    for (s, (_, net)) in slices.iter().enumerate() {
        for (i, n) in net.nodes.iter().enumerate() {
            nodes.entry(&n.id).or_insert((n, Vec::new())).1.push((s, i));
        }
        for (i, e) in net.edges.iter().enumerate() {
            let key = (net.nodes[e.source].id.as_str(), net.nodes[e.target].id.as_str());
            let entry = edges.entry(key).or_insert((0.0, Vec::new()));
            entry.0 += e.weight;
            entry.1.push((s, i));
        }
    }
    let index: BTreeMap<&str, usize> = nodes.keys().enumerate().map(|(i, k)| (*k, i)).collect();
    let union: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|((a, b), (wt, _))| (index[a], index[b], *wt))
        .collect();
    let graph = Graph::new(nodes.len(), union.iter().copied());
    let community = louvain(&graph, first.seed);
    let size = sizes(&(0..nodes.len()).map(|v| graph.strength(v)).collect::<Vec<_>>());
    let pos = positions(nodes.len(), &union, first.seed);
    let start = slices
        .iter()
        .find_map(|s| s.1.period.as_ref())
        .map(|p| p.0.clone())
        .unwrap_or_default();
    let end = slices
        .iter()
        .rev()
        .find_map(|s| s.1.period.as_ref())
        .map(|p| p.1.clone())
        .unwrap_or_default();
    let node_cols = node_columns(first);
    let edge_cols = edge_columns();
    let node_cols = own_columns(&node_cols, "label");
    let edge_cols: Vec<&Column<NetworkEdge>> = edge_cols.iter().collect();
    header(
        &mut w,
        &format!(
            "cosignet co-signature network over time; weighting={}",
            first.weighting.name()
        ),
    )?;
    writeln!(
        w,
        r#"  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" start="{start}" end="{end}">"#
    )?;
    declare(&mut w, "node", "dynamic", &node_cols)?;
    declare(&mut w, "edge", "dynamic", &edge_cols)?;
    writeln!(w, "    <nodes>")?;
    for (v, (id, (n, seen))) in nodes.iter().enumerate() {
        writeln!(
            w,
            r#"      <node id="{}" label="{}">"#,
            xml_escape(id),
            xml_escape(&n.label)
        )?;
        dated_values(&mut w, slices, seen, &node_cols, |net, i| &net.nodes[i])?;
        spells(&mut w, slices, seen)?;
        let color = PALETTE.get(community[v]).copied().unwrap_or(OTHER);
        viz(
            &mut w,
            &Viz {
                color,
                size: size[v],
                position: pos[v],
            },
        )?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for (i, ((a, b), (weight, seen))) in edges.iter().enumerate() {
        let (a, b) = (xml_escape(a), xml_escape(b));
        writeln!(
            w,
            r#"      <edge id="{i}" source="{a}" target="{b}" weight="{}">"#,
            number(*weight)
        )?;
        dated_values(&mut w, slices, seen, &edge_cols, |net, i| &net.edges[i])?;
        spells(&mut w, slices, seen)?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}
