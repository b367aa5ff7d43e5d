//! `cosignet eval` without the store: scores a folder of texts with answer keys through the
//! text crate alone, so that extraction can be measured in seconds after a change.
//!
//!     cargo run -p cosignet-text --example eval -- DIR [--details]

use cosignet_text::eval::{evaluate, identity_errors, ScoresJson};
use cosignet_text::iri::{Base, DEFAULT_BASE};
use cosignet_text::resolve::Resolver;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let details = args.iter().any(|a| a == "--details");
    let Some(dir) = args.iter().find(|a| !a.starts_with("--")).map(PathBuf::from) else {
        eprintln!("usage: eval DIR [--details]");
        std::process::exit(2);
    };
    let resolver = Resolver::new(Base::new(DEFAULT_BASE).expect("the default base is valid"));
    let ev = match evaluate(&dir, &resolver) {
        Ok(ev) => ev,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let cell = |v: Option<f64>| v.map_or("-".to_owned(), |x| format!("{x:.3}"));
    let row = |name: &str, s: &ScoresJson, expected: usize, predicted: usize| {
        println!(
            "{name:<52} {expected:>4} {predicted:>4}  {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}  {:>5} {:>5}",
            cell(s.extraction_precision),
            cell(s.extraction_recall),
            cell(s.extraction_f1),
            cell(s.country_accuracy),
            cell(s.person_accuracy),
            cell(s.role_accuracy),
            cell(s.identity_f1),
            cell(s.date_accuracy)
        );
    };
    println!(
        "{:<52} {:>4} {:>4}  {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}  {:>5} {:>5}",
        "file", "key", "read", "P", "R", "F1", "cntry", "pers", "role", "id-F1", "date"
    );
    for f in &ev.files {
        let s = ScoresJson::of(&f.scores, None);
        row(
            &f.file,
            &s,
            f.scores.extraction.expected,
            f.scores.extraction.predicted,
        );
    }
    let t = ScoresJson::of(&ev.totals, None);
    row(
        "TOTAL",
        &t,
        ev.totals.extraction.expected,
        ev.totals.extraction.predicted,
    );
    if details {
        for line in identity_errors(&ev.files) {
            println!("identity: {line}");
        }
        for f in &ev.files {
            for m in &f.missed {
                println!("{}: missed: {m}", f.file);
            }
            for x in &f.extra {
                println!("{}: extra: {x}", f.file);
            }
        }
        for (file, d) in &ev.diagnostics {
            println!("{file}:{}: {}: {}", d.line.unwrap_or(0), d.severity, d.message);
        }
    }
}
