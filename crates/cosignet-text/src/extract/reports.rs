//! Signers named across a news report, found from the parties it mentions: each party
//! with a person beside it ("Por el Partido Comunista Paraguayo firmó su secretario
//! general, Néstor Villalba Ortiz"; "del M5S, per il quale ha firmato il capogruppo
//! Davide Ruggeri") is a signer when its paragraph speaks of signing or of representing
//! (`[signing] verbs`, `represented`) and its own sentence does not deny signing
//! (`not_signed`, a `negations` word beside a signing verb). Parties a report names
//! without a person beside them, as it names opponents and commentators, are not read; nor
//! are those of a paragraph that only names the statement ("said the statement was").

use super::chain::{is_party_token, is_sentence, on_a_sentence_line, person_beside};
use super::entry::{as_written, is_name_token, plain, split_country_affix, tidy_role};
use super::prose::{strip_article, unwrapped};
use super::vocab::{
    denies_signing, is_acronym, is_link, is_role_head, is_role_term, looks_like_party, names_an_organ_word,
    names_signing, without_trailing_links,
};
use super::RawSignatory;
use crate::lang;
use crate::record::{Diagnostic, Severity};
use crate::reference::countries::Gazetteer;
use crate::text::fold::{is_capital, key, opens_lower};
use crate::text::lines::Line;

/// A person and the role written beside them.
type PersonRole = (String, Option<String>);

/// Fewest signers a report must name this way to be read.
const MIN_SIGNERS: usize = 2;
/// Most words between a party and the role word of the person after it ("del M5S, per il
/// quale ha firmato il capogruppo").
const MAX_GAP: usize = 8;
/// Most words of a role read after a party.
const MAX_ROLE_WORDS: usize = 9;
/// Most words of a person's name after a comma.
const MAX_NAME_WORDS: usize = 4;
/// Fewest parties an enumeration in a signing sentence names.
const MIN_LISTED: usize = 3;
/// Most words of an item of an enumeration read without other evidence.
const MAX_ITEM_WORDS: usize = 4;
/// Most words in lower case between two parties of an enumeration.
const MAX_LIST_GAP: usize = 5;
/// Most words in lower case inside a party's name before its acronym in brackets.
const MAX_LOWER_WORDS: usize = 4;
/// The signers a report names as parties with persons beside them, in text order, each
/// with its paragraph's first line; none unless at least [`MIN_SIGNERS`] are found.
pub fn signers_in_report(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let mut out: Vec<RawSignatory> = Vec::new();
    let latest = lines.iter().flat_map(|l| years(&l.text)).max();
    let paragraphs = unwrapped(lines);
    for paragraph in paragraphs.iter().filter(|l| is_sentence(&l.text)) {
        let text = plain(&paragraph.text);
        let sentences = super::sentences(&text);
        let denied: Vec<bool> = sentences.iter().map(|s| denies_signing(s)).collect();
        let signs = sentences
            .iter()
            .zip(&denied)
            .any(|(s, &d)| !d && (names_signing(s) || names_representation(s)));
        if !signs {
            continue;
        }
        for (sentence, _) in sentences.iter().zip(&denied).filter(|(_, &d)| !d) {
            // A signing of years before ("suscrita el 16 de julio de 1998 por CiU, el PNV
            // y el BNG") lists the signers of an earlier text.
            let earlier = years(sentence).any(|y| Some(y) < latest);
            let listing = names_signing(sentence) && !earlier;
            for (party, person) in signers_in_sentence(sentence, listing) {
                let (name, country) = split_country_affix(g, &party);
                let (person, role) = person.map_or((None, None), |(p, r)| (Some(p), r));
                let signer = RawSignatory {
                    as_written: as_written(&party),
                    party: name,
                    country,
                    person,
                    role: role.as_deref().and_then(tidy_role),
                    line: paragraph.no,
                };
                let same_person = |s: &RawSignatory| s.person.is_some() && s.person == signer.person;
                match out.iter().position(|s| s.same_party(&signer)) {
                    // A party listed first and named with its person later.
                    Some(i) if out[i].person.is_none() && signer.person.is_some() => {
                        out[i].person = signer.person;
                        out[i].role = signer.role;
                    }
                    Some(_) => {}
                    None if out.iter().any(same_person) => {}
                    None => out.push(signer),
                }
            }
        }
    }
    if out.len() < MIN_SIGNERS {
        out.clear();
    }
    out
}

/// Adds a report's signers (see [`signers_in_report`]) to what other readers found, when
/// those read sentences only (no list, table or block): a signer the others read without a
/// person, under its name, a shorter one ("el Polo" for "Polo Democrático Alternativo") or
/// the acronym of its initials ("PPS" for "Polska Partia Socjalistyczna"), gets the person
/// and role; a new one is added, with an info diagnostic naming its lines;
/// a paragraph another reader took signers from is left as that reader read it.
pub fn add_signers(
    g: &Gazetteer,
    lines: &[Line],
    found: &mut Vec<RawSignatory>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if !found.iter().all(|s| on_a_sentence_line(lines, s.line)) {
        return;
    }
    let mut added: Vec<RawSignatory> = Vec::new();
    for signer in signers_in_report(g, lines) {
        let taken = found
            .iter()
            .any(|s| s.line == signer.line || super::names_the_same_person(s, &signer));
        if taken {
            continue;
        }
        let same: Vec<usize> = (0..found.len())
            .filter(|&i| {
                found[i].same_party(&signer)
                    || shorter_name(&signer.party, &found[i].party)
                    || super::prose::acronym_of(&signer.party, &found[i].party)
            })
            .collect();
        match same.as_slice() {
            [] => added.push(signer),
            [i] if found[*i].person.is_none() => {
                found[*i].person = signer.person;
                found[*i].role = signer.role;
            }
            _ => {}
        }
    }
    if added.is_empty() {
        return;
    }
    let source = |no: usize| lines.iter().find(|l| l.no == no).map_or(no, |l| l.source);
    let mut at: Vec<String> = added.iter().map(|s| source(s.line).to_string()).collect();
    at.dedup();
    diagnostics.push(Diagnostic {
        line: Some(added[0].line),
        severity: Severity::Info,
        message: format!(
            "signers read on weak evidence: {} parties named with a person beside them in \
             paragraphs that speak of signing (lines {})",
            added.len(),
            at.join(", ")
        ),
    });
    found.extend(added);
    found.sort_by_key(|s| s.line);
}

/// Whether `short` is the first words of `long` ("Polo", "Polo Democrático Alternativo").
fn shorter_name(short: &str, long: &str) -> bool {
    let (short, long) = (key(strip_article(short)), key(strip_article(long)));
    !short.is_empty() && short != long && format!("{long} ").starts_with(&format!("{short} "))
}

/// The years a text names: numbers of four digits from 1900 to 2099 standing alone.
fn years(text: &str) -> impl Iterator<Item = u16> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse::<u16>().ok())
        .filter(|y| (1900..2100).contains(y))
}

/// Whether a sentence says whom someone represented or signed for (`[signing]
/// represented`).
fn names_representation(sentence: &str) -> bool {
    let folded = format!(" {} ", key(sentence));
    lang::all()
        .signing
        .represented
        .iter()
        .any(|p| folded.contains(&format!(" {p}")))
}

/// The signers of one sentence: every party it mentions with a person beside it, `(party
/// as written, Some((person, role)))`; and, when `listing` (the sentence has a signing
/// verb), every party of an enumeration of at least [`MIN_LISTED`] parties, with or without
/// a person ("El texto lo suscriben Chunta Aragonesista (CHA), Izquierda Unida, Podemos
/// Aragón y Movimiento Sumar").
fn signers_in_sentence(sentence: &str, listing: bool) -> Vec<(String, Option<PersonRole>)> {
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    let mut spans = party_spans(&tokens);
    if listing {
        spans = with_unknown_items(&tokens, spans);
    }
    let listed = if listing {
        enumerated(&tokens, &spans)
    } else {
        vec![false; spans.len()]
    };
    let mut out = Vec::new();
    let name = |(start, end): (usize, usize)| {
        let party = tokens[start..end].join(" ");
        strip_article(party.trim_end_matches([',', ';', ':', '.'])).to_owned()
    };
    let mut n = 0;
    while n < spans.len() {
        let (start, end) = spans[n];
        let party = name(spans[n]);
        // The same party named again inside the role ("КПРФ документ подписал заместитель
        // Председателя ЦК КПРФ Николай Осипов") is part of the role.
        let mut m = n + 1;
        while m < spans.len() && key(&name(spans[m])) == key(&party) {
            m += 1;
        }
        let next = spans.get(m).map_or(tokens.len(), |&(s, _)| s);
        let beside = person_beside(sentence, &party).filter(|(person, _)| {
            !spans
                .iter()
                .any(|&(s, e)| tokens[s..e].join(" ").contains(person.as_str()))
        });
        let previous = if n == 0 { 0 } else { spans[n - 1].1 };
        let found = beside
            .or_else(|| person_after(&tokens[end..next]))
            .or_else(|| role_before_name_after(&tokens[previous..start], &tokens[end..next]));
        if found.is_some() || listed[n] {
            out.push((party, found));
        }
        n = m;
    }
    out
}

/// The party spans with the names between two of them that an enumeration gives as items
/// though nothing else says they are parties: "Izquierda Unida, Podemos Aragón y Movimiento
/// Sumar" has "Podemos Aragón" after a comma, before a conjunction.
fn with_unknown_items(tokens: &[&str], spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for k in 0..spans.len() {
        out.push(spans[k]);
        let Some(&(next, _)) = spans.get(k + 1) else {
            break;
        };
        let (from, mut to) = (spans[k].1, next);
        if !tokens[from - 1].ends_with(',') || to - from < 2 {
            continue;
        }
        // A capitalised run, then a conjunction (or a comma at the run's end).
        if !tokens[to - 1].ends_with(',') {
            let conjunction = lang::all().conjunctions.plain.contains(&key(tokens[to - 1]));
            if !conjunction {
                continue;
            }
            to -= 1;
        }
        let run = &tokens[from..to];
        let names = run.len() <= MAX_ITEM_WORDS
            && opens_name(run[0])
            && run.iter().all(|t| opens_name(t) || is_link(t))
            && !run[..run.len() - 1]
                .iter()
                .any(|t| t.ends_with([',', '.', ';', ':']));
        if names {
            out.push((from, to));
        }
    }
    out
}

/// Which of a sentence's party spans belong to an enumeration of at least [`MIN_LISTED`]:
/// spans with at most [`MAX_LIST_GAP`] words in lower case between them ("A, B y C", "A,
/// junto a las organizaciones sindicales B").
/// Most tokens of a clause set off by commas between two items of an enumeration.
const MAX_CLAUSE: usize = 12;

/// Whether two party spans of an enumeration are parted by a clause set off by commas
/// that opens in lower case ("(CPPC), representado pelo seu presidente, Alberto Nunes
/// Correia, o Movimento ..."), and at most two small words after it.
fn clause_between(tokens: &[&str], a: (usize, usize), b: (usize, usize)) -> bool {
    let gap = &tokens[a.1..b.0];
    let Some(end) = gap.iter().rposition(|t| t.ends_with(',')) else {
        return false;
    };
    tokens[a.1 - 1].ends_with(',')
        && gap.len() <= MAX_CLAUSE
        && gap.first().is_some_and(|t| opens_lower(t))
        && gap.len() - end - 1 <= 2
        && gap[end + 1..].iter().all(|t| opens_lower(t))
        && !gap.iter().any(|t| t.ends_with(['.', ';', ':']))
}

fn enumerated(tokens: &[&str], spans: &[(usize, usize)]) -> Vec<bool> {
    let mut listed = vec![false; spans.len()];
    let joined = |a: (usize, usize), b: (usize, usize)| {
        let gap = &tokens[a.1..b.0];
        let plain_gap = gap.len() <= MAX_LIST_GAP
            && gap
                .iter()
                .all(|t| !opens_name(t) && !t.ends_with(['.', ';', ':']))
            && !tokens[a.1 - 1].ends_with(['.', ';', ':']);
        plain_gap || clause_between(tokens, a, b)
    };
    let mut start = 0;
    for k in 1..=spans.len() {
        if k == spans.len() || !joined(spans[k - 1], spans[k]) {
            if k - start >= MIN_LISTED {
                listed[start..k].iter_mut().for_each(|l| *l = true);
            }
            start = k;
        }
    }
    listed
}

/// The token ranges of a sentence that name parties: runs of capitalised words and
/// acronyms (with link words inside) that read as a party or are one the bundled list
/// knows. A run starts after the last link word before its first organisation word or
/// acronym ("Por el Partido Comunista Paraguayo" is "Partido Comunista Paraguayo"), and
/// ends after an acronym followed by other capitalised words ("PCF Julien Maréchal").
fn party_spans(tokens: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !opens_name(tokens[i]) || !is_party_token(tokens[i]) {
            i += 1;
            continue;
        }
        // The run: party tokens, link words between them; it ends after punctuation.
        let mut j = i;
        while j < tokens.len() {
            let t = tokens[j];
            // Link words ("de la", "of the") inside, when a name word follows them.
            // So are a spaced dash ("Partido Comunista del Perú – Patria Roja").
            let links = tokens[j..]
                .iter()
                .take_while(|n| is_link(n) || matches!(**n, "–" | "—" | "-"))
                .count();
            let inside = is_party_token(t)
                || (links > 0 && j > i && tokens.get(j + links).is_some_and(|n| opens_name(n)));
            if !inside {
                // Words in lower case up to the party's acronym in brackets: "Parti
                // communiste luxembourgeois (KPL)", "партии труда и справедливости (РПТС)".
                let lower = tokens[j..]
                    .iter()
                    .take(MAX_LOWER_WORDS + 1)
                    .position(|n| n.starts_with('(') && is_acronym(bare(n)));
                match lower {
                    Some(k)
                        if j > i
                            && tokens[j..j + k]
                                .iter()
                                .all(|n| !n.ends_with([',', '.', ';', ':'])) =>
                    {
                        j += k;
                        continue;
                    }
                    _ => break,
                }
            }
            j += 1;
            // Punctuation ends the name, and so does a bracket after it ("Movimiento al
            // Socialismo (MAS-IPSP) René Choque Mamani").
            let closes = t.ends_with(')') && j - i > 1;
            if closes || (t.ends_with([',', ';', ':', '.', '»', '"', '”']) && !t.ends_with(".)")) {
                break;
            }
        }
        if let Some((s, e)) = party_in_run(&tokens[i..j]) {
            out.push((i + s, i + e));
        }
        i = j.max(i + 1);
    }
    out
}

/// The part of a run of name tokens that names a party, as a range of the run.
fn party_in_run(run: &[&str]) -> Option<(usize, usize)> {
    let anchor = run.iter().position(|t| {
        let bare = bare(t);
        looks_like_party(bare) && !bare.is_empty()
    });
    let (start, anchor) = match anchor {
        // Words before an acronym are no part of it ("От КПРФ"), unless it stands in
        // brackets after the name ("Chunta Aragonesista (CHA)").
        Some(a) if is_acronym(bare(run[a])) && !run[a].starts_with('(') => (a, a),
        Some(a) => {
            let last_link = run[..a].iter().rposition(|t| is_link(t));
            (last_link.map_or(0, |l| l + 1), a)
        }
        None => {
            // No organisation word: a party the bundled list knows, by its whole name.
            let text = run.join(" ");
            return crate::reference::parties::known(strip_article(&text)).then_some((0, run.len()));
        }
    };
    let mut end = run.len();
    if is_acronym(bare(run[anchor])) {
        // "PCF Julien Maréchal", "ЛКСМ РФ Артём Беляков": the acronyms and a bracket after
        // them, not the name after.
        let after = run[anchor + 1..]
            .iter()
            .take_while(|t| t.starts_with('(') || is_acronym(bare(t)))
            .count();
        let rest = &run[anchor + 1 + after..];
        if rest.len() >= 2 && !rest.iter().any(|t| looks_like_party(bare(t))) {
            end = anchor + 1 + after;
        }
    }
    let end = start + without_trailing_links(&run[start..end]).len();
    (end > start).then_some((start, end))
}

/// A token without the punctuation around it.
fn bare(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '(' && c != ')')
        .trim_matches(|c: char| c == '(' || c == ')')
}

/// Whether a token opens a name: a capital (after any opening quote or bracket), or a
/// leading "+" ("+Europa").
fn opens_name(t: &str) -> bool {
    t.trim_start_matches(['«', '"', '“', '„', '(', '+', '\''])
        .chars()
        .next()
        .is_some_and(is_capital)
}

/// The person named after a party, with the role before the name: "firmó su secretario
/// general, Néstor Villalba Ortiz", "con la co-portavoce nazionale Marta Cerulli". The role
/// word comes within [`MAX_GAP`] words; the name is the first run of at least two name
/// words after it (after a comma, the whole run; else its last two words, as a capitalised
/// word may end the role: "capogruppo in commissione Trasporti Davide Ruggeri"; right
/// after a role word in small letters, the whole run again).
fn person_after(tokens: &[&str]) -> Option<(String, Option<String>)> {
    let head = tokens.iter().take(MAX_GAP).position(|t| is_role_head(t))?;
    if tokens[..head].iter().any(|t| t.ends_with(['.', ';'])) {
        return None;
    }
    let r = role_start(tokens, head, 0);
    let mut k = head + 1;
    while k < tokens.len() && k - r <= MAX_ROLE_WORDS {
        if !is_name_token(tokens[k]) {
            if tokens[k].ends_with(['.', ';', ':']) {
                return None;
            }
            k += 1;
            continue;
        }
        let e = k + name_words(&tokens[k..], tokens.len());
        if e - k < 2 {
            k = e;
            continue;
        }
        let after_comma = tokens[k - 1].ends_with(',');
        // Right after a role word in small letters, the whole run is the name ("a
        // secretária-geral adjunta Celeste Matavele Cumbe").
        // Not when an organ opens the run ("wiceprzewodniczący Rady Naczelnej Jan Testowy").
        let organ = tokens[k..e].iter().copied().any(names_an_organ_word);
        let after_role = opens_lower(tokens[k - 1]) && is_role_term(tokens[k - 1]) && !organ;
        let (from, to) = if after_comma || (after_role && e - k <= MAX_NAME_WORDS) {
            (k, e.min(k + MAX_NAME_WORDS))
        } else {
            (e - 2, e)
        };
        let role = tokens[r..from].join(" ").trim_end_matches([',', ' ']).to_owned();
        return Some((person_name(&tokens[from..to]), Some(role)));
    }
    None
}

/// "la encargada de Relaciones Internacionales del Partido Comunista de Chile, Daniela
/// Orellana Vidal", "первый секретарь ЦК КПБ Сергей Мартинович": a role word within
/// [`MAX_GAP`] words before the party (capitalised words of the body it names between
/// them), the name right after it.
fn role_before_name_after(before: &[&str], after: &[&str]) -> Option<(String, Option<String>)> {
    let from = before.len().saturating_sub(MAX_GAP);
    let head = from + before[from..].iter().rposition(|t| is_role_head(t))?;
    if before[head..].iter().any(|t| t.ends_with([',', '.', ';', ':'])) {
        return None;
    }
    let r = role_start(before, head, from);
    let n = name_words(after, MAX_NAME_WORDS);
    if n < 2 {
        return None;
    }
    let role = without_trailing_links(&before[r..]).join(" ");
    Some((person_name(&after[..n]), Some(role)))
}

/// Where a role starts: its head at `head`, and the qualifiers before it ("первый
/// секретарь", "первый вице-председатель"), no further back than `from`.
fn role_start(tokens: &[&str], head: usize, from: usize) -> usize {
    let mut r = head;
    while r > from && is_role_term(tokens[r - 1]) && !tokens[r - 1].ends_with([',', '.', ';', ':']) {
        r -= 1;
    }
    r
}

/// How many of the first `most` tokens are a person's name: name words, the run ending
/// after one that ends in punctuation.
fn name_words(tokens: &[&str], most: usize) -> usize {
    let mut n = 0;
    while n < tokens.len() && n < most && is_name_token(tokens[n]) {
        n += 1;
        if tokens[n - 1].ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    n
}

/// A name's tokens as one name, without the punctuation after it.
fn person_name(tokens: &[&str]) -> String {
    tokens.join(" ").trim_end_matches([',', '.', ';', ':']).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, t))
            .collect();
        signers_in_report(Gazetteer::bundled(), &lines)
            .into_iter()
            .map(|s| (s.party, s.person, s.role))
            .collect()
    }

    #[test]
    fn parties_with_persons_in_a_signing_paragraph_sign() {
        let got = read(
            "Por el Partido Comunista Paraguayo firmó su secretario general, Néstor Villalba Ortiz, quien abrió la jornada. \
             A su lado estampó la firma la presidenta del Frente Guasu, Carmen Ríos Benítez, que leyó el texto.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Partido Comunista Paraguayo".to_owned(),
                    Some("Néstor Villalba Ortiz".to_owned()),
                    Some("secretario general".to_owned())
                ),
                (
                    "Frente Guasu".to_owned(),
                    Some("Carmen Ríos Benítez".to_owned()),
                    Some("presidenta".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn a_clause_about_a_representative_does_not_break_an_enumeration() {
        // Invented: the first party's delegate named in a clause between commas.
        let got = read(
            "A Liga dos Inquilinos (LDI), representada pela sua presidente, Marta Soeiro, o Movimento Cívico Lisboa (MCL) e a União dos Reformados (UR) são também subscritores do apelo.",
        );
        let parties: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(
            parties,
            [
                "Liga dos Inquilinos (LDI)",
                "Movimento Cívico Lisboa (MCL)",
                "União dos Reformados (UR)"
            ],
            "{got:?}"
        );
        assert_eq!(got[0].1.as_deref(), Some("Marta Soeiro"));
    }

    #[test]
    fn a_sentence_that_denies_signing_names_no_signer() {
        let got = read(
            "L'appello porta le firme del Partito Democratico, con la responsabile trasporti Francesca Bellotti, e del M5S, per il quale ha firmato il capogruppo in commissione Trasporti Davide Ruggeri. \
             Italia Viva condivide lo spirito del testo, ma il segretario del Partito Socialista Italiano, Marco Rossi, non ha firmato il documento.",
        );
        let persons: Vec<_> = got.iter().filter_map(|(_, p, _)| p.clone()).collect();
        assert!(persons.contains(&"Davide Ruggeri".to_owned()), "{got:?}");
        assert!(!persons.contains(&"Marco Rossi".to_owned()), "{got:?}");
    }

    #[test]
    fn a_paragraph_that_never_speaks_of_signing_names_no_signer() {
        let got = read(
            "Il segretario del Partito Democratico, Marco Rossi, e la portavoce di Europa Verde, Anna Bianchi, hanno commentato la manovra in una conferenza stampa.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn one_party_with_a_person_is_too_little_evidence() {
        let got = read(
            "Il segretario del Partito Democratico, Marco Rossi, ha firmato il documento ieri sera a Roma.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_enumeration_in_a_signing_sentence_lists_its_parties_with_or_without_persons() {
        let got = read(
            "El texto lo suscriben Chunta Aragonesista (CHA), Izquierda Unida, Podemos Aragón y Movimiento Sumar, junto a las organizaciones sindicales CCOO Aragón y UGT Aragón.",
        );
        let parties: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(
            parties,
            [
                "Chunta Aragonesista (CHA)",
                "Izquierda Unida",
                "Podemos Aragón",
                "Movimiento Sumar",
                "CCOO Aragón",
                "UGT Aragón"
            ]
        );
    }

    #[test]
    fn parties_named_in_a_sentence_without_a_signing_verb_are_no_list() {
        let got = read(
            "En el debate intervinieron Chunta Aragonesista (CHA), Izquierda Unida, Podemos Aragón y Movimiento Sumar, junto a las organizaciones sindicales CCOO Aragón y UGT Aragón.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_enumeration_of_an_earlier_signing_lists_no_signer() {
        let got = read(
            "Firmaron en 2024 el presidente de ERC, Jordi Puig, y el coordinador de EH Bildu, Iker Zubeldia, en el acto de Santiago. \
             Reivindicaron la Declaración de Barcelona, suscrita en 1998 por CiU, el PNV y el BNG, como antecedente directo.",
        );
        let parties: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(parties, ["ERC", "EH Bildu"]);
    }

    #[test]
    fn a_name_right_after_a_role_word_is_whole() {
        // Real parties, invented persons of three names each.
        let got = read(
            "Representantes de nove partidos assinaram em Luanda a Declaração. A FRELIMO esteve \
             representada pela secretária-geral adjunta Celeste Exemplo Cumbe e o PAICV pelo \
             vice-presidente Hélder Modelo Furtado.",
        );
        let persons: Vec<Option<&str>> = got.iter().map(|(_, p, _)| p.as_deref()).collect();
        assert!(persons.contains(&Some("Celeste Exemplo Cumbe")), "{got:?}");
        assert!(persons.contains(&Some("Hélder Modelo Furtado")), "{got:?}");
    }
}
