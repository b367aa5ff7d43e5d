//! Sorted, subject-grouped Turtle and TriG written by cosignet itself: the prefixes used
//! declared once, `a` for `rdf:type` (first), `;` between predicates, `,` between objects,
//! and a blank node with exactly one incoming arc nested as `[ ... ]`. The triples come
//! sorted (in memory for [`write_triples`], from an external sort for the exports) and are
//! written one subject at a time ([`write_subject`]); only the triples that touch blank nodes
//! are held, for nesting ([`Blanks`]). Linear in the data. (sophia's pretty serializer looks
//! up each subject by scanning its whole dataset, so it takes minutes on a store of a few
//! hundred statements.)

use oxigraph::model::{Literal, NamedOrBlankNode, Term, Triple};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::ops::Range;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
const STEP: &str = "    ";

/// Namespace prefixes to write IRIs with (`prefix`, `namespace`).
pub type Prefixes<'a> = &'a [(&'a str, &'a str)];

/// Writes the `@prefix` declarations and a blank line.
pub fn write_prefixes(w: &mut impl Write, prefixes: Prefixes) -> io::Result<()> {
    for (p, ns) in prefixes {
        writeln!(w, "@prefix {p}: <{ns}> .")?;
    }
    if !prefixes.is_empty() {
        writeln!(w)?;
    }
    Ok(())
}

/// Writes the triples of one graph, each line after `pad` (empty for Turtle, one step
/// inside a TriG graph block). Sorts and deduplicates `triples` in place.
pub fn write_triples(
    w: &mut impl Write,
    triples: &mut Vec<Triple>,
    prefixes: Prefixes,
    pad: &str,
) -> io::Result<()> {
    if !triples.is_sorted_by(|a, b| compare_triples(a, b).is_le()) {
        triples.sort_unstable_by(compare_triples);
    }
    triples.dedup();
    let blanks = Blanks::new(triples.iter().filter(|t| touches_blank(t)).cloned().collect());
    for range in subjects(triples) {
        write_subject(w, &triples[range], &blanks, prefixes, pad)?;
    }
    Ok(())
}

/// Whether a triple has a blank node as subject or object (what [`Blanks`] needs).
pub fn touches_blank(t: &Triple) -> bool {
    matches!(t.subject, NamedOrBlankNode::BlankNode(_)) || matches!(t.object, Term::BlankNode(_))
}

/// Writes the triples of one subject (sorted, deduplicated), unless the subject is a blank
/// node written nested elsewhere.
pub fn write_subject(
    w: &mut impl Write,
    triples: &[Triple],
    blanks: &Blanks,
    prefixes: Prefixes,
    pad: &str,
) -> io::Result<()> {
    let Some(first) = triples.first() else {
        return Ok(());
    };
    if blanks.is_nested_subject(&first.subject) {
        return Ok(());
    }
    let head = match &first.subject {
        NamedOrBlankNode::NamedNode(n) => iri(n.as_str(), prefixes),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    };
    let body = Writer { blanks, prefixes }.predicate_objects(triples, pad);
    writeln!(w, "{pad}{head} {body} .\n")
}

/// The ranges of sorted triples that share a subject, in order.
fn subjects(triples: &[Triple]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= triples.len() {
            return None;
        }
        let s = &triples[start].subject;
        let end = start + triples[start..].iter().take_while(|t| &t.subject == s).count();
        let range = start..end;
        start = end;
        Some(range)
    })
}

/// The blank nodes of one graph: the triples about them, and which are written nested inside
/// their one incoming arc.
#[derive(Default)]
pub struct Blanks {
    /// The graph's triples that touch a blank node, sorted.
    triples: Vec<Triple>,
    /// Where the triples of each blank-node subject are.
    subjects: HashMap<String, Range<usize>>,
    /// Blank nodes written nested.
    nested: HashSet<String>,
}

impl Blanks {
    /// From the triples of a graph that touch a blank node (see [`touches_blank`]); the others
    /// do not change what is nested.
    pub fn new(mut triples: Vec<Triple>) -> Self {
        triples.sort_unstable_by(compare_triples);
        triples.dedup();
        let mut incoming: HashMap<&str, usize> = HashMap::new();
        for t in &triples {
            if let Term::BlankNode(b) = &t.object {
                *incoming.entry(b.as_str()).or_default() += 1;
            }
        }
        let once: HashSet<&str> = incoming
            .into_iter()
            .filter(|&(_, n)| n == 1)
            .map(|(b, _)| b)
            .collect();
        let ranges: Vec<Range<usize>> = subjects(&triples).collect();
        let mut by_blank: HashMap<&str, Range<usize>> = HashMap::new();
        for r in &ranges {
            if let NamedOrBlankNode::BlankNode(b) = &triples[r.start].subject {
                by_blank.insert(b.as_str(), r.clone());
            }
        }
        // Nest only what a written subject reaches: a cycle of blank nodes stays labelled.
        let mut stack: Vec<Range<usize>> = ranges
            .into_iter()
            .filter(|r| match &triples[r.start].subject {
                NamedOrBlankNode::BlankNode(b) => !once.contains(b.as_str()),
                NamedOrBlankNode::NamedNode(_) => true,
            })
            .collect();
        let mut nested: HashSet<&str> = HashSet::new();
        while let Some(range) = stack.pop() {
            for t in &triples[range] {
                if let Term::BlankNode(b) = &t.object {
                    if once.contains(b.as_str()) && nested.insert(b.as_str()) {
                        if let Some(r) = by_blank.get(b.as_str()) {
                            stack.push(r.clone());
                        }
                    }
                }
            }
        }
        let nested = nested.into_iter().map(str::to_owned).collect();
        let subjects = by_blank.into_iter().map(|(b, r)| (b.to_owned(), r)).collect();
        Self {
            triples,
            subjects,
            nested,
        }
    }

    fn is_nested_subject(&self, s: &NamedOrBlankNode) -> bool {
        matches!(s, NamedOrBlankNode::BlankNode(b) if self.nested.contains(b.as_str()))
    }
}

/// Writes predicates and objects, nesting blank nodes.
struct Writer<'t> {
    blanks: &'t Blanks,
    prefixes: Prefixes<'t>,
}

impl Writer<'_> {
    /// `p o , o ; p o` of one subject's triples; continuation lines one step in from `pad`.
    fn predicate_objects(&self, triples: &[Triple], pad: &str) -> String {
        let inner = format!("{pad}{STEP}");
        let mut parts = Vec::new();
        let mut i = 0;
        while i < triples.len() {
            let p = &triples[i].predicate;
            let n = triples[i..].iter().take_while(|t| &t.predicate == p).count();
            let mut objects: Vec<String> = triples[i..i + n]
                .iter()
                .map(|t| self.object(&t.object, &inner))
                .collect();
            objects.sort();
            let predicate = if p.as_str() == RDF_TYPE {
                "a".to_owned()
            } else {
                iri(p.as_str(), self.prefixes)
            };
            let one_line = objects.iter().map(|o| o.len() + 3).sum::<usize>() <= 80
                && !objects.iter().any(|o| o.contains('\n'));
            let sep = if one_line {
                " , ".to_owned()
            } else {
                format!(" ,\n{inner}{STEP}")
            };
            parts.push(format!("{predicate} {}", objects.join(&sep)));
            i += n;
        }
        parts.join(&format!(" ;\n{inner}"))
    }

    fn object(&self, o: &Term, pad: &str) -> String {
        match o {
            Term::NamedNode(n) => iri(n.as_str(), self.prefixes),
            Term::BlankNode(b) if self.blanks.nested.contains(b.as_str()) => {
                match self.blanks.subjects.get(b.as_str()) {
                    Some(range) => {
                        let body = self.predicate_objects(&self.blanks.triples[range.clone()], pad);
                        format!("[\n{pad}{STEP}{body}\n{pad}]")
                    }
                    None => "[]".to_owned(),
                }
            }
            Term::BlankNode(b) => format!("_:{}", b.as_str()),
            Term::Literal(l) => literal(l, self.prefixes),
        }
    }
}

/// An IRI as a prefixed name where a namespace matches and the rest is a plain local
/// name, else in angle brackets.
pub fn iri(iri: &str, prefixes: Prefixes) -> String {
    let best = prefixes
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len());
    if let Some((p, ns)) = best {
        let local = &iri[ns.len()..];
        if is_plain_local(local) {
            return format!("{p}:{local}");
        }
    }
    format!("<{iri}>")
}

/// Letters, digits, `_` and `-` (not first): a local name that needs no escapes.
fn is_plain_local(local: &str) -> bool {
    !local.starts_with('-')
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A literal in Turtle: quoted and escaped, with its language tag or datatype
/// (`xsd:string` left implicit).
pub fn literal(l: &Literal, prefixes: Prefixes) -> String {
    let mut out = String::with_capacity(l.value().len() + 2);
    out.push('"');
    for c in l.value().chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    if let Some(lang) = l.language() {
        out.push('@');
        out.push_str(lang);
    } else if l.datatype().as_str() != XSD_STRING {
        out.push_str("^^");
        out.push_str(&iri(l.datatype().as_str(), prefixes));
    }
    out
}

/// Subject (IRIs before blank nodes), then predicate (`rdf:type` first), then object.
pub(super) fn compare_triples(a: &Triple, b: &Triple) -> Ordering {
    compare_subjects(&a.subject, &b.subject)
        .then_with(|| {
            let (pa, pb) = (a.predicate.as_str(), b.predicate.as_str());
            (pa != RDF_TYPE, pa).cmp(&(pb != RDF_TYPE, pb))
        })
        .then_with(|| compare_objects(&a.object, &b.object))
}

fn compare_subjects(a: &NamedOrBlankNode, b: &NamedOrBlankNode) -> Ordering {
    let key = |s: &NamedOrBlankNode| match s {
        NamedOrBlankNode::NamedNode(n) => (0, n.as_str().to_owned()),
        NamedOrBlankNode::BlankNode(b) => (1, b.as_str().to_owned()),
    };
    match (a, b) {
        (NamedOrBlankNode::NamedNode(x), NamedOrBlankNode::NamedNode(y)) => x.as_str().cmp(y.as_str()),
        _ => key(a).cmp(&key(b)),
    }
}

fn compare_objects(a: &Term, b: &Term) -> Ordering {
    let rank = |t: &Term| match t {
        Term::NamedNode(_) => 0,
        Term::BlankNode(_) => 1,
        Term::Literal(_) => 2,
    };
    match (a, b) {
        (Term::NamedNode(x), Term::NamedNode(y)) => x.as_str().cmp(y.as_str()),
        (Term::BlankNode(x), Term::BlankNode(y)) => x.as_str().cmp(y.as_str()),
        (Term::Literal(x), Term::Literal(y)) => (x.value(), x.datatype().as_str(), x.language()).cmp(&(
            y.value(),
            y.datatype().as_str(),
            y.language(),
        )),
        _ => rank(a).cmp(&rank(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, NamedNode};

    const P: Prefixes = &[
        ("ex", "http://example.org/"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    fn n(s: &str) -> NamedNode {
        NamedNode::new(format!("http://example.org/{s}")).unwrap()
    }

    fn written(mut triples: Vec<Triple>) -> String {
        let mut out = Vec::new();
        write_triples(&mut out, &mut triples, P, "").unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn groups_by_subject_with_type_first_and_escapes_literals() {
        let out = written(vec![
            Triple::new(
                n("s"),
                n("name"),
                Literal::new_simple_literal("a \"quoted\"\nline"),
            ),
            Triple::new(n("s"), NamedNode::new(RDF_TYPE).unwrap(), n("Thing")),
            Triple::new(
                n("s"),
                n("name"),
                Literal::new_language_tagged_literal("b", "fr").unwrap(),
            ),
            Triple::new(
                n("r"),
                n("n"),
                Literal::new_typed_literal(
                    "2",
                    NamedNode::new("http://www.w3.org/2001/XMLSchema#integer").unwrap(),
                ),
            ),
        ]);
        assert_eq!(
            out,
            "ex:r ex:n \"2\"^^xsd:integer .\n\nex:s a ex:Thing ;\n    ex:name \"a \\\"quoted\\\"\\nline\" , \"b\"@fr .\n\n"
        );
    }

    #[test]
    fn nests_a_blank_node_with_one_arc_and_labels_a_shared_one() {
        let (once, shared) = (BlankNode::new("b1").unwrap(), BlankNode::new("b2").unwrap());
        let out = written(vec![
            Triple::new(n("s"), n("p"), once.clone()),
            Triple::new(once.clone(), n("q"), n("o")),
            Triple::new(n("s"), n("p"), shared.clone()),
            Triple::new(n("t"), n("p"), shared.clone()),
            Triple::new(shared.clone(), n("q"), n("o")),
        ]);
        assert!(out.contains("ex:s ex:p [\n        ex:q ex:o\n    ] ,"), "{out}");
        assert!(out.contains("_:b2 ex:q ex:o ."), "{out}");
        assert!(!out.contains("_:b1"), "{out}");
    }

    #[test]
    fn a_cycle_of_blank_nodes_is_kept() {
        let (a, b) = (BlankNode::new("a").unwrap(), BlankNode::new("b").unwrap());
        let out = written(vec![
            Triple::new(a.clone(), n("p"), b.clone()),
            Triple::new(b, n("p"), a),
        ]);
        assert!(out.contains("_:a ex:p") && out.contains("_:b ex:p"), "{out}");
    }

    #[test]
    fn iris_that_need_escapes_stay_in_brackets() {
        assert_eq!(iri("http://example.org/a.b", P), "<http://example.org/a.b>");
        assert_eq!(iri("http://example.org/Q42", P), "ex:Q42");
        assert_eq!(iri("http://other.org/x", P), "<http://other.org/x>");
    }
}
