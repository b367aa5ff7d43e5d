//! Minting IRIs from canonical keys, never from file order: `{base}statement/{id}`,
//! `{base}party/{cc}/{slug}`, `{base}person/{cc}/{slug}`, `{base}country/{cc-or-slug}`.

use crate::text::fold::slug;

/// The default base IRI of minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/cosignet/data/";

/// Longest slug (bytes) in a minted IRI segment.
const MAX_SLUG: usize = 80;

/// A base IRI ending in `/` or `#`, under which resources are minted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

/// Why a base IRI was refused.
#[derive(Debug, thiserror::Error)]
#[error("base IRI `{0}` must be an absolute http(s) IRI ending in `/` or `#`")]
pub struct BadBase(pub String);

impl Base {
    /// Checks and wraps a base IRI.
    pub fn new(base: &str) -> Result<Self, BadBase> {
        let ok = (base.starts_with("http://") || base.starts_with("https://"))
            && (base.ends_with('/') || base.ends_with('#'))
            && oxiri::Iri::parse(base).is_ok();
        if ok {
            Ok(Self(base.to_owned()))
        } else {
            Err(BadBase(base.to_owned()))
        }
    }

    /// The base as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// IRI of a statement (and of its named graph).
    pub fn statement(&self, id: &str) -> String {
        format!("{}statement/{}", self.0, id)
    }

    /// IRI of one signature of a statement: the party's key and the person's.
    pub fn signature(&self, statement_id: &str, party_iri: Option<&str>, person_iri: Option<&str>) -> String {
        let tail = |iri: Option<&str>| {
            iri.map(|i| {
                let rel = i.strip_prefix(self.0.as_str()).unwrap_or(i);
                slug(&rel.replace(['/', '#', ':'], " "), 2 * MAX_SLUG)
            })
        };
        let key = match (tail(party_iri), tail(person_iri)) {
            (Some(p), Some(q)) => format!("{p}--{q}"),
            (Some(p), None) => p,
            (None, Some(q)) => q,
            (None, None) => "unknown".to_owned(),
        };
        format!("{}statement/{}/signature/{}", self.0, statement_id, key)
    }

    /// IRI of a party from its country segment and name.
    pub fn party(&self, country_segment: Option<&str>, name_key: &str) -> String {
        format!(
            "{}party/{}/{}",
            self.0,
            country_segment.unwrap_or("int"),
            slug(name_key, MAX_SLUG)
        )
    }

    /// IRI of a person from the country of their party and their normalised name.
    pub fn person(&self, country_segment: Option<&str>, name: &str) -> String {
        format!(
            "{}person/{}/{}",
            self.0,
            country_segment.unwrap_or("int"),
            slug(name, MAX_SLUG)
        )
    }

    /// IRI of a country from its gazetteer key.
    pub fn country(&self, key: &str) -> String {
        format!("{}country/{}", self.0, key.to_ascii_lowercase())
    }

    /// IRI of the graph holding reference data (countries, listed parties).
    pub fn reference_graph(&self) -> String {
        format!("{}graph/reference", self.0)
    }

    /// IRI of the graph holding the descriptions of unlisted parties and of persons.
    pub fn entities_graph(&self) -> String {
        format!("{}graph/entities", self.0)
    }

    /// IRI of the graph holding what pairs of parties signed together and how many
    /// statements each party signed (derived from the signatures, rebuilt as they change).
    pub fn cosignings_graph(&self) -> String {
        format!("{}graph/cosignings", self.0)
    }

    /// IRI of what two parties signed together: a fragment of the document of the party
    /// whose IRI sorts first, named after the other, so it depends only on the two IRIs.
    pub fn cosigning(&self, a: &str, b: &str) -> String {
        let (first, other) = if a <= b { (a, b) } else { (b, a) };
        let rel = other.strip_prefix(self.0.as_str()).unwrap_or(other);
        let tail = slug(&rel.replace(['/', '#', ':'], " "), 2 * MAX_SLUG);
        // A base ending in `#` already puts the party in a fragment.
        let joint = if first.contains('#') { "-with-" } else { "#with-" };
        format!("{first}{joint}{tail}")
    }

    /// IRI of the graph holding the ontology.
    pub fn ontology_graph(&self) -> String {
        format!("{}graph/ontology", self.0)
    }
}

impl Default for Base {
    fn default() -> Self {
        Self(DEFAULT_BASE.to_owned())
    }
}

/// A statement id from its date and title, else from a fallback name (the file stem).
pub fn statement_id(date: Option<&str>, title: Option<&str>, fallback: &str) -> String {
    let name = title.map(|t| slug(t, MAX_SLUG)).filter(|s| !s.is_empty());
    let name = name.unwrap_or_else(|| slug(fallback, MAX_SLUG));
    let name = if name.is_empty() {
        "statement".to_owned()
    } else {
        name
    };
    match date {
        Some(d) => format!("{d}-{name}"),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cosigning_is_named_after_both_parties_in_either_order() {
        let b = Base::default();
        let (kke, pcp) = (b.party(Some("gr"), "kke"), b.party(Some("pt"), "pcp"));
        let one = b.cosigning(&kke, &pcp);
        assert_eq!(one, format!("{kke}#with-party-pt-pcp"));
        assert_eq!(b.cosigning(&pcp, &kke), one);
        let hash = Base::new("https://example.org/data#").unwrap();
        let (a, c) = (hash.party(None, "a"), hash.party(None, "c"));
        assert_eq!(hash.cosigning(&c, &a), format!("{a}-with-party-int-c"));
    }

    #[test]
    fn ids_and_iris_come_from_keys() {
        assert_eq!(
            statement_id(
                Some("2020-08-18"),
                Some("THE COMMUNISTS OF BELARUS NEED FRATERNAL SOLIDARITY!"),
                "x"
            ),
            "2020-08-18-the-communists-of-belarus-need-fraternal-solidarity"
        );
        assert_eq!(statement_id(None, None, "11-lienpads"), "11-lienpads");
        let b = Base::default();
        assert_eq!(
            b.party(Some("ru"), "Communist Party of the Russian Federation"),
            "https://w3id.org/cosignet/data/party/ru/communist-party-of-the-russian-federation"
        );
        assert!(Base::new("ftp://x/").is_err());
        assert!(Base::new("https://example.org/data").is_err());
    }
}
