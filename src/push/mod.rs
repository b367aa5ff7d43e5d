//! `cosignet push`: sends the store to a remote triple store with the SPARQL 1.1 Graph Store
//! HTTP Protocol: one `PUT ?graph=IRI` per named graph (Turtle), which replaces the graph,
//! so pushing twice changes nothing. With pruning, graphs below the base that the remote
//! store holds and the local one no longer does are deleted (`DELETE ?graph=IRI`); the
//! remote graphs are listed through its SPARQL query endpoint. Network errors, 429 and 5xx
//! answers are retried with a doubling pause; any other answer stops the push. Credentials
//! (HTTP Basic or a bearer token) come from the caller, never from a URL.

mod http;

use crate::progress::Progress;
use crate::store::{Store, StoreError};
pub use http::{Credentials, Endpoint};
use oxigraph::model::{NamedNode, Triple};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What to push, where, and how.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol endpoint (`http://host:7878/store`, `…/ds/data`).
    pub endpoint: String,
    /// The SPARQL query endpoint, to list remote graphs when pruning.
    pub query_endpoint: Option<String>,
    /// Delete remote graphs below the base that the store no longer has.
    pub prune: bool,
    /// Requests at once.
    pub jobs: usize,
    /// Tries of one request before giving up.
    pub tries: u32,
    /// Pause before the first retry (doubled each time).
    pub backoff: Duration,
    /// Time allowed for one request.
    pub timeout: Duration,
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    /// Reading the store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A URL that cannot be used.
    #[error("{0}")]
    Url(String),
    /// A request that failed for good.
    #[error("{method} {graph}: {reason}")]
    Request {
        /// PUT, DELETE, or the query listing graphs.
        method: &'static str,
        /// The graph (or the query endpoint).
        graph: String,
        /// What the server said, or the network error.
        reason: String,
    },
}

/// What a push did.
#[derive(Debug, Clone, Default)]
pub struct PushReport {
    /// Graphs sent.
    pub graphs: usize,
    /// Triples sent.
    pub triples: usize,
    /// Remote graphs deleted.
    pub deleted: Vec<String>,
    /// Requests retried.
    pub retries: usize,
    /// Time taken.
    pub elapsed: Duration,
}

/// Sends every named graph of `store` to the endpoint; prunes when asked (graphs below `base`).
pub fn push(
    store: &Store,
    base: &str,
    options: &PushOptions,
    credentials: Option<&Credentials>,
    progress: &dyn Progress,
) -> Result<PushReport, PushError> {
    let start = Instant::now();
    let gsp = Endpoint::new(&options.endpoint, credentials, options)?;
    let query = match (&options.query_endpoint, options.prune) {
        (Some(q), _) => Some(Endpoint::new(q, credentials, options)?),
        (None, true) => {
            return Err(PushError::Url(
                "pruning lists the remote graphs through a SPARQL query endpoint: give --query-endpoint"
                    .into(),
            ))
        }
        (None, false) => None,
    };
    let mut graphs = store.named_graphs()?;
    graphs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    progress.phase("pushing graphs", Some(graphs.len() as u64));
    let next = AtomicUsize::new(0);
    let triples = AtomicUsize::new(0);
    let retries = AtomicUsize::new(0);
    let failure: Mutex<Option<PushError>> = Mutex::new(None);
    let failed = || failure.lock().unwrap_or_else(|e| e.into_inner()).is_some();
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1) {
            scope.spawn(|| {
                while !failed() {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(g) = graphs.get(i) else { break };
                    match put_graph(store, &gsp, g) {
                        Ok((n, r)) => {
                            triples.fetch_add(n, Ordering::Relaxed);
                            retries.fetch_add(r, Ordering::Relaxed);
                            progress.advance(1);
                        }
                        Err(e) => {
                            failure.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
                        }
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e);
    }
    let mut deleted = Vec::new();
    if options.prune {
        let query = query.expect("checked above");
        progress.phase("listing remote graphs", None);
        let local: std::collections::HashSet<&str> = graphs.iter().map(NamedNode::as_str).collect();
        let (remote, r) = query.graphs_below(base)?;
        retries.fetch_add(r, Ordering::Relaxed);
        for g in remote.into_iter().filter(|g| !local.contains(g.as_str())) {
            retries.fetch_add(gsp.delete(&g)?, Ordering::Relaxed);
            deleted.push(g);
        }
    }
    Ok(PushReport {
        graphs: graphs.len(),
        triples: triples.into_inner(),
        deleted,
        retries: retries.into_inner(),
        elapsed: start.elapsed(),
    })
}

/// Sends one graph: (triples, retries).
fn put_graph(store: &Store, gsp: &Endpoint, g: &NamedNode) -> Result<(usize, usize), PushError> {
    let mut seen = std::collections::HashSet::new();
    let triples: Vec<Triple> = store
        .matching(None, None, None, Some(g))
        .map(|q| q.map(Triple::from))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|t| seen.insert(t.clone()))
        .collect();
    let n = triples.len();
    let mut body = Vec::new();
    crate::export::turtle_document(triples, &mut body).map_err(StoreError::from)?;
    Ok((n, gsp.put(g.as_str(), body)?))
}
