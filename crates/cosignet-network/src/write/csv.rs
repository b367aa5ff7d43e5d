//! CSV as two files: the nodes (`id` and every node attribute) and the edges (`source`,
//! `target`, both labels and every edge attribute).

use super::super::model::Network;
use super::columns::{edge_columns, node_columns};
use super::text::csv_field;
use std::io::{self, Write};

/// Writes the edges as CSV, one row per pair.
pub fn csv_edges(net: &Network, mut w: impl Write) -> io::Result<()> {
    let cols = edge_columns();
    let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
    writeln!(w, "source,target,source_label,target_label,{}", names.join(","))?;
    for e in &net.edges {
        let (a, b) = (&net.nodes[e.source], &net.nodes[e.target]);
        let mut row = vec![
            csv_field(&a.id),
            csv_field(&b.id),
            csv_field(&a.label),
            csv_field(&b.label),
        ];
        row.extend(
            cols.iter()
                .map(|c| csv_field(&(c.get)(e).text().unwrap_or_default())),
        );
        writeln!(w, "{}", row.join(","))?;
    }
    Ok(())
}

/// Writes the nodes as CSV with their attributes and metrics.
pub fn csv_nodes(net: &Network, mut w: impl Write) -> io::Result<()> {
    let cols = node_columns(net);
    let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
    writeln!(w, "id,{}", names.join(","))?;
    for n in &net.nodes {
        let mut row = vec![csv_field(&n.id)];
        row.extend(
            cols.iter()
                .map(|c| csv_field(&(c.get)(n).text().unwrap_or_default())),
        );
        writeln!(w, "{}", row.join(","))?;
    }
    Ok(())
}
