//! The bad-input catalogue (tests/fixtures/catalogue/cases.toml): each hostile or careless
//! input is ingested on its own, through the binary, into one store holding the examples;
//! each must have its expected outcome (stored, already stored, an error naming the file
//! and line, skipped with a warning), and after each the examples' statements must be
//! exactly as they were. Cases marked `pending` wait for a fix elsewhere: they must still
//! fail, so that the mark is removed once they pass.

use crate::common::{copy_dir, examples, root, run, run_ok, run_within, statement_text, Ran, Workspace};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(serde::Deserialize)]
struct Manifest {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    file: Option<String>,
    make: Option<String>,
    outcome: Outcome,
    line: Option<usize>,
    message: Option<String>,
    check: Option<String>,
    expect: Option<String>,
    expect_below: Option<u64>,
    pending: Option<String>,
    why: String,
}

#[derive(serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Outcome {
    Stored,
    Unchanged,
    Error,
    Skipped,
}

const PREFIXES: &str = "PREFIX cosig: <https://w3id.org/cosignet/ns#>\n\
    PREFIX dcterms: <http://purl.org/dc/terms/>\n\
    PREFIX prov: <http://www.w3.org/ns/prov#>\n";

fn catalogue_dir() -> PathBuf {
    root().join("tests/fixtures/catalogue")
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(catalogue_dir().join("cases.toml")).unwrap();
    toml::from_str(&text).expect("cases.toml parses")
}

/// The quads of the examples' statement graphs and the reference and ontology graphs, as
/// N-Quads lines (the entities graph is derived from every signature, so new statements
/// may rightly add spellings to it), read straight from the store.
fn examples_part(ws: &Workspace, graphs: &BTreeSet<String>) -> BTreeSet<String> {
    ws.store()
        .quads()
        .map(|q| q.unwrap())
        .filter(|q| match &q.graph_name {
            oxigraph::model::GraphName::NamedNode(g) => graphs.contains(g.as_str()),
            _ => false,
        })
        .map(|q| q.to_string())
        .collect()
}

fn graph_of(line: &str) -> Option<&str> {
    let body = line.trim_end().strip_suffix(" .")?;
    let start = body.rfind(" <")?;
    body[start + 2..].strip_suffix('>')
}

/// Builds what a `make` case ingests (under `made/` in the workspace), with extra
/// arguments; returns the path as given to `ingest`, relative to the workspace, and the
/// file its messages name (the same, or a file in the folder).
fn make(ws: &Workspace, what: &str) -> (String, String, Vec<String>) {
    let (path, extra) = build(ws, what);
    let named = match what {
        "same-source-twice" => format!("{path}/b.yaml"),
        _ => path.clone(),
    };
    (path, named, extra)
}

fn build(ws: &Workspace, what: &str) -> (String, Vec<String>) {
    let base = ws.dir.path();
    let dir = base.join("made").join(what);
    std::fs::create_dir_all(&dir).unwrap();
    let rel = |p: &Path| p.strip_prefix(base).unwrap().display().to_string();
    let example = base.join("examples/texts/2022-appeal-against-war.txt");
    match what {
        "identical-signatories-10000" => {
            let mut yaml = "id: catalogue-ten-thousand\ntitle: Ten thousand times one party\ndate: 2021-05-01\nsignatories:\n".to_owned();
            for _ in 0..10_000 {
                yaml.push_str("- as_written: Communist Party of Greece\n");
            }
            let f = dir.join("ten-thousand.yaml");
            std::fs::write(&f, yaml).unwrap();
            (rel(&f), vec![])
        }
        "fifo" => {
            let f = dir.join("pipe.txt");
            assert!(std::process::Command::new("mkfifo")
                .arg(&f)
                .status()
                .unwrap()
                .success());
            (rel(&f), vec![])
        }
        "socket" => {
            let f = dir.join("socket.txt");
            // The socket file stays when the listener is dropped.
            drop(std::os::unix::net::UnixListener::bind(&f).unwrap());
            (rel(&f), vec![])
        }
        "link-to-dev-zero" => {
            let f = dir.join("zero.txt");
            std::os::unix::fs::symlink("/dev/zero", &f).unwrap();
            (rel(&f), vec![])
        }
        "folder-with-link-cycles" => {
            std::fs::create_dir_all(dir.join("sub")).unwrap();
            std::fs::write(dir.join("cycles.txt"), statement_text("Cycles", 3)).unwrap();
            std::os::unix::fs::symlink(&dir, dir.join("sub/up")).unwrap();
            std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
            (rel(&dir), vec![])
        }
        "folder-with-dangling-link" => {
            std::fs::write(dir.join("dangling.txt"), statement_text("Dangling", 3)).unwrap();
            std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("gone.txt")).unwrap();
            (rel(&dir), vec![])
        }
        "too-large" => {
            let f = dir.join("large.txt");
            std::fs::write(&f, statement_text("Large", 100)).unwrap();
            (rel(&f), vec!["--max-file-size".into(), "1K".into()])
        }
        "link-to-an-example" => {
            let f = dir.join("link.txt");
            std::os::unix::fs::symlink(&example, &f).unwrap();
            (rel(&f), vec![])
        }
        "copy-of-an-example" => {
            let f = dir.join("2022-appeal-against-war.txt");
            std::fs::copy(&example, &f).unwrap();
            (rel(&f), vec![])
        }
        "changed-copy-of-an-example" => {
            let f = dir.join("2022-appeal-against-war.txt");
            let text = std::fs::read_to_string(&example).unwrap() + "\nOne more line.\n";
            std::fs::write(&f, text).unwrap();
            (rel(&f), vec![])
        }
        "same-source-twice" => {
            for (name, id) in [("a.yaml", "catalogue-claim-a"), ("b.yaml", "catalogue-claim-b")] {
                std::fs::write(
                    dir.join(name),
                    format!("id: {id}\ntitle: {id}\ndate: 2021-05-02\nsource:\n  path: elsewhere/shared.txt\nsignatories:\n- as_written: KKE\n"),
                )
                .unwrap();
            }
            (rel(&dir), vec![])
        }
        other => panic!("no maker for `{other}`"),
    }
}

/// Whether a run had the outcome a case expects.
fn judge(ws: &Workspace, case: &Case, shown: &str, ran: &Ran) -> Result<(), String> {
    let mut problems = Vec::new();
    if ran.stderr.contains("panicked") || ran.code == Some(101) {
        problems.push("panicked".to_owned());
    }
    let read = ran
        .stdout
        .split("read ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse::<usize>().ok());
    let errors: Vec<&str> = ran.stderr.lines().filter(|l| l.contains(": error:")).collect();
    match case.outcome {
        Outcome::Stored | Outcome::Unchanged => {
            if ran.code != Some(0) {
                problems.push(format!("exit {:?}", ran.code));
            }
            if !errors.is_empty() {
                problems.push(format!("errors: {errors:?}"));
            }
            if case.outcome == Outcome::Stored && read.unwrap_or(0) == 0 {
                problems.push("no statement read".into());
            }
            if case.outcome == Outcome::Unchanged && !ran.stdout.contains("already stored as read") {
                problems.push("not recognised as already stored".into());
            }
        }
        Outcome::Error => {
            if ran.code != Some(1) {
                problems.push(format!("exit {:?}, not 1", ran.code));
            }
            let prefix = match case.line {
                Some(l) => format!("{shown}:{l}: error: "),
                None => format!("{shown}: error: "),
            };
            let wanted = case.message.as_deref().unwrap_or("");
            if !errors
                .iter()
                .any(|l| l.starts_with(&prefix) && l.contains(wanted))
            {
                problems.push(format!("no `{prefix}...{wanted}`"));
            }
        }
        Outcome::Skipped => {
            if ran.code != Some(0) {
                problems.push(format!("exit {:?}", ran.code));
            }
            if read != Some(0) {
                problems.push(format!("read {read:?} statements"));
            }
            if !ran.stderr.contains(": warning: ") {
                problems.push("no warning".into());
            }
        }
    }
    if let Some(m) = &case.message {
        if !ran.stderr.contains(m.as_str()) {
            problems.push(format!("no message `{m}`"));
        }
    }
    if let Some(check) = &case.check {
        let out = run(ws
            .cmd()
            .args(["query", "--format", "csv", "--sparql"])
            .arg(format!("{PREFIXES}{check}")));
        let cell = out.stdout.lines().nth(1).unwrap_or("").trim().to_owned();
        if out.code != Some(0) {
            problems.push(format!("check failed to run: {}", out.stderr));
        } else if let Some(e) = &case.expect {
            if cell != *e {
                problems.push(format!("check gave `{cell}`, not `{e}`"));
            }
        } else if let Some(limit) = case.expect_below {
            if !cell.parse::<u64>().is_ok_and(|v| v < limit) {
                problems.push(format!("check gave `{cell}`, not below {limit}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n      stdout: {}\n      stderr: {}",
            problems.join("; "),
            ran.stdout.trim(),
            cut(&ran.stderr)
        ))
    }
}

fn cut(text: &str) -> String {
    let t = text.trim();
    match t.char_indices().nth(600) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t.to_owned(),
    }
}

#[cfg(unix)]
#[test]
fn every_bad_input_has_its_outcome_and_leaves_the_examples_whole() {
    let cases = manifest().case;
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let ws = Workspace::new();
    let base = ws.dir.path();
    copy_dir(&examples(), &base.join("examples"));
    copy_dir(&catalogue_dir(), &base.join("catalogue"));
    run_ok(ws.cmd().args(["ingest", "examples"]).current_dir(base));
    let export = || run_ok(ws.cmd().args(["export", "--format", "nquads"]));
    let first = export();
    let graphs: BTreeSet<String> = first
        .lines()
        .filter_map(graph_of)
        // Derived graphs change when other files sign for the same parties.
        .filter(|g| !g.ends_with("graph/entities") && !g.ends_with("graph/cosignings"))
        .map(str::to_owned)
        .collect();
    let baseline = examples_part(&ws, &graphs);
    assert!(baseline.len() > 1000);
    let in_export = |nquads: &str| -> BTreeSet<String> {
        nquads
            .lines()
            .filter(|l| graph_of(l).is_some_and(|g| graphs.contains(g)))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(in_export(&first).len(), baseline.len());
    let mut slowest = Vec::new();

    let (mut failed, mut pending, mut passing_now) = (Vec::new(), Vec::new(), Vec::new());
    for case in &cases {
        let (shown, named, extra) = match (&case.file, &case.make) {
            (Some(f), None) => (format!("catalogue/{f}"), format!("catalogue/{f}"), vec![]),
            (None, Some(m)) => make(&ws, m),
            _ => panic!("a case has a file or a make: {}", case.why),
        };
        let clock = std::time::Instant::now();
        let ran = run_within(
            ws.cmd().arg("ingest").args(&extra).arg(&shown).current_dir(base),
            300,
        );
        slowest.push((clock.elapsed(), shown.clone()));
        let verdict = judge(&ws, case, &named, &ran);
        if examples_part(&ws, &graphs) != baseline {
            failed.push(format!(
                "{shown}: the examples' statements changed ({})",
                case.why
            ));
        }
        match (verdict, &case.pending) {
            (Ok(()), None) => {}
            (Err(e), None) => failed.push(format!("{shown} ({}): {e}", case.why)),
            (Err(_), Some(who)) => pending.push(format!("{shown} ({who})")),
            (Ok(()), Some(who)) => passing_now.push(format!("{shown} ({who})")),
        }
    }
    // And the examples' part of the export, through the binary, is as it was.
    if in_export(&export()) != in_export(&first) {
        failed.push("the examples' part of the export changed".into());
    }
    slowest.sort();
    eprintln!(
        "catalogue: {} cases, {} as expected, {} pending a fix elsewhere:\n  {}\nslowest: {:?}",
        cases.len(),
        cases.len() - failed.len() - pending.len() - passing_now.len(),
        pending.len(),
        pending.join("\n  "),
        &slowest[slowest.len().saturating_sub(5)..]
    );
    assert!(
        failed.is_empty(),
        "{} cases failed:\n  {}",
        failed.len(),
        failed.join("\n  ")
    );
    assert!(
        passing_now.is_empty(),
        "these pending cases pass now: remove their `pending` mark:\n  {}",
        passing_now.join("\n  ")
    );
}

#[test]
fn every_catalogue_file_is_a_case() {
    let listed: BTreeSet<String> = manifest().case.into_iter().filter_map(|c| c.file).collect();
    let mut on_disk = BTreeSet::new();
    for sub in ["records", "texts"] {
        for e in std::fs::read_dir(catalogue_dir().join(sub)).unwrap() {
            on_disk.insert(format!("{sub}/{}", e.unwrap().file_name().to_string_lossy()));
        }
    }
    assert_eq!(listed, on_disk);
}
