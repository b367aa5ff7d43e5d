//! Writing a network: GraphML with typed keys ([`graphml`]), GEXF 1.3, static or dynamic from
//! time slices ([`gexf`], [`gexf_by`], [`gexf_dynamic`]), Graphviz DOT ([`dot`]), node-link
//! JSON ([`json`]), CSV as nodes and edges files ([`csv_nodes`], [`csv_edges`]) and an SVG
//! picture ([`svg`], [`svg_by`]). Every format uses the same attribute names (see
//! `columns`), and every output is the same for the same network.

pub(crate) mod columns;
mod csv;
mod dot;
mod gexf;
mod graphml;
mod json;
pub mod palette;
mod svg;
mod text;

pub use csv::{csv_edges, csv_nodes};
pub use dot::dot;
pub use gexf::{gexf, gexf_by, gexf_dynamic};
pub use graphml::graphml;
pub use json::json;
pub use palette::ColorBy;
pub use svg::{svg, svg_by, MAX_EDGES, MAX_LABELS};
pub use text::{number, xml_escape};

#[cfg(test)]
mod tests;
