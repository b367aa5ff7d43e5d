//! Places inside countries (regions, provinces, cantons and large cities), from
//! `data/places.toml`: the country of a local organisation named after its place ("POP
//! Vaud", "Corsica Libera (Corsica)") and of a statement dated at a place ("Lausanne, 3
//! September 2024"), and mentions of a country in a report that names its places ("ce
//! lundi à Tunis"). A name two countries share is listed for neither.

use crate::text::fold::key;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../../../data/places.toml");

/// Most words of a place's name.
const MAX_PLACE_WORDS: usize = 4;

#[derive(Deserialize)]
struct File {
    places: BTreeMap<String, Vec<String>>,
}

/// The places by folded name: the country code (as `data/countries.toml` keys it).
fn index() -> &'static HashMap<String, String> {
    static INDEX: OnceLock<HashMap<String, String>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let file: File = toml::from_str(DATA).expect("data/places.toml is valid (tidy test)");
        let mut index = HashMap::new();
        for (code, names) in file.places {
            for name in names {
                index.insert(key(&name), code.clone());
            }
        }
        index
    })
}

/// The country code of a place named whole ("Lausanne", "VAUD", "Île-de-France").
pub fn country_of(name: &str) -> Option<&'static str> {
    let k = key(name);
    if k.is_empty() || k.split(' ').count() > MAX_PLACE_WORDS {
        return None;
    }
    index().get(&k).map(String::as_str)
}

/// Every listed place named in a run of folded words, longest first, left to right:
/// (first word, one past the last, country code).
pub fn scan(words: &[String]) -> Vec<(usize, usize, &'static str)> {
    super::longest_runs(words, MAX_PLACE_WORDS, |run| {
        index().get(&run.join(" ")).map(String::as_str)
    })
}

/// The country code of the place a name ends with, in brackets or as its last words
/// before an acronym in brackets ("Corsica Libera (Corsica)", "POP Vaud", "Partia Razem –
/// Okręg Warszawa", "Centrale des syndicats du Québec (CSQ)"): the longest such ending
/// that is a listed place, of up to [`MAX_PLACE_WORDS`] words, never the whole name; a
/// last word of names joined by slashes is any of them ("KPÖ Kärnten/Koroška").
pub fn country_at_end(name: &str) -> Option<&'static str> {
    let mut t = name.trim();
    // A place in brackets ("(Corsica)"); another bracket, the name's acronym ("Centrale
    // des syndicats du Québec (CSQ)"), is left out.
    if let Some((head, inner)) = t.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        if let Some(code) = country_of(inner) {
            return Some(code);
        }
        t = head.trim_end();
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // A place named in two languages ("KPÖ Kärnten/Koroška"): either name.
    if let Some((last, head)) = words.split_last().filter(|(last, _)| last.contains('/')) {
        return last
            .split('/')
            .filter(|alternative| !alternative.is_empty())
            .find_map(|alternative| country_at_end(&format!("{} {alternative}", head.join(" "))));
    }
    (1..=MAX_PLACE_WORDS.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let tail = words[words.len() - n..].join(" ");
            // A place is written with a capital ("Parti vert du Québec", not "... de la paix").
            let capital = tail.chars().next().is_some_and(char::is_uppercase);
            capital.then(|| country_of(&tail)).flatten()
        })
        .or_else(|| joined_places_at_end(&words))
}

/// The country of places of one country joined by a hyphen in the last word ("Parti
/// communiste Wallonie-Bruxelles", "DKP Berlin-Brandenburg"), after other words.
fn joined_places_at_end(words: &[&str]) -> Option<&'static str> {
    let (last, head) = words.split_last()?;
    if head.is_empty() {
        return None;
    }
    let parts: Vec<&str> = last.split('-').collect();
    if parts.len() < 2 || !parts.iter().all(|p| p.starts_with(char::is_uppercase)) {
        return None;
    }
    let first = country_of(parts[0])?;
    parts[1..]
        .iter()
        .all(|p| country_of(p) == Some(first))
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_in_a_place_has_its_country() {
        for (name, code) in [
            ("POP Vaud", Some("CH")),
            ("Corsica Libera (Corsica)", Some("FR")),
            ("Centrale des syndicats du Québec (CSQ)", Some("CA")),
            ("Partia Razem – Okręg Warszawa", Some("PL")),
            ("KPÖ Kärnten/Koroška", Some("AT")),
            ("Mieterverband Lausanne/Vaud", Some("CH")),
            ("Kärnten/Koroška", None),
            // Places of one country joined by a hyphen; of two countries, none.
            ("Parti communiste Wallonie-Bruxelles", Some("BE")),
            ("Parti Exemple Bruxelles-Lausanne", None),
            // The whole name is no place's; a place in small letters is a word.
            ("Vaud", None),
            ("Comité de défense de la porto", None),
        ] {
            assert_eq!(country_at_end(name), code, "{name}");
        }
        assert_eq!(country_of("Lausanne"), Some("CH"));
        assert_eq!(country_of("Paris, le 3 mai"), None);
    }

    #[test]
    fn scanning_finds_places_longest_first() {
        let ws = crate::text::fold::words("Réunis à Tunis puis à Rio de Janeiro et à Rio, à Bruxelles");
        let found: Vec<(String, &str)> = scan(&ws)
            .into_iter()
            .map(|(start, end, code)| (ws[start..end].join(" "), code))
            .collect();
        assert_eq!(
            found,
            [
                ("tunis".to_owned(), "TN"),
                ("rio de janeiro".to_owned(), "BR"),
                ("bruxelles".to_owned(), "BE")
            ]
        );
    }

    #[test]
    fn every_place_is_named_once_and_by_a_known_country_code() {
        let file: File = toml::from_str(DATA).unwrap();
        let g = super::super::countries::Gazetteer::bundled();
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (code, names) in &file.places {
            assert!(
                g.by_code(code).is_some(),
                "{code} is no country of data/countries.toml"
            );
            for n in names {
                let k = key(n);
                assert!(!k.is_empty(), "{code}: empty name");
                if let Some(other) = seen.insert(k.clone(), code) {
                    assert_eq!(other, code, "`{n}` is listed under {other} and {code}");
                }
                assert!(g.names_exactly(n).is_none(), "`{n}` ({code}) is a country's name");
            }
        }
    }
}
