//! Any bytes as a record file, JSON, YAML or TOML (the first byte picks), read as ingest
//! reads it: records or an error with a line, never a panic.
#![no_main]

use cosignet_text::iri::{Base, DEFAULT_BASE};
use cosignet_text::load::load;
use cosignet_text::resolve::Resolver;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::new(Base::new(DEFAULT_BASE).expect("the default base")))
}

/// One scratch file per format and process (the readers take a path).
fn scratch(ext: &str) -> PathBuf {
    std::env::temp_dir().join(format!("cosignet-fuzz-{}.{ext}", std::process::id()))
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    let ext = ["json", "yaml", "toml"][usize::from(pick % 3)];
    let path = scratch(ext);
    std::fs::write(&path, rest).expect("scratch file");
    let _ = load(&path, "fuzz", resolver());
});
