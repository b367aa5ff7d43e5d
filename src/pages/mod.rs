//! The linked-data documents of a store, as the site writes them and `serve` answers them:
//! one folder per entity (statement, party, person, country) under the path its IRI has
//! below the base, holding `index.html`, `data.ttl` (our sorted Turtle) and `data.jsonld`
//! (compacted against `context.jsonld`); the vocabulary under `ns/`; index pages.
//!
//! [`Pages::render`] makes every document from the store, so the site and `serve` give the
//! same bytes for the same store; [`Pages::route`] maps a request path to a document or to
//! a negotiation, the rules the site's nginx and Apache files follow too. Statement
//! sub-resources (signatures, source file, diagnostics) are described in their statement's
//! documents and redirect there.

pub mod ego;
pub mod entity;
pub mod facts;
pub mod html;
pub mod indexes;
pub mod paths;
pub mod vocabulary;

use crate::negotiate::Representation;
use crate::rdf::cosig;
use crate::store::{Store, StoreError};
use facts::Facts;
use oxigraph::model::{NamedNode, Triple};
pub use paths::Kind;
use std::collections::HashSet;

/// One document of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Doc {
    /// `index.html`.
    Home,
    /// `statements/index.html`: the years.
    Statements,
    /// `statements/{year}.html`.
    Year(String),
    /// `parties/index.html`.
    Parties,
    /// `persons/index.html`: the initials.
    Persons,
    /// `persons/{initial}.html`.
    Initial(String),
    /// `countries/index.html`.
    Countries,
    /// `ns/`: the vocabulary.
    Vocabulary,
    /// `{path}/`: an entity.
    Entity {
        /// What it is.
        kind: Kind,
        /// Its IRI.
        iri: String,
        /// Its folder (the IRI's path below the base, percent-decoded).
        folder: String,
    },
}

const ALL: &[Representation] = &Representation::ALL;
const HTML: &[Representation] = &[Representation::Html];

impl Doc {
    /// The representations it has.
    pub fn representations(&self) -> &'static [Representation] {
        match self {
            Self::Vocabulary | Self::Entity { .. } => ALL,
            _ => HTML,
        }
    }

    /// The folder holding the entity's or vocabulary's files.
    fn folder(&self) -> Option<&str> {
        match self {
            Self::Vocabulary => Some("ns"),
            Self::Entity { folder, .. } => Some(folder),
            _ => None,
        }
    }

    /// The file of one representation, relative to the site's root.
    pub fn path(&self, r: Representation) -> String {
        if let Some(folder) = self.folder() {
            return format!("{folder}/{}", r.file());
        }
        match self {
            Self::Home => "index.html".into(),
            Self::Statements => "statements/index.html".into(),
            Self::Year(y) => format!("statements/{y}.html"),
            Self::Parties => "parties/index.html".into(),
            Self::Persons => "persons/index.html".into(),
            Self::Initial(i) => format!("persons/{i}.html"),
            Self::Countries => "countries/index.html".into(),
            Self::Vocabulary | Self::Entity { .. } => unreachable!("has a folder"),
        }
    }

    /// How many folders below the root its files are.
    pub fn depth(&self) -> usize {
        self.path(Representation::Html).matches('/').count()
    }
}

/// Where a request path leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A document in one representation (200).
    Doc(Doc, Representation),
    /// An IRI: see other (303) at `{folder}/{file}` of the representation `Accept` prefers.
    Negotiate(String),
    /// A file every site has: `style.css`, `context.jsonld`.
    Asset(&'static str),
    /// Nothing.
    NotFound,
}

/// Links from one page to the others, relative to it.
pub struct Linker<'a> {
    base: &'a str,
    root: String,
}

impl Linker<'_> {
    /// The path from the page to the site's root.
    pub fn root(&self) -> &str {
        &self.root
    }

    /// The link to the page of an IRI, when the site has one.
    pub fn href(&self, iri: &str) -> Option<String> {
        if let Some(local) = iri.strip_prefix(crate::rdf::vocab::COSIG) {
            return Some(format!("{}ns/index.html#{local}", self.root));
        }
        if iri == vocabulary::ontology_iri() {
            return Some(format!("{}ns/index.html", self.root));
        }
        paths::entity_path(self.base, iri)?;
        Some(format!("{}{}/index.html", self.root, &iri[self.base.len()..]))
    }
}

/// The documents of one store.
pub struct Pages {
    facts: Facts,
    ontology_graph: NamedNode,
    cosignings_graph: NamedNode,
    endpoint: Option<String>,
}

impl Pages {
    /// The documents of `store`, whose identities are minted under `base`; the home page
    /// names `endpoint` (a relative link) as the SPARQL endpoint when given.
    pub fn new(store: Store, base: &str, endpoint: Option<&str>) -> Self {
        Self {
            facts: Facts::new(store, base),
            ontology_graph: NamedNode::new_unchecked(format!("{base}graph/ontology")),
            cosignings_graph: NamedNode::new_unchecked(format!("{base}graph/cosignings")),
            endpoint: endpoint.map(str::to_owned),
        }
    }

    /// The facts behind the pages.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    fn linker(&self, doc: &Doc) -> Linker<'_> {
        Linker {
            base: self.facts.base(),
            root: "../".repeat(doc.depth()),
        }
    }

    /// Every document, indexes first.
    pub fn docs(&self) -> Result<Vec<Doc>, StoreError> {
        let summary = self.facts.summary()?;
        let mut docs = vec![
            Doc::Home,
            Doc::Statements,
            Doc::Parties,
            Doc::Persons,
            Doc::Countries,
            Doc::Vocabulary,
        ];
        docs.extend(indexes::years(&summary).into_iter().map(Doc::Year));
        docs.extend(indexes::initials(&summary).into_iter().map(Doc::Initial));
        for kind in Kind::ALL {
            for iri in self.facts.entities(kind)? {
                if let Some(doc) = self.entity(&iri) {
                    docs.push(doc);
                }
            }
        }
        Ok(docs)
    }

    /// The document of an IRI with a folder (whether the store knows it or not).
    fn entity(&self, iri: &str) -> Option<Doc> {
        let (kind, folder) = paths::entity_path(self.facts.base(), iri)?;
        Some(Doc::Entity {
            kind,
            iri: iri.to_owned(),
            folder,
        })
    }

    /// The triples a data document describes.
    fn triples(&self, doc: &Doc) -> Result<(Vec<Triple>, String), StoreError> {
        let store = self.facts.store();
        let (quads, main): (Vec<_>, String) = match doc {
            Doc::Vocabulary => (
                store
                    .matching(None, None, None, Some(&self.ontology_graph))
                    .collect::<Result<_, _>>()?,
                vocabulary::ontology_iri().to_owned(),
            ),
            Doc::Entity {
                kind: Kind::Statement,
                iri,
                ..
            } => (
                store
                    .matching(None, None, None, Some(&NamedNode::new_unchecked(iri)))
                    .collect::<Result<_, _>>()?,
                iri.clone(),
            ),
            Doc::Entity { kind, iri, .. } => {
                let node = NamedNode::new_unchecked(iri);
                let mut quads: Vec<_> = store
                    .matching(Some(&node), None, None, None)
                    .collect::<Result<_, _>>()?;
                if *kind == Kind::Party {
                    // What it signed with others, named by fragments of its document.
                    let fragment = format!("{iri}#");
                    let term = node.clone().into();
                    for q in store.matching(
                        None,
                        Some(&cosig("between")),
                        Some(&term),
                        Some(&self.cosignings_graph),
                    ) {
                        if let oxigraph::model::NamedOrBlankNode::NamedNode(pair) = q?.subject {
                            if pair.as_str().starts_with(&fragment) {
                                for q in store.matching(Some(&pair), None, None, Some(&self.cosignings_graph))
                                {
                                    quads.push(q?);
                                }
                            }
                        }
                    }
                }
                (quads, iri.clone())
            }
            _ => return Ok((Vec::new(), String::new())),
        };
        let mut seen = HashSet::new();
        let triples = quads
            .into_iter()
            .map(Triple::from)
            .filter(|t| seen.insert(t.clone()))
            .collect();
        Ok((triples, main))
    }

    /// One document in one representation.
    pub fn render(&self, doc: &Doc, r: Representation) -> Result<Vec<u8>, StoreError> {
        match r {
            Representation::Html => Ok(self.html(doc)?.into_bytes()),
            Representation::Turtle => {
                let (triples, _) = self.triples(doc)?;
                let mut out = Vec::new();
                crate::export::turtle_document(triples, &mut out)?;
                Ok(out)
            }
            Representation::JsonLd => {
                let (triples, main) = self.triples(doc)?;
                let context = crate::jsonld::ContextRef::from_depth(doc.depth());
                Ok(crate::jsonld::document(&triples, Some(&main), &context).into_bytes())
            }
        }
    }

    fn html(&self, doc: &Doc) -> Result<String, StoreError> {
        let linker = self.linker(doc);
        let f = &self.facts;
        Ok(match doc {
            Doc::Home => indexes::home(&*f.summary()?, &linker, self.endpoint.as_deref()),
            Doc::Statements => indexes::statements(&*f.summary()?, &linker),
            Doc::Year(y) => indexes::year(&*f.summary()?, y, &linker),
            Doc::Parties => indexes::parties(&*f.summary()?, &linker),
            Doc::Persons => indexes::persons(&*f.summary()?, &linker),
            Doc::Initial(i) => indexes::initial(&*f.summary()?, i, &linker),
            Doc::Countries => indexes::countries(&*f.summary()?, &linker),
            Doc::Vocabulary => vocabulary::page_of(&self.triples(doc)?.0, &linker),
            Doc::Entity { kind, iri, .. } => match kind {
                Kind::Statement => entity::statement(&f.statement(iri)?, &linker),
                Kind::Party => entity::party(&f.party(iri)?, &linker),
                Kind::Person => entity::person(&f.person(iri)?, &linker),
                Kind::Country => entity::country(&f.country(iri)?, &linker),
            },
        })
    }

    /// The entity document a request path (below the root, no leading `/`) names, when
    /// the store knows the entity.
    fn known_entity(&self, path: &str) -> Result<Option<Doc>, StoreError> {
        for iri in paths::candidate_iris(self.facts.base(), path) {
            if let Some(doc) = self.entity(&iri) {
                if self.facts.exists(&iri)? {
                    return Ok(Some(doc));
                }
            }
        }
        Ok(None)
    }

    /// Where a request path (below the root, without the leading `/`) leads.
    pub fn route(&self, path: &str) -> Result<Route, StoreError> {
        use Representation::Html;
        let summary = || self.facts.summary();
        let page = |d: Doc| Ok(Route::Doc(d, Html));
        match path {
            "" | "index.html" => return page(Doc::Home),
            "statements/" | "statements/index.html" => return page(Doc::Statements),
            "parties/" | "parties/index.html" => return page(Doc::Parties),
            "persons/" | "persons/index.html" => return page(Doc::Persons),
            "countries/" | "countries/index.html" => return page(Doc::Countries),
            "style.css" => return Ok(Route::Asset("style.css")),
            "context.jsonld" => return Ok(Route::Asset("context.jsonld")),
            "ns" => return Ok(Route::Negotiate("ns".into())),
            "ns/" => return page(Doc::Vocabulary),
            _ => {}
        }
        if let Some(y) = path
            .strip_prefix("statements/")
            .and_then(|p| p.strip_suffix(".html"))
        {
            if indexes::years(&*summary()?).iter().any(|x| x == y) {
                return page(Doc::Year(y.to_owned()));
            }
        }
        if let Some(i) = path
            .strip_prefix("persons/")
            .and_then(|p| p.strip_suffix(".html"))
        {
            if indexes::initials(&*summary()?).iter().any(|x| x == i) {
                return page(Doc::Initial(i.to_owned()));
            }
        }
        // `{folder}/` and `{folder}/{file}`: a document.
        if let Some((folder, file)) = path.rsplit_once('/') {
            let r = if file.is_empty() {
                Some(Html)
            } else {
                Representation::ALL.into_iter().find(|r| r.file() == file)
            };
            if let Some(r) = r {
                if folder == "ns" {
                    return Ok(Route::Doc(Doc::Vocabulary, r));
                }
                if let Some(doc) = self.known_entity(folder)? {
                    return Ok(Route::Doc(doc, r));
                }
            }
        }
        // `{folder}`: the IRI itself.
        if self.known_entity(path)?.is_some() {
            return Ok(Route::Negotiate(path.to_owned()));
        }
        // `{folder}.ttl`: one representation, whatever `Accept` says.
        if let Some((stem, suffix)) = path.rsplit_once('.') {
            if let Some(r) = Representation::from_suffix(suffix) {
                if stem == "ns" {
                    return Ok(Route::Doc(Doc::Vocabulary, r));
                }
                if let Some(doc) = self.known_entity(stem)? {
                    return Ok(Route::Doc(doc, r));
                }
            }
        }
        // Below a statement: its signatures, source and diagnostics.
        if let Some(rest) = path.strip_prefix("statement/") {
            if let Some((id, _)) = rest.split_once('/') {
                let folder = format!("statement/{id}");
                if self.known_entity(&folder)?.is_some() {
                    return Ok(Route::Negotiate(folder));
                }
            }
        }
        Ok(Route::NotFound)
    }
}
