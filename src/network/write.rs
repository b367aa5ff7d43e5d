//! Writing a network: GraphML with typed keys (so Gephi and networkx read weights as
//! numbers), DOT, node-link JSON (networkx's layout) and CSV.

use super::build::Network;
use std::io::{self, Write};

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A number as GraphML/JSON/CSV write it: integers without a fraction.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// GraphML 1.0 with typed attribute keys.
pub fn graphml(net: &Network, mut w: impl Write) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, target, ty) in [
        ("label", "node", "string"),
        ("country", "node", "string"),
        ("statements", "node", "int"),
        ("degree", "node", "int"),
        ("weighted_degree", "node", "double"),
        ("weight", "edge", "double"),
        ("count", "edge", "int"),
        ("first_date", "edge", "string"),
        ("last_date", "edge", "string"),
    ] {
        writeln!(
            w,
            r#"  <key id="{id}" for="{target}" attr.name="{id}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(w, r#"  <graph id="cosignatures" edgedefault="undirected">"#)?;
    for n in &net.nodes {
        writeln!(w, r#"    <node id="{}">"#, xml_escape(&n.id))?;
        writeln!(w, r#"      <data key="label">{}</data>"#, xml_escape(&n.label))?;
        if let Some(c) = &n.country {
            writeln!(w, r#"      <data key="country">{}</data>"#, xml_escape(c))?;
        }
        writeln!(w, r#"      <data key="statements">{}</data>"#, n.statements)?;
        writeln!(w, r#"      <data key="degree">{}</data>"#, n.degree)?;
        writeln!(
            w,
            r#"      <data key="weighted_degree">{}</data>"#,
            number(n.weighted_degree)
        )?;
        writeln!(w, "    </node>")?;
    }
    for e in &net.edges {
        writeln!(
            w,
            r#"    <edge source="{}" target="{}">"#,
            xml_escape(&net.nodes[e.source].id),
            xml_escape(&net.nodes[e.target].id)
        )?;
        writeln!(w, r#"      <data key="weight">{}</data>"#, number(e.weight))?;
        writeln!(w, r#"      <data key="count">{}</data>"#, e.count)?;
        for (k, v) in [("first_date", &e.first_date), ("last_date", &e.last_date)] {
            if let Some(v) = v {
                writeln!(w, r#"      <data key="{k}">{}</data>"#, xml_escape(v))?;
            }
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

fn dot_quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
    )
}

/// Graphviz DOT (undirected).
pub fn dot(net: &Network, mut w: impl Write) -> io::Result<()> {
    writeln!(w, "graph cosignatures {{")?;
    for n in &net.nodes {
        let country = n.country.as_deref().unwrap_or("");
        writeln!(
            w,
            "  {} [label={}, country={}, statements={}, degree={}, weighted_degree={}];",
            dot_quote(&n.id),
            dot_quote(&n.label),
            dot_quote(country),
            n.statements,
            n.degree,
            number(n.weighted_degree)
        )?;
    }
    for e in &net.edges {
        writeln!(
            w,
            "  {} -- {} [weight={}, count={}];",
            dot_quote(&net.nodes[e.source].id),
            dot_quote(&net.nodes[e.target].id),
            number(e.weight),
            e.count
        )?;
    }
    writeln!(w, "}}")
}

/// Node-link JSON as networkx's `node_link_graph` reads it.
pub fn json(net: &Network, w: impl Write) -> io::Result<()> {
    let nodes: Vec<serde_json::Value> = net
        .nodes
        .iter()
        .map(|n| {
            serde_json::json!({
                "id": n.id, "label": n.label, "country": n.country, "statements": n.statements,
                "degree": n.degree, "weighted_degree": n.weighted_degree,
            })
        })
        .collect();
    let links: Vec<serde_json::Value> = net
        .edges
        .iter()
        .map(|e| {
            serde_json::json!({
                "source": net.nodes[e.source].id, "target": net.nodes[e.target].id,
                "weight": e.weight, "count": e.count, "first_date": e.first_date, "last_date": e.last_date,
            })
        })
        .collect();
    let doc = serde_json::json!({ "directed": false, "multigraph": false, "graph": {}, "nodes": nodes, "links": links });
    let mut w = w;
    serde_json::to_writer_pretty(&mut w, &doc)?;
    writeln!(w)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The edges as CSV, one row per pair, with both labels.
pub fn csv_edges(net: &Network, mut w: impl Write) -> io::Result<()> {
    writeln!(
        w,
        "source,target,source_label,target_label,weight,count,first_date,last_date"
    )?;
    for e in &net.edges {
        let (a, b) = (&net.nodes[e.source], &net.nodes[e.target]);
        writeln!(
            w,
            "{},{},{},{},{},{},{},{}",
            csv_field(&a.id),
            csv_field(&b.id),
            csv_field(&a.label),
            csv_field(&b.label),
            number(e.weight),
            e.count,
            e.first_date.as_deref().unwrap_or(""),
            e.last_date.as_deref().unwrap_or("")
        )?;
    }
    Ok(())
}

/// The nodes as CSV with their attributes and metrics.
pub fn csv_nodes(net: &Network, mut w: impl Write) -> io::Result<()> {
    writeln!(w, "id,label,country,statements,degree,weighted_degree")?;
    for n in &net.nodes {
        writeln!(
            w,
            "{},{},{},{},{},{}",
            csv_field(&n.id),
            csv_field(&n.label),
            csv_field(n.country.as_deref().unwrap_or("")),
            n.statements,
            n.degree,
            number(n.weighted_degree)
        )?;
    }
    Ok(())
}
