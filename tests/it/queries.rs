//! The bundled queries give the same rows as straightforward reference queries
//! (`tests/fixtures/reference-queries/`, the plain patterns they were rewritten from), on the
//! examples and on a generated corpus with persons, with each parameter bound to several
//! typical and untypical values.

use crate::common::{examples, root, run_ok, Workspace};
use cosignet::queries::{bind, bundled, find};
use cosignet::resolve::Resolver;
use cosignet::results::{collect, display_term};
use cosignet::store::Store;
use oxigraph::model::Term;
use std::path::PathBuf;
use std::process::Command;

/// The reference text of a bundled query.
fn reference(name: &str) -> String {
    let path = root().join(format!("tests/fixtures/reference-queries/{name}.rq"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A double's value, when the term is one.
fn double(t: &Term) -> Option<f64> {
    match t {
        Term::Literal(l) if l.datatype().as_str() == "http://www.w3.org/2001/XMLSchema#double" => {
            l.value().parse().ok()
        }
        _ => None,
    }
}

/// A cell as compared: a list of IRIs a query joined with spaces (`GROUP_CONCAT`) has no
/// order in SPARQL, so its items are sorted; a double is left out of the text and compared
/// apart, within a relative 1e-12 (a sum taken in another order differs in its last bits).
fn cell(t: &Term) -> String {
    if double(t).is_some() {
        return "(double)".to_owned();
    }
    if let Term::Literal(l) = t {
        let mut items: Vec<&str> = l.value().split(' ').collect();
        if items.len() > 1 && items.iter().all(|i| i.starts_with("http")) {
            items.sort_unstable();
            return items.join(" ");
        }
    }
    format!("{t}")
}

/// The rows of a query as sorted lines (the order of rows with equal sort keys may differ).
fn rows(
    store: &Store,
    text: &str,
    params: &[String],
    resolver: &Resolver,
    name: &str,
) -> (Vec<String>, Vec<Row>) {
    let q = find(name).unwrap();
    let bindings = bind(&q, params, resolver.base(), &|| resolver).unwrap();
    let table = collect(store.query(text, bindings).unwrap()).unwrap();
    let mut lines: Vec<Row> = table
        .rows
        .iter()
        .map(|r| Row {
            text: r
                .iter()
                .map(|t| t.as_ref().map(cell).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" | "),
            doubles: r.iter().filter_map(|t| t.as_ref().and_then(double)).collect(),
        })
        .collect();
    lines.sort_by(|a, b| a.text.cmp(&b.text));
    let columns = table.variables.iter().map(|v| v.as_str().to_owned()).collect();
    (columns, lines)
}

/// A row as compared: its text, doubles aside.
#[derive(Debug)]
struct Row {
    text: String,
    doubles: Vec<f64>,
}

impl PartialEq for Row {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.doubles.len() == other.doubles.len()
            && self
                .doubles
                .iter()
                .zip(&other.doubles)
                .all(|(a, b)| (a - b).abs() <= 1e-12 * a.abs().max(b.abs()))
    }
}

/// The values of one column of a bundled query without parameters.
fn column(store: &Store, resolver: &Resolver, name: &str, var: &str) -> Vec<String> {
    let q = find(name).unwrap();
    let table = collect(
        store
            .query(q.text, bind(&q, &[], resolver.base(), &|| resolver).unwrap())
            .unwrap(),
    )
    .unwrap();
    let i = table.variables.iter().position(|v| v.as_str() == var).unwrap();
    table
        .rows
        .iter()
        .filter_map(|r| match &r[i] {
            Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
            Some(t) => Some(display_term(t, None)),
            None => None,
        })
        .collect()
}

/// A few values from a list: the first, the middle and the last.
fn some(values: Vec<String>) -> Vec<String> {
    let n = values.len();
    let mut out: Vec<String> = [0, n / 2, n.saturating_sub(1)]
        .into_iter()
        .filter(|&i| i < n)
        .map(|i| values[i].clone())
        .collect();
    out.dedup();
    out
}

fn generated(ws: &Workspace) -> PathBuf {
    let dir = ws.dir.path().join("generated");
    let script = root().join("scripts/gen_corpus.py");
    run_ok(
        Command::new("python3")
            .arg(script)
            .arg(&dir)
            .arg("300")
            .args(["--per-file", "100"]),
    );
    dir
}

#[test]
fn every_bundled_query_gives_the_rows_of_its_reference_query() {
    let ws = Workspace::new();
    let corpus = generated(&ws);
    run_ok(ws.cmd().arg("ingest").arg(examples()).arg(&corpus));
    let store = ws.store();
    let resolver = Resolver::new(cosignet::iri::Base::default());
    let statements = some(column(&store, &resolver, "statements", "statement"));
    let mut parties = some(column(&store, &resolver, "parties", "party"));
    parties.push("https://example.org/no-such-party".into());
    let mut countries: Vec<String> = some(column(&store, &resolver, "countries", "code"));
    countries.push("AQ".into());
    assert!(statements.len() == 3 && parties.len() == 4 && countries.len() == 4);
    let mut compared = 0;
    for q in bundled() {
        let mut cases: Vec<Vec<String>> = Vec::new();
        if q.params.iter().all(|p| p.optional) {
            cases.push(Vec::new());
        }
        for p in &q.params {
            let values = match p.kind.name() {
                "statement" => &statements,
                "party" => &parties,
                "country" => &countries,
                other => panic!("no test values for parameters of kind {other} ({})", q.name),
            };
            cases.extend(values.iter().map(|v| vec![format!("{}={v}", p.name)]));
        }
        let old = reference(q.name);
        for params in cases {
            let (new_columns, new_rows) = rows(&store, q.text, &params, &resolver, q.name);
            let (old_columns, old_rows) = rows(&store, &old, &params, &resolver, q.name);
            assert_eq!(new_columns, old_columns, "{} {params:?}", q.name);
            assert_eq!(new_rows, old_rows, "{} {params:?}", q.name);
            compared += 1;
            // A case that compares nothing proves nothing: the list queries must find rows.
            if params.is_empty() && q.name != "diagnostics" {
                assert!(!new_rows.is_empty(), "{} found no rows", q.name);
            }
        }
    }
    assert!(compared >= bundled().len());
}
