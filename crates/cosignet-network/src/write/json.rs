//! Node-link JSON as networkx's `node_link_graph` reads it (`directed`, `multigraph`,
//! `graph`, `nodes` with `id`, `links` with `source` and `target`).

use super::super::model::Network;
use super::columns::{edge_columns, node_columns};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// Writes `net` as node-link JSON.
pub fn json(net: &Network, mut w: impl Write) -> io::Result<()> {
    let node_cols = node_columns(net);
    let edge_cols = edge_columns();
    let nodes: Vec<Value> = net
        .nodes
        .iter()
        .map(|n| {
            let mut o = Map::new();
            o.insert("id".into(), json!(n.id));
            for c in &node_cols {
                o.insert(c.name.into(), (c.get)(n).json());
            }
            Value::Object(o)
        })
        .collect();
    let links: Vec<Value> = net
        .edges
        .iter()
        .map(|e| {
            let mut o = Map::new();
            o.insert("source".into(), json!(net.nodes[e.source].id));
            o.insert("target".into(), json!(net.nodes[e.target].id));
            for c in &edge_cols {
                o.insert(c.name.into(), (c.get)(e).json());
            }
            Value::Object(o)
        })
        .collect();
    let mut graph = Map::new();
    graph.insert("weighting".into(), json!(net.weighting.name()));
    if let Some(q) = net.modularity {
        graph.insert("modularity".into(), json!(q));
    }
    if let Some((start, end)) = &net.period {
        graph.insert("period_start".into(), json!(start));
        graph.insert("period_end".into(), json!(end));
    }
    let doc =
        json!({ "directed": false, "multigraph": false, "graph": graph, "nodes": nodes, "links": links });
    serde_json::to_writer_pretty(&mut w, &doc)?;
    writeln!(w)
}
