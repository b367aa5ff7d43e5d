//! Exit statuses, as ripgrep's: 0 success (also when the reader of standard output goes
//! away), 1 the command ran but found problems, 2 an error stopped it.

use crate::common::{examples, run, run_ok, run_with_stdout_closed, Workspace};

#[test]
fn zero_on_success_and_silently_when_the_reader_of_standard_output_goes_away() {
    let ws = Workspace::new();
    assert_eq!(run(ws.cmd().arg("ingest").arg(examples())).code, Some(0));
    for args in [
        &["query", "statements"][..],
        &["query", "spellings", "--format", "csv"],
        &["query", "spellings", "--format", "json"],
        &["query", "--list"],
        &["export", "--format", "turtle"],
        &["export", "--format", "nquads"],
        &["network", "--format", "svg"],
        &["resolve", "--report"],
        &["parse", "--lines", "examples/texts/2022-appeal-against-war.txt"],
        &["man"],
        &["completions", "bash"],
    ] {
        let ran = run_with_stdout_closed(ws.cmd().args(args).current_dir(crate::common::root()));
        assert_eq!(ran.code, Some(0), "{args:?}: {}", ran.stderr);
        assert_eq!(ran.stderr, "", "{args:?} says something about the closed pipe");
    }
}

#[test]
fn one_when_a_file_fails_to_ingest_or_the_store_violates_the_shapes() {
    let ws = Workspace::new();
    let dir = ws.dir.path().join("mixed");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "Joint statement on peace\n\nSignatories:\n- Communist Party of Greece\n- AKEL, Cyprus\n",
    )
    .unwrap();
    std::fs::write(dir.join("bad.yaml"), "- title: x\n  date: 2021-02-30\n").unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&dir));
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(ran.stdout.contains("read 1 statements"), "{}", ran.stdout);
    assert!(ran.stderr.contains("bad.yaml:2:"), "{}", ran.stderr);
    assert!(
        !ran.stderr.lines().any(|l| l.starts_with("error: ")),
        "no error stopped the command: {}",
        ran.stderr
    );

    assert_eq!(run(ws.cmd().arg("validate")).code, Some(0));
    let hash = ws.dir.path().join("hash.yaml");
    std::fs::write(
        &hash,
        "id: bad-hash\ntitle: T\nsource:\n  sha256: not-a-hash\nsignatories:\n- as_written: KKE\n",
    )
    .unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&hash));
    let ran = run(ws.cmd().arg("validate"));
    assert_eq!(ran.code, Some(1));
    assert!(
        ran.stdout.contains("violations of the bundled shapes"),
        "{}",
        ran.stdout
    );
}

#[test]
fn two_on_bad_arguments() {
    let ws = Workspace::new();
    for args in [
        &["--no-such-flag", "validate"][..],
        &["frobnicate"],
        &["query"],
        &["query", "statements", "--format", "yaml"],
        &["query", "--sparql", "ASK {}", "--param", "party=KKE"],
        &["network", "--from", "2021-02-30"],
        &["network", "--per", "fortnight"],
        &["network", "--min-weight", "NaN"],
        &["network", "--min-weight", "inf"],
        &["resolve"],
        &["completions", "tcsh"],
    ] {
        let ran = run(ws.cmd().args(args));
        assert_eq!(ran.code, Some(2), "{args:?}: {}", ran.stderr);
        assert!(ran.stderr.starts_with("error: "), "{args:?}: {}", ran.stderr);
    }
    // Bad values that only the run can judge.
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    for args in [
        &["query", "no-such-query"][..],
        &["query", "cosigners"],
        &["query", "--sparql", "SELECT nonsense"],
        &["resolve", "KKE", "--country", "Atlantis"],
        &["network", "--per", "year", "--format", "graphml"],
    ] {
        let ran = run(ws.cmd().args(args));
        assert_eq!(ran.code, Some(2), "{args:?}: {}", ran.stderr);
        assert!(ran.stderr.starts_with("error: "), "{args:?}: {}", ran.stderr);
    }
    let ran = run(ws.cmd().args(["network", "--min-weight", "NaN"]));
    assert!(ran.stderr.contains("not a finite number"), "{}", ran.stderr);
    // Updates are refused as such, and the store keeps what it held.
    let before = run_ok(ws.cmd().args(["export", "--format", "nquads"]));
    for update in [
        "DROP ALL",
        "CLEAR DEFAULT",
        "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    ] {
        let ran = run(ws.cmd().args(["query", "--sparql", update]));
        assert_eq!(ran.code, Some(2), "{update}: {}", ran.stderr);
        assert!(
            ran.stderr.contains("read-only from `query`"),
            "{update}: {}",
            ran.stderr
        );
    }
    assert_eq!(run_ok(ws.cmd().args(["export", "--format", "nquads"])), before);
}

#[test]
fn two_when_the_store_is_missing_or_unreadable() {
    let ws = Workspace::new();
    for args in [
        &["query", "statements"][..],
        &["export"],
        &["network"],
        &["validate"],
        &["resolve", "--report"],
    ] {
        let ran = run(ws.cmd().args(args));
        assert_eq!(ran.code, Some(2), "{args:?}");
        assert!(ran.stderr.contains("no store at"), "{args:?}: {}", ran.stderr);
    }
    // A file where the store should be.
    std::fs::write(ws.store_path(), "not a store").unwrap();
    for args in [&["query", "statements"][..], &["ingest", "examples"]] {
        let ran = run(ws.cmd().args(args).current_dir(crate::common::root()));
        assert_eq!(ran.code, Some(2), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr.contains("opening the store at"),
            "{args:?}: {}",
            ran.stderr
        );
    }
}

#[test]
fn two_on_unreadable_input_or_override_file() {
    let ws = Workspace::new();
    let missing = ws.dir.path().join("missing.txt");
    for sub in ["parse", "ingest", "eval"] {
        let ran = run(ws.cmd().arg(sub).arg(&missing));
        assert_eq!(ran.code, Some(2), "{sub}: {}", ran.stderr);
        assert!(ran.stderr.contains("missing.txt"), "{sub}: {}", ran.stderr);
    }
    let empty = ws.dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&empty));
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("no statement files"), "{}", ran.stderr);
    let binary = ws.dir.path().join("binary.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
    assert_eq!(run(ws.cmd().arg("parse").arg(&binary)).code, Some(2));
    let ran = run(ws.cmd().args(["query", "--file"]).arg(&missing));
    assert_eq!(ran.code, Some(2));

    let overrides = ws.dir.path().join("o.toml");
    std::fs::write(&overrides, "[[merge]]\nfrom = \"KKE\"\ninto = \"KKE\"\n").unwrap();
    for args in [
        &["resolve", "KKE"][..],
        &["parse", "examples/texts/2022-appeal-against-war.txt"],
    ] {
        let ran = run(ws
            .cmd()
            .arg("--overrides")
            .arg(&overrides)
            .args(args)
            .current_dir(crate::common::root()));
        assert_eq!(ran.code, Some(2), "{args:?}");
        assert!(ran.stderr.contains("o.toml:1"), "{args:?}: {}", ran.stderr);
    }
    let ran = run(ws.cmd().arg("--overrides").arg(&missing).args(["resolve", "KKE"]));
    assert_eq!(ran.code, Some(2));
}
