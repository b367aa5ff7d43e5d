//! Graphviz DOT (undirected), every attribute on its node or edge, graph-level `weighting`
//! and `modularity` as graph attributes.

use super::super::model::Network;
use super::columns::{edge_columns, node_columns, Column, Type};
use super::text::{dot_quote, number};
use std::io::{self, Write};

fn attributes<T>(columns: &[Column<T>], item: &T) -> String {
    columns
        .iter()
        .filter_map(|c| {
            let v = (c.get)(item).text()?;
            Some(match c.ty {
                Type::Text => format!("{}={}", c.name, dot_quote(&v)),
                Type::Int | Type::Double => format!("{}={v}", c.name),
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes `net` as DOT.
pub fn dot(net: &Network, mut w: impl Write) -> io::Result<()> {
    let nodes = node_columns(net);
    let edges = edge_columns();
    writeln!(w, "graph cosignatures {{")?;
    let mut graph = vec![format!("weighting={}", dot_quote(net.weighting.name()))];
    if let Some(q) = net.modularity {
        graph.push(format!("modularity={}", number(q)));
    }
    writeln!(w, "  graph [{}];", graph.join(", "))?;
    for n in &net.nodes {
        writeln!(w, "  {} [{}];", dot_quote(&n.id), attributes(&nodes, n))?;
    }
    for e in &net.edges {
        let (a, b) = (&net.nodes[e.source].id, &net.nodes[e.target].id);
        writeln!(
            w,
            "  {} -- {} [{}];",
            dot_quote(a),
            dot_quote(b),
            attributes(&edges, e)
        )?;
    }
    writeln!(w, "}}")
}
