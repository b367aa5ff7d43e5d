//! Languages as data: the words cosignet reads statements with, one file per language in
//! `data/lang/<code>.toml` (found by the build script and embedded), plus
//! `data/lang/shared.toml` for what belongs to no language. Each file is read into a typed
//! [`Words`] (every section and key required, none unknown); [`languages`] gives each
//! language's [`Lang`], [`all`] the words of every language together, which is what the
//! extractor matches against, since it reads a text before it knows its language. Sections
//! and the way entries are written: `data/lang/README.md`.

mod sections;

pub use sections::*;

use std::sync::OnceLock;

/// The table the build script writes: every file of `data/lang`, embedded.
mod files {
    include!(concat!(env!("OUT_DIR"), "/lang_files.rs"));
}

/// One language: its ISO 639-1 code (the file's name) and its words.
#[derive(Debug, Clone)]
pub struct Lang {
    /// ISO 639-1 code, the name of its file in `data/lang`.
    pub code: &'static str,
    /// The words of its file.
    pub words: Words,
}

/// A language file that cannot be read: the file and what is wrong.
#[derive(Debug, thiserror::Error)]
#[error("data/lang/{file}: {message}")]
pub struct LangError {
    /// The file's name in `data/lang` (`en.toml`, `shared.toml`).
    pub file: String,
    /// What is wrong, with the parser's line and column when it has them.
    pub message: String,
}

impl LangError {
    fn new(file: &str, message: impl std::fmt::Display) -> Self {
        Self {
            file: file.to_owned(),
            message: message.to_string(),
        }
    }
}

/// Every language and the shared words, read and merged.
#[derive(Debug)]
pub struct Loaded {
    /// The languages, by code.
    pub languages: Vec<Lang>,
    /// `shared.toml`.
    pub shared: Shared,
    /// The words of every language and of `shared.toml` together (see [`all`]).
    pub all: Words,
}

/// The language files embedded at build time: `(code, text)` by code, and `shared.toml`.
pub fn bundled_files() -> (&'static [(&'static str, &'static str)], &'static str) {
    (files::LANGUAGES, files::SHARED)
}

/// The embedded files, loaded on first use.
fn bundled() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let (languages, shared) = bundled_files();
        load(languages, shared).unwrap_or_else(|e| panic!("{e} (the tidy test reads every language file)"))
    })
}

/// Every language, by code.
pub fn languages() -> &'static [Lang] {
    &bundled().languages
}

/// The language with this ISO 639-1 code.
pub fn language(code: &str) -> Option<&'static Lang> {
    languages().iter().find(|l| l.code == code)
}

/// The words of every language (and of `shared.toml`) together: each list the union of the
/// languages' lists, in the order of the files (by code) and of the entries within each, each
/// entry once; each map the union of the languages' maps.
pub fn all() -> &'static Words {
    &bundled().all
}

/// `shared.toml`: the order of the identity key's words, and words of no language.
pub fn shared() -> &'static Shared {
    &bundled().shared
}

/// Reads language files (`(code, text)`) and `shared.toml`, checks them and merges them.
pub fn load(languages: &[(&'static str, &str)], shared_text: &str) -> Result<Loaded, LangError> {
    const SHARED_FILE: &str = "shared.toml";
    let shared: Shared = toml::from_str(shared_text).map_err(|e| LangError::new(SHARED_FILE, e))?;
    shared.check().map_err(|m| LangError::new(SHARED_FILE, m))?;
    let mut out = Vec::new();
    let mut merged = toml::Value::Table(toml::Table::new());
    for (code, text) in languages {
        let file = format!("{code}.toml");
        let words: Words = toml::from_str(text).map_err(|e| LangError::new(&file, e))?;
        words.check(&shared).map_err(|m| LangError::new(&file, m))?;
        let value = toml::Value::try_from(&words).map_err(|e| LangError::new(&file, e))?;
        merge(&mut merged, &value, "").map_err(|m| LangError::new(&file, m))?;
        out.push(Lang { code, words });
    }
    let shared_words = shared.words().map_err(|m| LangError::new(SHARED_FILE, m))?;
    merge(&mut merged, &shared_words, "").map_err(|m| LangError::new(SHARED_FILE, m))?;
    let all: Words = merged.try_into().map_err(|e| {
        LangError::new(
            SHARED_FILE,
            format!("its words do not fit the language sections: {e}"),
        )
    })?;
    Ok(Loaded {
        languages: out,
        shared,
        all,
    })
}

/// Adds `add` to `into`: tables key by key, lists entry by entry (each entry once, the first
/// occurrence keeping its place), equal values once; different values for one map key are
/// an error.
fn merge(into: &mut toml::Value, add: &toml::Value, path: &str) -> Result<(), String> {
    use toml::Value;
    match (into, add) {
        (Value::Table(a), Value::Table(b)) => {
            for (k, v) in b {
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match a.get_mut(k) {
                    Some(existing) => merge(existing, v, &here)?,
                    None => {
                        a.insert(k.clone(), v.clone());
                    }
                }
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(b)) => {
            for v in b {
                if !a.contains(v) {
                    a.push(v.clone());
                }
            }
            Ok(())
        }
        (a, b) if a == b => Ok(()),
        (a, b) => Err(format!("`{path}` is {b} here but {a} in an earlier language")),
    }
}
