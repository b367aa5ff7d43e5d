//! The namespaces and terms cosignet writes: its own vocabulary (declared in
//! `ontology/cosignet.ttl`) and the standard ones it reuses.

/// Namespace prefixes used in exports and queries, with their IRIs.
pub const PREFIXES: &[(&str, &str)] = &[
    ("cosig", COSIG),
    ("dcterms", DCTERMS),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("owl", OWL),
    ("prov", PROV),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("schema", SCHEMA),
    ("sh", "http://www.w3.org/ns/shacl#"),
    ("skos", SKOS),
    ("void", VOID),
    ("wd", WD),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("xsd", XSD),
];

/// cosignet's own vocabulary.
pub const COSIG: &str = "https://w3id.org/cosignet/ns#";
/// Dublin Core terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// schema.org.
pub const SCHEMA: &str = "http://schema.org/";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// VoID, the vocabulary of dataset descriptions.
pub const VOID: &str = "http://rdfs.org/ns/void#";
/// Wikidata entities.
pub const WD: &str = "http://www.wikidata.org/entity/";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The terms of cosignet's vocabulary that the mapping writes (the tidy test checks each
/// is declared in the ontology).
pub const COSIG_TERMS: &[&str] = &[
    "Statement",
    "Signature",
    "SourceFile",
    "Diagnostic",
    "signedBy",
    "signature",
    "party",
    "person",
    "role",
    "asWritten",
    "sourceLine",
    "place",
    "issuer",
    "country",
    "alpha2",
    "alpha3",
    "acronym",
    "listKey",
    "path",
    "sha256",
    "severity",
    "diagnostic",
    "partyName",
    "partyCountry",
    "personName",
    "unpaired",
    "CoSigning",
    "between",
    "statementCount",
    "newmanWeight",
    "firstDate",
    "lastDate",
];
