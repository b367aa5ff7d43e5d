//! Mapping records and reference data to RDF quads: one named graph per statement, one for
//! reference data. Pure: builds quads, never touches the store.

pub mod cosigning;
pub mod entities;
pub mod map;
pub mod reference;
pub mod vocab;

use oxigraph::model::{Literal, NamedNode, Quad};
use std::collections::HashSet;

/// A named node in one of the known namespaces (the IRI is known to be valid).
pub fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// A term of cosignet's vocabulary.
pub fn cosig(local: &str) -> NamedNode {
    iri(vocab::COSIG, local)
}

/// A plain string literal.
pub fn string(value: &str) -> Literal {
    Literal::new_simple_literal(value)
}

/// Quads in the order first added, each once (the mapping adds them in a fixed order, so
/// the result is deterministic).
#[derive(Debug, Default)]
pub struct QuadSet {
    order: Vec<Quad>,
}

impl QuadSet {
    /// Adds a quad (a repeat is dropped when the set is read).
    pub fn push(&mut self, q: Quad) {
        self.order.push(q);
    }

    /// The quads in order, each once (no quad is copied).
    pub fn into_vec(mut self) -> Vec<Quad> {
        let keep: Vec<bool> = {
            let mut seen: HashSet<&Quad> = HashSet::with_capacity(self.order.len());
            self.order.iter().map(|q| seen.insert(q)).collect()
        };
        let mut keep = keep.into_iter();
        self.order.retain(|_| keep.next().unwrap_or(false));
        self.order
    }
}
