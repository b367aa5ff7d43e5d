//! Identity resolution through the binary: one identity per party under any spelling,
//! look-alikes apart, stable IRIs, and a curator's override file applied, reported and
//! checked.

use crate::common::{examples, run_ok, Workspace};

fn iri_of(ws: &Workspace, name: &str) -> String {
    let out = run_ok(ws.cmd().args(["resolve", name]));
    let start = out.find('<').expect("an IRI") + 1;
    out[start..start + out[start..].find('>').unwrap()].to_owned()
}

#[test]
fn spellings_languages_and_look_alikes() {
    let ws = Workspace::new();
    let cpb = iri_of(&ws, "Communist Party of Britain");
    for spelling in [
        "CP of Britain",
        "Komunistyczna Partia Brytanii",
        "Parti communiste de Grande-Bretagne",
    ] {
        assert_eq!(iri_of(&ws, spelling), cpb, "{spelling}");
    }
    assert_ne!(iri_of(&ws, "New Communist Party of Britain"), cpb);
    assert_ne!(
        iri_of(&ws, "Communist Party in Denmark"),
        iri_of(&ws, "Communist Party of Denmark")
    );
    assert_ne!(
        iri_of(&ws, "Brazilian Communist Party"),
        iri_of(&ws, "Communist Party of Brazil")
    );
    assert_eq!(
        iri_of(&ws, "Kommunistische Partei Griechenlands"),
        iri_of(&ws, "KKE")
    );
}

#[test]
fn iris_do_not_change_when_other_files_are_ingested() {
    let ws = Workspace::new();
    let one = ws.dir.path().join("one.txt");
    std::fs::write(
        &one,
        "Joint statement on peace\n\nSignatories:\n1. Communist Party of Narnia\n2. CP of Greece\n",
    )
    .unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&one));
    let before = run_ok(ws.cmd().args(["query", "spellings", "--format", "csv"]));
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let after = run_ok(ws.cmd().args(["query", "spellings", "--format", "csv"]));
    for line in before.lines().skip(1) {
        assert!(
            after.contains(line),
            "{line} changed after more files were ingested"
        );
    }
    // And a fresh store elsewhere mints the same IRIs.
    let other = Workspace::new();
    run_ok(other.cmd().arg("ingest").arg(&one));
    assert_eq!(
        run_ok(other.cmd().args(["query", "spellings", "--format", "csv"])),
        before
    );
}

#[test]
fn an_override_file_maps_merges_keeps_apart_and_says_what_it_changed() {
    let ws = Workspace::new();
    let dir = ws.dir.path().join("corpus");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Joint statement on peace\n\nSignatories:\n1. Bohemian Reds\n2. Communist Party of Narnia\n3. CP of Narnia\n4. Communist Party of Estonia\n",
    )
    .unwrap();
    // Without overrides: the two Narnian spellings are one fallback identity.
    let plain = Workspace::new();
    run_ok(plain.cmd().arg("ingest").arg(&dir));
    assert_eq!(
        iri_of(&plain, "CP of Narnia"),
        iri_of(&plain, "Communist Party of Narnia")
    );

    std::fs::write(
        dir.join("cosignet.toml"),
        "[[party]]\nkey = \"CZ:KSCM\"\naliases = [\"Bohemian Reds\"]\n\n\
         [[party]]\nkey = \"EE:EKP\"\nname = \"Communist Party of Estonia\"\nwikidata = \"Q100000001\"\n\n\
         [[keep_apart]]\nspellings = [\"CP of Narnia\", \"Communist Party of Narnia\"]\n\n\
         [[merge]]\nfrom = \"CP of Narnia\"\ninto = \"CZ:KSCM\"\n",
    )
    .unwrap();
    let out = ws.cmd().arg("ingest").arg(&dir).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("overrides:") && err.contains("cosignet.toml"),
        "{err}"
    );
    assert!(
        err.contains("a.txt:4: info: override") && err.contains("Communist Party of Bohemia and Moravia"),
        "{err}"
    );
    let sig = run_ok(ws.cmd().args(["query", "spellings", "--format", "csv"]));
    let ksc = "party/cz/communist-party-of-bohemia-and-moravia";
    assert!(
        sig.lines()
            .any(|l| l.contains(ksc) && l.contains("Bohemian Reds")),
        "{sig}"
    );
    assert!(
        sig.lines().any(|l| l.contains(ksc) && l.contains("CP of Narnia")),
        "{sig}"
    );
    assert!(
        !sig.lines()
            .any(|l| l.contains(ksc) && l.contains(",Communist Party of Narnia,")),
        "{sig}"
    );
    // A party defined in the file is listed: described in the reference graph with its ID.
    let q = run_ok(ws.cmd().args(["query", "--format", "csv", "--sparql",
        "SELECT ?p WHERE { ?p <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q100000001> }"]));
    assert!(q.contains("party/ee/communist-party-of-estonia"), "{q}");
}

#[test]
fn a_bad_override_file_is_refused_with_its_line() {
    let ws = Workspace::new();
    let f = ws.dir.path().join("o.toml");
    let resolve_with = |overrides: &str| {
        std::fs::write(&f, overrides).unwrap();
        ws.cmd()
            .arg("--overrides")
            .arg(&f)
            .args(["resolve", "KKE"])
            .output()
            .unwrap()
    };
    let out = resolve_with("[[merge]]\nfrom = \"KKE\"\ninto = \"KKE\"\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("into itself"));
    let out = resolve_with("[[party]]\nkey = \"XX:NEW\"\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a `name`"));
}

#[test]
fn the_report_lists_spellings_fallbacks_and_likely_duplicates() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let text = run_ok(ws.cmd().args(["resolve", "--report"]));
    assert!(text.contains("party identities"));
    assert!(text.contains("\"CP of Britain\""), "{text}");
    let json: serde_json::Value = serde_json::from_str(&run_ok(
        ws.cmd().args(["resolve", "--report", "--format", "json"]),
    ))
    .unwrap();
    assert!(json["identities"].as_array().unwrap().len() > 50);
    assert!(!json["fallback_spellings"].as_array().unwrap().is_empty());
    assert!(json["likely_duplicates"].is_array());
}
