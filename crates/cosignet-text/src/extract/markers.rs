//! List markers: "1.", "1)", "1 " (a missing dot), "-", "•", "*", and the text after them.

use crate::text::fold::is_capital;

/// The marker a list line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A number, with its value.
    Number(u32),
    /// A bullet character.
    Bullet,
}

const BULLETS: &[char] = &[
    '-', '•', '*', '–', '—', '·', '+', '►', '▪', '○', '●', '◦', '‣', '▸',
];

/// Splits a list marker off a line: `(marker, rest)`; `None` for a line without one.
pub fn strip_marker(line: &str) -> Option<(Marker, &str)> {
    let t = line.trim_start();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    // Up to five digits before "." or ")" (lists of thousands of items), up to three
    // before a space alone ("1000 Partido ..." is more likely a name with a number).
    let punctuated = t[digits.len()..].starts_with(['.', ')']);
    if !digits.is_empty() && (digits.len() <= 3 || (punctuated && digits.len() <= 5)) {
        let after = &t[digits.len()..];
        let n: u32 = digits.parse().ok()?;
        // "1." / "1)" / "1.-" then text; "1 - X" / "1 – X"; or "1 " directly followed by a
        // capital letter.
        let rest = if let Some(r) = after.strip_prefix(['.', ')']) {
            r.trim_start_matches(['-', ')']).trim_start()
        } else if after.starts_with(char::is_whitespace) {
            let r = after.trim_start();
            let r = match r.strip_prefix(['-', '–', '—']) {
                Some(x) if x.starts_with(char::is_whitespace) => x.trim_start(),
                _ => r,
            };
            if !r.chars().next().is_some_and(is_capital) {
                return None;
            }
            r
        } else {
            return None;
        };
        return (n > 0).then_some((Marker::Number(n), rest));
    }
    let first = t.chars().next()?;
    if BULLETS.contains(&first) {
        let rest = &t[first.len_utf8()..];
        // "**bold**" and "--" are not bullets; a bullet is followed by a space.
        if rest.starts_with(char::is_whitespace) {
            return Some((Marker::Bullet, rest.trim_start()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_of_every_shape() {
        assert_eq!(
            strip_marker("  1. CP of Albania"),
            Some((Marker::Number(1), "CP of Albania"))
        );
        assert_eq!(
            strip_marker("10.   NCP of Britain"),
            Some((Marker::Number(10), "NCP of Britain"))
        );
        assert_eq!(strip_marker("3) PCP"), Some((Marker::Number(3), "PCP")));
        assert_eq!(
            strip_marker("07 - Partido Comunista"),
            Some((Marker::Number(7), "Partido Comunista"))
        );
        assert_eq!(
            strip_marker("4 Workers Party"),
            Some((Marker::Number(4), "Workers Party"))
        );
        assert_eq!(
            strip_marker("1200. Party of Ruritania"),
            Some((Marker::Number(1200), "Party of Ruritania"))
        );
        assert_eq!(strip_marker("1200 Party of Ruritania"), None);
        assert_eq!(strip_marker("• KKE"), Some((Marker::Bullet, "KKE")));
        assert_eq!(strip_marker("- AKEL"), Some((Marker::Bullet, "AKEL")));
        assert_eq!(strip_marker("37."), Some((Marker::Number(37), "")));
        assert_eq!(strip_marker("**Name**"), None);
        assert_eq!(strip_marker("18 août 2020"), None);
        assert_eq!(strip_marker("2020 was a year"), None);
    }
}
