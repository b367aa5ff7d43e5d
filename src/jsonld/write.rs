//! The compacting writer: triples to node objects keyed by the context's terms.
//!
//! For each value the writer picks a key whose definition expands it back to the same
//! triple: the term of the predicate whose kind fits the value (an IRI under a `@type: @id`
//! term, a literal of the term's datatype as a bare string, language-tagged strings in a
//! language map), else a term without coercion with a value object, else a compact IRI
//! (`skos:altLabel`), else the full IRI. A node that only one other node of the document
//! points to is written inside it (a statement's signatures, source file and diagnostics).

use super::context::{context, Kind, TermDef, CONTEXT_FILE, TERMS};
use super::json::Json;
use crate::progress::Progress;
use crate::rdf::vocab::{PREFIXES, RDF, XSD};
use crate::store::{Store, StoreError};
use oxigraph::model::{Literal, NamedOrBlankNode, Term, Triple};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::sync::OnceLock;

/// How a document refers to the context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextRef {
    /// The context written out in the document.
    Inline,
    /// A link to `context.jsonld`, relative to the document (`../../context.jsonld`).
    Relative(String),
}

impl ContextRef {
    /// A link to the site's context from a document `depth` folders below the site's root.
    pub fn from_depth(depth: usize) -> Self {
        Self::Relative(format!("{}{CONTEXT_FILE}", "../".repeat(depth)))
    }

    fn value(&self) -> Json {
        match self {
            Self::Inline => context(),
            Self::Relative(link) => Json::Str(link.clone()),
        }
    }
}

/// The terms by IRI.
fn terms_by_iri() -> &'static HashMap<String, Vec<&'static TermDef>> {
    static MAP: OnceLock<HashMap<String, Vec<&'static TermDef>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<&'static TermDef>> = HashMap::new();
        for t in TERMS {
            map.entry(t.iri()).or_default().push(t);
        }
        map
    })
}

/// An IRI shortened by the longest known prefix (`wd:Q123`), else whole.
pub fn compact_iri(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.len() > ns.len() && iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .map(|(p, ns)| (p, &iri[ns.len()..]))
        .filter(|(_, local)| !local.starts_with("//"))
        .map_or_else(|| iri.to_owned(), |(p, local)| format!("{p}:{local}"))
}

fn node_id(n: &NamedOrBlankNode) -> String {
    match n {
        NamedOrBlankNode::NamedNode(n) => compact_iri(n.as_str()),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn subject_key(n: &NamedOrBlankNode) -> String {
    match n {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn object_key(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        Term::Literal(_) => None,
    }
}

/// Where a value goes: under a key as a value, or in the language map of a key.
enum Slot {
    Value(Json),
    Lang(String, String),
}

/// A term of the predicate of this kind, if the context has one.
fn term_of(predicate: &str, fits: impl Fn(&TermDef) -> bool) -> Option<&'static TermDef> {
    terms_by_iri().get(predicate)?.iter().copied().find(|t| fits(t))
}

/// The key of a predicate that has no fitting term: a compact IRI, else the IRI.
fn fallback_key(predicate: &str) -> String {
    compact_iri(predicate)
}

/// A literal as a value object.
fn value_object(l: &Literal) -> Json {
    let mut entries = vec![("@value".to_owned(), Json::str(l.value()))];
    match l.language() {
        Some(lang) => entries.push(("@language".into(), Json::str(lang))),
        None if l.datatype().as_str() != format!("{XSD}string") => {
            entries.push(("@type".into(), Json::Str(compact_iri(l.datatype().as_str()))));
        }
        None => return Json::str(l.value()),
    }
    Json::Obj(entries)
}

/// An integer written in its canonical form, which a JSON number keeps.
fn canonical_integer(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && text != "-0"
}

/// The key and slot of a literal.
fn literal_slot(predicate: &str, l: &Literal) -> (String, Slot) {
    if let Some(lang) = l.language() {
        if let Some(t) = term_of(predicate, |t| t.kind == Kind::Language) {
            return (t.name.into(), Slot::Lang(lang.into(), l.value().into()));
        }
    } else {
        let dt = l.datatype().as_str();
        if let Some(t) = term_of(predicate, |t| t.datatype().as_deref() == Some(dt)) {
            let value = if dt == format!("{XSD}integer") && canonical_integer(l.value()) {
                Json::Num(l.value().into())
            } else {
                Json::str(l.value())
            };
            return (t.name.into(), Slot::Value(value));
        }
    }
    let key = term_of(predicate, |t| t.kind == Kind::Plain)
        .map_or_else(|| fallback_key(predicate), |t| t.name.to_owned());
    (key, Slot::Value(value_object(l)))
}

/// The key of an IRI value, and whether the key writes IRIs as bare strings.
fn iri_key(predicate: &str) -> (String, bool) {
    match term_of(predicate, |t| t.kind == Kind::Id) {
        Some(t) => (t.name.into(), true),
        None => (
            term_of(predicate, |t| t.kind == Kind::Plain)
                .map_or_else(|| fallback_key(predicate), |t| t.name.to_owned()),
            false,
        ),
    }
}

/// A `type` value: the class's term, else a compact IRI.
fn type_value(iri: &str) -> String {
    term_of(iri, |t| t.kind == Kind::Class).map_or_else(|| compact_iri(iri), |t| t.name.to_owned())
}

/// Builds node objects from triples.
struct Nodes<'a> {
    by_subject: BTreeMap<String, (&'a NamedOrBlankNode, Vec<&'a Triple>)>,
    embedded: HashSet<String>,
}

impl<'a> Nodes<'a> {
    fn new(triples: &'a [Triple], main: Option<&str>) -> Self {
        let mut by_subject: BTreeMap<String, (&NamedOrBlankNode, Vec<&Triple>)> = BTreeMap::new();
        for t in triples {
            by_subject
                .entry(subject_key(&t.subject))
                .or_insert_with(|| (&t.subject, Vec::new()))
                .1
                .push(t);
        }
        let mut references: HashMap<String, usize> = HashMap::new();
        for t in triples {
            if let Some(k) = object_key(&t.object).filter(|k| by_subject.contains_key(k)) {
                *references.entry(k).or_default() += 1;
            }
        }
        let embedded = references
            .into_iter()
            .filter(|(k, n)| *n == 1 && Some(k.as_str()) != main)
            .map(|(k, _)| k)
            .collect();
        Self { by_subject, embedded }
    }

    /// The nodes written at the top: the main subject first, then the others not embedded.
    fn top(&self, main: Option<&str>) -> Vec<Json> {
        let mut keys: Vec<&String> = self
            .by_subject
            .keys()
            .filter(|k| !self.embedded.contains(*k))
            .collect();
        keys.sort_by_key(|k| (Some(k.as_str()) != main, *k));
        // Nodes pointed to once inside a cycle are reachable from no top node: write them
        // at the top too, so no triple is lost.
        let mut written = HashSet::new();
        let mut out: Vec<Json> = keys
            .into_iter()
            .map(|k| self.node(k, &mut vec![], &mut written))
            .collect();
        for k in self.by_subject.keys() {
            if !written.contains(k) {
                out.push(self.node(k, &mut vec![], &mut written));
            }
        }
        out
    }

    fn node(&self, key: &str, path: &mut Vec<String>, written: &mut HashSet<String>) -> Json {
        let (subject, triples) = &self.by_subject[key];
        written.insert(key.to_owned());
        path.push(key.to_owned());
        let mut types = Vec::new();
        let mut values: BTreeMap<String, Vec<Json>> = BTreeMap::new();
        let mut maps: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        for t in triples {
            let p = t.predicate.as_str();
            if p == format!("{RDF}type") {
                if let Term::NamedNode(c) = &t.object {
                    types.push(type_value(c.as_str()));
                    continue;
                }
            }
            match &t.object {
                Term::Literal(l) => match literal_slot(p, l) {
                    (k, Slot::Value(v)) => values.entry(k).or_default().push(v),
                    (k, Slot::Lang(lang, v)) => maps.entry(k).or_default().entry(lang).or_default().push(v),
                },
                object => {
                    let (k, bare) = iri_key(p);
                    let ok = object_key(object).expect("not a literal");
                    let embed = self.embedded.contains(&ok) && !path.contains(&ok) && !written.contains(&ok);
                    let v = if embed {
                        self.node(&ok, path, written)
                    } else {
                        let id = match object {
                            Term::NamedNode(n) => compact_iri(n.as_str()),
                            _ => ok.clone(),
                        };
                        if bare {
                            Json::Str(id)
                        } else {
                            Json::Obj(vec![("id".into(), Json::Str(id))])
                        }
                    };
                    values.entry(k).or_default().push(v);
                }
            }
        }
        path.pop();
        let mut entries = vec![("id".to_owned(), Json::Str(node_id(subject)))];
        if !types.is_empty() {
            types.sort();
            types.dedup();
            entries.push((
                "type".into(),
                Json::one_or_many(types.into_iter().map(Json::Str).collect()),
            ));
        }
        for (k, map) in maps {
            let langs = map
                .into_iter()
                .map(|(lang, mut v)| {
                    v.sort();
                    (lang, Json::one_or_many(v.into_iter().map(Json::Str).collect()))
                })
                .collect();
            values.entry(k).or_default().push(Json::Obj(langs));
        }
        for (k, mut v) in values {
            v.sort_by_cached_key(Json::pretty);
            entries.push((k, Json::one_or_many(v)));
        }
        Json::Obj(entries)
    }
}

/// A JSON-LD document of some triples: one node object when one node is left at the top
/// (others written inside it), else a `@graph` of them; `main` first.
pub fn document(triples: &[Triple], main: Option<&str>, context: &ContextRef) -> String {
    let nodes = Nodes::new(triples, main);
    let mut top = nodes.top(main);
    let ctx = ("@context".to_owned(), context.value());
    let doc = match (top.len(), top.pop()) {
        (1, Some(Json::Obj(mut entries))) => {
            entries.insert(0, ctx);
            Json::Obj(entries)
        }
        (_, last) => {
            top.extend(last);
            Json::Obj(vec![ctx, ("@graph".into(), Json::Arr(top))])
        }
    };
    let mut text = doc.pretty();
    text.push('\n');
    text
}

/// `export --format jsonld`: every named graph (the store's own facts aside) as a graph
/// object of a `@graph`, graphs in IRI order, the context inline. Reads one graph at a time.
pub fn write_dataset(store: &Store, out: &mut dyn Write, progress: &dyn Progress) -> Result<(), StoreError> {
    let mut graphs = store.named_graphs()?;
    graphs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    progress.phase("writing graphs", Some(graphs.len() as u64));
    let ctx = context().pretty_at(1);
    write!(out, "{{\n  \"@context\": {ctx},\n  \"@graph\": [")?;
    for (i, g) in graphs.iter().enumerate() {
        let triples: Vec<Triple> = store
            .matching(None, None, None, Some(g))
            .map(|q| q.map(Triple::from))
            .collect::<Result<_, _>>()?;
        let nodes = Nodes::new(&triples, None).top(None);
        let graph = Json::Obj(vec![
            ("id".into(), Json::Str(compact_iri(g.as_str()))),
            ("@graph".into(), Json::Arr(nodes)),
        ]);
        write!(
            out,
            "{}\n    {}",
            if i > 0 { "," } else { "" },
            graph.pretty_at(2)
        )?;
        progress.advance(1);
    }
    writeln!(out, "\n  ]\n}}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    fn iri(s: &str) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    #[test]
    fn values_get_the_terms_that_expand_them_back() {
        let s = iri("https://x.org/d/party/gr/kke");
        let c = "https://w3id.org/cosignet/ns#";
        let skos = "http://www.w3.org/2004/02/skos/core#";
        let triples = vec![
            Triple::new(
                s.clone(),
                iri(&format!("{RDF}type")),
                iri("http://schema.org/PoliticalParty"),
            ),
            Triple::new(
                s.clone(),
                iri("http://schema.org/name"),
                Literal::new_simple_literal("KKE"),
            ),
            Triple::new(
                s.clone(),
                iri(&format!("{skos}altLabel")),
                Literal::new_simple_literal("CP of Greece"),
            ),
            Triple::new(
                s.clone(),
                iri(&format!("{skos}altLabel")),
                Literal::new_language_tagged_literal_unchecked("Griechenland", "de"),
            ),
            Triple::new(
                s.clone(),
                iri(&format!("{c}country")),
                iri("https://x.org/d/country/gr"),
            ),
            Triple::new(
                s.clone(),
                iri("http://www.w3.org/2002/07/owl#sameAs"),
                iri("http://www.wikidata.org/entity/Q1"),
            ),
            Triple::new(s.clone(), iri(&format!("{c}sourceLine")), Literal::from(57_i64)),
        ];
        let text = document(&triples, Some(s.as_str()), &ContextRef::from_depth(3));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["@context"], "../../../context.jsonld");
        assert_eq!(v["id"], "https://x.org/d/party/gr/kke");
        assert_eq!(v["type"], "PoliticalParty");
        assert_eq!(v["name"], "KKE");
        assert_eq!(v["skos:altLabel"], "CP of Greece");
        assert_eq!(v["altLabel"]["de"], "Griechenland");
        assert_eq!(v["country"], "https://x.org/d/country/gr");
        assert_eq!(v["sameAs"], "wd:Q1");
        assert_eq!(v["sourceLine"], 57);
    }

    #[test]
    fn nodes_pointed_to_once_are_written_inside() {
        let s = iri("https://x.org/d/statement/a");
        let sig = iri("https://x.org/d/statement/a/signature/b");
        let c = "https://w3id.org/cosignet/ns#";
        let triples = vec![
            Triple::new(s.clone(), iri(&format!("{c}signature")), sig.clone()),
            Triple::new(
                sig.clone(),
                iri(&format!("{c}asWritten")),
                Literal::new_simple_literal("B"),
            ),
            Triple::new(sig.clone(), iri(&format!("{c}signature")), s.clone()),
        ];
        let text = document(&triples, Some(s.as_str()), &ContextRef::Inline);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["signature"]["asWritten"], "B", "{text}");
        assert_eq!(v["signature"]["signature"], "https://x.org/d/statement/a");
        assert!(v["@context"].is_object());
    }

    #[test]
    fn integers_are_numbers_only_in_canonical_form() {
        for (text, yes) in [
            ("57", true),
            ("0", true),
            ("-3", true),
            ("057", false),
            ("-0", false),
            ("", false),
        ] {
            assert_eq!(canonical_integer(text), yes, "{text}");
        }
    }
}
