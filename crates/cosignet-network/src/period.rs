//! Time periods for slicing a network: calendar years, runs of years, runs of months.

use std::fmt;
use std::str::FromStr;

/// The length of the periods [`super::slices`] cuts the statements into.
///
/// Periods are aligned to multiples of their length counted from year 0, so `5y` gives
/// 2000..2004, 2005..2009 and `6m` gives January-June and July-December.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// Calendar years (`year`).
    Year,
    /// Runs of this many months (`6m`).
    Months(u32),
    /// Runs of this many calendar years (`5y`).
    Years(u32),
}

impl Period {
    /// Parses `year`, `Ny` (years) or `Nm` (months), `N` at least 1.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim().to_ascii_lowercase();
        if t == "year" || t == "yearly" {
            return Ok(Self::Year);
        }
        let bad =
            || format!("`{text}` is not a period (expected `year`, or a duration such as `5y` or `6m`)");
        let (digits, unit) = t.split_at(t.len().saturating_sub(1));
        let n: u32 = digits.parse().map_err(|_| bad())?;
        match (unit, n) {
            (_, 0) => Err(bad()),
            ("y", n) => Ok(Self::Years(n)),
            ("m", n) => Ok(Self::Months(n)),
            _ => Err(bad()),
        }
    }

    /// The index of the period holding `date` (`YYYY-MM-DD`; `YYYY` or `YYYY-MM` will do for
    /// periods that do not need the month), or `None` when the date cannot be read.
    pub(crate) fn index(&self, date: &str) -> Option<i64> {
        let year: i64 = date.get(0..4)?.parse().ok()?;
        let month = || -> Option<i64> {
            let m: i64 = date.get(5..7)?.parse().ok()?;
            (1..=12).contains(&m).then_some(m)
        };
        match *self {
            Self::Year => Some(year),
            Self::Years(n) => Some(year.div_euclid(i64::from(n))),
            Self::Months(n) => Some((year * 12 + month()? - 1).div_euclid(i64::from(n))),
        }
    }

    /// The label, first day and last day of the period with this index.
    pub(crate) fn span(&self, index: i64) -> (String, String, String) {
        match *self {
            Self::Year => Self::Years(1).span(index),
            Self::Years(n) => {
                let first = index * i64::from(n);
                let last = first + i64::from(n) - 1;
                let label = if n == 1 {
                    format!("{first:04}")
                } else {
                    format!("{first:04}..{last:04}")
                };
                (label, format!("{first:04}-01-01"), format!("{last:04}-12-31"))
            }
            Self::Months(n) => {
                let first = index * i64::from(n);
                let last = first + i64::from(n) - 1;
                let ym = |m: i64| (m.div_euclid(12), m.rem_euclid(12) + 1);
                let ((y0, m0), (y1, m1)) = (ym(first), ym(last));
                let label = if n == 1 {
                    format!("{y0:04}-{m0:02}")
                } else {
                    format!("{y0:04}-{m0:02}..{y1:04}-{m1:02}")
                };
                let end = format!("{y1:04}-{m1:02}-{:02}", days_in_month(y1, m1));
                (label, format!("{y0:04}-{m0:02}-01"), end)
            }
        }
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Period {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year => f.write_str("year"),
            Self::Months(n) => write!(f, "{n}m"),
            Self::Years(n) => write!(f, "{n}y"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_labels() {
        assert_eq!(Period::parse("year"), Ok(Period::Year));
        assert_eq!(Period::parse("5y"), Ok(Period::Years(5)));
        assert_eq!(Period::parse("6M"), Ok(Period::Months(6)));
        assert!(Period::parse("0y").is_err() && Period::parse("6w").is_err() && Period::parse("").is_err());
        let p = Period::Months(6);
        let i = p.index("2019-08-17").unwrap();
        assert_eq!(
            p.span(i),
            (
                "2019-07..2019-12".into(),
                "2019-07-01".into(),
                "2019-12-31".into()
            )
        );
        let p = Period::Years(5);
        assert_eq!(p.span(p.index("2003-02-01").unwrap()).0, "2000..2004");
        let y = Period::Year;
        assert_eq!(
            y.span(y.index("2019-02-01").unwrap()),
            ("2019".into(), "2019-01-01".into(), "2019-12-31".into())
        );
        assert_eq!(
            Period::Months(1)
                .span(Period::Months(1).index("2020-02-03").unwrap())
                .2,
            "2020-02-29"
        );
    }
}
