//! The country gazetteer: every ISO 3166-1 country plus the unrecognised, historical and
//! regional entities statements name, with names and adjectives in every language of
//! `data/lang`.
//! Inflected forms (Polish, Russian and German genitives, adjective endings) are matched
//! by the stemmer, not listed.

use super::stem::{stem, stem_with};
use crate::text::fold::words;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../../../data/countries.toml");
/// Longest country name in words that the scanner tries.
const MAX_WORDS: usize = 6;

/// One country or country-like entity.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    /// Stable key: the alpha-2 code, or a slug for entities without one.
    pub key: String,
    /// ISO 3166-1 alpha-2 code.
    #[serde(default)]
    pub alpha2: Option<String>,
    /// ISO 3166-1 alpha-3 code.
    #[serde(default)]
    pub alpha3: Option<String>,
    /// The alpha-2 code a historical state had.
    #[serde(default)]
    pub former_alpha2: Option<String>,
    /// A user-assigned code (XA, XS, XT) the party list uses for entities without one.
    #[serde(default)]
    pub user_code: Option<String>,
    /// Wikidata item (Q-number).
    #[serde(default)]
    pub wikidata: Option<String>,
    /// Common English short name.
    pub name: String,
    /// `iso`, `unrecognised`, `historical` or `region`.
    pub status: String,
    /// Names by language code, the common short name first.
    #[serde(default)]
    pub names: BTreeMap<String, Vec<String>>,
    /// Adjectives and demonyms by language code, in dictionary form.
    #[serde(default)]
    pub adjectives: BTreeMap<String, Vec<String>>,
    /// Irregular inflected forms no suffix rule derives, by language code.
    #[serde(default)]
    pub genitives: BTreeMap<String, Vec<String>>,
}

impl Country {
    /// The segment used in IRIs: the lowercase alpha-2 code, else the key.
    pub fn iri_segment(&self) -> String {
        self.key.to_ascii_lowercase()
    }
}

#[derive(Deserialize)]
struct File {
    country: Vec<Country>,
}

/// How a country was named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// By one of its names ("Greece", "Grecji").
    Name,
    /// By an adjective or demonym ("Greek", "grecque").
    Adjective,
}

/// A country found in a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index of the first word of the mention.
    pub start: usize,
    /// Index one past the last word.
    pub end: usize,
    /// Index of the country in the gazetteer.
    pub country: usize,
    /// Name or adjective.
    pub kind: MentionKind,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    country: usize,
    kind: MentionKind,
    /// Indexed in its written (folded) form rather than as a stem.
    exact: bool,
    /// Letters the stemmer took from the form's last word (none for a written form).
    ending: usize,
}

/// Letters the stemmer takes from a word.
fn ending_len(word: &str) -> usize {
    ending_len_with(word, &crate::lang::all().stemmer.endings)
}

/// Letters a language's stemmer takes from a word.
fn ending_len_with(word: &str, endings: &crate::lang::List) -> usize {
    word.chars().count() - stem_with(word, endings).chars().count()
}

/// The gazetteer with its lookup index.
#[derive(Debug)]
pub struct Gazetteer {
    countries: Vec<Country>,
    /// Written forms, and stems by the endings of every language (a text of unknown
    /// language, a name out of context).
    index: HashMap<String, Vec<Entry>>,
    /// By language code: the stems of that language's own forms by that language's own
    /// endings, for reading a text known to be in it.
    inflected: HashMap<&'static str, HashMap<String, Vec<Entry>>>,
    by_code: HashMap<String, usize>,
}

/// A country's name or adjective as the index keys it, by a stemmer of these endings: its
/// written form, its stem and the length of the ending cut from its last word; none for a
/// form of no word or of more than [`MAX_WORDS`].
fn keys(form: &str, endings: &crate::lang::List) -> Option<(String, String, usize)> {
    let ws = words(form);
    if ws.is_empty() || ws.len() > MAX_WORDS {
        return None;
    }
    let stemmed = ws
        .iter()
        .map(|w| stem_with(w, endings))
        .collect::<Vec<_>>()
        .join(" ");
    let ending = ws.last().map_or(0, |w| ending_len_with(w, endings));
    Some((ws.join(" "), stemmed, ending))
}

/// Adds an entry under `key` unless the country already has one of that kind there.
fn add_entry(index: &mut HashMap<String, Vec<Entry>>, key: String, entry: Entry) {
    let list = index.entry(key).or_default();
    if !list
        .iter()
        .any(|e| e.country == entry.country && e.kind == entry.kind && e.exact == entry.exact)
    {
        list.push(entry);
    }
}

impl Gazetteer {
    /// The bundled gazetteer (parsed once).
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let file: File = toml::from_str(DATA).expect("data/countries.toml is valid (tidy test)");
            Gazetteer::new(file.country)
        })
    }

    fn new(countries: Vec<Country>) -> Self {
        let mut index: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut by_code = HashMap::new();
        for (i, c) in countries.iter().enumerate() {
            by_code.insert(c.key.to_ascii_uppercase(), i);
            for code in [&c.alpha2, &c.alpha3, &c.former_alpha2, &c.user_code]
                .into_iter()
                .flatten()
            {
                by_code.entry(code.to_ascii_uppercase()).or_insert(i);
            }
            let names = c.names.values().flatten().chain(c.genitives.values().flatten());
            let name_forms = std::iter::once(&c.name).chain(names);
            let adjective_forms = c.adjectives.values().flatten();
            let forms = name_forms
                .map(|n| (n, MentionKind::Name))
                .chain(adjective_forms.map(|a| (a, MentionKind::Adjective)));
            for (form, kind) in forms {
                let Some((exact, stemmed, ending)) = keys(form, &crate::lang::all().stemmer.endings) else {
                    continue;
                };
                if stemmed != exact {
                    add_entry(
                        &mut index,
                        stemmed,
                        Entry {
                            country: i,
                            kind,
                            exact: false,
                            ending,
                        },
                    );
                }
                add_entry(
                    &mut index,
                    exact,
                    Entry {
                        country: i,
                        kind,
                        exact: true,
                        ending: 0,
                    },
                );
            }
        }
        let mut inflected: HashMap<&'static str, HashMap<String, Vec<Entry>>> = HashMap::new();
        for lang in crate::lang::languages() {
            let endings = &lang.words.stemmer.endings;
            let own = inflected.entry(lang.code).or_default();
            for (i, c) in countries.iter().enumerate() {
                let english = (lang.code == "en").then_some(&c.name);
                let forms = english
                    .into_iter()
                    .chain(c.names.get(lang.code).into_iter().flatten())
                    .chain(c.genitives.get(lang.code).into_iter().flatten())
                    .map(|n| (n, MentionKind::Name))
                    .chain(
                        c.adjectives
                            .get(lang.code)
                            .into_iter()
                            .flatten()
                            .map(|a| (a, MentionKind::Adjective)),
                    );
                for (form, kind) in forms {
                    let Some((exact, stemmed, ending)) = keys(form, endings) else {
                        continue;
                    };
                    if stemmed != exact {
                        add_entry(
                            own,
                            stemmed,
                            Entry {
                                country: i,
                                kind,
                                exact: false,
                                ending,
                            },
                        );
                    }
                }
            }
        }
        Self {
            countries,
            index,
            inflected,
            by_code,
        }
    }

    /// All entities, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The entity at `index` (as returned in a [`Mention`]).
    pub fn get(&self, index: usize) -> &Country {
        &self.countries[index]
    }

    /// The entity with this key, alpha-2 or alpha-3 code (case-insensitive).
    pub fn by_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(&code.trim().to_ascii_uppercase()).copied()
    }

    /// Best entry for a run of folded words, trying the written form before the stems.
    fn lookup_words(&self, ws: &[String]) -> Option<Entry> {
        let exact = ws.join(" ");
        if let Some(list) = self.index.get(&exact) {
            if let Some(e) = pick(list, true) {
                return Some(e);
            }
        }
        let stemmed = ws.iter().map(|w| stem(w)).collect::<Vec<_>>().join(" ");
        let ending = ws.last().map_or(0, |w| ending_len(w));
        let list = self.index.get(&stemmed)?;
        pick(&inflections(list, ending), false)
    }

    /// As [`Gazetteer::lookup_words`] for words of a text in a language whose inflections
    /// `own` indexes: a word counts as a form of a name or adjective of that language
    /// alone, cut by that language's endings. In a Spanish text "pero" (but) is no form of
    /// the French "Pérou", nor "Palas" of "Palau" (Spanish has no ending "u").
    fn lookup_words_in(
        &self,
        ws: &[String],
        own: &HashMap<String, Vec<Entry>>,
        endings: &crate::lang::List,
    ) -> Option<Entry> {
        // The written forms under a key, and the language's stems.
        let under = |key: &str| -> Vec<Entry> {
            let written = self.index.get(key).into_iter().flatten().filter(|e| e.exact);
            written
                .chain(own.get(key).into_iter().flatten())
                .copied()
                .collect()
        };
        // A word may be the stem itself ("Włoch" of "Włochy").
        if let Some(e) = pick(&under(&ws.join(" ")), true) {
            return Some(e);
        }
        // An inflected form of a name as written ("Lettlands", "senegalaise"), or of
        // another form's stem.
        let stemmed = ws
            .iter()
            .map(|w| stem_with(w, endings))
            .collect::<Vec<_>>()
            .join(" ");
        let ending = ws.last().map_or(0, |w| ending_len_with(w, endings));
        pick(&inflections(&under(&stemmed), ending), false)
    }

    /// The country a whole phrase names ("Bahrain", "MEXICO", "the Czech Republic",
    /// "Russie", "FYROM"), by name or adjective, or by alpha-2/alpha-3 code when the phrase
    /// is an uppercase code.
    pub fn lookup(&self, phrase: &str) -> Option<(usize, MentionKind)> {
        let trimmed = phrase.trim();
        let mut ws = words(trimmed);
        let articles = &crate::lang::all().grammar.country_articles;
        if ws.first().is_some_and(|w| articles.contains(w)) {
            ws.remove(0);
        }
        if ws.is_empty() || ws.len() > MAX_WORDS {
            return None;
        }
        if let Some(e) = self.lookup_words(&ws) {
            return Some((e.country, e.kind));
        }
        let is_code = (2..=3).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_uppercase());
        if is_code {
            return self.by_code(trimmed).map(|i| (i, MentionKind::Name));
        }
        None
    }

    /// The country a whole phrase names by one of its names exactly as written (folded),
    /// not by a form found through the stemmer ("Sambia" names Zambia; "Samba" does not).
    pub fn names_exactly(&self, phrase: &str) -> Option<usize> {
        let exact = words(phrase.trim()).join(" ");
        self.index
            .get(&exact)?
            .iter()
            .find(|e| e.exact && e.kind == MentionKind::Name)
            .map(|e| e.country)
    }

    /// The country a whole phrase names by its name or code, not by an adjective
    /// ("Greece", "GR"; not "Greek").
    pub fn lookup_name(&self, phrase: &str) -> Option<usize> {
        self.lookup(phrase)
            .filter(|(_, k)| *k == MentionKind::Name)
            .map(|(i, _)| i)
    }

    /// Every country mentioned in a run of folded words, longest match first, left to right.
    pub fn scan(&self, ws: &[String]) -> Vec<Mention> {
        self.scan_with(ws, |w| self.lookup_words(w))
    }

    /// As [`Gazetteer::scan`] for the words of a text in `language` (ISO 639-1): inflected
    /// forms only of that language's own names and adjectives (of any language's when
    /// `data/lang` has no such language).
    pub fn scan_in(&self, ws: &[String], language: &str) -> Vec<Mention> {
        match (self.inflected.get(language), crate::lang::language(language)) {
            (Some(own), Some(lang)) => {
                self.scan_with(ws, |w| self.lookup_words_in(w, own, &lang.words.stemmer.endings))
            }
            _ => self.scan(ws),
        }
    }

    fn scan_with(&self, ws: &[String], lookup: impl Fn(&[String]) -> Option<Entry>) -> Vec<Mention> {
        super::longest_runs(ws, MAX_WORDS, lookup)
            .into_iter()
            .map(|(start, end, e)| Mention {
                start,
                end,
                country: e.country,
                kind: e.kind,
            })
            .collect()
    }
}

/// The entries of a stem that a word whose ending is `ending` letters long can be a form
/// of. An inflected name trades the name's ending for another; a shorter one that is not
/// nothing cuts the stem elsewhere: "libera" (liber-a) is no form of "Liberia" (liber-ia),
/// though "Grecji" (grec-ji) is one of "Grecja" and "Włoch" of "Włochy". Adjectives and
/// demonyms vary more ("армяне", "армянский").
fn inflections(list: &[Entry], ending: usize) -> Vec<Entry> {
    list.iter()
        .filter(|e| e.kind == MentionKind::Adjective || ending == 0 || ending >= e.ending)
        .copied()
        .collect()
}

/// Chooses among entries for one key: written forms when the text was matched as written,
/// stems when it was matched by its stem (both sides inflected), names before adjectives.
fn pick(list: &[Entry], written: bool) -> Option<Entry> {
    let rank = |e: &Entry| (e.exact != written, e.kind == MentionKind::Adjective);
    let best = list.iter().min_by_key(|e| rank(e))?;
    // Two countries equally good: the phrase is ambiguous, name neither.
    let ties = list
        .iter()
        .filter(|e| rank(e) == rank(best) && e.country != best.country);
    if ties.count() > 0 {
        return None;
    }
    Some(*best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_of(g: &Gazetteer, phrase: &str) -> Option<String> {
        g.lookup(phrase).map(|(i, _)| g.get(i).name.clone())
    }

    #[test]
    fn names_in_many_languages_and_forms_resolve() {
        let g = Gazetteer::bundled();
        for (phrase, expected) in [
            ("Britain", "United Kingdom"),
            ("MEXICO", "Mexico"),
            ("Czech Republic", "Czech Republic"),
            ("République Tchèque", "Czech Republic"),
            ("Russie", "Russia"),
            ("Grecji", "Greece"),
            ("Brytanii", "United Kingdom"),
            ("Griechenlands", "Greece"),
            ("Украины", "Ukraine"),
            ("Moldavia", "Moldova"),
            ("Pridnestrovian", "Transnistria"),
            ("FYROM", "North Macedonia"),
            ("Brazilian", "Brazil"),
            ("Liberii", "Liberia"),
        ] {
            assert_eq!(name_of(g, phrase).as_deref(), Some(expected), "{phrase}");
        }
        assert_eq!(name_of(g, "Party"), None);
        assert_eq!(name_of(g, "Libera"), None);
        assert_eq!(name_of(g, "Central Committee"), None);
    }

    #[test]
    fn scanning_finds_the_longest_mention() {
        let g = Gazetteer::bundled();
        let ws = words("Communist party of the Republic of South Ossetia");
        let found = g.scan(&ws);
        assert_eq!(found.len(), 1);
        assert_eq!(g.get(found[0].country).name, "South Ossetia");
        let ws = words("Party of the Bulgarian Communists");
        let m = g.scan(&ws);
        assert_eq!(
            (g.get(m[0].country).name.as_str(), m[0].kind),
            ("Bulgaria", MentionKind::Adjective)
        );
    }

    #[test]
    fn a_text_in_a_known_language_names_countries_by_that_language_s_inflections() {
        let g = Gazetteer::bundled();
        let named = |text: &str, language: &str| -> Vec<String> {
            g.scan_in(&words(text), language)
                .iter()
                .map(|m| g.get(m.country).name.clone())
                .collect()
        };
        // Words of the language that look like another language's forms of a name.
        assert!(named("pero los vecinos de Palas de Rei no quieren la planta", "es").is_empty());
        // The language's own inflections, of names and of adjectives.
        assert_eq!(
            named("die Kommunisten Lettlands und Griechenlands", "de"),
            ["Latvia", "Greece"]
        );
        assert_eq!(
            named("partie komunistyczne Grecji i Włoch", "pl"),
            ["Greece", "Italy"]
        );
        assert_eq!(named("la gauche sénégalaise", "fr"), ["Senegal"]);
        assert_eq!(named("os partidos portugueses", "pt"), ["Portugal"]);
        // Written forms of any language count in every language.
        assert_eq!(named("une délégation de Deutschland", "fr"), ["Germany"]);
        // A language data/lang lacks: every language's inflections, as `scan`.
        let ws = words("pero Palas");
        assert_eq!(g.scan_in(&ws, "xx"), g.scan(&ws));
    }

    #[test]
    fn abkhazia_has_no_code_but_a_key() {
        let g = Gazetteer::bundled();
        let (i, _) = g.lookup("Abkhazia").unwrap();
        assert!(g.get(i).alpha2.is_none());
        assert_eq!(
            g.by_code("GB").map(|i| g.get(i).name.as_str()),
            Some("United Kingdom")
        );
    }
}
