//! The operations behind the subcommands, as library calls. The CLI opens a [`Session`]
//! (base IRI, override file, store location), then each subcommand makes exactly one call on
//! it and prints what comes back. Nothing here prints, opens a file for output or picks an
//! exit code; long operations report to a [`Progress`].

use crate::eval::{EvalError, Evaluation};
use crate::export::{ExportError, ExportFormat};
use crate::ingest::{IngestError, Options as IngestOptions, Report as IngestReport};
use crate::iri::{BadBase, Base};
use crate::limits::{Deadline, LimitError, QueryLimits};
use crate::load::{load, LoadError};
use crate::network::{
    build, build_bipartite, build_counted, slices, Network, NodeCount, Options, PairCount, Period, Signings,
    Weighting,
};
use crate::progress::Progress;
use crate::push::{Credentials, PushError, PushOptions, PushReport};
use crate::queries::{self, BundledQuery, QueryError};
use crate::record::StatementRecord;
use crate::resolve::index::MatchKind;
use crate::resolve::overrides::{Origin, OverrideError, Overrides};
use crate::resolve::report::{Report as ResolutionReport, SpellingRow};
use crate::resolve::{Method, Resolver};
use crate::results::{write_results, ResultsError, ResultsFormat, TableView};
use crate::serve::{Running, ServeError, ServeOptions};
use crate::site::{SiteError, SiteReport};
use crate::store::{Store, StoreError};
use crate::text::lines::Line;
use crate::validate::Violation;
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::QueryResults;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Anything an operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Reading a file.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No store where one was expected.
    #[error("no store at {path}: run `cosignet ingest` first (or pass --store)")]
    NoStore {
        /// The store's folder.
        path: String,
    },
    /// A store's folder that cannot be opened (not a store, a newer one, in use...).
    #[error(transparent)]
    StoreDir(#[from] crate::lock::StoreDirError),
    /// A base IRI that cannot mint IRIs.
    #[error(transparent)]
    Base(#[from] BadBase),
    /// A query or its parameters.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// Query results.
    #[error(transparent)]
    Results(#[from] ResultsError),
    /// Writing the site.
    #[error(transparent)]
    Site(#[from] SiteError),
    /// Starting the server.
    #[error(transparent)]
    Serve(#[from] ServeError),
    /// Pushing to a remote store.
    #[error(transparent)]
    Push(#[from] PushError),
    /// A base IRI other than the store's.
    #[error("the store's identities are minted under {store}, not {given}: leave --base out (or give the store's)")]
    BaseMismatch {
        /// The store's base.
        store: String,
        /// The base given.
        given: String,
    },
    /// A query ran into its time limit or row cap.
    #[error(transparent)]
    Limit(#[from] LimitError),
    /// A bundled query that does not select a column the code reads from it.
    #[error("the bundled query `{query}` does not select `?{column}`")]
    Column {
        /// The query's name.
        query: String,
        /// The column.
        column: String,
    },
    /// An override file that cannot be read or applied.
    #[error(transparent)]
    Override(#[from] OverrideError),
    /// Evaluating a folder against answer keys.
    #[error(transparent)]
    Eval(#[from] EvalError),
    /// Ingesting as a whole (per-file failures are in the report instead).
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// Exporting.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Paths to ingest that hold no statement file.
    #[error("no statement files (.txt .md .html .json .yaml .yml .toml) under the given paths")]
    NoStatementFiles,
    /// A country name or code the gazetteer does not know.
    #[error("unknown country `{0}`")]
    UnknownCountry(String),
    /// A file or folder that cannot be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Where a session's store is and how it mints and resolves identities.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The store's folder.
    pub store: PathBuf,
    /// The base IRI under which identities are minted.
    pub base: String,
    /// The override file given, if one was.
    pub overrides: Option<PathBuf>,
    /// Without one, `cosignet.toml` is looked for in the working directory, then in those of
    /// these paths that are folders (`ingest` passes the paths it reads).
    pub override_folders: Vec<PathBuf>,
}

/// The state every operation starts from: the resolver (base IRI and overrides) and where
/// the store is. Opening a session opens no store, and builds the resolver only when
/// overrides must be checked or an operation first asks for it (a query by IRI needs none:
/// building it is most of a short query's time).
#[derive(Debug)]
pub struct Session {
    base: Base,
    resolver: OnceLock<Resolver>,
    store: PathBuf,
    overrides: Option<String>,
}

impl Session {
    /// Checks the base IRI and reads the override file (given, or `cosignet.toml` found in
    /// the working directory or in a folder of `override_folders`).
    pub fn open(settings: &Settings) -> Result<Self, AppError> {
        let base = Base::new(&settings.base)?;
        let found = settings.overrides.clone().or_else(|| {
            std::iter::once(PathBuf::from("."))
                .chain(settings.override_folders.iter().filter(|p| p.is_dir()).cloned())
                .map(|d| d.join("cosignet.toml"))
                .find(|p| p.is_file())
        });
        let resolver = OnceLock::new();
        let overrides = match found {
            Some(path) => {
                let shown = crate::load::shown_path(&path);
                let text = std::fs::read_to_string(&path).map_err(|source| AppError::Io {
                    path: shown.clone(),
                    source,
                })?;
                let o = Overrides::parse(&text, &shown)?;
                let _ = resolver.set(Resolver::with_overrides(base.clone(), &o)?);
                Some(shown)
            }
            None => None,
        };
        Ok(Self {
            base,
            resolver,
            store: settings.store.clone(),
            overrides,
        })
    }

    /// The override file applied, as shown in messages.
    pub fn overrides(&self) -> Option<&str> {
        self.overrides.as_deref()
    }

    /// The resolver of this session.
    pub fn resolver(&self) -> &Resolver {
        self.resolver.get_or_init(|| Resolver::new(self.base.clone()))
    }

    /// The store's folder.
    pub fn store_path(&self) -> &Path {
        &self.store
    }

    /// `cosignet parse`: the records read from one file (one for a statement text), or its
    /// numbered lines as extraction reads them.
    pub fn parse(&self, file: &Path, what: ParseWhat) -> Result<Parsed, AppError> {
        let shown = crate::load::shown_path(file);
        Ok(match what {
            ParseWhat::Records => Parsed::Records {
                records: load(file, &shown, self.resolver())?,
                shown,
            },
            ParseWhat::Lines => Parsed::Lines(crate::load::text_lines(file, &shown)?),
        })
    }

    /// `cosignet ingest`: reads the statement files under `paths` (folders recursively) into
    /// the store, creating it if needed. Files that fail are in the report.
    /// Files that are not regular (FIFOs, devices, sockets), symlink cycles and files
    /// reached twice are skipped with a message; files larger than the limit fail. The
    /// store is locked for the run.
    pub fn ingest(
        &self,
        paths: &[PathBuf],
        options: &IngestOptions,
        progress: &dyn Progress,
    ) -> Result<IngestReport, AppError> {
        let found =
            crate::walk::collect(paths, options.max_file_size).map_err(|(p, source)| AppError::Io {
                path: p.display().to_string(),
                source,
            })?;
        if found.files.is_empty() && found.skipped.is_empty() {
            return Err(AppError::NoStatementFiles);
        }
        // Declared before the store, so dropped after it is closed.
        let readers_out;
        let (store, _lock) = crate::lock::open_for_writing(&self.store)?;
        let mut report = crate::ingest::ingest(&store, self.resolver(), &found.files, options, progress)?;
        // Compacting, flushing and closing delete files a reader may be reading: when no
        // reader has the store open, none may open it until this process is done; when one
        // has, the compaction waits for a later ingest.
        readers_out = crate::lock::exclude_readers(&self.store)?;
        let clock = std::time::Instant::now();
        let mut postponed = false;
        report.compacted = store.settle(
            report.quads_written + report.derived_written,
            report.store_quads,
            options.compact,
            || {
                postponed = readers_out.is_none();
                if !postponed {
                    progress.phase("compacting the store for reading", None);
                }
                !postponed
            },
        )?;
        if report.compacted {
            report.timings.push(("compact the store", clock.elapsed()));
        }
        if postponed {
            report.messages.push(crate::ingest::Message {
                path: self.store.display().to_string(),
                line: None,
                severity: crate::record::Severity::Info,
                text: "not compacted: another cosignet is reading the store (a later ingest compacts it)"
                    .into(),
            });
        }
        store.flush()?;
        report.messages.extend(found.skipped);
        report
            .messages
            .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        Ok(report)
    }

    /// `cosignet query --list`: the bundled queries.
    pub fn catalogue(&self) -> Vec<BundledQuery> {
        queries::bundled()
    }

    /// `cosignet query`: the answer of one query over the store written to `out` row by
    /// row as the engine finds them, in `format` (a table's IRIs shortened under the
    /// store's base and its lines kept within `width`), so that memory stays bounded and
    /// the first rows come at once; stopped when it runs into `limits`, the rows before
    /// written.
    pub fn query(
        &self,
        request: &QueryRequest,
        limits: QueryLimits,
        format: ResultsFormat,
        width: Option<usize>,
        mut out: Box<dyn Write + Send>,
    ) -> Result<(), AppError> {
        let (text, bindings) = self.query_text(request)?;
        let store = self.open_existing()?;
        let base = store.base()?.unwrap_or_else(|| self.base.as_str().to_owned());
        let view = TableView {
            base: Some(base),
            width,
        };
        let deadline = Deadline::for_limits(&limits);
        let token = deadline.token();
        let written = deadline.within(move || -> Result<(), AppError> {
            let results = store.query_until(&text, bindings, token)?;
            write_results(results, format, &view, limits.max_rows, &mut out)?;
            Ok(out.flush().map_err(ResultsError::from)?)
        })?;
        written.map_err(|e| deadline.error().map_or(e, AppError::Limit))
    }

    /// The SPARQL of a query request with the values bound to its parameters, checked to
    /// read only.
    fn query_text(&self, request: &QueryRequest) -> Result<BoundQuery, AppError> {
        let (text, bindings) = match request {
            QueryRequest::Bundled { name, params } => {
                let q = queries::find(name)?;
                let bindings = queries::bind(&q, params, &self.base, &|| self.resolver())?;
                (queries::with_values(q.text, &bindings), bindings)
            }
            QueryRequest::Sparql(text) => (text.clone(), vec![]),
            QueryRequest::File(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| AppError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                (text, vec![])
            }
        };
        queries::refuse_updates(&text)?;
        Ok((text, bindings))
    }

    /// `cosignet export`: writes the whole store in `format`.
    pub fn export(
        &self,
        format: ExportFormat,
        out: &mut dyn Write,
        progress: &dyn Progress,
    ) -> Result<(), AppError> {
        let store = self.open_existing()?;
        Ok(crate::export::export(&store, format, out, progress)?)
    }

    /// `cosignet network`: the co-signature network of the store, or one per period.
    pub fn network(&self, request: &NetworkRequest, progress: &dyn Progress) -> Result<Networks, AppError> {
        let store = self.open_existing()?;
        let options = Options {
            weighting: request.weighting,
            from: request.from.clone(),
            to: request.to.clone(),
            countries: request
                .countries
                .iter()
                .map(|c| c.trim().to_ascii_uppercase())
                .collect(),
            min_weight: request.min_weight,
            seed: request.seed,
            metrics: request.metrics,
        };
        // From the cosignings graph when it holds every pair (no statement too large to
        // expand: the network then sums its weights in the order of every signature).
        if request.level == Level::Party
            && request.per.is_none()
            && store.has_cosignings()?
            && !store.has_unpaired()?
        {
            progress.phase("reading cosignings", None);
            let (nodes, pairs) = cosignings(&store, self.resolver())?;
            progress.phase("building the network", None);
            if let Some(net) = build_counted(&nodes, &pairs, &options) {
                return Ok(Networks::One(net));
            }
        }
        progress.phase("reading signings", None);
        let signings = signings(&store, self.resolver(), request.level)?;
        progress.phase("building the network", None);
        Ok(match &request.per {
            Some(period) => Networks::Periods(slices(&signings, period, &options)),
            None => Networks::One(match request.level {
                Level::Bipartite => build_bipartite(&signings, &options),
                _ => build(&signings, &options),
            }),
        })
    }

    /// `cosignet eval`: parses every `NAME.txt`/`.md`/`.html` with a `NAME.expected.json`
    /// beside it (folders recursively) and scores it against the key.
    pub fn evaluate(&self, dir: &Path, progress: &dyn Progress) -> Result<Evaluation, AppError> {
        progress.phase("scoring texts against their answer keys", None);
        Ok(crate::eval::evaluate(dir, self.resolver())?)
    }

    /// `cosignet resolve`: the identity each name gets and how, or the resolution report of
    /// the store.
    pub fn resolve(&self, request: &ResolveRequest) -> Result<Resolution, AppError> {
        match request {
            ResolveRequest::Names {
                names,
                country,
                language,
            } => Ok(Resolution::Names(self.resolve_names(
                names,
                country.as_deref(),
                language.as_deref(),
            )?)),
            ResolveRequest::Report => {
                let store = self.open_existing()?;
                Ok(Resolution::Report(resolution_report(&store, self.resolver())?))
            }
        }
    }

    /// `cosignet site`: writes the store as a static linked-data site into `out`.
    pub fn site(&self, out: &Path, progress: &dyn Progress) -> Result<SiteReport, AppError> {
        let store = self.open_existing()?;
        let base = self.data_base(&store)?;
        Ok(crate::site::generate(&store, &base, out, progress)?)
    }

    /// `cosignet serve`: starts serving the store's documents and a SPARQL endpoint.
    pub fn serve(&self, options: ServeOptions) -> Result<Running, AppError> {
        let base = self.data_base(&self.open_existing()?)?;
        Ok(crate::serve::start(&self.store, &base, options)?)
    }

    /// `cosignet push`: sends every named graph to a remote store's Graph Store endpoint.
    pub fn push(
        &self,
        options: &PushOptions,
        credentials: Option<&Credentials>,
        progress: &dyn Progress,
    ) -> Result<PushReport, AppError> {
        let store = self.open_existing()?;
        let base = self.data_base(&store)?;
        Ok(crate::push::push(&store, &base, options, credentials, progress)?)
    }

    /// The base IRI the store's identities were minted under; a `--base` other than the
    /// default that differs from it is an error (the site's folders and IRIs would not
    /// match).
    fn data_base(&self, store: &Store) -> Result<String, AppError> {
        let given = self.base.as_str();
        match store.base()? {
            Some(b) if b != given && given != crate::iri::DEFAULT_BASE => Err(AppError::BaseMismatch {
                store: b,
                given: given.to_owned(),
            }),
            Some(b) => Ok(b),
            None => Ok(given.to_owned()),
        }
    }

    /// `cosignet validate`: every violation of the bundled SHACL shapes in the store.
    pub fn validate(&self) -> Result<Vec<Violation>, AppError> {
        let store = self.open_existing()?;
        Ok(crate::validate::validate(&store)?)
    }

    fn resolve_names(
        &self,
        names: &[String],
        country: Option<&str>,
        language: Option<&str>,
    ) -> Result<Vec<NameResolution>, AppError> {
        let g = self.resolver().gazetteer();
        let country = match country {
            Some(c) => Some(
                g.by_code(c)
                    .or_else(|| g.lookup(c).map(|(i, _)| i))
                    .ok_or_else(|| AppError::UnknownCountry(c.to_owned()))?,
            ),
            None => None,
        };
        Ok(names
            .iter()
            .map(|name| {
                let id = self.resolver().party(name, country, language);
                NameResolution {
                    name: name.clone(),
                    how: match (id.rule, id.method) {
                        (Some(rule), _) => How::Override(rule),
                        (None, Method::Listed(kind)) => How::Listed(kind),
                        (None, Method::Fallback) => How::Fallback,
                    },
                    country: id.country.map(|c| g.get(c).name.clone()),
                    label: id.label,
                    iri: id.iri,
                }
            })
            .collect())
    }

    fn open_existing(&self) -> Result<Store, AppError> {
        if !self.store.exists() {
            return Err(AppError::NoStore {
                path: self.store.display().to_string(),
            });
        }
        Ok(crate::lock::open_for_reading(&self.store)?)
    }
}

/// What `parse` reads from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseWhat {
    /// The statement records.
    Records,
    /// The numbered lines, after decoding and markup.
    Lines,
}

/// What `parse` read.
#[derive(Debug)]
pub enum Parsed {
    /// The records of the file, shown as `shown` in messages.
    Records {
        /// The file as shown in messages.
        shown: String,
        /// Its records.
        records: Vec<StatementRecord>,
    },
    /// Its numbered lines.
    Lines(Vec<Line>),
}

/// Which query `query` runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryRequest {
    /// A bundled query with `name=value` parameters.
    Bundled {
        /// Its name.
        name: String,
        /// Its parameters as `name=value`.
        params: Vec<String>,
    },
    /// SPARQL text.
    Sparql(String),
    /// A file of SPARQL.
    File(PathBuf),
}

/// A query's SPARQL and the values bound to its parameters.
type BoundQuery = (String, Vec<(Variable, Term)>);

/// What a network's nodes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Parties.
    Party,
    /// Persons who signed.
    Person,
    /// Countries of the signing parties.
    Country,
    /// Statements and parties (two-mode).
    Bipartite,
}

/// The network `network` builds.
#[derive(Debug, Clone)]
pub struct NetworkRequest {
    /// What the nodes are.
    pub level: Level,
    /// Edge weight.
    pub weighting: Weighting,
    /// Only statements dated on or after this day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Only statements dated on or before this day (YYYY-MM-DD).
    pub to: Option<String>,
    /// Only nodes of these countries (ISO codes, any case).
    pub countries: Vec<String>,
    /// Drop edges lighter than this.
    pub min_weight: Option<f64>,
    /// Seed of community detection and layout.
    pub seed: u64,
    /// Compute the costly metrics (betweenness, closeness, eigenvector, clustering,
    /// communities).
    pub metrics: bool,
    /// One network per period.
    pub per: Option<Period>,
}

/// What `network` built.
#[derive(Debug)]
pub enum Networks {
    /// One network.
    One(Network),
    /// One network per period, labelled.
    Periods(Vec<(String, Network)>),
}

/// Which names `resolve` resolves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveRequest {
    /// These names, as a statement would write them.
    Names {
        /// The names.
        names: Vec<String>,
        /// The country written beside them (name or ISO code).
        country: Option<String>,
        /// The statement language (ISO 639-1), which settles shared acronyms.
        language: Option<String>,
    },
    /// Every party identity in the store.
    Report,
}

/// What `resolve` answers.
#[derive(Debug)]
pub enum Resolution {
    /// One identity per name asked.
    Names(Vec<NameResolution>),
    /// The store's identities, spellings, fallbacks and likely duplicates.
    Report(ResolutionReport),
}

/// The identity one name gets.
#[derive(Debug, Clone, PartialEq)]
pub struct NameResolution {
    /// The name asked.
    pub name: String,
    /// The canonical label.
    pub label: String,
    /// The IRI.
    pub iri: String,
    /// The country's name, when the party has one.
    pub country: Option<String>,
    /// How the identity was found.
    pub how: How,
}

/// How a name got its identity.
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    /// A rule of the override file decided it.
    Override(Origin),
    /// It matched the bundled party list.
    Listed(MatchKind),
    /// Not listed: the normalised key.
    Fallback,
}

impl std::fmt::Display for How {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Override(rule) => write!(f, "override {rule}"),
            Self::Listed(kind) => write!(f, "listed party ({kind:?} match)"),
            Self::Fallback => f.write_str("not listed: normalised key"),
        }
    }
}

/// The resolution report of the store: identities, spellings, fallbacks, likely duplicates.
fn resolution_report(store: &Store, resolver: &Resolver) -> Result<ResolutionReport, AppError> {
    let mut rows: Vec<SpellingRow> = Vec::new();
    for r in read_bundled(
        store,
        resolver,
        "spellings",
        ["party", "party_name", "country", "as_written", "file", "line"],
    )? {
        let [party, party_name, country, as_written, file, line] = r?;
        if let (Some(party), Some(as_written)) = (text(&party), text(&as_written)) {
            rows.push(SpellingRow {
                party,
                party_name: text(&party_name),
                country: text(&country),
                as_written,
                file: text(&file),
                line: text(&line).and_then(|x| x.parse().ok()),
            });
        }
    }
    Ok(crate::resolve::report::build(
        resolver.gazetteer(),
        &rows,
        |iri| resolver.is_listed_iri(iri),
    ))
}

/// Runs a bundled query (without parameters) and yields, row by row as the query finds
/// them, the columns the code reads from it, in the order asked. The tidy tests check that
/// every query named in a call of this function selects every column the call reads.
fn read_bundled<const N: usize>(
    store: &Store,
    resolver: &Resolver,
    query: &str,
    columns: [&str; N],
) -> Result<impl Iterator<Item = Result<[Option<Term>; N], AppError>>, AppError> {
    let q = queries::find(query)?;
    let bindings = queries::bind(&q, &[], resolver.base(), &|| resolver)?;
    let QueryResults::Solutions(solutions) = store.query(q.text, bindings)? else {
        return Err(AppError::Column {
            query: query.to_owned(),
            column: columns.first().copied().unwrap_or_default().to_owned(),
        });
    };
    let mut found = [0; N];
    for (slot, name) in found.iter_mut().zip(columns) {
        *slot = solutions
            .variables()
            .iter()
            .position(|v| v.as_str() == name)
            .ok_or_else(|| AppError::Column {
                query: query.to_owned(),
                column: name.to_owned(),
            })?;
    }
    Ok(solutions.map(move |s| {
        let s = s.map_err(|e| AppError::Results(ResultsError::Eval(e.to_string())))?;
        Ok(found.map(|i| s.values()[i].clone()))
    }))
}

fn text(t: &Option<Term>) -> Option<String> {
    match t {
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

/// Country IRI -> (alpha-2 code, else name; name).
fn country_codes(store: &Store, resolver: &Resolver) -> Result<HashMap<String, (String, String)>, AppError> {
    let mut out = HashMap::new();
    for r in read_bundled(store, resolver, "country-codes", ["country", "name", "code"])? {
        let [country, name, code] = r?;
        if let (Some(country), Some(name)) = (text(&country), text(&name)) {
            out.insert(country, (text(&code).unwrap_or_else(|| name.clone()), name));
        }
    }
    Ok(out)
}

/// The parties with the statements each signed (the bundled `parties` query) and the pairs
/// with what they signed together (the store's cosignings graph, read in one scan): the
/// party network without reading every signature. Statements marked `cosig:unpaired` are
/// not among the pairs.
pub fn cosignings(store: &Store, resolver: &Resolver) -> Result<(Vec<NodeCount>, Vec<PairCount>), AppError> {
    let countries = country_codes(store, resolver)?;
    let mut nodes = Vec::new();
    for r in read_bundled(
        store,
        resolver,
        "parties",
        ["party", "name", "country", "statements"],
    )? {
        let [party, name, country, statements] = r?;
        if let Some(id) = text(&party) {
            let country = text(&country)
                .and_then(|c| countries.get(&c))
                .map(|(k, _)| k.clone());
            nodes.push(NodeCount {
                label: text(&name).unwrap_or_else(|| id.clone()),
                id,
                country,
                statements: text(&statements).and_then(|n| n.parse().ok()).unwrap_or(0),
            });
        }
    }
    // The pairs: one scan of the cosignings graph, whose quads come grouped by subject (a
    // query grouping 45,000 pairs by name took seconds).
    let graph = oxigraph::model::NamedNode::new_unchecked(resolver.base().cosignings_graph());
    let mut pairs = Vec::new();
    let mut current: Option<(oxigraph::model::NamedOrBlankNode, PairCount)> = None;
    let empty = || PairCount {
        a: String::new(),
        b: String::new(),
        statements: 0,
        newman: 0.0,
        first_date: None,
        last_date: None,
    };
    for q in store.matching(None, None, None, Some(&graph)) {
        let q = q?;
        if current.as_ref().is_none_or(|(s, _)| *s != q.subject) {
            pairs.extend(current.take().map(|(_, p)| p).filter(|p| !p.b.is_empty()));
            current = Some((q.subject.clone(), empty()));
        }
        let Some((_, pair)) = current.as_mut() else {
            continue;
        };
        let value = text(&Some(q.object));
        match q.predicate.as_str().strip_prefix(crate::rdf::vocab::COSIG) {
            Some("between") if pair.a.is_empty() => pair.a = value.unwrap_or_default(),
            Some("between") => pair.b = value.unwrap_or_default(),
            Some("statementCount") => pair.statements = value.and_then(|n| n.parse().ok()).unwrap_or(0),
            Some("newmanWeight") => pair.newman = value.and_then(|w| w.parse().ok()).unwrap_or(0.0),
            Some("firstDate") => pair.first_date = value,
            Some("lastDate") => pair.last_date = value,
            _ => {}
        }
    }
    pairs.extend(current.map(|(_, p)| p).filter(|p| !p.b.is_empty()));
    Ok((nodes, pairs))
}

/// The (statement, node) memberships of a level, read from the store with the bundled
/// `statement-parties` (with `statement-dates` and `parties`) or `statement-persons` (with
/// `statement-dates` and `person-names`) queries, one row per statement, into interned
/// [`Signings`].
pub fn signings(store: &Store, resolver: &Resolver, level: Level) -> Result<Signings, AppError> {
    let countries = country_codes(store, resolver)?;
    let code = |iri: Option<String>| iri.and_then(|i| countries.get(&i).cloned());
    let mut out = Signings::new();
    // In the store's order (statements are numbered as they come); a statement's first date.
    let mut dated = Vec::new();
    for r in read_bundled(store, resolver, "statement-dates", ["statement", "date"])? {
        if let [Some(statement), Some(date)] = r?.map(|t| text(&t)) {
            dated.push((statement, date));
        }
    }
    if level == Level::Person {
        let mut dates = HashMap::new();
        for (statement, date) in &dated {
            dates.entry(statement.as_str()).or_insert(date.as_str());
        }
        let mut names = HashMap::new();
        for r in read_bundled(store, resolver, "person-names", ["person", "name"])? {
            if let [Some(person), Some(name)] = r?.map(|t| text(&t)) {
                names.insert(person, name);
            }
        }
        for r in read_bundled(store, resolver, "statement-persons", ["statement", "signers"])? {
            let [Some(statement), Some(signers)] = r?.map(|t| text(&t)) else {
                continue;
            };
            if let Some(d) = dates.get(statement.as_str()) {
                out.date(&statement, d);
            }
            for signer in signers.split(' ').filter(|s| !s.is_empty()) {
                let (person, country) = signer.split_once('|').unwrap_or((signer, ""));
                // A person without a name is left out, as the person's page would be.
                let Some(name) = names.get(person) else {
                    continue;
                };
                let country = code((!country.is_empty()).then(|| country.to_owned())).map(|(k, _)| k);
                out.push(&statement, person, name, country.as_deref());
            }
        }
        return Ok(out);
    }
    for (statement, date) in &dated {
        out.date(statement, date);
    }
    let mut attributes: HashMap<String, (String, Option<(String, String)>)> = HashMap::new();
    for r in read_bundled(store, resolver, "parties", ["party", "name", "country"])? {
        let [party, name, country] = r?;
        if let Some(party) = text(&party) {
            attributes.insert(party, (text(&name).unwrap_or_default(), code(text(&country))));
        }
    }
    for r in read_bundled(store, resolver, "statement-parties", ["statement", "parties"])? {
        let [Some(statement), Some(parties)] = r?.map(|t| text(&t)) else {
            continue;
        };
        for party in parties.split(' ').filter(|p| !p.is_empty()) {
            let (label, country) = match attributes.get(party) {
                Some((label, country)) => (label.as_str(), country.as_ref()),
                None => (party, None),
            };
            match level {
                // One node per country: the parties' countries (parties without one are left
                // out).
                Level::Country => {
                    if let Some((code, name)) = country {
                        out.push(&statement, code, name, Some(code));
                    }
                }
                _ => out.push(&statement, party, label, country.map(|(k, _)| k.as_str())),
            }
        }
    }
    Ok(out)
}
