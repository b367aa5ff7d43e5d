//! The head of a statement: the issuing body's letterhead (name over address, phone and
//! e-mail lines) and the headline, skipping page banners, breadcrumbs, timestamps and
//! editorial notes in parentheses.

use super::dates::date_line;
use super::markers::strip_marker;
use super::signatories::{is_ellipsis, is_prose};
use super::vocab::{is_lead_in, looks_like_party};
use crate::text::fold::{fold, words};
use crate::text::lines::Line;

/// Salutations that open a statement's body: the headline comes before them.
const SALUTATIONS: &[&str] = &[
    "dear",
    "chers",
    "cheres",
    "queridos",
    "queridas",
    "estimados",
    "caros",
    "cari",
    "care",
    "liebe",
    "werte",
    "drodzy",
    "szanowni",
    "дорогие",
    "уважаемые",
];

/// Whether a line is contact details: a web or e-mail address, a phone or fax number, a
/// postal address.
pub fn is_contact(text: &str) -> bool {
    let t = text.trim();
    let folded = fold(t);
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let phone = [
        "tel",
        "тел",
        "fax",
        "факс",
        "phone",
        "telefon",
        "telephone",
        "tlf",
    ];
    folded.contains("http://")
        || folded.contains("https://")
        || folded.starts_with("www.")
        || (t.contains('@') && !t.contains(' '))
        || folded.starts_with("e-mail")
        || folded.starts_with("email")
        || phone.iter().any(|p| folded.starts_with(p))
        || (date_line(t).is_none()
            && ((digits >= 4 && digits * 2 >= letters)
                || (digits >= 3 && t.matches(',').count() >= 2 && t.split_whitespace().count() <= 12)))
}

/// Whether a line is site furniture: a menu ("Home | About | Contact"), a breadcrumb
/// ("Home > Statements > 2019"), a lone navigation word.
pub fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    let folded = fold(t);
    let separators = [" > ", " › ", " » ", " | ", " / ", " · "]
        .iter()
        .filter(|s| t.contains(*s))
        .count();
    (separators > 0 && t.split_whitespace().count() <= 16 && !t.ends_with('.'))
        || matches!(
            folded.as_str(),
            "home" | "menu" | "share" | "print" | "read more" | "top"
        )
}

/// Whether a line is contact details or site furniture rather than text.
pub fn is_noise(text: &str) -> bool {
    is_contact(text) || is_furniture(text)
}

/// Whether a line is written in capitals (a headline or letterhead).
fn is_shouting(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 6 && letters.iter().all(|c| !c.is_lowercase())
}

/// What the head of a statement gives.
#[derive(Debug, Default, PartialEq)]
pub struct Head {
    /// The headline.
    pub title: Option<String>,
    /// The letterhead's issuing body, with its line.
    pub issuer: Option<(usize, String)>,
}

/// Reads the letterhead and headline.
pub fn read(lines: &[Line]) -> Head {
    let all: Vec<&Line> = lines.iter().filter(|l| !l.text.trim().is_empty()).collect();
    // A site banner and menu come before the text: start after the last furniture line
    // among the first lines.
    let start = all
        .iter()
        .take(8)
        .rposition(|l| is_furniture(&l.text))
        .map_or(0, |p| p + 1);
    let body = &all[start..];
    let mut head = Head::default();
    // Letterhead: a name over contact lines; or an organisation's name in capitals over a
    // separate headline in capitals.
    if let Some(first) = body.first() {
        let t = first.text.replace("**", "");
        let contact_follows = body.get(1).is_some_and(|n| is_contact(&n.text));
        let org_over_headline = is_shouting(&t)
            && looks_like_party(&t)
            && body
                .get(1)
                .is_some_and(|n| is_shouting(&n.text.replace("**", "")) && n.no > first.no + 1);
        if (contact_follows || org_over_headline) && !is_noise(&t) && t.split_whitespace().count() <= 20 {
            head.issuer = Some((first.no, t.trim().to_owned()));
        }
    }
    let issuer_line = head.issuer.as_ref().map(|(n, _)| *n);
    let mut in_parenthesis = false;
    let mut i = 0;
    while i < body.len().min(40) {
        let l = body[i];
        let t = l.text.trim().trim_start_matches('#').trim();
        let t_plain = t.replace("**", "");
        let t_plain = t_plain.trim();
        i += 1;
        if in_parenthesis {
            in_parenthesis = !t.ends_with(')');
            continue;
        }
        if t.starts_with('(') {
            in_parenthesis = !t.ends_with(')');
            continue;
        }
        let skipped = Some(l.no) == issuer_line
            || is_noise(t)
            || is_ellipsis(t)
            || date_line(t).is_some()
            || is_byline(t_plain)
            || super::prose::is_party_header(t_plain);
        if skipped {
            continue;
        }
        let first_word = words(t_plain).into_iter().next().unwrap_or_default();
        if is_lead_in(t) || strip_marker(t).is_some() || SALUTATIONS.contains(&first_word.as_str()) {
            break;
        }
        if is_shouting(t_plain) {
            head.title = Some(join_shouting(&body[i - 1..]));
            break;
        }
        if is_prose(t_plain) || t_plain.ends_with(':') {
            // The headline may come after an introduction: look for a line in capitals.
            head.title = body[i..body.len().min(i + 25)]
                .iter()
                .position(|l| is_shouting(&l.text.replace("**", "")) && !is_noise(&l.text))
                .map(|p| join_shouting(&body[i + p..]));
            break;
        }
        if t_plain.split_whitespace().count() <= 30 {
            head.title = Some(t_plain.to_owned());
        }
        break;
    }
    head
}

/// An author or source line ("By John Smith", "Par la rédaction").
fn is_byline(text: &str) -> bool {
    let w = words(text);
    let first = w.first().map(String::as_str).unwrap_or("");
    w.len() <= 8
        && matches!(
            first,
            "by" | "par" | "por" | "di" | "von" | "autor" | "author" | "source" | "fuente" | "quelle"
        )
}

/// A headline in capitals may run over consecutive lines.
fn join_shouting(from: &[&Line]) -> String {
    let mut parts = vec![from[0].text.replace("**", "").trim().to_owned()];
    for pair in from.windows(2) {
        let consecutive = pair[1].no == pair[0].no + 1;
        let text = pair[1].text.replace("**", "");
        if consecutive && is_shouting(&text) {
            parts.push(text.trim().to_owned());
        } else {
            break;
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    #[test]
    fn letterhead_then_headline() {
        let text = "\n\nUNION OF WORKERS PARTIES\n\nSomestreet 5, 12345, Town\n\ntel.: +1 234 567\n\nTHE PEOPLE WILL WIN!\n\nAddress of the Union\n\nDear comrades!";
        let head = read(&split_lines(text));
        assert_eq!(head.issuer, Some((3, "UNION OF WORKERS PARTIES".into())));
        assert_eq!(head.title.as_deref(), Some("THE PEOPLE WILL WIN!"));
    }

    #[test]
    fn timestamps_and_notes_are_skipped() {
        let head = read(&split_lines(
            "Monday, 14 September 2015 19:19\n\nMessage of solidarity with the workers\n\nWe, the parties...",
        ));
        assert_eq!(
            head.title.as_deref(),
            Some("Message of solidarity with the workers")
        );
        let head = read(&split_lines("(Joint statement\nopen to signature)\n[...]\nLe 7 février 2017\nPremiers signataires\nGrèce : KKE"));
        assert_eq!(head.title, None);
    }

    #[test]
    fn a_headline_in_capitals_after_an_introduction() {
        let text = "The parties published a statement in which they call on the peoples of both countries to unite, and to rise for peace in the region once more.\nThis is what they said:\nJOINT STATEMENT\nOF THE TWO PARTIES\n[...]";
        assert_eq!(
            read(&split_lines(text)).title.as_deref(),
            Some("JOINT STATEMENT OF THE TWO PARTIES")
        );
    }
}
