//! `cosignet query`: the bundled queries, or one query's results.

use crate::app::{Answer, AppError, QueryRequest, Session};
use crate::cli::args::{QueryArgs, ResultsFormat};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::limits::{LimitError, QueryLimits};
use anyhow::Result;
use std::io::Write;

/// Lists the bundled queries with their parameters, or writes a query's results (tables
/// show IRIs under the store's base as short names and fit the terminal).
pub fn run(a: QueryArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let request = match (a.list, a.name, a.sparql, a.file) {
        (true, ..) => QueryRequest::List,
        (_, Some(name), ..) => QueryRequest::Bundled {
            name,
            params: a.params,
        },
        (_, _, Some(text), _) => QueryRequest::Sparql(text),
        (_, _, _, Some(file)) => QueryRequest::File(file),
        // clap requires one of the four.
        (false, None, None, None) => unreachable!("clap requires a query"),
    };
    let limits = QueryLimits {
        timeout: a.timeout,
        max_rows: Some(a.max_rows),
        max_memory: a.max_memory.or_else(crate::limits::default_max_memory),
    };
    let explained = |e: AppError| match e {
        AppError::Limit(LimitError::Timeout(_)) => {
            anyhow::anyhow!("{e} (raise --timeout, or narrow the query)")
        }
        AppError::Limit(LimitError::Memory(_)) => {
            anyhow::anyhow!("{e} (raise --max-memory, or narrow the query)")
        }
        AppError::Limit(LimitError::TooManyRows(_)) => {
            anyhow::anyhow!("{e} (add LIMIT to the query, or raise --max-rows)")
        }
        e => e.into(),
    };
    if !matches!(request, QueryRequest::List) {
        // Rows are written as the engine finds them: the first come at once, and memory
        // does not grow with the answer.
        let width = if a.format == ResultsFormat::Table {
            ui.stdout_width()
        } else {
            None
        };
        session
            .query_into(&request, limits, a.format.into(), width, Box::new(ui.stdout()))
            .map_err(explained)?;
        return Ok(Outcome::Success);
    }
    let mut out = ui.stdout();
    if let Answer::Catalogue(queries) = session.query(&request, limits).map_err(explained)? {
        for q in queries {
            writeln!(out, "{}\n    {}", q.name, q.description)?;
            for p in &q.params {
                let opt = if p.optional { ", optional" } else { "" };
                writeln!(
                    out,
                    "    --param {}=<{}{}>  {}",
                    p.name,
                    p.kind.name(),
                    opt,
                    p.description
                )?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}
