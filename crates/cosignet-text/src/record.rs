//! The statement record: the one format `parse` prints and `ingest` reads.
//!
//! A record is plain data (serde), free of any RDF or store type, so a person can
//! parse a text, correct the YAML by hand and ingest the corrected file.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One joint statement with its signatories, as extracted from a text or written by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRecord {
    /// Stable identifier, the last segment of the statement IRI (date and title slug).
    #[serde(default, deserialize_with = "checked::id")]
    pub id: String,
    /// Headline as written, when the text has one.
    #[serde(default)]
    pub title: Option<String>,
    /// The statement's own date (else its publication date), never guessed.
    #[serde(default)]
    pub date: Option<IsoDate>,
    /// Where the statement was signed or issued, when the text says.
    #[serde(default)]
    pub place: Option<String>,
    /// ISO 639-1 code of the text's language.
    #[serde(default)]
    pub language: Option<String>,
    /// The body that issued the statement, when the text names one.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Where the record came from.
    #[serde(default)]
    pub source: Source,
    /// Who signed, in the order of the text.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// Doubts found while reading the text.
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

/// The file (and optionally the web page) a record was read from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Path of the file as ingested (relative to the working directory when inside it).
    #[serde(default)]
    pub path: Option<String>,
    /// SHA-256 of the file's bytes, hex encoded.
    #[serde(default)]
    pub sha256: Option<String>,
    /// Web address of the original publication, when known.
    #[serde(default, deserialize_with = "checked::web_iri")]
    pub url: Option<String>,
}

/// One signing organisation (and possibly the person who signed for it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// The signatory exactly as the text names it, without list numbers or bullets.
    #[serde(deserialize_with = "checked::not_blank")]
    pub as_written: String,
    /// Canonical party label.
    #[serde(default)]
    pub party: Option<String>,
    /// IRI of the party; the same for every spelling of the same party.
    #[serde(default, deserialize_with = "checked::web_iri")]
    pub party_id: Option<String>,
    /// Common English short name of the party's country.
    #[serde(default)]
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 code, null for entities without one.
    #[serde(default, deserialize_with = "checked::country_code")]
    pub country_code: Option<String>,
    /// Person who signed for the party.
    #[serde(default)]
    pub person: Option<String>,
    /// The person's role as written.
    #[serde(default)]
    pub role: Option<String>,
    /// 1-based line of the source text the signatory was read from.
    #[serde(default)]
    pub line: Option<usize>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational: something was inferred.
    Info,
    /// Something doubtful a person should check.
    Warning,
    /// Something that could not be read.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// A doubt about one line of the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    /// 1-based line in the source file, when the doubt is about a line.
    #[serde(default)]
    pub line: Option<usize>,
    /// How serious it is.
    pub severity: Severity,
    /// What is doubtful, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// A warning about `line`.
    pub fn warning(line: usize, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    /// An informational note about `line`.
    pub fn info(line: usize, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            severity: Severity::Info,
            message: message.into(),
        }
    }
}

/// Why a text is not an [`IsoDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not `YYYY-MM-DD`.
    #[error("`{0}` is not a date of the form YYYY-MM-DD")]
    Shape(String),
    /// Of that form, but no such day.
    #[error("`{0}` is not a date that exists")]
    DoesNotExist(String),
}

/// A calendar date that exists (ISO 8601 `YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Year (1 to 9999).
    pub year: u16,
    /// Month (1 to 12).
    pub month: u8,
    /// Day of the month (1 to the month's length).
    pub day: u8,
}

impl IsoDate {
    /// The date, if it exists in the proleptic Gregorian calendar.
    pub fn new(year: i64, month: i64, day: i64) -> Option<Self> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let len = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= len).then_some(Self {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The day before, if it exists (not before 0001-01-01).
    pub fn day_before(self) -> Option<Self> {
        if self.day > 1 {
            return Self::new(
                i64::from(self.year),
                i64::from(self.month),
                i64::from(self.day) - 1,
            );
        }
        let (year, month) = if self.month == 1 {
            (i64::from(self.year) - 1, 12)
        } else {
            (i64::from(self.year), i64::from(self.month) - 1)
        };
        (28..=31).rev().find_map(|day| Self::new(year, month, day))
    }

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let ok_shape = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !ok_shape {
            return Err(DateError::Shape(text.to_owned()));
        }
        let n = |p: &str| p.parse::<i64>().unwrap_or(0);
        Self::new(n(parts[0]), n(parts[1]), n(parts[2]))
            .ok_or_else(|| DateError::DoesNotExist(text.to_owned()))
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // TOML has a native date type; accept it as well as strings.
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = IsoDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date of the form YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<IsoDate, E> {
                IsoDate::parse(v).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<IsoDate, A::Error> {
                // toml's datetime arrives as a one-entry map holding its text.
                let mut found = None;
                while let Some((_, value)) = map.next_entry::<String, String>()? {
                    found = Some(value);
                }
                let text = found.ok_or_else(|| serde::de::Error::custom("empty date"))?;
                IsoDate::parse(&text).map_err(serde::de::Error::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Field checks run while a record is deserialised, so that the parser's own position
/// (file line and column) comes with every refusal.
mod checked {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer};

    /// A statement id: empty (minted from date and title) or letters, digits, `-`, `_`, `.`.
    pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        let id = String::deserialize(d)?;
        let ok = id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if ok {
            Ok(id)
        } else {
            Err(D::Error::custom(format!(
                "statement id `{id}` may only hold letters, digits, `-`, `_` and `.`"
            )))
        }
    }

    /// Text that is not empty or only spaces.
    pub fn not_blank<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            Err(D::Error::custom("`as_written` is empty"))
        } else {
            Ok(text)
        }
    }

    /// A country code the bundled gazetteer knows ("DE"), in capitals, or nothing: an
    /// unknown code would silently give the signatory no country.
    pub fn country_code<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        let Some(code) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        if crate::reference::countries::Gazetteer::bundled()
            .by_code(&code)
            .is_some()
        {
            Ok(Some(code.trim().to_ascii_uppercase()))
        } else {
            Err(D::Error::custom(format!(
                "country_code `{code}` is not an ISO 3166-1 alpha-2 code (two capital letters, such as `DE`)"
            )))
        }
    }

    /// An absolute `http:` or `https:` IRI, or nothing.
    pub fn web_iri<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        let Some(iri) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let web = iri.starts_with("http://") || iri.starts_with("https://");
        if web && oxiri::Iri::parse(iri.as_str()).is_ok() {
            Ok(Some(iri))
        } else {
            Err(D::Error::custom(format!(
                "`{iri}` is not an absolute http(s) IRI"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_country_codes_are_rejected() {
        let sig = |code: &str| {
            serde_json::from_str::<Signatory>(&format!(
                r#"{{"as_written": "KKE", "country_code": "{code}"}}"#
            ))
        };
        assert_eq!(sig("GR").unwrap().country_code.as_deref(), Some("GR"));
        assert_eq!(sig("gr").unwrap().country_code.as_deref(), Some("GR"));
        for bad in ["XX", "GRE", ""] {
            let err = sig(bad).unwrap_err().to_string();
            assert!(err.contains("is not an ISO 3166-1 alpha-2 code"), "{bad}: {err}");
        }
    }

    #[test]
    fn dates_that_do_not_exist_are_rejected() {
        assert!(IsoDate::parse("2020-02-29").is_ok());
        assert!(IsoDate::parse("2019-02-29").is_err());
        assert!(IsoDate::parse("2020-13-01").is_err());
        assert!(IsoDate::parse("2020-04-31").is_err());
        assert!(IsoDate::parse("20-04-01").is_err());
        assert_eq!(IsoDate::parse("1900-02-28").unwrap().to_string(), "1900-02-28");
        assert!(IsoDate::parse("1900-02-29").is_err());
    }

    #[test]
    fn record_round_trips_through_json_and_yaml() {
        let rec = StatementRecord {
            id: "x".into(),
            title: Some("T".into()),
            date: IsoDate::parse("2020-08-18").ok(),
            place: None,
            language: Some("en".into()),
            issuer: None,
            source: Source::default(),
            signatories: vec![Signatory {
                as_written: "CP of Britain".into(),
                line: Some(3),
                ..Default::default()
            }],
            diagnostics: vec![Diagnostic::warning(4, "odd")],
        };
        let json = serde_json::to_string(&rec).unwrap();
        assert_eq!(serde_json::from_str::<StatementRecord>(&json).unwrap(), rec);
        let yaml = serde_yaml::to_string(&rec).unwrap();
        assert_eq!(serde_yaml::from_str::<StatementRecord>(&yaml).unwrap(), rec);
    }

    #[test]
    fn a_bad_date_in_json_names_its_line() {
        let err = serde_json::from_str::<StatementRecord>("{\n\"id\": \"a\",\n\"date\": \"2021-02-30\"\n}")
            .unwrap_err();
        assert_eq!(err.line(), 3);
        assert!(err.to_string().contains("not a date that exists"));
    }

    #[test]
    fn the_day_before_follows_the_calendar() {
        let d = |t: &str| IsoDate::parse(t).unwrap();
        assert_eq!(d("2025-03-01").day_before(), Some(d("2025-02-28")));
        assert_eq!(d("2024-03-01").day_before(), Some(d("2024-02-29")));
        assert_eq!(d("2025-01-01").day_before(), Some(d("2024-12-31")));
        assert_eq!(d("0001-01-01").day_before(), None);
    }
}
