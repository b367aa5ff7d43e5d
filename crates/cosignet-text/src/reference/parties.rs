//! The bundled list of parties that commonly co-sign statements: canonical English name,
//! native names, acronyms, country, Wikidata ID, renames. Resolution consults it first.

use crate::text::fold::key;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
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

/// Whether a name or acronym is one of a bundled party's: a name compared folded (names of
/// one letter never are), an acronym only written as one, mostly in capitals ("PD",
/// "PCdoB", "KPÖ"), or in a form the list gives ("Pd", as Italian papers write it): "Tim",
/// a first name, is not the acronym "TIM", nor "El", an article, "EL".
pub fn known(name: &str) -> bool {
    let k = key(name);
    if name_keys().contains(&k) {
        return true;
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    let in_capitals = capitals >= 2 && 2 * capitals > letters.len();
    (in_capitals || acronym_forms().contains(name.trim())) && owners().contains_key(&k)
}

/// Every acronym of the bundled parties as the list writes it (built once).
fn acronym_forms() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        bundled()
            .iter()
            .flat_map(|p| &p.acronyms)
            .map(String::as_str)
            .collect()
    })
}

/// The folded names (not acronyms) of the bundled parties (built once).
fn name_keys() -> &'static HashSet<String> {
    static NAMES: OnceLock<HashSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        bundled()
            .iter()
            .flat_map(Party::names)
            .map(|n| key(n))
            .filter(|k| k.chars().count() >= 2)
            .collect()
    })
}

/// The key of the bundled party a name or acronym belongs to (compared folded): its one
/// owner, or of several ("CPB": Britain's, Belarus's, ...) the one whose country `present`
/// says the text's other parties are of, when exactly one is ("PEV" beside Portuguese
/// parties is Portugal's).
pub fn party_of(name: &str, present: impl Fn(&str) -> bool) -> Option<&'static str> {
    match owners().get(&key(name))?.as_slice() {
        [one] => Some(one),
        several => {
            let mut here = several.iter().filter(|p| present(country_of_key(p)));
            match (here.next(), here.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
    }
}

/// The country part of a party's key ("PT" of "PT:PEV").
pub fn country_of_key(key: &str) -> &str {
    key.split_once(':').map_or(key, |(country, _)| country)
}

/// Every folded name and acronym of the bundled parties (of two letters or more) with the
/// keys of the parties known by it (built once).
fn owners() -> &'static HashMap<String, Vec<&'static str>> {
    static OWNERS: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    OWNERS.get_or_init(|| {
        let mut map: HashMap<String, Vec<&'static str>> = HashMap::new();
        for p in bundled() {
            for n in p.names().chain(&p.acronyms) {
                let k = key(n);
                if k.chars().count() < 2 {
                    continue;
                }
                let owners = map.entry(k).or_default();
                if !owners.contains(&p.key.as_str()) {
                    owners.push(p.key.as_str());
                }
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
        let nowhere = |_: &str| false;
        assert_eq!(
            party_of("Partido Ecologista «Os Verdes»", nowhere),
            Some("PT:PEV")
        );
        assert_eq!(party_of("Partia Testowa Niczyja", nowhere), None);
        // An acronym of several parties: the one of a country the text's parties are of.
        assert_eq!(party_of("pev", nowhere), None);
        assert_eq!(party_of("PEV", |c: &str| c == "PT"), Some("PT:PEV"));
        assert_eq!(party_of("PEV", |c: &str| c == "PT" || c == "CL"), None);
    }

    #[test]
    fn an_acronym_is_known_only_written_as_one_or_as_the_list_writes_it() {
        assert!(known("PEV") && known("pEV") && !known("Pev") && !known("pev"));
        assert!(known("Partido Ecologista «Os Verdes»"));
        assert!(known("partido ecologista «os verdes»"));
        assert!(known("EL") && !known("El"));
        // Italian papers write "Pd"; the list gives that form.
        assert!(known("Pd") && !known("pd"));
    }
}
