//! Reading one input file into statement records: statement texts (.txt, .md, .html) are
//! decoded and extracted; records (.json, .yaml/.yml, .toml; one record or a list) are
//! deserialised. Errors name the file and, where there is one, the line.

use crate::extract::extract_page;
use crate::record::{Diagnostic, IsoDate, Severity};
use crate::record::{Source, StatementRecord};
use crate::resolve::Resolver;
use crate::text::decode::{decode_as, DecodeError, Decoded, Evidence};
use crate::text::lines::{to_lines, Markup};
use sha2::{Digest, Sha256};
use std::path::Path;

/// What kind of input a file is, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A statement text to extract from.
    Text(Markup),
    /// JSON records.
    Json,
    /// YAML records.
    Yaml,
    /// TOML records.
    Toml,
}

impl InputKind {
    /// The kind of a path, if cosignet reads it.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "json" => Self::Json,
            "yaml" | "yml" => Self::Yaml,
            "toml" => Self::Toml,
            other => Self::Text(Markup::from_extension(other)?),
        })
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Reading the bytes failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The bytes are not a text.
    #[error("{path}: {source}")]
    Decode {
        /// The file.
        path: String,
        /// Why.
        source: DecodeError,
    },
    /// A record file does not parse, or holds a value that is not allowed.
    #[error("{path}:{line}: {message}")]
    Record {
        /// The file.
        path: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The extension is not one cosignet reads.
    #[error("{path}: not a statement text or record (.txt .md .html .json .yaml .yml .toml)")]
    Unsupported {
        /// The file.
        path: String,
    },
}

/// The numbered lines of a statement text (decoded, markup undone).
pub fn text_lines(path: &Path, shown: &str) -> Result<Vec<crate::text::lines::Line>, LoadError> {
    let Some(InputKind::Text(markup)) = InputKind::of(path) else {
        return Err(LoadError::Unsupported {
            path: shown.to_owned(),
        });
    };
    let (_, decoded) = read_decoded(path, shown, markup == Markup::Html)?;
    Ok(to_lines(&decoded.text, markup))
}

/// The numbered lines of a decoded text and, for an HTML page, the publication date its
/// markup states (`article:published_time` and the like, else its first `<time datetime>`).
fn page(text: &str, markup: Markup) -> (Vec<crate::text::lines::Line>, Option<IsoDate>) {
    if markup != Markup::Html {
        return (to_lines(text, markup), None);
    }
    let (lines, meta) = crate::text::html::read(text);
    let published = meta
        .published
        .iter()
        .chain(&meta.times)
        .find_map(|stamp| IsoDate::parse(stamp.value.get(..10)?).ok());
    (lines, published)
}

/// The bytes of a file and their decoded text.
fn read_decoded(path: &Path, shown: &str, html: bool) -> Result<(Vec<u8>, Decoded), LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: shown.to_owned(),
        source,
    })?;
    let decoded = decode_as(&bytes, html).map_err(|source| LoadError::Decode {
        path: shown.to_owned(),
        source,
    })?;
    Ok((bytes, decoded))
}

/// What a reader should know about how a text was decoded: a guessed encoding, bytes
/// that had to be replaced.
fn decoding_notes(d: &Decoded) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    if d.evidence == Evidence::Guessed {
        notes.push(Diagnostic {
            line: None,
            severity: Severity::Info,
            message: format!(
                "the file is not UTF-8 and declares no encoding; read as {} (guessed)",
                d.encoding
            ),
        });
    }
    if d.replaced > 0 {
        notes.push(Diagnostic {
            line: None,
            severity: Severity::Warning,
            message: format!(
                "{} byte sequences are not valid {}; each was replaced by U+FFFD",
                d.replaced, d.encoding
            ),
        });
    }
    notes
}

/// The path as recorded: relative to the working directory when inside it, with `/`.
pub fn shown_path(path: &Path) -> String {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let rel = cwd
        .as_ref()
        .and_then(|c| abs.strip_prefix(c).ok())
        .map(Path::to_path_buf)
        .unwrap_or(abs);
    rel.to_string_lossy().replace('\\', "/")
}

/// The SHA-256 of bytes, hex encoded.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a file into records. `shown` is the path as recorded in provenance and messages.
pub fn load(path: &Path, shown: &str, resolver: &Resolver) -> Result<Vec<StatementRecord>, LoadError> {
    let kind = InputKind::of(path).ok_or_else(|| LoadError::Unsupported {
        path: shown.to_owned(),
    })?;
    let html = kind == InputKind::Text(Markup::Html);
    let (bytes, decoded) = read_decoded(path, shown, html)?;
    let text = decoded.text.as_str();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("statement");
    let sha = sha256_hex(&bytes);
    let record_err = |line: usize, message: String| LoadError::Record {
        path: shown.to_owned(),
        line,
        message,
    };
    let mut records = match kind {
        InputKind::Text(markup) => {
            let (lines, published) = page(text, markup);
            let mut x = extract_page(&lines, published);
            x.diagnostics.splice(0..0, decoding_notes(&decoded));
            let source = Source {
                path: Some(shown.to_owned()),
                sha256: Some(sha.clone()),
                url: None,
            };
            return Ok(vec![resolver.record(&x, source, stem)]);
        }
        InputKind::Json => parse_json(text).map_err(|(l, m)| record_err(l, m))?,
        InputKind::Yaml => parse_yaml(text).map_err(|(l, m)| record_err(l, m))?,
        InputKind::Toml => parse_toml(text).map_err(|(l, m)| record_err(l, m))?,
    };
    for (i, rec) in records.iter_mut().enumerate() {
        if rec.source.path.is_none() {
            rec.source.path = Some(shown.to_owned());
            rec.source.sha256.get_or_insert_with(|| sha.clone());
        }
        let record_stem = if i == 0 {
            stem.to_owned()
        } else {
            format!("{stem}-{}", i + 1)
        };
        resolver.complete(rec, &record_stem);
    }
    Ok(records)
}

type ParseResult = Result<Vec<StatementRecord>, (usize, String)>;

/// One record or a list of records, as a JSON or YAML document holds them, read in one
/// pass so that every error keeps the parser's position.
struct Records(Vec<StatementRecord>);

impl<'de> serde::Deserialize<'de> for Records {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
        use serde::Deserialize;
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Records;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a statement record or a list of statement records")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Records, E> {
                Ok(Records(Vec::new()))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Records, E> {
                Ok(Records(Vec::new()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Records, A::Error> {
                StatementRecord::deserialize(MapAccessDeserializer::new(map)).map(|r| Records(vec![r]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Records, A::Error> {
                Vec::<StatementRecord>::deserialize(SeqAccessDeserializer::new(seq)).map(Records)
            }
        }
        d.deserialize_any(Visitor)
    }
}

fn parse_json(text: &str) -> ParseResult {
    serde_json::from_str::<Records>(text)
        .map(|r| r.0)
        .map_err(|e| (e.line(), e.to_string()))
}

fn parse_yaml(text: &str) -> ParseResult {
    let mut out = Vec::new();
    for doc in serde_yaml::Deserializer::from_str(text) {
        let Records(list) = serde::Deserialize::deserialize(doc)
            .map_err(|e: serde_yaml::Error| (e.location().map_or(0, |l| l.line()), e.to_string()))?;
        out.extend(list);
    }
    Ok(out)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlList {
    statement: Vec<StatementRecord>,
}

fn parse_toml(text: &str) -> ParseResult {
    let err = |e: toml::de::Error| {
        let line = e
            .span()
            .map_or(0, |s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        (line, e.message().to_owned())
    };
    let is_list = text.lines().any(|l| l.trim_start().starts_with("[[statement]]"));
    if is_list {
        toml::from_str::<TomlList>(text).map(|l| l.statement).map_err(err)
    } else {
        toml::from_str(text).map(|r| vec![r]).map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_records_name_their_line() {
        let (line, msg) = parse_json("[\n{\"id\": \"a\",\n \"date\": \"2021-02-30\"}\n]").unwrap_err();
        assert_eq!(line, 3);
        assert!(
            msg.contains("does not exist") || msg.contains("not a date"),
            "{msg}"
        );
        let (line, _) = parse_yaml("id: a\ntitle: [unclosed\n").unwrap_err();
        assert!(line >= 2);
        let (line, msg) = parse_toml("id = \"a\"\ndate = \"2019-02-29\"\n").unwrap_err();
        assert_eq!(line, 2, "{msg}");
    }

    #[test]
    fn refused_fields_keep_the_parser_position() {
        let yaml = "- id: a\n  signatories:\n    - as_written: KKE\n    - as_written: \"  \"\n";
        let (line, msg) = parse_yaml(yaml).unwrap_err();
        assert_eq!(line, 4, "{msg}");
        assert!(msg.contains("empty"), "{msg}");
        let json = "{\"id\": \"a\",\n\"signatories\": [\n{\"as_written\": \"X\",\n\"party_id\": \"javascript:alert(1)\"}]}";
        let (line, msg) = parse_json(json).unwrap_err();
        assert_eq!(line, 4, "{msg}");
        assert!(msg.contains("http(s) IRI"), "{msg}");
        // YAML places a refused value at the mapping that holds it: the record's first line.
        let (line, msg) = parse_yaml("- id: ok\n- title: T\n  id: \"a b\"\n").unwrap_err();
        assert_eq!(line, 2, "{msg}");
        let (line, msg) = parse_toml("id = \"a\"\n[[signatories]]\nas_written = \"\"\n").unwrap_err();
        assert_eq!(line, 3, "{msg}");
    }

    #[test]
    fn yaml_lists_and_documents() {
        let recs = parse_yaml("- id: a\n  title: A\n- id: b\n---\nid: c\n").unwrap();
        assert_eq!(
            recs.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }
}
