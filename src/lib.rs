//! cosignet: joint political statements to linked data and a co-signature network.
//!
//! The data flow, one module per arrow: [`text`] (bytes to numbered lines) ->
//! [`extract`] (lines to what a statement says) -> [`resolve`] (names to identities, with
//! [`reference`] data) -> [`rdf`] (records to quads) -> [`store`] (Oxigraph) -> [`queries`],
//! [`export`], [`network`]. [`load`] and [`ingest`] tie files to that flow, [`app`] offers
//! one call per subcommand, and [`cli`] is the command line.

#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod iri;
pub mod load;
pub mod network;
pub mod queries;
pub mod rdf;
pub mod record;
pub mod reference;
pub mod resolve;
pub mod results;
pub mod store;
pub mod text;
pub mod validate;
