//! The identity key of a party name: abbreviations expanded (CP, WP, NCP, UCP), party-type
//! words in every language of `data/lang` mapped to one English key word ("Partido Comunista",
//! "Kommunistische Partei", "Коммунистическая партия" -> `communist party`), articles and
//! "of" dropped, "in" kept ("Communist Party in Denmark" is not "... of Denmark"),
//! acronyms in parentheses set aside, and mentions of the party's country removed.

use crate::reference::countries::{Gazetteer, MentionKind};
use crate::reference::stem::stem;
use crate::text::fold::words;
use std::sync::OnceLock;

/// The key words (`communist`, `party`...) in the order they are tried, each with the prefixes
/// of every language that stand for it: `shared.toml`'s `identity_key.match_order`, with the
/// `[organisations.key_words]` and `[identity_key.words]` of every language file. Built once.
fn key_words() -> &'static [(String, Vec<String>)] {
    static WORDS: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let all = crate::lang::all();
        let organisation = &all.organisations.key_words;
        let key_only = &all.identity_key.words;
        crate::lang::shared()
            .identity_key
            .match_order
            .iter()
            .map(|word| {
                let prefixes = organisation
                    .get(word)
                    .into_iter()
                    .chain(key_only.get(word))
                    .flat_map(|l| l.iter().map(str::to_owned))
                    .collect();
                (word.to_owned(), prefixes)
            })
            .collect()
    })
}

/// How a key treats the way a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// "Brazilian Communist Party" and "Communist Party of Brazil" get the same key.
    Loose,
    /// They differ: an adjective before the party word becomes `adj`.
    Strict,
}

/// Acronyms written in a name: in parentheses, standalone capitals, or before a dash
/// ("KKE- Parti communiste"); generic abbreviations (CP, WP) excluded.
pub fn acronyms(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in name.split(|c: char| {
        c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '«' | '»' | '"' | '“' | '”')
    }) {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        if t.chars().count() >= 2 && upper >= 2 && upper * 2 >= letters && t.chars().count() <= 12 {
            let f = acronym_key(t);
            if !crate::lang::all().abbreviations.key.contains_key(&f) && !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

/// The comparable form of an acronym: folded, letters and digits only.
/// The comparable form of an acronym: transliterated to Latin ("АКЕЛ" = "AKEL"), folded,
/// letters and digits only.
pub fn acronym_key(acronym: &str) -> String {
    crate::text::fold::slug(acronym, 64).replace('-', "")
}

/// The key word a word stands for: the first (in match order) with a prefix it begins with.
fn canonical(word: &str) -> Option<&'static str> {
    key_words()
        .iter()
        .find(|(_, prefixes)| prefixes.iter().any(|p| word.starts_with(p.as_str())))
        .map(|(c, _)| c.as_str())
}

/// A proper word as it sounds, so that its Latin and Cyrillic spellings meet ("Tudeh" and
/// "Тудэ", "Bohemia" and "Богемии"): transliterated (Cyrillic г as h, as Russian renders
/// foreign names), without h, y as i, doubled letters single.
fn sound(word: &str) -> String {
    let latin = crate::text::fold::slug(&word.replace('г', "h"), 200).replace('-', "");
    let mut out = String::with_capacity(latin.len());
    for c in latin
        .chars()
        .filter(|c| *c != 'h')
        .map(|c| if c == 'y' { 'i' } else { c })
    {
        // A doubled letter is one sound; digits are a number ("2000" is not "20").
        if !(c.is_alphabetic() && out.ends_with(c)) {
            out.push(c);
        }
    }
    out
}

/// Rank of a key word in the order used for readable slugs (`shared.toml`'s
/// `identity_key.slug_order`, where `*` places every word not listed and `@` a country).
fn rank(word: &str) -> (usize, String) {
    let order = &crate::lang::shared().identity_key.slug_order;
    let slot = if word.starts_with('@') { "@" } else { word };
    let r = order
        .position(slot)
        .or_else(|| order.position("*"))
        .unwrap_or(usize::MAX);
    (r, word.to_owned())
}

/// The identity key of a party name whose country (gazetteer index) is known or not.
/// Equal keys mean the same party.
pub fn party_key(g: &Gazetteer, name: &str, country: Option<usize>, strictness: Strictness) -> Vec<String> {
    // Acronyms and countries in parentheses are identity hints, not part of the key; other
    // words there ("(Marxist-Leninist)") are.
    let mut bare = String::new();
    let mut rest = name;
    while let Some(open) = rest.find(['(', '[']) {
        bare.push_str(&rest[..open]);
        let close = rest[open..].find([')', ']']).map_or(rest.len(), |c| open + c);
        let inner = &rest[open + 1..close.min(rest.len())];
        let hint = acronyms(inner).len() == inner.split_whitespace().count() || g.lookup(inner).is_some();
        if !hint {
            bare.push(' ');
            bare.push_str(inner);
        }
        bare.push(' ');
        rest = rest.get(close + 1..).unwrap_or("");
    }
    bare.push_str(rest);
    let mut ws: Vec<String> = Vec::new();
    let abbreviations = &crate::lang::all().abbreviations.key;
    for w in words(&bare) {
        match abbreviations.get(&w) {
            Some(expansion) => ws.extend(expansion.split_whitespace().map(str::to_owned)),
            None => ws.push(w),
        }
    }
    let mentions = g.scan(&ws);
    let identity_key = &crate::lang::all().identity_key;
    let first_party_word = ws.iter().position(|w| canonical(w) == Some("party"));
    let mut tokens: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some(m) = mentions.iter().find(|m| m.start == i) {
            // "Republic of" right before a country adds nothing.
            if tokens.last().is_some_and(|t| t == "republic") {
                tokens.pop();
            }
            // Strict keys tell "Brazilian Communist Party" (an adjective, or a name before
            // the party word: "Polska Partia") from "Communist Party of Brazil" (a name
            // after it), and both from a name that does not mention its country at all.
            if strictness == Strictness::Strict {
                let before_party = first_party_word.is_some_and(|p| m.start < p);
                if m.kind == MentionKind::Adjective || before_party {
                    tokens.push("adj".to_owned());
                } else if tokens.last().is_none_or(|t| t != "in") {
                    tokens.push("of".to_owned());
                }
            }
            if Some(m.country) != country {
                tokens.push(format!("@{}", g.get(m.country).key.to_ascii_lowercase()));
            }
            i = m.end;
            continue;
        }
        let w = &ws[i];
        i += 1;
        if identity_key.dropped.contains(w) {
            continue;
        }
        if identity_key.in_words.contains(w) {
            tokens.push("in".to_owned());
            continue;
        }
        match canonical(w) {
            Some(c) => tokens.push(c.to_owned()),
            None => tokens.push(sound(stem(w))),
        }
    }
    tokens.sort_by_key(|t| rank(t));
    tokens.dedup();
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(name: &str, cc: &str) -> String {
        let g = Gazetteer::bundled();
        party_key(g, name, g.by_code(cc), Strictness::Loose).join(" ")
    }

    #[test]
    fn numbers_in_names_keep_their_digits() {
        assert_ne!(k("Movement 2000", "FR"), k("Movement 20", "FR"));
        assert_ne!(k("Platform 996", "CN"), k("Platform 96", "CN"));
        assert_eq!(sound("Hammmer"), sound("Hamer"));
    }

    #[test]
    fn one_key_across_spellings_and_languages() {
        let expected = k("Communist Party of Britain", "GB");
        for spelling in [
            "CP of Britain",
            "Komunistyczna Partia Brytanii",
            "Parti communiste de Grande-Bretagne",
            "Communist Party of Great Britain",
        ] {
            assert_eq!(k(spelling, "GB"), expected, "{spelling}");
        }
        assert_eq!(
            k("Partido Comunista de Venezuela (PCV)", "VE"),
            k("Communist Party of Venezuela", "VE")
        );
        assert_eq!(
            k("Kommunistische Partei Griechenlands", "GR"),
            k("Communist Party of Greece", "GR")
        );
        assert_eq!(
            k("Коммунистическая партия Украины", "UA"),
            k("Communist Party of Ukraine", "UA")
        );
        assert_eq!(
            k("UCP of Georgia", "GE"),
            k("Unified Communist Party of Georgia", "GE")
        );
        assert_eq!(
            k("Communist party of the Republic of Abkhazia", "abkhazia"),
            k("Communist Party of Abkhazia", "abkhazia")
        );
        assert_eq!(
            k("Workers’ Party of Bangladesh", "BD"),
            k("WP of Bangladesh", "BD")
        );
    }

    #[test]
    fn proper_words_meet_across_scripts() {
        assert_eq!(k("Партия Тудэ", "IR"), k("Tudeh Party", "IR"));
        assert_eq!(
            k("Коммунистическая партия Богемии и Моравии", "CZ"),
            k("Communist Party of Bohemia and Moravia", "CZ")
        );
    }

    #[test]
    fn look_alikes_stay_apart() {
        assert_ne!(
            k("New Communist Party of Britain", "GB"),
            k("Communist Party of Britain", "GB")
        );
        assert_ne!(
            k("Communist Party in Denmark", "DK"),
            k("Communist Party of Denmark", "DK")
        );
        assert_ne!(
            k("Party of Communists of Kyrgyzstan", "KG"),
            k("Communist Party of Kyrgyzstan", "KG")
        );
        let g = Gazetteer::bundled();
        let strict = |n: &str| party_key(g, n, g.by_code("BR"), Strictness::Strict);
        assert_ne!(
            strict("Brazilian Communist Party"),
            strict("Communist Party of Brazil")
        );
    }

    #[test]
    fn acronyms_are_found_but_not_generic_abbreviations() {
        assert_eq!(acronyms("KKE- Parti communiste de Grèce"), ["kke"]);
        assert_eq!(acronyms("German CP (DKP)"), ["dkp"]);
        assert_eq!(acronyms("Philippine Communist Party (PKP-1930)"), ["pkp1930"]);
        assert!(acronyms("Communist Party of Greece").is_empty());
    }
}
