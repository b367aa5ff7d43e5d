//! One statement record to the quads of its named graph.

use super::vocab::{DCTERMS, PROV, RDF, SCHEMA, XSD};
use super::{cosig, iri, string, QuadSet};
use crate::record::{Severity, StatementRecord};
use crate::resolve::Resolver;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

/// Why a record cannot be mapped.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    /// An IRI in the record (`party_id`, `source.url`) or minted from it is not valid.
    #[error("`{value}` is not a valid IRI ({field})")]
    BadIri {
        /// The offending value.
        value: String,
        /// Which field it came from.
        field: &'static str,
    },
    /// The statement id cannot make an IRI segment.
    #[error("statement id `{0}` may only hold letters, digits, `-`, `_` and `.`")]
    BadId(String),
}

fn named(value: &str, field: &'static str) -> Result<NamedNode, MapError> {
    NamedNode::new(value).map_err(|_| MapError::BadIri {
        value: value.to_owned(),
        field,
    })
}

/// A source line as an `xsd:integer` written from its decimal digits: every `usize` line
/// kept exactly (a cast to a 64-bit signed integer turned 18446744073709551615 into -1).
fn line_literal(line: usize) -> Term {
    Literal::new_typed_literal(line.to_string(), iri(XSD, "integer")).into()
}

/// The quads of one statement's graph (graph name = statement IRI), in a stable order.
pub fn statement_quads(resolver: &Resolver, rec: &StatementRecord) -> Result<Vec<Quad>, MapError> {
    let base = resolver.base();
    if rec.id.is_empty()
        || !rec
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(MapError::BadId(rec.id.clone()));
    }
    let s = named(&base.statement(&rec.id), "id")?;
    let g = GraphName::NamedNode(s.clone());
    let mut out = QuadSet::default();
    let mut add = |sub: &NamedNode, pred: NamedNode, obj: Term| {
        out.push(Quad::new(sub.clone(), pred, obj, g.clone()));
    };
    let a = iri(RDF, "type");
    add(&s, a.clone(), cosig("Statement").into());
    add(&s, iri(DCTERMS, "identifier"), string(&rec.id).into());
    if let Some(t) = &rec.title {
        let lit = match &rec.language {
            Some(l) => Literal::new_language_tagged_literal(t, l).unwrap_or_else(|_| string(t)),
            None => string(t),
        };
        add(&s, iri(DCTERMS, "title"), lit.into());
    }
    if let Some(d) = &rec.date {
        add(
            &s,
            iri(DCTERMS, "date"),
            Literal::new_typed_literal(d.to_string(), iri(XSD, "date")).into(),
        );
    }
    if let Some(p) = &rec.place {
        add(&s, cosig("place"), string(p).into());
    }
    if let Some(l) = &rec.language {
        add(&s, iri(DCTERMS, "language"), string(l).into());
    }
    if let Some(i) = &rec.issuer {
        add(&s, cosig("issuer"), string(i).into());
    }
    // Provenance: the source file.
    let src = named(&format!("{}/source", s.as_str()), "id")?;
    add(&s, iri(PROV, "wasDerivedFrom"), src.clone().into());
    add(&src, a.clone(), cosig("SourceFile").into());
    if let Some(p) = &rec.source.path {
        add(&src, cosig("path"), string(p).into());
    }
    if let Some(h) = &rec.source.sha256 {
        add(&src, cosig("sha256"), string(h).into());
    }
    if let Some(u) = &rec.source.url {
        add(&src, iri(SCHEMA, "url"), named(u, "source.url")?.into());
    }
    let g_ref = resolver.gazetteer();
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut signers: std::collections::HashSet<NamedNode> = std::collections::HashSet::new();
    let mut next_number: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for sig in &rec.signatories {
        let party = match &sig.party_id {
            Some(p) => Some(named(p, "party_id")?),
            None => None,
        };
        let country_idx = sig
            .country_code
            .as_deref()
            .and_then(|c| g_ref.by_code(c))
            .or_else(|| {
                sig.country
                    .as_deref()
                    .and_then(|c| g_ref.lookup(c).map(|(i, _)| i))
            });
        let person = match &sig.person {
            Some(name) => Some(named(&resolver.person_iri(name, country_idx), "person")?),
            None => None,
        };
        // One party may sign twice in a statement (under two spellings): the second
        // signature is told apart by its spelling.
        let mut sig_iri = base.signature(
            &rec.id,
            party.as_ref().map(NamedNode::as_str),
            person.as_ref().map(NamedNode::as_str),
        );
        if taken.contains(&sig_iri) {
            sig_iri = format!("{sig_iri}--as-{}", crate::text::fold::slug(&sig.as_written, 80));
        }
        if taken.contains(&sig_iri) {
            // Further repeats are numbered from where the last repeat of this IRI stopped,
            // so that many identical signatories cost linear time and IRIs of bounded length.
            let n = next_number.entry(sig_iri.clone()).or_insert(2);
            sig_iri = loop {
                let numbered = format!("{sig_iri}-{n}");
                *n += 1;
                if !taken.contains(&numbered) {
                    break numbered;
                }
            };
        }
        taken.insert(sig_iri.clone());
        let sig_node = named(&sig_iri, "signature")?;
        add(&s, cosig("signature"), sig_node.clone().into());
        add(&sig_node, a.clone(), cosig("Signature").into());
        add(&sig_node, cosig("asWritten"), string(&sig.as_written).into());
        if let Some(line) = sig.line {
            add(&sig_node, cosig("sourceLine"), line_literal(line));
        }
        if let Some(role) = &sig.role {
            add(&sig_node, cosig("role"), string(role).into());
        }
        // What this signature says about its party and person; their descriptions are
        // derived from all signatures into the entities graph (see `entities`), so no
        // triple is repeated across statement graphs.
        if let Some(p) = &party {
            signers.insert(p.clone());
            add(&s, cosig("signedBy"), p.clone().into());
            add(&sig_node, cosig("party"), p.clone().into());
            add(
                &sig_node,
                cosig("partyName"),
                string(sig.party.as_deref().unwrap_or(&sig.as_written)).into(),
            );
        }
        if let Some(c) = country_idx {
            add(
                &sig_node,
                cosig("partyCountry"),
                named(&base.country(&g_ref.get(c).key), "country")?.into(),
            );
        }
        if let (Some(per), Some(name)) = (&person, &sig.person) {
            add(&sig_node, cosig("person"), per.clone().into());
            add(&sig_node, cosig("personName"), string(name).into());
        }
    }
    // Too many parties for their pairs to be kept in the cosignings graph: said here, where
    // it comes and goes with the statement.
    if signers.len() > super::cosigning::MAX_PAIRED {
        add(&s, cosig("unpaired"), Literal::from(true).into());
    }
    // Diagnostics stay with the statement, so doubtful readings can be queried.
    let mut per_line: std::collections::HashMap<Option<usize>, usize> = Default::default();
    for d in &rec.diagnostics {
        let k = per_line.entry(d.line).or_default();
        *k += 1;
        let node = named(
            &format!("{}/diagnostic/{}-{}", s.as_str(), d.line.unwrap_or(0), k),
            "diagnostic",
        )?;
        add(&s, cosig("diagnostic"), node.clone().into());
        add(&node, a.clone(), cosig("Diagnostic").into());
        let sev = match d.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        add(&node, cosig("severity"), string(sev).into());
        add(
            &node,
            iri(super::vocab::RDFS, "comment"),
            string(&d.message).into(),
        );
        if let Some(l) = d.line {
            add(&node, cosig("sourceLine"), line_literal(l));
        }
    }
    Ok(out.into_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iri::{Base, DEFAULT_BASE};
    use crate::record::Signatory;

    fn record(signatories: Vec<Signatory>) -> StatementRecord {
        StatementRecord {
            id: "s".into(),
            title: None,
            date: None,
            place: None,
            language: None,
            issuer: None,
            source: Default::default(),
            signatories,
            diagnostics: vec![],
        }
    }

    fn resolver() -> Resolver {
        Resolver::new(Base::new(DEFAULT_BASE).unwrap())
    }

    #[test]
    fn the_largest_line_number_is_stored_exactly() {
        let rec = record(vec![Signatory {
            as_written: "KKE".into(),
            line: Some(usize::MAX),
            ..Default::default()
        }]);
        let quads = statement_quads(&resolver(), &rec).unwrap();
        let line = quads.iter().find(|q| q.predicate == cosig("sourceLine")).unwrap();
        assert_eq!(
            line.object.to_string(),
            "\"18446744073709551615\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        );
    }

    #[test]
    fn identical_signatories_get_short_distinct_iris_in_linear_time() {
        let n = 10_000;
        let same = Signatory {
            as_written: "Communist Party of Narnia".into(),
            party_id: Some(format!("{DEFAULT_BASE}party/na/communist-party")),
            ..Default::default()
        };
        let rec = record(vec![same; n]);
        let clock = std::time::Instant::now();
        let quads = statement_quads(&resolver(), &rec).unwrap();
        // Cubic before (IRIs grew "-2-3-...-k"): minutes; linear now, well under a second
        // even unoptimised.
        assert!(clock.elapsed().as_secs() < 10, "{:?}", clock.elapsed());
        let sigs: std::collections::HashSet<&str> = quads
            .iter()
            .filter(|q| q.predicate == cosig("signature"))
            .map(|q| match &q.object {
                Term::NamedNode(n) => n.as_str(),
                _ => panic!("a signature is an IRI"),
            })
            .collect();
        assert_eq!(sigs.len(), n);
        let longest = sigs.iter().map(|s| s.len()).max().unwrap();
        assert!(longest < 200, "{longest}");
        assert!(sigs
            .iter()
            .any(|s| s.ends_with("--as-communist-party-of-narnia-3")));
    }
}
