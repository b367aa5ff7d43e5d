//! Hostile and careless use (issue 11), through the binary: files that are not regular,
//! too large, or reached through symlink cycles and many links; identical signatories by
//! the thousand; the same files through another path; records naming another file as their
//! source; the store's marker and lock; readers while an ingest writes.

use crate::common::{copy_dir, cosignet, examples, run, run_ok, run_within, statement_text, Workspace};

fn nquads(ws: &Workspace) -> String {
    run_ok(ws.cmd().args(["export", "--format", "nquads"]))
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_link_cycles_are_skipped_and_each_file_read_once() {
    use std::os::unix::fs::symlink;
    let ws = Workspace::new();
    let dir = ws.dir.path().join("in");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), statement_text("Alpha", 3)).unwrap();
    std::fs::write(dir.join("a.expected.json"), "{\"signatories\": []}").unwrap();
    for fifo in ["pipe.txt", "pipe.expected.json"] {
        let made = std::process::Command::new("mkfifo")
            .arg(dir.join(fifo))
            .status()
            .unwrap();
        assert!(made.success());
    }
    symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    symlink(&dir, dir.join("sub/up")).unwrap();
    symlink(&dir, dir.join("again")).unwrap();
    symlink(dir.join("a.txt"), dir.join("sub/same.txt")).unwrap();

    let ran = run_within(ws.cmd().arg("ingest").arg(&dir), 120);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stdout.contains("read 1 statements from 1 files"),
        "{}",
        ran.stdout
    );
    for expected in [
        "pipe.txt: warning: not a regular file (a FIFO): skipped",
        "zero.txt: warning: not a regular file (a character device): skipped",
        "a cycle, not followed",
        "the same file as",
    ] {
        assert!(ran.stderr.contains(expected), "{expected}: {}", ran.stderr);
    }
    // Named on the command line, a FIFO is skipped too.
    let ran = run_within(ws.cmd().arg("ingest").arg(dir.join("pipe.txt")), 60);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("not a regular file (a FIFO)"),
        "{}",
        ran.stderr
    );
    // eval walks the same folder to its end, reading the one key once.
    let ran = run_within(cosignet().args(["eval", "--format", "json"]).arg(&dir), 120);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let json: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(json["files"].as_array().unwrap().len(), 1, "{}", ran.stdout);
}

#[test]
fn files_over_the_size_limit_fail_without_being_read() {
    let ws = Workspace::new();
    let big = ws.dir.path().join("big.txt");
    std::fs::write(&big, statement_text("Big", 100)).unwrap();
    let ran = run(ws.cmd().args(["ingest", "--max-file-size", "1K"]).arg(&big));
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("big.txt: error:") && ran.stderr.contains("larger than the limit of 1024 bytes"),
        "{}",
        ran.stderr
    );
    assert_eq!(
        run(ws.cmd().args(["ingest", "--max-file-size", "lots"]).arg(&big)).code,
        Some(2)
    );
    // The default is generous.
    assert_eq!(run(ws.cmd().arg("ingest").arg(&big)).code, Some(0));
}

#[test]
fn ten_thousand_identical_signatories_are_stored_in_linear_time() {
    let ws = Workspace::new();
    let file = ws.dir.path().join("many.yaml");
    let mut yaml = "id: many-identical\ntitle: Many\ndate: 2021-03-12\nsignatories:\n".to_owned();
    for _ in 0..10_000 {
        yaml.push_str("- as_written: Communist Party of Greece\n");
    }
    std::fs::write(&file, yaml).unwrap();
    let ran = run_within(ws.cmd().arg("ingest").arg(&file), 240);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let count = run_ok(ws.cmd().args([
        "query",
        "--format",
        "csv",
        "--sparql",
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/cosignet/ns#Signature> }",
    ]));
    assert_eq!(count.lines().nth(1), Some("10000"), "{count}");
}

#[test]
fn files_reached_by_another_path_are_the_same_files() {
    let ws = Workspace::new();
    let archive = ws.dir.path().join("archive");
    copy_dir(&examples(), &archive);
    run_ok(ws.cmd().arg("ingest").arg("archive").current_dir(ws.dir.path()));
    let first = nquads(&ws);
    // From inside the folder, through a link, under a new name: nothing changes.
    let ran = run(ws.cmd().args(["ingest", "."]).current_dir(&archive));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stdout.contains("5 files were already stored as read"),
        "{}",
        ran.stdout
    );
    assert_eq!(nquads(&ws), first);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&archive, ws.dir.path().join("link")).unwrap();
        let ran = run(ws.cmd().arg("ingest").arg(ws.dir.path().join("link/texts")));
        assert_eq!(ran.code, Some(0), "{}", ran.stderr);
        assert_eq!(nquads(&ws), first);
    }
    let renamed = ws.dir.path().join("renamed");
    std::fs::rename(&archive, &renamed).unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&renamed));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(nquads(&ws), first);
    // A changed file under its new name is another file claiming a stored statement.
    let text = renamed.join("texts/2022-appeal-against-war.txt");
    let changed = std::fs::read_to_string(&text).unwrap() + "\nA last line.\n";
    std::fs::write(&text, changed).unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&text));
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(ran.stderr.contains("is already taken by"), "{}", ran.stderr);
    assert_eq!(nquads(&ws), first);
}

#[test]
fn a_record_naming_another_file_as_its_source_replaces_it_only_when_read_from_it() {
    let ws = Workspace::new();
    let root = crate::common::root();
    run_ok(ws.cmd().args(["ingest", "examples"]).current_dir(root));
    let before = nquads(&ws);
    let text = "examples/texts/2022-appeal-against-war.txt";
    let hostile = ws.dir.path().join("hostile.yaml");
    std::fs::write(
        &hostile,
        format!("id: hostile\ntitle: Hostile\ndate: 2021-01-01\nsource:\n  path: {text}\nsignatories:\n- as_written: KKE\n"),
    )
    .unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&hostile).current_dir(root));
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(
        ran.stderr
            .contains("hostile.yaml: error: `source.path` names examples/texts/2022-appeal-against-war.txt"),
        "{}",
        ran.stderr
    );
    assert_eq!(nquads(&ws), before, "nothing of the other file was deleted");

    // A record parsed from that very file (same sha256) corrects it, from any folder.
    let yaml = run_ok(
        cosignet()
            .args(["parse", "--format", "yaml", text])
            .current_dir(root),
    );
    let corrected = ws.dir.path().join("corrected.yaml");
    std::fs::write(
        &corrected,
        yaml.replace(
            "title: PEACE TO THE PEOPLES, WAR ON POVERTY!",
            "title: Peace to the peoples",
        ),
    )
    .unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(&corrected));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let titles = run_ok(ws.cmd().args(["query", "statements", "--format", "csv"]));
    assert!(titles.contains("Peace to the peoples"), "{titles}");
    assert!(!titles.contains("WAR ON POVERTY"), "{titles}");
}

#[test]
fn ingest_writes_only_into_a_new_or_empty_folder_or_a_cosignet_store() {
    let ws = Workspace::new();
    let notes = ws.dir.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    std::fs::write(notes.join("todo.txt"), "my notes").unwrap();
    let ran = run(cosignet()
        .arg("--store")
        .arg(&notes)
        .arg("ingest")
        .arg(examples()));
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("is not empty and is not a cosignet store"),
        "{}",
        ran.stderr
    );
    assert_eq!(
        std::fs::read_dir(&notes).unwrap().count(),
        1,
        "nothing written beside the notes"
    );

    // Someone else's Oxigraph store is not adopted.
    let foreign = ws.dir.path().join("foreign");
    {
        let store = oxigraph::store::Store::open(&foreign).unwrap();
        store
            .insert(oxigraph::model::QuadRef::new(
                oxigraph::model::NamedNodeRef::new_unchecked("http://example.org/a"),
                oxigraph::model::NamedNodeRef::new_unchecked("http://example.org/b"),
                oxigraph::model::LiteralRef::new_simple_literal("c"),
                oxigraph::model::GraphNameRef::DefaultGraph,
            ))
            .unwrap();
    }
    let ran = run(cosignet()
        .arg("--store")
        .arg(&foreign)
        .arg("ingest")
        .arg(examples()));
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("is not a cosignet store"), "{}", ran.stderr);
    assert_eq!(
        oxigraph::store::Store::open_read_only(&foreign)
            .unwrap()
            .len()
            .unwrap(),
        1
    );

    // An empty folder becomes a store, with its marker.
    let empty = ws.dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    run_ok(
        cosignet()
            .arg("--store")
            .arg(&empty)
            .arg("ingest")
            .arg(examples()),
    );
    let marker = std::fs::read_to_string(empty.join("cosignet-store.toml")).unwrap();
    assert!(marker.contains("format = 1"), "{marker}");

    // A store of a cosignet from before the marker is recognised and marked.
    std::fs::remove_file(empty.join("cosignet-store.toml")).unwrap();
    std::fs::remove_file(empty.join("cosignet.lock")).unwrap();
    run_ok(
        cosignet()
            .arg("--store")
            .arg(&empty)
            .arg("ingest")
            .arg(examples()),
    );
    assert!(empty.join("cosignet-store.toml").is_file());

    // A store of a newer format is left alone, by writers and readers.
    std::fs::write(empty.join("cosignet-store.toml"), "format = 99\n").unwrap();
    for args in [&["ingest", "examples"][..], &["query", "statements"]] {
        let ran = run(cosignet()
            .arg("--store")
            .arg(&empty)
            .args(args)
            .current_dir(crate::common::root()));
        assert_eq!(ran.code, Some(2), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr
                .contains("written by a newer cosignet (store format 99"),
            "{}",
            ran.stderr
        );
    }
}

#[test]
fn a_second_writer_is_told_which_process_holds_the_store() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let held = cosignet::lock::open_for_writing(&ws.store_path()).unwrap();
    let ran = run(ws.cmd().arg("ingest").arg(examples()));
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    let expected = format!(
        "the store at {} is in use by another cosignet (pid {})",
        ws.store_path().display(),
        std::process::id()
    );
    assert!(ran.stderr.contains(&expected), "{}", ran.stderr);
    // Readers are not held up by the writer.
    assert_eq!(run(ws.cmd().args(["query", "statements"])).code, Some(0));
    drop(held);
    assert_eq!(run(ws.cmd().arg("ingest").arg(examples())).code, Some(0));
}

#[test]
fn readers_during_an_ingest_never_report_corruption() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let corpus = ws.dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for i in 0..300 {
        let tag = crate::common::word(i);
        std::fs::write(corpus.join(format!("s{i:03}.txt")), statement_text(&tag, 12)).unwrap();
    }
    let mut writer = ws
        .cmd()
        .arg("ingest")
        .arg(&corpus)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut reads = 0;
    loop {
        let done = writer.try_wait().unwrap().is_some();
        let ran = run(ws.cmd().args(["query", "statements", "--format", "csv"]));
        reads += 1;
        assert!(!ran.stderr.contains("Corruption"), "read {reads}: {}", ran.stderr);
        assert!(
            ran.code == Some(0) || ran.stderr.contains("is being written by another cosignet"),
            "read {reads}: {}",
            ran.stderr
        );
        if done {
            break;
        }
    }
    assert!(writer.wait().unwrap().success());
    assert!(reads > 1, "the ingest ended before a read could overlap it");
}
