//! The terms of cosignet's JSON-LD context, the one source of `context.jsonld`.

use super::json::Json;
use crate::rdf::vocab::{PREFIXES, XSD};

/// The context's file name in the site.
pub const CONTEXT_FILE: &str = "context.jsonld";

/// How a term's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain strings (also value objects for other literals).
    Plain,
    /// IRIs as strings (`"@type": "@id"`).
    Id,
    /// Literals of this datatype (an IRI under `xsd:`) as strings.
    Typed(&'static str),
    /// Language-tagged strings as a language map (`"@container": "@language"`).
    Language,
    /// A class (used as a `type` value only).
    Class,
}

/// A term: its name, its IRI as prefix and local name, and how its values are written.
#[derive(Debug, Clone, Copy)]
pub struct TermDef {
    /// The term.
    pub name: &'static str,
    /// The prefix of its IRI (one of [`PREFIXES`]).
    pub prefix: &'static str,
    /// Its IRI's local name.
    pub local: &'static str,
    /// How values are written.
    pub kind: Kind,
}

const fn t(name: &'static str, prefix: &'static str, local: &'static str, kind: Kind) -> TermDef {
    TermDef {
        name,
        prefix,
        local,
        kind,
    }
}

use Kind::{Class, Id, Language, Plain, Typed};

/// Every term of the context, grouped as the data uses them.
pub const TERMS: &[TermDef] = &[
    // Classes.
    t("Statement", "cosig", "Statement", Class),
    t("Signature", "cosig", "Signature", Class),
    t("SourceFile", "cosig", "SourceFile", Class),
    t("Diagnostic", "cosig", "Diagnostic", Class),
    t("PoliticalParty", "schema", "PoliticalParty", Class),
    t("Person", "schema", "Person", Class),
    t("Country", "schema", "Country", Class),
    t("CoSigning", "cosig", "CoSigning", Class),
    // Statements.
    t("identifier", "dcterms", "identifier", Plain),
    t("title", "dcterms", "title", Plain),
    t("date", "dcterms", "date", Typed("date")),
    t("language", "dcterms", "language", Plain),
    t("place", "cosig", "place", Plain),
    t("issuer", "cosig", "issuer", Plain),
    t("signature", "cosig", "signature", Id),
    t("signedBy", "cosig", "signedBy", Id),
    t("diagnostic", "cosig", "diagnostic", Id),
    t("wasDerivedFrom", "prov", "wasDerivedFrom", Id),
    t("path", "cosig", "path", Plain),
    t("sha256", "cosig", "sha256", Plain),
    t("url", "schema", "url", Id),
    // Signatures and diagnostics.
    t("asWritten", "cosig", "asWritten", Plain),
    t("sourceLine", "cosig", "sourceLine", Typed("integer")),
    t("role", "cosig", "role", Plain),
    t("party", "cosig", "party", Id),
    t("partyName", "cosig", "partyName", Plain),
    t("partyCountry", "cosig", "partyCountry", Id),
    t("person", "cosig", "person", Id),
    t("personName", "cosig", "personName", Plain),
    t("severity", "cosig", "severity", Plain),
    t("comment", "rdfs", "comment", Plain),
    // Parties, persons, countries.
    t("name", "schema", "name", Plain),
    t("prefLabel", "skos", "prefLabel", Language),
    t("altLabel", "skos", "altLabel", Language),
    t("acronym", "cosig", "acronym", Plain),
    t("listKey", "cosig", "listKey", Plain),
    t("country", "cosig", "country", Id),
    t("alpha2", "cosig", "alpha2", Plain),
    t("alpha3", "cosig", "alpha3", Plain),
    t("sameAs", "owl", "sameAs", Id),
    t("memberOf", "org", "memberOf", Id),
    t("replaces", "dcterms", "replaces", Id),
    t("isReplacedBy", "dcterms", "isReplacedBy", Id),
    // Co-signings (derived).
    t("unpaired", "cosig", "unpaired", Typed("boolean")),
    t("between", "cosig", "between", Id),
    t("statementCount", "cosig", "statementCount", Typed("integer")),
    t("newmanWeight", "cosig", "newmanWeight", Typed("double")),
    t("firstDate", "cosig", "firstDate", Typed("date")),
    t("lastDate", "cosig", "lastDate", Typed("date")),
    // The vocabulary's own description.
    t("label", "rdfs", "label", Language),
    t("subClassOf", "rdfs", "subClassOf", Id),
    t("subPropertyOf", "rdfs", "subPropertyOf", Id),
    t("domain", "rdfs", "domain", Id),
    t("range", "rdfs", "range", Id),
    t("seeAlso", "rdfs", "seeAlso", Id),
    t("equivalentProperty", "owl", "equivalentProperty", Id),
    t("closeMatch", "skos", "closeMatch", Id),
    t("versionInfo", "owl", "versionInfo", Plain),
];

impl TermDef {
    /// The namespace of its prefix.
    pub fn namespace(&self) -> &'static str {
        PREFIXES
            .iter()
            .find(|(p, _)| *p == self.prefix)
            .map(|(_, ns)| *ns)
            .expect("every term's prefix is a known prefix (tested)")
    }

    /// Its full IRI.
    pub fn iri(&self) -> String {
        format!("{}{}", self.namespace(), self.local)
    }

    /// The datatype IRI of a typed term.
    pub fn datatype(&self) -> Option<String> {
        match self.kind {
            Typed(local) => Some(format!("{XSD}{local}")),
            _ => None,
        }
    }
}

/// The context as a JSON object (the value of `@context`).
pub fn context() -> Json {
    let mut entries: Vec<(String, Json)> = vec![
        ("id".into(), Json::str("@id")),
        ("type".into(), Json::str("@type")),
    ];
    for (p, ns) in PREFIXES {
        entries.push(((*p).into(), Json::str(ns)));
    }
    for term in TERMS {
        let id = format!("{}:{}", term.prefix, term.local);
        let def = match term.kind {
            Plain | Class => Json::Str(id),
            Id => Json::Obj(vec![
                ("@id".into(), Json::Str(id)),
                ("@type".into(), Json::str("@id")),
            ]),
            Typed(local) => Json::Obj(vec![
                ("@id".into(), Json::Str(id)),
                ("@type".into(), Json::Str(format!("xsd:{local}"))),
            ]),
            Language => Json::Obj(vec![
                ("@id".into(), Json::Str(id)),
                ("@container".into(), Json::str("@language")),
            ]),
        };
        entries.push((term.name.into(), def));
    }
    Json::Obj(entries)
}

/// `context.jsonld`: the context as a document of its own.
pub fn context_document() -> String {
    let mut text = Json::Obj(vec![("@context".into(), context())]).pretty();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_unique_and_their_prefixes_known() {
        let mut names: Vec<&str> = TERMS.iter().map(|t| t.name).collect();
        names.extend(PREFIXES.iter().map(|(p, _)| *p));
        names.extend(["id", "type"]);
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n, "a term or prefix is defined twice");
        for t in TERMS {
            assert!(t.iri().starts_with("http"), "{}", t.name);
        }
    }

    #[test]
    fn the_context_document_is_json() {
        let doc: serde_json::Value = serde_json::from_str(&context_document()).unwrap();
        assert_eq!(doc["@context"]["signedBy"]["@type"], "@id");
        assert_eq!(doc["@context"]["altLabel"]["@container"], "@language");
        assert_eq!(doc["@context"]["date"]["@type"], "xsd:date");
    }
}
