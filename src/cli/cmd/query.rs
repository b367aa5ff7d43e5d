//! `cosignet query`: the bundled queries, or one query's results.

use crate::app::{AppError, QueryRequest, Session};
use crate::cli::args::{QueryArgs, ResultsFormat};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::limits::{LimitError, QueryLimits};
use anyhow::Result;
use std::io::Write;

/// Lists the bundled queries with their parameters, or writes a query's results (tables
/// show IRIs under the store's base as short names and fit the terminal).
pub fn run(a: QueryArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    if a.list {
        let mut out = ui.stdout();
        for q in session.catalogue() {
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
        out.flush()?;
        return Ok(Outcome::Success);
    }
    let request = match (a.name, a.sparql, a.file) {
        (Some(name), ..) => QueryRequest::Bundled {
            name,
            params: a.params,
        },
        (_, Some(text), _) => QueryRequest::Sparql(text),
        (_, _, Some(file)) => QueryRequest::File(file),
        // clap requires one of the four.
        (None, None, None) => unreachable!("clap requires a query"),
    };
    let limits = QueryLimits {
        timeout: a.timeout,
        max_rows: Some(a.max_rows),
        max_memory: a.max_memory.or_else(crate::limits::default_max_memory),
    };
    let width = if a.format == ResultsFormat::Table {
        ui.stdout_width()
    } else {
        None
    };
    // Rows are written as the engine finds them: the first come at once, and memory does
    // not grow with the answer.
    session
        .query(&request, limits, a.format.into(), width, Box::new(ui.stdout()))
        .map_err(|e| match e {
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
        })?;
    Ok(Outcome::Success)
}
