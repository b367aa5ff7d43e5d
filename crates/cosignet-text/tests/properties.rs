//! Properties of the text and record readers, over generated inputs: arbitrary bytes,
//! arbitrary Unicode, statement-like texts, arbitrary record documents and deep nesting
//! never panic and never hang, and the same input always gives the same record.
//!
//! The seed is fixed and the number of cases bounded, so CI runs the same cases every time
//! (about two minutes in all). For a longer search, raise the cases and change the seed:
//! `COSIGNET_PROPTEST_CASES=20000 COSIGNET_PROPTEST_SEED=7 cargo test -p cosignet-text --test properties`.

use cosignet_text::iri::{Base, DEFAULT_BASE};
use cosignet_text::load::load;
use cosignet_text::resolve::Resolver;
use cosignet_text::text::decode::decode;
use cosignet_text::text::lines::{to_lines, Markup};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, OnceLock};
use std::time::Duration;

/// Longest a small case may take before it counts as a hang (most take milliseconds).
const HANG: Duration = Duration::from_secs(30);

/// Bytes of input a case may read in each second it is given beyond [`HANG`]: the deepest
/// nested lists are hundreds of megabytes, and an unoptimised build reads a few tens of
/// megabytes a second, so a long read is not a hang.
const BYTES_PER_SECOND: usize = 4 << 20;

/// The time a case reading `bytes` of input has before it counts as a hang.
fn hang_after(bytes: usize) -> Duration {
    HANG + Duration::from_secs((bytes / BYTES_PER_SECOND) as u64)
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The fixed seed and bounded cases of CI, unless the environment asks for more.
fn config(cases: u32) -> Config {
    Config {
        cases: env_number("COSIGNET_PROPTEST_CASES", u64::from(cases)) as u32,
        rng_seed: RngSeed::Fixed(env_number("COSIGNET_PROPTEST_SEED", 0x636f_7369_676e)),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::new(Base::new(DEFAULT_BASE).expect("the default base")))
}

/// Runs `f` on a thread of the default (2 MiB) stack, as ingest's worker threads are, and
/// fails when it has not returned within [`hang_after`] the input's `bytes`. A panic inside
/// fails the case too.
fn within<T: Send + 'static>(what: &str, bytes: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    let limit = hang_after(bytes);
    match rx.recv_timeout(limit) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: no answer within {limit:?} for {bytes} bytes")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: panicked"),
    }
}

/// A fresh file under the test's scratch folder holding `bytes`.
fn file(ext: &str, bytes: &[u8]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cosignet-properties");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let path = dir.join(format!(
        "{}-{}.{ext}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, bytes).expect("scratch file");
    path
}

/// Everything `load` gives for a file, as text (errors included), read twice: the two
/// readings must agree.
fn load_twice(ext: &str, bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let path = file(ext, &bytes);
    let p = path.clone();
    let (a, b) = within(&format!("load .{ext}"), bytes.len(), move || {
        let shown = "input";
        let a = format!("{:?}", load(&p, shown, resolver()));
        let b = format!("{:?}", load(&p, shown, resolver()));
        (a, b)
    });
    let _ = std::fs::remove_file(&path);
    prop_assert_eq!(a, b, "the same .{} gave two records", ext);
    Ok(())
}

const MARKUPS: [(Markup, &str); 3] = [
    (Markup::Plain, "txt"),
    (Markup::Markdown, "md"),
    (Markup::Html, "html"),
];

/// Words statements are made of: list lead-ins, parties, countries, roles, dates, markup.
fn statement_word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Signatories:".to_owned()),
        Just("Communist Party of Greece".to_owned()),
        Just("AKEL, Cyprus".to_owned()),
        Just("Parti communiste français".to_owned()),
        Just("Коммунистическая партия Российской Федерации".to_owned()),
        Just("General Secretary".to_owned()),
        Just("On behalf of".to_owned()),
        Just("12 March 2021".to_owned()),
        Just("Moscow,".to_owned()),
        Just("1.".to_owned()),
        Just("-".to_owned()),
        Just("<li>".to_owned()),
        Just("**".to_owned()),
        Just("*".to_owned()),
        Just("_".to_owned()),
        Just("(".to_owned()),
        "\\PC{0,12}",
    ]
}

/// A statement-like text: lines of such words, numbered and bulleted entries among them.
fn statement_text() -> impl Strategy<Value = String> {
    let line = prop::collection::vec(statement_word(), 0..6).prop_map(|w| w.join(" "));
    prop::collection::vec(line, 0..60).prop_map(|lines| lines.join("\n"))
}

/// A JSON value whose keys are often the record's own field names.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        prop::sample::select(vec![
            "id",
            "title",
            "date",
            "place",
            "language",
            "issuer",
            "source",
            "path",
            "sha256",
            "url",
            "signatories",
            "as_written",
            "party",
            "party_id",
            "country",
            "country_code",
            "person",
            "role",
            "line",
            "diagnostics",
            "severity",
            "message",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::String),
        Just(Value::String("2021-03-12".into())),
        Just(Value::String("https://example.org/p".into())),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A document nested `depth` levels deep in one of the formats cosignet reads.
fn nested(format: usize, depth: usize) -> (&'static str, String) {
    match format {
        0 => ("json", "[".repeat(depth) + &"]".repeat(depth)),
        1 => ("json", "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)),
        2 => (
            "yaml",
            (0..depth).map(|i| format!("{}- a\n", " ".repeat(i))).collect(),
        ),
        3 => ("yaml", "[".repeat(depth) + &"]".repeat(depth)),
        4 => (
            "toml",
            "a = ".to_owned() + &"[".repeat(depth) + &"]".repeat(depth) + "\n",
        ),
        5 => (
            "toml",
            "a = ".to_owned() + &"{b = ".repeat(depth) + "1" + &"}".repeat(depth) + "\n",
        ),
        6 => (
            "html",
            "<div>".repeat(depth) + "Signatories:<ul><li>KKE</li></ul>" + &"</div>".repeat(depth),
        ),
        7 => (
            "md",
            "> ".repeat(depth) + "Signatories:\n" + &"> ".repeat(depth) + "- KKE\n",
        ),
        8 => (
            "md",
            (0..depth).map(|i| format!("{}- KKE\n", "  ".repeat(i))).collect(),
        ),
        _ => (
            "txt",
            "(".repeat(depth) + "Communist Party of Greece" + &")".repeat(depth),
        ),
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_decode_the_same_way_twice(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let b = bytes.clone();
        let (x, y) = within("decode", bytes.len(), move || {
            (format!("{:?}", decode(&b)), format!("{:?}", decode(&b)))
        });
        prop_assert_eq!(x, y);
    }

    #[test]
    fn any_text_gives_numbered_lines_within_the_text(text in "\\PC{0,2000}|[\\x00-\\x7f]{0,2000}", m in 0..3usize) {
        let (markup, _) = MARKUPS[m];
        let t = text.clone();
        let (a, b) = within("to_lines", t.len(), move || (to_lines(&t, markup), to_lines(&t, markup)));
        // Lines end at LF, CRLF or a lone CR (old Mac files), as the readers count them.
        let count = text.replace("\r\n", "\n").split(['\n', '\r']).count();
        for line in &a {
            prop_assert!(line.no >= 1 && line.no <= count, "line {} of {}", line.no, count);
        }
        prop_assert_eq!(a, b);
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_bytes_as_any_input_give_a_record_or_an_error(
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
        ext in prop::sample::select(vec!["txt", "md", "html", "json", "yaml", "toml"]),
    ) {
        load_twice(ext, bytes)?;
    }

    #[test]
    fn any_unicode_text_gives_the_same_record_twice(text in "\\PC{0,3000}", m in 0..3usize) {
        load_twice(MARKUPS[m].1, text.into_bytes())?;
    }

    #[test]
    fn statement_like_texts_give_the_same_record_twice(text in statement_text(), m in 0..3usize) {
        load_twice(MARKUPS[m].1, text.into_bytes())?;
    }

    #[test]
    fn any_record_document_gives_records_or_an_error(value in json_value(), as_list in any::<bool>()) {
        let value = if as_list { serde_json::Value::Array(vec![value]) } else { value };
        load_twice("json", serde_json::to_vec(&value).expect("JSON"))?;
        load_twice("yaml", serde_yaml::to_string(&value).expect("YAML").into_bytes())?;
        if let Ok(t) = toml::to_string(&value) {
            load_twice("toml", t.into_bytes())?;
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn deep_nesting_gives_a_record_or_an_error(format in 0..10usize, depth in 1..20_000usize) {
        let (ext, text) = nested(format, depth);
        load_twice(ext, text.into_bytes())?;
    }
}
