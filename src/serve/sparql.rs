//! The SPARQL 1.1 Protocol endpoint, read-only: queries by GET (`?query=`) or POST (a form,
//! or `application/sparql-query`), answered over the union of the named graphs in the
//! format `Accept` prefers (results: JSON, XML, CSV, TSV; graphs: Turtle, N-Triples,
//! JSON-LD, RDF/XML). Updates are refused (403); `SERVICE` is refused (400: the endpoint
//! answers from its own store, and cosignet is built without Oxigraph's HTTP client, so no
//! query can reach another server); a query stops at its time limit (503) and an answer
//! may not grow past the row cap (400).

use super::snapshot::View;
use crate::limits::{Deadline, LimitError, QueryLimits};
use crate::negotiate::best;
use crate::results::{collect_at_most, ResultsError, ResultsFormat, TableView};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Triple;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use spargebra::algebra::GraphPattern;
use spargebra::{Query, SparqlParser};
use std::sync::Arc;

/// An answer: status, content type, body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// Its `Content-Type`.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    /// A plain-text answer.
    pub fn text(status: u16, message: impl Into<String>) -> Self {
        let mut body = message.into();
        body.push('\n');
        Self {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: body.into_bytes(),
        }
    }
}

const SOLUTION_TYPES: [&str; 5] = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
];
const BOOLEAN_TYPES: [&str; 3] = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "application/json",
];
const GRAPH_TYPES: [&str; 4] = [
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
];

/// Whether a pattern calls `SERVICE` (inside `FILTER EXISTS` a call still fails when
/// evaluated, having no handler).
fn calls_service(p: &GraphPattern) -> bool {
    match p {
        GraphPattern::Service { .. } => true,
        GraphPattern::Join { left, right }
        | GraphPattern::LeftJoin { left, right, .. }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => calls_service(left) || calls_service(right),
        GraphPattern::Filter { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Group { inner, .. } => calls_service(inner),
        _ => false,
    }
}

fn pattern(q: &Query) -> &GraphPattern {
    match q {
        Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => pattern,
    }
}

/// Answers one query; the evaluation runs on a thread of its own so that the answer comes
/// by the time limit even when Oxigraph is slow to notice the cancelled token.
pub fn answer(view: Arc<View>, text: &str, accept: Option<&str>, limits: QueryLimits) -> Reply {
    let parsed = match SparqlParser::new().parse_query(text) {
        Ok(q) => q,
        Err(e) => {
            if SparqlParser::new().parse_update(text).is_ok() {
                return Reply::text(403, "this endpoint is read-only: updates are refused");
            }
            return Reply::text(400, format!("the query does not parse: {e}"));
        }
    };
    if calls_service(pattern(&parsed)) {
        return Reply::text(
            400,
            "SERVICE is refused: this endpoint answers from its own store only",
        );
    }
    let offers: &[&str] = match parsed {
        Query::Select { .. } => &SOLUTION_TYPES,
        Query::Ask { .. } => &BOOLEAN_TYPES,
        _ => &GRAPH_TYPES,
    };
    let Some(chosen) = best(accept, offers) else {
        return Reply::text(
            406,
            format!(
                "no acceptable format: this query's answer comes as {}",
                offers.join(", ")
            ),
        );
    };
    let media = offers[chosen];
    let deadline = Deadline::for_limits(&limits);
    let (text, token) = (text.to_owned(), deadline.token());
    let evaluated = deadline.within(move || evaluate(&view, &text, media, limits.max_rows, token));
    let failed = |e: String| match deadline.error() {
        Some(limit) => Reply::text(503, limit.to_string()),
        None if e.contains("service") => Reply::text(400, format!("SERVICE is refused: {e}")),
        None => Reply::text(500, e),
    };
    match evaluated {
        Ok(Ok(body)) => Reply {
            status: 200,
            content_type: if media.starts_with("text/") {
                format!("{media}; charset=utf-8")
            } else {
                media.to_owned()
            },
            body,
        },
        Ok(Err(ResultsError::Limit(l @ LimitError::TooManyRows(_)))) => {
            Reply::text(400, format!("{l}: add LIMIT to the query"))
        }
        Ok(Err(e)) => failed(e.to_string()),
        Err(l @ (LimitError::Timeout(_) | LimitError::Memory(_))) => Reply::text(503, l.to_string()),
        Err(e) => Reply::text(500, e.to_string()),
    }
}

/// Evaluates a query and writes its answer as `media`, stopping when `cancel` is cancelled
/// and refusing answers of more than `max_rows` rows or triples.
fn evaluate(
    view: &View,
    text: &str,
    media: &'static str,
    max_rows: Option<usize>,
    cancel: CancellationToken,
) -> Result<Vec<u8>, ResultsError> {
    let results = view
        .store
        .query_until(text, vec![], cancel)
        .map_err(|e| ResultsError::Eval(e.to_string()))?;
    let mut body = Vec::new();
    match results {
        QueryResults::Boolean(b) => {
            let format = if media.ends_with("xml") {
                QueryResultsFormat::Xml
            } else {
                QueryResultsFormat::Json
            };
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, b)
                .map(|_| ())
                .map_err(|e| ResultsError::Eval(e.to_string()))?;
        }
        r @ QueryResults::Solutions(_) => {
            let table = collect_at_most(r, max_rows)?;
            let format = match media {
                "application/sparql-results+xml" => ResultsFormat::Xml,
                "text/csv" => ResultsFormat::Csv,
                "text/tab-separated-values" => ResultsFormat::Tsv,
                _ => ResultsFormat::Json,
            };
            crate::results::write(&table, format, &TableView::default(), &mut body)?;
        }
        QueryResults::Graph(triples) => {
            let max = max_rows.unwrap_or(usize::MAX);
            let mut all: Vec<Triple> = Vec::new();
            for t in triples {
                let t = t?;
                if all.len() == max {
                    return Err(LimitError::TooManyRows(max).into());
                }
                all.push(t);
            }
            write_graph(all, media, &mut body)?;
        }
    }
    Ok(body)
}

/// Writes triples in a graph format.
fn write_graph(triples: Vec<Triple>, media: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
    match media {
        "text/turtle" => crate::export::turtle_document(triples, out),
        "application/ld+json" => {
            out.extend(
                crate::jsonld::document(&triples, None, &crate::jsonld::ContextRef::Inline).into_bytes(),
            );
            Ok(())
        }
        _ => {
            let format = if media == "application/rdf+xml" {
                RdfFormat::RdfXml
            } else {
                RdfFormat::NTriples
            };
            let mut w = RdfSerializer::from_format(format).for_writer(out);
            for t in &triples {
                w.serialize_triple(t.as_ref())?;
            }
            w.finish()?;
            Ok(())
        }
    }
}
