//! Tidy tests: the assets stay consistent with the code. Every `queries/*.rq` is registered
//! and parses, the ontology parses, has no blank nodes and declares every term the mapping
//! writes, the shapes parse, the data files load, and CI runs the README's test command.

use cosignet::rdf::reference::{ONTOLOGY, SHAPES};
use cosignet::rdf::vocab::{COSIG, COSIG_TERMS};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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
        + &std::fs::read_to_string(root().join("src/rdf/entities.rs")).unwrap();
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
