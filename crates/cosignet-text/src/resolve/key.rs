//! The identity key of a party name: abbreviations expanded (CP, WP, NCP, UCP), party-type
//! words in eight languages mapped to one English word ("Partido Comunista",
//! "Kommunistische Partei", "Коммунистическая партия" -> `communist party`), articles and
//! "of" dropped, "in" kept ("Communist Party in Denmark" is not "... of Denmark"),
//! acronyms in parentheses set aside, and mentions of the party's country removed.

use crate::reference::countries::{Gazetteer, MentionKind};
use crate::reference::stem::stem;
use crate::text::fold::words;

/// Generic abbreviations and what they stand for.
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("cp", &["communist", "party"]),
    ("wp", &["workers", "party"]),
    ("ncp", &["new", "communist", "party"]),
    ("ucp", &["united", "communist", "party"]),
    ("kp", &["communist", "party"]),
];

/// Canonical words and the folded prefixes (all languages, all inflections) that mean them.
/// Order matters: the first prefix that matches wins, so plurals come before adjectives.
const CANONICAL: &[(&str, &[&str])] = &[
    (
        "communists",
        // In party names the plural is the noun ("Parti des communistes").
        &[
            "communists",
            "communistes",
            "comunistas",
            "comunisti",
            "kommunisten",
            "komunistow",
            "коммунистов",
            "коммунисты",
        ],
    ),
    (
        "communist",
        &["communis", "comunis", "kommunis", "komunis", "коммунис"],
    ),
    (
        "party",
        &[
            "party",
            "partido",
            "parti",
            "partito",
            "partei",
            "partia",
            "partii",
            "partij",
            "partiet",
            "парти",
        ],
    ),
    (
        "workers",
        &[
            "worker",
            "trabajador",
            "travailleur",
            "ouvrier",
            "lavorator",
            "arbeiter",
            "robotnic",
            "рабоч",
            "trabalhador",
            "operai",
        ],
    ),
    (
        "labour",
        &[
            "labour", "labor", "trabajo", "travail", "lavoro", "arbeit", "pracy", "труд", "trabalho",
        ],
    ),
    (
        "united",
        &[
            "united",
            "unified",
            "unida",
            "unido",
            "unifie",
            "unificad",
            "unit",
            "vereinigt",
            "zjednoczon",
            "объединен",
        ],
    ),
    (
        "new",
        &[
            "new", "nuev", "nouve", "novo", "nova", "nuov", "neue", "nowa", "нов",
        ],
    ),
    ("socialist", &["socialis", "sozialis", "socjalis", "социалис"]),
    (
        "revolutionary",
        &[
            "revolution",
            "revolucion",
            "revolucao",
            "rivoluzion",
            "rewolucyj",
            "революц",
        ],
    ),
    ("democratic", &["democra", "demokra", "демократ"]),
    (
        "popular",
        &["popular", "populaire", "popolare", "ludow", "народн"],
    ),
    ("progressive", &["progressi", "progresis", "postep", "прогресс"]),
    (
        "movement",
        &[
            "movement",
            "movimient",
            "mouvement",
            "moviment",
            "bewegung",
            "ruch",
            "движени",
        ],
    ),
    ("union", &["union", "uniao", "unione", "bund", "zwiaz", "союз"]),
    ("front", &["front", "frente", "fronte", "фронт"]),
    ("league", &["league", "liga", "ligue", "лига"]),
    ("marxist", &["marxis", "marksis", "марксис"]),
    ("leninist", &["leninis", "ленинск"]),
    (
        "republic",
        &["republic", "republiq", "repubbli", "republik", "республик"],
    ),
];

/// Words dropped from keys: articles, "of", "and" in the languages read.
const DROPPED: &[&str] = &[
    "the", "of", "and", "de", "del", "la", "el", "los", "las", "du", "des", "le", "les", "l", "da", "do",
    "dos", "das", "della", "dello", "di", "dei", "degli", "der", "die", "den", "dem", "y", "et", "e", "und",
    "i", "и", "a", "o", "os", "as", "il", "lo", "gli", "for", "pour", "para", "per", "fur", "dla", "для",
];

/// Words for "in" (a party *in* a country), kept as `in`.
const IN_WORDS: &[&str] = &["in", "en", "dans", "im", "w", "в", "nel", "nella", "no", "na"];

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
            if !ABBREVIATIONS.iter().any(|(a, _)| *a == f) && !out.contains(&f) {
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

fn canonical(word: &str) -> Option<&'static str> {
    CANONICAL
        .iter()
        .find(|(_, prefixes)| prefixes.iter().any(|p| word.starts_with(p)))
        .map(|(c, _)| *c)
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
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Rank of a canonical word in the English order used for readable slugs.
fn rank(word: &str) -> (u8, String) {
    let r = match word {
        "new" => 0,
        "united" => 1,
        "adj" => 2,
        "popular" => 3,
        "democratic" => 4,
        "revolutionary" => 5,
        "progressive" => 6,
        "socialist" => 7,
        "communist" => 8,
        "marxist" => 9,
        "leninist" => 10,
        "workers" => 11,
        "labour" => 12,
        "party" => 20,
        "movement" => 21,
        "union" => 22,
        "front" => 23,
        "league" => 24,
        "communists" => 25,
        "of" => 29,
        "in" => 30,
        _ if word.starts_with('@') => 31,
        _ => 15,
    };
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
    for w in words(&bare) {
        match ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            Some((_, expansion)) => ws.extend(expansion.iter().map(|s| (*s).to_owned())),
            None => ws.push(w),
        }
    }
    let mentions = g.scan(&ws);
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
        if DROPPED.contains(&w.as_str()) {
            continue;
        }
        if IN_WORDS.contains(&w.as_str()) {
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
