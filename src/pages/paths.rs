//! Where an IRI's documents live: the path an IRI has below the base, as folders of the
//! site and paths of `serve`. A path is only used when every segment is a safe folder name
//! once percent-decoded (no empty, `.` or `..` segment, no `/`, `\` or control character).

/// The kinds of entity that have a folder of their own, by the first segment of their path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `statement/{id}`.
    Statement,
    /// `party/{cc}/{slug}`.
    Party,
    /// `person/{cc}/{slug}`.
    Person,
    /// `country/{key}`.
    Country,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Self; 4] = [Self::Statement, Self::Party, Self::Person, Self::Country];

    /// The first segment of its paths.
    pub fn segment(self) -> &'static str {
        match self {
            Self::Statement => "statement",
            Self::Party => "party",
            Self::Person => "person",
            Self::Country => "country",
        }
    }

    /// How many segments its paths have.
    fn segments(self) -> usize {
        match self {
            Self::Statement | Self::Country => 2,
            Self::Party | Self::Person => 3,
        }
    }
}

/// Decodes `%XX` escapes; none when they do not make UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a decoded segment can be a folder's name.
fn safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && s.len() <= 200
        && !s.chars().any(|c| c == '/' || c == '\\' || c.is_control())
}

/// The kind and decoded folder path of an IRI below `base`, when it names an entity whose
/// path can be a folder.
pub fn entity_path(base: &str, iri: &str) -> Option<(Kind, String)> {
    let rel = iri.strip_prefix(base)?;
    if rel.contains(['?', '#']) {
        return None;
    }
    let segments: Vec<String> = rel.split('/').map(percent_decode).collect::<Option<_>>()?;
    if !segments.iter().all(|s| safe_segment(s)) {
        return None;
    }
    let kind = Kind::ALL
        .into_iter()
        .find(|k| k.segment() == segments[0] && k.segments() == segments.len())?;
    Some((kind, segments.join("/")))
}

/// The candidate IRIs a request path (below the site's root, without the leading `/`)
/// may stand for: as sent, and percent-decoded when that differs.
pub fn candidate_iris(base: &str, path: &str) -> Vec<String> {
    let mut out = vec![format!("{base}{path}")];
    if let Some(decoded) = percent_decode(path).filter(|d| d != path) {
        out.push(format!("{base}{decoded}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://x.org/d/";

    #[test]
    fn entity_iris_map_to_folders() {
        assert_eq!(
            entity_path(BASE, "https://x.org/d/party/gr/kke"),
            Some((Kind::Party, "party/gr/kke".into()))
        );
        assert_eq!(
            entity_path(BASE, "https://x.org/d/statement/2020-a"),
            Some((Kind::Statement, "statement/2020-a".into()))
        );
        assert_eq!(
            entity_path(BASE, "https://x.org/d/person/int/%D0%B8"),
            Some((Kind::Person, "person/int/и".into()))
        );
    }

    #[test]
    fn unsafe_or_foreign_paths_have_no_folder() {
        for iri in [
            "https://x.org/d/party/gr/..",
            "https://x.org/d/party/gr/%2E%2E",
            "https://x.org/d/party/gr/a%2Fb",
            "https://x.org/d/party//kke",
            "https://x.org/d/statement/a/signature/b",
            "https://x.org/d/statement/a%00",
            "https://x.org/d/graph/reference",
            "https://other.org/party/gr/kke",
            "https://x.org/d/party/gr/k%zz",
        ] {
            assert_eq!(entity_path(BASE, iri), None, "{iri}");
        }
    }
}
