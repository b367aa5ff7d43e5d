//! Ingest killed at random points (SIGKILL), fresh ingests and re-ingests of changed files
//! in turn: each time the store must open, every statement graph must be wholly as one
//! clean ingest or the other left it (never a mix, never a stranger), and a rerun must
//! converge to the export of a clean ingest, byte for byte.
//!
//! CI kills 6 times (about a minute). The longer mode takes the number of kills and the
//! seed of the kill times from the environment:
//! `COSIGNET_CRASH_KILLS=200 COSIGNET_CRASH_SEED=7 cargo test --test it crash -- --nocapture`.

use crate::common::{copy_dir, run, run_ok, statement_text, word, Workspace};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Statement files in the corpus; half of them change between the two versions.
const FILES: usize = 120;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Writes version 1 or 2 of the corpus into `dir` (version 2 adds a signatory to every
/// other file, and drops one file's last).
fn write_corpus(dir: &Path, version: u8) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..FILES {
        let n = match (version, i % 2) {
            (2, 0) => 9,
            (2, _) if i == 1 => 7,
            _ => 8,
        };
        std::fs::write(dir.join(format!("s{i:03}.txt")), statement_text(&word(i), n)).unwrap();
    }
}

/// N-Quads lines by graph.
fn by_graph(nquads: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in nquads.lines() {
        let body = line.trim_end().strip_suffix(" .").unwrap_or(line);
        let graph = body.rfind(" <").map_or("", |i| &body[i + 2..]);
        out.entry(graph.to_owned()).or_default().insert(line.to_owned());
    }
    out
}

fn export(store: &Path) -> (Option<i32>, String, String) {
    let ran = run(crate::common::cosignet()
        .arg("--store")
        .arg(store)
        .args(["export", "--format", "nquads"]));
    (ran.code, ran.stdout, ran.stderr)
}

/// A tiny deterministic generator of kill times.
struct Lcg(u64);

impl Lcg {
    fn next_fraction(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Runs an ingest and kills it after `after`; returns whether it had already ended.
fn ingest_killed(store: &Path, corpus: &Path, cwd: &Path, after: Duration) -> bool {
    let mut child = crate::common::cosignet()
        .arg("--store")
        .arg(store)
        .arg("ingest")
        .arg(corpus)
        .current_dir(cwd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    false
}

fn timed_ingest(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    run_ok(cmd);
    start.elapsed()
}

#[test]
fn killed_ingests_leave_whole_graphs_and_reruns_converge() {
    let kills = env_number("COSIGNET_CRASH_KILLS", 6);
    let mut rng = Lcg(env_number("COSIGNET_CRASH_SEED", 11));
    let ws = Workspace::new();
    let base = ws.dir.path();
    let corpus = base.join("corpus");

    // Clean runs: version 1 from nothing, then version 2 over it.
    write_corpus(&corpus, 1);
    let clean = base.join("clean");
    let ingest = |store: &Path| {
        let mut c = crate::common::cosignet();
        c.arg("--store")
            .arg(store)
            .args(["ingest", "corpus"])
            .current_dir(base);
        c
    };
    let fresh_time = timed_ingest(&mut ingest(&clean));
    let (_, e1, _) = export(&clean);
    let template = base.join("template");
    copy_dir(&clean, &template);
    write_corpus(&corpus, 2);
    let change_time = timed_ingest(&mut ingest(&clean));
    let (_, e2, _) = export(&clean);
    assert_ne!(e1, e2);
    let (v1, v2) = (by_graph(&e1), by_graph(&e2));

    let mut ended_before_kill = 0;
    for k in 0..kills {
        let changing = k % 2 == 1;
        let store = base.join(format!("store-{k}"));
        let (limit, version, expected) = if changing {
            copy_dir(&template, &store);
            write_corpus(&corpus, 2);
            (change_time, 2, &e2)
        } else {
            write_corpus(&corpus, 1);
            (fresh_time, 1, &e1)
        };
        let after = limit.mul_f64(1.2 * rng.next_fraction());
        if ingest_killed(&store, Path::new("corpus"), base, after) {
            ended_before_kill += 1;
        }
        // The store opens (or was never made), and every graph is whole.
        let (code, now, err) = export(&store);
        assert!(!err.contains("Corruption"), "kill {k} after {after:?}: {err}");
        if code != Some(0) {
            // Killed before the store was made: no marker, and readers say there is no store.
            assert!(
                !store.join("cosignet-store.toml").exists() && err.contains("no store at"),
                "kill {k} after {after:?}: the store does not open: {err}"
            );
        }
        for (graph, quads) in by_graph(&now) {
            if !graph.contains("/statement/")
                && !graph.ends_with("graph/reference")
                && !graph.ends_with("graph/ontology")
            {
                continue;
            }
            let whole = [&v1, &v2]
                .iter()
                .take(if changing { 2 } else { 1 })
                .any(|v| v.get(&graph) == Some(&quads));
            assert!(whole, "kill {k} after {after:?}: graph {graph} is not whole");
        }
        // A rerun converges to the clean export.
        run_ok(&mut ingest(&store));
        let (_, rerun, _) = export(&store);
        assert!(
            rerun == *expected,
            "kill {k} after {after:?}: the rerun of version {version} differs from a clean ingest"
        );
        std::fs::remove_dir_all(&store).unwrap();
    }
    eprintln!(
        "crash test: {kills} kills ({ended_before_kill} runs ended before their kill), every store whole, every rerun converged"
    );
}
