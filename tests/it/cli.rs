//! End-to-end tests through the built `cosignet` binary and an on-disk store: ingest the
//! bundled examples, run every bundled query, export and read the export back, build the
//! network; idempotence, atomicity, hostile parameters, and the real seed statement.

use crate::common::{corpus_dir, cosignet, examples, run_ok, Workspace};
use sophia::api::graph::Graph;
use std::collections::BTreeSet;

#[test]
fn ingest_query_export_network_end_to_end() {
    let ws = Workspace::new();
    let out = run_ok(ws.cmd().arg("ingest").arg(examples()));
    assert!(out.contains("statements from"), "{out}");
    // A text with a doubt: its list ends mid-word.
    let doubtful = ws.dir.path().join("cut.txt");
    std::fs::write(
        &doubtful,
        "Joint statement on peace\n\nSignatories:\n1. Communist Party of Greece\n2. AKEL, Cyprus\n3. Co",
    )
    .unwrap();
    let out = ws.cmd().arg("ingest").arg(&doubtful).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("cut.txt:6: warning: last list item `Co` looks cut off"));

    // Every bundled query runs; those with a required parameter get a real value.
    let list = run_ok(ws.cmd().args(["query", "--list"]));
    let names: Vec<&str> = list.lines().filter(|l| !l.starts_with(' ')).collect();
    assert!(names.len() >= 7, "{list}");
    for name in names {
        let mut cmd = ws.cmd();
        cmd.args(["query", name, "--format", "csv"]);
        match name {
            "signatories" => {
                cmd.args([
                    "--param",
                    "statement=2020-08-18-the-communists-of-belarus-need-fraternal-solidarity",
                ]);
            }
            "cosigners" => {
                cmd.args(["--param", "party=Communist Party of Greece"]);
            }
            _ => {}
        }
        let csv = run_ok(&mut cmd);
        let rows = csv.lines().count().saturating_sub(1);
        assert!(rows > 0, "query {name} returned no rows:\n{csv}");
    }

    // The seed statement's signatories come back in order with persons and roles.
    let sig = run_ok(ws.cmd().args([
        "query",
        "signatories",
        "--format",
        "tsv",
        "--param",
        "statement=2020-08-18-the-communists-of-belarus-need-fraternal-solidarity",
    ]));
    assert_eq!(sig.lines().count() - 1, 17, "{sig}");
    assert!(sig.contains("Gennady Zyuganov"));

    // A parameter written into the query gives the rows a plain pattern gives: every party
    // that signed a statement with the party, once.
    let cosigners = run_ok(ws.cmd().args([
        "query",
        "cosigners",
        "--format",
        "csv",
        "--param",
        "party=Communist Party of Greece",
    ]));
    let party = cosigners
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    let plain = run_ok(ws.cmd().args([
        "query",
        "--format",
        "csv",
        "--sparql",
        &format!(
            "PREFIX cosig: <https://w3id.org/cosignet/ns#> SELECT (COUNT(DISTINCT ?c) AS ?n) \
             WHERE {{ ?s cosig:signedBy <{party}>, ?c FILTER(?c != <{party}>) }}"
        ),
    ]));
    let expected: usize = plain.lines().nth(1).unwrap().trim().parse().unwrap();
    assert_eq!(cosigners.lines().count() - 1, expected, "{cosigners}");

    // Turtle export parses back into a graph isomorphic to the store's content.
    let ttl = ws.dir.path().join("all.ttl");
    run_ok(
        ws.cmd()
            .args(["export", "--format", "turtle", "--output"])
            .arg(&ttl),
    );
    let text = std::fs::read_to_string(&ttl).unwrap();
    assert!(text.contains("@prefix cosig: <https://w3id.org/cosignet/ns#> ."));
    assert!(!text.contains("@prefix sh:"), "only used prefixes are declared");
    let from_turtle = crate::common::parse_turtle(&text);
    let from_store = crate::common::store_union(&ws.store());
    assert!(from_turtle.triples().count() > 1000);
    assert!(
        sophia::isomorphism::isomorphic_graphs(&from_turtle, &from_store).unwrap(),
        "exported Turtle differs from the store"
    );

    // Every other format writes something its parser reads.
    for format in ["trig", "nquads", "ntriples", "jsonld", "rdfxml"] {
        let body = run_ok(ws.cmd().args(["export", "--format", format]));
        assert_eq!(
            crate::common::count_parsed(format, &body),
            crate::common::expected_count(format, &ws.store()),
            "{format}"
        );
    }

    // The network: typed GraphML keys, one weighted edge per pair.
    let graphml = run_ok(ws.cmd().args(["network", "--format", "graphml"]));
    let doc = roxmltree::Document::parse(&graphml).expect("GraphML is XML");
    let weight_key = doc
        .descendants()
        .find(|n| n.has_tag_name("key") && n.attribute("id") == Some("weight"))
        .unwrap();
    assert_eq!(weight_key.attribute("attr.type"), Some("double"));
    let edges: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .map(|n| {
            (
                n.attribute("source").unwrap().to_owned(),
                n.attribute("target").unwrap().to_owned(),
            )
        })
        .collect();
    let unique: BTreeSet<_> = edges
        .iter()
        .map(|(a, b)| if a < b { (a, b) } else { (b, a) })
        .collect();
    assert_eq!(unique.len(), edges.len(), "one edge per pair");
    let pairs = run_ok(ws.cmd().args(["query", "cosignature-pairs", "--format", "csv"]));
    assert_eq!(
        pairs.lines().count() - 1,
        edges.len(),
        "network edges = co-signature pairs"
    );
    let metrics = run_ok(
        ws.cmd()
            .args(["network", "--format", "dot", "--metrics", "--output"])
            .arg(ws.dir.path().join("n.dot")),
    );
    assert!(metrics.contains("weighted"), "{metrics}");
}

#[test]
fn the_store_conforms_to_the_shapes_and_violations_are_reported() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let out = run_ok(ws.cmd().arg("validate"));
    assert!(out.contains("conforms"), "{out}");
    // A hand-written record with a malformed checksum breaks the SourceShape.
    let bad = ws.dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "id: bad-hash\ntitle: T\nsource:\n  sha256: not-a-hash\nsignatories:\n- as_written: KKE\n",
    )
    .unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&bad));
    let out = ws.cmd().arg("validate").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "violations are problems found");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sha256") && text.contains("not-a-hash"), "{text}");
}

#[test]
fn reingest_is_idempotent_and_a_changed_file_replaces_its_graph() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let first = run_ok(ws.cmd().args(["export", "--format", "nquads"]));
    let first_ttl = run_ok(ws.cmd().args(["export", "--format", "turtle"]));
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    assert_eq!(run_ok(ws.cmd().args(["export", "--format", "nquads"])), first);
    assert_eq!(run_ok(ws.cmd().args(["export", "--format", "turtle"])), first_ttl);

    // A statement file whose signatory list shrinks: the old signatures disappear.
    let f = ws.dir.path().join("s.txt");
    std::fs::write(&f, "Joint statement on peace\n\nSignatories:\n1. Communist Party of Greece\n2. Portuguese Communist Party\n3. Communist Party of Britain\n").unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&f));
    let count = |ws: &Workspace| run_ok(ws.cmd().args(["query", "statements", "--format", "csv"]));
    assert!(
        count(&ws).contains("Joint statement on peace,3,"),
        "{}",
        count(&ws)
    );
    std::fs::write(&f, "Joint statement on peace\n\nSignatories:\n1. Communist Party of Greece\n2. Portuguese Communist Party\n").unwrap();
    run_ok(ws.cmd().arg("ingest").arg(&f));
    assert!(
        count(&ws).contains("Joint statement on peace,2,"),
        "{}",
        count(&ws)
    );
}

#[test]
fn a_failing_file_leaves_the_store_as_it_was() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let before = run_ok(ws.cmd().args(["export", "--format", "nquads"]));
    let bad = ws.dir.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(
        bad.join("broken.yaml"),
        "- title: Fine\n  date: 2021-02-30\n  signatories: []\n",
    )
    .unwrap();
    std::fs::write(
        bad.join("broken.json"),
        "{\"title\": \"x\",\n \"signatories\": [ {\"as_written\": \"KKE\"} \n",
    )
    .unwrap();
    std::fs::write(bad.join("empty.txt"), "").unwrap();
    std::fs::write(bad.join("binary.txt"), [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
    std::fs::write(bad.join("bad.toml"), "title = \"x\"\ndate = 2020-13-01\n").unwrap();
    let out = ws.cmd().arg("ingest").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "failed files are problems found");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.yaml:2:"), "{err}");
    assert!(err.contains("broken.json:3:"), "{err}");
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(err.contains("binary.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("bad.toml:2:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(run_ok(ws.cmd().args(["export", "--format", "nquads"])), before);

    // Good files beside a bad one still go in.
    std::fs::write(
        bad.join("good.txt"),
        "Joint statement on peace\n\nSignatories:\n- Communist Party of Greece\n- AKEL, Cyprus\n",
    )
    .unwrap();
    let out = ws.cmd().arg("ingest").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("read 1 statements"));
}

#[test]
fn parameters_are_checked_terms_never_raw_text() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    for hostile in [
        "party=x\" } UNION { ?party ?p ?cosigner } #",
        "party=http://example.org/> } UNION { ?party ?p ?cosigner } #",
    ] {
        let out = ws
            .cmd()
            .args(["query", "cosigners", "--format", "csv", "--param", hostile])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        // Either the value is refused as an IRI, or it is a party nobody co-signed with.
        assert!(
            out.status.code() == Some(2) || text.lines().count() == 1,
            "{hostile}: {text}"
        );
    }
    let out = ws
        .cmd()
        .args([
            "query",
            "signatories",
            "--format",
            "csv",
            "--param",
            "statement=a\"} ; DROP ALL ; #",
        ])
        .output()
        .unwrap();
    assert!(out.status.code() == Some(2) || String::from_utf8_lossy(&out.stdout).lines().count() == 1);
    // The store is intact.
    assert!(
        run_ok(ws.cmd().args(["query", "statements", "--format", "csv"]))
            .lines()
            .count()
            > 5
    );
}

#[test]
fn parse_prints_the_record_of_a_statement_text() {
    let json = run_ok(
        cosignet()
            .args(["parse", "--format", "json"])
            .arg(examples().join("texts/2022-appeal-against-war.txt")),
    );
    let rec: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rec["date"], "2022-02-03");
    assert_eq!(rec["place"], "Moscow");
    assert_eq!(rec["title"], "PEACE TO THE PEOPLES, WAR ON POVERTY!");
    let sigs = rec["signatories"].as_array().unwrap();
    assert_eq!(sigs.len(), 5);
    assert_eq!(sigs[3]["person"], "Petro Symonenko");
    assert_eq!(sigs[4]["person"], serde_json::Value::Null);
    assert_eq!(sigs[4]["role"], "First Secretary of the Central Committee");
    let yaml = run_ok(
        cosignet()
            .args(["parse", "--format", "yaml"])
            .arg(examples().join("texts/2022-appeal-against-war.txt")),
    );
    assert!(yaml.contains("as_written: Communist Party of Latvia"));
}

/// The seed statement of the corpus against its answer key (skipped without ../shared).
#[test]
fn seed_statement_matches_its_answer_key() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    let json = run_ok(
        cosignet()
            .args(["parse", "--format", "json"])
            .arg(dir.join("00-ucp-cpsu-belarus-2020.txt")),
    );
    let got: serde_json::Value = serde_json::from_str(&json).unwrap();
    let key: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("00-ucp-cpsu-belarus-2020.expected.json")).unwrap(),
    )
    .unwrap();
    for field in ["title", "date", "place", "language"] {
        assert_eq!(got[field], key[field], "{field}");
    }
    let got_sigs = got["signatories"].as_array().unwrap();
    let key_sigs = key["signatories"].as_array().unwrap();
    assert_eq!(got_sigs.len(), key_sigs.len());
    for (g, k) in got_sigs.iter().zip(key_sigs) {
        for field in ["as_written", "country", "person", "role"] {
            assert_eq!(g[field], k[field], "{field} of {}", k["as_written"]);
        }
    }
    // Abkhazia, South Ossetia and Transnistria are countries without ISO codes.
    for name in ["Abkhazia", "South Ossetia", "Transnistria"] {
        let s = got_sigs.iter().find(|s| s["country"] == name).unwrap();
        assert_eq!(s["country_code"], serde_json::Value::Null);
    }
}
