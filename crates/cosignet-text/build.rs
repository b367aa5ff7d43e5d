//! Finds the language files in `data/lang` and writes the table the `lang` module embeds
//! (`$OUT_DIR/lang_files.rs`), so that adding a language is adding a file: no Rust list of
//! language codes to edit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest.join("../../data/lang");
    let dir = dir
        .canonicalize()
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    // A file added or removed changes the folder; edits to a file are tracked by include_str!.
    // Relative to the package, and the generated code names files relative to
    // CARGO_MANIFEST_DIR: two checkouts sharing one target folder (cargo gives their path
    // packages the same artifacts) each read their own files, never the other's.
    println!("cargo:rerun-if-changed=../../data/lang");
    println!("cargo:rerun-if-changed=build.rs");
    let mut languages: Vec<(String, PathBuf)> = Vec::new();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if code == "shared" {
            continue;
        }
        let valid = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        assert!(
            valid,
            "data/lang/{code}.toml: a language file is named by its ISO 639 code (two or three lowercase letters)"
        );
        languages.push((code, path));
    }
    languages.sort();
    let mut out = String::from("// Written by build.rs from the files in data/lang.\n\n");
    out.push_str("/// Every language file in `data/lang`: its code and its text, by code.\n");
    out.push_str("pub(super) const LANGUAGES: &[(&str, &str)] = &[\n");
    for (code, path) in &languages {
        writeln!(out, "    ({code:?}, include_str!({})),", in_package(path)).expect("write to a String");
    }
    out.push_str("];\n\n");
    out.push_str("/// The text of `data/lang/shared.toml`.\n");
    writeln!(
        out,
        "pub(super) const SHARED: &str = include_str!({});",
        in_package(&dir.join("shared.toml"))
    )
    .expect("write to a String");
    let target =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang_files.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// A language file as an expression `include_str!` takes: its name under `data/lang`,
/// joined at compile time to the checkout's own package folder.
fn in_package(path: &Path) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("data/lang file names are UTF-8");
    format!("concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../data/lang/{name}\")")
}
