//! cosignet: joint political statements to linked data and a co-signature network.
//!
//! The workspace has three crates, and dependencies run one way:
//! `cosignet-text` (bytes to statement records: [`text`], [`extract`], [`resolve`],
//! [`reference`], [`record`], [`load`], [`eval`]) and `cosignet-network` ([`network`]: plain
//! signings to networks and files) know nothing of RDF; this crate maps records to RDF
//! ([`rdf`]), keeps them in Oxigraph ([`store`]; its folder's marker and lock in [`lock`]),
//! reads folders into it ([`walk`], [`ingest`]) and answers from it ([`queries`],
//! [`results`], [`export`], [`validate`]). [`app`] offers one call per
//! subcommand, the long ones reporting to a [`progress`] observer, and [`cli`] is the command
//! line: the only module that knows clap, prints or picks exit codes.

#![warn(missing_docs)]

pub use cosignet_network as network;
pub use cosignet_text::{eval, extract, iri, load, record, reference, resolve, text};

pub mod app;
pub mod cli;
pub mod export;
pub mod ingest;
pub mod jsonld;
pub mod limits;
pub mod lock;
pub mod negotiate;
pub mod pages;
pub mod progress;
pub mod push;
pub mod queries;
pub mod rdf;
pub mod results;
pub mod serve;
pub mod site;
pub mod store;
pub mod validate;
pub mod walk;
