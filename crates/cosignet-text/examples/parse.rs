//! `cosignet parse` without the store: prints the record read from one statement text.
//!
//!     cargo run -p cosignet-text --example parse -- FILE

use cosignet_text::iri::{Base, DEFAULT_BASE};
use cosignet_text::load::{load, shown_path};
use cosignet_text::resolve::Resolver;
use std::path::PathBuf;

fn main() {
    let Some(path) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: parse FILE");
        std::process::exit(2);
    };
    let resolver = Resolver::new(Base::new(DEFAULT_BASE).expect("the default base is valid"));
    match load(&path, &shown_path(&path), &resolver) {
        Ok(records) => {
            for r in records {
                println!("{}", serde_json::to_string_pretty(&r).expect("records serialise"));
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
