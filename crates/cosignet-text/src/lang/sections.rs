//! The sections of a language file, as typed structs: every section and key is required
//! (no defaults) and none may be unknown, so a file that misses one, or misspells one, does
//! not load. The meaning of each is in `data/lang/README.md`; the doc comments here say how
//! the code matches entries.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The entries of one key: words, phrases or prefixes, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct List(Vec<String>);

impl List {
    /// Whether `word` is one of the entries.
    pub fn contains(&self, word: &str) -> bool {
        self.0.iter().any(|e| e == word)
    }

    /// Whether `text` begins with one of the entries (the entries are prefixes).
    pub fn begins(&self, text: &str) -> bool {
        self.0.iter().any(|e| text.starts_with(e.as_str()))
    }

    /// The position of `word` among the entries.
    pub fn position(&self, word: &str) -> Option<usize> {
        self.0.iter().position(|e| e == word)
    }

    /// The entries, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries with `before` and `after` around each (" met in ", ", led by "), to find
    /// them as whole words inside a sentence. Callers build this once.
    pub fn padded(&self, before: &str, after: &str) -> Vec<String> {
        self.0.iter().map(|e| format!("{before}{e}{after}")).collect()
    }

    /// How many words the longest entry has that `words` hold from `at` on, word for word
    /// (entries are phrases of whole words, compared as written: fold `words` first).
    pub fn phrase_at(&self, words: &[String], at: usize) -> Option<usize> {
        self.0
            .iter()
            .map(|e| e.split_whitespace().collect::<Vec<_>>())
            .filter(|p| {
                words
                    .get(at..at + p.len())
                    .is_some_and(|w| w.iter().zip(p).all(|(w, p)| w == p))
            })
            .map(|p| p.len())
            .max()
    }
}

/// Key words of the identity key (`communist`, `party`...) and the prefixes that stand for
/// each.
pub type KeyWords = BTreeMap<String, List>;

/// Everything one language file says, section by section.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Telling the language of a text.
    pub detection: Detection,
    /// Where the language is spoken.
    pub spoken_in: SpokenIn,
    /// Words that mark a name as an organisation's.
    pub organisations: Organisations,
    /// Generic abbreviations of party types.
    pub abbreviations: Abbreviations,
    /// The identity key of party names.
    pub identity_key: IdentityKey,
    /// Organs of a party (committees, bureaus), which are not parties.
    pub organs: Organs,
    /// Roles of signing persons.
    pub roles: Roles,
    /// Lines that introduce a list of signatories.
    pub lead_ins: LeadIns,
    /// "On behalf of" openers.
    pub on_behalf: OnBehalf,
    /// Signing in prose.
    pub signing: Signing,
    /// "And".
    pub conjunctions: Conjunctions,
    /// Telling headlines from names.
    pub headlines: Headlines,
    /// Page furniture.
    pub page: Page,
    /// Tables of signatories.
    pub tables: Tables,
    /// Persons' names.
    pub names: Names,
    /// Articles and prepositions.
    pub grammar: Grammar,
    /// Words around dates.
    pub dates: Dates,
    /// Month names and abbreviations, with their number (1 to 12).
    pub months: BTreeMap<String, u8>,
    /// Number words, with their value.
    pub numbers: BTreeMap<String, u32>,
    /// Counts of signatories a text claims.
    pub counts: Counts,
    /// Sentences that say where and when a statement was made.
    pub meetings: Meetings,
    /// Salutations.
    pub salutations: Salutations,
    /// The stemmer's endings.
    pub stemmer: Stemmer,
}

/// `[detection]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Detection {
    /// Frequent short words, counted in a text (whole words).
    pub stopwords: List,
}

/// `[spoken_in]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpokenIn {
    /// Keys of `data/countries.toml` whose statements are usually in the language.
    pub countries: List,
}

/// `[organisations]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisations {
    /// Prefixes of words that mark an organisation's name.
    pub prefixes: List,
    /// Prefixes that mark an organisation and that the identity key reads as a key word.
    pub key_words: KeyWords,
    /// Prefixes of the noun "party".
    pub party_noun: List,
    /// Plurals that make a name a group of parties (whole words).
    pub groups: List,
    /// Words naming a local or regional branch between a party's name and its place
    /// (whole words, folded).
    pub branches: List,
}

/// `[abbreviations]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Abbreviations {
    /// Generic party abbreviations (whole words).
    pub parties: List,
    /// Abbreviations the identity key expands, with the key words they stand for.
    pub key: BTreeMap<String, String>,
    /// Abbreviations as written (capitals) and the words they are spelled out as.
    pub spelled_out: BTreeMap<String, String>,
}

/// `[identity_key]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityKey {
    /// Words dropped from keys (whole words).
    pub dropped: List,
    /// Words for "in", kept as `in` (whole words).
    pub in_words: List,
    /// Prefixes the key reads as a key word, and that alone do not mark an organisation.
    pub words: KeyWords,
}

/// `[organs]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organs {
    /// Openings of an organ's name (prefixes of the folded name).
    pub phrases: List,
    /// Prefixes of the nouns that name an organ.
    pub stems: List,
    /// "Of" words after which an organ's name goes on to its party (whole words).
    pub links: List,
}

/// `[roles]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// Nouns that head a role (whole words, or the end of a compound).
    pub heads: List,
    /// Other words of a role (whole words).
    pub qualifiers: List,
    /// Ordinals in Roman numerals that open a role before its head ("I sekretarz KC"),
    /// matched only when written in capitals.
    pub ordinals: List,
}

/// `[lead_ins]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LeadIns {
    /// Phrases that introduce a list of signatories (at a word's start).
    pub phrases: List,
    /// Participles that do so as the last word before a colon.
    pub before_colon: List,
}

/// `[on_behalf]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OnBehalf {
    /// Openers that need no colon after the organisation.
    pub strong: List,
    /// Openers that need one (or a bare party name).
    pub weak: List,
}

/// `[signing]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// Phrases after which a sentence lists its signatories.
    pub signed_by: List,
    /// Prefixes of the verbs and nouns of signing.
    pub verbs: List,
    /// Prefixes of words that back a text ("endors", "unterstutz"): with an agent word after
    /// them, a sentence lists who backs it.
    pub backing: List,
    /// The words that name the agent after a signing or backing participle ("by", "par",
    /// "pelo").
    pub agents: List,
    /// "Led by" phrases after a delegation's party.
    pub led_by: List,
    /// Passive sentences that list the signatories between two words.
    pub passive: Vec<Passive>,
    /// Phrases that name who proposed, initiated or translated a text ("proposed by", "à
    /// l'initiative de", "Перевод с английского"): a line holding one names no signatory
    /// by itself.
    pub proposed_by: List,
    /// Phrases that say a party did not sign ("did not sign", "non figurano tra i
    /// firmatari"): a sentence holding one lists no signatory.
    pub not_signed: List,
    /// Phrases that say whom a person signed for or represented ("represented by", "on
    /// behalf of"): a report's sentence holding one names a signer beside a party.
    pub represented: List,
    /// Phrases after an organisation in a list entry that open its signer ("Party X,
    /// represented by Jane Doe, chair": "represented by", "représenté par"), folded.
    pub represented_by: List,
    /// Words after a comma that open some of the signers of the clause before it
    /// ("joined the appeal, including A, B and C": "including", "darunter", "tra cui").
    pub including: List,
    /// Words that deny a signing verb near them ("not", "tampoco", "не"): a report's
    /// sentence with one names no signer.
    pub negations: List,
}

/// A passive signing sentence: "... `auxiliary` `by` A, B und C `verb`" ("Die Erklärung
/// wurde von der A, der B und der C unterzeichnet"). Compared as written.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Passive {
    /// The word before the signatories ("von").
    pub by: String,
    /// The participle after them ("unterzeichnet").
    pub verb: String,
    /// The auxiliary verb dropped from the end of the list ("wurde").
    pub auxiliary: String,
}

/// `[conjunctions]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conjunctions {
    /// The plain "and", which after a comma also starts a sentence's next clause.
    pub plain: List,
    /// Other words that join the last two items of a list.
    pub other: List,
    /// Words that pair two parallel lists item by item ("respectively").
    pub respectively: List,
}

/// `[headlines]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Headlines {
    /// Nouns for a document (whole words).
    pub document_words: List,
    /// Prefixes of the words party names are made of.
    pub name_words: List,
    /// Short words that stand lowercase inside names and titles (whole words).
    pub function_words: List,
    /// Words that open a headline's topic after the parties it names ("on", "sur", "zum":
    /// phrases of whole words).
    pub topic_links: List,
}

/// `[page]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Openings of lines that introduce links (at a line's start).
    pub navigation: List,
    /// Lines that are a site menu item (whole line).
    pub menu: List,
    /// Words for "page" before a page number (whole words).
    pub page_words: List,
    /// Headings of a comments section (whole line but a count).
    pub comments: List,
    /// Openings of a phone or fax line (prefixes).
    pub phone: List,
    /// First words of an author or source line (whole words).
    pub byline: List,
    /// Words of a row of share buttons (whole words).
    pub share: List,
    /// Words that open a photo's caption or credit before a colon ("Photo:", "Фото:");
    /// such a line is page furniture (whole words).
    pub captions: List,
    /// Headings of a contact block ("Für Rückfragen:", "Press contact:"): the names and
    /// numbers under one are the page's, not signatories (the heading's words, folded).
    pub contact: List,
}

/// `[tables]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tables {
    /// Words of column headings (whole words).
    pub column_headings: List,
}

/// `[names]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Lowercase particles inside persons' names (compared as written).
    pub particles: List,
    /// Titles before a person's name ("dr", "prof"), folded, without their dot.
    pub titles: List,
    /// Forms of address before a person's name ("cde", "comrade"), folded, without their
    /// dot: dropped from the person.
    pub address_forms: List,
    /// Marks of a signature before the signer's name ("fdo" of "Fdo.: Ana Ruiz", "gez"),
    /// folded, without their dot or colon: dropped from the person.
    pub signature_marks: List,
    /// Letters after a person's name for an office or honour ("mp", "msp", "mdb"), folded,
    /// without dots: dropped from the person when written with capitals ("Callum MacRae
    /// MSP").
    pub postnominals: List,
    /// Abbreviations written with a dot before the name of a place or saint ("st" of "St.
    /// Gallen", "sta"), folded, without their dot: the dot ends no sentence.
    pub place_abbreviations: List,
}

/// `[grammar]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Articles dropped before a role or a name.
    pub articles: List,
    /// Other forms of the article, dropped only before a listed name.
    pub more_articles: List,
    /// Words that link a role to its organisation ("of the").
    pub of_links: List,
    /// Articles before a country's name.
    pub country_articles: List,
    /// Words that join a party to its representative ("con", "mit": whole words).
    pub with_links: List,
    /// Words for "from" before the country that ends a listed name ("Vänsterpartiet aus
    /// Schweden": whole words): the country is the party's, not part of its name.
    pub from_links: List,
    /// Possessives before an office in a report ("its", "deren": whole words): the role
    /// starts after them.
    pub possessives: List,
    /// Copulas between the text a signing phrase names and its list ("the text are",
    /// "the appeal were": whole words, folded): skipped after the document word.
    pub copulas: List,
}

/// `[dates]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// Weekdays (whole words).
    pub weekdays: List,
    /// The word for "yesterday" (whole words).
    pub yesterday: List,
    /// Other words allowed on a date line (whole words).
    pub line_words: List,
    /// Words between day, month and year (whole words).
    pub fillers: List,
    /// Words that make a date a publication date (whole words).
    pub publication: List,
    /// Words before a date that make it the date a page was updated (whole words): ranked
    /// below every other date.
    pub updated: List,
    /// Labels a page writes before its date ("Date: 2024-02-24"; whole words).
    pub labels: List,
    /// Words before a deadline ("until", "jusqu au"): a date after one in a sentence of
    /// signing is no date of the statement (phrases of whole words).
    pub until: List,
    /// Words before the place a text was made ("Fait à Dakar"): cut from the place
    /// (phrases of whole words).
    pub place_openers: List,
}

/// `[counts]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Plural nouns after a number that make it a count of signatories (whole words).
    pub nouns: List,
    /// Words that stop a number from reaching its noun (whole words).
    pub breakers: List,
}

/// `[meetings]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    /// Phrases before the place of a meeting, tried in order.
    pub place_phrases: List,
    /// Phrases before the date of a statement.
    pub dated: List,
    /// Verbs of meeting after which the date comes before the place.
    pub met: List,
    /// Verbs saying the statement was adopted or signed.
    pub adopted: List,
    /// Prepositions before a place (lowercase as written, accents kept).
    pub at_place: List,
}

/// `[salutations]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Salutations {
    /// Salutations that open a statement's body (first word).
    pub words: List,
}

/// `[stemmer]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Stemmer {
    /// Inflection endings the stemmer strips.
    pub endings: List,
}

impl Words {
    /// Checks what the types cannot: key words are among `shared.toml`'s, months are 1 to 12.
    pub(super) fn check(&self, shared: &Shared) -> Result<(), String> {
        let order = &shared.identity_key.match_order;
        for (section, map) in [
            ("organisations.key_words", &self.organisations.key_words),
            ("identity_key.words", &self.identity_key.words),
        ] {
            if let Some(unknown) = map.keys().find(|k| !order.contains(k)) {
                return Err(format!(
                    "[{section}] `{unknown}` is no key word of shared.toml's identity_key.match_order"
                ));
            }
        }
        if let Some((name, n)) = self.months.iter().find(|(_, n)| !(1..=12).contains(*n)) {
            return Err(format!("[months] `{name}` = {n} is no month"));
        }
        Ok(())
    }
}

/// `shared.toml`: the order of the identity key's words, and words of no language, which
/// count as every language's.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Shared {
    /// The identity key's words.
    pub identity_key: SharedIdentityKey,
    /// Organisation words of no language.
    pub organisations: SharedOrganisations,
    /// Name particles of languages not read.
    pub names: SharedNames,
    /// Page words of languages not read.
    pub page: SharedPage,
}

/// `shared.toml` `[identity_key]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedIdentityKey {
    /// The key words, in the order they are tried (the first a word begins with wins).
    pub match_order: List,
    /// The order of words in a key: `*` every word not listed, `@` a mention of a country.
    pub slug_order: List,
    /// Key words of languages not read.
    pub words: KeyWords,
}

/// `shared.toml` `[organisations]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedOrganisations {
    /// Names and acronyms that mark a party in every language (prefixes).
    pub prefixes: List,
}

/// `shared.toml` `[names]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedNames {
    /// Name particles of languages not read.
    pub particles: List,
}

/// `shared.toml` `[page]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedPage {
    /// Phone prefixes of languages not read.
    pub phone: List,
}

impl Shared {
    /// Checks the key orders: `slug_order` places other words (`*`) and countries (`@`), and
    /// the shared key words are among `match_order`.
    pub(super) fn check(&self) -> Result<(), String> {
        let key = &self.identity_key;
        for slot in ["*", "@"] {
            if !key.slug_order.contains(slot) {
                return Err(format!("[identity_key] slug_order must place `{slot}`"));
            }
        }
        if let Some(unknown) = key.words.keys().find(|k| !key.match_order.contains(k)) {
            return Err(format!(
                "[identity_key.words] `{unknown}` is not in identity_key.match_order"
            ));
        }
        Ok(())
    }

    /// The words part (everything but the key orders), shaped as a language file's sections.
    pub(super) fn words(&self) -> Result<toml::Value, String> {
        let mut value = toml::Value::try_from(self).map_err(|e| e.to_string())?;
        if let Some(key) = value.get_mut("identity_key").and_then(toml::Value::as_table_mut) {
            key.remove("match_order");
            key.remove("slug_order");
        }
        Ok(value)
    }
}
