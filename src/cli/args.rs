//! Every clap type of the command line, and the explicit conversions of its value enums to
//! the library's (which know nothing of clap).

use crate::network::Period;
use crate::record::IsoDate;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Joint political statements to linked data and a co-signature network.
#[derive(Debug, Parser)]
#[command(
    name = "cosignet",
    version,
    about,
    propagate_version = true,
    after_long_help = super::exit_status_help()
)]
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
    /// Override file (TOML) with a curator's corrections to identity resolution. Without
    /// it, `cosignet.toml` in the working directory (or, for `ingest`, in a folder being
    /// ingested) is used when present.
    #[arg(long, global = true, env = "COSIGNET_OVERRIDES", visible_alias = "aliases")]
    pub overrides: Option<PathBuf>,
    /// No progress bars and no informational messages on standard error (warnings and
    /// errors still print).
    #[arg(long, short, global = true)]
    pub quiet: bool,
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
    /// Show how names resolve to identities, or report every identity in the store with
    /// its spellings, the fallback ones and likely duplicates (--report).
    Resolve(ResolveArgs),
    /// Check the store against the bundled SHACL shapes (ontology/shapes.ttl).
    Validate,
    /// Write the store as a static linked-data site: a page, Turtle and JSON-LD per
    /// entity, indexes, dumps, VoID, a sitemap and content-negotiation rules.
    Site(SiteArgs),
    /// Serve the site's pages from the store, with content negotiation and a read-only
    /// SPARQL endpoint at /sparql.
    Serve(ServeArgs),
    /// Send the store to a remote triple store (SPARQL Graph Store Protocol, one PUT per
    /// named graph). Credentials come from COSIGNET_PUSH_USER and COSIGNET_PUSH_PASSWORD, or
    /// COSIGNET_PUSH_TOKEN.
    Push(PushArgs),
    /// Print a shell completion script (e.g. `cosignet completions bash > ~/.local/share/bash-completion/completions/cosignet`).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `cosignet man | man -l -`.
    Man,
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

/// Record formats `parse` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    /// JSON.
    Json,
    /// YAML.
    Yaml,
}

/// `cosignet ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files and folders (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print how long each phase took.
    #[arg(long)]
    pub timings: bool,
    /// Largest file to read, in bytes or with a unit (K, M, G: powers of 1024); larger
    /// files fail without being read.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = crate::walk::parse_size)]
    pub max_file_size: u64,
    /// When to compact the store afterwards (rewrite its indexes for fast reading): auto
    /// once what was written since the last compaction reaches a tenth of the store.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub compact: CompactWhen,
}

/// When `ingest` compacts the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompactWhen {
    /// Once the triples written since the last compaction reach a tenth of the store.
    Auto,
    /// After this ingest.
    Always,
    /// Not after this ingest (what it wrote still counts towards the next one).
    Never,
}

impl From<CompactWhen> for crate::store::Compaction {
    fn from(w: CompactWhen) -> Self {
        match w {
            CompactWhen::Auto => Self::Auto,
            CompactWhen::Always => Self::Always,
            CompactWhen::Never => Self::Never,
        }
    }
}

/// `cosignet query`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["name", "list", "sparql", "file"])))]
pub struct QueryArgs {
    /// Name of a bundled query.
    pub name: Option<String>,
    /// List the bundled queries with their parameters.
    #[arg(long)]
    pub list: bool,
    /// A parameter of the bundled query, as name=value (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE", conflicts_with_all = ["sparql", "file", "list"])]
    pub params: Vec<String>,
    /// An ad hoc SPARQL query.
    #[arg(long)]
    pub sparql: Option<String>,
    /// A file holding an ad hoc SPARQL query.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Output format: `table` for people (IRIs under the base shortened, cut to the
    /// terminal's width), the others the W3C SPARQL results formats with every IRI whole.
    #[arg(long, value_enum, default_value = "table")]
    pub format: ResultsFormat,
    /// Stop the query after this many seconds (fractions allowed); no limit by default.
    #[arg(long, value_name = "SECONDS", value_parser = seconds)]
    pub timeout: Option<std::time::Duration>,
    /// Stop past this many rows (the rows before are written).
    #[arg(long, value_name = "N", default_value_t = 10_000_000)]
    pub max_rows: usize,
    /// Stop the query once cosignet's memory passes this size (K, M, G: powers of 1024);
    /// half the machine's memory by default.
    #[arg(long, value_name = "SIZE", value_parser = crate::walk::parse_size)]
    pub max_memory: Option<u64>,
}

/// A positive number of seconds, fractions allowed (`30`, `0.5`).
pub fn seconds(text: &str) -> Result<std::time::Duration, String> {
    let s: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if !(s.is_finite() && s > 0.0 && s <= 1e9) {
        return Err(format!("`{text}`: give a number of seconds above 0"));
    }
    Ok(std::time::Duration::from_secs_f64(s))
}

/// How query results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultsFormat {
    /// Aligned columns for a terminal.
    Table,
    /// SPARQL 1.1 results CSV.
    Csv,
    /// SPARQL 1.1 results TSV.
    Tsv,
    /// SPARQL 1.1 results JSON.
    Json,
    /// SPARQL results XML.
    Xml,
}

impl From<ResultsFormat> for crate::results::ResultsFormat {
    fn from(f: ResultsFormat) -> Self {
        match f {
            ResultsFormat::Table => Self::Table,
            ResultsFormat::Csv => Self::Csv,
            ResultsFormat::Tsv => Self::Tsv,
            ResultsFormat::Json => Self::Json,
            ResultsFormat::Xml => Self::Xml,
        }
    }
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

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Turtle: the union of all graphs, pretty and sorted.
    Turtle,
    /// TriG: every named graph, pretty and sorted.
    Trig,
    /// N-Quads: every named graph, one quad per line.
    Nquads,
    /// N-Triples: the union of all graphs, sorted, one triple per line.
    Ntriples,
    /// JSON-LD: every named graph, compacted against cosignet's context.
    Jsonld,
    /// RDF/XML: the union of all graphs.
    Rdfxml,
}

impl From<ExportFormat> for crate::export::ExportFormat {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Turtle => Self::Turtle,
            ExportFormat::Trig => Self::Trig,
            ExportFormat::Nquads => Self::Nquads,
            ExportFormat::Ntriples => Self::Ntriples,
            ExportFormat::Jsonld => Self::Jsonld,
            ExportFormat::Rdfxml => Self::Rdfxml,
        }
    }
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
    /// Edge weight.
    #[arg(long, value_enum, default_value = "count")]
    pub weight: Weight,
    /// Only statements dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = iso_date)]
    pub from: Option<String>,
    /// Only statements dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = iso_date)]
    pub to: Option<String>,
    /// Only nodes of these countries (ISO codes), repeatable or comma-separated.
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub country: Vec<String>,
    /// Drop edges lighter than this (a finite number).
    #[arg(long, value_parser = finite)]
    pub min_weight: Option<f64>,
    /// One network per period: `year`, or a length such as `5y` or `6m`. GEXF writes one
    /// dynamic file; other formats write FILE-PERIOD.EXT beside --output.
    #[arg(long, value_parser = period)]
    pub per: Option<Period>,
    /// Seed of community detection and layout (same seed, same output).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Colour nodes by community or by country (GEXF, SVG).
    #[arg(long, value_enum, default_value = "community")]
    pub color_by: ColorBy,
    /// Print each node's metrics and the partition's modularity (on standard error when the
    /// network itself goes to standard output).
    #[arg(long)]
    pub metrics: bool,
    /// Skip betweenness, closeness, eigenvector, clustering and communities (large person
    /// networks).
    #[arg(long)]
    pub no_metrics: bool,
}

/// A `YYYY-MM-DD` day that exists.
fn iso_date(text: &str) -> Result<String, String> {
    IsoDate::parse(text).map_err(|e| e.to_string())?;
    Ok(text.to_owned())
}

/// A finite number (`NaN` and infinities compare with nothing as a threshold should).
fn finite(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(_) => Err(format!("`{text}` is not a finite number")),
        Err(e) => Err(format!("`{text}` is not a number: {e}")),
    }
}

/// A period of `--per`.
fn period(text: &str) -> Result<Period, String> {
    Period::parse(text)
}

/// Network formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkFormat {
    /// GraphML with typed attributes (Gephi, networkx, yEd).
    Graphml,
    /// GEXF 1.3 with typed attributes, colours, sizes, positions; spells with --per.
    Gexf,
    /// Graphviz DOT.
    Dot,
    /// Node-link JSON (networkx `node_link_graph`, d3).
    Json,
    /// CSV: edges (with --output FILE.csv, the nodes go to FILE.nodes.csv).
    Csv,
    /// SVG picture with cosignet's own force-directed layout and a colour legend.
    Svg,
}

/// What the network's nodes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// One node per party.
    Party,
    /// One node per person who signed.
    Person,
    /// One node per country of the signing parties.
    Country,
    /// Statements and parties (two-mode).
    Bipartite,
}

impl From<Level> for crate::app::Level {
    fn from(l: Level) -> Self {
        match l {
            Level::Party => Self::Party,
            Level::Person => Self::Person,
            Level::Country => Self::Country,
            Level::Bipartite => Self::Bipartite,
        }
    }
}

/// How edges are weighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Weight {
    /// Statements co-signed.
    Count,
    /// Newman-Fowler: each statement with n signatories adds 1/(n-1) to each of its pairs.
    Newman,
    /// Statements co-signed divided by statements signed by either.
    Jaccard,
}

impl From<Weight> for crate::network::Weighting {
    fn from(w: Weight) -> Self {
        match w {
            Weight::Count => Self::Count,
            Weight::Newman => Self::Newman,
            Weight::Jaccard => Self::Jaccard,
        }
    }
}

/// What colours nodes in GEXF and SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorBy {
    /// The community detected.
    Community,
    /// The country.
    Country,
}

impl From<ColorBy> for crate::network::write::ColorBy {
    fn from(c: ColorBy) -> Self {
        match c {
            ColorBy::Community => Self::Community,
            ColorBy::Country => Self::Country,
        }
    }
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

/// How `eval` prints its scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// One row per file and a total.
    Table,
    /// The totals as one JSON object with a `files` list.
    Json,
}

/// `cosignet resolve`.
#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// Party names to resolve (as a statement would write them).
    #[arg(required_unless_present = "report")]
    pub names: Vec<String>,
    /// The country written beside the names (name or ISO code).
    #[arg(long)]
    pub country: Option<String>,
    /// The statement language (ISO 639-1), which settles shared acronyms.
    #[arg(long)]
    pub language: Option<String>,
    /// Report every identity in the store instead.
    #[arg(long, conflicts_with = "names")]
    pub report: bool,
    /// Output format of the report.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

/// How `resolve --report` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Indented text for reading.
    Text,
    /// JSON.
    Json,
}

/// `cosignet site`.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The folder to write the site into (new, empty, or a site cosignet wrote before,
    /// which is replaced whole).
    pub out: PathBuf,
}

/// `cosignet serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Stop a SPARQL query after this many seconds (fractions allowed).
    #[arg(long, value_name = "SECONDS", value_parser = seconds, default_value = "30")]
    pub timeout: std::time::Duration,
    /// Refuse SPARQL answers of more rows (or triples) than this.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_rows: usize,
    /// Stop a SPARQL query once the server's memory passes this size (K, M, G: powers of
    /// 1024); half the machine's memory by default.
    #[arg(long, value_name = "SIZE", value_parser = crate::walk::parse_size)]
    pub max_memory: Option<u64>,
    /// Refuse requests with a body larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_body: usize,
    /// Most connections answered at once.
    #[arg(long, value_name = "N", default_value_t = 128)]
    pub max_connections: usize,
}

/// `cosignet push`.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// The remote store's Graph Store Protocol endpoint (Oxigraph: http://host:7878/store;
    /// Fuseki: http://host:3030/DATASET/data; GraphDB:
    /// http://host:7200/repositories/REPO/rdf-graphs/service).
    #[arg(long)]
    pub endpoint: String,
    /// Delete remote graphs below the base IRI that the store no longer holds (listed
    /// through --query-endpoint).
    #[arg(long, requires = "query_endpoint")]
    pub prune: bool,
    /// The remote store's SPARQL query endpoint, to list its graphs for --prune
    /// (Oxigraph: http://host:7878/query; Fuseki: http://host:3030/DATASET/sparql).
    #[arg(long)]
    pub query_endpoint: Option<String>,
    /// Requests sent at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
    /// Tries of a request that fails on the network or with 429 or 5xx (pauses double from
    /// half a second).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub tries: u32,
    /// Seconds allowed for one request.
    #[arg(long, value_name = "SECONDS", value_parser = seconds, default_value = "120")]
    pub timeout: std::time::Duration,
}

/// `cosignet completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
