//! Lookup of the bundled party list by exact name, acronym and identity key.

use super::key::{acronym_key, party_key, Strictness};
use crate::reference::countries::Gazetteer;
use crate::reference::parties::Party;
use crate::text::fold::key as fold_key;
use std::collections::HashMap;

/// How a spelling was matched to a listed party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// One of its names as listed.
    Name,
    /// An acronym written in the name.
    Acronym,
    /// The identity key with adjective/"of" kept apart.
    StrictKey,
    /// The identity key.
    LooseKey,
}

/// The party list, indexed.
#[derive(Debug)]
pub struct PartyIndex {
    parties: Vec<Party>,
    countries: Vec<Option<usize>>,
    names: HashMap<String, Vec<usize>>,
    acronyms: HashMap<String, Vec<usize>>,
    strict: HashMap<(Option<usize>, Vec<String>), Vec<usize>>,
    loose: HashMap<(Option<usize>, Vec<String>), Vec<usize>>,
}

fn add<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Vec<usize>>, key: K, i: usize) {
    let list = map.entry(key).or_default();
    if !list.contains(&i) {
        list.push(i);
    }
}

impl PartyIndex {
    /// Indexes a party list against the gazetteer.
    pub fn new(g: &Gazetteer, parties: Vec<Party>) -> Self {
        let mut idx = Self {
            countries: parties
                .iter()
                .map(|p| p.country.as_deref().and_then(|c| g.by_code(c)))
                .collect(),
            parties,
            names: HashMap::new(),
            acronyms: HashMap::new(),
            strict: HashMap::new(),
            loose: HashMap::new(),
        };
        for i in 0..idx.parties.len() {
            let country = idx.countries[i];
            let p = idx.parties[i].clone();
            for name in p.names() {
                add(&mut idx.names, fold_key(name), i);
                add(
                    &mut idx.strict,
                    (country, party_key(g, name, country, Strictness::Strict)),
                    i,
                );
                add(
                    &mut idx.loose,
                    (country, party_key(g, name, country, Strictness::Loose)),
                    i,
                );
            }
            for a in &p.acronyms {
                add(&mut idx.acronyms, acronym_key(a), i);
            }
        }
        idx
    }

    /// The listed party at `i`.
    pub fn get(&self, i: usize) -> &Party {
        &self.parties[i]
    }

    /// All listed parties.
    pub fn parties(&self) -> &[Party] {
        &self.parties
    }

    /// Gazetteer index of the listed party's country.
    pub fn country(&self, i: usize) -> Option<usize> {
        self.countries[i]
    }

    /// Position of a party by its list key (`GB:CPB`).
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.key.eq_ignore_ascii_case(key))
    }

    /// Finds the listed party a name stands for, given the country if known. Only an
    /// unambiguous match counts.
    pub fn find(&self, g: &Gazetteer, name: &str, country: Option<usize>) -> Option<(usize, MatchKind)> {
        let fits =
            |i: &usize| country.is_none() || self.countries[*i] == country || self.countries[*i].is_none();
        // One hit, or one present party among hits that are otherwise dissolved ones.
        let unique = |list: Option<&Vec<usize>>| -> Option<usize> {
            let hits: Vec<usize> = list?.iter().copied().filter(|i| fits(i)).collect();
            let present: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|i| self.parties[*i].dissolved.is_none())
                .collect();
            match (hits.len(), present.len()) {
                (1, _) => Some(hits[0]),
                (_, 1) => Some(present[0]),
                _ => None,
            }
        };
        let expanded = crate::resolve::expand_abbreviations(name);
        for written in [name, expanded.as_str()] {
            if let Some(i) = unique(self.names.get(&fold_key(written))) {
                return Some((i, MatchKind::Name));
            }
        }
        for a in super::key::acronyms(name) {
            // An acronym alone is too weak without a country to check it against.
            let hits: Vec<usize> = self
                .acronyms
                .get(&a)
                .into_iter()
                .flatten()
                .copied()
                .filter(|i| fits(i))
                .collect();
            let scoped = country.is_some() || name.split_whitespace().count() == 1;
            if hits.len() == 1 && scoped {
                return Some((hits[0], MatchKind::Acronym));
            }
        }
        let key_country = country;
        if let Some(i) = unique(
            self.strict
                .get(&(key_country, party_key(g, name, key_country, Strictness::Strict))),
        ) {
            return Some((i, MatchKind::StrictKey));
        }
        unique(
            self.loose
                .get(&(key_country, party_key(g, name, key_country, Strictness::Loose))),
        )
        .map(|i| (i, MatchKind::LooseKey))
    }
}
