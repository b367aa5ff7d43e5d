//! Tidy tests: the assets stay consistent with the code. Every `queries/*.rq` is registered
//! and parses and selects every column the code reads from it, the ontology parses, has no
//! blank nodes and declares every term the mapping writes, the shapes parse, the data files
//! load, the test script runs every data checker, README gives the exit statuses, and CI
//! runs the README's test command.

use cosignet::rdf::reference::{ONTOLOGY, SHAPES};
use cosignet::rdf::vocab::{COSIG, COSIG_TERMS};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    crate::common::root()
}

fn turtle(text: &str) -> Vec<Triple> {
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .map(|t| Triple::from(t.expect("parses")))
        .collect()
}

#[test]
fn every_query_file_is_registered() {
    let mut on_disk: Vec<String> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut registered: Vec<String> = cosignet::queries::bundled_names()
        .into_iter()
        .map(str::to_owned)
        .collect();
    registered.sort();
    assert_eq!(on_disk, registered);
    for q in cosignet::queries::bundled() {
        let parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(q.text);
        assert!(parsed.is_ok(), "{} does not parse", q.name);
    }
}

#[test]
fn the_ontology_declares_every_term_and_has_no_blank_nodes() {
    let triples = turtle(ONTOLOGY);
    assert!(triples
        .iter()
        .all(|t| !matches!(t.subject, NamedOrBlankNode::BlankNode(_))
            && !matches!(t.object, Term::BlankNode(_))));
    let label = "http://www.w3.org/2000/01/rdf-schema#label";
    for term in COSIG_TERMS {
        let iri = format!("{COSIG}{term}");
        let declared = triples.iter().any(|t| {
            matches!(&t.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == iri)
                && t.predicate.as_str() == label
        });
        assert!(
            declared,
            "cosig:{term} is written by the mapping but has no rdfs:label in the ontology"
        );
    }
    assert!(!turtle(SHAPES).is_empty());
}

#[test]
fn every_term_the_mapping_writes_is_listed() {
    let source = std::fs::read_to_string(root().join("src/rdf/map.rs")).unwrap()
        + &std::fs::read_to_string(root().join("src/rdf/reference.rs")).unwrap()
        + &std::fs::read_to_string(root().join("src/rdf/entities.rs")).unwrap()
        + &std::fs::read_to_string(root().join("src/rdf/cosigning.rs")).unwrap();
    for (i, _) in source.match_indices("cosig(\"") {
        let name: String = source[i + 7..].chars().take_while(|c| *c != '"').collect();
        assert!(
            COSIG_TERMS.contains(&name.as_str()),
            "cosig:{name} is missing from COSIG_TERMS"
        );
    }
}

#[test]
fn the_data_files_load() {
    let g = cosignet::reference::countries::Gazetteer::bundled();
    assert!(g.countries().len() >= 249);
    assert!(cosignet::reference::parties::bundled().len() >= 100);
}

#[test]
fn ci_runs_the_readme_test_command() {
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = ci
        .lines()
        .skip_while(|l| !l.starts_with("# README test command"))
        .nth(1)
        .expect(".ci/run marks the README test command");
    assert!(
        readme.contains(&format!("    {command}\n")),
        "README does not give `{command}`"
    );
}

/// The `.rs` files under a folder, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every call `read_bundled(store, resolver, "QUERY", ["column", ...])` in the root
/// package's source, the one way it reads rows of a bundled query by column name:
/// (file, query, columns).
fn bundled_reads() -> Vec<(String, String, Vec<String>)> {
    let call = "read_bundled(";
    let mut reads = Vec::new();
    for file in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (start, _) in text.match_indices(call) {
            // The arguments, up to the parenthesis that closes the call.
            let mut depth = 1;
            let args: String = text[start + call.len()..]
                .chars()
                .take_while(|c| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth > 0
                })
                .collect();
            let literals: Vec<String> = args.split('"').skip(1).step_by(2).map(str::to_owned).collect();
            let shown = file.strip_prefix(root()).unwrap().display().to_string();
            let Some((query, columns)) = literals.split_first() else {
                panic!("{shown}: a call of read_bundled without a literal query name: {args}");
            };
            reads.push((shown, query.clone(), columns.to_vec()));
        }
    }
    reads
}

#[test]
fn every_column_the_code_reads_is_selected_by_its_query() {
    let store = cosignet::store::Store::in_memory().unwrap();
    let reads = bundled_reads();
    // The reader of this test finds the reads it is meant to check.
    assert!(
        reads
            .iter()
            .any(|(_, q, c)| q == "statement-persons" && c.iter().any(|c| c == "signers")),
        "{reads:?}"
    );
    assert!(reads.len() >= 6, "{reads:?}");
    for (file, query, columns) in reads {
        let q = cosignet::queries::find(&query)
            .unwrap_or_else(|e| panic!("{file} reads the bundled query `{query}`: {e}"));
        let selected: Vec<String> = match store.query(q.text, vec![]).unwrap() {
            oxigraph::sparql::QueryResults::Solutions(s) => {
                s.variables().iter().map(|v| v.as_str().to_owned()).collect()
            }
            _ => panic!("queries/{query}.rq is not a SELECT query"),
        };
        for column in columns {
            assert!(
                selected.contains(&column),
                "{file} reads ?{column} from queries/{query}.rq, which selects only {selected:?}"
            );
        }
    }
}

#[test]
fn the_test_script_runs_every_data_checker() {
    let script = std::fs::read_to_string(root().join("scripts/test.sh")).unwrap();
    let mut checkers = Vec::new();
    for dir in ["data", "tests/fixtures"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.starts_with("check_") && name.ends_with(".py") {
                checkers.push(format!("{dir}/{name}"));
            }
        }
    }
    assert!(checkers.len() >= 4, "{checkers:?}");
    for checker in checkers {
        assert!(
            script
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("python3 {checker}"))),
            "scripts/test.sh does not run {checker}"
        );
    }
}

#[test]
fn readme_gives_every_exit_status() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Exit codes"))
        .expect("README has an `Exit codes` section");
    for (code, _) in cosignet::cli::EXIT_STATUSES {
        assert!(
            section.lines().any(|l| l.starts_with(&format!("| {code} |"))),
            "README's exit codes lack {code}"
        );
    }
}

/// ARCHITECTURE.md is the map a newcomer reads first: every module of every crate (a file, or
/// a folder's `mod.rs`) is named in it, so a new module cannot land unmapped. Subcommand files
/// (`cli/cmd/`) are covered by the one entry for that folder, test modules by their parent.
#[test]
fn architecture_names_every_module() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut unnamed = Vec::new();
    for dir in ["src", "crates/cosignet-text/src", "crates/cosignet-network/src"] {
        for file in rust_files(&root().join(dir)) {
            if file.components().any(|c| c.as_os_str() == "cmd") {
                continue;
            }
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let name = match stem.as_str() {
                "lib" | "main" | "tests" => continue,
                "mod" => file
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                _ => stem,
            };
            if !map.contains(&format!("`{name}")) {
                unnamed.push(file.strip_prefix(root()).unwrap().display().to_string());
            }
        }
    }
    assert!(unnamed.is_empty(), "ARCHITECTURE.md does not name {unnamed:?}");
}
