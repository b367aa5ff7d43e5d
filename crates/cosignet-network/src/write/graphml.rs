//! GraphML 1.0 with typed keys (`int`, `double`, `string`), so that Gephi and networkx read
//! numbers as numbers. Graph-level data: `weighting`, `modularity` (when computed) and, for a
//! time slice, `period_start` and `period_end`.

use super::super::model::Network;
use super::columns::{edge_columns, node_columns, Type};
use super::text::{number, xml_escape};
use std::io::{self, Write};

fn graphml_type(ty: Type) -> &'static str {
    match ty {
        Type::Int => "int",
        Type::Double => "double",
        Type::Text => "string",
    }
}

/// Writes `net` as GraphML.
pub fn graphml(net: &Network, mut w: impl Write) -> io::Result<()> {
    let nodes = node_columns(net);
    let edges = edge_columns();
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let mut graph_data: Vec<(&str, &str, String)> =
        vec![("weighting", "string", net.weighting.name().into())];
    if let Some(q) = net.modularity {
        graph_data.push(("modularity", "double", number(q)));
    }
    if let Some((start, end)) = &net.period {
        graph_data.push(("period_start", "string", start.clone()));
        graph_data.push(("period_end", "string", end.clone()));
    }
    for (name, ty, _) in &graph_data {
        writeln!(
            w,
            r#"  <key id="{name}" for="graph" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    for c in &nodes {
        let (name, ty) = (c.name, graphml_type(c.ty));
        writeln!(
            w,
            r#"  <key id="{name}" for="node" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    for c in &edges {
        let (name, ty) = (c.name, graphml_type(c.ty));
        writeln!(
            w,
            r#"  <key id="{name}" for="edge" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(w, r#"  <graph id="cosignatures" edgedefault="undirected">"#)?;
    for (name, _, value) in &graph_data {
        writeln!(w, r#"    <data key="{name}">{}</data>"#, xml_escape(value))?;
    }
    for n in &net.nodes {
        writeln!(w, r#"    <node id="{}">"#, xml_escape(&n.id))?;
        for c in &nodes {
            if let Some(v) = (c.get)(n).text() {
                writeln!(w, r#"      <data key="{}">{}</data>"#, c.name, xml_escape(&v))?;
            }
        }
        writeln!(w, "    </node>")?;
    }
    for e in &net.edges {
        let (a, b) = (&net.nodes[e.source].id, &net.nodes[e.target].id);
        writeln!(
            w,
            r#"    <edge source="{}" target="{}">"#,
            xml_escape(a),
            xml_escape(b)
        )?;
        for c in &edges {
            if let Some(v) = (c.get)(e).text() {
                writeln!(w, r#"      <data key="{}">{}</data>"#, c.name, xml_escape(&v))?;
            }
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
