//! The co-signature network: built with petgraph from plain (statement, node) signings,
//! handed out as plain data (no petgraph type leaves this module), with the metrics networkx
//! computes, and written as GraphML, GEXF, DOT, node-link JSON, CSV or SVG.
//!
//! - [`Signings`] holds the input interned (numbers inside, strings stored once).
//! - [`build`] projects signings onto a one-mode network (party, person or country: the
//!   caller passes the memberships of that level), [`build_bipartite`] onto statements and
//!   nodes, [`slices`] into one network per [`Period`]; [`build_counted`] makes the same
//!   one-mode network from counts kept elsewhere (per node and per pair).
//! - Edge weights: [`Weighting`]; filters, seed and metrics: [`Options`].
//! - Metrics (node attributes): degree, weighted degree, statements, betweenness, closeness,
//!   eigenvector, clustering, component, community, and the partition's modularity; for a
//!   bipartite network only degree, weighted degree and component.
//! - [`write`] holds the writers; [`layout`] the force-directed positions they draw with.

mod build;
mod graph;
pub mod layout;
mod metrics;
mod model;
mod options;
mod pairs;
mod period;
mod rng;
mod select;
mod signings;
mod slices;
pub mod write;

pub use build::{build, build_bipartite, build_counted};
pub use model::{Network, NetworkEdge, NetworkNode, NodeCount, PairCount, Signing};
pub use options::{Options, Weighting};
pub use period::Period;
pub use signings::Signings;
pub use slices::slices;
