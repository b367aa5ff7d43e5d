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
    /// The same keys whatever the country.
    strict_any: HashMap<Vec<String>, Vec<usize>>,
    loose_any: HashMap<Vec<String>, Vec<usize>>,
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
            strict_any: HashMap::new(),
            loose_any: HashMap::new(),
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
                // Keyed without the country too, for names read with no country beside
                // them: a key that only one listed party has.
                add(
                    &mut idx.strict_any,
                    party_key(g, name, None, Strictness::Strict),
                    i,
                );
                add(&mut idx.loose_any, party_key(g, name, None, Strictness::Loose), i);
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

    /// Finds the listed party a name stands for. `affix` is a country written beside the
    /// name (binding); `hint` a country the name itself mentions (a weaker clue: "New
    /// Communist Party of Yugoslavia" works in Serbia); `language` the statement's language,
    /// which settles an acronym shared by parties of different countries. Only an
    /// unambiguous match counts.
    pub fn find(&self, g: &Gazetteer, name: &str, clues: Clues<'_>) -> Option<(usize, MatchKind)> {
        let Clues {
            affix,
            hint,
            language,
        } = clues;
        let within = |c: Option<usize>| {
            move |i: &usize| c.is_none() || self.countries[*i] == c || self.countries[*i].is_none()
        };
        // One hit; else one present party among dissolved ones; else one in a country
        // where the statement's language is spoken.
        let unique = |hits: Vec<usize>| -> Option<usize> {
            if hits.len() == 1 {
                return Some(hits[0]);
            }
            let present: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|i| self.parties[*i].dissolved.is_none())
                .collect();
            if present.len() == 1 {
                return Some(present[0]);
            }
            let spoken: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|i| self.countries[*i].is_some_and(|c| speaks(language, &g.get(c).key)))
                .collect();
            (spoken.len() == 1).then(|| spoken[0])
        };
        let hits = |list: Option<&Vec<usize>>, c: Option<usize>| -> Vec<usize> {
            list.into_iter().flatten().copied().filter(within(c)).collect()
        };
        let expanded = crate::resolve::expand_abbreviations(name);
        for written in [name, expanded.as_str()] {
            if let Some(i) = unique(hits(self.names.get(&fold_key(written)), affix)) {
                return Some((i, MatchKind::Name));
            }
        }
        // "Party (ACR)" is the party; "Party (marxist-leninist)" is another one: a bracket
        // that is not an acronym must be one of the party's own.
        if let Some((head, bracket)) = name.split_once(['(', '[']) {
            let inner = bracket.split([')', ']']).next().unwrap_or("").trim();
            let own = |i: &usize| {
                let key = super::key::acronym_key(inner);
                self.parties[*i]
                    .acronyms
                    .iter()
                    .any(|a| super::key::acronym_key(a) == key)
            };
            let found = unique(hits(self.names.get(&fold_key(head.trim())), affix));
            if let Some(i) = found.filter(|i| bracket_is_acronym(inner) || own(i)) {
                return Some((i, MatchKind::Name));
            }
        }
        // "Name – ACR" and "ACR – Name" are the party too, when the acronym is its own.
        if let Some((a, b)) = split_at_dash(name) {
            for (head, label) in [(a, b), (b, a)] {
                let key = super::key::acronym_key(label);
                let own = |i: &usize| {
                    self.parties[*i]
                        .acronyms
                        .iter()
                        .any(|x| super::key::acronym_key(x) == key)
                };
                let found = unique(hits(self.names.get(&fold_key(head)), affix));
                if let Some(i) = found.filter(|i| bracket_is_acronym(label) && own(i)) {
                    return Some((i, MatchKind::Name));
                }
            }
        }
        let country = affix.or(hint);
        // An acronym with a bracketed qualifier ("CPI(M)", "CPN (UML)") is one acronym, not
        // the party of its first part.
        let capitals = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if capitals && name.split_whitespace().count() <= 2 {
            let whole = super::key::acronym_key(name);
            if let Some(i) = unique(hits(self.acronyms.get(&whole), country)) {
                return Some((i, MatchKind::Acronym));
            }
        }
        // An acronym the list writes in small letters too ("Pd", "Avs"), written so alone.
        let alone = name.trim();
        if !alone.contains(' ') && !capitals {
            let written = |i: &usize| self.parties[*i].acronyms.iter().any(|a| a == alone);
            let found: Vec<usize> = hits(self.acronyms.get(&super::key::acronym_key(alone)), country)
                .into_iter()
                .filter(written)
                .collect();
            if let Some(i) = unique(found) {
                return Some((i, MatchKind::Acronym));
            }
        }
        for a in super::key::acronyms(name) {
            // An acronym is too weak alone, unless the name is nothing but the acronym; and
            // it must label the name (in brackets, first, or with a word or two beside it),
            // not be mentioned inside it ("Movement for the reorganisation of the KKE").
            let scoped = (country.is_some() && labels(name, &a)) || name.split_whitespace().count() == 1;
            if let Some(i) = unique(hits(self.acronyms.get(&a), country)).filter(|_| scoped) {
                return Some((i, MatchKind::Acronym));
            }
        }
        for (strictness, index, any, kind) in [
            (
                Strictness::Strict,
                &self.strict,
                &self.strict_any,
                MatchKind::StrictKey,
            ),
            (
                Strictness::Loose,
                &self.loose,
                &self.loose_any,
                MatchKind::LooseKey,
            ),
        ] {
            let key = party_key(g, name, country, strictness);
            let found = match country {
                Some(_) => unique(hits(index.get(&(country, key)), country)),
                // No country known: the key must point to one party of any country, and the
                // statement's language must be spoken in that party's country alone ("Partii
                // Razem" in Polish is Razem); a generic key unique only in this list, "Partido
                // Demócrata Cristiano" in a Spanish text, names no country's party.
                None => unique(any.get(&key).cloned().unwrap_or_default())
                    .filter(|&i| self.countries[i].is_some_and(|c| speaks_only(language, &g.get(c).key))),
            };
            if let Some(i) = found {
                return Some((i, kind));
            }
        }
        // A name that mentions another country than the party's own ("New Communist Party
        // of Yugoslavia" works in Serbia): its key with every mention kept, in any country.
        if affix.is_none() && hint.is_some() {
            let key = party_key(g, name, None, Strictness::Strict);
            if let Some(i) = unique(self.strict_any.get(&key).cloned().unwrap_or_default()) {
                return Some((i, MatchKind::StrictKey));
            }
        }
        None
    }
}

impl PartyIndex {
    /// The one listed party with acronym `acronym` whose country the statement names
    /// (`countries_named`, gazetteer indexes), if exactly one is.
    pub fn by_acronym_in_context(&self, acronym: &str, countries_named: &[usize]) -> Option<usize> {
        let hits = self.acronyms.get(&super::key::acronym_key(acronym))?;
        let mut named = hits
            .iter()
            .copied()
            .filter(|i| self.countries[*i].is_some_and(|c| countries_named.contains(&c)));
        let first = named.next()?;
        named.next().is_none().then_some(first)
    }
}

/// The two sides of a name written "A – B" (a dash with spaces around it, once).
pub(crate) fn split_at_dash(name: &str) -> Option<(&str, &str)> {
    const DASHES: [&str; 3] = [" – ", " — ", " - "];
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| name.find(d).map(|i| (i, *d)))
        .min()?;
    let (left, right) = (name[..at].trim(), name[at + dash.len()..].trim());
    if DASHES.iter().any(|d| right.contains(d)) {
        return None;
    }
    (!left.is_empty() && !right.is_empty()).then_some((left, right))
}

/// Whether the text in brackets after a name is an acronym.
fn bracket_is_acronym(inner: &str) -> bool {
    !inner.is_empty() && !inner.contains(' ') && super::key::acronyms(inner).len() == 1
}

/// Whether acronym `a` (as `key::acronym_key` gives it) labels `name`: it stands in
/// brackets, opens the name, follows a dash ("Front – FMLN"), or has at most two other
/// words beside it.
fn labels(name: &str, a: &str) -> bool {
    let bracketed = name
        .split(['(', '['])
        .skip(1)
        .any(|b| super::key::acronym_key(b.split([')', ']']).next().unwrap_or("")) == a);
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let opens = tokens
        .first()
        .is_some_and(|t| super::key::acronym_key(t.trim_end_matches(['-', ':', ','])) == a);
    let after_dash = tokens.windows(2).any(|w| {
        matches!(w[0], "-" | "–" | "—") && super::key::acronym_key(w[1].trim_end_matches([',', ':'])) == a
    });
    bracketed || opens || after_dash || tokens.len() <= 3
}

/// What is known about a name besides its spelling.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clues<'a> {
    /// A country written beside the name (affix).
    pub affix: Option<usize>,
    /// A country the name mentions.
    pub hint: Option<usize>,
    /// The statement's language (ISO 639-1).
    pub language: Option<&'a str>,
}

/// Whether the language with this code is usually written in the country with this key
/// and in no other (its file's `[spoken_in] countries`: Polish).
pub fn speaks_only(language: Option<&str>, country_key: &str) -> bool {
    language.and_then(crate::lang::language).is_some_and(|l| {
        let countries = &l.words.spoken_in.countries;
        countries.iter().count() == 1 && countries.contains(country_key)
    })
}

/// Whether the language with this code is usually written in the country with this key
/// (its file's `[spoken_in] countries`).
pub fn speaks(language: Option<&str>, country_key: &str) -> bool {
    language
        .and_then(crate::lang::language)
        .is_some_and(|l| l.words.spoken_in.countries.contains(country_key))
}
