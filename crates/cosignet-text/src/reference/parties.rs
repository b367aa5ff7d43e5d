//! The bundled list of parties that commonly co-sign statements: canonical English name,
//! native names, acronyms, country, Wikidata ID, renames. Resolution consults it first.

use crate::text::fold::key;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../../../data/parties.toml");

/// One real-world party.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// `CC:ACRONYM`, unique in the list.
    pub key: String,
    /// Canonical English name.
    pub name: String,
    /// Alpha-2 code (or gazetteer key) of the party's country; none for supranational bodies.
    #[serde(default)]
    pub country: Option<String>,
    /// Names in the party's own language(s).
    #[serde(default)]
    pub native: Vec<String>,
    /// Acronyms in use.
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Other spellings and translations.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Wikidata item (Q-number).
    #[serde(default)]
    pub wikidata: Option<String>,
    /// Key of the party it was renamed or merged from.
    #[serde(default)]
    pub predecessor: Option<String>,
    /// Key of the party it became.
    #[serde(default)]
    pub successor: Option<String>,
    /// A short remark for curators.
    #[serde(default)]
    pub note: Option<String>,
    /// Year a historical party ceased to exist.
    #[serde(default)]
    pub dissolved: Option<u16>,
}

impl Party {
    /// Every name by which the party is known: canonical, native and aliases.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name)
            .chain(&self.native)
            .chain(&self.aliases)
    }
}

#[derive(Deserialize)]
struct File {
    party: Vec<Party>,
}

/// The bundled party list (parsed once).
pub fn bundled() -> &'static [Party] {
    static P: OnceLock<Vec<Party>> = OnceLock::new();
    P.get_or_init(|| {
        let file: File = toml::from_str(DATA).expect("data/parties.toml is valid (tidy test)");
        file.party
    })
}

/// Whether a name or acronym is one of a bundled party's (compared folded, so "Pd" is "PD";
/// names of one letter never are).
pub fn known(name: &str) -> bool {
    owners().contains_key(&key(name))
}

/// The key of the one bundled party a name or acronym belongs to (compared folded); none
/// when no party, or more than one, is known by it ("PEV" and "Partido Ecologista «Os
/// Verdes»" are both PT:PEV's).
pub fn party_of(name: &str) -> Option<&'static str> {
    owners().get(&key(name)).copied().flatten()
}

/// Every folded name and acronym of the bundled parties (of two letters or more) with the
/// key of the one party known by it, `None` when several are (built once).
fn owners() -> &'static HashMap<String, Option<&'static str>> {
    static OWNERS: OnceLock<HashMap<String, Option<&'static str>>> = OnceLock::new();
    OWNERS.get_or_init(|| {
        let mut map: HashMap<String, Option<&'static str>> = HashMap::new();
        for p in bundled() {
            for n in p.names().chain(&p.acronyms) {
                let k = key(n);
                if k.chars().count() < 2 {
                    continue;
                }
                map.entry(k)
                    .and_modify(|owner| {
                        if *owner != Some(p.key.as_str()) {
                            *owner = None;
                        }
                    })
                    .or_insert(Some(p.key.as_str()));
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_an_acronym_of_one_party_name_the_same_one() {
        assert_eq!(party_of("Partido Ecologista «Os Verdes»"), Some("PT:PEV"));
        assert_eq!(party_of("pev"), Some("PT:PEV"));
        assert_eq!(party_of("Partia Testowa Niczyja"), None);
    }
}
