//! The operations behind the subcommands, as library calls: each subcommand of the CLI
//! calls exactly one of these, then prints what it returns.

use crate::eval::{score_file, totals, AnswerKey, FileResult, Scores};
use crate::load::{load, LoadError};
use crate::network::{build, Network, Signing};
use crate::queries::{self, QueryError};
use crate::record::Diagnostic;
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
    /// An answer key that cannot be read.
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

/// What `eval` measured, file by file and in total.
#[derive(Debug)]
pub struct Evaluation {
    /// One result per text with an answer key, by file name.
    pub files: Vec<FileResult>,
    /// The folder's totals.
    pub totals: Scores,
    /// Diagnostics met while reading the texts: (file, diagnostic).
    pub diagnostics: Vec<(String, Diagnostic)>,
}

/// Parses every `NAME.txt`/`.md`/`.html` with a `NAME.expected.json` beside it (folders
/// recursively) and scores it against the key.
pub fn evaluate(dir: &Path, resolver: &Resolver) -> Result<Evaluation, AppError> {
    let mut keys = Vec::new();
    collect_keys(dir, &mut keys)?;
    keys.sort();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for key_path in keys {
        let name = key_path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let stem = name.trim_end_matches(".expected.json");
        let Some(text) = ["txt", "md", "html", "htm"]
            .iter()
            .map(|e| key_path.with_file_name(format!("{stem}.{e}")))
            .find(|p| p.is_file())
        else {
            continue;
        };
        let shown = crate::ingest::shown_path(&key_path);
        let raw = std::fs::read_to_string(&key_path).map_err(|e| AppError::Io {
            path: shown.clone(),
            source: e,
        })?;
        let key: AnswerKey = serde_json::from_str(&raw).map_err(|e| AppError::Key {
            path: shown.clone(),
            line: e.line(),
            message: e.to_string(),
        })?;
        let text_shown = crate::ingest::shown_path(&text);
        let record = load(&text, &text_shown, resolver)?.remove(0);
        for d in &record.diagnostics {
            diagnostics.push((text_shown.clone(), d.clone()));
        }
        let file = text.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        files.push(score_file(file, &record, &key));
    }
    let totals = totals(&files);
    Ok(Evaluation {
        files,
        totals,
        diagnostics,
    })
}

fn collect_keys(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), AppError> {
    let io = |e| AppError::Io {
        path: dir.display().to_string(),
        source: e,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect_keys(&path, out)?;
        } else if path.to_string_lossy().ends_with(".expected.json") {
            out.push(path);
        }
    }
    Ok(())
}

/// The records read from one file (one for a statement text).
pub fn parse_file(path: &Path, resolver: &Resolver) -> Result<Vec<StatementRecord>, AppError> {
    let shown = crate::ingest::shown_path(path);
    Ok(load(path, &shown, resolver)?)
}

/// The numbered lines of a statement text as extraction reads them.
pub fn text_lines(path: &Path) -> Result<Vec<crate::text::lines::Line>, AppError> {
    let shown = crate::ingest::shown_path(path);
    Ok(crate::load::text_lines(path, &shown)?)
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
