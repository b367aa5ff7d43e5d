//! One file per subcommand: each `run` makes one call into [`crate::app`] and prints what
//! it returns.

pub mod completions;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod man;
pub mod network;
pub mod parse;
pub mod push;
pub mod query;
pub mod resolve;
pub mod serve;
pub mod site;
pub mod validate;
