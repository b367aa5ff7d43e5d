//! Query results as a table for a terminal, or as SPARQL results CSV, TSV, JSON or XML.
//! The table is for people: IRIs under the store's base and the vocabulary namespaces are
//! shortened, and long cells are cut to fit a width. The other formats keep every term whole.
//! [`write_results`] writes rows as the query yields them: memory stays bounded and the first
//! rows come at once (a table sizes its columns on its first [`TABLE_SAMPLE`] rows).

use crate::limits::LimitError;
use crate::rdf::vocab::PREFIXES;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QuerySolution, Variable};
use std::io::{self, Write};

/// How query results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// Aligned columns, IRIs shortened (see [`TableView`]).
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

/// How the `table` format shows terms; the other formats ignore it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableView {
    /// IRIs under this base are shown relative to it (`statement/2020-...`).
    pub base: Option<String>,
    /// Lines are kept within this many characters by cutting the widest cells (`…`).
    pub width: Option<usize>,
}

/// Narrowest a column is cut to (its header stays whole when shorter).
const MIN_COLUMN: usize = 8;

/// Rows a streamed table reads before it fixes its column widths; longer cells of later
/// rows are cut to them.
pub const TABLE_SAMPLE: usize = 10_000;

/// What went wrong while writing results.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// Evaluating the query failed midway.
    #[error("query failed: {0}")]
    Eval(String),
    /// Evaluation was stopped (its time limit: see [`crate::limits`]).
    #[error("the query was stopped")]
    Cancelled,
    /// The answer ran into a limit.
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitError),
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

impl From<QueryEvaluationError> for ResultsError {
    fn from(e: QueryEvaluationError) -> Self {
        match e {
            QueryEvaluationError::Cancelled => Self::Cancelled,
            e => Self::Eval(e.to_string()),
        }
    }
}

/// Solutions collected in memory: variables and rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Column names.
    pub variables: Vec<Variable>,
    /// Rows of optional terms, one per variable.
    pub rows: Vec<Vec<Option<Term>>>,
}

/// Collects the solutions of a SELECT (or the answer of an ASK as one `answer` column).
pub fn collect(results: QueryResults<'_>) -> Result<Table, ResultsError> {
    collect_at_most(results, None)
}

/// [`collect`], refusing more than `max_rows` rows (or triples): the guard that keeps a
/// runaway answer from filling memory.
pub fn collect_at_most(results: QueryResults<'_>, max_rows: Option<usize>) -> Result<Table, ResultsError> {
    let max = max_rows.unwrap_or(usize::MAX);
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                let s: QuerySolution = s.map_err(ResultsError::from)?;
                if rows.len() == max {
                    return Err(LimitError::TooManyRows(max).into());
                }
                rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
            }
            Ok(Table { variables, rows })
        }
        QueryResults::Boolean(b) => Ok(Table {
            variables: vec![Variable::new_unchecked("answer")],
            rows: vec![vec![Some(oxigraph::model::Literal::from(b).into())]],
        }),
        QueryResults::Graph(triples) => {
            let variables = ["subject", "predicate", "object"]
                .map(Variable::new_unchecked)
                .to_vec();
            let mut rows = Vec::new();
            for t in triples {
                let t = t.map_err(ResultsError::from)?;
                if rows.len() == max {
                    return Err(LimitError::TooManyRows(max).into());
                }
                let s: Term = match t.subject {
                    oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.into(),
                    oxigraph::model::NamedOrBlankNode::BlankNode(b) => b.into(),
                };
                rows.push(vec![Some(s), Some(t.predicate.into()), Some(t.object)]);
            }
            Ok(Table { variables, rows })
        }
    }
}

/// A term as a person reads it: IRIs under `base` relative to it, other IRIs shortened by
/// the known prefixes, literals bare.
pub fn display_term(t: &Term, base: Option<&str>) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            if let Some(local) = base.and_then(|b| iri.strip_prefix(b)).filter(|l| !l.is_empty()) {
                return local.to_owned();
            }
            for (p, ns) in PREFIXES {
                if let Some(local) = iri.strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            iri.to_owned()
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
    }
}

/// Writes a table in the chosen format (`view` applies to the `table` format only).
pub fn write(
    table: &Table,
    format: ResultsFormat,
    view: &TableView,
    mut out: impl Write,
) -> Result<(), ResultsError> {
    let serializer = match format {
        ResultsFormat::Table => return write_aligned(table, view, out),
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Tsv => QueryResultsFormat::Tsv,
        ResultsFormat::Json => QueryResultsFormat::Json,
        ResultsFormat::Xml => QueryResultsFormat::Xml,
    };
    let mut w = QueryResultsSerializer::from_format(serializer)
        .serialize_solutions_to_writer(&mut out, table.variables.clone())?;
    for row in &table.rows {
        w.serialize(
            table
                .variables
                .iter()
                .zip(row)
                .filter_map(|(v, t)| t.as_ref().map(|t| (v, t))),
        )?;
    }
    w.finish()?;
    if matches!(format, ResultsFormat::Json | ResultsFormat::Xml) {
        writeln!(out)?;
    }
    Ok(())
}

/// Writes the results of a query as they come, in the chosen format (`view` applies to the
/// `table` format only). A table's columns are sized on its first [`TABLE_SAMPLE`] rows.
/// Past `max_rows` rows (or triples) it stops with [`LimitError::TooManyRows`], the rows
/// before written.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultsFormat,
    view: &TableView,
    max_rows: Option<usize>,
    mut out: impl Write,
) -> Result<(), ResultsError> {
    let QueryResults::Solutions(solutions) = results else {
        return write(&collect_at_most(results, max_rows)?, format, view, out);
    };
    let variables = solutions.variables().to_vec();
    let max = max_rows.unwrap_or(usize::MAX);
    let mut rows = solutions.enumerate().map(|(n, s)| {
        if n == max {
            return Err(LimitError::TooManyRows(max).into());
        }
        let s: QuerySolution = s.map_err(ResultsError::from)?;
        Ok::<_, ResultsError>(variables.iter().map(|v| s.get(v).cloned()).collect::<Vec<_>>())
    });
    let serializer = match format {
        ResultsFormat::Table => {
            let sample = Table {
                variables: variables.clone(),
                rows: rows.by_ref().take(TABLE_SAMPLE).collect::<Result<_, _>>()?,
            };
            return write_aligned_then(&sample, rows, view, out);
        }
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Tsv => QueryResultsFormat::Tsv,
        ResultsFormat::Json => QueryResultsFormat::Json,
        ResultsFormat::Xml => QueryResultsFormat::Xml,
    };
    let mut w = QueryResultsSerializer::from_format(serializer)
        .serialize_solutions_to_writer(&mut out, variables.clone())?;
    for row in rows {
        let row = row?;
        w.serialize(
            variables
                .iter()
                .zip(&row)
                .filter_map(|(v, t)| t.as_ref().map(|t| (v, t))),
        )?;
    }
    w.finish()?;
    if matches!(format, ResultsFormat::Json | ResultsFormat::Xml) {
        writeln!(out)?;
    }
    Ok(())
}

fn write_aligned(table: &Table, view: &TableView, out: impl Write) -> Result<(), ResultsError> {
    write_aligned_then(table, std::iter::empty(), view, out)
}

/// A row's cells as a person reads them, on one line each.
fn cells(row: &[Option<Term>], base: Option<&str>) -> Vec<String> {
    row.iter()
        .map(|t| {
            t.as_ref()
                .map(|t| display_term(t, base))
                .unwrap_or_default()
                .replace(['\n', '\t'], " ")
        })
        .collect()
}

/// The aligned table of `sample`'s rows then of `more`, columns sized on `sample`.
fn write_aligned_then(
    sample: &Table,
    more: impl Iterator<Item = Result<Vec<Option<Term>>, ResultsError>>,
    view: &TableView,
    mut out: impl Write,
) -> Result<(), ResultsError> {
    let base = view.base.as_deref();
    let sampled: Vec<Vec<String>> = sample.rows.iter().map(|r| cells(r, base)).collect();
    let headers: Vec<String> = sample.variables.iter().map(|v| v.as_str().to_owned()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &sampled {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    if let Some(limit) = view.width {
        fit(&mut widths, &headers, limit);
    }
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c = cut(c, *w);
                let pad = w.saturating_sub(c.chars().count());
                format!("{c}{}", " ".repeat(pad))
            })
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    writeln!(out, "{}", line(&headers))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", line(&rule))?;
    for row in &sampled {
        writeln!(out, "{}", line(row))?;
    }
    let mut count = sampled.len();
    for row in more {
        writeln!(out, "{}", line(&cells(&row?, base)))?;
        count += 1;
    }
    writeln!(out, "({count} row{})", if count == 1 { "" } else { "s" })?;
    Ok(())
}

/// Narrows the widest columns, one character at a time, until a line (columns and the two
/// spaces between them) fits in `limit` or every column is down to its minimum.
fn fit(widths: &mut [usize], headers: &[String], limit: usize) {
    let gaps = 2 * widths.len().saturating_sub(1);
    let floor = |i: usize| headers[i].chars().count().max(MIN_COLUMN);
    while widths.iter().sum::<usize>() + gaps > limit {
        let widest = (0..widths.len())
            .filter(|&i| widths[i] > floor(i))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
}

/// The cell cut to `width` characters, its last one `…` when cut.
fn cut(cell: &str, width: usize) -> String {
    if cell.chars().count() <= width {
        return cell.to_owned();
    }
    let mut short: String = cell.chars().take(width.saturating_sub(1)).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn table() -> Table {
        let iri = |s: &str| Some(Term::from(NamedNode::new_unchecked(s)));
        let text = |s: &str| Some(Term::from(Literal::new_simple_literal(s)));
        Table {
            variables: ["statement", "title"].map(Variable::new_unchecked).to_vec(),
            rows: vec![
                vec![
                    iri("https://example.org/d/statement/2020-08-18-a-very-long-statement-identifier"),
                    text("A title long enough to be cut when the terminal is narrow"),
                ],
                vec![iri("http://schema.org/Person"), text("short")],
            ],
        }
    }

    fn aligned(view: &TableView) -> String {
        let mut out = Vec::new();
        write(&table(), ResultsFormat::Table, view, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tables_show_iris_under_the_base_relative_to_it() {
        let text = aligned(&TableView {
            base: Some("https://example.org/d/".into()),
            width: None,
        });
        assert!(
            text.contains("\nstatement/2020-08-18-a-very-long-statement-identifier  A title"),
            "{text}"
        );
        assert!(text.contains("\nschema:Person"), "{text}");
        assert!(!text.contains("https://"), "{text}");
    }

    #[test]
    fn tables_fit_the_width_by_cutting_the_widest_cells() {
        let view = TableView {
            base: Some("https://example.org/d/".into()),
            width: Some(60),
        };
        let text = aligned(&view);
        for line in text.lines() {
            assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
        }
        assert!(text.contains('…'), "{text}");
        assert!(text.contains("statement/2020"), "{text}");
        // Without a width nothing is cut.
        assert!(!aligned(&TableView::default()).contains('…'));
    }

    #[test]
    fn a_streamed_table_sizes_its_columns_on_its_sample_and_counts_every_row() {
        let t = table();
        let sample = Table {
            variables: t.variables.clone(),
            rows: t.rows[1..].to_vec(),
        };
        let more = t.rows[..1].iter().cloned().map(Ok);
        let mut out = Vec::new();
        write_aligned_then(&sample, more, &TableView::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with("(2 rows)\n"), "{text}");
        // The long row came after the sample: it is cut to the sample's widths.
        assert!(text.contains('…'), "{text}");
        assert!(!aligned(&TableView::default()).contains('…'));
    }

    #[test]
    fn csv_keeps_whole_iris() {
        let mut out = Vec::new();
        let view = TableView {
            base: Some("https://example.org/d/".into()),
            width: Some(20),
        };
        write(&table(), ResultsFormat::Csv, &view, &mut out).unwrap();
        let csv = String::from_utf8(out).unwrap();
        assert!(csv.contains("https://example.org/d/statement/2020-08-18-a-very-long-statement-identifier"));
    }
}
