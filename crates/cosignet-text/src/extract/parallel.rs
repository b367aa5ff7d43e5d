//! Parallel lists in prose, paired by "respectively" (`[conjunctions] respectively`):
//! "Los presidentes de A, B y C, X, Y y Z, respectivamente" (parties, then their signers)
//! and "le firme di X, Y e Z, rispettivamente segretario di A, portavoce di B e ..."
//! (signers, then a role of a party for each). The two lists must have as many items;
//! otherwise nothing is read.

use crate::text::fold::{is_capital, is_small_letter};

use super::entry::{plain, Signer};
use super::vocab::{is_acronym, is_link, is_role_head, is_role_term, looks_like_party};
use crate::lang;
use crate::reference::countries::Gazetteer;
use crate::text::fold::fold;

/// A sentence read: the signers, and the text after the parallel lists (which may name
/// further signers in other ways).
pub type Reading = (Vec<Signer>, String);

/// Items of a list written in a sentence: split at commas, semicolons and conjunctions
/// (never joined back: a count that does not match reads nothing).
fn items(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([',', ';']) {
        let mut current: Vec<&str> = Vec::new();
        for tok in part.split_whitespace() {
            if super::vocab::is_conjunction(tok) {
                out.push(current.join(" "));
                current.clear();
            } else {
                current.push(tok);
            }
        }
        out.push(current.join(" "));
    }
    out.into_iter()
        .map(|i| unbracket(i.trim().trim_matches(['—', '–']).trim()).to_owned())
        .filter(|i| !i.is_empty())
        .collect()
}

/// An item without an unmatched bracket at either end ("(presidents of A" -> "presidents
/// of A"; "Chunta Aragonesista (CHA)" stays whole).
fn unbracket(item: &str) -> &str {
    let opens = item.matches('(').count();
    let closes = item.matches(')').count();
    let item = if opens > closes {
        item.strip_prefix('(').unwrap_or(item)
    } else {
        item
    };
    let item = if closes > opens {
        item.strip_suffix(')').unwrap_or(item)
    } else {
        item
    };
    item.trim()
}

/// A person's name: two to five capitalised words (name particles allowed inside).
fn is_name(g: &Gazetteer, item: &str) -> bool {
    let tokens: Vec<&str> = item.split_whitespace().collect();
    let particles = &lang::all().names.particles;
    let word = |t: &str| {
        let mut cs = t.chars();
        cs.next().is_some_and(is_capital)
            && t.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
            && !is_role_term(t)
            && !looks_like_party(t)
            && g.lookup(t).is_none()
    };
    (2..=5).contains(&tokens.len())
        && tokens.first().is_some_and(|t| word(t))
        && tokens.last().is_some_and(|t| word(t))
        && tokens.iter().all(|t| word(t) || particles.contains(&fold(t)))
}

/// The trailing name of an item ("le firme di Marco Bertini" -> "Marco Bertini").
fn trailing_name(g: &Gazetteer, item: &str) -> Option<String> {
    let tokens: Vec<&str> = item.split_whitespace().collect();
    (2..=4.min(tokens.len()))
        .rev()
        .map(|n| tokens[tokens.len() - n..].join(" "))
        .find(|t| is_name(g, t))
}

/// A plural role head as one person holds it ("presidentes" -> "presidente", "leaders" ->
/// "leader", "líderes" -> "líder"); other words unchanged. A word is a role head, singular
/// or plural, when its singular is one.
fn singular(t: &str) -> &str {
    if is_role_head(t) {
        return t;
    }
    [t.strip_suffix('s'), t.strip_suffix("es")]
        .into_iter()
        .flatten()
        .find(|s| s.chars().count() >= 4 && is_role_head(s))
        .unwrap_or(t)
}

/// An item as (role, party): "secretários de Relações Internacionais do PT" -> role
/// "secretários de Relações Internacionais", party "PT"; "do PCdoB" -> party "PCdoB".
/// The party starts after a link word that follows the role; of several, the last one
/// whose remainder is a party or an acronym and not a country.
fn role_and_party(g: &Gazetteer, item: &str) -> Option<(Option<String>, String)> {
    let tokens: Vec<&str> = item.split_whitespace().collect();
    let head = tokens.iter().position(|t| is_role_head(singular(t)));
    let Some(head) = head else {
        // No role: the party after any leading link words or articles.
        let start = tokens.iter().position(|t| !is_link(t))?;
        let party = tokens[start..].join(" ");
        let opens_upper = party.chars().next().is_some_and(is_capital);
        return opens_upper.then_some((None, party));
    };
    // After a link word or a lower-case organisation noun ("de los partidos Democracia
    // Cristiana").
    let org_noun = |t: &str| t.chars().next().is_some_and(is_small_letter) && looks_like_party(t);
    let candidates: Vec<usize> = (head + 1..tokens.len().saturating_sub(1))
        .filter(|&i| {
            (is_link(tokens[i]) || org_noun(tokens[i]))
                && tokens[i + 1].chars().next().is_some_and(is_capital)
        })
        .collect();
    let rest = |i: usize| tokens[i + 1..].join(" ");
    let fits = |i: usize| {
        let r = rest(i);
        // A country's name ends a party name ("Partido Comunista de Venezuela"); a code
        // alone ("PT") is an acronym here.
        let code = r.chars().all(|c| c.is_ascii_uppercase());
        let country = !code && g.lookup_name(&r).is_some();
        !country && (looks_like_party(&r) || tokens[i + 1..].iter().any(|t| is_acronym(t)))
    };
    let cut = candidates
        .iter()
        .rev()
        .copied()
        .find(|&i| fits(i))
        .or_else(|| candidates.first().copied())?;
    let start = tokens[..head]
        .iter()
        .position(|t| is_role_term(t))
        .unwrap_or(head);
    let mut end = cut;
    let more_articles = &lang::all().grammar.more_articles;
    let trailing = |t: &str| is_link(t) || more_articles.contains(&fold(t)) || org_noun(t);
    while end > start + 1 && trailing(tokens[end - 1]) {
        end -= 1;
    }
    let role = tokens[start..end.max(head + 1)]
        .iter()
        .map(|t| singular(t))
        .collect::<Vec<_>>()
        .join(" ");
    Some((Some(role), rest(cut)))
}

/// Reads the parallel lists of one sentence, when it holds a "respectively" word.
pub fn read_sentence(g: &Gazetteer, sentence: &str) -> Option<Reading> {
    let text = plain(sentence);
    let words = &lang::all().conjunctions.respectively;
    let (at, len) = text
        .split_whitespace()
        .scan(0usize, |pos, tok| {
            let start = text[*pos..].find(tok).map(|p| p + *pos)?;
            *pos = start + tok.len();
            Some((start, tok))
        })
        .find(|(_, tok)| words.contains(&fold(tok.trim_matches(|c: char| !c.is_alphanumeric()))))
        .map(|(start, tok)| (start, tok.len()))?;
    let before = items(&text[..at]);
    let after_text = text[at + len..].trim_start_matches([',', ' ']);
    // The clause after the word: up to a full stop or semicolon.
    let clause_end = after_text.find([';', '.']).unwrap_or(after_text.len());
    let after = items(&after_text[..clause_end]);

    // "X, Y and Z, respectively ROLE of A, ROLE of B and ROLE of C".
    let roles: Vec<(Option<String>, String)> = after
        .iter()
        .map_while(|i| role_and_party(g, i).filter(|(r, _)| r.is_some()))
        .collect();
    if roles.len() >= 2 && before.len() >= roles.len() {
        let names: Option<Vec<String>> = before[before.len() - roles.len()..]
            .iter()
            .map(|i| trailing_name(g, i))
            .collect();
        if let Some(names) = names {
            let used: usize = after.iter().take(roles.len()).map(String::len).sum();
            let rest = rest_after(after_text, &after[..roles.len()], used);
            let paired = roles
                .into_iter()
                .zip(names)
                .map(|((role, party), person)| Signer { party, role, person })
                .collect();
            return Some((paired, rest));
        }
    }

    // "X, Y and Z, presidents of the parties A, B and C, respectively".
    for n in (2..=before.len() / 2).rev() {
        let names = &before[before.len() - 2 * n..before.len() - n];
        let parties = &before[before.len() - n..];
        let Some(first_name) = trailing_name(g, &names[0]) else {
            continue;
        };
        if !names[1..].iter().all(|i| is_name(g, i)) {
            continue;
        }
        let Some((Some(role), first)) = role_and_party(g, &parties[0]) else {
            continue;
        };
        let rest: Option<Vec<String>> = parties[1..]
            .iter()
            .map(|p| role_and_party(g, p).filter(|(r, _)| r.is_none()).map(|(_, p)| p))
            .collect();
        let Some(rest) = rest else { continue };
        let persons = std::iter::once(first_name).chain(names[1..].iter().cloned());
        let paired = std::iter::once(first)
            .chain(rest)
            .zip(persons)
            .map(|(party, person)| Signer {
                party,
                role: Some(role.clone()),
                person,
            })
            .collect();
        return Some((paired, after_text.to_owned()));
    }

    // "the presidents of A, B and C, X, Y and Z, respectively".
    let n = before.iter().rev().take_while(|i| is_name(g, i)).count();
    if n < 2 || before.len() < 2 * n {
        return None;
    }
    let names = &before[before.len() - n..];
    let parties = &before[before.len() - 2 * n..before.len() - n];
    let (role, first) = role_and_party(g, &parties[0])?;
    let mut paired = vec![Signer {
        party: first,
        role: role.clone(),
        person: names[0].clone(),
    }];
    for (p, name) in parties[1..].iter().zip(&names[1..]) {
        let (_, party) = role_and_party(g, p)?;
        paired.push(Signer {
            party,
            role: role.clone(),
            person: name.clone(),
        });
    }
    Some((paired, after_text.to_owned()))
}

/// The text after the first `items` of `after` (whose lengths sum to `used`).
fn rest_after(after: &str, items: &[String], used: usize) -> String {
    let Some(last) = items.last() else {
        return after.to_owned();
    };
    match after.find(last.as_str()) {
        Some(p) if p + last.len() >= used.min(after.len()) => after[p + last.len()..].to_owned(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<(String, Option<String>, String)> {
        read_sentence(Gazetteer::bundled(), s)
            .map(|(p, _)| p.into_iter().map(|p| (p.party, p.role, p.person)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn parties_then_signers() {
        let got = read(
            "Los presidentes de Més per Mallorca, Més per Menorca y Chunta Aragonesista (CHA), \
             Llorenç Ferrer Bauzà, Miquel Pons Seguí y Javier Lanaspa Gracia, respectivamente, \
             rubricaron también el documento",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "Més per Mallorca");
        assert_eq!(
            got[2],
            (
                "Chunta Aragonesista (CHA)".into(),
                Some("presidente".into()),
                "Javier Lanaspa Gracia".into()
            )
        );
    }

    #[test]
    fn signers_then_roles_of_parties() {
        let got = read(
            "Il testo porta le firme di Marco Bertini, Elena Caprai e Tommaso Lenzi, rispettivamente \
             segretario provinciale di Rifondazione Comunista, coordinatrice cittadina di Sinistra \
             Italiana e portavoce di Potere al Popolo",
        );
        assert_eq!(
            got,
            [
                (
                    "Rifondazione Comunista".into(),
                    Some("segretario provinciale".into()),
                    "Marco Bertini".into()
                ),
                (
                    "Sinistra Italiana".into(),
                    Some("coordinatrice cittadina".into()),
                    "Elena Caprai".into()
                ),
                (
                    "Potere al Popolo".into(),
                    Some("portavoce".into()),
                    "Tommaso Lenzi".into()
                ),
            ]
        );
    }

    #[test]
    fn signers_then_a_role_of_the_parties() {
        let got = read(
            "Durante la mañana de este martes Carmen Frei, Heraldo Muñoz y Álvaro Elizalde, \
             —presidentes de los partidos Democracia Cristiana, Partido Por la Democracia y Partido \
             Socialista, respectivamente— se reunieron",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[0],
            (
                "Democracia Cristiana".into(),
                Some("presidente".into()),
                "Carmen Frei".into()
            )
        );
        assert_eq!(got[2].0, "Partido Socialista");
    }

    #[test]
    fn lists_of_different_lengths_read_nothing() {
        assert!(read("The leaders of the PCP and the PEV, João Silva, respectively, signed").is_empty());
    }
}
