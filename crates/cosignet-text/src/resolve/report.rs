//! The resolution report a curator reads before writing overrides: each identity with
//! every spelling and where it was read, the spellings that only the fallback key placed,
//! and pairs of identities in one country whose names look alike.

use super::key::{party_key, Strictness};
use crate::reference::countries::Gazetteer;
use crate::text::fold::words;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One signature's spelling of a party, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingRow {
    /// The party's IRI.
    pub party: String,
    /// The canonical label given to this signature.
    pub party_name: Option<String>,
    /// The country IRI given to this signature.
    pub country: Option<String>,
    /// The signatory as written.
    pub as_written: String,
    /// Source file.
    pub file: Option<String>,
    /// Source line.
    pub line: Option<usize>,
}

/// One spelling of an identity and where it occurs.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Spelling {
    /// As written.
    pub as_written: String,
    /// `file:line` of each occurrence.
    pub places: Vec<String>,
}

/// One party identity.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Identity {
    /// IRI.
    pub iri: String,
    /// Label (the most used canonical name).
    pub label: String,
    /// Country IRI, if any.
    pub country: Option<String>,
    /// Whether the bundled (or overridden) party list knows it.
    pub listed: bool,
    /// Its spellings.
    pub spellings: Vec<Spelling>,
}

/// Two identities that may be one party.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LikelyDuplicate {
    /// One IRI.
    pub a: String,
    /// Its label.
    pub a_label: String,
    /// The other IRI.
    pub b: String,
    /// Its label.
    pub b_label: String,
    /// Word-set similarity of the labels' identity keys (0 to 1).
    pub similarity: f64,
}

/// The whole report.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    /// Every identity, listed ones first, then by label.
    pub identities: Vec<Identity>,
    /// Spellings placed only by the fallback key (no listed party), by identity IRI.
    pub fallback_spellings: Vec<(String, String)>,
    /// Pairs to review.
    pub likely_duplicates: Vec<LikelyDuplicate>,
}

/// Least similarity for two identities of one country to be flagged.
const DUPLICATE_THRESHOLD: f64 = 0.6;

/// Builds the report from stored spellings; `is_listed` tells listed IRIs.
pub fn build(g: &Gazetteer, rows: &[SpellingRow], is_listed: impl Fn(&str) -> bool) -> Report {
    let mut by_party: BTreeMap<&str, Vec<&SpellingRow>> = BTreeMap::new();
    for r in rows {
        by_party.entry(&r.party).or_default().push(r);
    }
    let mut identities: Vec<Identity> = by_party
        .iter()
        .map(|(iri, rs)| {
            let mut names: BTreeMap<&str, usize> = BTreeMap::new();
            let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
            let mut spellings: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for r in rs {
                *names
                    .entry(r.party_name.as_deref().unwrap_or(&r.as_written))
                    .or_default() += 1;
                if let Some(c) = &r.country {
                    *countries.entry(c).or_default() += 1;
                }
                let place = match (&r.file, r.line) {
                    (Some(f), Some(l)) => format!("{f}:{l}"),
                    (Some(f), None) => f.clone(),
                    _ => "?".to_owned(),
                };
                spellings.entry(&r.as_written).or_default().push(place);
            }
            let most = |m: &BTreeMap<&str, usize>| {
                m.iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(k, _)| (*k).to_owned())
            };
            Identity {
                iri: (*iri).to_owned(),
                label: most(&names).unwrap_or_default(),
                country: most(&countries),
                listed: is_listed(iri),
                spellings: spellings
                    .into_iter()
                    .map(|(w, mut places)| {
                        places.sort();
                        places.dedup();
                        Spelling {
                            as_written: w.to_owned(),
                            places,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    identities.sort_by(|a, b| {
        b.listed
            .cmp(&a.listed)
            .then(a.label.cmp(&b.label))
            .then(a.iri.cmp(&b.iri))
    });
    let fallback_spellings = identities
        .iter()
        .filter(|i| !i.listed)
        .flat_map(|i| i.spellings.iter().map(|s| (i.iri.clone(), s.as_written.clone())))
        .collect();
    Report {
        likely_duplicates: likely_duplicates(g, &identities),
        identities,
        fallback_spellings,
    }
}

fn key_words(g: &Gazetteer, label: &str, country: Option<usize>) -> BTreeSet<String> {
    let mut k: BTreeSet<String> = party_key(g, label, country, Strictness::Loose)
        .into_iter()
        .collect();
    if k.is_empty() {
        k = words(label).into_iter().collect();
    }
    k
}

fn likely_duplicates(g: &Gazetteer, identities: &[Identity]) -> Vec<LikelyDuplicate> {
    let country_of = |i: &Identity| {
        i.country
            .as_deref()
            .and_then(|c| g.by_code(c.rsplit('/').next().unwrap_or("")))
    };
    let mut by_country: BTreeMap<Option<usize>, Vec<(&Identity, BTreeSet<String>)>> = BTreeMap::new();
    for i in identities {
        let c = country_of(i);
        by_country
            .entry(c)
            .or_default()
            .push((i, key_words(g, &i.label, c)));
    }
    let mut out = Vec::new();
    for group in by_country.values() {
        for (n, (a, ka)) in group.iter().enumerate() {
            for (b, kb) in &group[n + 1..] {
                if a.listed && b.listed {
                    continue;
                }
                let inter = ka.intersection(kb).count() as f64;
                let union = ka.union(kb).count() as f64;
                let sim = if union == 0.0 { 0.0 } else { inter / union };
                if sim >= DUPLICATE_THRESHOLD {
                    out.push(LikelyDuplicate {
                        a: a.iri.clone(),
                        a_label: a.label.clone(),
                        b: b.iri.clone(),
                        b_label: b.label.clone(),
                        similarity: (sim * 1000.0).round() / 1000.0,
                    });
                }
            }
        }
    }
    out.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(party: &str, name: &str, written: &str, country: &str) -> SpellingRow {
        SpellingRow {
            party: party.into(),
            party_name: Some(name.into()),
            country: Some(format!("https://x/country/{country}")),
            as_written: written.into(),
            file: Some("a.txt".into()),
            line: Some(3),
        }
    }

    #[test]
    fn spellings_are_grouped_and_look_alikes_flagged() {
        let g = Gazetteer::bundled();
        let rows = [
            row("p/1", "Communist Party of Narnia", "CP of Narnia", "gb"),
            row(
                "p/1",
                "Communist Party of Narnia",
                "Communist Party of Narnia",
                "gb",
            ),
            row(
                "p/2",
                "Communist Party of Narnia (Marxist)",
                "CP of Narnia (Marxist)",
                "gb",
            ),
            row("p/3", "Green Union", "Green Union", "gb"),
        ];
        let r = build(g, &rows, |_| false);
        assert_eq!(r.identities.len(), 3);
        let one = r.identities.iter().find(|i| i.iri == "p/1").unwrap();
        assert_eq!(one.spellings.len(), 2);
        assert_eq!(one.spellings[0].places, ["a.txt:3"]);
        assert_eq!(r.likely_duplicates.len(), 1);
        assert_eq!(
            (
                r.likely_duplicates[0].a.as_str(),
                r.likely_duplicates[0].b.as_str()
            ),
            ("p/1", "p/2")
        );
        assert_eq!(r.fallback_spellings.len(), 4);
    }
}
