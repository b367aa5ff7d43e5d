//! Selecting what a network is built from: the statements within the date range (and a
//! period), the nodes within the countries, and each statement's distinct signatories.

use super::options::Options;
use super::signings::{ByStatement, NodeInfo, Signings};

/// A node the filters keep.
pub(crate) struct Node<'a> {
    /// Its id, label and country (as its first signing gave them).
    pub(crate) info: &'a NodeInfo,
    /// Statements it signed.
    pub(crate) statements: usize,
}

/// A statement the filters keep (it has at least one kept signatory).
pub(crate) struct Statement<'a> {
    /// Its id.
    pub(crate) id: &'a str,
    /// Its date, as an index into [`Selection::dates`].
    pub(crate) date: Option<u32>,
    /// Distinct signatories before the country filter (the `n` of Newman-Fowler weights).
    pub(crate) size: usize,
    /// Kept signatories, as sorted indices into [`Selection::nodes`].
    pub(crate) members: Vec<u32>,
}

/// Nodes sorted by id, statements sorted by id, and the distinct dates in order.
pub(crate) struct Selection<'a> {
    pub(crate) nodes: Vec<Node<'a>>,
    pub(crate) statements: Vec<Statement<'a>>,
    pub(crate) dates: Vec<&'a str>,
}

fn in_range(date: Option<&str>, options: &Options) -> bool {
    if options.from.is_none() && options.to.is_none() {
        return true;
    }
    let Some(d) = date else { return false };
    options.from.as_deref().is_none_or(|f| d >= f) && options.to.as_deref().is_none_or(|t| d <= t)
}

fn in_countries(n: &NodeInfo, options: &Options) -> bool {
    country_kept(n.country.as_deref(), options)
}

/// Whether the country filter of `options` keeps a node of this country.
pub(crate) fn country_kept(country: Option<&str>, options: &Options) -> bool {
    options.countries.is_empty()
        || country.is_some_and(|c| {
            options
                .countries
                .iter()
                .any(|k| k.trim().eq_ignore_ascii_case(c.trim()))
        })
}

/// Applies the date and country filters of `options` to `signings`, keeping only the
/// statements `keep` accepts (by number).
pub(crate) fn select<'a>(
    signings: &'a Signings,
    grouped: &ByStatement,
    keep: impl Fn(u32) -> bool,
    options: &Options,
) -> Selection<'a> {
    let kept_statements: Vec<u32> = (0..signings.statements.len() as u32)
        .filter(|&s| keep(s) && in_range(signings.date_of(s), options))
        .filter(|&s| !grouped.nodes(s).is_empty())
        .collect();
    // Nodes that signed a kept statement, within the countries, renumbered in id order so
    // that nothing depends on the input order.
    let mut signed = vec![false; signings.nodes.len()];
    for &s in &kept_statements {
        for &n in grouped.nodes(s) {
            signed[n as usize] = true;
        }
    }
    let mut order: Vec<u32> = (0..signings.nodes.len() as u32)
        .filter(|&n| signed[n as usize] && in_countries(&signings.nodes[n as usize], options))
        .collect();
    order.sort_by(|&a, &b| signings.nodes[a as usize].id.cmp(&signings.nodes[b as usize].id));
    let mut new_index = vec![u32::MAX; signings.nodes.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old as usize] = new as u32;
    }
    let mut nodes: Vec<Node> = order
        .iter()
        .map(|&n| Node {
            info: &signings.nodes[n as usize],
            statements: 0,
        })
        .collect();
    let mut dates: Vec<&str> = kept_statements
        .iter()
        .filter_map(|&s| signings.date_of(s))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let mut by_id = kept_statements;
    by_id.sort_by(|&a, &b| signings.statements[a as usize].cmp(&signings.statements[b as usize]));
    let mut statements = Vec::with_capacity(by_id.len());
    let mut all: Vec<u32> = Vec::new();
    for s in by_id {
        all.clear();
        all.extend_from_slice(grouped.nodes(s));
        all.sort_unstable();
        all.dedup();
        let mut members: Vec<u32> = all
            .iter()
            .map(|&n| new_index[n as usize])
            .filter(|&n| n != u32::MAX)
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_unstable();
        for &m in &members {
            nodes[m as usize].statements += 1;
        }
        let date = signings
            .date_of(s)
            .map(|d| dates.binary_search(&d).expect("collected above") as u32);
        statements.push(Statement {
            id: &signings.statements[s as usize],
            date,
            size: all.len(),
            members,
        });
    }
    Selection {
        nodes,
        statements,
        dates,
    }
}
