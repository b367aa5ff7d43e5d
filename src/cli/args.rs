//! Every clap type of the command line.

use crate::export::ExportFormat;
use crate::results::ResultsFormat;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Joint political statements to linked data and a co-signature network.
#[derive(Debug, Parser)]
#[command(name = "cosignet", version, about, propagate_version = true)]
pub struct Cli {
    /// Options every subcommand uses.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every subcommand.
#[derive(Debug, Args)]
pub struct Global {
    /// Directory of the on-disk store (created by `ingest`).
    #[arg(long, global = true, env = "COSIGNET_STORE", default_value = "cosignet.db")]
    pub store: PathBuf,
    /// Base IRI under which statements, parties, persons and countries are minted.
    #[arg(long, global = true, env = "COSIGNET_BASE", default_value = crate::iri::DEFAULT_BASE)]
    pub base: String,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the statement record read from one statement text (or record file).
    Parse(ParseArgs),
    /// Read statement texts and records (files and folders) into the store.
    Ingest(IngestArgs),
    /// Run a bundled query (see --list) or an ad hoc SPARQL query.
    Query(QueryArgs),
    /// Write the whole store as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML.
    Export(ExportArgs),
    /// Build the co-signature network and write it for Gephi, networkx or Graphviz.
    Network(NetworkArgs),
    /// Measure extraction and resolution on texts with answer keys (NAME.expected.json).
    Eval(EvalArgs),
}

/// How `eval` prints its scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// One row per file and a total.
    Table,
    /// The totals as one JSON object with a `files` list.
    Json,
}

/// `cosignet eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of texts with answer keys beside them.
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: EvalFormat,
    /// Also list, per file, the signatories missed and those read in excess.
    #[arg(long)]
    pub details: bool,
}

/// Record formats `parse` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    /// JSON.
    Json,
    /// YAML.
    Yaml,
}

/// `cosignet parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The statement file (.txt .md .html, or a record .json .yaml .toml).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: RecordFormat,
    /// Print the numbered lines as cosignet reads them (after decoding and markup), instead of
    /// the record: what extraction sees.
    #[arg(long)]
    pub lines: bool,
}

/// `cosignet ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files and folders (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// `cosignet query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Name of a bundled query.
    #[arg(conflicts_with_all = ["sparql", "file", "list"])]
    pub name: Option<String>,
    /// List the bundled queries with their parameters.
    #[arg(long)]
    pub list: bool,
    /// A parameter of the bundled query, as name=value (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// An ad hoc SPARQL query.
    #[arg(long, conflicts_with = "file")]
    pub sparql: Option<String>,
    /// A file holding an ad hoc SPARQL query.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: ResultsFormat,
}

/// `cosignet export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "turtle")]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Network formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkFormat {
    /// GraphML with typed attributes (Gephi, networkx, yEd).
    Graphml,
    /// Graphviz DOT.
    Dot,
    /// Node-link JSON (networkx `node_link_graph`, d3).
    Json,
    /// CSV edge list (with --output, nodes go to FILE.nodes.csv beside it).
    Csv,
}

/// What the network's nodes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// One node per party.
    Party,
}

/// `cosignet network`.
#[derive(Debug, Args)]
pub struct NetworkArgs {
    /// What the nodes are.
    #[arg(long, value_enum, default_value = "party")]
    pub level: Level,
    /// Output format.
    #[arg(long, value_enum, default_value = "graphml")]
    pub format: NetworkFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Print each node's degree, weighted degree and statement count (on standard error
    /// when the network itself goes to standard output).
    #[arg(long)]
    pub metrics: bool,
}
