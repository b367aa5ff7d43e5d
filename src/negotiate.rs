//! Content negotiation between the three representations of an entity: its HTML page, its
//! Turtle and its JSON-LD. One rule, written so that a web server's regular expressions can
//! follow it exactly (the site's nginx and Apache rules, [`crate::site::rules`], do; `serve`
//! calls [`choose`]):
//!
//! - The quality of a representation comes from the `Accept` entries naming its media type
//!   (`text/html`, `text/turtle`, `application/ld+json`), else from those naming its type's
//!   wildcard (`text/*`, `application/*`), else from `*/*`, else it is 0. From the entries
//!   naming one range, it is the `q` of the first that gives one, else 1. A `q` that is not
//!   a number from 0 to 1 with at most three decimals counts as 0.
//! - The representation of highest quality wins; ties go to HTML, then Turtle, then JSON-LD.
//!   When every quality is 0 nothing is acceptable (406).
//! - No `Accept` header (or an empty one) accepts everything: HTML.
//!
//! A suffix (`.html`, `.ttl`, `.jsonld`) on an entity's IRI asks for one representation
//! whatever the header says.

/// One representation of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Representation {
    /// The HTML page.
    Html,
    /// Turtle.
    Turtle,
    /// JSON-LD compacted against the site's context.
    JsonLd,
}

impl Representation {
    /// Every representation, in the order ties are settled.
    pub const ALL: [Self; 3] = [Self::Html, Self::Turtle, Self::JsonLd];

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Html => "text/html",
            Self::Turtle => "text/turtle",
            Self::JsonLd => "application/ld+json",
        }
    }

    /// Its `Content-Type` header value.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Html => "text/html; charset=utf-8",
            Self::Turtle => "text/turtle; charset=utf-8",
            Self::JsonLd => "application/ld+json",
        }
    }

    /// The file holding it in an entity's folder.
    pub fn file(self) -> &'static str {
        match self {
            Self::Html => "index.html",
            Self::Turtle => "data.ttl",
            Self::JsonLd => "data.jsonld",
        }
    }

    /// The suffix that asks for it (`party/gr/kke.ttl`).
    pub fn suffix(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Turtle => "ttl",
            Self::JsonLd => "jsonld",
        }
    }

    /// The representation a suffix asks for.
    pub fn from_suffix(suffix: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.suffix() == suffix)
    }
}

/// The representation an `Accept` header prefers, or none when it accepts none of them.
pub fn choose(accept: Option<&str>) -> Option<Representation> {
    let offers = Representation::ALL.map(Representation::media_type);
    best(accept, &offers).map(|i| Representation::ALL[i])
}

/// The index of the media type in `offers` that an `Accept` header prefers, by the rule
/// above (ties go to the earlier offer), or none when it accepts none of them.
pub fn best(accept: Option<&str>, offers: &[&str]) -> Option<usize> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty()).unwrap_or("*/*");
    let entries = parse(accept);
    let of_range = |range: &str| {
        let mut named = entries.iter().filter(|(m, _)| m == range).peekable();
        named.peek()?;
        Some(named.find_map(|(_, q)| *q).map_or(1000, quality))
    };
    let quality_of = |offer: &str| {
        let wildcard = format!("{}/*", offer.split('/').next().unwrap_or(offer));
        let q = [offer, wildcard.as_str(), "*/*"]
            .into_iter()
            .find_map(of_range)
            .unwrap_or(0);
        q
    };
    let mut best: Option<(usize, u16)> = None;
    for (i, offer) in offers.iter().enumerate() {
        let q = quality_of(offer);
        if q > 0 && best.is_none_or(|(_, b)| q > b) {
            best = Some((i, q));
        }
    }
    best.map(|(i, _)| i)
}

/// The entries of an `Accept` header: media range (lower case) and its `q`, if given.
fn parse(accept: &str) -> Vec<(String, Option<&str>)> {
    accept
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let range = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| {
                    let (name, value) = p.split_once('=')?;
                    let value = value.trim_start();
                    let end = value.find(char::is_whitespace).unwrap_or(value.len());
                    name.trim().eq_ignore_ascii_case("q").then(|| &value[..end])
                })
                .next();
            Some((range, q))
        })
        .collect()
}

/// A `q` value in thousandths: `1`, `1.0`.., `0`, `0.5`, `0.25`, `0.125`; anything else 0.
pub fn quality(value: &str) -> u16 {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    match int {
        "1" if frac.bytes().all(|b| b == b'0') => 1000,
        "0" => format!("{frac:0<3}").parse().unwrap_or(0),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Representation::*;

    /// Accept headers and what they get (the publish check asks nginx the same).
    pub const CASES: &[(&str, Option<Representation>)] = &[
        ("", Some(Html)),
        ("*/*", Some(Html)),
        ("text/html", Some(Html)),
        ("text/turtle", Some(Turtle)),
        ("application/ld+json", Some(JsonLd)),
        ("TEXT/Turtle", Some(Turtle)),
        (
            "text/html;q=0.5, text/turtle;q=0.9, application/ld+json;q=0.8",
            Some(Turtle),
        ),
        ("text/turtle;q=0.5, application/ld+json", Some(JsonLd)),
        ("application/ld+json;q=0.95, text/turtle;q=0.9", Some(JsonLd)),
        ("text/turtle;q=0.901, application/ld+json;q=0.9", Some(Turtle)),
        ("text/turtle;q=0.8, application/ld+json;q=0.8", Some(Turtle)),
        ("text/html;q=0.8, text/turtle;q=0.8", Some(Html)),
        (
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
            Some(Html),
        ),
        ("application/ld+json, */*;q=0.1", Some(JsonLd)),
        ("text/*", Some(Html)),
        ("text/*;q=0.5, text/turtle", Some(Turtle)),
        ("text/turtle;q=0, */*", Some(Html)),
        ("text/html;q=0, text/turtle;q=0, */*", Some(JsonLd)),
        ("application/*", Some(JsonLd)),
        ("image/png", None),
        ("text/html;q=0, text/turtle;q=0, application/ld+json;q=0", None),
        ("text/turtle;q=2", None),
        ("text/turtle;q=abc, application/ld+json;q=0.1", Some(JsonLd)),
        ("text/turtle; charset=utf-8; q=0.7, text/html;q=0.6", Some(Turtle)),
        ("text/turtlex, application/ld+json;q=0.2", Some(JsonLd)),
        ("text/turtle, text/turtle;q=0.1, text/html;q=0.5", Some(Html)),
    ];

    #[test]
    fn accept_headers_choose_as_the_rule_says() {
        for (accept, want) in CASES {
            assert_eq!(choose(Some(accept)), *want, "Accept: {accept}");
        }
        assert_eq!(choose(None), Some(Html));
    }

    #[test]
    fn q_values_are_read_to_the_thousandth() {
        for (text, q) in [
            ("1", 1000),
            ("1.000", 1000),
            ("1.", 1000),
            ("0.5", 500),
            ("0.25", 250),
            ("0.125", 125),
            ("0", 0),
            ("1.5", 0),
            ("0.1234", 0),
            ("x", 0),
            ("", 0),
        ] {
            assert_eq!(quality(text), q, "{text}");
        }
    }
}
