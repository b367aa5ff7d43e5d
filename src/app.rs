//! The operations behind the subcommands, as library calls: each subcommand of the CLI
//! calls exactly one of these, then prints what it returns.

use crate::eval::{EvalError, Evaluation};
use crate::load::{load, LoadError};
use crate::network::{build, build_bipartite, slices, Network, Options, Period, Signing};
use crate::queries::{self, QueryError};
use crate::record::StatementRecord;
use crate::resolve::Resolver;
use crate::results::{collect, ResultsError, Table};
use crate::store::{Store, StoreError};
use oxigraph::model::{Term, Variable};
use std::collections::HashMap;
use std::path::Path;

/// Anything an operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Reading a file.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A query or its parameters.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// Query results.
    #[error(transparent)]
    Results(#[from] ResultsError),
    /// An override file that cannot be read or applied.
    #[error(transparent)]
    Override(#[from] crate::resolve::overrides::OverrideError),
    /// Evaluating a folder against answer keys.
    #[error(transparent)]
    Eval(#[from] EvalError),
    /// An answer key or override file that cannot be read.
    #[error("{path}:{line}: {message}")]
    Key {
        /// The key file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A folder that cannot be listed.
    #[error("{path}: {source}")]
    Io {
        /// The folder.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}


/// Parses every `NAME.txt`/`.md`/`.html` with a `NAME.expected.json` beside it (folders
/// recursively) and scores it against the key.
pub fn evaluate(dir: &Path, resolver: &Resolver) -> Result<Evaluation, AppError> {
    Ok(crate::eval::evaluate(dir, resolver)?)
}

/// The records read from one file (one for a statement text).
pub fn parse_file(path: &Path, resolver: &Resolver) -> Result<Vec<StatementRecord>, AppError> {
    let shown = crate::load::shown_path(path);
    Ok(load(path, &shown, resolver)?)
}

/// The numbered lines of a statement text as extraction reads them.
pub fn text_lines(path: &Path) -> Result<Vec<crate::text::lines::Line>, AppError> {
    let shown = crate::load::shown_path(path);
    Ok(crate::load::text_lines(path, &shown)?)
}

/// A resolver with the overrides in `path` applied; also the path as shown.
pub fn resolver_with_overrides(base: crate::iri::Base, path: &Path) -> Result<(Resolver, String), AppError> {
    let shown = crate::load::shown_path(path);
    let text = std::fs::read_to_string(path).map_err(|source| AppError::Io {
        path: shown.clone(),
        source,
    })?;
    let o = crate::resolve::overrides::Overrides::parse(&text, &shown)?;
    let r = Resolver::with_overrides(base, &o)?;
    Ok((r, shown))
}

/// The resolution report of the store: identities, spellings, fallbacks, likely duplicates.
pub fn resolution_report(
    store: &Store,
    resolver: &Resolver,
) -> Result<crate::resolve::report::Report, AppError> {
    let table = run_bundled(store, resolver, "spellings", &[])?;
    let col = |name: &str| {
        table
            .variables
            .iter()
            .position(|v| v.as_str() == name)
            .expect("spellings.rq projects it")
    };
    let (p, n, c, w, f, l) = (
        col("party"),
        col("party_name"),
        col("country"),
        col("as_written"),
        col("file"),
        col("line"),
    );
    let rows: Vec<crate::resolve::report::SpellingRow> = table
        .rows
        .iter()
        .filter_map(|r| {
            Some(crate::resolve::report::SpellingRow {
                party: text(&r[p])?,
                party_name: text(&r[n]),
                country: text(&r[c]),
                as_written: text(&r[w])?,
                file: text(&r[f]),
                line: text(&r[l]).and_then(|x| x.parse().ok()),
            })
        })
        .collect();
    Ok(crate::resolve::report::build(
        resolver.gazetteer(),
        &rows,
        |iri| resolver.is_listed_iri(iri),
    ))
}

/// Runs SPARQL with bindings and collects the results.
pub fn run_sparql(store: &Store, sparql: &str, bindings: Vec<(Variable, Term)>) -> Result<Table, AppError> {
    Ok(collect(store.query(sparql, bindings)?)?)
}

/// Runs a bundled query with `name=value` parameters.
pub fn run_bundled(
    store: &Store,
    resolver: &Resolver,
    name: &str,
    params: &[String],
) -> Result<Table, AppError> {
    let q = queries::find(name)?;
    let bindings = queries::bind(&q, params, resolver)?;
    run_sparql(store, q.text, bindings)
}

fn text(t: &Option<Term>) -> Option<String> {
    match t {
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

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

/// Column `name` of a table (the bundled queries project their columns).
fn column(table: &Table, name: &str) -> usize {
    table
        .variables
        .iter()
        .position(|v| v.as_str() == name)
        .expect("the bundled query projects it")
}

/// Country IRI -> (alpha-2 code, else name; name).
fn country_codes(store: &Store, resolver: &Resolver) -> Result<HashMap<String, (String, String)>, AppError> {
    let t = run_bundled(store, resolver, "country-codes", &[])?;
    let (c, n, k) = (column(&t, "country"), column(&t, "name"), column(&t, "code"));
    Ok(t.rows
        .iter()
        .filter_map(|r| {
            let name = text(&r[n])?;
            Some((text(&r[c])?, (text(&r[k]).unwrap_or_else(|| name.clone()), name)))
        })
        .collect())
}

/// The (statement, node) memberships of a level, read from the store with the bundled
/// `signings` (and `parties`) or `person-signings` queries.
pub fn signings(store: &Store, resolver: &Resolver, level: Level) -> Result<Vec<Signing>, AppError> {
    let countries = country_codes(store, resolver)?;
    let code = |iri: Option<String>| iri.and_then(|i| countries.get(&i).cloned());
    let dated = run_bundled(store, resolver, "statement-dates", &[])?;
    let (ds, dd) = (column(&dated, "statement"), column(&dated, "date"));
    let dates: HashMap<String, String> = dated
        .rows
        .iter()
        .filter_map(|r| Some((text(&r[ds])?, text(&r[dd])?)))
        .collect();
    let date_of = |statement: &str| dates.get(statement).cloned();
    if level == Level::Person {
        let t = run_bundled(store, resolver, "person-signings", &[])?;
        let (s, d, p, n, c) = (
            column(&t, "statement"),
            column(&t, "date"),
            column(&t, "person"),
            column(&t, "name"),
            column(&t, "country"),
        );
        return Ok(t
            .rows
            .iter()
            .filter_map(|r| {
                Some(Signing {
                    statement: text(&r[s])?,
                    date: text(&r[d]),
                    node: text(&r[p])?,
                    label: text(&r[n]).unwrap_or_default(),
                    country: code(text(&r[c])).map(|(k, _)| k),
                })
            })
            .collect());
    }
    let parties = run_bundled(store, resolver, "parties", &[])?;
    let (p, n, c) = (
        column(&parties, "party"),
        column(&parties, "name"),
        column(&parties, "country"),
    );
    let attributes: HashMap<String, (String, Option<(String, String)>)> = parties
        .rows
        .iter()
        .filter_map(|r| Some((text(&r[p])?, (text(&r[n]).unwrap_or_default(), code(text(&r[c]))))))
        .collect();
    let t = run_bundled(store, resolver, "signings", &[])?;
    let (s, p) = (column(&t, "statement"), column(&t, "party"));
    Ok(t.rows
        .iter()
        .filter_map(|r| {
            let party = text(&r[p])?;
            let (label, country) = attributes
                .get(&party)
                .cloned()
                .unwrap_or_else(|| (party.clone(), None));
            let statement = text(&r[s])?;
            let signing = Signing {
                date: date_of(&statement),
                statement,
                node: party,
                label,
                country: country.as_ref().map(|(k, _)| k.clone()),
            };
            match level {
                // One node per country: the parties' countries (parties without one are left out).
                Level::Country => {
                    let (code, name) = country?;
                    Some(Signing {
                        node: code.clone(),
                        label: name,
                        country: Some(code),
                        ..signing
                    })
                }
                _ => Some(signing),
            }
        })
        .collect())
}

/// The co-signature network of the store at a level, with filters and metrics.
pub fn network(
    store: &Store,
    resolver: &Resolver,
    level: Level,
    options: &Options,
) -> Result<Network, AppError> {
    let signings = signings(store, resolver, level)?;
    Ok(match level {
        Level::Bipartite => build_bipartite(&signings, options),
        _ => build(&signings, options),
    })
}

/// One network per period (for time-sliced output).
pub fn network_slices(
    store: &Store,
    resolver: &Resolver,
    level: Level,
    period: &Period,
    options: &Options,
) -> Result<Vec<(String, Network)>, AppError> {
    let signings = signings(store, resolver, level)?;
    Ok(slices(&signings, period, options))
}
