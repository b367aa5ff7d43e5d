//! Query results as a table for a terminal, or as SPARQL results CSV, TSV, JSON or XML.

use crate::rdf::vocab::PREFIXES;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, Variable};
use std::io::{self, Write};

/// How query results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultsFormat {
    /// Aligned columns, IRIs shortened with the known prefixes.
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

/// What went wrong while writing results.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// Evaluating the query failed midway.
    #[error("query failed: {0}")]
    Eval(String),
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] io::Error),
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
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                let s: QuerySolution = s.map_err(|e| ResultsError::Eval(e.to_string()))?;
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
                let t = t.map_err(|e| ResultsError::Eval(e.to_string()))?;
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

/// A term as a person reads it: IRIs shortened by the known prefixes, literals bare.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
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

/// Writes a table in the chosen format.
pub fn write(table: &Table, format: ResultsFormat, mut out: impl Write) -> Result<(), ResultsError> {
    let serializer = match format {
        ResultsFormat::Table => return write_aligned(table, out),
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

fn write_aligned(table: &Table, mut out: impl Write) -> Result<(), ResultsError> {
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    t.as_ref()
                        .map(display_term)
                        .unwrap_or_default()
                        .replace(['\n', '\t'], " ")
                })
                .collect()
        })
        .collect();
    let headers: Vec<String> = table.variables.iter().map(|v| v.as_str().to_owned()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    writeln!(out, "{}", line(&headers))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", line(&rule))?;
    for row in &cells {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(
        out,
        "({} row{})",
        cells.len(),
        if cells.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}
