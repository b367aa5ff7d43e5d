//! Resolution: one identity per party, person and country. Turns what extraction read into
//! a statement record with canonical labels and stable IRIs. Pure: no store, no files.

pub mod index;
pub mod key;
pub mod overrides;
pub mod report;

use crate::extract::{Extraction, RawSignatory};
use crate::iri::{statement_id, Base};
use crate::record::{Signatory, Source, StatementRecord};
use crate::reference::countries::{Gazetteer, MentionKind};
use crate::reference::parties;
use crate::text::fold::words;
use index::{Clues, MatchKind, PartyIndex};
use key::{party_key, Strictness};
use overrides::{Origin, OverrideError, Overrides};
use std::collections::{HashMap, HashSet};

/// How a signatory's party got its identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Matched the bundled party list.
    Listed(MatchKind),
    /// Not listed: identity from the normalised (country, name) key.
    Fallback,
}

/// A resolution asked before: name, affix country, language.
type CacheKey = (String, Option<usize>, Option<String>);

/// Resolves names to identities under a base IRI, with a curator's overrides.
#[derive(Debug)]
pub struct Resolver {
    base: Base,
    gazetteer: &'static Gazetteer,
    parties: PartyIndex,
    listed_iris: HashSet<String>,
    /// Origin of the override entry that touched each listed party.
    listed_origins: Vec<Option<Origin>>,
    /// IRI folded away -> the identity it becomes, with the rule's origin.
    merges: HashMap<String, (PartyIdentity, Origin)>,
    /// Folded spellings that are parties of their own, with the rule's origin.
    keep_apart: HashMap<String, Origin>,
    /// The same resolver without overrides, to report what the overrides changed.
    baseline: Option<Box<Resolver>>,
    /// Identities already resolved, by (name, affix country, language): archives repeat
    /// the same few hundred spellings thousands of times.
    cache: std::sync::Mutex<HashMap<CacheKey, PartyIdentity>>,
}

/// The identity of a party.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyIdentity {
    /// Canonical label.
    pub label: String,
    /// IRI.
    pub iri: String,
    /// Gazetteer index of its country.
    pub country: Option<usize>,
    /// How it was found.
    pub method: Method,
    /// Position in the party list, when listed.
    pub listed: Option<usize>,
    /// The override rule that decided it, if one did.
    pub rule: Option<Origin>,
}

impl Resolver {
    /// A resolver over the bundled gazetteer and party list.
    pub fn new(base: Base) -> Self {
        Self::with_overrides(base, &Overrides::default()).expect("no overrides cannot fail")
    }

    /// A resolver over the bundled data with a curator's overrides applied.
    pub fn with_overrides(base: Base, o: &Overrides) -> Result<Self, OverrideError> {
        let g = Gazetteer::bundled();
        let (list, listed_origins) = o.apply_to(parties::bundled())?;
        for (p, origin) in list.iter().zip(&listed_origins) {
            if let Some(c) = p.country.as_deref().filter(|c| g.by_code(c).is_none()) {
                let message = format!("party `{}`: unknown country code `{c}`", p.key);
                return Err(match origin {
                    Some(o) => OverrideError::at(o, message),
                    None => OverrideError {
                        path: "data/parties.toml".into(),
                        line: 0,
                        message,
                    },
                });
            }
        }
        let mut r = Self {
            base,
            gazetteer: g,
            parties: PartyIndex::new(g, list),
            listed_iris: HashSet::new(),
            listed_origins,
            merges: HashMap::new(),
            keep_apart: HashMap::new(),
            baseline: None,
            cache: Default::default(),
        };
        r.listed_iris = (0..r.parties.parties().len()).map(|i| r.listed_iri(i)).collect();
        for (k, origin) in &o.keep_apart {
            for spelling in &k.spellings {
                r.keep_apart.insert(
                    crate::text::fold::key(&expand_abbreviations(spelling)),
                    origin.clone(),
                );
            }
        }
        // Merge ends are resolved without merges, so chains do not depend on order.
        let mut merges = HashMap::new();
        for (m, origin) in &o.merges {
            let from = r.identity_of(&m.from).iri;
            let mut into = r.identity_of(&m.into);
            into.rule = Some(origin.clone());
            if from == into.iri {
                return Err(OverrideError::at(
                    origin,
                    format!("merge of `{}` into itself", m.from),
                ));
            }
            merges.insert(from, (into, origin.clone()));
        }
        r.merges = merges;
        if !o.is_empty() {
            r.baseline = Some(Box::new(Self::new(r.base.clone())));
        }
        Ok(r)
    }

    /// The identity an override names: an IRI, a list key, or a spelling.
    fn identity_of(&self, name: &str) -> PartyIdentity {
        if let Some(i) = self.parties.by_key(name) {
            return self.listed_identity(i, None, Method::Listed(MatchKind::Name));
        }
        if name.starts_with("http://") || name.starts_with("https://") {
            if let Some(i) = (0..self.parties.parties().len()).find(|i| self.listed_iri(*i) == name) {
                return self.listed_identity(i, None, Method::Listed(MatchKind::Name));
            }
            return PartyIdentity {
                label: name.rsplit('/').next().unwrap_or(name).replace('-', " "),
                iri: name.to_owned(),
                country: None,
                method: Method::Fallback,
                listed: None,
                rule: None,
            };
        }
        self.party_unmerged(name, None, None)
    }

    fn listed_identity(&self, i: usize, hint: Option<usize>, method: Method) -> PartyIdentity {
        PartyIdentity {
            label: self.parties.get(i).name.clone(),
            iri: self.listed_iri(i),
            country: self.parties.country(i).or(hint),
            method,
            listed: Some(i),
            rule: self.listed_origins.get(i).cloned().flatten(),
        }
    }

    /// The base IRI.
    pub fn base(&self) -> &Base {
        &self.base
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }

    /// The indexed party list.
    pub fn parties(&self) -> &PartyIndex {
        &self.parties
    }

    /// IRI of a listed party.
    pub fn listed_iri(&self, i: usize) -> String {
        let p = self.parties.get(i);
        let seg = self
            .parties
            .country(i)
            .map(|c| self.gazetteer.get(c).iri_segment());
        self.base.party(seg.as_deref().or(Some("int")), &p.name)
    }

    /// Whether an IRI is that of a listed party (described in the reference graph).
    pub fn is_listed_iri(&self, iri: &str) -> bool {
        self.listed_iris.contains(iri)
    }

    /// The country a party name mentions: its first name mention, else an adjective.
    pub fn country_in_name(&self, name: &str) -> Option<usize> {
        let ws = words(name);
        // A name of one word is a country's only as written: "Liberu" is a party, though
        // the stemmer takes it for Liberia's name.
        if ws.len() == 1 {
            return self.gazetteer.names_exactly(name);
        }
        let mentions = self.gazetteer.scan(&ws);
        mentions
            .iter()
            .find(|m| m.kind == MentionKind::Name)
            .or(mentions.first())
            .map(|m| m.country)
    }

    /// The identity of a party written `name`, with a country given beside it (affix), in a
    /// statement of the given language; overrides applied.
    pub fn party(&self, name: &str, affix_country: Option<usize>, language: Option<&str>) -> PartyIdentity {
        let key = (name.to_owned(), affix_country, language.map(str::to_owned));
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
            return hit;
        }
        let id = self.party_unmerged(name, affix_country, language);
        let id = match self.merges.get(&id.iri) {
            Some((into, _)) => into.clone(),
            None => id,
        };
        if let Ok(mut c) = self.cache.lock() {
            c.insert(key, id.clone());
        }
        id
    }

    fn party_unmerged(
        &self,
        name: &str,
        affix_country: Option<usize>,
        language: Option<&str>,
    ) -> PartyIdentity {
        let mentioned = self.country_in_name(name);
        let hint = affix_country.or(mentioned);
        let seg = hint.map(|c| self.gazetteer.get(c).iri_segment());
        let branch = if hint.is_none() {
            self.branch_country(name, language)
        } else {
            None
        };
        // A spelling kept apart is its own party, unless it is a listed party's own name.
        let kept = self
            .keep_apart
            .get(&crate::text::fold::key(&expand_abbreviations(name)));
        let clues = Clues {
            affix: affix_country,
            hint: mentioned,
            language,
        };
        if let Some((i, kind)) = self.parties.find(self.gazetteer, name, clues) {
            if kept.is_none() || kind == MatchKind::Name {
                return self.listed_identity(i, hint, Method::Listed(kind));
            }
        }
        if let Some(origin) = kept {
            return PartyIdentity {
                label: expand_abbreviations(name),
                // Minted from the spelling itself, so every spelling kept apart is its own.
                iri: self.base.party(seg.as_deref(), name),
                country: hint,
                method: Method::Fallback,
                listed: None,
                rule: Some(origin.clone()),
            };
        }
        // An unlisted party known by its acronym ("KNE (Greece)", "Communist Youth of
        // Greece (KNE)") is one party under any spelling of its name in that country.
        let key = party_key(self.gazetteer, name, hint, Strictness::Loose);
        let slug_source = match own_acronym(name) {
            Some(a) if hint.is_some() => format!("{a} acronym"),
            _ if key.is_empty() => name.to_owned(),
            _ => key.join(" "),
        };
        // A local organisation named after its place ("POP Vaud", "Corsica Libera
        // (Corsica)"): the place's country, before that of a listed party its name begins
        // with ("GRÜNE Basel-Stadt" is Swiss, though Germany's Greens write "GRÜNE" too).
        let place = crate::reference::places::country_at_end(name).and_then(|c| self.gazetteer.by_code(c));
        PartyIdentity {
            label: expand_abbreviations(name),
            iri: self.base.party(seg.as_deref(), &slug_source),
            country: hint.or(place).or(branch),
            method: Method::Fallback,
            listed: None,
            rule: None,
        }
    }

    /// The country of a listed party whose name is this one's without its last word, a
    /// capitalised place, and without a word naming a branch before it (`[organisations]
    /// branches`): a regional branch ("Europa Verde Calabria", "Die Linke Sachsen", "DIE
    /// LINKE Kreisverband Freiburg", "SPD-Kreisverband Freiburg"); or whose name stands
    /// before a dash, a branch of it after ("Partia Zieloni – Koło Jelenia Góra", "Sinistra
    /// Italiana – Friuli Venezia Giulia"). A listed name counts; an acronym, which parties of
    /// several countries share ("UGT Aragón"), only when the statement or the word naming
    /// the branch is in a language of the acronym's party's country ("DKP Bremen" in German,
    /// "SPD-Unterbezirk Görlitz" in a Polish text); a key that merely resembles a listed one
    /// never. The branch keeps its own identity; only its country is taken.
    fn branch_country(&self, name: &str, language: Option<&str>) -> Option<usize> {
        self.branch_before_place(name, language)
            .or_else(|| self.branch_after_dash(name, language))
    }

    /// "Die Linke Sachsen", "DKP-Kreisverband Hameln": see [`Self::branch_country`].
    fn branch_before_place(&self, name: &str, language: Option<&str>) -> Option<usize> {
        let (stem, place) = name.trim().rsplit_once(' ')?;
        if !place.chars().next().is_some_and(char::is_uppercase) || place.chars().all(char::is_uppercase) {
            return None;
        }
        let (stem, branch_word) = match without_branch_word(stem) {
            Some((head, word)) => (head, Some(word)),
            None => (stem, None),
        };
        let mut languages = vec![language];
        languages.extend(branch_word.into_iter().flat_map(branch_word_languages));
        self.listed_country(stem, &languages)
    }

    /// "Partia Razem – Okręg Jelenia Góra": see [`Self::branch_country`].
    fn branch_after_dash(&self, name: &str, language: Option<&str>) -> Option<usize> {
        let (party, branch) = index::split_at_dash(name)?;
        let mut languages = vec![language];
        languages.extend(branch.split_whitespace().flat_map(branch_word_languages));
        self.listed_country(party, &languages)
    }

    /// The country of the listed party named `name`: by its name, or by its acronym when
    /// one of `languages` (the first the statement's) is spoken in the party's country,
    /// that language choosing among the acronym's parties.
    fn listed_country(&self, name: &str, languages: &[Option<&str>]) -> Option<usize> {
        languages.iter().find_map(|&language| {
            let clues = Clues {
                affix: None,
                hint: None,
                language,
            };
            match self.parties.find(self.gazetteer, name, clues)? {
                (i, MatchKind::Name) => self.parties.country(i),
                (i, MatchKind::Acronym) => self
                    .parties
                    .country(i)
                    .filter(|&c| index::speaks(language, &self.gazetteer.get(c).key)),
                _ => None,
            }
        })
    }

    /// IRI of a person, scoped by the country of the party they signed for.
    pub fn person_iri(&self, name: &str, country: Option<usize>) -> String {
        let seg = country.map(|c| self.gazetteer.get(c).iri_segment());
        self.base.person(seg.as_deref(), &normalise_person(name))
    }

    /// What an override changed for one name: an informational diagnostic for `line`.
    fn override_note(
        &self,
        id: &PartyIdentity,
        name: &str,
        affix: Option<usize>,
        language: Option<&str>,
        line: usize,
    ) -> Option<crate::record::Diagnostic> {
        let before = self.baseline.as_ref()?.party(name, affix, language);
        (before.iri != id.iri).then(|| {
            crate::record::Diagnostic::info(
                line,
                format!(
                    "override {}: `{name}` resolves to {} <{}> instead of {} <{}>",
                    id.rule.as_ref().map_or("file".to_owned(), Origin::to_string),
                    id.label,
                    id.iri,
                    before.label,
                    before.iri
                ),
            )
        })
    }

    /// A record signatory from what extraction read, in a statement of `language`.
    pub fn signatory(&self, raw: &RawSignatory, language: Option<&str>) -> Signatory {
        self.signatory_noted(raw, language, &[]).0
    }

    /// A bare acronym that no clue settled ("PCP" in a Spanish text: Portugal, Peru or
    /// Paraguay?), or that only the language settled on a party of a country the text
    /// never names ("SF" in English: Ireland's, in a text that names Denmark), is the
    /// listed party of that acronym whose country the text names, when exactly one is
    /// named.
    fn party_in_context(
        &self,
        raw: &RawSignatory,
        language: Option<&str>,
        countries_named: &[usize],
    ) -> PartyIdentity {
        let id = self.party(&raw.party, raw.country, language);
        if id.rule.is_some() || raw.country.is_some() || !crate::extract::is_bare_acronym(&raw.party) {
            return id;
        }
        let unsettled =
            id.method == Method::Fallback || Self::acronym_of_a_country_not_named(&id, countries_named);
        match self
            .parties
            .by_acronym_in_context(&raw.party, countries_named)
            .filter(|_| unsettled)
        {
            Some(i) => self.listed_identity(i, None, Method::Listed(MatchKind::Acronym)),
            None => id,
        }
    }

    /// Whether an identity is a listed party found by its acronym alone, no rule applied,
    /// of a country that a text naming countries never names.
    fn acronym_of_a_country_not_named(id: &PartyIdentity, countries_named: &[usize]) -> bool {
        id.method == Method::Listed(MatchKind::Acronym)
            && id.rule.is_none()
            && !countries_named.is_empty()
            && id.country.is_some_and(|c| !countries_named.contains(&c))
    }

    /// Whether a signatory's country rests on its bare acronym alone, a listed party's of
    /// a country the text never names ("RND", Algeria's, in a text about Senegal): a
    /// statement about one country takes such a signer for its own.
    fn country_in_doubt(
        &self,
        raw: &RawSignatory,
        language: Option<&str>,
        countries_named: &[usize],
    ) -> bool {
        if raw.country.is_some() || !crate::extract::is_bare_acronym(&raw.party) {
            return false;
        }
        let id = self.party_in_context(raw, language, countries_named);
        Self::acronym_of_a_country_not_named(&id, countries_named)
    }

    fn signatory_noted(
        &self,
        raw: &RawSignatory,
        language: Option<&str>,
        countries_named: &[usize],
    ) -> (Signatory, Option<crate::record::Diagnostic>) {
        let id = self.party_in_context(raw, language, countries_named);
        let note = self.override_note(&id, &raw.party, raw.country, language, raw.line);
        let country = id.country.map(|c| self.gazetteer.get(c));
        let signatory = Signatory {
            as_written: raw.as_written.clone(),
            party: Some(id.label),
            party_id: Some(id.iri),
            country: country.map(|c| c.name.clone()),
            country_code: country.and_then(|c| c.alpha2.clone()),
            person: raw.person.as_deref().map(normalise_person),
            role: raw.role.clone(),
            line: Some(raw.line),
        };
        (signatory, note)
    }

    /// The statement record of an extraction read from `source`; `stem` names it when it
    /// has neither date nor title.
    pub fn record(&self, x: &Extraction, source: Source, stem: &str) -> StatementRecord {
        let date = x.date.map(|d| d.to_string());
        let issuer = x.issuer.as_ref().map(|i| {
            let hint = self.country_in_name(i);
            let clues = Clues {
                affix: None,
                hint,
                language: x.language.as_deref(),
            };
            match self.parties.find(self.gazetteer, i, clues) {
                Some((p, _)) => self.parties.get(p).name.clone(),
                None => i.clone(),
            }
        });
        let mut diagnostics = x.diagnostics.clone();
        let mut signatories: Vec<Signatory> = Vec::new();
        let mut notes = Vec::new();
        for raw in &x.signatories {
            let (s, note) = self.signatory_noted(raw, x.language.as_deref(), &x.countries_named);
            signatories.push(s);
            notes.push(note);
        }
        // A statement about one country whose signers are mostly of that country: the
        // signers of no country are of it too ("Left parties of Bangladesh"). A text that
        // never names its country (a local news report) is about the one country every
        // signer of a known country belongs to.
        // A statement dated at a place of a country whose language it is written in
        // ("Lausanne, 3 septembre 2024") is that country's too.
        let dated_at = x
            .place
            .as_deref()
            .and_then(crate::reference::places::country_of)
            .and_then(|c| self.gazetteer.by_code(c))
            .filter(|&c| index::speaks(x.language.as_deref(), &self.gazetteer.get(c).key));
        let shared = self.shared_country(&signatories, x.language.as_deref());
        let (home, why) = match (x.home_country, shared, dated_at) {
            (Some(c), _, _) => (Some(c), "the country the statement is about"),
            (None, Some(c), _) => (
                Some(c),
                "the country of every other signatory whose country is known",
            ),
            (None, None, place) => (place, "the country of the place the statement was made"),
        };
        if let Some((home_at, home)) = home.map(|c| (c, self.gazetteer.get(c))) {
            let language = x.language.as_deref();
            let in_doubt: Vec<bool> = x
                .signatories
                .iter()
                .map(|raw| self.country_in_doubt(raw, language, &x.countries_named))
                .collect();
            let with_country: Vec<&Signatory> = signatories
                .iter()
                .zip(&in_doubt)
                .filter(|(s, doubt)| s.country.is_some() && !**doubt)
                .map(|(s, _)| s)
                .collect();
            let at_home = with_country
                .iter()
                .filter(|s| s.country_code == home.alpha2)
                .count();
            let placed = Some(home_at) == dated_at && with_country.is_empty();
            if 2 * at_home > with_country.len() || placed {
                for (i, raw) in x.signatories.iter().enumerate() {
                    let doubted = in_doubt[i] && signatories[i].country_code != home.alpha2;
                    if signatories[i].country.is_some() && !doubted {
                        continue;
                    }
                    let listed_elsewhere = signatories[i].country.clone().filter(|_| doubted);
                    let mut raw = raw.clone();
                    raw.country = Some(home_at);
                    let (s, note) = self.signatory_noted(&raw, x.language.as_deref(), &x.countries_named);
                    signatories[i] = s;
                    notes[i] = note;
                    let mut message =
                        format!("country of `{}` taken to be {}, {why}", raw.as_written, home.name);
                    if let Some(other) = listed_elsewhere {
                        message.push_str(&format!(
                            " (the listed party of that acronym is of {other}, which the text never names)"
                        ));
                    }
                    diagnostics.push(crate::record::Diagnostic::info(raw.line, message));
                }
            }
        }
        diagnostics.extend(notes.into_iter().flatten());
        for s in signatories.iter().filter(|s| s.country.is_none()) {
            // A listed supranational body has no country by right; anything else should.
            let supranational = s.party_id.as_deref().is_some_and(|iri| self.is_listed_iri(iri));
            if !supranational {
                diagnostics.push(crate::record::Diagnostic::warning(
                    s.line.unwrap_or(0),
                    format!("country of `{}` could not be determined", s.as_written),
                ));
            }
        }
        diagnostics.sort_by_key(|d| d.line);
        StatementRecord {
            id: statement_id(date.as_deref(), x.title.as_deref(), stem),
            title: x.title.clone(),
            date: x.date,
            place: x.place.clone(),
            language: x.language.clone(),
            issuer,
            source,
            signatories,
            diagnostics,
        }
    }

    /// The one country of the signatories whose country is known, when at least two have
    /// one, none is of another country, and either a third of all have one or the text is
    /// in that country's language.
    fn shared_country(&self, signatories: &[Signatory], language: Option<&str>) -> Option<usize> {
        let codes: Vec<&str> = signatories
            .iter()
            .filter_map(|s| s.country_code.as_deref())
            .collect();
        let first = *codes.first()?;
        let country = self.gazetteer.by_code(first)?;
        // A third of the signers known, or fewer when the text is in the country's own
        // language (an Italian report on Bologna's parties and associations).
        let own_language = index::speaks(language, &self.gazetteer.get(country).key);
        let enough = codes.len() >= 2 && (3 * codes.len() >= signatories.len() || own_language);
        (enough && codes.iter().all(|c| *c == first)).then_some(country)
    }

    /// Fills what a hand-written record leaves out: id, party labels and IRIs, countries.
    /// What the record gives is kept.
    pub fn complete(&self, rec: &mut StatementRecord, stem: &str) {
        if rec.id.trim().is_empty() {
            let date = rec.date.map(|d| d.to_string());
            rec.id = statement_id(date.as_deref(), rec.title.as_deref(), stem);
        }
        for s in &mut rec.signatories {
            let given_country = s
                .country_code
                .as_deref()
                .and_then(|c| self.gazetteer.by_code(c))
                .or_else(|| {
                    s.country
                        .as_deref()
                        .and_then(|c| self.gazetteer.lookup(c).map(|(i, _)| i))
                });
            // An override decides even where the record gives an IRI.
            let name = s.party.clone().unwrap_or_else(|| s.as_written.clone());
            let id = self.party(&name, given_country, rec.language.as_deref());
            let (language, line) = (rec.language.clone(), s.line.unwrap_or(0));
            let note = || self.override_note(&id, &name, given_country, language.as_deref(), line);
            if let Some(given) = s.party_id.as_deref() {
                if let Some((into, origin)) = self.merges.get(given) {
                    rec.diagnostics.push(crate::record::Diagnostic::info(
                        s.line.unwrap_or(0),
                        format!(
                            "override {origin}: <{given}> merged into {} <{}>",
                            into.label, into.iri
                        ),
                    ));
                    s.party_id = Some(into.iri.clone());
                    s.party = Some(into.label.clone());
                } else if id.rule.is_some() && id.iri != given {
                    rec.diagnostics.extend(note());
                    s.party_id = Some(id.iri.clone());
                    s.party = Some(id.label.clone());
                }
            }
            if s.party_id.is_none() {
                rec.diagnostics.extend(note());
                s.party_id = Some(id.iri);
                if s.party.is_none() {
                    s.party = Some(id.label);
                }
                if s.country.is_none() && s.country_code.is_none() {
                    if let Some(c) = id.country.map(|c| self.gazetteer.get(c)) {
                        s.country = Some(c.name.clone());
                        s.country_code = c.alpha2.clone();
                    }
                }
            }
            if let Some(c) = given_country.map(|c| self.gazetteer.get(c)) {
                s.country.get_or_insert_with(|| c.name.clone());
                if s.country_code.is_none() {
                    s.country_code = c.alpha2.clone();
                }
            }
        }
    }
}

/// The acronym a name is known by: the name itself when it is one ("KNE"), or one in
/// brackets after it ("Communist Youth of Greece (KNE)").
fn own_acronym(name: &str) -> Option<String> {
    let name = name.trim();
    if crate::extract::is_bare_acronym(name) {
        return Some(key::acronym_key(name));
    }
    let inner = name.rsplit_once('(')?.1.strip_suffix(')')?.trim();
    crate::extract::is_bare_acronym(inner).then(|| key::acronym_key(inner))
}

/// Expands the generic abbreviations of a written name (CP, WP, NCP, UCP: every language's
/// `[abbreviations.spelled_out]`).
pub fn expand_abbreviations(name: &str) -> String {
    let spelled_out = &crate::lang::all().abbreviations.spelled_out;
    name.split(' ')
        .map(|t| spelled_out.get(t).map_or(t, String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A person's name with spacing normalised: single spaces, initials spaced ("A.B. Smith"
/// -> "A. B. Smith"), those of a double first name kept joined ("J.-P. Martin").
pub fn normalise_person(name: &str) -> String {
    let spaced = name.replace('.', ". ");
    spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" .", ".")
        .replace(". -", ".-")
        .trim()
        .to_owned()
}

/// A party's name before its place without the word naming its branch, and a link word
/// after it ("DIE LINKE Kreisverband" to "DIE LINKE", "SPD-Kreisverband" to "SPD",
/// "Partia Razem – Okręg" to "Partia Razem", "PCF Section de" to "PCF"), and that word;
/// `None` when the name ends in no such word.
fn without_branch_word(stem: &str) -> Option<(&str, &str)> {
    let branches = &crate::lang::all().organisations.branches;
    let mut rest = stem.trim_end();
    if let Some((head, link)) = rest.rsplit_once(' ') {
        if link.chars().count() <= 3 && link.chars().all(char::is_lowercase) {
            rest = head.trim_end();
        }
    }
    let cut = rest.rfind([' ', '-'])?;
    let word = &rest[cut + 1..];
    if !branches.contains(&crate::text::fold::key(word)) {
        return None;
    }
    let head = rest[..cut].trim_end_matches([' ', '-', '–', '—']);
    (!head.is_empty()).then_some((head, word))
}

/// The languages whose `[organisations] branches` hold this word ("Unterbezirk": German).
fn branch_word_languages<'a>(word: &str) -> impl Iterator<Item = Option<&'a str>> {
    let word = crate::text::fold::key(word);
    crate::lang::languages()
        .iter()
        .filter(move |l| l.words.organisations.branches.contains(&word))
        .map(|l| Some(l.code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Resolver {
        Resolver::new(Base::default())
    }

    #[test]
    fn a_name_of_one_word_names_a_country_only_as_written() {
        let r = r();
        let g = r.gazetteer();
        // "Liberu" (a Sardinian party) stems as "Liberia" does; "PRC" is Italy's party.
        assert_eq!(r.country_in_name("Liberu"), None);
        assert_eq!(r.country_in_name("PRC Sardegna"), None);
        assert_eq!(r.country_in_name("Liberia"), g.lookup("Liberia").map(|(i, _)| i));
        // A longer name still finds a declined country in it.
        let poland = g.lookup("Poland").map(|(i, _)| i);
        assert_eq!(r.country_in_name("Komunistyczna Partia Polski"), poland);
    }

    #[test]
    fn the_same_listed_party_under_any_spelling_gets_one_iri() {
        let r = r();
        let g = r.gazetteer();
        let iri = |name: &str, country: Option<&str>| {
            r.party(name, country.and_then(|c| g.lookup(c).map(|(i, _)| i)), None)
                .iri
        };
        let cpb = iri("Communist Party of Britain", None);
        assert_eq!(iri("CP of Britain", None), cpb);
        assert_eq!(iri("Parti communiste de Grande-Bretagne", None), cpb);
        assert_ne!(iri("NCP of Britain", None), cpb);
        assert_ne!(
            iri("CP in Denmark", None),
            iri("Communist Party of Denmark", None)
        );
        assert_eq!(
            iri("KKE- Parti communiste de Grèce", Some("Grèce")),
            iri("Communist Party of Greece", None)
        );
        assert_eq!(iri("German CP (DKP)", None), iri("German Communist Party", None));
        assert_ne!(iri("Brazilian CP", None), iri("CP of Brazil", None));
    }

    #[test]
    fn an_acronym_the_list_writes_in_small_letters_is_the_party_written_so() {
        let r = r();
        let pd = r.party("Partito Democratico", None, None);
        assert!(pd.listed.is_some(), "{pd:?}");
        assert_eq!(r.party("Pd", None, Some("it")).iri, pd.iri);
        let avs = r.party("Alleanza Verdi e Sinistra", None, None);
        assert_eq!(r.party("Avs", None, Some("it")).iri, avs.iri);
        // A word in small letters the list does not write as an acronym stays unlisted.
        assert!(r.party("Psx", None, Some("it")).listed.is_none());
    }

    #[test]
    fn an_acronym_with_a_bracketed_qualifier_is_one_acronym() {
        let r = r();
        let cpim = r.party("Communist Party of India (Marxist)", None, None);
        assert_eq!(r.party("CPI(M)", None, Some("en")).iri, cpim.iri);
        assert_eq!(
            r.party("CPI (M)", r.gazetteer().by_code("IN"), None).iri,
            cpim.iri
        );
        assert_ne!(
            r.party("CPI", None, Some("en")).iri,
            cpim.iri,
            "the bare acronym is another party"
        );
    }

    #[test]
    fn a_name_and_its_own_acronym_either_side_of_a_dash_are_the_party() {
        let r = r();
        let akel = r.party("Progressive Party of Working People", None, None);
        assert!(akel.listed.is_some(), "{akel:?}");
        let dashed = r.party("AKEL – Progressive Party of Working People", None, Some("en"));
        assert_eq!(dashed.iri, akel.iri);
        let fmln = r.party("Frente Farabundo Martí para la Liberación Nacional", None, None);
        let dashed = r.party(
            "Frente Farabundo Martí para la Liberación Nacional – FMLN",
            None,
            Some("es"),
        );
        assert_eq!(dashed.iri, fmln.iri);
        // Another acronym beside the name is not enough.
        let other = r.party("KKE – Progressive Party of Working People", None, Some("en"));
        assert_ne!(other.iri, akel.iri);
    }

    #[test]
    fn signers_of_no_country_take_the_one_country_of_the_others() {
        let r = r();
        let raw = |party: &str, line| RawSignatory {
            as_written: party.into(),
            party: party.into(),
            country: None,
            person: None,
            role: None,
            line,
        };
        let local = Extraction {
            signatories: vec![
                raw("Communist Party of Greece", 3),
                raw("Communist Youth of Greece", 4),
                raw("Our Neighbourhood Assembly", 5),
            ],
            ..Extraction::default()
        };
        let rec = r.record(&local, Source::default(), "s");
        assert_eq!(rec.signatories[2].country_code.as_deref(), Some("GR"));
        assert!(rec
            .diagnostics
            .iter()
            .any(|d| d.line == Some(5) && d.message.contains("country of every other signatory")));
        // Signers of two countries: the unknown one stays unknown, and is reported.
        let mixed = Extraction {
            signatories: vec![
                raw("Communist Party of Greece", 3),
                raw("Communist Party of Britain", 4),
                raw("Our Neighbourhood Assembly", 5),
            ],
            ..Extraction::default()
        };
        let rec = r.record(&mixed, Source::default(), "s");
        assert_eq!(rec.signatories[2].country_code, None);
        assert!(rec
            .diagnostics
            .iter()
            .any(|d| d.message.contains("could not be determined")));
    }

    #[test]
    fn signers_of_no_country_take_the_country_of_the_place_of_a_statement_in_its_language() {
        let r = r();
        let raw = |party: &str, line| RawSignatory {
            as_written: party.into(),
            party: party.into(),
            country: None,
            person: None,
            role: None,
            line,
        };
        // Invented local associations, a statement dated at Lausanne, in French.
        let local = |language: &str| Extraction {
            place: Some("Lausanne".into()),
            language: Some(language.into()),
            signatories: vec![
                raw("Association des locataires", 3),
                raw("Collectif Logement pour tous", 4),
            ],
            ..Extraction::default()
        };
        let rec = r.record(&local("fr"), Source::default(), "s");
        assert_eq!(rec.signatories[1].country_code.as_deref(), Some("CH"));
        assert!(rec
            .diagnostics
            .iter()
            .any(|d| d.line == Some(4) && d.message.contains("place the statement was made")));
        // Written in a language not of that country: the place says nothing of the signers.
        let rec = r.record(&local("pl"), Source::default(), "s");
        assert_eq!(rec.signatories[1].country_code, None);
    }

    #[test]
    fn unlisted_parties_get_a_stable_key_iri() {
        let r = r();
        let a = r.party("Communist Party of the Workers of Narnia", None, None);
        assert_eq!(a.method, Method::Fallback);
        let b = r.party("CP of the Workers of Narnia", None, None);
        assert_eq!(a.iri, b.iri);
        assert_eq!(a.label, "Communist Party of the Workers of Narnia");
    }

    #[test]
    fn a_regional_branch_of_a_listed_party_has_its_country_and_its_own_identity() {
        let r = r();
        let germany = r.gazetteer().lookup("Germany").map(|(i, _)| i);
        let branch = r.party("Die Linke Sachsen", None, None);
        assert_eq!(branch.country, germany);
        assert_eq!(branch.method, Method::Fallback);
        assert_ne!(branch.iri, r.party("Die Linke", None, None).iri);
        // A word in small letters is no place; an acronym before a word that may be a
        // place is not enough without the statement's language, but a listed place is.
        assert_eq!(r.party("Die Linke heute", None, None).country, None);
        assert_eq!(r.party("UGT Nordwerk", None, None).country, None);
        let spain = r.gazetteer().lookup("Spain").map(|(i, _)| i);
        assert_eq!(r.party("UGT Aragón", None, None).country, spain);
    }

    #[test]
    fn a_listed_party_before_a_dash_gives_its_branch_after_the_dash_its_country() {
        let r = r();
        let germany = r.gazetteer().lookup("Germany").map(|(i, _)| i);
        let poland = r.gazetteer().lookup("Poland").map(|(i, _)| i);
        // Invented branches: a listed name before the dash, whatever follows it.
        let branch = r.party("Partia Zieloni – Koło Przykładowo Dolne", None, Some("it"));
        assert_eq!(branch.country, poland);
        assert_ne!(branch.iri, r.party("Partia Zieloni", None, None).iri);
        // An acronym needs a language of its country: the statement's, or that of the word
        // naming the branch.
        assert_eq!(
            r.party("DKP – Gruppe Nordwerk", None, Some("de")).country,
            germany
        );
        assert_eq!(r.party("DKP – Gruppe Nordwerk", None, Some("pl")).country, None);
        assert_eq!(
            r.party("DKP – Bezirk Nordwerk", None, Some("pl")).country,
            germany
        );
        assert_eq!(
            r.party("DKP-Unterbezirk Nordwerk", None, Some("pl")).country,
            germany
        );
        assert_eq!(r.party("DKP – Sección Nordwerk", None, Some("pl")).country, None);
        // Before the dash, something that is no listed party: no country.
        assert_eq!(
            r.party("Gruppe Nordwerk – Bezirk Süd", None, Some("de")).country,
            None
        );
    }

    #[test]
    fn a_key_without_a_country_finds_a_party_only_in_the_one_country_of_its_language() {
        let r = r();
        let poland = r.gazetteer().lookup("Poland").map(|(i, _)| i);
        // Polish genitives of listed names: their keys are the listed names' keys.
        for name in ["Partii Razem", "Partii Zieloni"] {
            let id = r.party(name, None, Some("pl"));
            assert_eq!(id.country, poland, "{name}");
            assert!(matches!(id.method, Method::Listed(_)), "{name}");
        }
        // Spanish is written in many countries: a generic key names nobody's party.
        assert_eq!(
            r.party("Partido Demócrata Cristiano", None, Some("es")).country,
            None
        );
        assert_eq!(r.party("Partii Razem", None, None).country, None);
    }

    #[test]
    fn a_branch_word_before_the_place_leaves_the_party_and_an_acronym_needs_its_language() {
        let r = r();
        let germany = r.gazetteer().lookup("Germany").map(|(i, _)| i);
        // Invented branches of listed parties: the word naming the branch is not the party's.
        for name in ["Die Linke Kreisverband Göttingen", "Die Linke Ortsverband Hameln"] {
            let branch = r.party(name, None, Some("de"));
            assert_eq!(branch.country, germany, "{name}");
            assert_ne!(branch.iri, r.party("Die Linke", None, None).iri);
        }
        // An acronym and a word that may be a place: in German, the German party's branch; in
        // Spanish, nobody's.
        assert_eq!(r.party("DKP Nordwerk", None, Some("de")).country, germany);
        assert_eq!(
            r.party("DKP-Kreisverband Nordwerk", None, Some("de")).country,
            germany
        );
        assert_eq!(r.party("DKP Nordwerk", None, Some("es")).country, None);
        assert_eq!(without_branch_word("PCF Section de"), Some(("PCF", "Section")));
        assert_eq!(
            without_branch_word("Partia Razem – Okręg"),
            Some(("Partia Razem", "Okręg"))
        );
        assert_eq!(without_branch_word("Die Linke"), None);
        // An unlisted organisation named after a listed place has that place's country,
        // though a listed party of another country begins its name.
        let switzerland = r.gazetteer().lookup("Switzerland").map(|(i, _)| i);
        assert_eq!(
            r.party("Mieterverband Vaud", None, Some("fr")).country,
            switzerland
        );
        assert_eq!(
            r.party("GRÜNE Basel-Stadt", None, Some("de")).country,
            switzerland
        );
        assert_eq!(r.party("GRÜNE Nordwerk", None, Some("de")).country, germany);
    }

    #[test]
    fn russian_acronyms_of_the_partly_recognised_republics_give_their_country() {
        // Russian is written there: their parties' acronyms are theirs in a Russian text.
        let r = r();
        let g = r.gazetteer();
        for (acronym, code) in [("ПКП", "XT"), ("КПРЮО", "XS"), ("КПРА", "XA")] {
            let country = r.party(acronym, None, Some("ru")).country;
            assert_eq!(country, g.by_code(code), "{acronym}");
        }
    }

    #[test]
    fn person_names_are_normalised_conservatively() {
        assert_eq!(normalise_person("  A.B.  Smith "), "A. B. Smith");
        assert_eq!(normalise_person("Gennady Zyuganov"), "Gennady Zyuganov");
        assert_eq!(normalise_person("Х.-Ю.  Бекер"), "Х.-Ю. Бекер");
    }

    #[test]
    fn an_acronym_mentioned_inside_a_name_or_a_bracketed_qualifier_makes_another_party() {
        let r = r();
        let g = r.gazetteer();
        let gr = g.by_code("GR");
        let kke = r.party("Communist Party of Greece", gr, None).iri;
        assert_eq!(r.party("Communist Party of Greece (KKE)", gr, None).iri, kke);
        assert_ne!(
            r.party("Movement for the Reorganisation of the KKE 1918-1955", gr, None)
                .iri,
            kke
        );
        assert_ne!(
            r.party("Communist Party of Greece (marxist-leninist)", gr, None)
                .iri,
            kke
        );
    }

    #[test]
    fn a_bare_acronym_is_settled_by_the_countries_the_text_names() {
        let r = r();
        let g = r.gazetteer();
        let raw = RawSignatory {
            as_written: "PCP".into(),
            party: "PCP".into(),
            country: None,
            person: None,
            role: None,
            line: 1,
        };
        let unsettled = r.signatory_noted(&raw, Some("es"), &[]).0;
        assert_ne!(unsettled.country_code.as_deref(), Some("PT"), "{unsettled:?}");
        let pt = g.by_code("PT").unwrap();
        let s = r.signatory_noted(&raw, Some("es"), &[pt]).0;
        assert_eq!(s.country_code.as_deref(), Some("PT"), "{s:?}");
        // "SF" in English: Ireland's by its language, Denmark's in a text that names only
        // Denmark of the two.
        let sf = RawSignatory {
            as_written: "SF".into(),
            party: "SF".into(),
            ..raw
        };
        let dk = g.by_code("DK").unwrap();
        let ie = g.by_code("IE").unwrap();
        let by_language = r.signatory_noted(&sf, Some("en"), &[]).0;
        assert_eq!(by_language.country_code.as_deref(), Some("IE"), "{by_language:?}");
        let s = r.signatory_noted(&sf, Some("en"), &[pt, dk]).0;
        assert_eq!(s.country_code.as_deref(), Some("DK"), "{s:?}");
        let s = r.signatory_noted(&sf, Some("en"), &[ie, dk]).0;
        assert_eq!(s.country_code.as_deref(), Some("IE"), "{s:?}");
    }

    #[test]
    fn an_acronym_listed_only_in_a_country_never_named_is_the_home_country_s_in_a_statement_about_one() {
        // Invented: a French statement about Senegal whose signers are acronyms; "URD" is
        // listed as Mali's only, and the text never names Mali.
        let text = "Déclaration commune de la gauche sénégalaise\n\n\
            Au Sénégal, les partis de gauche exigent un dialogue. Le Sénégal a besoin de paix, \
            et le peuple du Sénégal de pain.\n\n\
            Signataires :\n\n- PIT\n- URD\n- LIM\n";
        let (rec, codes) = record_and_codes(text);
        assert_eq!(codes, vec![Some("SN".to_owned()); 3], "{rec:?}");
        assert!(
            rec.diagnostics
                .iter()
                .any(|d| d.message.contains("which the text never names")),
            "{rec:?}"
        );
        // Where the text names Mali, URD stays Mali's.
        let (rec, codes) = record_and_codes(&text.replace("et le peuple", "avec le Mali, et le peuple"));
        assert_eq!(codes[1].as_deref(), Some("ML"), "{rec:?}");
    }

    /// The record of a text read and resolved, and its signatories' country codes.
    fn record_and_codes(text: &str) -> (crate::record::StatementRecord, Vec<Option<String>>) {
        let x = crate::extract::extract(&crate::text::lines::split_lines(text));
        let source = crate::record::Source {
            path: None,
            sha256: None,
            url: None,
        };
        let rec = r().record(&x, source, "t");
        let codes = rec.signatories.iter().map(|s| s.country_code.clone()).collect();
        (rec, codes)
    }

    #[test]
    fn signers_of_a_statement_made_in_a_city_of_a_country_of_its_language_are_of_that_country() {
        // Invented: "Fait à Dakar", a French text, signers without a country.
        let text = "Déclaration commune\n\nLes partis soussignés exigent la fin des coupures.\n\n\
            Fait à Dakar, le 27 juin 2011\n\n\
            Pour le Parti de l’Exemple (PEX)\nAmina Sow\nSecrétaire général\n\n\
            Pour la Ligue imaginaire (LIM)\nMoussa Fall\nPrésident\n";
        let x = crate::extract::extract(&crate::text::lines::split_lines(text));
        assert_eq!(x.place.as_deref(), Some("Dakar"));
        let (rec, codes) = record_and_codes(text);
        assert_eq!(codes, [Some("SN".to_owned()), Some("SN".to_owned())], "{rec:?}");
    }

    #[test]
    fn a_report_that_names_a_country_s_cities_is_about_that_country() {
        // Invented: a Spanish report that names Bolivia by its cities, and uses "pero"
        // (but), which is no form of Peru (Pérou), three times.
        let text = "Acuerdo en La Paz

            Reunidos en Santa Cruz de la Sierra, pero también en Cochabamba y en El Alto, los \
            partidos de izquierda firmaron un acuerdo por el agua, pero sin el gobierno, pero sin \
            la patronal.

            Firmantes:

- Partido Comunista de Bolivia
- Frente Inventado de Izquierda
";
        let (rec, codes) = record_and_codes(text);
        assert_eq!(codes, [Some("BO".to_owned()), Some("BO".to_owned())], "{rec:?}");
    }

    #[test]
    fn signers_of_no_country_in_a_statement_about_one_country_are_of_it() {
        let text = "Bangladesh left parties demand dialogue\n\n            The left parties of Bangladesh said the elections in Bangladesh were not free, and \
            that Bangladesh needs a new vote. India and Bangladesh were named once.\n\n            Signed by:\n\n- Revolutionary Workers Party of Bangladesh\n- Gonomukti Biplobi Party\n";
        let (rec, codes) = record_and_codes(text);
        assert_eq!(codes, [Some("BD".to_owned()), Some("BD".to_owned())], "{rec:?}");
        assert!(rec
            .diagnostics
            .iter()
            .any(|d| d.message.contains("the country the statement is about")));
        // An international list keeps what it gives: no country is taken for the rest.
        let text = "Joint statement\n\nSigned by:\n\n- Communist Party of Greece\n- Portuguese Communist Party\n- Gonomukti Biplobi Party\n\nGreece Greece Greece.\n";
        let x = crate::extract::extract(&crate::text::lines::split_lines(text));
        let rec = r().record(
            &x,
            crate::record::Source {
                path: None,
                sha256: None,
                url: None,
            },
            "t",
        );
        assert_eq!(rec.signatories[2].country_code, None, "{rec:?}");
    }

    #[test]
    fn an_unlisted_organisation_is_one_node_under_its_acronym_in_a_country() {
        let r = r();
        let nr = r.gazetteer().by_code("GR");
        assert_eq!(
            r.party("KNE", nr, None).iri,
            r.party("Communist Youth of Greece (KNE)", nr, None).iri
        );
        assert_ne!(r.party("KNE", nr, None).iri, r.party("PAME", nr, None).iri);
    }
}
