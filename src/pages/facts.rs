//! What the pages show, read from the store with quad patterns (each page reads only what
//! it shows) and, for the indexes and the co-signers of parties, one [`Summary`] of the
//! whole store, read once per store opened.

use super::paths::{entity_path, Kind};
use crate::queries;
use crate::rdf::vocab::{COSIG, DCTERMS, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD};
use crate::rdf::{cosig, iri};
use crate::store::{Store, StoreError};
use oxigraph::model::{NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

/// An entity to link to: its IRI and what to call it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    /// What to call it.
    pub label: String,
    /// Its IRI.
    pub iri: String,
}

/// One signature on a statement.
#[derive(Debug, Clone)]
pub struct SignatureView {
    /// The line of the source it was read from.
    pub line: Option<i64>,
    /// The signatory as the text wrote it.
    pub as_written: String,
    /// The party.
    pub party: Option<Link>,
    /// The party's country.
    pub country: Option<Link>,
    /// The person who signed.
    pub person: Option<Link>,
    /// Their role.
    pub role: Option<String>,
}

/// A doubt met while reading a statement.
#[derive(Debug, Clone)]
pub struct DiagnosticView {
    /// The line.
    pub line: Option<i64>,
    /// info, warning or error.
    pub severity: String,
    /// What was doubted.
    pub message: String,
}

/// A statement page's facts.
#[derive(Debug, Clone)]
pub struct StatementView {
    /// Its IRI.
    pub iri: String,
    /// Its identifier.
    pub id: String,
    /// Its title and the title's language.
    pub title: Option<(String, Option<String>)>,
    /// Its date (ISO 8601).
    pub date: Option<String>,
    /// Where it was signed.
    pub place: Option<String>,
    /// Who issued it.
    pub issuer: Option<String>,
    /// Its language.
    pub language: Option<String>,
    /// The file it was read from.
    pub file: Option<String>,
    /// The file's SHA-256.
    pub sha256: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Its signatures, in the order of the text.
    pub signatures: Vec<SignatureView>,
    /// Doubts met while reading it.
    pub diagnostics: Vec<DiagnosticView>,
}

/// A statement some entity signed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Signed {
    /// Its date.
    pub date: Option<String>,
    /// The statement.
    pub statement: Link,
    /// The party signed for (person pages).
    pub party: Option<Link>,
    /// The role (person pages).
    pub role: Option<String>,
    /// The signatory as written.
    pub as_written: String,
}

/// A party page's facts.
#[derive(Debug, Clone)]
pub struct PartyView {
    /// Its IRI and name.
    pub me: Link,
    /// Its other names (aliases, native names, spellings that became labels).
    pub other_names: Vec<String>,
    /// Its acronyms.
    pub acronyms: Vec<String>,
    /// Its key in the bundled party list.
    pub list_key: Option<String>,
    /// Its country.
    pub country: Option<Link>,
    /// Its Wikidata IRIs.
    pub wikidata: Vec<String>,
    /// Parties it replaced and that replaced it.
    pub replaces: Vec<Link>,
    /// Parties that replaced it.
    pub replaced_by: Vec<Link>,
    /// Every statement it signed, by date.
    pub signed: Vec<Signed>,
    /// How statements wrote its name, most frequent first.
    pub spellings: Vec<(String, usize)>,
    /// Parties that signed with it and on how many statements, most first.
    pub cosigners: Vec<(Link, usize)>,
    /// Statements signed by each pair of its co-signers (indices into `cosigners`).
    pub pairs: Vec<(usize, usize, usize)>,
}

/// A person page's facts.
#[derive(Debug, Clone)]
pub struct PersonView {
    /// Its IRI and name.
    pub me: Link,
    /// Other spellings of the name.
    pub other_names: Vec<String>,
    /// Parties the person signed for.
    pub member_of: Vec<Link>,
    /// Every signature, by date.
    pub signed: Vec<Signed>,
}

/// A country page's facts.
#[derive(Debug, Clone)]
pub struct CountryView {
    /// Its IRI and name.
    pub me: Link,
    /// Its names by language.
    pub names: BTreeMap<String, Vec<String>>,
    /// ISO 3166-1 alpha-2 code.
    pub alpha2: Option<String>,
    /// ISO 3166-1 alpha-3 code.
    pub alpha3: Option<String>,
    /// Wikidata IRIs.
    pub wikidata: Vec<String>,
    /// Its parties with how many statements each signed.
    pub parties: Vec<(Link, usize)>,
}

/// One statement in the indexes.
#[derive(Debug, Clone)]
pub struct StatementRow {
    /// Its IRI and title (or identifier).
    pub link: Link,
    /// Its date.
    pub date: Option<String>,
    /// How many signatures it has.
    pub signatures: usize,
}

/// The whole store in brief: what the indexes list and party pages count.
#[derive(Debug, Default)]
pub struct Summary {
    /// Every statement, by date then title.
    pub statements: Vec<StatementRow>,
    /// Statement IRI -> index in `statements`.
    pub statement_index: HashMap<String, usize>,
    /// Party IRI -> how many statements it signed (parties that signed none are absent).
    pub party_statements: HashMap<String, usize>,
    /// Country IRI -> how many statements its parties signed.
    pub country_statements: HashMap<String, usize>,
    /// Every party: link and country.
    pub parties: Vec<(Link, Option<Link>)>,
    /// Every person: link and how many statements they signed.
    pub persons: Vec<(Link, usize)>,
    /// Every country: link and alpha-2 code.
    pub countries: Vec<(Link, Option<String>)>,
}

/// Who signed with whom: what party pages count their co-signers from. Read once per store
/// opened, when the first party page asks (the indexes do not need it).
#[derive(Debug, Default)]
pub struct Cosigning {
    /// The parties each statement was signed by (IRIs), by statement index of the summary.
    pub signers: Vec<Vec<Arc<str>>>,
    /// Party IRI -> the statements it signed (indices).
    pub signed_by: HashMap<Arc<str>, Vec<usize>>,
}

/// Reads page facts from one store; caches labels, the summary and the co-signing.
pub struct Facts {
    store: Store,
    base: String,
    labels: Mutex<HashMap<String, String>>,
    summary: Mutex<Option<Arc<Summary>>>,
    cosigning: Mutex<Option<Arc<Cosigning>>>,
}

fn text(t: &Term) -> Option<String> {
    match t {
        Term::Literal(l) => Some(l.value().to_owned()),
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        Term::BlankNode(_) => None,
    }
}

fn node(t: &Term) -> Option<&NamedNode> {
    match t {
        Term::NamedNode(n) => Some(n),
        _ => None,
    }
}

impl Facts {
    /// Facts of `store`, whose identities are minted under `base`.
    pub fn new(store: Store, base: &str) -> Self {
        Self {
            store,
            base: base.to_owned(),
            labels: Mutex::new(HashMap::new()),
            summary: Mutex::new(None),
            cosigning: Mutex::new(None),
        }
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The base IRI.
    pub fn base(&self) -> &str {
        &self.base
    }

    fn quads(&self, s: Option<&NamedNode>, p: &NamedNode, o: Option<&Term>) -> Result<Vec<Quad>, StoreError> {
        self.store.matching(s, Some(p), o, None).collect()
    }

    /// The objects of `subject`'s `predicate`, each once, in order.
    fn objects(&self, subject: &NamedNode, predicate: &NamedNode) -> Result<Vec<Term>, StoreError> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut out = Vec::new();
        for q in self.quads(Some(subject), predicate, None)? {
            if seen.insert(q.object.to_string()) {
                out.push(q.object);
            }
        }
        out.sort_by_cached_key(|t| t.to_string());
        Ok(out)
    }

    fn strings(&self, subject: &NamedNode, predicate: &NamedNode) -> Result<Vec<String>, StoreError> {
        Ok(self
            .objects(subject, predicate)?
            .iter()
            .filter_map(text)
            .collect())
    }

    fn first(&self, subject: &NamedNode, predicate: &NamedNode) -> Result<Option<String>, StoreError> {
        Ok(self.strings(subject, predicate)?.into_iter().next())
    }

    /// Whether the store says anything about `iri`.
    pub fn exists(&self, iri: &str) -> Result<bool, StoreError> {
        let n = NamedNode::new_unchecked(iri);
        Ok(self
            .store
            .matching(Some(&n), None, None, None)
            .next()
            .transpose()?
            .is_some())
    }

    /// What to call an entity: its `schema:name`, else its English `skos:prefLabel` or
    /// `rdfs:label`, else the end of its IRI.
    pub fn label(&self, iri: &str) -> Result<String, StoreError> {
        if let Some(l) = self.labels.lock().unwrap_or_else(|e| e.into_inner()).get(iri) {
            return Ok(l.clone());
        }
        let n = NamedNode::new_unchecked(iri);
        let mut label = self.first(&n, &iri_of(SCHEMA, "name"))?;
        for p in [iri_of(SKOS, "prefLabel"), iri_of(RDFS, "label")] {
            if label.is_none() {
                let terms = self.objects(&n, &p)?;
                let english = terms
                    .iter()
                    .find(|t| matches!(t, Term::Literal(l) if l.language() == Some("en")));
                label = english.or(terms.first()).and_then(text);
            }
        }
        let label = label.unwrap_or_else(|| {
            iri.rsplit(['/', '#'])
                .find(|s| !s.is_empty())
                .unwrap_or(iri)
                .to_owned()
        });
        self.labels
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(iri.to_owned(), label.clone());
        Ok(label)
    }

    /// A link to an entity, labelled.
    pub fn link(&self, iri: &str) -> Result<Link, StoreError> {
        Ok(Link {
            label: self.label(iri)?,
            iri: iri.to_owned(),
        })
    }

    /// The facts of a statement page: everything in the statement's graph.
    pub fn statement(&self, iri: &str) -> Result<StatementView, StoreError> {
        let g = NamedNode::new_unchecked(iri);
        let mut by: HashMap<String, Vec<(String, Term)>> = HashMap::new();
        for q in self.store.matching(None, None, None, Some(&g)) {
            let q = q?;
            by.entry(q.subject.to_string().trim_matches(['<', '>']).to_owned())
                .or_default()
                .push((q.predicate.as_str().to_owned(), q.object));
        }
        let get = |s: &str, p: &str| -> Vec<&Term> {
            let mut v: Vec<&Term> = by
                .get(s)
                .map(|ps| ps.iter().filter(|(pp, _)| pp == p).map(|(_, o)| o).collect())
                .unwrap_or_default();
            v.sort_by_cached_key(|t| t.to_string());
            v
        };
        let one = |s: &str, p: String| get(s, &p).first().and_then(|t| text(t));
        let title = get(iri, &format!("{DCTERMS}title"))
            .first()
            .and_then(|t| match t {
                Term::Literal(l) => Some((l.value().to_owned(), l.language().map(str::to_owned))),
                _ => None,
            });
        let source = one(iri, format!("{PROV}wasDerivedFrom"));
        let src = source.as_deref().unwrap_or("");
        let line_of = |s: &str| {
            get(s, &format!("{COSIG}sourceLine"))
                .first()
                .and_then(|t| text(t))
                .and_then(|l| l.parse().ok())
        };
        let mut signatures = Vec::new();
        for sig in get(iri, &format!("{COSIG}signature"))
            .iter()
            .filter_map(|t| node(t))
        {
            let s = sig.as_str();
            let linked = |p: &str| -> Result<Option<Link>, StoreError> {
                match get(s, &format!("{COSIG}{p}")).first().and_then(|t| node(t)) {
                    Some(n) => Ok(Some(self.link(n.as_str())?)),
                    None => Ok(None),
                }
            };
            signatures.push(SignatureView {
                line: line_of(s),
                as_written: one(s, format!("{COSIG}asWritten")).unwrap_or_default(),
                party: linked("party")?,
                country: linked("partyCountry")?,
                person: linked("person")?,
                role: one(s, format!("{COSIG}role")),
            });
        }
        signatures.sort_by(|a, b| (a.line, &a.as_written).cmp(&(b.line, &b.as_written)));
        let mut diagnostics: Vec<DiagnosticView> = get(iri, &format!("{COSIG}diagnostic"))
            .iter()
            .filter_map(|t| node(t))
            .map(|d| DiagnosticView {
                line: line_of(d.as_str()),
                severity: one(d.as_str(), format!("{COSIG}severity")).unwrap_or_default(),
                message: one(d.as_str(), format!("{RDFS}comment")).unwrap_or_default(),
            })
            .collect();
        diagnostics.sort_by(|a, b| (a.line, &a.message).cmp(&(b.line, &b.message)));
        Ok(StatementView {
            iri: iri.to_owned(),
            id: one(iri, format!("{DCTERMS}identifier"))
                .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_owned()),
            title,
            date: one(iri, format!("{DCTERMS}date")),
            place: one(iri, format!("{COSIG}place")),
            issuer: one(iri, format!("{COSIG}issuer")),
            language: one(iri, format!("{DCTERMS}language")),
            file: one(src, format!("{COSIG}path")),
            sha256: one(src, format!("{COSIG}sha256")),
            url: one(src, format!("{SCHEMA}url")),
            signatures,
            diagnostics,
        })
    }

    fn links(&self, subject: &NamedNode, predicate: &NamedNode) -> Result<Vec<Link>, StoreError> {
        let mut out = Vec::new();
        for t in self.objects(subject, predicate)? {
            if let Term::NamedNode(n) = t {
                out.push(self.link(n.as_str())?);
            }
        }
        out.sort();
        Ok(out)
    }

    fn wikidata(&self, subject: &NamedNode) -> Result<Vec<String>, StoreError> {
        Ok(self
            .strings(subject, &iri_of(OWL, "sameAs"))?
            .into_iter()
            .filter(|s| s.starts_with(WD))
            .collect())
    }

    /// A statement as a link and its date.
    fn statement_link(&self, summary: &Summary, iri: &str) -> Result<(Link, Option<String>), StoreError> {
        if let Some(&i) = summary.statement_index.get(iri) {
            let row = &summary.statements[i];
            return Ok((row.link.clone(), row.date.clone()));
        }
        Ok((self.link(iri)?, None))
    }

    /// The facts of a party page.
    pub fn party(&self, iri: &str) -> Result<PartyView, StoreError> {
        let me = NamedNode::new_unchecked(iri);
        let summary = self.summary()?;
        let name = self.label(iri)?;
        let mut other_names = self.strings(&me, &iri_of(SKOS, "altLabel"))?;
        other_names.retain(|n| *n != name);
        // Its signatures: statements (their graphs) and spellings.
        let mut signed = Vec::new();
        let mut spellings: HashMap<String, usize> = HashMap::new();
        for q in self.quads(None, &cosig("party"), Some(&me.clone().into()))? {
            let statement = match &q.graph_name {
                oxigraph::model::GraphName::NamedNode(g) => g.as_str().to_owned(),
                _ => continue,
            };
            let sig = match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.clone(),
                _ => continue,
            };
            let as_written = self.first(&sig, &cosig("asWritten"))?.unwrap_or_default();
            *spellings.entry(as_written.clone()).or_default() += 1;
            let (link, date) = self.statement_link(&summary, &statement)?;
            signed.push(Signed {
                date,
                statement: link,
                party: None,
                role: None,
                as_written,
            });
        }
        signed.sort();
        let mut spellings: Vec<(String, usize)> = spellings.into_iter().collect();
        spellings.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // Co-signers.
        let cosigning = self.cosigning()?;
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mine = cosigning
            .signed_by
            .get(iri)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for &s in mine {
            for p in &cosigning.signers[s] {
                if &**p != iri {
                    *counts.entry(&**p).or_default() += 1;
                }
            }
        }
        let mut cosigners = Vec::new();
        for (p, n) in counts {
            cosigners.push((self.link(p)?, n));
        }
        cosigners.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // Pairs among the nearest co-signers, for the picture.
        let near: HashMap<&str, usize> = cosigners
            .iter()
            .take(super::ego::MAX_NODES)
            .enumerate()
            .map(|(i, (l, _))| (l.iri.as_str(), i))
            .collect();
        let mut pair_counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for &s in mine {
            let here: Vec<usize> = cosigning.signers[s]
                .iter()
                .filter_map(|p| near.get(&**p).copied())
                .collect();
            for (i, a) in here.iter().enumerate() {
                for b in &here[i + 1..] {
                    *pair_counts.entry((*a.min(b), *a.max(b))).or_default() += 1;
                }
            }
        }
        let country = self.objects(&me, &cosig("country"))?;
        Ok(PartyView {
            me: Link {
                label: name,
                iri: iri.to_owned(),
            },
            other_names,
            acronyms: self.strings(&me, &cosig("acronym"))?,
            list_key: self.first(&me, &cosig("listKey"))?,
            country: match country.first().and_then(node) {
                Some(c) => Some(self.link(c.as_str())?),
                None => None,
            },
            wikidata: self.wikidata(&me)?,
            replaces: self.links(&me, &iri_of(DCTERMS, "replaces"))?,
            replaced_by: self.links(&me, &iri_of(DCTERMS, "isReplacedBy"))?,
            signed,
            spellings,
            cosigners,
            pairs: pair_counts.into_iter().map(|((a, b), n)| (a, b, n)).collect(),
        })
    }

    /// The facts of a person page.
    pub fn person(&self, iri: &str) -> Result<PersonView, StoreError> {
        let me = NamedNode::new_unchecked(iri);
        let summary = self.summary()?;
        let name = self.label(iri)?;
        let mut other_names = self.strings(&me, &iri_of(SKOS, "altLabel"))?;
        other_names.retain(|n| *n != name);
        let mut signed = Vec::new();
        for q in self.quads(None, &cosig("person"), Some(&me.clone().into()))? {
            let (oxigraph::model::GraphName::NamedNode(g), oxigraph::model::NamedOrBlankNode::NamedNode(sig)) =
                (&q.graph_name, &q.subject)
            else {
                continue;
            };
            let (statement, date) = self.statement_link(&summary, g.as_str())?;
            let party = match self.objects(sig, &cosig("party"))?.first().and_then(node) {
                Some(p) => Some(self.link(p.as_str())?),
                None => None,
            };
            signed.push(Signed {
                date,
                statement,
                party,
                role: self.first(sig, &cosig("role"))?,
                as_written: self.first(sig, &cosig("asWritten"))?.unwrap_or_default(),
            });
        }
        signed.sort();
        Ok(PersonView {
            me: Link {
                label: name,
                iri: iri.to_owned(),
            },
            other_names,
            member_of: self.links(&me, &iri_of("http://www.w3.org/ns/org#", "memberOf"))?,
            signed,
        })
    }

    /// The facts of a country page.
    pub fn country(&self, iri: &str) -> Result<CountryView, StoreError> {
        let me = NamedNode::new_unchecked(iri);
        let summary = self.summary()?;
        let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for p in [iri_of(SKOS, "prefLabel"), iri_of(SKOS, "altLabel")] {
            for t in self.objects(&me, &p)? {
                if let Term::Literal(l) = t {
                    let v = names.entry(l.language().unwrap_or("").to_owned()).or_default();
                    if !v.iter().any(|x| x == l.value()) {
                        v.push(l.value().to_owned());
                    }
                }
            }
        }
        let mut parties = Vec::new();
        for q in self.quads(None, &cosig("country"), Some(&me.clone().into()))? {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(p) = &q.subject {
                let n = summary.party_statements.get(p.as_str()).copied().unwrap_or(0);
                parties.push((self.link(p.as_str())?, n));
            }
        }
        parties.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        parties.dedup();
        Ok(CountryView {
            me: self.link(iri)?,
            names,
            alpha2: self.first(&me, &cosig("alpha2"))?,
            alpha3: self.first(&me, &cosig("alpha3"))?,
            wikidata: self.wikidata(&me)?,
            parties,
        })
    }

    /// The summary of the store, read on first use.
    pub fn summary(&self) -> Result<Arc<Summary>, StoreError> {
        cached(&self.summary, || self.read_summary())
    }

    /// The IRIs of one kind of entity (by `rdf:type`) that have a folder of their own.
    pub fn entities(&self, kind: Kind) -> Result<Vec<String>, StoreError> {
        let class = match kind {
            Kind::Statement => cosig("Statement"),
            Kind::Party => iri_of(SCHEMA, "PoliticalParty"),
            Kind::Person => iri_of(SCHEMA, "Person"),
            Kind::Country => iri_of(SCHEMA, "Country"),
        };
        let mut out: Vec<String> = self
            .quads(None, &iri_of(RDF, "type"), Some(&class.into()))?
            .into_iter()
            .filter_map(|q| match q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .filter(|i| entity_path(&self.base, i).is_some_and(|(k, _)| k == kind))
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// Entities below the base (typed statements, parties, persons, countries) whose IRI's
    /// path cannot be a folder, so that they have no documents.
    pub fn unplaced(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for class in [
            cosig("Statement"),
            iri_of(SCHEMA, "PoliticalParty"),
            iri_of(SCHEMA, "Person"),
            iri_of(SCHEMA, "Country"),
        ] {
            for q in self.quads(None, &iri_of(RDF, "type"), Some(&class.into()))? {
                if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = q.subject {
                    if n.as_str().starts_with(&self.base) && entity_path(&self.base, n.as_str()).is_none() {
                        out.push(n.into_string());
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// The co-signing, read on first use.
    pub fn cosigning(&self) -> Result<Arc<Cosigning>, StoreError> {
        let summary = self.summary()?;
        cached(&self.cosigning, || self.read_cosigning(&summary))
    }

    /// The `?key` -> `?n` rows of a counting query (`?key` an IRI, `?n` a number). The store
    /// counts without spelling out what it counts: far cheaper than reading the quads.
    fn counts(&self, sparql: &str) -> Result<HashMap<String, usize>, StoreError> {
        let mut out = HashMap::new();
        if let QueryResults::Solutions(rows) = self
            .store
            .query(&format!("PREFIX cosig: <{COSIG}>\n{sparql}"), Vec::new())?
        {
            for row in rows {
                let row = row.map_err(|e| StoreError::Query(format!("query failed: {e}")))?;
                if let (Some(Term::NamedNode(k)), Some(Term::Literal(n))) = (row.get("key"), row.get("n")) {
                    if let Ok(n) = n.value().parse() {
                        out.insert(k.as_str().to_owned(), n);
                    }
                }
            }
        }
        Ok(out)
    }

    fn read_summary(&self) -> Result<Summary, StoreError> {
        let mut s = Summary::default();
        let by_subject = |p: NamedNode| -> Result<HashMap<String, String>, StoreError> {
            let mut m = HashMap::new();
            for q in self.quads(None, &p, None)? {
                if let Some(v) = text(&q.object) {
                    m.entry(q.subject.to_string().trim_matches(['<', '>']).to_owned())
                        .and_modify(|old: &mut String| {
                            if v < *old {
                                *old = v.clone();
                            }
                        })
                        .or_insert(v);
                }
            }
            Ok(m)
        };
        // Six independent reads, each a pass over one predicate: run side by side (at 200,000
        // statements each takes seconds, most of it spelling out IRIs).
        type Counts = HashMap<String, usize>;
        let party_sql =
            "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s cosig:signedBy ?key } GROUP BY ?key";
        // The parties of each country first, then their statements: in the other order the
        // engine looked up the country of every signature (20 s against 2 s at 200,000
        // statements).
        let country_sql = "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) \
             WHERE { ?p cosig:country ?key . ?s cosig:signedBy ?p } GROUP BY ?key";
        let signatures_sql = "SELECT ?key (COUNT(?x) AS ?n) WHERE { ?key cosig:signature ?x } GROUP BY ?key";
        let (dates, titles, signature_counts, statements, party_statements, country_statements) =
            std::thread::scope(|scope| {
                let dates = scope.spawn(|| by_subject(iri_of(DCTERMS, "date")));
                let titles = scope.spawn(|| by_subject(iri_of(DCTERMS, "title")));
                let signatures = scope.spawn(|| self.counts(signatures_sql));
                let statements = scope.spawn(|| self.entities(Kind::Statement));
                let parties = scope.spawn(|| self.counts(party_sql));
                let countries = scope.spawn(|| self.counts(country_sql));
                Ok::<_, StoreError>((
                    joined(dates)?,
                    joined(titles)?,
                    joined::<Counts>(signatures)?,
                    joined(statements)?,
                    joined::<Counts>(parties)?,
                    joined::<Counts>(countries)?,
                ))
            })?;
        let mut rows: Vec<StatementRow> = statements
            .into_iter()
            .map(|iri| StatementRow {
                link: Link {
                    label: titles
                        .get(&iri)
                        .cloned()
                        .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(&iri).to_owned()),
                    iri: iri.clone(),
                },
                date: dates.get(&iri).cloned(),
                signatures: signature_counts.get(&iri).copied().unwrap_or(0),
            })
            .collect();
        rows.sort_by(|a, b| (&a.date, &a.link).cmp(&(&b.date, &b.link)));
        s.statement_index = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.link.iri.clone(), i))
            .collect();
        s.statements = rows;
        s.party_statements = party_statements;
        s.country_statements = country_statements;
        for iri in self.entities(Kind::Party)? {
            let me = NamedNode::new_unchecked(&iri);
            let country = match self.objects(&me, &cosig("country"))?.first().and_then(node) {
                Some(c) => Some(self.link(c.as_str())?),
                None => None,
            };
            s.parties.push((self.link(&iri)?, country));
        }
        s.parties.sort();
        let person_statements = self.counts(
            "SELECT ?key (COUNT(DISTINCT ?g) AS ?n) \
             WHERE { GRAPH ?g { ?x cosig:person ?key } } GROUP BY ?key",
        )?;
        for iri in self.entities(Kind::Person)? {
            let n = person_statements.get(&iri).copied().unwrap_or(0);
            s.persons.push((self.link(&iri)?, n));
        }
        s.persons.sort();
        for iri in self.entities(Kind::Country)? {
            let code = self.first(&NamedNode::new_unchecked(&iri), &cosig("alpha2"))?;
            s.countries.push((self.link(&iri)?, code));
        }
        s.countries.sort();
        Ok(s)
    }

    fn read_cosigning(&self, summary: &Summary) -> Result<Cosigning, StoreError> {
        let mut c = Cosigning {
            signers: vec![Vec::new(); summary.statements.len()],
            ..Cosigning::default()
        };
        let mut interned: HashMap<String, Arc<str>> = HashMap::new();
        // The bundled `statement-parties`: one row per statement, its parties joined (the
        // store spells each statement's IRI once, not once per signature).
        let query = queries::find("statement-parties").map_err(|e| StoreError::Query(e.to_string()))?;
        let QueryResults::Solutions(rows) = self.store.query(query.text, Vec::new())? else {
            return Ok(c);
        };
        for row in rows {
            let row = row.map_err(|e| StoreError::Query(format!("query failed: {e}")))?;
            let (Some(Term::NamedNode(s)), Some(Term::Literal(ps))) =
                (row.get("statement"), row.get("parties"))
            else {
                continue;
            };
            let Some(&i) = summary.statement_index.get(s.as_str()) else {
                continue;
            };
            for p in ps.value().split(' ').filter(|p| !p.is_empty()) {
                let p: Arc<str> = interned
                    .entry(p.to_owned())
                    .or_insert_with(|| Arc::from(p))
                    .clone();
                if !c.signers[i].contains(&p) {
                    c.signers[i].push(p.clone());
                    c.signed_by.entry(p).or_default().push(i);
                }
            }
        }
        Ok(c)
    }
}

/// What `slot` holds, read with `read` the first time (callers meanwhile wait for that
/// reading rather than start their own).
fn cached<T>(
    slot: &Mutex<Option<Arc<T>>>,
    read: impl FnOnce() -> Result<T, StoreError>,
) -> Result<Arc<T>, StoreError> {
    let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = &*slot {
        return Ok(v.clone());
    }
    let v = Arc::new(read()?);
    *slot = Some(v.clone());
    Ok(v)
}

/// What a scoped reading thread returned (a panic in it reported as a failed reading).
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, Result<T, StoreError>>) -> Result<T, StoreError> {
    h.join()
        .map_err(|_| StoreError::Query("a reading of the summary failed".into()))?
}

fn iri_of(ns: &str, local: &str) -> NamedNode {
    iri(ns, local)
}
