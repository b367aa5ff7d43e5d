//! The override file: a curator's corrections to identity resolution, in TOML.
//!
//! ```toml
//! [[party]]          # define a party, or amend a listed one (fields of data/parties.toml)
//! key = "CZ:KSCM"
//! aliases = ["CP of Bohemia & Moravia"]
//!
//! [[merge]]          # every signature of `from` goes to `into` (IRI, list key or spelling)
//! from = "https://w3id.org/cosignet/data/party/ee/communist-party"
//! into = "EE:EUVP"
//!
//! [[keep_apart]]     # different parties, whatever their names' keys say
//! spellings = ["Narnian Communist Party", "Communist Party of Narnia"]
//! ```

use crate::reference::parties::Party;
use serde::Deserialize;
use toml::Spanned;

/// A `[[party]]` entry: a new party (needs `name`) or an amendment of a listed one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyEntry {
    /// `CC:ACRONYM`.
    pub key: String,
    /// Canonical English name (required for a new party).
    #[serde(default)]
    pub name: Option<String>,
    /// Country code.
    #[serde(default)]
    pub country: Option<String>,
    /// Native names to add.
    #[serde(default)]
    pub native: Vec<String>,
    /// Acronyms to add.
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Spellings to add.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Wikidata ID to set.
    #[serde(default)]
    pub wikidata: Option<String>,
    /// Predecessor key to set.
    #[serde(default)]
    pub predecessor: Option<String>,
    /// Successor key to set.
    #[serde(default)]
    pub successor: Option<String>,
    /// A note to set.
    #[serde(default)]
    pub note: Option<String>,
    /// Year of dissolution to set.
    #[serde(default)]
    pub dissolved: Option<u16>,
}

/// A `[[merge]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    /// The identity to fold away: an IRI, a list key, or a spelling.
    pub from: String,
    /// The identity it becomes: an IRI, a list key, or a spelling.
    pub into: String,
}

/// A `[[keep_apart]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeepApart {
    /// Spellings that each name a party of their own.
    pub spellings: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    party: Vec<Spanned<PartyEntry>>,
    #[serde(default)]
    merge: Vec<Spanned<Merge>>,
    #[serde(default)]
    keep_apart: Vec<Spanned<KeepApart>>,
}

/// Where a rule came from: the override file and the line of the rule's table header
/// (`[[party]]`, `[[merge]]`, `[[keep_apart]]`), taken from the parser's span. Shown as
/// "cosignet.toml:12".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The override file as shown.
    pub path: String,
    /// 1-based line of the rule.
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// The overrides, with the origin of each rule.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// Party definitions and amendments.
    pub parties: Vec<(PartyEntry, Origin)>,
    /// Merges.
    pub merges: Vec<(Merge, Origin)>,
    /// Spelling groups kept apart.
    pub keep_apart: Vec<(KeepApart, Origin)>,
}

/// Why an override file was refused, or a rule in it cannot be applied.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct OverrideError {
    /// The file.
    pub path: String,
    /// 1-based line (0 when the parser gave no position).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl OverrideError {
    /// An error about the rule at `origin`.
    pub fn at(origin: &Origin, message: String) -> Self {
        Self {
            path: origin.path.clone(),
            line: origin.line,
            message,
        }
    }
}

/// 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl Overrides {
    /// Parses an override file's text; `path` names it in messages and origins.
    pub fn parse(text: &str, path: &str) -> Result<Self, OverrideError> {
        let file: File = toml::from_str(text).map_err(|e| OverrideError {
            path: path.to_owned(),
            line: e.span().map_or(0, |s| line_at(text, s.start)),
            message: e.message().to_owned(),
        })?;
        let origin = |span: std::ops::Range<usize>| Origin {
            path: path.to_owned(),
            line: line_at(text, span.start),
        };
        let parties: Vec<(PartyEntry, Origin)> = file
            .party
            .into_iter()
            .map(|p| (origin(p.span()), p.into_inner()))
            .map(|(o, p)| (p, o))
            .collect();
        for (p, o) in &parties {
            let ok_key = p
                .key
                .split_once(':')
                .is_some_and(|(c, a)| !c.is_empty() && !a.is_empty());
            if !ok_key {
                return Err(OverrideError::at(
                    o,
                    format!("party key `{}` is not of the form CC:ACRONYM", p.key),
                ));
            }
        }
        let keep_apart: Vec<(KeepApart, Origin)> = file
            .keep_apart
            .into_iter()
            .map(|k| (origin(k.span()), k.into_inner()))
            .map(|(o, k)| (k, o))
            .collect();
        for (k, o) in &keep_apart {
            if k.spellings.len() < 2 {
                return Err(OverrideError::at(
                    o,
                    "keep_apart needs at least two spellings".into(),
                ));
            }
        }
        let merges = file
            .merge
            .into_iter()
            .map(|m| (origin(m.span()), m.into_inner()))
            .map(|(o, m)| (m, o))
            .collect();
        Ok(Self {
            parties,
            merges,
            keep_apart,
        })
    }

    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.parties.is_empty() && self.merges.is_empty() && self.keep_apart.is_empty()
    }

    /// The party list with the `[[party]]` entries applied: amendments change listed
    /// parties, new keys add parties. Returns the list and, per party, the origin of the
    /// entry that touched it.
    pub fn apply_to(&self, listed: &[Party]) -> Result<(Vec<Party>, Vec<Option<Origin>>), OverrideError> {
        let mut parties = listed.to_vec();
        let mut origins: Vec<Option<Origin>> = vec![None; parties.len()];
        for (e, origin) in &self.parties {
            let at = parties.iter().position(|p| p.key.eq_ignore_ascii_case(&e.key));
            let p = match at {
                Some(i) => {
                    origins[i] = Some(origin.clone());
                    &mut parties[i]
                }
                None => {
                    let name = e.name.clone().ok_or_else(|| {
                        OverrideError::at(origin, format!("new party `{}` needs a `name`", e.key))
                    })?;
                    parties.push(Party {
                        key: e.key.clone(),
                        name,
                        country: e
                            .country
                            .clone()
                            .or_else(|| Some(e.key.split(':').next().unwrap_or("").to_owned())),
                        native: Vec::new(),
                        acronyms: Vec::new(),
                        aliases: Vec::new(),
                        wikidata: None,
                        predecessor: None,
                        successor: None,
                        note: None,
                        dissolved: None,
                    });
                    origins.push(Some(origin.clone()));
                    parties.last_mut().expect("just pushed")
                }
            };
            if let Some(n) = &e.name {
                if *n != p.name {
                    p.aliases.push(std::mem::replace(&mut p.name, n.clone()));
                }
            }
            for (field, list) in [
                (&mut p.native, &e.native),
                (&mut p.acronyms, &e.acronyms),
                (&mut p.aliases, &e.aliases),
            ] {
                for v in list {
                    if !field.contains(v) {
                        field.push(v.clone());
                    }
                }
            }
            for (field, v) in [
                (&mut p.country, &e.country),
                (&mut p.wikidata, &e.wikidata),
                (&mut p.predecessor, &e.predecessor),
                (&mut p.successor, &e.successor),
                (&mut p.note, &e.note),
            ] {
                if v.is_some() {
                    field.clone_from(v);
                }
            }
            if e.dissolved.is_some() {
                p.dissolved = e.dissolved;
            }
        }
        // An alias given to one party is taken from any other that had it.
        for (e, _) in &self.parties {
            for alias in &e.aliases {
                let folded = crate::text::fold::key(alias);
                for p in parties.iter_mut().filter(|p| !p.key.eq_ignore_ascii_case(&e.key)) {
                    p.aliases.retain(|a| crate::text::fold::key(a) != folded);
                    p.native.retain(|a| crate::text::fold::key(a) != folded);
                }
            }
        }
        Ok((parties, origins))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_files_name_their_line() {
        let e = Overrides::parse("# notes\n[[party]]\nkey = \"nokey\"\n", "o.toml").unwrap_err();
        assert_eq!((e.line, e.path.as_str()), (2, "o.toml"));
        let e = Overrides::parse("[[merge]]\nfrom = \"a\"\n\ninto = 3\n", "o.toml").unwrap_err();
        assert_eq!(e.line, 4);
        let e = Overrides::parse("[[keep_apart]]\nspellings = [\"one\"]\n", "o.toml").unwrap_err();
        assert!(e.message.contains("two"));
    }
}
