//! Cutting the statements into periods and building one network per period.

use super::build::build_refs;
use super::model::{Network, Signing};
use super::options::Options;
use super::period::Period;
use std::collections::BTreeMap;

/// One network per period, from the first period holding a (dated, kept) statement to the
/// last, empty periods in between included, each labelled (`2019`, `2015..2019`,
/// `2019-01..2019-06`) and carrying its first and last day in [`Network::period`].
/// Statements without a readable date are left out.
pub fn slices(signings: &[Signing], period: &Period, options: &Options) -> Vec<(String, Network)> {
    let mut by_period: BTreeMap<i64, Vec<&Signing>> = BTreeMap::new();
    for s in signings {
        let Some(date) = s.date.as_deref() else { continue };
        if options.from.as_deref().is_some_and(|f| date < f)
            || options.to.as_deref().is_some_and(|t| date > t)
        {
            continue;
        }
        if let Some(i) = period.index(date) {
            by_period.entry(i).or_default().push(s);
        }
    }
    let (Some(&first), Some(&last)) = (by_period.keys().next(), by_period.keys().next_back()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|i| {
            let (label, start, end) = period.span(i);
            let mut net = build_refs(by_period.get(&i).map_or(&[][..], Vec::as_slice), options);
            net.period = Some((start, end));
            (label, net)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearly_with_gap() {
        let s = |st: &str, d: &str, n: &str| Signing {
            statement: st.into(),
            date: Some(d.into()),
            node: n.into(),
            label: n.into(),
            country: None,
        };
        let all = vec![
            s("s1", "2018-03-01", "a"),
            s("s1", "2018-03-01", "b"),
            s("s2", "2020-03-01", "a"),
            s("s2", "2020-03-01", "c"),
        ];
        let out = slices(&all, &Period::Year, &Options::default());
        let labels: Vec<&str> = out.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(labels, ["2018", "2019", "2020"]);
        assert_eq!(out[1].1.nodes.len(), 0);
        assert_eq!(out[2].1.period, Some(("2020-01-01".into(), "2020-12-31".into())));
    }
}
