//! Sort keys of triples (and of quads, graph first): byte strings whose order is the order in
//! which the Turtle writer groups triples (`turtle::compare_triples`), and from which the
//! triple is read back whole, so that an external sort handles bytes only.
//!
//! Each part is a tag byte then its text, escaped (`0x00` as `01 01`, `0x01` as `01 02`) and
//! ended by `0x00`, which keeps the byte order of the texts: subject (IRI 0 before blank node
//! 1), predicate (`rdf:type` 0 before the others 1), object (IRI 0, blank node 1, literal 2 as
//! value, datatype, then no language 0 before a language 1). A graph, when there is one, comes
//! first as it is written (`<iri>` or `_:id`).

use oxigraph::model::{
    BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Term, TermRef, Triple, TripleRef,
};
use std::io;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

fn push_text(key: &mut Vec<u8>, text: &str) {
    for &b in text.as_bytes() {
        match b {
            0 => key.extend_from_slice(&[1, 1]),
            1 => key.extend_from_slice(&[1, 2]),
            b => key.push(b),
        }
    }
    key.push(0);
}

fn push_part(key: &mut Vec<u8>, tag: u8, text: &str) {
    key.push(tag);
    push_text(key, text);
}

/// Appends the key of a triple to `key`.
pub fn push_triple(key: &mut Vec<u8>, t: TripleRef<'_>) {
    match t.subject {
        oxigraph::model::NamedOrBlankNodeRef::NamedNode(n) => push_part(key, 0, n.as_str()),
        oxigraph::model::NamedOrBlankNodeRef::BlankNode(b) => push_part(key, 1, b.as_str()),
    }
    let p = t.predicate.as_str();
    push_part(key, u8::from(p != RDF_TYPE), p);
    match t.object {
        TermRef::NamedNode(n) => push_part(key, 0, n.as_str()),
        TermRef::BlankNode(b) => push_part(key, 1, b.as_str()),
        TermRef::Literal(l) => {
            push_part(key, 2, l.value());
            push_text(key, l.datatype().as_str());
            match l.language() {
                None => push_part(key, 0, ""),
                Some(lang) => push_part(key, 1, lang),
            }
        }
    }
}

/// Appends the key of a graph name (as TriG writes it: `<iri>` or `_:id`) to `key`.
pub fn push_graph(key: &mut Vec<u8>, g: &GraphName) {
    match g {
        GraphName::DefaultGraph => push_text(key, ""),
        g => push_text(key, &g.to_string()),
    }
}

/// Reads keys back.
pub struct Reader<'a> {
    rest: &'a [u8],
}

fn corrupt() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "corrupt sort key")
}

impl<'a> Reader<'a> {
    /// A reader at the start of `key`.
    pub fn new(key: &'a [u8]) -> Self {
        Self { rest: key }
    }

    fn tag(&mut self) -> io::Result<u8> {
        let (&t, rest) = self.rest.split_first().ok_or_else(corrupt)?;
        self.rest = rest;
        Ok(t)
    }

    fn text(&mut self) -> io::Result<String> {
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            match *self.rest.get(i).ok_or_else(corrupt)? {
                0 => break,
                1 => {
                    out.push(self.rest.get(i + 1).ok_or_else(corrupt)? - 1);
                    i += 2;
                }
                b => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        self.rest = &self.rest[i + 1..];
        String::from_utf8(out).map_err(|_| corrupt())
    }

    /// The graph name at the start of a quad key.
    pub fn graph(&mut self) -> io::Result<GraphName> {
        let text = self.text()?;
        Ok(if text.is_empty() {
            GraphName::DefaultGraph
        } else if let Some(id) = text.strip_prefix("_:") {
            BlankNode::new(id).map_err(|_| corrupt())?.into()
        } else {
            let iri = text.strip_prefix('<').and_then(|t| t.strip_suffix('>'));
            NamedNode::new_unchecked(iri.ok_or_else(corrupt)?).into()
        })
    }

    /// The triple that follows.
    pub fn triple(&mut self) -> io::Result<Triple> {
        let subject: NamedOrBlankNode = match self.tag()? {
            0 => NamedNode::new_unchecked(self.text()?).into(),
            _ => BlankNode::new_unchecked(self.text()?).into(),
        };
        self.tag()?;
        let predicate = NamedNode::new_unchecked(self.text()?);
        let object: Term = match self.tag()? {
            0 => NamedNode::new_unchecked(self.text()?).into(),
            1 => BlankNode::new_unchecked(self.text()?).into(),
            _ => {
                let value = self.text()?;
                let datatype = self.text()?;
                let lang = (self.tag()? == 1).then_some(());
                let tag = self.text()?;
                match lang {
                    Some(()) => Literal::new_language_tagged_literal_unchecked(value, tag).into(),
                    None => Literal::new_typed_literal(value, NamedNode::new_unchecked(datatype)).into(),
                }
            }
        };
        Ok(Triple::new(subject, predicate, object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::turtle::compare_triples;

    fn key(t: &Triple) -> Vec<u8> {
        let mut k = Vec::new();
        push_triple(&mut k, t.as_ref());
        k
    }

    #[test]
    fn keys_sort_as_the_turtle_writer_and_read_back() {
        let n = |s: &str| NamedNode::new_unchecked(format!("http://example.org/{s}"));
        let b = |s: &str| BlankNode::new_unchecked(s);
        let typ = NamedNode::new_unchecked(RDF_TYPE);
        let lit = |v: &str| Literal::new_simple_literal(v);
        let triples = vec![
            Triple::new(n("a"), n("p"), lit("x\u{0}y")),
            Triple::new(n("a"), n("p"), lit("x")),
            Triple::new(n("a"), n("p"), lit("x\u{1}")),
            Triple::new(
                n("a"),
                n("p"),
                Literal::new_language_tagged_literal_unchecked("x", "fr"),
            ),
            Triple::new(n("a"), n("p"), Literal::new_typed_literal("1", n("int"))),
            Triple::new(n("a"), n("p"), b("z")),
            Triple::new(n("a"), n("p"), n("o")),
            Triple::new(n("a"), typ.clone(), n("T")),
            Triple::new(n("a"), n("b"), n("o")),
            Triple::new(n("ab"), n("p"), n("o")),
            Triple::new(b("a"), n("p"), n("o")),
            Triple::new(n("a/"), typ, lit("")),
        ];
        let mut by_writer = triples.clone();
        by_writer.sort_by(compare_triples);
        let mut by_key = triples.clone();
        by_key.sort_by_key(key);
        assert_eq!(by_key, by_writer);
        for t in &triples {
            assert_eq!(&Reader::new(&key(t)).triple().unwrap(), t);
        }
    }

    #[test]
    fn quad_keys_start_with_the_graph_as_trig_writes_it() {
        let g: GraphName = NamedNode::new_unchecked("http://example.org/g").into();
        let t = Triple::new(
            NamedNode::new_unchecked("http://example.org/s"),
            NamedNode::new_unchecked("http://example.org/p"),
            BlankNode::new_unchecked("o"),
        );
        let mut k = Vec::new();
        push_graph(&mut k, &g);
        push_triple(&mut k, t.as_ref());
        let mut r = Reader::new(&k);
        assert_eq!(r.graph().unwrap(), g);
        assert_eq!(r.triple().unwrap(), t);
        assert!(k.starts_with(b"<http://example.org/g>\0"));
    }
}
