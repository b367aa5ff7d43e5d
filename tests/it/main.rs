//! The root package's integration tests, in one binary so that RocksDB is linked once (as
//! ripgrep keeps its tests in tests/integration): end-to-end runs of the built `cosignet`
//! through an on-disk store, identity resolution, eval's messages, exit statuses, the
//! habits of the command line, the bundled queries against their reference queries, tidy
//! checks that keep the assets and the code in step, and hostile use: the bad-input
//! catalogue, ingests killed at random, special files, links, paths, the store's marker and
//! lock.

mod catalogue;
mod cli;
mod common;
mod cosignings;
mod crash;
mod eval;
mod exit_codes;
mod habits;
mod ingest;
mod network;
mod publish;
mod queries;
mod resolve;
mod robustness;
mod tidy;
