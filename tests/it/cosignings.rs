//! The cosignings graph (what pairs of parties signed together, how many statements each
//! party signed) is kept as files are added, changed and removed: it always equals the one
//! an ingest of the same files into an empty store tallies, and the party network read from
//! it equals the network read from every signature.

use crate::common::{graph_lines, root, run_ok, Workspace};
use cosignet::app::{cosignings, signings, Level};
use cosignet::network::{build, build_counted, Options, Weighting};
use cosignet::resolve::Resolver;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The quads of the cosignings graph, as sorted lines.
fn cosigning_quads(ws: &Workspace) -> Vec<String> {
    graph_lines(ws, "graph/cosignings")
}

/// Four files of 50 generated statements each (with persons and dates).
fn generated(ws: &Workspace) -> Vec<PathBuf> {
    let dir = ws.dir.path().join("generated");
    run_ok(
        Command::new("python3")
            .arg(root().join("scripts/gen_corpus.py"))
            .arg(&dir)
            .arg("200")
            .args(["--per-file", "50"]),
    );
    (1..=4)
        .map(|i| dir.join(format!("statements-{i:04}.json")))
        .collect()
}

/// Changes a file of records: its first statement keeps only its first two signatories,
/// its second takes another date, its third is dropped.
fn change(file: &Path) {
    let mut records: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    records[0]["signatories"].as_array_mut().unwrap().truncate(2);
    records[1]["date"] = "1999-01-02".into();
    records.remove(2);
    std::fs::write(file, serde_json::to_string_pretty(&records).unwrap()).unwrap();
}

#[test]
fn cosignings_kept_through_additions_and_changes_equal_a_fresh_tally() {
    let corpus = Workspace::new();
    let files = generated(&corpus);
    // Added in two runs (the second looks up the statements of the parties it touched),
    // then one file changed and ingested again (its graphs replaced).
    let steps = Workspace::new();
    run_ok(steps.cmd().arg("ingest").args(&files[..2]));
    run_ok(steps.cmd().arg("ingest").args(&files[2..]));
    change(&files[3]);
    run_ok(steps.cmd().arg("ingest").arg(&files[3]));
    // The same files, as they are now, into an empty store: tallied from the quads written.
    let once = Workspace::new();
    run_ok(once.cmd().arg("ingest").args(&files));
    let tallied = cosigning_quads(&once);
    assert!(tallied.iter().any(|q| q.contains("newmanWeight")), "{tallied:?}");
    assert!(
        tallied.iter().any(|q| q.contains("1999-01-02")),
        "the changed date counts"
    );
    assert_eq!(tallied, cosigning_quads(&steps));
    // The store validates with its cosignings.
    let report = run_ok(once.cmd().arg("validate"));
    assert!(!report.contains("CoSigning"), "{report}");
}

#[test]
fn the_party_network_from_cosignings_equals_the_one_from_every_signature() {
    let corpus = Workspace::new();
    let files = generated(&corpus);
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").args(&files[..3]));
    run_ok(ws.cmd().arg("ingest").arg(&files[3]));
    let store = ws.store();
    let resolver = Resolver::new(cosignet::iri::Base::default());
    let from_signatures = signings(&store, &resolver, Level::Party).unwrap();
    let (nodes, pairs) = cosignings(&store, &resolver).unwrap();
    assert!(pairs.len() > 100, "{}", pairs.len());
    let some_country = nodes[0].country.clone().unwrap();
    for weighting in [Weighting::Count, Weighting::Newman, Weighting::Jaccard] {
        for countries in [vec![], vec![some_country.clone()]] {
            let options = Options {
                weighting,
                countries,
                min_weight: Some(1.0),
                ..Options::default()
            };
            let counted = build_counted(&nodes, &pairs, &options).unwrap();
            assert_eq!(counted, build(&from_signatures, &options), "{options:?}");
        }
    }
}

/// CSV rows, sorted, with the cells of `column` (a double) rounded to nine decimals.
fn rows_rounded(csv: &str, column: Option<&str>) -> Vec<String> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let at = column.and_then(|c| header.iter().position(|h| *h == c));
    let mut out: Vec<String> = lines
        .map(|l| {
            let mut cells: Vec<String> = l.split(',').map(str::to_owned).collect();
            if let Some(i) = at {
                cells[i] = format!("{:.9}", cells[i].parse::<f64>().unwrap());
            }
            cells.join(",")
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_statement_of_too_many_parties_is_counted_from_its_signatures() {
    let ws = Workspace::new();
    let big = ws.dir.path().join("big.txt");
    let size = cosignet::rdf::cosigning::MAX_PAIRED + 20;
    std::fs::write(&big, crate::common::statement_text("big", size)).unwrap();
    let small = ws.dir.path().join("small.txt");
    std::fs::write(&small, crate::common::statement_text("small", 4)).unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&big).arg(&small));
    let pairs = cosigning_quads(&ws)
        .iter()
        .filter(|q| q.contains("newmanWeight"))
        .count();
    // The small statement's six pairs; not the big one's 130,000.
    assert_eq!(pairs, 6);
    let store = ws.store();
    assert!(store.has_unpaired().unwrap());
    // A party of both statements: its co-signers as the reference query counts them.
    let party = store
        .matching(None, Some(&cosignet::rdf::cosig("signedBy")), None, None)
        .map(|q| q.unwrap().object.to_string())
        .find(|p| p.contains("/party/"))
        .unwrap();
    let party = party.trim_matches(|c| c == '<' || c == '>');
    let reference = std::fs::read_to_string(root().join("tests/fixtures/reference-queries/cosigners.rq"))
        .unwrap()
        .replacen("WHERE {", &format!("WHERE {{ VALUES ?party {{ <{party}> }}"), 1);
    let file = ws.dir.path().join("reference.rq");
    std::fs::write(&file, reference).unwrap();
    let want = run_ok(ws.cmd().args(["query", "--format", "csv", "--file"]).arg(&file));
    let got = run_ok(
        ws.cmd()
            .args(["query", "cosigners", "--format", "csv", "--param"])
            .arg(format!("party={party}")),
    );
    assert_eq!(rows_rounded(&got, None), rows_rounded(&want, None));
    assert_eq!(rows_rounded(&got, None).len(), size - 1);
    // Every pair, with weights and dates, as the reference query counts them.
    let file = root().join("tests/fixtures/reference-queries/cosignature-pairs.rq");
    let want = run_ok(ws.cmd().args(["query", "--format", "csv", "--file"]).arg(&file));
    let got = run_ok(ws.cmd().args(["query", "cosignature-pairs", "--format", "csv"]));
    assert_eq!(
        rows_rounded(&got, Some("weight")),
        rows_rounded(&want, Some("weight"))
    );
    // The party network, read from every signature, has every pair.
    let csv = run_ok(ws.cmd().args(["network", "--no-metrics", "--format", "csv"]));
    assert_eq!(csv.lines().count() - 1, size * (size - 1) / 2);
}
