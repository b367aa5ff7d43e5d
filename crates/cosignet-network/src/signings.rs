//! The network's input with every string stored once: statements, dates and nodes are
//! numbered as they first come, and each signing is a pair of numbers. Hundreds of thousands
//! of statements and millions of signings then fit in a few tens of megabytes; strings come
//! back only for the nodes and statements a network writes.

use super::model::Signing;
use std::collections::HashMap;

/// A node as its first signing names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NodeInfo {
    /// Its id (a party, person or country IRI, or a country code).
    pub(crate) id: Box<str>,
    /// Its label.
    pub(crate) label: Box<str>,
    /// Its country (ISO code or name), if known.
    pub(crate) country: Option<Box<str>>,
}

/// Signings of statements by nodes, interned.
#[derive(Debug, Clone, Default)]
pub struct Signings {
    /// Statement ids, by number.
    pub(crate) statements: Vec<Box<str>>,
    statement_index: HashMap<Box<str>, u32>,
    /// Each statement's date, as a number into `dates`.
    pub(crate) statement_dates: Vec<Option<u32>>,
    /// Distinct dates (ISO `YYYY-MM-DD`), by number.
    pub(crate) dates: Vec<Box<str>>,
    date_index: HashMap<Box<str>, u32>,
    /// Nodes, by number.
    pub(crate) nodes: Vec<NodeInfo>,
    node_index: HashMap<Box<str>, u32>,
    /// (statement, node) numbers, in the order given.
    pub(crate) pairs: Vec<(u32, u32)>,
}

fn intern(index: &mut HashMap<Box<str>, u32>, len: usize, key: &str) -> (u32, bool) {
    if let Some(&i) = index.get(key) {
        return (i, false);
    }
    let i = u32::try_from(len).expect("fewer than 2^32 distinct values");
    index.insert(key.into(), i);
    (i, true)
}

impl Signings {
    /// No signings.
    pub fn new() -> Self {
        Self::default()
    }

    /// The number of the statement `id`, numbering it when new.
    fn statement(&mut self, id: &str) -> u32 {
        let (i, new) = intern(&mut self.statement_index, self.statements.len(), id);
        if new {
            self.statements.push(id.into());
            self.statement_dates.push(None);
        }
        i
    }

    /// Gives `statement` this date (ISO `YYYY-MM-DD`), unless it has one already.
    pub fn date(&mut self, statement: &str, date: &str) {
        let s = self.statement(statement) as usize;
        if self.statement_dates[s].is_none() {
            let (d, new) = intern(&mut self.date_index, self.dates.len(), date);
            if new {
                self.dates.push(date.into());
            }
            self.statement_dates[s] = Some(d);
        }
    }

    /// Records that `node` signed `statement`. A node keeps the label and country of its
    /// first signing.
    pub fn push(&mut self, statement: &str, node: &str, label: &str, country: Option<&str>) {
        let s = self.statement(statement);
        let (n, new) = intern(&mut self.node_index, self.nodes.len(), node);
        if new {
            self.nodes.push(NodeInfo {
                id: node.into(),
                label: label.into(),
                country: country.map(Into::into),
            });
        }
        self.pairs.push((s, n));
    }

    /// The number of signings recorded.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether no signing was recorded.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The date of a statement, by number.
    pub(crate) fn date_of(&self, statement: u32) -> Option<&str> {
        self.statement_dates[statement as usize].map(|d| &*self.dates[d as usize])
    }

    /// The nodes each statement's signings name (in the order given, repeats kept), by
    /// statement number: offsets into one list.
    pub(crate) fn by_statement(&self) -> ByStatement {
        let mut offsets = vec![0u32; self.statements.len() + 1];
        for &(s, _) in &self.pairs {
            offsets[s as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next = offsets.clone();
        let mut nodes = vec![0u32; self.pairs.len()];
        for &(s, n) in &self.pairs {
            nodes[next[s as usize] as usize] = n;
            next[s as usize] += 1;
        }
        ByStatement { offsets, nodes }
    }
}

/// The signings grouped by statement.
pub(crate) struct ByStatement {
    offsets: Vec<u32>,
    nodes: Vec<u32>,
}

impl ByStatement {
    /// The nodes that signed statement `s`.
    pub(crate) fn nodes(&self, s: u32) -> &[u32] {
        let s = s as usize;
        &self.nodes[self.offsets[s] as usize..self.offsets[s + 1] as usize]
    }
}

impl<'a> FromIterator<&'a Signing> for Signings {
    fn from_iter<I: IntoIterator<Item = &'a Signing>>(iter: I) -> Self {
        let mut out = Signings::new();
        for s in iter {
            if let Some(d) = &s.date {
                out.date(&s.statement, d);
            }
            out.push(&s.statement, &s.node, &s.label, s.country.as_deref());
        }
        out
    }
}

impl From<&[Signing]> for Signings {
    fn from(signings: &[Signing]) -> Self {
        signings.iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_stored_once_and_the_first_signing_names_a_node() {
        let mut s = Signings::new();
        s.push("s1", "a", "A", Some("GR"));
        s.push("s2", "a", "other label", None);
        s.push("s1", "b", "B", None);
        s.date("s1", "2020-01-01");
        s.date("s1", "2021-01-01");
        s.date("s2", "2020-01-01");
        assert_eq!(
            (s.statements.len(), s.nodes.len(), s.dates.len(), s.len()),
            (2, 2, 1, 3)
        );
        assert_eq!(&*s.nodes[0].label, "A");
        assert_eq!(s.date_of(0), Some("2020-01-01"));
        let g = s.by_statement();
        assert_eq!((g.nodes(0), g.nodes(1)), (&[0, 1][..], &[0][..]));
    }
}
