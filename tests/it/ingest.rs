//! Ingest into an empty store tallies the descriptions of parties and persons from the quads
//! it writes; ingest into a store that holds data queries them back. Both give the same
//! entities graph.

use crate::common::{graph_lines, root, run_ok, Workspace};
use std::process::Command;

/// The quads of the entities graph, as sorted lines.
fn entities(ws: &Workspace) -> Vec<String> {
    graph_lines(ws, "graph/entities")
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

/// Whether an ingest's summary says it compacted the store.
fn compacted(out: &str) -> bool {
    out.contains("compacted for reading")
}

#[test]
fn ingest_compacts_the_store_once_what_it_wrote_reaches_a_tenth_of_it() {
    let ws = Workspace::new();
    let ingest =
        |path: &std::path::Path, when: &str| run_ok(ws.cmd().args(["ingest", "--compact", when]).arg(path));
    // A first ingest writes most of the store: compacted at once.
    assert!(compacted(&ingest(&crate::common::examples(), "auto")));
    let before = run_ok(ws.cmd().args(["export", "--format", "nquads"]));

    // Small statements, one ingest each: none compacts alone, together they do (the
    // reference graph alone is some 30,000 triples).
    const COUNTRIES: [&str; 8] = [
        "Greece", "Portugal", "Britain", "Spain", "France", "Italy", "Chile", "Brazil",
    ];
    let mut compactions = Vec::new();
    for i in 0..40 {
        let f = ws.dir.path().join(format!("s{i}.txt"));
        let list: String = COUNTRIES
            .iter()
            .enumerate()
            .map(|(k, c)| format!("{}. Peace Committee of {c}\n", k + 1))
            .collect();
        std::fs::write(
            &f,
            format!("Joint statement number {i} on peace\n\nSignatories:\n{list}"),
        )
        .unwrap();
        if compacted(&ingest(&f, "auto")) {
            compactions.push(i);
        }
    }
    assert!(!compactions.is_empty() && compactions[0] > 0, "{compactions:?}");
    assert!(compactions.len() < 10, "compacted too often: {compactions:?}");

    // `never` does not, `always` does even when nothing was written; compacting changes
    // no data.
    let again = ws.dir.path().join("s0.txt");
    let after_small = run_ok(ws.cmd().args(["export", "--format", "nquads"]));
    assert!(after_small.len() > before.len());
    assert!(!compacted(&ingest(&again, "never")));
    assert!(compacted(&ingest(&again, "always")));
    assert_eq!(
        run_ok(ws.cmd().args(["export", "--format", "nquads"])),
        after_small
    );
}

#[test]
fn ingest_does_not_compact_under_a_reader_and_a_reader_waits_for_a_compaction() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(crate::common::examples()));
    let readers = ws.store_path().join(cosignet::lock::READERS);
    let again = || {
        run_ok(
            ws.cmd()
                .args(["ingest", "--compact", "always"])
                .arg(crate::common::examples()),
        )
    };

    // A reader (as `serve` is, all along) holds the store open: compacting would delete the
    // files it reads, so the ingest leaves it for later and says so.
    let reader = std::fs::File::open(&readers).unwrap();
    reader.lock_shared().unwrap();
    let out = ws
        .cmd()
        .args(["ingest", "--compact", "always"])
        .arg(crate::common::examples())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!compacted(&String::from_utf8_lossy(&out.stdout)));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not compacted: another cosignet is reading the store"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(reader);
    assert!(compacted(&again()));

    // While a writer compacts (holding the readers' lock alone), a reader waits for it.
    // The clock starts before the lock's release is scheduled, so a slow machine can only
    // lengthen what is measured.
    let writer = std::fs::File::open(&readers).unwrap();
    writer.lock().unwrap();
    let started = std::time::Instant::now();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(700));
        drop(writer);
    });
    let rows = run_ok(ws.cmd().args(["query", "statements", "--format", "csv"]));
    release.join().unwrap();
    assert!(started.elapsed() >= std::time::Duration::from_millis(600));
    assert!(rows.lines().count() > 1, "{rows}");
}
