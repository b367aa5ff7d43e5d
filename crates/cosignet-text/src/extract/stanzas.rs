//! Signature stanzas: signatories written as short blocks of lines separated by blank
//! lines, each block holding the same parts in the same order ("Parti Socialiste (PS)" /
//! "Thomas Delvaux" / "Président"; "Unia Pracy" / "Barbara Ostrowska-Kit" /
//! "przewodnicząca"). No line says which part it is; the columns do: across the blocks,
//! the position where nearly every line is a person's name is the person, the position
//! where most lines are roles is the role, and the one left is the organisation.

use std::borrow::Cow;

use crate::text::fold::opens_lower;

use super::entry::{as_written, plain, role_of_named, split_country_affix, tidy_role};
use super::signatories::{is_prose, name_after_opener, word_count, Found, Kind};
use super::vocab::{is_headline, is_navigation, is_role_head, is_role_term, looks_like_party};
use super::RawSignatory;
use crate::reference::countries::Gazetteer;
use crate::text::lines::Line;

/// Most words a line of a stanza has.
const MAX_WORDS: usize = 10;
/// Most words of a stanza's line that reads as an organisation's name ("Movimento pelos
/// Direitos do Povo Palestiniano e pela Paz no Médio Oriente").
const MAX_ORG_WORDS: usize = 16;
/// Fewest stanzas that make a group.
const MIN_STANZAS: usize = 2;

/// What each position of the group's stanzas holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    org: usize,
    person: usize,
    role: Option<usize>,
    /// The organisation's line is "ROLE of PARTY" ("Presidente Nacional do Partido
    /// Verde (PV)"): the name line above or below is the signer.
    signed_role: bool,
}

/// Whether a line may belong to a stanza: short, no sentence, no date or heading.
fn fits(kind: &Kind, text: &str) -> bool {
    let t = plain(text);
    let t = t.trim();
    let words = word_count(t);
    // One word with an exclamation mark is a name ("BastA!"), not a sentence.
    let sentence_end = t.ends_with(['.', '!', '?'])
        && !(words == 1 && t.ends_with('!'))
        && t.split_whitespace()
            .last()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 2);
    matches!(kind, Kind::Text | Kind::Paired)
        && ((1..=MAX_WORDS).contains(&words) || long_name(t, words))
        && !sentence_end
        && !t.ends_with(':')
        && !is_prose(t)
        && !is_navigation(t)
        && (!is_headline(t) || looks_like_party(t))
}

/// Whether a line longer than a stanza's others is an organisation's name: it reads as
/// one, its words in small letters are short links ("pelos", "e", "no"; a sentence has
/// longer ones: "D'autres organisations peuvent rejoindre l'appel ..."), it holds no role's head (a signature line "Sekretär des ZK der RKAP für internationale
/// Fragen J. P. Lebedew" does) and names no document (a running head "Declaración de Madrid – Encuentro de
/// partidos de izquierda del sur de Europa" does).
fn long_name(text: &str, words: usize) -> bool {
    words <= MAX_ORG_WORDS
        && looks_like_party(text)
        && !text.split_whitespace().any(is_role_head)
        && text
            .split_whitespace()
            .all(|w| !opens_lower(w) || w.chars().count() <= MAX_NAME_LINK_LETTERS)
        && !crate::text::fold::words(text)
            .iter()
            .any(|w| super::vocab::is_document_word(w))
}

/// Most letters of a word in small letters inside a long organisation's name.
const MAX_NAME_LINK_LETTERS: usize = 5;

/// Fewest words of a note in brackets under a stanza (a country in brackets, "(Dinamarca)",
/// is a part of the signature).
const MIN_NOTE_WORDS: usize = 3;

/// Whether a line is wholly in brackets, a few words that name no country: a note, not a
/// part of a signature.
fn is_bracketed_note(text: &str) -> bool {
    let t = plain(text);
    let t = t.trim();
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    !inner.contains(['(', ')'])
        && inner.split_whitespace().count() >= MIN_NOTE_WORDS
        && Gazetteer::bundled().lookup(inner).is_none()
}

/// Whether a line is a person's name (see `regions::is_person_line`), or two joined by a
/// conjunction ("Miriam Schaarschmidt und Felix Ahnert": two speakers sign together).
fn is_person(text: &str) -> bool {
    // "Presidenta Nacional" is shaped like a name, but its first word is a role's.
    // "Per Sinistra Esempio" names who signs, not a person.
    let one =
        |t: &str| super::regions::is_person_line(t) && !t.contains('(') && !is_role(t) && !opens_with_for(t);
    if one(text) {
        return true;
    }
    // A line longer than a stanza's is no pair of names (and is not split at each of its
    // conjunctions: a long line of prose would take time in the square of its length).
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        return false;
    }
    let plain = &crate::lang::all().conjunctions.plain;
    (1..words.len().saturating_sub(1)).any(|i| {
        plain.contains(&crate::text::fold::fold(words[i]))
            && one(&words[..i].join(" "))
            && one(&words[i + 1..].join(" "))
    })
}

/// Most words of an organisation's name on a line alone between blocks.
const MAX_ORG_ALONE_WORDS: usize = 6;

/// Whether a line alone may name an organisation that signs without a person: a party's
/// name, or a short capitalised name that is no person's, without figures (a running head
/// "DEL MEDITERRÁNEO · BARCELONA 2024" has them). A name that ends with a listed place is
/// a local branch's, though shaped like a person's ("Attac Göttingen").
fn org_alone(text: &str) -> bool {
    let t = plain(text);
    let t = t.trim();
    let local = crate::reference::places::country_at_end(t).is_some();
    let shaped = t.chars().next().is_some_and(crate::text::fold::is_capital)
        && t.split_whitespace().count() <= MAX_ORG_ALONE_WORDS
        && (local || !is_person(t));
    let office = is_role(t) || super::vocab::names_an_organ(&crate::text::fold::fold(t));
    (is_partyish(t) || shaped) && !office && !t.chars().any(|c| c.is_ascii_digit() || matches!(c, '·' | '|'))
}

/// Whether a stanza's line names an organisation rather than a person ("Gewerkschaft
/// Beispiel Bezirk Nord" is shaped like a name of four words).
fn names_an_org(text: &str) -> bool {
    is_partyish(text) || !is_person(text)
}

/// The person and role of a stanza's "Name, role" line ("Ronny Thiele, Geschäftsführer").
fn person_with_role(text: &str) -> Option<(String, String)> {
    let (name, role) = super::entry::name_then_role(text);
    let role = role.filter(|_| is_named_person(&name))?;
    Some((name.trim().to_owned(), role))
}

/// Whether a line is a person's name and names no organ, which may be shaped like one
/// ("International Affairs Bureau", "Rada Krajowa").
fn is_named_person(text: &str) -> bool {
    is_person(text) && !super::vocab::names_an_organ(&crate::text::fold::fold(&plain(text)))
}

/// Whether a line reads as a role: a role word among its first two words, or a line in
/// lower case ("przewodnicząca", "segretario provinciale").
fn is_role(text: &str) -> bool {
    let t = plain(text);
    let first_two: Vec<&str> = t.split_whitespace().take(2).collect();
    let lower = opens_lower(&t);
    lower || first_two.iter().any(|w| is_role_head(w) || is_role_term(w))
}

/// Whether a line names an organisation plainly enough to count as evidence (a party of the
/// bundled list counts whatever its name looks like).
fn is_partyish(text: &str) -> bool {
    let t = plain(text);
    looks_like_party(&t)
        || crate::reference::parties::known(t.trim())
        || t.split_whitespace()
            .any(|w| super::is_bare_acronym(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// The positions of organisation, person and role in stanzas of `k` lines, when the
/// columns agree.
fn columns(stanzas: &[Vec<&Line>], k: usize) -> Option<Columns> {
    let n = stanzas.len();
    let count = |c: usize, f: &dyn Fn(&str) -> bool| stanzas.iter().filter(|s| f(&s[c].text)).count();
    let persons: Vec<usize> = (0..k).map(|c| count(c, &is_person)).collect();
    let person = (0..k).max_by_key(|&c| persons[c])?;
    // Nearly every line a name, and no other position as often.
    if persons[person] * 4 < n * 3 || (0..k).any(|c| c != person && persons[c] >= persons[person]) {
        return None;
    }
    let rest: Vec<usize> = (0..k).filter(|&c| c != person).collect();
    // Two positions besides the person: one the role; three: the role, the organisation
    // first of the others, and a line between them naming its branch ("Rada Wojewódzka w
    // Krakowie"), left out.
    let role = match rest.len() {
        1 => None,
        2 | 3 => {
            let roles: Vec<usize> = rest.iter().map(|&c| count(c, &is_role)).collect();
            let best = (0..rest.len()).max_by_key(|&i| (roles[i], std::cmp::Reverse(i)))?;
            let tied = (0..rest.len()).any(|i| i != best && roles[i] == roles[best]);
            if roles[best] * 2 < n || tied {
                return None;
            }
            Some(rest[best])
        }
        _ => return None,
    };
    let org = *rest.iter().find(|&&c| Some(c) != role)?;
    // A name line above a "role of PARTY" line is a signature block the region reader
    // takes; here the organisation stands on its own line.
    let orgs_as_roles = count(org, &|t| super::regions::signature_line(t).is_some());
    if orgs_as_roles * 2 > n {
        return (k == 2).then_some(Columns {
            org,
            person,
            role: None,
            signed_role: true,
        });
    }
    let partyish = count(org, &|t| is_partyish(t) || opens_with_for(t));
    // Three stanzas or more, each with a person's name and a role in place, are signature
    // blocks by their shape, whatever their organisations are called ("déi gréng").
    let shaped = role.is_some_and(|r| n >= 3 && persons[person] == n && count(r, &is_role) == n);
    let evidence = match role {
        Some(_) => partyish >= 1 || shaped,
        None => partyish * 2 >= n,
    };
    evidence.then_some(Columns {
        org,
        person,
        role,
        signed_role: false,
    })
}

/// The runs of non-blank lines of a text (indices), each ended by a blank line or a gap in
/// the numbering (markup the reader dropped). A name alone, one blank line, then a run
/// whose next gap is wider make one run: blocks printed as "SPD-Kreisverband Saarlouis" /
/// "" / "Michael Hoffmann" / "Kreisvorsitzender", set apart by several blank lines.
fn runs_of_lines(lines: &[Line], kinds: &[Kind]) -> Vec<Vec<usize>> {
    // (run, blank lines before it)
    let mut runs: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut blanks = 0;
    for (i, kind) in kinds.iter().enumerate() {
        // Numbering that goes back (the next column of a page read after the first) is a
        // wide gap.
        let gap = match i.checked_sub(1).map(|p| lines[p].no) {
            Some(prev) if lines[i].no < prev && !matches!(kind, Kind::Blank) => 2,
            Some(prev) => lines[i].no.saturating_sub(prev + 1),
            None => 0,
        };
        if matches!(kind, Kind::Blank) {
            blanks += 1 + gap;
            continue;
        }
        blanks += gap;
        match runs.last_mut() {
            Some((run, _)) if blanks == 0 => run.push(i),
            _ => runs.push((vec![i], blanks)),
        }
        blanks = 0;
    }
    let wide = |at: usize| runs.get(at).is_none_or(|(_, before)| *before >= 2);
    // A name alone, one blank line, then a run of two lines or more, and the same again
    // after one blank line ("Самарское областное отделение КПРФ" / "" / "Д.В. Лапшин" /
    // "первый секретарь"): each pair is one block.
    let paired = |at: usize| {
        let pair = |a: usize| {
            runs.get(a).is_some_and(|(r, _)| {
                // An office of a party ("General Secretary of the Communist Party of
                // India") is a signatory of its own; a branch ("Самарское областное
                // отделение КПРФ") is not.
                let text = &lines[r[0]].text;
                let office = signs_whole(text).is_some_and(|w| is_role(&w.role));
                r.len() == 1 && !is_person(text) && !office
            }) && runs
                .get(a + 1)
                .is_some_and(|(r, b)| r.len() >= 2 && *b == 1 && is_person(&lines[r[0]].text))
        };
        let length = |a: usize| runs.get(a).map_or(0, |(r, _)| r.len());
        let next = runs.get(at + 2).is_some_and(|(_, b)| *b == 1) && pair(at + 2);
        let previous = at >= 2 && runs[at].1 == 1 && pair(at - 2);
        pair(at)
            && ((next && length(at + 3) == length(at + 1)) || (previous && length(at - 1) == length(at + 1)))
    };
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        let (run, before) = &runs[k];
        let apart = k == 0 || *before >= 2;
        let joined = apart && runs.get(k + 1).is_some_and(|(_, b)| *b == 1) && wide(k + 2);
        if run.len() == 1 && (joined || paired(k)) {
            let mut joined = run.clone();
            joined.extend(&runs[k + 1].0);
            out.push(joined);
            k += 2;
        } else {
            out.push(run.clone());
            k += 1;
        }
    }
    out
}

/// Reads groups of signature stanzas among the lines no reader has used yet.
pub fn read_stanzas(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    let (lines, kinds) = signers_set_apart(g, lines, kinds);
    let (lines, kinds) = (&*lines, &*kinds);
    // Stanzas: runs of non-blank lines (page furniture counts as blank); `None` for a run
    // that cannot be a stanza.
    let mut stanzas: Vec<Stanza> = Vec::new();
    let flush = |current: &mut Vec<usize>, stanzas: &mut Vec<Stanza>| {
        if current.is_empty() {
            return;
        }
        let mut lines_of: Vec<usize> = std::mem::take(current);
        // The place and date at the end of a text's paragraphs, right over the first
        // stanza with no blank line between ("Brasília, 9 de abril de 2024." / "Ana Beatriz
        // Lacerda Monte" / "Presidenta Nacional do ..."): the stanza is what follows it.
        if let Some(date) = lines_of.iter().rposition(|&i| matches!(kinds[i], Kind::Date)) {
            if (2..=4).contains(&(lines_of.len() - date - 1)) {
                lines_of.drain(..=date);
            }
        }
        // A country's name over the stanza ("ESPANHA" / party / person / role) is its
        // heading, not one of its parts.
        let mut heading = None;
        if (3..=4).contains(&lines_of.len()) && !found.used.contains(&lines[lines_of[0]].no) {
            if let Some(country) = super::regions::country_heading(g, &lines[lines_of[0]].text) {
                heading = Some((country, lines[lines_of[0]].no));
                lines_of.remove(0);
            }
        }
        // A note in brackets under a stanza ("(Beschluss des Regionalvorstands vom 11. März
        // 2025)") is no part of it.
        if lines_of.len() >= 2
            && lines_of
                .last()
                .is_some_and(|&i| is_bracketed_note(&lines[i].text))
        {
            lines_of.pop();
        }
        // A line alone signs whole, or names an organisation that signs without a person
        // ("Potere al Popolo Napoli" between blocks of three lines).
        let one_signs_whole = matches!(lines_of.as_slice(), [one]
            if signs_whole(&lines[*one].text).is_some() || org_alone(&lines[*one].text));
        let ok = ((2..=4).contains(&lines_of.len()) || one_signs_whole)
            && lines_of
                .iter()
                .all(|&i| fits(&kinds[i], &lines[i].text) && !found.used.contains(&lines[i].no));
        stanzas.push(Stanza {
            lines: lines_of,
            ok,
            heading,
        });
    };
    for mut run in runs_of_lines(lines, kinds) {
        flush(&mut run, &mut stanzas);
    }

    let mut i = 0;
    while i < stanzas.len() {
        let first = &stanzas[i];
        if !first.ok {
            i += 1;
            continue;
        }
        let k = first.lines.len();
        // A stanza one line short, with no person in it, signs for its organisation alone
        // inside a group of three-line stanzas ("Partido Comunista de Cuba" / "Departamento
        // de Relações Internacionais").
        // In a group of two-line stanzas, one whose second line is a body ("Comité
        // central") signs the same way.
        let short = |s: &Stanza| {
            (k == 3 || k == 2)
                && s.lines.len() == 2
                && s.lines.iter().all(|&l| !is_named_person(&lines[l].text))
                && short_parts(&s.lines.iter().map(|&l| &lines[l]).collect::<Vec<_>>()).is_some()
        };
        // A stanza one line short with a person and an organisation, and no role, signs
        // too inside a group of three-line stanzas ("Stowarzyszenie Kongres Ruchów
        // Miejskich" / "Tadeusz Wilk").
        let roleless = |s: &Stanza| {
            k == 3 && person_and_org(&s.lines.iter().map(|&l| &lines[l]).collect::<Vec<_>>()).is_some()
        };
        // A stanza one line short whose second line is "Name, role" signs whole inside a
        // group of three-line stanzas ("ver.di Bezirk Leipzig" / "Ronny Thiele,
        // Geschäftsführer").
        let combined = |s: &Stanza| {
            k == 3
                && s.lines.len() == 2
                && names_an_org(&lines[s.lines[0]].text)
                && person_with_role(&lines[s.lines[1]].text).is_some()
        };
        let same = |s: &Stanza| s.ok && (s.lines.len() == k || short(s) || roleless(s) || combined(s));
        // A line alone that signs whole ("Секретарь ЦК КНПК А.Н. Калиев") or names an organ
        // of a party ("Zarząd Krajowy Polskiej Partii Socjalistycznej"), between blocks of
        // three lines or more, or after a group; lines of that kind one after another are
        // a list the region reader reads.
        let one_line = |at: usize| stanzas.get(at).is_some_and(|s| s.ok && s.lines.len() == 1);
        let lone = |at: usize| one_line(at) && !one_line(at + 1) && !(at > 0 && one_line(at - 1));
        // A line alone that only names an organisation belongs to the group when a block of
        // the group follows it, not at the group's end (a heading, a footer).
        let whole = |at: usize| signs_whole(&lines[stanzas[at].lines[0]].text).is_some();
        let within = |at: usize| stanzas.get(at + 1).is_some_and(|s| s.ok && s.lines.len() == k);
        // A country's name alone between stanzas of the group ("LUXEMBOURG", a blank line,
        // then its parties' stanzas) heads the stanzas after it.
        let heading_at = |at: usize| {
            stanzas.get(at).and_then(|s| match s.lines.as_slice() {
                [one] if !found.used.contains(&lines[*one].no) && stanzas.get(at + 1).is_some_and(same) => {
                    super::regions::country_heading(g, &lines[*one].text).map(|c| (c, lines[*one].no))
                }
                _ => None,
            })
        };
        let mut members: Vec<usize> = Vec::new();
        let mut headings: Vec<(usize, (usize, usize))> = Vec::new();
        if let Some(heading) = i.checked_sub(1).and_then(heading_at).filter(|_| k >= 2) {
            headings.push((0, heading));
        }
        let mut j = i;
        loop {
            loop {
                if let Some(heading) = heading_at(j).filter(|_| k >= 2 && j > i) {
                    headings.push((members.len(), heading));
                    j += 1;
                    continue;
                }
                if j < stanzas.len() && (same(&stanzas[j]) || (k >= 3 && lone(j) && (whole(j) || within(j))))
                {
                    members.push(j);
                    j += 1;
                    continue;
                }
                // Organisations alone, one after another, between blocks of the group
                // ("Kreisvorstand der DKP Dortmund" / "SDAJ Dortmund" before the next
                // block) sign without a person, as one alone does.
                // A country's name alone heads what follows; it ends such a run.
                let heading = |at: usize| {
                    let text = &lines[stanzas[at].lines[0]].text;
                    super::regions::country_heading(g, text).is_some()
                };
                let alone = (j..).take_while(|&at| one_line(at) && !heading(at)).count();
                if k >= 3 && alone > 1 && !members.is_empty() && within(j + alone - 1) {
                    members.extend(j..j + alone);
                    j += alone;
                    continue;
                }
                break;
            }
            // One short paragraph ending in a colon may open a further group of the same
            // stanzas ("As a voice from Switzerland:").
            let opens_more = j + 1 < stanzas.len()
                && !stanzas[j].ok
                && stanzas[j].lines.len() <= 3
                && stanzas[j]
                    .lines
                    .last()
                    .is_some_and(|&l| lines[l].text.trim_end().ends_with(':'))
                && same(&stanzas[j + 1]);
            if !opens_more {
                break;
            }
            j += 1;
        }
        // Lines alone right after the group that all sign whole are its last signatories
        // ("Сопредседатель Социалистической партии Латвии" / "Секретарь Коммунистической
        // партии Эстонии"); when one of them does not, the run is a list the region reader
        // reads whole.
        let run = (j..).take_while(|&at| one_line(at)).count();
        if k >= 2 && members.len() >= MIN_STANZAS && run > 0 && (j..j + run).all(whole) {
            members.extend(j..j + run);
            j += run;
        }
        i = j.max(i + 1);
        let full: Vec<Vec<&Line>> = members
            .iter()
            .filter(|&&m| stanzas[m].lines.len() == k && !(k == 2 && short(&stanzas[m])))
            .map(|&m| stanzas[m].lines.iter().map(|&l| &lines[l]).collect())
            .collect();
        if full.len() < MIN_STANZAS {
            continue;
        }
        let Some(cols) = columns(&full, k) else {
            continue;
        };
        // The country heading in force: the last one met, on a stanza's own first line or
        // alone between stanzas.
        let mut current: Option<(usize, usize)> = None;
        for (at, &m) in members.iter().enumerate() {
            if let Some((_, h)) = headings.iter().rev().find(|(from, _)| *from == at) {
                current = Some(*h);
            }
            if stanzas[m].heading.is_some() {
                current = stanzas[m].heading;
            }
            let stanza: Vec<&Line> = stanzas[m].lines.iter().map(|&l| &lines[l]).collect();
            // A block of organisations alone after the stanzas ("Ecologistas en Acción" /
            // "Confederación Estatal de Asociaciones Vecinales (CEAV)" / "Unión Sindical
            // Obrera (USO)"), no line of it a person's, is a list of its own: each line signs.
            let all_orgs = stanza.len() >= 3
                && stanza
                    .iter()
                    .all(|l| !is_person(&l.text) && org_alone(&l.text) && !is_role(&l.text));
            if all_orgs {
                for l in &stanza {
                    found.push_entry(g, &plain(&l.text), l.no);
                }
                continue;
            }
            let Some(mut signatory) = read_stanza(g, &stanza, cols) else {
                continue;
            };
            if let Some((country, no)) = current {
                signatory.country = signatory.country.or(Some(country));
                found.mark_used(no);
            }
            found.push(signatory);
            for l in &stanza {
                found.mark_used(l.no);
            }
        }
    }
}

/// The lines with each "ROLE<wide gap>NAME" line made two, the signer's and the role's, both
/// with its number ("Первый секретарь обкома                 Т.Г. Аникина", "Председатель
/// Совета<tab>Е.А. Клепиков"), so that a block printed with its signer to the right of the
/// role reads like one printed with the signer on a line of their own (see
/// [`signer_after_gap`]).
fn signers_set_apart<'a>(
    g: &Gazetteer,
    lines: &'a [Line],
    kinds: &'a [Kind],
) -> (Cow<'a, [Line]>, Cow<'a, [Kind]>) {
    let split: Vec<(usize, &str, &str)> = lines
        .iter()
        .zip(kinds)
        .enumerate()
        .filter(|(_, (_, kind))| matches!(kind, Kind::Text | Kind::Paired))
        .filter_map(|(i, (line, _))| signer_after_gap(&line.text).map(|(left, right)| (i, left, right)))
        .collect();
    // Most texts have no such line: their lines are read as they are, not copied.
    if split.is_empty() {
        return (Cow::Borrowed(lines), Cow::Borrowed(kinds));
    }
    let mut out_lines = Vec::with_capacity(lines.len() + split.len());
    let mut out_kinds = Vec::with_capacity(kinds.len() + split.len());
    let mut next = split.iter().peekable();
    for (i, (line, kind)) in lines.iter().zip(kinds).enumerate() {
        match next.next_if(|(at, _, _)| *at == i) {
            Some(&(_, left, right)) => {
                // The signer's name first, as blocks most often print it over the role.
                for part in [right, left] {
                    out_kinds.push(super::signatories::classify(g, part));
                    out_lines.push(Line {
                        text: part.to_owned(),
                        ..line.clone()
                    });
                }
            }
            None => {
                out_lines.push(line.clone());
                out_kinds.push(kind.clone());
            }
        }
    }
    (Cow::Owned(out_lines), Cow::Owned(out_kinds))
}

/// A line's text split at its last wide gap (a tab, or three spaces or more) when the right
/// part is a person's name and the left part one cell that is a role: `(left, right)`.
fn signer_after_gap(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let gap_end = [t.rfind('\t'), t.rfind("   ").map(|at| at + 2)]
        .into_iter()
        .flatten()
        .max()?;
    let right = t[gap_end + 1..].trim();
    let left = t[..gap_end].trim_end();
    let one_cell = !left.contains('\t') && !left.contains("   ");
    // The left part a role: an organisation beside its signer is a table's row ("Партия
    // (РКРП)    С.Н. Головин,"), an organisation beside another blocks side by side ("VCÖ –
    // Mobilität mit Zukunft    Radlobby Oberösterreich").
    let signer = is_named_person(right) && is_role(left);
    // A signature line whole ("Председатель ЦК КПРФ    В.Н. Сорокин") names its party
    // itself: the region reader reads it.
    let signature = || super::regions::signature_line(t).is_some_and(|(_, _, person)| person.is_some());
    (one_cell && !left.is_empty() && signer && !is_person(left) && !signature()).then_some((left, right))
}

/// A run of non-blank lines that may be one signatory's stanza.
struct Stanza {
    /// Indices of its lines, without a country heading.
    lines: Vec<usize>,
    /// Whether every line fits a stanza and no reader took it yet.
    ok: bool,
    /// The country a heading line over the stanza names, and that line's number.
    heading: Option<(usize, usize)>,
}

/// The organisation and the role of a stanza without a person: one line names an
/// organisation, the other reads as a role or an organ ("Departamento de Relações
/// Internacionais do Comité Central").
fn short_parts<'a>(stanza: &[&'a Line]) -> Option<(&'a Line, &'a Line)> {
    let [a, b] = stanza else {
        return None;
    };
    let role_like = |l: &Line| {
        let t = plain(&l.text);
        is_role(&t) || super::vocab::names_an_organ(&crate::text::fold::fold(&t))
    };
    let org = |l: &Line| is_partyish(&l.text) || opens_with_for(&l.text);
    ordered_pair(a, b, &org, &role_like)
}

/// The two lines of a stanza in the order `(first, second)` the two tests give, whichever
/// way they are written.
fn ordered_pair<'a>(
    a: &'a Line,
    b: &'a Line,
    first: &dyn Fn(&Line) -> bool,
    second: &dyn Fn(&Line) -> bool,
) -> Option<(&'a Line, &'a Line)> {
    if first(a) && second(b) {
        Some((a, b))
    } else if first(b) && second(a) {
        Some((b, a))
    } else {
        None
    }
}

/// The organisation and the person of a two-line stanza: one line a person's name, the
/// other not, and no role.
fn person_and_org<'a>(stanza: &[&'a Line]) -> Option<(&'a Line, &'a Line)> {
    let [a, b] = stanza else {
        return None;
    };
    let fits_org = |l: &Line| opens_with_for(&l.text) || (!is_person(&l.text) && !is_role(&l.text));
    ordered_pair(a, b, &fits_org, &|l| is_named_person(&l.text))
}

/// A line that signs whole: "ROLE of PARTY Name" ("Секретарь ЦК КНПК А.Н. Калиев"), a role
/// of a party alone, or an organ of a party ("Zarząd Krajowy Polskiej Partii
/// Socjalistycznej"), its party not an organ or a role.
struct Whole {
    role: String,
    party: String,
    person: Option<String>,
    /// As written: the party's name.
    as_written: String,
}

fn signs_whole(text: &str) -> Option<Whole> {
    let line = plain(text);
    let not_organ =
        |party: &str| !is_role_term(party) && !super::vocab::names_an_organ(&crate::text::fold::fold(party));
    if let Some((role, party, person)) =
        super::regions::signature_line(&line).filter(|(_, p, _)| not_organ(p))
    {
        return Some(Whole {
            role,
            as_written: as_written(&party),
            party,
            person,
        });
    }
    let (role, party) = super::entry::office_of_party(&line).filter(|(_, p)| not_organ(p))?;
    Some(Whole {
        role,
        as_written: as_written(&party),
        party,
        person: None,
    })
}

/// The signatory one stanza gives, read by the group's columns; a stanza one line short
/// has its organisation and a role, no person, or (in a group with roles) its
/// organisation and a person, no role; a stanza of one line signs whole.
fn read_stanza(g: &Gazetteer, stanza: &[&Line], cols: Columns) -> Option<RawSignatory> {
    if let [one] = stanza {
        let Some(whole) = signs_whole(&one.text) else {
            let name = plain(&one.text).trim().to_owned();
            let (party, country) = split_country_affix(g, &name);
            return Some(RawSignatory {
                as_written: as_written(&name),
                party,
                country,
                person: None,
                role: None,
                line: one.no,
            });
        };
        let (party, country) = split_country_affix(g, &whole.party);
        return Some(RawSignatory {
            as_written: whole.as_written,
            party,
            country,
            person: whole.person,
            role: tidy_role(&whole.role),
            line: one.no,
        });
    }
    let roleless = (stanza.len() == 2 && cols.role.is_some() && !cols.signed_role)
        .then(|| person_and_org(stanza))
        .flatten();
    let without_person = stanza.len() == 2
        && (cols.role.is_some() || !stanza.iter().any(|l| is_person(&l.text)))
        && !cols.signed_role;
    let combined = (stanza.len() == 2 && cols.role.is_some() && !cols.signed_role && roleless.is_none())
        .then(|| person_with_role(&stanza[1].text))
        .flatten()
        .filter(|_| names_an_org(&stanza[0].text));
    let (org, org_text, role, person) = if let Some((person, role)) = combined {
        (stanza[0], plain(&stanza[0].text), tidy_role(&role), Some(person))
    } else if let Some((org, person)) = roleless {
        (
            org,
            plain(&org.text),
            None,
            Some(plain(&person.text).trim().to_owned()),
        )
    } else if without_person {
        let (org, role) = short_parts(stanza)?;
        (org, plain(&org.text), tidy_role(&role.text), None)
    } else if cols.signed_role {
        // Once most lines of the column are "ROLE of PARTY", the others are too,
        // whatever their organisation's name looks like.
        let org = stanza[cols.org];
        let line = plain(&org.text);
        let (role, party) = super::regions::signature_line(&line)
            .map(|(role, party, _)| (role, party))
            .or_else(|| role_of_named(&line))?;
        let person = plain(&stanza[cols.person].text).trim().to_owned();
        (org, party, tidy_role(&role), Some(person))
    } else {
        let org = stanza[cols.org];
        // One stanza may give its signer's capacity before the name where the others give
        // the name first ("Fundacja Pro Kolej" / "w imieniu Zarządu" / "Karol Śliwiński").
        let (person_at, role_at) = match cols.role {
            Some(r)
                if is_role(&stanza[cols.person].text)
                    && !is_person(&stanza[cols.person].text)
                    && is_person(&stanza[r].text)
                    && !is_role(&stanza[r].text) =>
            {
                (r, Some(cols.person))
            }
            _ => (cols.person, cols.role),
        };
        // "Nadir Belkacem, membre de la direction nationale": the name, then its role.
        let (person, own_role) = super::entry::name_then_role(&stanza[person_at].text);
        let role = role_at.and_then(|r| tidy_role(&stanza[r].text)).or(own_role);
        (org, plain(&org.text), role, Some(person.trim().to_owned()))
    };
    let org_text = without_opener_word(&org_text);
    let (party, country) = split_country_affix(g, &org_text);
    Some(RawSignatory {
        as_written: as_written(&org_text),
        party,
        country,
        person,
        role,
        line: org.no,
    })
}

/// A stanza's organisation without the word "for" of a weak "On behalf of" opener before
/// its name ("Por Podemos", "Pour Ensemble !", "Für die Junge Linke", "Für solidaritéS":
/// the first word of `[on_behalf] weak` openers, whose article it may go without).
fn without_opener_word(org: &str) -> String {
    let t = org.trim();
    if let Some((_, rest)) = t.split_once(' ').filter(|(first, _)| is_for_word(first)) {
        if let Some(name) = name_after_opener(rest) {
            return name;
        }
    }
    t.to_owned()
}

/// Whether a word is the first of a weak "on behalf of" opener (`[on_behalf] weak`: "per",
/// "pour", "für", "за").
fn is_for_word(word: &str) -> bool {
    let word = crate::text::fold::fold(word);
    crate::lang::all()
        .on_behalf
        .weak
        .iter()
        .any(|o| o.split(' ').next() == Some(word.as_str()))
}

/// Whether a line opens with the word for "for" of a signature ("Per Liberu", "Pour le
/// PCF", "За КПРФ"; `[on_behalf] weak`) before a name: the line of a stanza that names
/// who signs. Before an organ or an office ("für den Kreisvorstand") it is the signer's
/// capacity, not who signs.
fn opens_with_for(text: &str) -> bool {
    let t = plain(text);
    let Some((first, rest)) = t.trim().split_once(' ') else {
        return false;
    };
    is_for_word(first)
        && name_after_opener(rest).is_some_and(|name| {
            let head = name.split_whitespace().next().unwrap_or("");
            let folded = crate::text::fold::fold(&name);
            let organ = super::vocab::names_an_organ(&folded)
                || (!folded.contains(' ') && super::vocab::is_compound_organ(&folded));
            !is_role_head(head) && !is_role_term(head) && !organ
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    /// What the stanza reader finds in a text.
    fn found_in(text: &str) -> Found {
        let g = Gazetteer::bundled();
        let lines = split_lines(text);
        let kinds: Vec<Kind> = lines
            .iter()
            .map(|l| super::super::signatories::classify(g, &l.text))
            .collect();
        let mut found = Found::default();
        read_stanzas(g, &lines, &kinds, &mut found);
        found
    }

    fn read(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        found_in(text)
            .signatories
            .into_iter()
            .map(|s| (s.as_written, s.person, s.role))
            .collect()
    }

    #[test]
    fn a_signer_set_right_of_the_role_is_the_blocks_person() {
        // Invented persons under real party names, after a converted PDF: each block its
        // organisation, then the role with the signer's initials and surname far right.
        let text = "Новосибирское отделение партии «Яблоко»\nПредседатель                         О.Н. Тестова\n\n\
            Новосибирская областная организация РКРП\nПервый секретарь                     В.Г. Пробный\n\n\
            Новосибирское отделение движения «Левый фронт»\nКоординатор                          Д.И. Примеров\n";
        assert_eq!(
            read(text),
            [
                (
                    "Новосибирское отделение партии «Яблоко»".into(),
                    Some("О.Н. Тестова".into()),
                    Some("Председатель".into())
                ),
                (
                    "Новосибирская областная организация РКРП".into(),
                    Some("В.Г. Пробный".into()),
                    Some("Первый секретарь".into())
                ),
                (
                    "Новосибирское отделение движения «Левый фронт»".into(),
                    Some("Д.И. Примеров".into()),
                    Some("Координатор".into())
                ),
            ]
        );
    }

    #[test]
    fn the_place_and_date_right_over_the_first_stanza_is_no_part_of_it() {
        // Invented persons of real parties, each paragraph a line with no blank between.
        let text = "Conclamamos o Congresso Nacional a rejeitar os cortes.\nBrasília, 9 de abril de 2024.\n\
            Ana Exemplo Monte\nPresidenta Nacional do Partido dos Trabalhadores – PT\n\n\
            Otávio Teste Leite\nPresidente Nacional do Partido Socialista Brasileiro – PSB\n\n\
            Luciana Prova Quintela\nPresidenta Nacional do Partido Comunista do Brasil – PCdoB\n";
        let got = read(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Ana Exemplo Monte"), "{got:?}");
    }

    #[test]
    fn a_block_of_organisations_alone_after_the_stanzas_is_a_list() {
        // Invented persons of real organisations: four stanzas, then three organisations.
        let text = "Bloque Nacionalista Galego (BNG)\nXoán Proba Souto\nMembro da Executiva Nacional\n\n\
            Comisiones Obreras (CCOO)\nRosa Ejemplo Gil\nSecretaria General\n\n\
            Confederación General del Trabajo (CGT)\nIñaki Prueba Mur\nSecretariado Permanente\n\n\
            Partido Comunista de los Pueblos de España (PCPE)\nAna Ensayo Ortiz\nSecretaria General\n\n\
            Ecologistas en Acción\nConfederación Estatal de Asociaciones Vecinales (CEAV)\nUnión Sindical Obrera (USO)\n";
        let got = read(text);
        let names: Vec<&str> = got.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Bloque Nacionalista Galego (BNG)",
                "Comisiones Obreras (CCOO)",
                "Confederación General del Trabajo (CGT)",
                "Partido Comunista de los Pueblos de España (PCPE)",
                "Ecologistas en Acción",
                "Confederación Estatal de Asociaciones Vecinales (CEAV)",
                "Unión Sindical Obrera (USO)"
            ]
        );
        assert!(got[4..].iter().all(|s| s.1.is_none()), "{got:?}");
    }

    #[test]
    fn letters_after_a_signers_name_leave_it_a_name() {
        // Invented persons of real parties: members of parliaments sign with their letters.
        let text = "**Plaid Cymru**\nAnna Test MS\nSpokesperson for Energy\n\n\
            **Scottish National Party**\nIain Example MSP\nConvener\n\n\
            **Sinn Féin**\nNiamh Ní Phróbaí TD\nSpokesperson on Climate\n";
        let got = read(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Iain Example MSP"), "{got:?}");
    }

    #[test]
    fn lines_alone_that_all_sign_whole_after_a_group_are_its_last() {
        // Invented persons of real parties: blocks, then two offices of parties alone.
        let text = "Коммунистическая партия Российской Федерации\nИ.И. Тестов\nПредседатель ЦК\n\n\
            Коммунистическая партия Беларуси\nП.П. Пробный\nПервый секретарь ЦК\n\n\
            Сопредседатель Социалистической партии Латвии\n\n\
            Секретарь Коммунистической партии Эстонии\n";
        let got = read(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[3].2.as_deref(), Some("Секретарь"), "{got:?}");
    }

    #[test]
    fn a_capacity_before_the_name_a_note_under_a_block_and_a_one_word_name_are_read() {
        // Invented persons and organisations: one block gives the capacity before the
        // name; one ends in a note in brackets; one's name is a word with "!".
        let text = "Partia Przykładowa – Okręg Kłodzko\nAnna Testowa\nprzewodnicząca okręgu\n\n\
            Fundacja Przykładowa\nw imieniu Zarządu\nJan Próbny\n\n\
            Związek Przykładowy – Oddział Kłodzko\nPiotr Testowy\nprzewodniczący oddziału\n\n\
            Przykład!\nEwa Próbna\nrzeczniczka\n\n\
            Stowarzyszenie Przykładowe\nMaria Testowa\nprezeska\n(uchwała zarządu z 3 marca)\n";
        let got = read(text);
        assert_eq!(
            got,
            [
                row(
                    "Partia Przykładowa – Okręg Kłodzko",
                    "Anna Testowa",
                    Some("przewodnicząca okręgu")
                ),
                row("Fundacja Przykładowa", "Jan Próbny", Some("w imieniu Zarządu")),
                row(
                    "Związek Przykładowy – Oddział Kłodzko",
                    "Piotr Testowy",
                    Some("przewodniczący oddziału")
                ),
                row("Przykład!", "Ewa Próbna", Some("rzeczniczka")),
                row("Stowarzyszenie Przykładowe", "Maria Testowa", Some("prezeska")),
            ]
        );
    }

    fn row(org: &str, person: &str, role: Option<&str>) -> (String, Option<String>, Option<String>) {
        (org.to_owned(), Some(person.to_owned()), role.map(str::to_owned))
    }

    #[test]
    fn an_organisation_alone_between_blocks_signs_without_a_person_but_not_at_the_groups_end() {
        // Invented: a name alone between three-line blocks; a role alone is no
        // organisation; a line alone after the last block is the page's.
        let text = "Europa Esempio Campania\nFrancesca Prova\nco-portavoce regionale\n\n\
            Movimento Esempio Napoli\nGennaro Prova\ncoordinatore provinciale\n\n\
            Potere al Esempio Napoli\n\n\
            Partito Esempio Italiano - Federazione di Napoli\nSalvatore Prova\nsegretario\n\n\
            Fronte Esempio\nLuigi Prova\nportavoce\n\n\
            Notizie dalla federazione\n";
        let got = read(text);
        let written: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            written,
            [
                "Europa Esempio Campania",
                "Movimento Esempio Napoli",
                "Potere al Esempio Napoli",
                "Partito Esempio Italiano - Federazione di Napoli",
                "Fronte Esempio"
            ]
        );
        assert_eq!(got[2].1, None);
        let with_role = text.replace("Potere al Esempio Napoli", "Segretario del Comitato Centrale");
        assert!(read(&with_role)
            .iter()
            .all(|(a, _, _)| a != "Segretario del Comitato Centrale"));
    }

    #[test]
    fn the_word_for_before_a_blocks_organisation_is_no_part_of_its_name() {
        // Real parties, invented persons; "Por" without the article of a "Por el" opener.
        let text = "Por Podemos\nIrene Ejemplo Nogueira\nSecretaria de Políticas Urbanas\n\n\
            Por EH Bildu\nMaialen Ejemplo Arano\nResponsable de Vivienda\n";
        let orgs: Vec<String> = read(text).into_iter().map(|(org, _, _)| org).collect();
        assert_eq!(orgs, ["Podemos", "EH Bildu"]);
    }

    #[test]
    fn a_role_in_capitals_shaped_like_a_name_is_the_role_of_its_block() {
        // Invented blocks whose roles are two capitalised words ("Presidente Nacional"):
        // the column of names is the persons', the other the roles'.
        let text = "Partido Exemplo do Brasil – PEB\nMarta Exemplo Vasconcelos\nPresidenta Nacional\n\n\
            Partido Teste do Brasil – PTB\nLuciano Teste Faria\nPresidente Nacional\n\n\
            Partido Prova Trabalhista – PPT\nOsvaldo Prova Leite\nPorta-voz Nacional\n";
        assert_eq!(
            read(text),
            [
                row(
                    "Partido Exemplo do Brasil – PEB",
                    "Marta Exemplo Vasconcelos",
                    Some("Presidenta Nacional")
                ),
                row(
                    "Partido Teste do Brasil – PTB",
                    "Luciano Teste Faria",
                    Some("Presidente Nacional")
                ),
                row(
                    "Partido Prova Trabalhista – PPT",
                    "Osvaldo Prova Leite",
                    Some("Porta-voz Nacional")
                ),
            ]
        );
    }

    #[test]
    fn a_name_with_its_role_on_one_line_and_two_joint_speakers_sign_inside_a_group() {
        // Invented blocks set apart by two blank lines, one of them "Name, role" on one
        // line, one with two speakers, and a page number set far right between them.
        let text = "Partei Beispiel Stadtverband Musterstadt\nAnna Muster\nStadtvorsitzende\n\n\n\
            Grüne Beispielpartei Kreisverband Musterstadt\nMiriam Probe und Felix Test\n\
            Vorstandssprecher*innen\n\n\n\
            ver.di Bezirk Musterstadt\nRonny Thalberg, Geschäftsführer\n\n\n\
            {page}\n\n\
            Sozialverband Beispiel Kreisverband Musterstadt\nHans Probe\nKreisvorsitzender\n";
        let text = text.replace("{page}", &format!("{}2", " ".repeat(70)));
        let got = read(&text);
        assert_eq!(
            got,
            [
                row(
                    "Partei Beispiel Stadtverband Musterstadt",
                    "Anna Muster",
                    Some("Stadtvorsitzende")
                ),
                row(
                    "Grüne Beispielpartei Kreisverband Musterstadt",
                    "Miriam Probe und Felix Test",
                    Some("Vorstandssprecher*innen")
                ),
                row(
                    "ver.di Bezirk Musterstadt",
                    "Ronny Thalberg",
                    Some("Geschäftsführer")
                ),
                row(
                    "Sozialverband Beispiel Kreisverband Musterstadt",
                    "Hans Probe",
                    Some("Kreisvorsitzender")
                ),
            ]
        );
    }

    #[test]
    fn country_headings_alone_between_stanzas_keep_the_group_and_head_what_follows() {
        // Invented persons; organisations with and without party words.
        let text = "SUISSE\n\nParti socialiste suisse\nAnne Roux\nvice-présidente\n\n\
            Parti du Travail\nBen Roth\nprésident\n\nLUXEMBOURG\n\ndéi gréng\nCléo Weis\n\
            porte-parole\n\ndéi Lénk\nDan Thill\nmembre de la coordination nationale\n";
        let g = Gazetteer::bundled();
        let got: Vec<(String, Option<String>)> = found_in(text)
            .signatories
            .iter()
            .map(|s| (s.as_written.clone(), s.country.map(|c| g.get(c).name.clone())))
            .collect();
        let country = |c: &str| Some(c.to_owned());
        assert_eq!(
            got,
            [
                ("Parti socialiste suisse".to_owned(), country("Switzerland")),
                ("Parti du Travail".to_owned(), country("Switzerland")),
                ("déi gréng".to_owned(), country("Luxembourg")),
                ("déi Lénk".to_owned(), country("Luxembourg")),
            ]
        );
    }

    #[test]
    fn a_line_that_signs_whole_after_a_group_ends_it() {
        // Invented: three-line blocks, then a line with role, party and initials; a line
        // of that shape before the group is left to the other readers.
        let text = "Заявление\n\nПервый секретарь ЦК КПУ А.Б. Петренко\n\n\
            **Партия «Альфа»**\nПредседатель партии\nА.Б. Ивлев\n\n\
            **Партия «Бета»**\nСопредседатель партии\nВ.Г. Орлова\n\n\
            Секретарь ЦК КНПК Д.Е. Калиев\n";
        let got = read(text);
        let party_of = |s: &(String, Option<String>, Option<String>)| s.0.clone();
        assert_eq!(
            got.iter().map(party_of).collect::<Vec<_>>(),
            ["Партия «Альфа»", "Партия «Бета»", "КНПК"],
            "{got:?}"
        );
        assert_eq!(got[2].1.as_deref(), Some("Д.Е. Калиев"), "{got:?}");
        assert_eq!(got[2].2.as_deref(), Some("Секретарь ЦК КНПК"));
    }

    #[test]
    fn an_organ_of_a_party_alone_between_blocks_stays_in_the_group() {
        // Invented: blocks of organisation, person, role, and one organ of a party alone;
        // two such lines one after another between blocks stay in the group too.
        let text = "Apel\n\n**Partia Razem**\nAnna Kowal\nczłonkini zarządu\n\n\
            **Rada Krajowa Polskiej Partii Pracowniczej**\n\n\
            **Unia Pracy**\nPiotr Zięba\nprzewodniczący\n\n\
            **Stowarzyszenie Lokatorów**\nJan Wilk\nprezes\n";
        let got = read(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            got[1],
            (
                "Polskiej Partii Pracowniczej".to_owned(),
                None,
                Some("Rada Krajowa".to_owned())
            )
        );
        let two = text.replace(
            "**Rada Krajowa Polskiej Partii Pracowniczej**\n",
            "**Rada Krajowa Polskiej Partii Pracowniczej**\n\nZarząd Krajowy Partii Zieloni\n",
        );
        let got = read(&two);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[1].0, "Polskiej Partii Pracowniczej", "{got:?}");
        assert_eq!(got[2].0, "Partii Zieloni", "{got:?}");
        assert_eq!(got[2].2.as_deref(), Some("Zarząd Krajowy"), "{got:?}");
    }

    #[test]
    fn a_signature_block_opened_by_the_word_for_keeps_the_group_without_a_party_word() {
        // Invented: "Per X" blocks, some with only an organ or only a person; X is no
        // listed party and has no party word.
        let text = "Documento unitario\n\nLetto, approvato e sottoscritto.\n\n\
            Per Sinistra Esempio\nLuca Pinna\nSegretario regionale\n\n\
            Per Verdi di Prova\nMarta Sanna\nPortavoce\n\n\
            Per Liberanu\nSegreteria nazionale\n\n\
            Per Natzione Inventada\nFranziscu Piras\n\n\
            Per Legambiente Esempio\nStefania Loi\nPresidente regionale\n";
        let got = read(text);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(
            got[2],
            (
                "Liberanu".to_owned(),
                None,
                Some("Segreteria nazionale".to_owned())
            ),
            "{got:?}"
        );
        assert_eq!(
            got[3],
            (
                "Natzione Inventada".to_owned(),
                Some("Franziscu Piras".to_owned()),
                None
            ),
            "{got:?}"
        );
        // Before an organ, the word gives the signer's capacity, not who signs.
        assert!(opens_with_for("Per Liberanu") && opens_with_for("Pour le Parti Exemple"));
        assert!(!opens_with_for("für den Kreisvorstand") && !opens_with_for("Per"));
    }

    #[test]
    fn four_line_stanzas_leave_the_branch_out_and_listed_parties_are_no_persons() {
        // Invented: organisation, its regional branch, signer, office; "Nowa Lewica" and
        // "Polskie Stronnictwo Ludowe" are shaped like names but are listed parties.
        let got = read(
            "Porozumienie\n\nNowa Lewica\nRada Powiatowa w Tarnowie\nJoanna Kmieć\nprzewodnicząca rady\n\n\
             Polskie Stronnictwo Ludowe\nZarząd Powiatowy w Tarnowie\nRoman Wójcik\nprezes zarządu\n\n\
             Stowarzyszenie Czyste Niebo\nKoło Tarnów\nIreneusz Mazur\nkoordynator\n",
        );
        let want: Vec<(String, Option<String>, Option<String>)> = [
            ("Nowa Lewica", "Joanna Kmieć", "przewodnicząca rady"),
            ("Polskie Stronnictwo Ludowe", "Roman Wójcik", "prezes zarządu"),
            ("Stowarzyszenie Czyste Niebo", "Ireneusz Mazur", "koordynator"),
        ]
        .into_iter()
        .map(|(o, n, r)| (o.to_owned(), Some(n.to_owned()), Some(r.to_owned())))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_stanza_without_its_role_or_its_person_stays_in_the_group() {
        // Invented: one stanza has no role, one has an organ shaped like a name and no
        // person; the stanzas after them are still read.
        let text = "Stanowisko\n\nPartia Razem\nAnna Kowal\nwspółprzewodnicząca\n\n\
            Unia Pracy\nPiotr Zięba\nprzewodniczący\n\nStowarzyszenie Lokatorów Mokotowa\nJan Wilk\n\n\
            Polska Partia Socjalistyczna\nRada Krajowa\n\nMłodzi Socjaliści\nEwa Sowa\nrzeczniczka\n";
        assert_eq!(
            read(text),
            [
                row("Partia Razem", "Anna Kowal", Some("współprzewodnicząca")),
                row("Unia Pracy", "Piotr Zięba", Some("przewodniczący")),
                row("Stowarzyszenie Lokatorów Mokotowa", "Jan Wilk", None),
                (
                    "Polska Partia Socjalistyczna".to_owned(),
                    None,
                    Some("Rada Krajowa".to_owned())
                ),
                row("Młodzi Socjaliści", "Ewa Sowa", Some("rzeczniczka")),
            ]
        );
    }

    #[test]
    fn an_ordinal_role_a_local_branch_alone_and_names_with_particles_keep_the_group() {
        // Invented: a role opened by an ordinal in figures ("1. Vorsitzende") is no list
        // number; a branch named after its town ("Attac Musterstadt" is shaped like a
        // person) signs alone between blocks; a surname joined by "i" and an Irish
        // particle are persons' names.
        let text = "Offener Brief\n\nSPD Göttingen\nKatrin Beispiel\nVorsitzende\n\n\
            Hebammenverband Niedersachsen\nUlrike Muster\n1. Vorsitzende\n\n\
            Attac Göttingen\n\nGEW Kreisverband Göttingen\nMira Probe\nKreisvorsitzende\n\n\
            Partit dels Comunistes de Catalunya\nMontserrat Prats i Coll\nPrimera Secretaria\n\n\
            Communist Party of Ireland\nDeclan Ó Murchú\nGeneral Secretary\n";
        assert_eq!(
            read(text),
            [
                row("SPD Göttingen", "Katrin Beispiel", Some("Vorsitzende")),
                row(
                    "Hebammenverband Niedersachsen",
                    "Ulrike Muster",
                    Some("1. Vorsitzende")
                ),
                ("Attac Göttingen".to_owned(), None, None),
                row(
                    "GEW Kreisverband Göttingen",
                    "Mira Probe",
                    Some("Kreisvorsitzende")
                ),
                row(
                    "Partit dels Comunistes de Catalunya",
                    "Montserrat Prats i Coll",
                    Some("Primera Secretaria")
                ),
                row(
                    "Communist Party of Ireland",
                    "Declan Ó Murchú",
                    Some("General Secretary")
                ),
            ]
        );
        // Two places joined by "e" name an organisation's area, not a person.
        assert!(!crate::extract::regions::is_person_line("Unia Ticino e Moesa"));
    }

    #[test]
    fn organisation_person_role_stanzas_are_read_by_their_columns() {
        let text = "Bruxelles, le 4 février 2025\n\nParti Socialiste (PS)\nThomas Delvaux\nPrésident\n\n\
            Ecolo\nNadia El Amrani\nCoprésidente\n\nCGSLB\nSophie Maes\nPrésidente\n\nSur le même sujet\n";
        assert_eq!(
            read(text),
            [
                row("Parti Socialiste (PS)", "Thomas Delvaux", Some("Président")),
                row("Ecolo", "Nadia El Amrani", Some("Coprésidente")),
                row("CGSLB", "Sophie Maes", Some("Présidente")),
            ]
        );
    }

    #[test]
    fn the_person_may_come_first_and_the_role_in_lower_case() {
        let text = "Jan Kowalski\nprzewodniczący\nPolska Partia Socjalistyczna\n\n\
            Barbara Nowak\nprzewodnicząca\nUnia Pracy\n";
        assert_eq!(
            read(text),
            [
                row(
                    "Polska Partia Socjalistyczna",
                    "Jan Kowalski",
                    Some("przewodniczący")
                ),
                row("Unia Pracy", "Barbara Nowak", Some("przewodnicząca")),
            ]
        );
    }

    #[test]
    fn name_over_role_of_party_across_a_page_break() {
        // A page number and the running head the text repeats do not break the list, and
        // once most lines are "ROLE of PARTY", "do Solidariedade" names a party too.
        let text = "NOTA CONJUNTA\n\nAna Moura\nPresidenta Nacional do Partido dos Trabalhadores (PT)\n\n\
            Renato Vilela\nPresidente Nacional do Partido Verde (PV)\n\n\
            Nota Conjunta – Brasília, 09/01/2023        Página 2 de 3\n     NOTA CONJUNTA\n\n\
            Paulo Gouveia\nPresidente Nacional do Solidariedade\n";
        let got = super::super::signatories::read_names(text);
        assert_eq!(
            got,
            [
                row(
                    "Partido dos Trabalhadores (PT)",
                    "Ana Moura",
                    Some("Presidenta Nacional")
                ),
                row("Partido Verde (PV)", "Renato Vilela", Some("Presidente Nacional")),
                row("Solidariedade", "Paulo Gouveia", Some("Presidente Nacional")),
            ]
        );
    }

    #[test]
    fn a_country_over_each_stanza_is_its_heading_and_a_stanza_may_lack_the_person() {
        // Invented text: country headings in capitals over party / person / role, and one
        // party that signs by a department, with no person.
        let text =
            "Assinam:\n\nITÁLIA\nPartido da Refundação Comunista (PRC)\nLuca Ferri\nSecretário Nacional\n\n\
            GRÉCIA\nPartido Comunista da Grécia (KKE)\nNikos Pappas\nMembro do Comité Central\n\n\
            CUBA\nPartido Comunista de Cuba\nDepartamento de Relações Internacionais\n";
        let g = Gazetteer::bundled();
        let got: Vec<_> = super::super::signatories::find(g, &split_lines(text))
            .signatories
            .into_iter()
            .map(|s| {
                (
                    s.as_written,
                    s.country.map(|c| g.get(c).key.clone()),
                    s.person,
                    s.role,
                )
            })
            .collect();
        let row = |org: &str, country: &str, person: Option<&str>, role: &str| {
            (
                org.to_owned(),
                Some(country.to_owned()),
                person.map(str::to_owned),
                Some(role.to_owned()),
            )
        };
        assert_eq!(
            got,
            [
                row(
                    "Partido da Refundação Comunista (PRC)",
                    "IT",
                    Some("Luca Ferri"),
                    "Secretário Nacional"
                ),
                row(
                    "Partido Comunista da Grécia (KKE)",
                    "GR",
                    Some("Nikos Pappas"),
                    "Membro do Comité Central"
                ),
                row(
                    "Partido Comunista de Cuba",
                    "CU",
                    None,
                    "Departamento de Relações Internacionais"
                ),
            ]
        );
    }

    #[test]
    fn an_organisation_a_blank_line_then_its_signer_on_a_line_to_sign_and_the_office() {
        // Invented organisations and signers, as an official letter prints its blocks.
        let text = "Обращение\n\nТребуем провести проверку.\n\n\
            Примерное областное отделение КПРФ\n\n\
            Д.В. Образцов                                      _______________\n\
            первый секретарь обкома\n\n\
            Примерное отделение движения «Пример»\n\n\
            А.И. Тестова                                       _______________\n\
            председатель\n\n\
            Примерная организация профсоюза «Образец»\n\n\
            С.А. Пробный                                       _______________\n\
            руководитель\n";
        // A line that signs whole between blocks of a person and their office stays apart.
        let whole =
            "Declaration\n\n**Ana Example**\nGeneral Secretary, Communist Party of India (Marxist)\n\n\
            General Secretary of the Communist Party of India\n\n\
            **Ben Sample**\nPresident, Workers Party of Bangladesh\n\n\
            General Secretary of the Communist Party of Bangladesh (CPB)\n\n\
            **Cai Model**\nPolitburo member, Janatha Vimukthi Peramuna (JVP)\n";
        assert!(
            read(whole)
                .iter()
                .all(|s| s.1.as_deref() != Some("Ben Sample") || s.0.contains("Workers")),
            "{:?}",
            read(whole)
        );
        let got = read(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[1],
            (
                "Примерное отделение движения «Пример»".to_owned(),
                Some("А.И. Тестова".to_owned()),
                Some("председатель".to_owned())
            )
        );
    }

    #[test]
    fn two_line_stanzas_of_a_name_with_its_role_or_of_a_body() {
        // Invented: "Name, role" under the party, or the body that signs, no person.
        let text = "Signataires\n\nParti communiste de Narnia\nComité central\n\n\
            Parti des travailleurs de Ruritanie\nAnne Dupré, porte-parole\n\n\
            Parti socialiste de Syldavie\nMarc Leroy, secrétaire général\n\n\
            Parti du peuple de Bordurie\nDépartement international\n";
        assert_eq!(
            read(text),
            [
                (
                    "Parti communiste de Narnia".to_owned(),
                    None,
                    Some("Comité central".to_owned())
                ),
                row(
                    "Parti des travailleurs de Ruritanie",
                    "Anne Dupré",
                    Some("porte-parole")
                ),
                row(
                    "Parti socialiste de Syldavie",
                    "Marc Leroy",
                    Some("secrétaire général")
                ),
                (
                    "Parti du peuple de Bordurie".to_owned(),
                    None,
                    Some("Département international".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn paragraphs_and_headings_are_not_stanzas() {
        // Two-line paragraphs of prose, and heading / subheading pairs, have no person column.
        let text = "The meeting was held in Rome.\nIt lasted two days.\n\n\
            Our demands\nPeace now\n\nHistory\nThe old days\n\nSecond Heading\nMore Text Here\n";
        assert!(read(text).is_empty());
    }

    #[test]
    fn an_organisation_with_a_long_name_is_a_stanza_of_its_own() {
        // Invented organisations and persons; the last name has twelve words.
        let found = found_in(
            "Conselho Exemplar para a Paz\nIlda Exemplo Matos\nPresidente da Direção Nacional\n\n\
             Partido Comunista Modelo\nAnabela Correia Teste\nMembro da Comissão Política\n\n\
             Movimento pelos Direitos do Povo Fictício e pela Paz no Oriente Imaginário\n\
             Joana Reis Exemplo\nVice-Presidente da Direção Nacional\n",
        );
        let orgs: Vec<&str> = found.signatories.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(orgs.len(), 3, "{orgs:?}");
        assert_eq!(found.signatories[2].person.as_deref(), Some("Joana Reis Exemplo"));
    }
}
