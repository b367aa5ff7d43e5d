//! The co-signature network: built with petgraph from plain (statement, node) pairs, handed
//! out as plain data (no petgraph type leaves this module), written as GraphML, DOT,
//! node-link JSON or CSV.

pub mod build;
pub mod write;

pub use build::{build, Network, NetworkEdge, NetworkNode, Signing};
