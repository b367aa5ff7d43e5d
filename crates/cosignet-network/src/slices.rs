//! Cutting the statements into periods and building one network per period.

use super::build::build_selected;
use super::model::Network;
use super::options::Options;
use super::period::Period;
use super::signings::Signings;
use std::collections::BTreeSet;

/// One network per period, from the first period holding a (dated, kept) statement to the
/// last, empty periods in between included, each labelled (`2019`, `2015..2019`,
/// `2019-01..2019-06`) and carrying its first and last day in [`Network::period`].
/// Statements without a readable date are left out.
pub fn slices(signings: &Signings, period: &Period, options: &Options) -> Vec<(String, Network)> {
    let grouped = signings.by_statement();
    // The period of each statement, if it has a readable date within the range and a signing.
    let period_of: Vec<Option<i64>> = (0..signings.statements.len() as u32)
        .map(|s| {
            let date = signings.date_of(s)?;
            if options.from.as_deref().is_some_and(|f| date < f)
                || options.to.as_deref().is_some_and(|t| date > t)
                || grouped.nodes(s).is_empty()
            {
                return None;
            }
            period.index(date)
        })
        .collect();
    let periods: BTreeSet<i64> = period_of.iter().flatten().copied().collect();
    let (Some(&first), Some(&last)) = (periods.first(), periods.last()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|i| {
            let (label, start, end) = period.span(i);
            let in_period = |s: u32| period_of[s as usize] == Some(i);
            let mut net = build_selected(signings, &grouped, in_period, options);
            net.period = Some((start, end));
            (label, net)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Signing;

    #[test]
    fn yearly_with_gap() {
        let s = |st: &str, d: &str, n: &str| Signing {
            statement: st.into(),
            date: Some(d.into()),
            node: n.into(),
            label: n.into(),
            country: None,
        };
        let all = [
            s("s1", "2018-03-01", "a"),
            s("s1", "2018-03-01", "b"),
            s("s2", "2020-03-01", "a"),
            s("s2", "2020-03-01", "c"),
        ];
        let all = Signings::from(&all[..]);
        let out = slices(&all, &Period::Year, &Options::default());
        let labels: Vec<&str> = out.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(labels, ["2018", "2019", "2020"]);
        assert_eq!(out[1].1.nodes.len(), 0);
        assert_eq!(out[2].1.period, Some(("2020-01-01".into(), "2020-12-31".into())));
    }
}
