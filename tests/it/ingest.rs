//! Ingest into an empty store tallies the descriptions of parties and persons from the quads
//! it writes; ingest into a store that holds data queries them back. Both give the same
//! entities graph.

use crate::common::{root, run_ok, Workspace};
use std::process::Command;

/// The quads of the entities graph, as sorted lines.
fn entities(ws: &Workspace) -> Vec<String> {
    let mut out: Vec<String> = ws
        .store()
        .quads()
        .map(|q| q.unwrap())
        .filter(|q| q.graph_name.to_string().ends_with("/graph/entities>"))
        .map(|q| q.to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn descriptions_tallied_into_an_empty_store_equal_those_queried_back() {
    let corpus = Workspace::new();
    let dir = corpus.dir.path().join("generated");
    let script = root().join("scripts/gen_corpus.py");
    run_ok(
        Command::new("python3")
            .arg(script)
            .arg(&dir)
            .arg("200")
            .args(["--per-file", "50"]),
    );
    let files: Vec<_> = (1..=4)
        .map(|i| dir.join(format!("statements-{i:04}.json")))
        .collect();
    // One run into an empty store: tallied.
    let once = Workspace::new();
    run_ok(once.cmd().arg("ingest").arg(&dir));
    // Two runs, the second into a store that holds data: queried.
    let twice = Workspace::new();
    run_ok(twice.cmd().arg("ingest").args(&files[..2]));
    run_ok(twice.cmd().arg("ingest").args(&files[2..]));
    let tallied = entities(&once);
    assert!(
        tallied.iter().any(|q| q.contains("/person/")) && tallied.iter().any(|q| q.contains("/party/")),
        "{tallied:?}"
    );
    assert_eq!(tallied, entities(&twice));
}
