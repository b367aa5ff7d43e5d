//! Selecting what a network is built from: the statements within the date range, the nodes
//! within the countries, and each statement's distinct signatories.

use super::model::Signing;
use super::options::Options;
use std::collections::HashMap;

/// A node the filters keep.
pub(crate) struct Node<'a> {
    /// The first signing that names it (its label and country).
    pub(crate) first: &'a Signing,
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

fn in_countries(s: &Signing, options: &Options) -> bool {
    options.countries.is_empty()
        || s.country.as_deref().is_some_and(|c| {
            options
                .countries
                .iter()
                .any(|k| k.trim().eq_ignore_ascii_case(c.trim()))
        })
}

/// Applies the date and country filters of `options` to `signings`.
pub(crate) fn select<'a>(signings: &[&'a Signing], options: &Options) -> Selection<'a> {
    let mut node_index: HashMap<&str, usize> = HashMap::new();
    let mut firsts: Vec<&Signing> = Vec::new();
    let mut statement_index: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<(&str, Option<&str>, Vec<usize>)> = Vec::new();
    for s in signings
        .iter()
        .copied()
        .filter(|s| in_range(s.date.as_deref(), options))
    {
        let n = *node_index.entry(&s.node).or_insert_with(|| {
            firsts.push(s);
            firsts.len() - 1
        });
        let g = *statement_index.entry(&s.statement).or_insert_with(|| {
            groups.push((&s.statement, None, Vec::new()));
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.1 = group.1.or(s.date.as_deref());
        group.2.push(n);
    }
    // Renumber the kept nodes in id order, so nothing depends on the input order.
    let mut order: Vec<usize> = (0..firsts.len())
        .filter(|&i| in_countries(firsts[i], options))
        .collect();
    order.sort_by(|&a, &b| firsts[a].node.cmp(&firsts[b].node));
    let mut new_index = vec![u32::MAX; firsts.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new as u32;
    }
    let mut nodes: Vec<Node> = order
        .iter()
        .map(|&i| Node {
            first: firsts[i],
            statements: 0,
        })
        .collect();
    groups.sort_by(|a, b| a.0.cmp(b.0));
    let mut dates: Vec<&str> = groups.iter().filter_map(|g| g.1).collect();
    dates.sort_unstable();
    dates.dedup();
    let mut statements = Vec::with_capacity(groups.len());
    for (id, date, mut all) in groups {
        all.sort_unstable();
        all.dedup();
        let mut members: Vec<u32> = all
            .iter()
            .map(|&n| new_index[n])
            .filter(|&n| n != u32::MAX)
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_unstable();
        for &m in &members {
            nodes[m as usize].statements += 1;
        }
        let date = date.map(|d| dates.binary_search(&d).expect("collected above") as u32);
        statements.push(Statement {
            id,
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
