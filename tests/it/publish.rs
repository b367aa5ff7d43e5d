//! Publishing, end to end through the binary: `site` writes every document and refuses a
//! folder that is not its own; `serve` dereferences IRIs by `Accept`, answers SPARQL,
//! refuses updates, stops a runaway query and sees another process's ingest; `query
//! --timeout` and `--max-memory` stop; `push` retries what may pass and stops on what will not.

use crate::common::{examples, run, run_ok, Workspace};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PARTY: &str = "party/gr/communist-party-of-greece";
const STATEMENT: &str = "statement/2020-08-18-the-communists-of-belarus-need-fraternal-solidarity";
const CROSS: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

fn ingested() -> Workspace {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("--quiet").arg("ingest").arg(examples()));
    ws
}

#[test]
fn site_writes_every_document_and_replaces_only_its_own_folders() {
    let ws = ingested();
    let out = ws.dir.path().join("site");
    let ran = run(ws.cmd().arg("site").arg(&out));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("documents"), "{}", ran.stderr);
    for file in [
        "index.html",
        "style.css",
        "context.jsonld",
        ".well-known/void",
        "sitemap.xml",
        "dump.ttl",
        "dump.ttl.gz",
        "dump.nq",
        "dump.nq.gz",
        ".htaccess",
        "conneg/nginx-maps.conf",
        "conneg/nginx-locations.conf",
        "statements/index.html",
        "parties/index.html",
        "persons/index.html",
        "countries/index.html",
        "ns/index.html",
        "ns/data.ttl",
        "ns/data.jsonld",
    ] {
        assert!(out.join(file).is_file(), "{file} is missing");
    }
    for folder in [PARTY, STATEMENT, "country/gr"] {
        for file in ["index.html", "data.ttl", "data.jsonld"] {
            assert!(
                out.join(folder).join(file).is_file(),
                "{folder}/{file} is missing"
            );
        }
    }
    // The statement's page names its signatories with the lines they were read from.
    let page = std::fs::read_to_string(out.join(STATEMENT).join("index.html")).unwrap();
    assert!(page.contains("Gennady Zyuganov"), "{page}");
    assert!(page.contains("../../style.css") && !page.contains("<script"));
    // A party's page has its co-signers and its ego network.
    let page = std::fs::read_to_string(out.join(PARTY).join("index.html")).unwrap();
    assert!(page.contains("<svg") && page.contains("Signed with"), "{page}");
    // JSON-LD documents refer to the context by a relative link.
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join(PARTY).join("data.jsonld")).unwrap()).unwrap();
    assert_eq!(doc["@context"], "../../../context.jsonld");
    // The gzipped dump is the dump.
    let mut unzipped = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(out.join("dump.nq.gz")).unwrap())
        .read_to_string(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, std::fs::read_to_string(out.join("dump.nq")).unwrap());
    // The dataset description counts the triples the dump holds (the store's own facts aside).
    let void = std::fs::read_to_string(out.join(".well-known/void")).unwrap();
    let lines = unzipped.lines().count();
    assert!(
        void.contains(&format!("void:triples \"{lines}\"^^xsd:integer")),
        "the dump has {lines} quads:\n{void}"
    );
    // Written again, it replaces itself.
    std::fs::write(out.join("stale.html"), "old").unwrap();
    run_ok(ws.cmd().arg("--quiet").arg("site").arg(&out));
    assert!(!out.join("stale.html").exists());
    // A folder of someone else's files is refused and left alone.
    let mine = ws.dir.path().join("notes");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("todo.txt"), "keep me").unwrap();
    let ran = run(ws.cmd().arg("site").arg(&mine));
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stderr.contains("is not a site cosignet wrote"),
        "{}",
        ran.stderr
    );
    assert_eq!(std::fs::read_to_string(mine.join("todo.txt")).unwrap(), "keep me");
}

/// The distinct first cells of an ad hoc query's CSV rows (header aside).
fn first_cells(ws: &Workspace, sparql: &str) -> std::collections::BTreeSet<String> {
    let csv = run_ok(ws.cmd().args(["query", "--format", "csv", "--sparql", sparql]));
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn index_pages_count_what_the_store_holds() {
    let ws = ingested();
    let out = ws.dir.path().join("site");
    run_ok(ws.cmd().arg("--quiet").arg("site").arg(&out));
    let base = "https://w3id.org/cosignet/data/";
    let p = "PREFIX cosig: <https://w3id.org/cosignet/ns#> ";
    // The statements Greek parties signed, and those parties, as the store answers them.
    let greek = format!("?p cosig:country <{base}country/gr> . ?s cosig:signedBy ?p");
    let statements = first_cells(&ws, &format!("{p} SELECT ?s WHERE {{ {greek} }}"));
    let parties = first_cells(&ws, &format!("{p} SELECT ?p WHERE {{ {greek} }}"));
    assert!(statements.len() > 1 && !parties.is_empty(), "{statements:?}");
    let page = std::fs::read_to_string(out.join("countries/index.html")).unwrap();
    let row = page
        .lines()
        .find(|l| l.contains("country/gr/index.html"))
        .unwrap_or_else(|| panic!("no row for Greece: {page}"));
    assert!(
        row.contains(&format!(
            "<td>GR</td><td>{}</td><td>{}</td>",
            parties.len(),
            statements.len()
        )),
        "{row}"
    );
    // Each party is listed with how many statements it signed; the home page counts the
    // parties that signed.
    let signed_by_kke = first_cells(
        &ws,
        &format!("{p} SELECT ?s WHERE {{ ?s cosig:signedBy <{base}{PARTY}> }}"),
    );
    let page = std::fs::read_to_string(out.join("parties/index.html")).unwrap();
    assert!(
        page.contains(&format!(
            "{PARTY}/index.html\">Communist Party of Greece</a> ({})",
            signed_by_kke.len()
        )),
        "{page}"
    );
    let signers = first_cells(&ws, &format!("{p} SELECT ?p WHERE {{ ?s cosig:signedBy ?p }}"));
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains(&format!("{} parties</a> that signed", signers.len())),
        "{home}"
    );
}

#[test]
fn the_jsonld_export_is_compacted_against_the_context() {
    let ws = ingested();
    let text = run_ok(ws.cmd().args(["export", "--format", "jsonld"]));
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["@context"]["signedBy"]["@type"], "@id");
    assert!(text.contains("\"asWritten\": "), "keys are terms");
    assert!(!text.contains("\"https://w3id.org/cosignet/ns#asWritten\""));
    assert_eq!(
        crate::common::count_parsed("jsonld", &text),
        crate::common::expected_count("jsonld", &ws.store())
    );
}

#[test]
fn query_time_and_row_limits_stop_a_runaway_query_with_a_clear_message() {
    let ws = ingested();
    // A cross product Oxigraph evaluates in memory: the answer still comes at the limit
    // (no bound on the wall time is asserted: the machine may be loaded).
    run(ws.cmd().args(["query", "--sparql", CROSS, "--timeout", "1"]))
        .assert_refused(&["ran past its time limit of 1 s", "--timeout"]);
    // Rows are written as the engine finds them: the ones before the limit are out.
    let capped = run(ws
        .cmd()
        .args(["query", "statements", "--max-rows", "2", "--format", "csv"]));
    capped.assert_refused(&["more than 2 rows"]);
    assert_eq!(capped.stdout.lines().count(), 3, "{}", capped.stdout);
    assert!(capped.stdout.starts_with("statement,"), "{}", capped.stdout);
    run(ws.cmd().args(["query", "statements", "--timeout", "-1"])).assert_refused(&[]);
}

#[test]
fn query_memory_guard_stops_a_query_that_fills_memory() {
    let ws = ingested();
    // Sorting a cross product holds it in memory; the guard stops it long before the
    // time limit (the time limit is only a backstop, so a failing guard fails the test).
    let sorted = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    let args = [
        "query",
        "--sparql",
        sorted,
        "--max-memory",
        "256M",
        "--timeout",
        "120",
    ];
    run(ws.cmd().args(args)).assert_refused(&["past its memory limit of 256 MiB", "--max-memory"]);
    run(ws.cmd().args(["query", "statements", "--max-memory", "lots"])).assert_refused(&["is not a size"]);
}

#[test]
fn serve_memory_guard_answers_503_for_a_query_that_fills_memory() {
    let ws = ingested();
    let s = serve(&ws, &["--max-memory", "256M", "--timeout", "120"]);
    let sorted = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    let (status, _, body) = http(
        &s.origin,
        "GET",
        &format!("/sparql?query={}", encode(sorted)),
        &[],
        b"",
    );
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("past its memory limit of 256 MiB"), "{body}");
}

/// A `cosignet serve` on a free port, stopped when dropped.
struct Served {
    child: Child,
    origin: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn serve(ws: &Workspace, extra: &[&str]) -> Served {
    let port = free_port();
    let child = ws
        .cmd()
        .args(["--quiet", "serve", "--bind", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "serve does not listen");
        std::thread::sleep(Duration::from_millis(50));
    }
    Served {
        child,
        origin: format!("127.0.0.1:{port}"),
    }
}

/// One HTTP/1.1 request: (status, headers in lower case, body).
fn http(
    origin: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(origin).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {origin}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head[9..12].parse().unwrap();
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    (status, head, body)
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end]).unwrap().trim(), 16).unwrap();
        data = &data[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn encode(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn serve_dereferences_iris_and_answers_sparql_read_only() {
    let ws = ingested();
    let s = serve(&ws, &["--timeout", "1"]);
    let o = s.origin.as_str();
    // The IRI sees other by Accept; the document is the site's.
    for (accept, file, media) in [
        ("text/turtle", "data.ttl", "text/turtle"),
        ("application/ld+json", "data.jsonld", "application/ld+json"),
        ("text/html", "index.html", "text/html"),
        ("text/html;q=0.5, text/turtle;q=0.9", "data.ttl", "text/turtle"),
    ] {
        let (status, head, _) = http(o, "GET", &format!("/{PARTY}"), &[("Accept", accept)], b"");
        assert_eq!(status, 303, "{accept}: {head}");
        assert!(head.contains(&format!("location: /{PARTY}/{file}")), "{head}");
        assert!(head.contains("vary: accept"), "{head}");
        let (status, head, body) = http(o, "GET", &format!("/{PARTY}/{file}"), &[], b"");
        assert_eq!(status, 200);
        assert!(head.contains(&format!("content-type: {media}")), "{head}");
        assert!(!body.is_empty());
    }
    assert_eq!(
        http(o, "GET", &format!("/{PARTY}"), &[("Accept", "image/png")], b"").0,
        406
    );
    let (status, head, _) = http(o, "GET", &format!("/{PARTY}.ttl"), &[], b"");
    assert!(status == 200 && head.contains("text/turtle"), "{head}");
    let (status, head, _) = http(
        o,
        "GET",
        &format!("/{STATEMENT}/signature/x"),
        &[("Accept", "text/turtle")],
        b"",
    );
    assert!(
        status == 303 && head.contains(&format!("/{STATEMENT}/data.ttl")),
        "{head}"
    );
    for path in [
        "/",
        "/statements/",
        "/parties/index.html",
        "/persons/index.html",
        "/countries/",
        "/ns/",
        "/ns/data.jsonld",
        "/.well-known/void",
        "/context.jsonld",
        "/style.css",
        "/sparql",
        "/dump.ttl",
        "/dump.nq.gz",
    ] {
        let (status, _, body) = http(o, "GET", path, &[], b"");
        assert_eq!(status, 200, "{path}");
        assert!(!body.is_empty(), "{path}");
    }
    assert_eq!(http(o, "GET", "/party/zz/nobody", &[], b"").0, 404);
    // SPARQL by GET and POST, in the formats asked for.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/cosignet/ns#signedBy> ?p }";
    let (status, head, body) = http(
        o,
        "GET",
        &format!("/sparql?query={}", encode(count)),
        &[("Accept", "application/sparql-results+json")],
        b"",
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert!(head.contains("application/sparql-results+json"));
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(
        json["results"]["bindings"][0]["n"]["value"]
            .as_str()
            .unwrap()
            .parse::<u32>()
            .unwrap()
            > 10
    );
    for (accept, media) in [
        ("application/sparql-results+xml", "xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "tab-separated"),
    ] {
        let (status, head, _) = http(
            o,
            "POST",
            "/sparql",
            &[("Content-Type", "application/sparql-query"), ("Accept", accept)],
            count.as_bytes(),
        );
        assert!(status == 200 && head.contains(media), "{accept}: {head}");
    }
    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5";
    for accept in [
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
    ] {
        let form = format!("query={}", encode(construct));
        let (status, head, _) = http(
            o,
            "POST",
            "/sparql",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Accept", accept),
            ],
            form.as_bytes(),
        );
        assert!(status == 200 && head.contains(accept), "{accept}: {head}");
    }
    let (status, _, body) = http(
        o,
        "GET",
        &format!("/sparql?query={}", encode("ASK { ?s ?p ?o }")),
        &[],
        b"",
    );
    assert!(status == 200 && String::from_utf8_lossy(&body).contains("true"));
    // Updates, SERVICE, runaway queries, huge bodies: refused or stopped.
    let insert = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }";
    assert_eq!(
        http(
            o,
            "POST",
            "/sparql",
            &[("Content-Type", "application/sparql-update")],
            insert.as_bytes()
        )
        .0,
        403
    );
    assert_eq!(
        http(
            o,
            "POST",
            "/sparql",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            format!("update={}", encode(insert)).as_bytes()
        )
        .0,
        403
    );
    assert_eq!(
        http(o, "GET", &format!("/sparql?query={}", encode(insert)), &[], b"").0,
        403
    );
    let service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
    assert_eq!(
        http(o, "GET", &format!("/sparql?query={}", encode(service)), &[], b"").0,
        400
    );
    assert_eq!(
        http(o, "GET", &format!("/sparql?query={}", encode("SELEKT")), &[], b"").0,
        400
    );
    let (status, _, body) = http(o, "GET", &format!("/sparql?query={}", encode(CROSS)), &[], b"");
    assert_eq!(status, 503, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("time limit of 1 s"));
    let big = vec![b'#'; 2 << 20];
    assert_eq!(
        http(
            o,
            "POST",
            "/sparql",
            &[("Content-Type", "application/sparql-query")],
            &big
        )
        .0,
        413
    );
}

#[test]
fn serve_sees_what_another_process_ingests() {
    let ws = ingested();
    let s = serve(&ws, &[]);
    let path = "/statement/2025-05-05-a-statement-ingested-while-serving";
    assert_eq!(http(&s.origin, "GET", path, &[], b"").0, 404);
    let file = ws.dir.path().join("new.yaml");
    std::fs::write(
        &file,
        "id: 2025-05-05-a-statement-ingested-while-serving\ntitle: A statement ingested while serving\ndate: 2025-05-05\nsignatories:\n- as_written: AKEL\n  country: Cyprus\n",
    )
    .unwrap();
    run_ok(ws.cmd().arg("--quiet").arg("ingest").arg(&file));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if http(&s.origin, "GET", path, &[], b"").0 == 303 {
            break;
        }
        assert!(Instant::now() < deadline, "serve never saw the new statement");
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// A Graph Store endpoint that answers 503 to the first request, then 204, and remembers
/// the graphs put.
fn flaky_store() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let origin = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut length = 0;
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                if let Some(v) = h.to_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let status = if n == 0 {
                "503 Service Unavailable"
            } else {
                "204 No Content"
            };
            if n > 0 {
                log.lock()
                    .unwrap()
                    .push(line.split(' ').nth(1).unwrap_or("").to_owned());
            }
            let _ = stream.write_all(
                format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes(),
            );
        }
    });
    (origin, seen)
}

#[test]
fn push_retries_what_may_pass_and_stops_on_what_will_not() {
    let ws = ingested();
    let graphs = ws.store().named_graphs().unwrap().len();
    let (origin, seen) = flaky_store();
    let ran = run(ws.cmd().args([
        "push",
        "--endpoint",
        &format!("http://{origin}/store"),
        "--jobs",
        "1",
    ]));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains(&format!("pushed {graphs} graphs")),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("1 retries"), "{}", ran.stderr);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), graphs);
    assert!(
        seen.iter().all(|p| p.starts_with("/store?graph=https%3A%2F%2F")),
        "{seen:?}"
    );
    // Nobody listens: retried, then a clear error.
    let port = free_port();
    let ran = run(ws.cmd().args([
        "push",
        "--endpoint",
        &format!("http://127.0.0.1:{port}/store"),
        "--tries",
        "2",
    ]));
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("failed 2 times"), "{}", ran.stderr);
    // A server that refuses (serve is read-only: 405): no retry, the answer shown.
    let s = serve(&ws, &[]);
    let ran = run(ws
        .cmd()
        .args(["push", "--endpoint", &format!("http://{}/store", s.origin)]));
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("answered 405"), "{}", ran.stderr);
    // Credentials never on the command line.
    let ran = run(ws
        .cmd()
        .args(["push", "--endpoint", "http://me:secret@localhost:1/store"]));
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stderr.contains("COSIGNET_PUSH_USER") && !ran.stderr.contains("secret"),
        "{}",
        ran.stderr
    );
    let ran = run(ws
        .cmd()
        .args(["push", "--endpoint", "http://localhost:1/store", "--prune"]));
    assert_eq!(ran.code, Some(2), "--prune needs --query-endpoint");
    let ran = run(Command::new(env!("CARGO_BIN_EXE_cosignet"))
        .arg("--store")
        .arg(ws.store_path())
        .args(["push", "--endpoint", "http://localhost:1/store"])
        .env("COSIGNET_PUSH_USER", "me"));
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("COSIGNET_PUSH_PASSWORD"), "{}", ran.stderr);
}
