//! The operations behind the subcommands, as library calls: each subcommand of the CLI
//! calls exactly one of these, then prints what it returns.

use crate::load::{load, LoadError};
use crate::network::{build, Network, Signing};
use crate::queries::{self, QueryError};
use crate::record::StatementRecord;
use crate::resolve::Resolver;
use crate::results::{collect, ResultsError, Table};
use crate::store::{Store, StoreError};
use oxigraph::model::{Term, Variable};
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
}

/// The records read from one file (one for a statement text).
pub fn parse_file(path: &Path, resolver: &Resolver) -> Result<Vec<StatementRecord>, AppError> {
    let shown = crate::ingest::shown_path(path);
    Ok(load(path, &shown, resolver)?)
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

/// The party co-signature network of the store (built from the bundled `signings` query).
pub fn party_network(store: &Store, resolver: &Resolver) -> Result<Network, AppError> {
    let table = run_bundled(store, resolver, "signings", &[])?;
    let col = |name: &str| {
        table
            .variables
            .iter()
            .position(|v| v.as_str() == name)
            .expect("signings.rq projects it")
    };
    let (s, d, p, n, c) = (
        col("statement"),
        col("date"),
        col("party"),
        col("name"),
        col("country"),
    );
    let signings: Vec<Signing> = table
        .rows
        .iter()
        .filter_map(|r| {
            Some(Signing {
                statement: text(&r[s])?,
                date: text(&r[d]),
                node: text(&r[p])?,
                label: text(&r[n]).unwrap_or_default(),
                country: text(&r[c]),
            })
        })
        .collect();
    Ok(build(&signings))
}
