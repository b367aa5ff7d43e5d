//! The head of a statement: the issuing body's letterhead (name over address, phone and
//! e-mail lines) and the headline, skipping page banners, breadcrumbs, timestamps and
//! editorial notes in parentheses.

use super::dates::date_line;
use super::markers::strip_marker;
use super::signatories::is_ellipsis;
use super::vocab::{is_lead_in, looks_like_party};
use crate::text::fold::{fold, words};
use crate::text::lines::Line;

/// Whether a line is contact details: a web or e-mail address, a phone or fax number (after
/// a `[page] phone` word), a postal address.
pub fn is_contact(text: &str) -> bool {
    let t = text.trim();
    let folded = fold(t);
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    folded.contains("http://")
        || folded.contains("https://")
        || folded.starts_with("www.")
        || t.split_whitespace().any(is_email)
        || folded.starts_with("e-mail")
        || folded.starts_with("email")
        || crate::lang::all().page.phone.begins(&folded)
        || (date_line(t).is_none()
            && ((digits >= 4 && digits * 2 >= letters)
                || (digits >= 3 && t.matches(',').count() >= 2 && t.split_whitespace().count() <= 12)))
}

/// Whether a word is an e-mail address: letters before the "@", a dot after it
/// ("international@parteiderarbeit.at").
fn is_email(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | ';' | '.'));
    w.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.contains('@')
    })
}

/// Whether a line is site furniture: a menu ("Home | About | Contact"), a breadcrumb
/// ("Home > Statements > 2019"), a lone menu word (`[page] menu`).
pub fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    // A separator between two numbers compares them ("7 > 2", "1 / 2"); it separates nothing.
    let separates = |sep: &str| {
        t.match_indices(sep).any(|(at, _)| {
            let before = t[..at].chars().next_back().is_some_and(|c| c.is_ascii_digit());
            let after = t[at + sep.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit());
            !(before && after)
        })
    };
    let separators = [" > ", " › ", " » ", " | ", " / ", " · "]
        .iter()
        .filter(|s| separates(s))
        .count();
    let dated = date_line(t).is_some();
    (separators > 0 && t.split_whitespace().count() <= 16 && !t.ends_with('.') && !dated) || is_page_button(t)
}

/// A line that is a menu item (`[page] menu`) or a row of share buttons.
pub fn is_page_button(text: &str) -> bool {
    crate::lang::all().page.menu.contains(&fold(text.trim())) || is_share_row(text)
}

/// A row of share buttons ("Facebook X WhatsApp Email", "Udostępnij: Facebook X"): every
/// word a `[page] share` word.
fn is_share_row(text: &str) -> bool {
    let ws = words(text);
    let share = &crate::lang::all().page.share;
    // Single letters too: "X", and "E-mail" split at its hyphen.
    !ws.is_empty()
        && ws.iter().all(|w| share.contains(w) || w.chars().count() == 1)
        && ws.iter().any(|w| w.chars().count() > 1)
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
    let first_text = body
        .iter()
        .find(|l| !is_noise(&l.text) && !is_dateline(&l.text.replace("**", "")));
    let second = first_text.and_then(|f| {
        body.iter().find(|l| {
            let t = l.text.replace("**", "");
            l.no > f.no && !is_furniture(&t) && !is_dateline(&t) && !is_ellipsis(&t)
        })
    });
    if let Some(first) = first_text {
        let t = first.text.replace("**", "");
        let contact_follows = second.is_some_and(|n| is_contact(&n.text));
        let next = second.map(|n| n.text.replace("**", ""));
        let org_over_headline = is_shouting(&t)
            && looks_like_party(&t)
            && next.as_deref().is_some_and(is_shouting)
            && second.is_some_and(|n| n.no > first.no + 1);
        // "STATEMENT OF THE MEETING OF ... PARTIES" over the headline proper.
        let kicker = is_shouting(&t)
            && starts_with_document_word(&t)
            && next.as_deref().is_some_and(|n| {
                !is_shouting(n)
                    && !is_title_prose(n)
                    && !n.trim().ends_with(':')
                    && n.split_whitespace().count() <= 20
                    && !is_lead_in(n)
            });
        if (contact_follows || org_over_headline || kicker)
            && !is_noise(&t)
            && t.split_whitespace().count() <= 25
        {
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
            || is_dateline(t_plain)
            || is_byline(t_plain)
            || super::prose::is_party_header(t_plain)
            || is_party_name_in_capitals(t_plain);
        if skipped {
            continue;
        }
        let first_word = words(t_plain).into_iter().next().unwrap_or_default();
        let salutation = crate::lang::all().salutations.words.contains(&first_word);
        if is_lead_in(t) || strip_marker(t).is_some() || salutation {
            break;
        }
        if is_shouting(t_plain) {
            head.title = Some(join_shouting(&body[i - 1..]));
            break;
        }
        // A page's own headline over the statement's: a headline in capitals that names a
        // document ("JOINT MAY DAY STATEMENT 2019") further down wins.
        if !starts_with_document_word(t_plain) {
            let later = body[i..body.len().min(i + 25)].iter().position(|l| {
                let x = l.text.replace("**", "");
                is_shouting(&x) && starts_with_document_word(&x) && !is_noise(&x)
            });
            if let Some(p) = later {
                head.title = Some(join_shouting(&body[i + p..]));
                break;
            }
        }
        if is_title_prose(t_plain) || t_plain.ends_with(':') {
            // The headline may come after an introduction: look for a line in capitals.
            head.title = body[i..body.len().min(i + 25)]
                .iter()
                .position(|l| is_shouting(&l.text.replace("**", "")) && !is_noise(&l.text))
                .map(|p| join_shouting(&body[i + p..]));
            break;
        }
        head.title = Some(t_plain.to_owned());
        break;
    }
    head
}

/// Prose rather than a headline: a long sentence ending in a full stop, or a paragraph.
fn is_title_prose(text: &str) -> bool {
    let n = text.split_whitespace().count();
    n > 45 || (n > 12 && text.trim_end().ends_with('.'))
}

/// A line that dates the page ("Veröffentlicht am 16.08.2024 von Redaktion").
fn is_dateline(text: &str) -> bool {
    if date_line(text).is_some() {
        return true;
    }
    let w = words(text);
    w.len() <= 12
        && !super::dates::find_dates(text).is_empty()
        && w.iter().any(|x| crate::lang::all().dates.publication.contains(x))
}

/// A party's name in capitals on a line of its own (a header of issuing parties).
fn is_party_name_in_capitals(text: &str) -> bool {
    let t = text.trim();
    let party_noun = &crate::lang::all().organisations.party_noun;
    let party_word = words(t).iter().any(|w| party_noun.begins(w));
    is_shouting(t)
        && party_word
        && !t.ends_with(['!', '?', '.'])
        && t.split_whitespace().count() <= 10
        && !super::vocab::is_headline(&t.to_lowercase())
        && !starts_with_document_word(t)
}

fn starts_with_document_word(text: &str) -> bool {
    super::vocab::is_headline(&words(text).into_iter().take(4).collect::<Vec<_>>().join(" "))
        || words(text)
            .first()
            .is_some_and(|w| super::vocab::is_document_word(w))
}

/// An author or source line ("By John Smith", "Par la rédaction"): a `[page] byline` word
/// first.
fn is_byline(text: &str) -> bool {
    let w = words(text);
    let first = w.first().map(String::as_str).unwrap_or("");
    w.len() <= 8 && crate::lang::all().page.byline.contains(first)
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
    fn a_line_with_an_email_address_is_contact_details() {
        assert!(is_contact("1100 Wien - international@parteiderarbeit.at"));
        assert!(is_contact("Presse: presse@example.org"));
        assert!(!is_contact("Partei der Arbeit Österreichs (PdA)"));
        assert!(!is_contact("@PdA_Wien auf X"));
    }

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

    #[test]
    fn breadcrumbs_are_furniture_but_comparisons_are_not() {
        assert!(is_furniture("Home > Statements > 2019"));
        assert!(is_furniture("News | Statements"));
        assert!(!is_furniture("Joint statement: 3 < 5 and 7 > 2"));
        assert!(is_furniture("Facebook X WhatsApp Email"));
        assert!(is_furniture("Udostępnij: Facebook X LinkedIn E-mail Kopiuj link"));
        assert!(!is_furniture("Communist Party of Britain"));
        let head = read(&split_lines(
            "Joint statement: 3 < 5 and 7 > 2\nAthens, 16 April 2021",
        ));
        assert_eq!(head.title.as_deref(), Some("Joint statement: 3 < 5 and 7 > 2"));
    }
}
