//! Helpers shared by the integration tests: the built binary, a scratch store, paths to the
//! bundled examples and the real corpus, runs with their exit status, with standard output
//! closed or in a terminal, and RDF readers for checking exports.

use oxigraph::io::{RdfFormat, RdfParser};
use sophia::api::term::SimpleTerm;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The built `cosignet` binary.
pub fn cosignet() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cosignet"))
}

/// The work tree (the root package's folder).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled examples folder.
pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// ../shared/corpus beside the work tree, when present.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

/// Runs a command, asserts success, returns its standard output.
pub fn run_ok(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// What a finished run gave: exit status, standard output and error.
pub struct Ran {
    /// The exit status (none when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Ran {
    /// Asserts that the command was refused as a usage or limit error (exit status 2) with
    /// a message holding every one of `says`.
    pub fn assert_refused(&self, says: &[&str]) {
        assert_eq!(self.code, Some(2), "{}", self.stderr);
        for s in says {
            assert!(self.stderr.contains(s), "`{s}` not in: {}", self.stderr);
        }
    }
}

/// Runs a command, whatever its exit status.
pub fn run(cmd: &mut Command) -> Ran {
    let out = cmd.output().expect("runs");
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs a command whose standard output is a pipe nobody reads any more (as in
/// `cosignet query statements | head -1` once `head` is done).
pub fn run_with_stdout_closed(cmd: &mut Command) -> Ran {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = cmd
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("runs");
    Ran {
        code: out.status.code(),
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `cosignet ARGS` in a terminal of `cols` columns (a pseudo-terminal made by
/// util-linux `script`), returning what the terminal received from standard output and
/// error, `\r\n` as `\n`. `None` when `script` is missing.
pub fn run_in_terminal(args: &[&str], cols: usize) -> Option<String> {
    let quote = |a: &str| format!("'{}'", a.replace('\'', r"'\''"));
    let line: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_cosignet"))
        .chain(args.iter().copied())
        .map(quote)
        .collect();
    let script = format!("stty rows 40 cols {cols}; {}", line.join(" "));
    let out = Command::new("script")
        .args(["-qec", &script, "/dev/null"])
        .current_dir(root())
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"))
}

/// A scratch folder with a store path in it.
pub struct Workspace {
    /// The folder (removed on drop).
    pub dir: tempfile::TempDir,
}

impl Workspace {
    /// A new empty workspace.
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The store's path.
    pub fn store_path(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// `cosignet --store <scratch>`.
    pub fn cmd(&self) -> Command {
        let mut c = cosignet();
        c.arg("--store").arg(self.store_path());
        c
    }

    /// The store, opened read-only through the library.
    pub fn store(&self) -> cosignet::store::Store {
        cosignet::store::Store::open_read_only(&self.store_path()).unwrap()
    }
}

type Triple = [SimpleTerm<'static>; 3];

fn to_sophia(t: oxigraph::model::Term) -> SimpleTerm<'static> {
    use sophia::api::term::{BnodeId, LanguageTag};
    use sophia::api::MownStr;
    use sophia::iri::IriRef;
    match t {
        oxigraph::model::Term::NamedNode(n) => {
            SimpleTerm::Iri(IriRef::new_unchecked(MownStr::from(n.into_string())))
        }
        oxigraph::model::Term::BlankNode(b) => {
            SimpleTerm::BlankNode(BnodeId::new_unchecked(MownStr::from(b.into_string())))
        }
        oxigraph::model::Term::Literal(l) => {
            let (value, dt, lang) = l.destruct();
            match lang {
                Some(lang) => SimpleTerm::LiteralLanguage(
                    MownStr::from(value),
                    LanguageTag::new_unchecked(MownStr::from(lang)),
                    None,
                ),
                None => SimpleTerm::LiteralDatatype(
                    MownStr::from(value),
                    IriRef::new_unchecked(MownStr::from(
                        dt.map_or("http://www.w3.org/2001/XMLSchema#string".to_owned(), |d| {
                            d.into_string()
                        }),
                    )),
                ),
            }
        }
    }
}

fn subject(s: oxigraph::model::NamedOrBlankNode) -> oxigraph::model::Term {
    match s {
        oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.into(),
        oxigraph::model::NamedOrBlankNode::BlankNode(b) => b.into(),
    }
}

/// A Turtle text as a sophia graph, read with sophia's own parser.
pub fn parse_turtle(text: &str) -> Vec<Triple> {
    use sophia::api::source::TripleSource;
    let mut g: Vec<Triple> = Vec::new();
    sophia::turtle::parser::turtle::parse_str(text)
        .for_each_triple(|t| {
            use sophia::api::term::Term;
            use sophia::api::triple::Triple as _;
            let [s, p, o] = t.spo().map(|x| x.into_term::<SimpleTerm<'static>>());
            g.push([s, p, o]);
        })
        .expect("exported Turtle parses");
    g.sort_by_key(|t| format!("{t:?}"));
    g.dedup_by_key(|t| format!("{t:?}"));
    g
}

/// The union of the store's graphs (meta graph aside) as a sophia graph.
pub fn store_union(store: &cosignet::store::Store) -> Vec<Triple> {
    let mut set = std::collections::HashSet::new();
    for q in store.quads() {
        let q = q.unwrap();
        set.insert(oxigraph::model::Triple::new(q.subject, q.predicate, q.object));
    }
    set.into_iter()
        .map(|t| {
            [
                to_sophia(subject(t.subject)),
                to_sophia(t.predicate.into()),
                to_sophia(t.object),
            ]
        })
        .collect()
}

/// Triples or quads read back from an export by Oxigraph's parsers.
pub fn count_parsed(format: &str, body: &str) -> usize {
    let f = match format {
        "trig" => RdfFormat::TriG,
        "nquads" => RdfFormat::NQuads,
        "ntriples" => RdfFormat::NTriples,
        "jsonld" => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
        "rdfxml" => RdfFormat::RdfXml,
        other => panic!("{other}"),
    };
    let quads: std::collections::HashSet<oxigraph::model::Quad> = RdfParser::from_format(f)
        .for_slice(body.as_bytes())
        .map(|q| q.expect("export parses"))
        .collect();
    quads.len()
}

/// How many statements a format should carry: quads for dataset formats, distinct
/// triples for the others.
pub fn expected_count(format: &str, store: &cosignet::store::Store) -> usize {
    match format {
        "trig" | "nquads" | "jsonld" => store.quads().count(),
        _ => store_union(store).len(),
    }
}

/// Runs a command, killing it and failing the test when it has not ended within `secs`
/// seconds (for inputs that used to hang).
pub fn run_within(cmd: &mut Command, secs: u64) -> Ran {
    use std::io::Read;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // Read both pipes on threads so that a chatty child never blocks on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if start.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not end within {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Ran {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
    }
}

/// A made-up word for `i` (syllables that never double a letter where they meet: some
/// identity keys fold repeated characters).
pub fn word(mut i: usize) -> String {
    const SYLLABLES: [&str; 8] = ["ka", "no", "mer", "du", "vi", "sor", "pe", "tu"];
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[i % 8]);
        i /= 8;
        if i == 0 {
            break;
        }
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A statement text titled after `tag` with `n` signatories, parties made up and distinct
/// from the examples' (countries taken in turn from a few).
pub fn statement_text(tag: &str, n: usize) -> String {
    const COUNTRIES: [&str; 5] = ["Greece", "Portugal", "Cyprus", "Spain", "Italy"];
    let mut text = format!("Joint statement of the {tag} meeting\n\nMoscow, 12 March 2021\n\nSignatories:\n");
    for i in 0..n {
        text.push_str(&format!(
            "{}. Workers Party {}, {}\n",
            i + 1,
            word(i + 64),
            COUNTRIES[i % COUNTRIES.len()]
        ));
    }
    text
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The quads of one of the store's graphs (named by the end of its IRI, `graph/entities`),
/// as sorted lines.
pub fn graph_lines(ws: &Workspace, graph: &str) -> Vec<String> {
    let suffix = format!("/{graph}>");
    let mut out: Vec<String> = ws
        .store()
        .quads()
        .map(|q| q.unwrap())
        .filter(|q| q.graph_name.to_string().ends_with(&suffix))
        .map(|q| q.to_string())
        .collect();
    out.sort();
    out
}
