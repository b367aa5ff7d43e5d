//! Signatories written in prose: "NAME, ROLE of the PARTY (ACR)" in a sentence, a list
//! inside one sentence ("... was signed by A, B and C."), and issuing parties in a header
//! line separated by dashes. Used when a text has no signatory list or blocks.

use crate::text::fold::{is_capital, is_small_letter, opens_lower};

use super::entry::{self, leading_name, plain, role_of_party, split_country_affix, trailing_name};
use super::vocab::{is_headline, looks_like_party};
use super::RawSignatory;
use crate::lang::{self, Passive};
use crate::reference::countries::Gazetteer;
use crate::text::fold::fold;
use crate::text::lines::Line;
use std::sync::OnceLock;

/// Phrases of every language padded for matching inside a sentence, built once.
struct Padded {
    /// `[conjunctions] plain` and `other` as " and ".
    and_words: Vec<String>,
    /// `[conjunctions] plain` as ", and ", and "; ": where one delegation's clause ends.
    clause_ends: Vec<String>,
    /// `[signing] led_by` as ", led by ".
    led_by: Vec<String>,
}

/// The padded phrases, built on first use.
fn padded() -> &'static Padded {
    static PADDED: OnceLock<Padded> = OnceLock::new();
    PADDED.get_or_init(|| {
        let all = lang::all();
        let conjunctions = &all.conjunctions;
        let mut and_words = conjunctions.plain.padded(" ", " ");
        and_words.extend(conjunctions.other.padded(" ", " "));
        let mut clause_ends = conjunctions.plain.padded(", ", " ");
        clause_ends.push("; ".to_owned());
        Padded {
            and_words,
            clause_ends,
            led_by: all.signing.led_by.padded(", ", " "),
        }
    })
}

/// Splits "A, B, C and D" into items; a piece that is no party on its own ("Moravia" in
/// "Bohemia and Moravia") is joined back to the one before.
pub fn split_list(text: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for part in text.split([',', ';']) {
        // A conjunction before a lower-case word joins words inside one name ("Gauche
        // démocratique et sociale"), not two items; so does one after a word cut short by a
        // hyphen ("Mieterinnen- und Mieterverband"). Each conjunction in turn, first first;
        // one inside a piece already cut off is passed.
        let mut hits: Vec<(usize, usize)> = padded()
            .and_words
            .iter()
            .flat_map(|w| find_all_folded(part, w))
            .collect();
        hits.sort_unstable();
        let mut start = 0;
        for (p, len) in hits {
            let splits = p >= start
                && opens_a_name(opening(&part[p + len..]))
                && !part[start..p].ends_with('-')
                && !inside_an_acronymed_name(&part[start..], p - start, len)
                && !joins_a_known_name(&part[start..p], &part[p..p + len], &part[p + len..]);
            if splits {
                pieces.push(part[start..p].to_owned());
                pieces.push(format!("\u{0}{}", &part[p..p + len]));
                start = p + len;
            }
        }
        pieces.push(part[start..].to_owned());
    }
    // Rejoin conjunction-split pieces that are not parties by themselves.
    let mut items: Vec<String> = Vec::new();
    let mut joiner: Option<String> = None;
    let last = pieces.len().saturating_sub(1);
    for (k, piece) in pieces.into_iter().enumerate() {
        if let Some(j) = piece.strip_prefix('\u{0}') {
            joiner = Some(j.to_owned());
            continue;
        }
        // An exclamation mark inside the list is the name's ("Možemo!, macedońska ...").
        let ends: &[char] = if k == last { &['.', '!'] } else { &['.'] };
        let t = piece
            .trim()
            .trim_end_matches(ends)
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '—'));
        if t.is_empty() {
            continue;
        }
        // "cinq organisations syndicales – la CGT", "Solidaires – ainsi que par ...": a side of
        // a dash that opens in lower case describes the list; the name is the other side.
        let t = lowercase_dash_side_dropped(t);
        match (joiner.take(), items.last_mut()) {
            // One word more ("Bohemia and Moravia") is the same name; two or more capitalised
            // words ("Plaid Cymru", "Left Unity") are the next item.
            // An article before the word opens a new item ("l'Arci e dall'Anpi"), and so
            // does a listed party ("Izquierda Unida y Podemos") or a word after a one-word
            // item ("+Europa e Possibile").
            // A bracket after the word is the name's ("Bohemia and Moravia (Czech Republic)"),
            // unless the item before has its own ("Inuit Ataqatigiit (Greenland) and
            // Tjóðveldi (Faroe Islands)": two items, each with its country).
            (Some(j), Some(last))
                if !looks_like_party(t)
                    && !last.trim_end().ends_with(')')
                    && !crate::reference::parties::known(t)
                    && t.split('(').next().unwrap_or(t).split_whitespace().count() == 1
                    && last.split('(').next().unwrap_or(last).split_whitespace().count() > 1
                    && strip_article(t) == t
                    && !super::is_bare_acronym(last) =>
            {
                last.push_str(&j);
                last.push_str(t);
            }
            // The acronym after the word spells the whole name ("Movimiento Alternativo
            // Indígena y Social (MAIS)"): one item.
            (Some(j), Some(last)) if acronym_spells(&format!("{last} {t}")) => {
                last.push_str(&j);
                last.push_str(t);
            }
            (_, None) => items.push(without_descriptor(strip_first_article(t)).to_owned()),
            _ => items.push(without_descriptor(strip_small_article(t)).to_owned()),
        }
    }
    items
}

/// Most words after a conjunction that a bundled party's name may hold before its end.
const MAX_KNOWN_NAME_WORDS_AFTER: usize = 4;

/// Whether a conjunction joins words of one bundled party's name ("el Partido Libertad y
/// Refundación (LIBRE) de Honduras"): the words before it, without their article, the
/// conjunction and the one to [`MAX_KNOWN_NAME_WORDS_AFTER`] words after it up to a bracket
/// or the item's end are a name of the bundled list.
fn joins_a_known_name(before: &str, conjunction: &str, after: &str) -> bool {
    let head = strip_article(before.trim());
    if head.is_empty() {
        return false;
    }
    // The name ends at a bracket or at the item's end ("... and Wales added their names"
    // is split as before, and its clause cut off).
    let after = after.split(['(', '[']).next().unwrap_or_default();
    let words: Vec<&str> = after.split_whitespace().collect();
    let name = format!("{head} {} {}", conjunction.trim(), words.join(" "));
    (1..=MAX_KNOWN_NAME_WORDS_AFTER).contains(&words.len()) && crate::reference::parties::known(&name)
}

/// Whether a name ends in a bracketed acronym made of the initials of its capitalised
/// words ("Movimiento Alternativo Indígena y Social (MAIS)").
fn acronym_spells(name: &str) -> bool {
    let Some((head, bracket)) = name.trim_end().strip_suffix(')').and_then(|n| n.rsplit_once('(')) else {
        return false;
    };
    spells_initials(bracket, head)
}

/// Whether a party written as one acronym is another's by its initials ("PPS", "Polska
/// Partia Socjalistyczna").
pub(crate) fn acronym_of(acronym: &str, name: &str) -> bool {
    let acronym = acronym.trim();
    !acronym.contains(' ') && super::vocab::is_acronym(acronym) && spells_initials(acronym, name)
}

/// Whether an acronym of three letters or more is made of the initials of a name's
/// capitalised words ("PPS" of "Polska Partia Socjalistyczna").
fn spells_initials(acronym: &str, name: &str) -> bool {
    let acronym: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    acronym.chars().count() >= 3 && acronym.to_uppercase() == initials.to_uppercase()
}

/// An item without the side of a spaced dash that opens in lower case, unless the whole
/// item is a party of the bundled list ("Vinstrihreyfingin – grænt framboð"), with or
/// without a bracket after it ("... (Iceland)").
fn lowercase_dash_side_dropped(item: &str) -> &str {
    let unbracketed = match item.trim().strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((name, _)) => name.trim(),
        None => item.trim(),
    };
    if crate::reference::parties::known(item.trim()) || crate::reference::parties::known(unbracketed) {
        return item;
    }
    for dash in [" – ", " — "] {
        if let Some((left, right)) = item.split_once(dash) {
            let opens_low = |s: &str| s.trim().chars().next().is_some_and(char::is_lowercase);
            let named = |s: &str| s.chars().any(char::is_uppercase);
            if opens_low(left) && named(right) {
                return right.trim();
            }
            if opens_low(right) && named(left) && !opens_low(left) {
                return left.trim();
            }
        }
    }
    item
}

/// Every place where folded `needle` ("asi como") occurs in `text` ("así como"), as the
/// byte offset and length of the text it matches, first first: every character is folded
/// on its own, so positions map back.
fn find_all_folded(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let folded: Vec<char> = chars
        .iter()
        .map(|(_, c)| {
            let f = fold(&c.to_string());
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(one), None) => one,
                _ => c.to_lowercase().next().unwrap_or(*c),
            }
        })
        .collect();
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    folded
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle.as_slice())
        .map(|(at, _)| {
            let start = chars[at].0;
            let end = chars.get(at + needle.len()).map_or(text.len(), |(i, _)| *i);
            (start, end - start)
        })
        .collect()
}

/// Whether text after a conjunction opens a name: its first word after any articles
/// begins with a capital, a digit, a quote or a bracket, or a country qualifies the name
/// ("bułgarska partia Zelenite").
/// Most words after a conjunction that tell whether it opens a new item (a name, a
/// country before it, its bracketed acronym), and most words before it whose initials an
/// acronym may spell.
const MAX_OPENING_WORDS: usize = 16;

/// The first [`MAX_OPENING_WORDS`] words of a text (with what stands between them): all a
/// conjunction's tests look at, so that a list of thousands of items is split in linear time.
fn opening(text: &str) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_OPENING_WORDS {
                return &text[..i];
            }
        }
    }
    text
}

/// Whether the conjunction at byte `at` (`len` bytes) of `text` sits inside one name: the
/// bracketed acronym that follows spells the initials of words on both of its sides
/// ("Parti de l'Indépendance et du Travail (PIT)"; an elided article before a word is no
/// initial of its own).
fn inside_an_acronymed_name(text: &str, at: usize, len: usize) -> bool {
    let after = opening(&text[at + len..]);
    let Some((words_after, acronym)) = after
        .split_once('(')
        .and_then(|(w, rest)| Some((w, rest.split_once(')')?.0.trim())))
    else {
        return false;
    };
    let unelided = |part: &str| {
        part.split_whitespace()
            .map(|w| match w.split_once(['\'', '’']) {
                Some((article, word))
                    if article.chars().count() <= 4 && article.chars().all(is_small_letter) =>
                {
                    word.to_owned()
                }
                _ => w.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The last words before the conjunction, taken from its end: no more are read.
    let mut before_words: Vec<&str> = text[..at]
        .split_whitespace()
        .rev()
        .take(MAX_OPENING_WORDS)
        .collect();
    before_words.reverse();
    let (before, after) = (
        entry::initials_of(&unelided(&before_words.join(" "))),
        entry::initials_of(&unelided(words_after)),
    );
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    letters.chars().count() > after.chars().count()
        && !after.is_empty()
        && letters.chars().all(char::is_uppercase)
        && format!("{before}{after}").ends_with(&letters)
}

fn opens_a_name(text: &str) -> bool {
    let opens = |t: &str| {
        t.chars().next().is_some_and(|c| {
            is_capital(c) || c.is_ascii_digit() || matches!(c, '«' | '"' | '“' | '„' | '(' | '\'')
        })
    };
    let t = strip_article(text);
    // A short preposition or an agent word may repeat before the item ("... et par
    // SUD-Rail", "... e pelo Partido Ecologista").
    let agents = &lang::all().signing.agents;
    opens(t)
        || t.split_once(' ').is_some_and(|(w, rest)| {
            (w.chars().count() <= 3 || agents.contains(w)) && !opens(w) && opens(strip_article(rest))
        })
        || without_descriptor(t) != t
        || super::qualifiers::country_before_name(Gazetteer::bundled(), t).is_some()
}

/// Opening quotation marks a name may stand in.
const QUOTES: &[char] = &['«', '"', '“', '„', '\''];

/// An item without the word in lower case that describes it before its capitalised name
/// (a country's adjective qualifies it instead, see `qualifiers`):
/// an organisation word ("stowarzyszenie Miasto Jest Nasze", "il partito Volt"), or any
/// longer word before a name that reads as a party by itself ("los sindicatos CCOO de
/// Andalucía"): the name.
pub fn without_descriptor(item: &str) -> &str {
    let t = item.trim();
    match t.split_once(' ') {
        Some((w, rest))
            if w.chars().next().is_some_and(is_small_letter)
                && w.chars().all(char::is_alphabetic)
                // A name in quotes counts as capitalised ("партия «Стабильности!»").
                && rest.trim_start_matches(QUOTES).chars().next().is_some_and(is_capital)
                && Gazetteer::bundled().lookup(w).is_none()
                // An organisation word, though alone it may head a table's column ("partia").
                && (super::vocab::is_org_word(&fold(w))
                    || (w.chars().count() >= 5
                        && !super::vocab::is_role_word(w)
                        && !super::vocab::is_role_head(w)
                        && looks_like_party(rest))) =>
        {
            rest
        }
        _ => t,
    }
}

/// Most words in small letters that describe a kind of organisation before a name ("youth
/// organisations Vasemmistonuoret").
const MAX_DESCRIPTOR_WORDS: usize = 3;

/// The name after a few words in small letters that end in an organisation word ("youth
/// organisations Vasemmistonuoret": "Vasemmistonuoret"; not "organizacji społecznych z
/// Pomorza", where the place is no name of its own). Applied once a list is accepted, as
/// the words are evidence that it names organisations.
fn without_described_kind(t: &str) -> Option<&str> {
    let mut rest = t;
    for _ in 0..MAX_DESCRIPTOR_WORDS {
        let (w, after) = rest.split_once(' ')?;
        if !(w.chars().next().is_some_and(is_small_letter) && w.chars().all(char::is_alphabetic)) {
            return None;
        }
        rest = after.trim_start();
        let named = rest
            .trim_start_matches(QUOTES)
            .chars()
            .next()
            .is_some_and(is_capital);
        if named {
            return super::vocab::is_org_word(&fold(w)).then_some(rest);
        }
    }
    None
}

/// Drops leading articles ("the", "der", "les"...: `[grammar] articles` and
/// `more_articles`).
pub fn strip_article(text: &str) -> &str {
    let mut t = text.trim();
    loop {
        // An elided article glued to the name: "l'UNSA", "dell'ANPI", "d’Izquierda".
        if let Some(at) = super::vocab::after_elision(t) {
            if t[at..].chars().next().is_some_and(char::is_uppercase) {
                t = &t[at..];
                continue;
            }
        }
        let Some((first, rest)) = t.split_once(' ') else {
            return t;
        };
        if is_article(first) {
            t = rest.trim_start();
        } else {
            return t;
        }
    }
}

/// A name inside a list without the articles before it in small letters: an article in
/// capitals after the list's first item is the name's own ("le PCF, La France insoumise,
/// Les Écologistes": "PCF", "La France insoumise", "Les Écologistes").
fn strip_small_article(text: &str) -> &str {
    let t = text.trim();
    if opens_with_capital_article(t) {
        t
    } else {
        strip_article(t)
    }
}

/// Whether a name opens with an article in capitals ("La France insoumise").
fn opens_with_capital_article(text: &str) -> bool {
    text.split_once(' ')
        .is_some_and(|(first, _)| is_article(first) && first.chars().next().is_some_and(char::is_uppercase))
}

/// The first name of a list without its articles, but for an article in capitals that a
/// bundled party's name begins with ("von Die Linke, Enhedslisten und ...": "Die Linke").
fn strip_first_article(text: &str) -> &str {
    let t = text.trim();
    if opens_with_capital_article(t) && crate::reference::parties::known(t) {
        t
    } else {
        strip_article(t)
    }
}

/// "a delegation of the PARTY, led by ROLE NAME" (or "led by NAME, ROLE") in prose.
pub fn delegations_in_prose(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let mut out: Vec<RawSignatory> = Vec::new();
    for line in lines {
        let text = plain(&line.text);
        let folded: String = text
            .chars()
            .map(|c| if c.is_ascii() { c.to_ascii_lowercase() } else { c })
            .collect();
        // Fold accents only where the phrase needs it (angeführt, dirigée, menée).
        let folded = folded.replace("ü", "u").replace("é", "e");
        // Every place a "led by" phrase starts, with the longest phrase there.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for phrase in &padded().led_by {
            for (pos, _) in folded.match_indices(phrase.as_str()) {
                match hits.iter_mut().find(|(p, _)| *p == pos) {
                    Some(h) => h.1 = h.1.max(phrase.len()),
                    None => hits.push((pos, phrase.len())),
                }
            }
        }
        hits.sort();
        for (pos, len) in hits {
            let from = pos + len;
            if !text.is_char_boundary(pos) || !text.is_char_boundary(from) {
                continue;
            }
            let Some(party_text) = trailing_party(&text[..pos]) else {
                continue;
            };
            let mut after = &text[from..];
            let end = padded()
                .clause_ends
                .iter()
                .filter_map(|e| after.find(e.as_str()))
                .chain(after.find(". "))
                .min()
                .unwrap_or(after.len());
            after = after[..end].trim_end_matches('.');
            let (role, person) = entry::role_and_person(after);
            let Some(person) = person else { continue };
            let (party, country) = split_country_affix(g, &party_text);
            out.push(RawSignatory {
                as_written: entry::as_written(&party_text),
                party,
                country,
                person: Some(person),
                role,
                line: line.no,
            });
        }
    }
    out.sort_by_key(|s| (s.line, text_position(lines, s)));
    out
}

fn text_position(lines: &[Line], s: &RawSignatory) -> usize {
    lines
        .iter()
        .find(|l| l.no == s.line)
        .and_then(|l| l.text.find(&s.as_written))
        .unwrap_or(0)
}

/// The party name that ends a piece of prose ("... una delegazione del Partito Comunista
/// Italiano"): after the last "of" link from which the rest reads as a party.
fn trailing_party(text: &str) -> Option<String> {
    // Only the last clause: after the previous delegation's ", e " / ", and ".
    let clause_start = padded()
        .clause_ends
        .iter()
        .filter_map(|e| text.rfind(e.as_str()).map(|p| p + e.len()))
        .max()
        .unwrap_or(0);
    let clause = &text[clause_start..];
    let lower = clause.to_ascii_lowercase();
    let mut starts: Vec<usize> = Vec::new();
    for pat in super::vocab::of_link_patterns() {
        starts.extend(lower.match_indices(pat.as_str()).map(|(p, _)| p + pat.len()));
    }
    starts.sort();
    starts
        .into_iter()
        .find(|&start| {
            let rest = clause[start..].trim();
            rest.chars().next().is_some_and(is_capital) && looks_like_party(rest)
        })
        .map(|start| clause[start..].trim().to_owned())
}

/// Most words of a name written in lower case ("solidaritéS", "die Linke Berlin").
const MAX_LOWERCASE_NAME_WORDS: usize = 4;
/// Fewest words of a clause that opens and ends in small letters ("wie die Initiatoren
/// mitteilten"); fewer may be a name in small letters ("déi gréng", "di déi Lénk").
const MIN_LOWERCASE_CLAUSE_WORDS: usize = 4;

/// Fewest words a line of hard-wrapped prose has (shorter lines are list entries,
/// headings or the last line of a paragraph).
const WRAPPED_WORDS: usize = 8;
/// Most characters a line of hard-wrapped prose has.
const WRAP_WIDTH: usize = 110;

/// The lines with hard-wrapped prose joined: a line of prose no wider than a page runs on
/// into the next line when it ends mid-sentence and no blank line or list marker comes
/// between them (text converted from PDF, e-mail, plain text archives). A word split by a
/// hyphen at the end of a line is joined again ("semi-" / "nário"). Each paragraph keeps
/// its first line's number.
pub(crate) fn unwrapped(lines: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut runs_on = false;
    let mut last_no = 0;
    for line in lines {
        let text = line.text.trim();
        let item = super::markers::strip_marker(text).is_some();
        match out.last_mut() {
            Some(previous) if runs_on && line.no == last_no + 1 && !text.is_empty() && !item => {
                let split_word = previous.text.ends_with('-')
                    && previous.text[..previous.text.len() - 1]
                        .chars()
                        .last()
                        .is_some_and(char::is_alphabetic)
                    && text
                        .chars()
                        .next()
                        .is_some_and(crate::text::fold::is_small_letter);
                if split_word {
                    previous.text.pop();
                } else {
                    previous.text.push(' ');
                }
                previous.text.push_str(text);
            }
            _ => out.push(Line {
                text: text.to_owned(),
                ..line.clone()
            }),
        }
        // A paragraph of its own (an HTML one, a sentence that ends) does not run on.
        runs_on = text.split_whitespace().count() >= WRAPPED_WORDS
            && text.chars().count() <= WRAP_WIDTH
            && !text.ends_with(['.', ':', ';', '!', '?'])
            && !item;
        last_no = line.no;
    }
    out
}

/// Signatories of a text without a list: persons with roles in prose (else delegations
/// "led by" a person), plus the parties listed in a signing sentence elsewhere ("It was
/// also endorsed by A, B and C.").
pub fn signatories_in_prose(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let lines = &unwrapped(lines);
    // "Person, role of PARTY" first; news chains ("CPB President Anisur Rahman Mollik,
    // ...") on the lines where that reads nobody.
    // On each line the reading that finds more signers wins.
    let mut out = persons_in_prose(g, lines);
    let mut chains = super::chain::chains_in_prose(g, lines);
    let on = |v: &[RawSignatory], line: usize| v.iter().filter(|s| s.line == line).count();
    let chain_lines: Vec<usize> = chains
        .iter()
        .map(|c| c.line)
        .filter(|&l| on(&chains, l) > on(&out, l))
        .collect();
    out.retain(|s| !chain_lines.contains(&s.line));
    chains.retain(|c| chain_lines.contains(&c.line));
    out.extend(chains);
    // When the paragraphs that say who signed name as many signers as the text says there
    // are, a person with a role in another paragraph is quoted or asked about it
    // ("Interrogé par notre journal, Habib Louati, dirigeant du Front populaire, a salué
    // ..."). Lines that are no sentences (a signature line) stay.
    if let Some((_, claimed)) = super::claims::first_claim(lines) {
        let signing: Vec<usize> = lines
            .iter()
            .filter(|l| super::vocab::names_signing(&l.text))
            .map(|l| l.no)
            .collect();
        let on_signing_lines = out.iter().filter(|s| signing.contains(&s.line)).count();
        if on_signing_lines >= claimed as usize {
            out.retain(|s| signing.contains(&s.line) || !super::chain::on_a_sentence_line(lines, s.line));
        }
    }
    if out.is_empty() {
        out = delegations_in_prose(g, lines);
    }
    for s in sentence_lists_elsewhere(g, lines, &out) {
        if !out.iter().any(|o| o.same_party(&s)) {
            out.push(s);
        }
    }
    if !out.is_empty() {
        add_joined_parties(g, lines, &mut out);
    }
    persons_to_listed_parties(&mut out);
    out.sort_by_key(|s| s.line);
    out
}

/// A signer read with its person from one sentence whose party is, of the parties listed
/// without a person in another, that one alone (by name, or by the acronym the listed
/// name holds or its initials make: "Grünen" is not "Jungen Grünen"; "PPS" is "Polska
/// Partia Socjalistyczna"; or the part before its dash) ("Pelo PCP assinou ... Rui Fernandes Vaz"
/// after "é subscrito pelo Partido Comunista Português (PCP), ..."): the listed party
/// takes the person and role, and no second signer is read.
fn persons_to_listed_parties(out: &mut Vec<RawSignatory>) {
    let mut k = 0;
    while k < out.len() {
        let (person, line) = (out[k].person.clone(), out[k].line);
        let matching: Vec<usize> = (0..out.len())
            .filter(|&i| {
                out[i].person.is_none()
                    && out[i].line != line
                    && (fold(&out[i].party) == fold(&out[k].party)
                        || (!out[k].party.contains(' ')
                            && super::vocab::is_acronym(&out[k].party)
                            && (super::chain::names_the_same_party(&out[i].party, &out[k].party)
                                || super::entry::initials_of(&out[i].party) == out[k].party))
                        || short_before_dash(&out[k].party, &out[i].party))
            })
            .collect();
        match (person, matching.as_slice()) {
            (Some(person), [i]) => {
                let i = *i;
                out[i].person = Some(person);
                out[i].role = out[k].role.clone();
                out.remove(k);
            }
            _ => k += 1,
        }
    }
}

/// Whether `short` is the part of `long` before a dash ("Hlas" of "Hlas – sociálna
/// demokracia").
fn short_before_dash(short: &str, long: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|rest| super::vocab::SPACED_DASHES.iter().any(|d| rest.starts_with(d)))
}

/// Adds the late joiners that sentences of joining name one at a time, on lines nothing
/// was read from, to signers read already.
fn add_joined_parties(g: &Gazetteer, lines: &[Line], out: &mut Vec<RawSignatory>) {
    for line in lines {
        let text = plain(&line.text);
        // On a line signers were read from, a sentence that names none of them ("... e, per
        // Rifondazione Comunista, la segreteria provinciale. Al testo ha aderito anche la
        // Cgil di Bergamo, che ...").
        let read_here: Vec<&str> = out
            .iter()
            .filter(|s| s.line == line.no)
            .map(|s| s.as_written.as_str())
            .collect();
        let item = if read_here.is_empty() {
            joined_party(&text)
        } else {
            super::sentences(&text)
                .into_iter()
                .filter(|sentence| !read_here.iter().any(|w| sentence.contains(w)))
                .find_map(|sentence| joined_party(sentence.trim()))
        };
        let Some(item) = item else {
            continue;
        };
        let (party, country) = split_country_affix(g, &item);
        let joined = RawSignatory {
            as_written: entry::as_written(&item),
            party,
            country,
            person: None,
            role: None,
            line: line.no,
        };
        if !out.iter().any(|o| o.same_party(&joined)) {
            out.push(joined);
        }
    }
}

/// The parties listed in signing sentences on lines other than those `persons` came from.
fn sentence_lists_elsewhere(g: &Gazetteer, lines: &[Line], persons: &[RawSignatory]) -> Vec<RawSignatory> {
    let mut listed = sentence_list(g, lines);
    // On a line the persons came from, only a party none of them names or belongs to is
    // listed besides them ("... said X, leader of A. Other signatories include B and C.").
    listed.retain(|s| {
        let same_line: Vec<&RawSignatory> = persons.iter().filter(|p| p.line == s.line).collect();
        if same_line.is_empty() {
            return true;
        }
        let party = fold(&s.party);
        reads_as_party(&s.as_written)
            && opens_a_name(&s.as_written)
            && !same_line.iter().any(|p| {
                let theirs = fold(&p.as_written);
                let person = p.person.as_deref().map(fold).unwrap_or_default();
                theirs.contains(&party)
                    || party.contains(&fold(&p.party))
                    || (!person.is_empty() && party.contains(&person))
            })
    });
    listed
}

/// Persons with roles, or parties listed, in prose sentences that speak of signing (a word
/// that begins with one of `[signing] verbs`: "signed", "firmaron", "Unterzeichner", or a
/// `[signing] signed_by` phrase: "supported by"), for
/// texts that also have a list ("Firmaron la declaración NAME, secretaria general del
/// PARTY; ...", "Die Erklärung wurde von der A, ... und der B unterzeichnet.").
pub fn signing_sentences(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let lines = &unwrapped(lines);
    let phrases = &lang::all().signing.signed_by;
    let signing: Vec<Line> = lines
        .iter()
        .filter(|l| super::vocab::names_signing(&l.text))
        .cloned()
        .collect();
    let mut out = persons_in_prose(g, &signing);
    out.extend(sentence_lists_elsewhere(g, &signing, &out));
    // A sentence with a signing phrase or a backing word and its agent, and no signing verb
    // ("Die Erklärung wird zudem unterstützt von ...": a second group after the list), or
    // a passive one ("Ebenfalls
    // unterstützt wird der Appell von ..."), lists signers when most of what it lists reads
    // as parties ("backed by the US administration" does not).
    for line in lines {
        let text = plain(&line.text);
        let folded = folded_as_phrases(&text);
        let phrased = phrases.iter().any(|p| find_phrase(&folded, p, 0).is_some());
        let passive = || {
            lang::all()
                .signing
                .passive
                .iter()
                .any(|v| passive_span(&text, v).is_some())
        };
        // A word of backing and its agent with a word between ("was also supported by"), or
        // before a colon ("Заявление поддержали также партии, ...: A, B и C").
        let backed = || !agent_spans(&text).is_empty() || !colon_spans(&text).is_empty();
        if signing.iter().any(|s| s.no == line.no) || !(phrased || passive() || backed()) {
            continue;
        }
        let listed = sentence_list(g, std::slice::from_ref(line));
        let parties = listed.iter().filter(|s| reads_as_party(&s.as_written)).count();
        if 2 * parties > listed.len() {
            out.extend(listed);
        }
    }
    // A sentence of joining that names one party ("Do deklaracji przyłączyła się także
    // Partia Europejskich Socjalistów (PES), …").
    add_joined_parties(g, lines, &mut out);
    out
}

/// "NAME, ROLE of the PARTY (ACR)" occurrences in prose lines.
pub fn persons_in_prose(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let mut out: Vec<RawSignatory> = Vec::new();
    for line in lines {
        let text = plain(&line.text);
        // Clauses: split before each "NAME," that starts a new person.
        for clause in clauses(&text) {
            let Some((name, rest)) = leading_name(&clause) else {
                continue;
            };
            let rest = rest.trim_start();
            let cut = cut_party_end(rest);
            // A name right after the party's closing bracket takes the role ("Luís Ramos, a
            // dirigente do Sindicato X (SEP) Paula Carrilho e ...": Paula Carrilho's role).
            let after: Vec<&str> = rest[cut.len().min(rest.len())..]
                .split_whitespace()
                .take(2)
                .collect();
            if cut.ends_with(')') && after.len() == 2 && after.iter().all(|t| entry::is_name_token(t)) {
                continue;
            }
            let rest = cut;
            let Some((role, party_text)) = role_of_party(&rest) else {
                continue;
            };
            // The role right after the comma: an article, a role word or a capital opens
            // it; a verb does not ("celebrado en el Ateneo de Sevilla, intervinieron la
            // coordinadora general de IU" names no person).
            let opens_role = role.split_whitespace().next().is_some_and(|w| {
                strip_article(&role) != role.trim()
                    || super::vocab::is_role_word(w)
                    || super::vocab::is_role_head(w)
                    || w.chars().next().is_some_and(is_capital)
            });
            // A clause after the role is no party ("le président François Minet rappelle que
            // son parti « réclame ... »").
            if !opens_role || is_headline(&party_text) {
                continue;
            }
            let (party, country) = split_country_affix(g, &party_text);
            if out
                .iter()
                .any(|s| fold(&s.party) == fold(&party) && s.person.as_deref() == Some(&name))
            {
                continue;
            }
            out.push(RawSignatory {
                as_written: entry::as_written(&party_text),
                party,
                country,
                person: Some(name),
                role: entry::tidy_role(&role),
                line: line.no,
            });
        }
    }
    out.sort_by_key(|s| (s.line, text_position(lines, s)));
    out
}

/// Pieces of a sentence that may each start with a person: split after ":" and before
/// " and/y/et NAME," joins.
fn clauses(text: &str) -> Vec<String> {
    let conjunctions = &lang::all().conjunctions;
    let mut out = Vec::new();
    for part in text.split([':', ';']) {
        let mut current = String::new();
        let tokens: Vec<&str> = part.split(' ').collect();
        let mut i = 0;
        while i < tokens.len() {
            let token = tokens[i].to_lowercase();
            let joins = conjunctions.plain.contains(&token) || conjunctions.other.contains(&token);
            if joins && !current.is_empty() {
                let tail = tokens[i + 1..].join(" ");
                if leading_name(&tail).is_some() {
                    out.push(std::mem::take(&mut current));
                    i += 1;
                    continue;
                }
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(tokens[i]);
            i += 1;
        }
        out.push(current);
    }
    // A clause may also start mid-sentence: try every ", " split point's left neighbour name.
    let mut extra = Vec::new();
    for clause in &out {
        for (pos, _) in clause.match_indices(", ") {
            let before = &clause[..pos];
            if let Some((_, name)) = trailing_name(before) {
                extra.push(format!("{name}{}", &clause[pos..]));
            }
        }
    }
    out.extend(extra);
    out
}

/// A party name ends at the first comma, semicolon or full stop outside brackets, or right
/// after its closing "(ACR)".
fn cut_party_end(rest: &str) -> String {
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    return rest[..i + c.len_utf8()].trim().to_owned();
                }
            }
            ',' | ';' | '.' if depth == 0 => return rest[..i].trim().to_owned(),
            _ => {}
        }
    }
    rest.trim().to_owned()
}

/// "... was signed by A, B, C and D." (after a `[signing] signed_by` phrase) and "Die
/// Erklärung wurde von der A, ... und der Q unterzeichnet." (`[signing] passive`): the
/// parties listed in one sentence.
pub fn sentence_list(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let mut out = Vec::new();
    for line in lines {
        let text = super::qualifiers::without_country_asides(g, &plain(&line.text));
        // A sentence that ends in a colon leads in to a list below it.
        if text.trim_end().ends_with(':') {
            continue;
        }
        // Each sentence of a line has its own list ("Getragen wird der Aufruf von A, B und C.
        // Unterzeichnet haben ihn zudem D und E.").
        for sentence in super::sentences(&text) {
            out.extend(list_in_sentence(g, sentence, line.no));
        }
    }
    out
}

/// The signers one sentence lists (see [`sentence_list`]).
fn list_in_sentence(g: &Gazetteer, text: &str, line: usize) -> Vec<RawSignatory> {
    let folded = folded_as_phrases(text);
    let signing = &lang::all().signing;
    let passive = || {
        signing
            .passive
            .iter()
            .filter(|v| folded.contains(v.verb.as_str()) && folded.contains(&format!(" {} ", v.by)))
            .find_map(|v| passive_span(text, v))
            .map(|span| (sentence_rest(&span).to_owned(), None))
            .into_iter()
            .collect::<Vec<_>>()
    };
    let phrased = || {
        phrase_spans(text)
            .into_iter()
            .map(|(span, phrase)| (span, phrase.rsplit(' ').next()))
            .collect::<Vec<_>>()
    };
    // Each way of finding a sentence's list in turn. A signing phrase whose list
    // names no party ("signé par déi gréng, ...") leaves the agent of a backing verb its
    // chance ("endossé par les ..."), and a colon after the phrase's words its own
    // ("поддержали также партии, действующие ...: A, B и C"); the looser ways are tried
    // only in a sentence where none of these finds a list at all.
    let ways: [&dyn Fn() -> Vec<Span>; 6] = [
        &phrased,
        &|| agent_spans(text),
        &|| colon_spans(text),
        &|| including_spans(text),
        &passive,
        &|| subject_spans(text),
    ];
    let mut spans_found = false;
    for (k, way) in ways.iter().enumerate() {
        if k >= 3 && spans_found {
            break;
        }
        let spans = way();
        spans_found |= !spans.is_empty();
        let listed: Vec<RawSignatory> = spans
            .into_iter()
            .flat_map(|(span, by)| list_of_signers(g, &span, by, line))
            .collect();
        if !listed.is_empty() {
            return listed;
        }
    }
    Vec::new()
}

/// A text folded as the signing phrases are written, its apostrophes and hyphens as spaces
/// ("qu’elles s’y associent": "s y associent"; "Somaram-se": "somaram se"); one character
/// for one keeps the positions.
fn folded_as_phrases(text: &str) -> String {
    fold(text)
        .chars()
        .map(|c| {
            if matches!(c, '\'' | '’' | '‘' | '-') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Where `phrase` first ends a word in `folded` at or after byte `from` ("porte par" in
/// "portee par", not in "porte parole"): the byte where it starts.
fn find_phrase(folded: &str, phrase: &str, from: usize) -> Option<usize> {
    folded[from..]
        .match_indices(phrase)
        .map(|(at, _)| from + at)
        .find(|&at| !folded[at + phrase.len()..].starts_with(char::is_alphanumeric))
}

/// The byte of `text` where byte `at` of its [`folded_as_phrases`] form falls: folding may
/// change byte lengths but keeps one character for one, so offsets map through characters.
fn in_text(text: &str, folded: &str, at: usize) -> usize {
    let chars = folded[..at].chars().count();
    text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i)
}

/// Every `[signing] signed_by` phrase of a line that does not deny signing, each with the
/// rest of its sentence after it ("... signed by A, B and C.
/// Other signatories include D, E and F.").
fn phrase_spans(text: &str) -> Vec<(String, &'static str)> {
    let folded = folded_as_phrases(text);
    let signing = &lang::all().signing;
    let mut spans: Vec<(String, &'static str)> = Vec::new();
    let mut from = 0;
    while let Some((p, phrase)) = signing
        .signed_by
        .iter()
        .filter_map(|s| find_phrase(&folded, s, from).map(|p| (p + s.len(), s)))
        .min()
    {
        let span = sentence_rest(&text[in_text(text, &folded, p)..]);
        from = p + span.len().max(1);
        while from < folded.len() && !folded.is_char_boundary(from) {
            from += 1;
        }
        if !denies_signing(&folded, p) {
            spans.push((span.to_owned(), phrase));
        }
        if from >= folded.len() {
            break;
        }
    }
    spans
}

/// The one party a sentence of joining names after its signing phrase, up to a clause
/// about it ("Do deklaracji przyłączyła się także Partia Europejskich Socjalistów (PES),
/// której przedstawiciel obserwował obrady."): a late joiner of a text that has a list.
/// The phrase holds a verb of signing (not "backed by"), and the line is a sentence, not a
/// heading ("SIGNED BY THE PARTICIPATING PARTIES").
fn joined_party(text: &str) -> Option<String> {
    if !text.trim_end().ends_with(['.', '!']) {
        return None;
    }
    phrase_spans(text).into_iter().find_map(|(span, phrase)| {
        if !super::vocab::names_signing(phrase) {
            return None;
        }
        let head = span.split([',', ';']).next().unwrap_or_default().trim();
        let item = without_leading_small_words(head);
        let one = split_list(&item).len() == 1;
        (one && item.chars().next().is_some_and(is_capital) && reads_as_party(&item) && !is_headline(&item))
            .then_some(item)
    })
}

/// Most words in lower case between a sentence's subject and its signing verb ("have
/// also", "ont également"); one article and the text's noun may stand among them too
/// ("haben den Appell").
const MAX_WORDS_BEFORE_VERB: usize = 3;

/// Most words between a headline's document noun and the link before the parties it
/// names ("Déclaration commune du ...").
const MAX_WORDS_AFTER_DOCUMENT_NOUN: usize = 2;

/// "Joint Statement of the Communist Party of Greece and the Portuguese Communist Party on
/// the war", "Gemeinsame Erklärung von DKP und KPÖ zum ...": the parties a headline names
/// after its document noun (`[headlines] document_words`) and a link (`[grammar] of_links`,
/// `[signing] agents`), up to its topic (`[headlines] topic_links`), when every item reads
/// as a party and there are two at least: `(line, signatories)`.
pub fn headline_parties(g: &Gazetteer, lines: &[Line], title: &str) -> Option<(usize, Vec<RawSignatory>)> {
    let all = lang::all();
    let title = plain(title);
    let line = lines.iter().find(|l| plain(&l.text).contains(&title))?.no;
    let words: Vec<&str> = title.split_whitespace().collect();
    let bare = |w: &str| fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let link_word = |w: &str| {
        let f = bare(w);
        all.grammar
            .of_links
            .iter()
            .any(|l| l.split(' ').next() == Some(f.as_str()))
            || all.signing.agents.contains(&f)
    };
    let document = words
        .iter()
        .position(|w| all.headlines.document_words.contains(&bare(w)))?;
    let mut at = document + 1;
    while at < words.len() && all.headlines.document_words.contains(&bare(words[at])) {
        at += 1;
    }
    let link = (at..words.len().min(at + 1 + MAX_WORDS_AFTER_DOCUMENT_NOUN))
        .find(|&k| link_word(words[k]))
        .filter(|&k| (at..k).all(|j| opens_lower(words[j])))?;
    // The topic opens at the first topic link after the first name's first word.
    let rest = &words[link + 1..];
    let folded: Vec<String> = rest.iter().map(|w| bare(w)).collect();
    let topic = (1..rest.len())
        .find(|&k| all.headlines.topic_links.phrase_at(&folded, k).is_some())
        .unwrap_or(rest.len());
    let names = rest[..topic].join(" ");
    let names = names.split([':', '–', '—']).next().unwrap_or("").trim();
    let by = bare(words[link]);
    let items: Vec<String> = split_list(names)
        .into_iter()
        .map(|i| {
            let i = after_repeated_by(&i, &by).unwrap_or(&i).to_owned();
            strip_article(&i).to_owned()
        })
        .collect();
    if items.len() < 2
        || !items
            .iter()
            .all(|i| reads_as_party(i) || super::vocab::is_acronym(i))
    {
        return None;
    }
    let read = items
        .into_iter()
        .map(|item| {
            let (party, country) = split_country_affix(g, &item);
            RawSignatory {
                as_written: entry::as_written(&item),
                party,
                country,
                person: None,
                role: None,
                line,
            }
        })
        .collect();
    Some((line, read))
}

/// Most words of one party named as a sentence's subject.
const MAX_SUBJECT_ITEM_WORDS: usize = 8;

/// Whether a word is an article written with a capital, which opens a name ("La France
/// insoumise", "Die Linke") rather than standing for grammar.
pub(crate) fn is_named_article(word: &str) -> bool {
    is_article(word) && word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is an article (`[grammar] articles`, `more_articles`).
pub(crate) fn is_article(word: &str) -> bool {
    let grammar = &lang::all().grammar;
    let f = fold(word);
    grammar.articles.contains(&f) || grammar.more_articles.contains(&f)
}

/// "Auch die KPL und die PdAB haben den Appell unterzeichnet", "The CPB and the CPI also
/// signed it": parties named as the subject before the signing verb of their sentence
/// (`[signing] verbs`, in lower case). Read only when every item of the subject reads as a
/// party (two at least), few words in lower case stand between it and the verb, and the
/// sentence denies no signing; a word before the first item's article opens the sentence
/// ("Auch", "Yesterday"), not the party.
/// The verb after a sentence's subject when the sentence presents a statement rather than
/// signs it ("Die SP Schweiz, ... und die JUSO Schweiz haben am Dienstag ... eine gemeinsame
/// Erklärung vorgestellt"): the first word in lower case after the first, no article, link
/// or conjunction, not after a comma nor before a conjunction, with two document words
/// (`[headlines] document_words`) side by side after it.
fn verb_before_a_joint_document(words: &[&str]) -> Option<usize> {
    let all = lang::all();
    let plain = |w: &str| {
        let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        opens_lower(w) && !is_article(w) && !super::vocab::is_link(w) && !all.conjunctions.plain.contains(&f)
    };
    // A name in lower case opens an item after a comma, or goes before a conjunction
    // ("..., solidaritéS und die JUSO Schweiz").
    let joins = |w: &str| all.conjunctions.plain.contains(&fold(w));
    let v = (1..words.len().saturating_sub(1))
        .find(|&k| plain(words[k]) && !words[k - 1].ends_with(',') && !joins(words[k + 1]))?;
    // Two document words side by side name a statement ("gemeinsame Erklärung", "joint
    // statement"); one alone may be anything ("joint convention", "appel à la grève").
    let is_document = |w: &str| {
        all.headlines
            .document_words
            .contains(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let document = words[v + 1..]
        .windows(2)
        .any(|p| is_document(p[0]) && is_document(p[1]));
    document.then_some(v)
}

fn subject_spans(text: &str) -> Vec<Span> {
    let verbs = &lang::all().signing.verbs;
    let mut spans = Vec::new();
    for sentence in super::sentences(text) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let signing = words.iter().position(|w| {
            opens_lower(w) && verbs.begins(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        });
        let Some(v) = signing.or_else(|| verb_before_a_joint_document(&words)) else {
            continue;
        };
        let (mut end, mut lower, mut noun) = (v, 0, false);
        while end > 0 {
            let w = words[end - 1];
            if opens_lower(w) && !w.ends_with([',', ';', ':']) {
                (end, lower) = (end - 1, lower + 1);
            } else if !noun
                && end >= 2
                && is_article(words[end - 2])
                && !looks_like_party(w)
                && !w.ends_with(',')
            {
                (end, noun) = (end - 2, true);
            } else {
                break;
            }
        }
        if end == 0 || lower > MAX_WORDS_BEFORE_VERB {
            continue;
        }
        let first_item_end = words[..end]
            .iter()
            .position(|w| w.ends_with(',') || lang::all().conjunctions.plain.contains(&fold(w)))
            .unwrap_or(end);
        let start = (1..first_item_end).find(|&k| is_article(words[k])).unwrap_or(0);
        let subject = words[start..end].join(" ");
        if subject.contains([':', ';', '.', '?', '!']) {
            continue;
        }
        // Each item names a party: a capital after its first word (which the sentence may
        // have capitalised: "Cinco partidos") or inside a word, an acronym, or a listed name;
        // and it is short.
        let named = |item: &str| {
            let words: Vec<&str> = item.split_whitespace().collect();
            words.len() <= MAX_SUBJECT_ITEM_WORDS
                && (words
                    .iter()
                    .skip(1)
                    .any(|w| w.chars().next().is_some_and(is_capital))
                    || words.iter().any(|w| super::vocab::is_acronym(w))
                    // A capital inside a word marks a name ("solidaritéS").
                    || words.iter().any(|w| w.chars().skip(1).any(char::is_uppercase))
                    || crate::reference::parties::known(item))
        };
        let mut items = split_list(&subject);
        // A headline's topic before its subject is no signer ("Gaza, Pd, M5S e Avs firmano
        // un appello"): in a headline (no full stop at its end), a first item of one word
        // that is no party, before two or more that are.
        let is_party = |i: &String| reads_as_party(strip_article(i)) && named(strip_article(i));
        let headline = !sentence.trim_end().ends_with('.');
        let topic = headline
            && items.len() > 2
            && !items[0].trim().contains(' ')
            && !is_party(&items[0])
            && items[1..].iter().all(is_party);
        if topic {
            items.remove(0);
        }
        let subject = items.join(", ");
        let parties = items.iter().filter(|i| is_party(i)).count();
        // A subject that presents a statement: every item a name, most of them parties'.
        let all_named = items.iter().all(|i| named(strip_article(i)));
        let enough = if signing.is_some() {
            parties == items.len()
        } else {
            all_named && 2 * parties > items.len()
        };
        if items.len() >= 2 && enough && !super::vocab::denies_signing(sentence) {
            spans.push((subject, None));
        }
    }
    spans
}

/// Most words between a word of signing or backing and its agent word ("Unterstützt wird
/// die Erklärung von ...").
const MAX_WORDS_BEFORE_AGENT: usize = 4;

/// "Subscreveram igualmente a Declaração, após a sua aprovação, os seguintes partidos, que
/// não puderam estar presentes: A, B e C.": a colon inside a sentence whose words before
/// it sign, back or lead in to signatories (`[signing] verbs`, `backing`, `[lead_ins]`), and deny no
/// signing, opens the list after it, up to the sentence's end.
fn colon_spans(text: &str) -> Vec<Span> {
    let Some(colon) = text.find(':') else {
        return Vec::new();
    };
    let before = &text[..colon];
    let clause = &before[before.rfind(['.', '!', '?']).map_or(0, |p| p + 1)..];
    // A word of backing says it too ("Заявление поддержали также партии, действующие ...:").
    // So does a signing phrase with words between it and the colon ("Quatre autres
    // formations s'y sont associées dans la journée de lundi : le Front ..., la ...").
    let signs = super::vocab::names_signing(clause)
        || super::vocab::is_lead_in(clause)
        || super::vocab::names_backing(clause)
        || !phrase_spans(clause).is_empty();
    let rest = sentence_rest(&text[colon + 1..]);
    // What follows is a list of names, each capitalised after its article, not a sentence
    // ("Wir, die unterzeichnenden Parteien, erklären: Die Lehre aus 1918 lautet, dass ...").
    // Items set apart by semicolons may each carry clauses about their persons ("PAIGC,
    // através do membro ...; MLSTP/PSD, pela secretária ...; e FRETILIN, representada ...").
    let names = split_list(&without_clauses_of_semicolon_items(rest));
    let all_named = names.len() >= 2
        && names
            .iter()
            .all(|i| strip_article(i).chars().next().is_some_and(char::is_uppercase));
    if !signs || !all_named || super::vocab::denies_signing(clause) {
        return Vec::new();
    }
    vec![(rest.to_owned(), None)]
}

/// "Inzwischen haben sich dem Aufruf weitere Gruppen angeschlossen, darunter die A, B und
/// C.": a `[signing] including` word after a comma whose clause before it signs or leads in
/// to signatories (and denies no signing) opens a list, up to the sentence's end.
fn including_spans(text: &str) -> Vec<Span> {
    let folded = folded_as_phrases(text);
    let including = &lang::all().signing.including;
    let mut spans = Vec::new();
    for (comma, _) in folded.match_indices(", ") {
        let rest = &folded[comma + 2..];
        let Some(word) = including
            .iter()
            .find(|w| rest.starts_with(*w) && rest[w.len()..].starts_with(' '))
        else {
            continue;
        };
        let clause_start = folded[..comma].rfind(['.', '!', '?', ';']).map_or(0, |p| p + 1);
        let clause = &text[in_text(text, &folded, clause_start)..in_text(text, &folded, comma)];
        let signs = super::vocab::names_signing(clause) || super::vocab::is_lead_in(clause);
        if !signs || super::vocab::denies_signing(clause) {
            continue;
        }
        let start = in_text(text, &folded, comma + 2 + word.len());
        spans.push((sentence_rest(&text[start..]).to_owned(), None));
    }
    spans
}

/// "endossée par A, B et C", "Unterstützt wird die Erklärung von der A, ... und der B": a
/// word of signing or backing (`[signing] verbs`, `backing`), then, within a few words of
/// the same sentence, an agent word (`[signing] agents`) of the same language (Italian's
/// "da" is Portuguese's "of"): the sentence's rest after the agent word, with that word
/// (which may open every item again: "pelo A, pelo B e pelo C").
fn agent_spans(text: &str) -> Vec<Span> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let folded_word = |w: &str| fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut spans = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let head = folded_word(words[i].1);
        let mut found = None;
        for language in lang::languages() {
            let signing = &language.words.signing;
            if !(signing.verbs.begins(&head) || signing.backing.begins(&head)) {
                continue;
            }
            for j in i + 1..words.len().min(i + 2 + MAX_WORDS_BEFORE_AGENT) {
                // The agent stays in the clause of its participle ("abaixo assinados,
                // reunidos em Brasília por ..." names no signer).
                if words[j - 1].1.ends_with(['.', '!', '?', ':', ';', ',']) {
                    break;
                }
                let (at, word) = words[j];
                if let Some(agent) = signing.agents.iter().find(|a| *a == word) {
                    found = Some((at + word.len(), agent));
                    break;
                }
            }
            if found.is_some() {
                break;
            }
        }
        let Some((after, agent)) = found else {
            i += 1;
            continue;
        };
        let span = sentence_rest(&text[after..]);
        if !denies_signing(text, words[i].0) {
            spans.push((span.to_owned(), Some(agent)));
        }
        let end = after + span.len();
        i = words.iter().position(|(at, _)| *at >= end).unwrap_or(words.len());
    }
    spans
}

/// Whether the sentence of `folded` (or plain text: the words are folded anyway) around
/// byte `at` says that someone did not sign
/// ([`super::vocab::denies_signing`]): "... hanno aderito anche A e B, che non figurano tra i
/// firmatari", "n'a pas été signé par A".
fn denies_signing(folded: &str, at: usize) -> bool {
    let start = folded[..at].rfind(['.', '!', '?']).map_or(0, |p| p + 1);
    let end = folded[at..]
        .find(['.', '!', '?'])
        .map_or(folded.len(), |p| at + p);
    super::vocab::denies_signing(&folded[start..end])
}

/// The text of a sentence after a signing phrase: up to its full stop or colon. A few words
/// before a colon announce the list after it ("signé par les organisations suivantes : A, B
/// et C"): then the list is what follows the colon.
fn sentence_rest(text: &str) -> &str {
    let t = text.trim_start_matches([':', ';', ' ', ',']);
    if let Some((announce, list)) = t.split_once(':') {
        if !announce.contains('.') && announce.split_whitespace().count() <= 4 && !list.trim().is_empty() {
            return up_to_stop(list.trim_start());
        }
    }
    // A colon after a group the list describes goes on with the group's members ("...
    // OPZZ oraz trzy organizacje lokatorskie: WSL, KOPL i PZL").
    let rest = up_to_stop(t);
    match t[rest.len()..].strip_prefix(':') {
        Some(after) if described_group_start(rest).is_some() => {
            &t[..rest.len() + 1 + up_to_stop(after).len()]
        }
        _ => rest,
    }
}

/// Most words in small letters that describe a group a colon then lists ("trzy
/// organizacje lokatorskie", "the three tenants' associations").
const MAX_GROUP_WORDS: usize = 5;

/// Where the conjunction starts that ends a list's text with a group it describes in
/// small letters, an organisation word among them, before a colon lists its members ("A, B
/// oraz trzy organizacje lokatorskie"; "A and the following youth organisations").
fn described_group_start(text: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let small = |w: &str| w.chars().all(|c| is_small_letter(c) || c == '\'' || c == '’');
    let described = words
        .iter()
        .rev()
        .take_while(|(_, w)| small(w) && !super::vocab::is_conjunction(w))
        .count();
    let at = words.len().checked_sub(described + 1)?;
    let group = &words[at + 1..];
    let organisations = group.iter().any(|(_, w)| super::vocab::is_org_word(&fold(w)));
    (described > 0
        && described <= MAX_GROUP_WORDS
        && organisations
        && super::vocab::is_conjunction(words[at].1))
    .then_some(words[at].0)
}

/// A list's text with each group it describes before a colon dropped for the group's
/// members ("A oraz trzy organizacje lokatorskie: B, C i D": "A, B, C i D").
fn without_described_groups(span: &str) -> String {
    let mut out = span.to_owned();
    let mut from = 0;
    while let Some(colon) = out[from..].find(':').map(|c| from + c) {
        match described_group_start(&out[..colon]) {
            Some(start) => {
                let start = out[..start].trim_end().len();
                out.replace_range(start..=colon, ",");
                from = start + 1;
            }
            None => from = colon + 1,
        }
    }
    out
}

/// Text up to its first colon or full stop; a dot inside a word ("ver.di") is none, nor
/// is a colon inside one before small letters ("Arbeitnehmer:innen"), nor the dot of a
/// day before its month ("den mit 14. Jänner datierten Brief"), nor that of an abbreviation
/// before a name ("der SP des Kantons St. Gallen"; `[names] place_abbreviations` and
/// `titles`).
fn up_to_stop(text: &str) -> &str {
    let inside_word =
        |i: usize| text[..i].ends_with(char::is_alphabetic) && text[i + 1..].starts_with(char::is_lowercase);
    let day_before_month = |i: usize| {
        let day = text[..i]
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap_or_default();
        (1..=2).contains(&day.len())
            && text[i + 1..]
                .split_whitespace()
                .next()
                .is_some_and(|w| super::dates::is_month(w.trim_end_matches([',', '.'])))
    };
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            (c == ':' && !inside_word(i))
                || (c == '.'
                    && !text[i + 1..].starts_with(|n: char| n.is_alphanumeric())
                    && !day_before_month(i)
                    && !super::abbreviation_before_name(text, i))
        })
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Whether text reads as a party by its words, or is a name of the bundled list ("Possibile",
/// "Psi").
fn reads_as_party(text: &str) -> bool {
    looks_like_party(text) || crate::reference::parties::known(text)
}

/// A sentence's list after a signing phrase, with the phrase's last word (which may open
/// every item again).
type Span = (String, Option<&'static str>);

/// Whether a name opens as a name and ends with a listed place: an organisation's local
/// branch ("Cgil Liguria", "Mieterinnen- und Mieterverband Zürich").
fn names_a_local_branch(text: &str) -> bool {
    opens_a_name(text) && crate::reference::places::country_at_end(text).is_some()
}

/// Most words of a local branch's name that a signing sentence lists ("Arci Liguria").
const MAX_LOCAL_BRANCH_WORDS: usize = 4;

/// Most words in lower case between a signing phrase and the first party it lists.
const MAX_LEADING_SMALL_WORDS: usize = 3;

/// The first item of a list without the small words the signing phrase leaves before it
/// ("podpisały się także Partia Zieloni": "Partia Zieloni"), when they hold no role word and
/// what is left reads as a party (so "déi Lénk" keeps its article).
fn without_leading_small_words(item: &str) -> String {
    // An elided article is a small word of its own ("anche l’ANPI": "anche", "l’", "ANPI").
    let spaced = super::vocab::unglue_elisions(item);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A weekday among them is the time of joining ("am Dienstag auch BÜNDNIS 90/DIE GRÜNEN
    // Lindau").
    let weekdays = &lang::all().dates.weekdays;
    let small = words
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_lowercase) || weekdays.contains(&fold(w)))
        .count();
    let rest = words[small.min(words.len())..].join(" ");
    // A role before the party is a chain's, not small words ("первый секретарь обкома").
    let role = words[..small].iter().any(|w| super::vocab::is_role_term(w));
    // A name that ends with a listed place is an organisation's local branch ("ihn zudem der
    // Mieterinnen- und Mieterverband Zürich").
    // "rejoints au dernier moment par Vooruit": small words that end with an agent word
    // (`[signing] agents`) before the name, however many.
    let by_agent = small > 0 && lang::all().signing.agents.contains(&fold(words[small - 1]));
    // Weekdays do not count towards the limit ("am Dienstag auch die").
    let counted = words[..small]
        .iter()
        .filter(|w| !weekdays.contains(&fold(w)))
        .count();
    // "junto a las organizaciones sindicales CCOO Aragón": a plural of organisations
    // (`[organisations] groups`) among them describes what follows; a few more may stand.
    let groups = &lang::all().organisations.groups;
    let described =
        words[..small].iter().any(|w| groups.contains(&fold(w))) && small <= MAX_LEADING_SMALL_WORDS + 3;
    if ((small > 0 && counted <= MAX_LEADING_SMALL_WORDS) || by_agent || described)
        && !role
        && (reads_as_party(&rest) || names_a_local_branch(&rest))
    {
        rest
    } else {
        item.to_owned()
    }
}

/// The first item of a list without the text it signs, set between the verb and the
/// signers ("Unterzeichnet haben die Erklärung die SPD Cottbus, ...": "SPD Cottbus";
/// `[headlines] document_words`), when a name follows.
fn without_document_object(item: &str) -> String {
    let t = strip_article(item);
    // After an article or a word in small letters, the words that describe the document
    // may come first ("den mit 14. Jänner datierten Brief die KPÖ Plus Salzburg").
    let reach = if t.len() < item.len() || opens_lower(t) {
        MAX_DOCUMENT_OBJECT_WORDS
    } else {
        1
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let after_document = words
        .iter()
        .take(reach)
        .position(|w| super::vocab::is_document_word(&fold(w)))
        .map(|k| {
            // A copula may end the clause before the list ("put their names to the text
            // are PCA ...").
            let copula = words
                .get(k + 1)
                .is_some_and(|w| lang::all().grammar.copulas.contains(&fold(w)));
            k + 1 + usize::from(copula)
        })
        .and_then(|k| words.get(k))
        .map(|next| &t[next.as_ptr() as usize - t.as_ptr() as usize..]);
    match after_document {
        Some(rest) if opens_a_name(rest) => strip_article(rest).to_owned(),
        _ => item.to_owned(),
    }
}

/// Most words of the document a signing sentence names before its list, after an article
/// ("den mit 14. Jänner datierten Brief").
const MAX_DOCUMENT_OBJECT_WORDS: usize = 6;

/// The parties a signing sentence lists after its phrase, when at least two read as
/// parties; `by` is the phrase's last word, which may open every item again ("signé par A,
/// ainsi que par B et par C").
fn list_of_signers(g: &Gazetteer, span: &str, by: Option<&str>, line: usize) -> Vec<RawSignatory> {
    let mut out = Vec::new();
    {
        let span = without_clauses_of_semicolon_items(&without_described_groups(span));
        let (items, representatives) = with_representatives(split_list(&span));
        let mut items: Vec<String> = items
            .into_iter()
            .map(|i| match by.and_then(|b| after_repeated_by(&i, b)) {
                Some(rest) => strip_article(rest).to_owned(),
                None => i,
            })
            .collect();
        if let Some(first) = items.first_mut() {
            *first = without_document_object(first);
        }
        // "делегации Федерации профсоюзов Беларуси и ...": small words before any item's name;
        // a country before it qualifies it ("per la Svizzera dai Verdi del Ticino"). Each
        // item keeps the country that qualifies it, whether a country stood before its name
        // with no office, and its representative.
        let mut items: Vec<(String, Option<usize>, bool, Option<Representative>)> = items
            .into_iter()
            .zip(representatives)
            .map(
                |(item, rep)| match super::qualifiers::country_before_name(g, &item) {
                    Some((name, country)) => {
                        // A country and no office before a name ("ukraiński Sotsialnyi Rukh", not
                        // "председатель Совета движения Николай Гусаков"): the item's words
                        // before the name's.
                        let before = item.split_whitespace().count() - name.split_whitespace().count();
                        let no_office = !item
                            .split_whitespace()
                            .take(before)
                            .any(super::vocab::is_role_word);
                        (without_leading_small_words(&name), Some(country), no_office, rep)
                    }
                    None => (
                        without_leading_small_words(without_trailing_aside(&item)),
                        None,
                        false,
                        rep,
                    ),
                },
            )
            .collect();
        // A country alone after a name is that name's ("pelo AKEL, de Chipre, pelo ...").
        let mut k = 1;
        while k < items.len() {
            match super::qualifiers::country_alone(g, &items[k].0) {
                Some(country) => {
                    let before = &mut items[k - 1].1;
                    *before = before.or(Some(country));
                    items.remove(k);
                }
                None => k += 1,
            }
        }
        // A party of the bundled list is one, whatever its name looks like ("Europa Verde",
        // "Possibile").
        // Its own article in capitals ("Die Linke") and the country it comes from
        // ("Vänsterpartiet aus Schweden") may stand with its name.
        let listed = |i: &str| {
            let known = crate::reference::parties::known;
            known(strip_article(i))
                || known(i)
                || entry::without_country_from(g, i).is_some_and(|(name, _)| known(name))
        };
        // A short name that ends with a listed place names a local branch ("Cgil Liguria").
        let local =
            |i: &str| i.split_whitespace().count() <= MAX_LOCAL_BRANCH_WORDS && names_a_local_branch(i);
        // A country before a name qualifies an organisation ("chorwacka platforma Možemo!,
        // macedońska Levica"), as a party word does, and so does the country a name comes
        // "from" ("Vasemmistoliitto from Finland").
        let from_country = |i: &str| entry::without_country_from(g, i).is_some();
        // So does a country in brackets after it ("KPÖ (Austria)", "Levica (Slovenia)").
        let affixed = |i: &str| i.ends_with(')') && split_country_affix(g, i).1.is_some();
        let partyish = items
            .iter()
            .filter(|(i, _, qualified, _)| {
                looks_like_party(i) || listed(i) || local(i) || *qualified || from_country(i) || affixed(i)
            })
            .count();
        if partyish < 2 {
            return out;
        }
        // Once two items of a signing sentence's list read as parties, the others that are
        // names count too ("Jungen Grünen", "solidaritéS", "Schweizerische Friedensrat").
        let most = partyish * 4 >= items.len();
        let named = |i: &str| {
            i.split_whitespace().count() <= 6 && i.chars().any(char::is_uppercase) && !is_headline(i)
        };
        // A clause in lower case, mostly of small words ("whose MPs sit in the Commons ..."),
        // names nobody, though it may speak of a party.
        let clause = |i: &str| {
            let words = i.split_whitespace().count();
            let capitalised = i
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_uppercase))
                .count();
            // A country's adjective at the end qualifies a name ("della Levica slovena").
            let lower_ends = i.chars().next().is_some_and(char::is_lowercase)
                && i.split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && g.lookup(w).is_none());
            i.chars().next().is_some_and(char::is_lowercase)
                && capitalised * 2 < words
                && (words > MAX_LOWERCASE_NAME_WORDS
                    // "wie die Initiatoren mitteilten": a clause that opens and ends in small
                    // letters, with no party word.
                    || (lower_ends && words >= MIN_LOWERCASE_CLAUSE_WORDS && !looks_like_party(i) && !listed(i)))
        };
        // Party words in lower case with no capital anywhere speak of parties without
        // naming one ("sottoscritta da partiti comunisti, socialisti e ...", "organisers
        // said"): no signatory, though they count towards the list; a name in lower case
        // without such a word may still be one ("éirígí").
        let party_named = |i: &str| {
            looks_like_party(i)
                && (i.chars().any(char::is_uppercase) || !i.split_whitespace().any(looks_like_party))
        };
        let parties = items
            .into_iter()
            .filter(|(i, _, _, _)| !clause(i) && (party_named(i) || listed(i) || (most && named(i))));
        for (item, qualified, _, representative) in parties {
            // The words that describe its kind went with the list's evidence; the name is
            // what signs ("the youth organisations Ung Vänster, Rød Ungdom and ...").
            let mut item = without_described_kind(&item).map_or(item.clone(), str::to_owned);
            // A chain of party, role and person among the parties, the party first ("People
            // Before Profit councillor Gráinne Moran"): the party signs, through that person.
            let chained = match (&representative, super::chain::read_chain(g, &item)) {
                (None, Some(c))
                    if c.role.is_some()
                        && !c.party.trim().is_empty()
                        && item.starts_with(c.party.as_str()) =>
                {
                    item = c.party.clone();
                    Some(c)
                }
                _ => None,
            };
            // An office of a party ("vom Präsidium der EVP Schweiz"): the party, with the
            // office as its role.
            let (role, named) = match entry::office_of_party(&item) {
                Some((role, party)) => (entry::tidy_role(&role), party),
                None => (None, item.clone()),
            };
            let (party, country) = split_country_affix(g, &named);
            let country = country.or(qualified);
            let (person, role) = match (representative, chained) {
                (Some(r), _) => (Some(r.person), r.role),
                (None, Some(c)) => (Some(c.person), c.role.and_then(|r| entry::tidy_role(&r))),
                (None, None) => (None, role),
            };
            // The name as written, without the country it comes "from" ("Vänsterpartiet aus
            // Schweden"), which no list would write beside it.
            let written = entry::without_country_from(g, &item).map_or(item.as_str(), |(name, _)| name);
            out.push(RawSignatory {
                as_written: entry::as_written(written),
                party,
                country,
                person,
                role,
                line,
            });
        }
    }
    out
}

/// The person who represents an item of a sentence's list, with their role.
struct Representative {
    person: String,
    role: Option<String>,
}

/// A sentence's items without the clauses that name their representatives, and each
/// item's representative: a clause of its own after the item that says whom it represents
/// ("Sotsialnyi Rukh, reprezentowany przez członka rady politycznej Andrija Kowala", "Die
/// Linke, w imieniu której podpisała się eurodeputowana Katrin Schäfer"), or a bracket that
/// opens with a possessive ("Levica (jej wiceprzewodniczący Dimitar Trajkovski)"). The role
/// is the office's words right before the name.
fn with_representatives(items: Vec<String>) -> (Vec<String>, Vec<Option<Representative>>) {
    let represented = &lang::all().signing.represented;
    let possessives = &lang::all().grammar.possessives;
    let mut names: Vec<String> = Vec::new();
    let mut reps: Vec<Option<Representative>> = Vec::new();
    for item in items {
        let t = item.trim();
        // "NAME (its ROLE Person)", "NAME (ROLE Person)"
        if let Some((name, inner)) = t.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
            let opens_possessive = inner
                .split_whitespace()
                .next()
                .is_some_and(|w| possessives.contains(&fold(w)));
            let rep = if opens_possessive {
                representative(inner, inner.split_once(' ').map_or("", |(_, r)| r))
            } else {
                office_and_person(inner)
            };
            if let Some(rep) = rep {
                names.push(name.trim().to_owned());
                reps.push(Some(rep));
                continue;
            }
        }
        // ", represented by ROLE Person" after an item without one.
        let folded = folded_as_phrases(t);
        let phrase_end = represented
            .iter()
            .filter_map(|p| folded.find(p).map(|at| at + p.len()))
            .min();
        if let Some(end) = phrase_end.filter(|_| opens_lower(t) && reps.last().is_some_and(Option::is_none)) {
            if let Some(rep) = representative(t, after_agent(&t[in_text(t, &folded, end)..])) {
                if let Some(last) = reps.last_mut() {
                    *last = Some(rep);
                }
                continue;
            }
        }
        names.push(item);
        reps.push(None);
    }
    (names, reps)
}

/// The person a clause ends with, and their office: the role's words right before the
/// name, or else the few words in small letters between the phrase of representing and the
/// name (`after`: "członka rady politycznej Andrija Kowala" after "reprezentowany przez").
fn representative(clause: &str, after: &str) -> Option<Representative> {
    let (rest, person) = entry::trailing_name(clause.trim_end_matches(['.', ',', ';']))?;
    // "em representação da Esquerra Republicana de Catalunya" names the party, not a person.
    if looks_like_party(&person) || crate::reference::parties::known(&person) {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut start = words.len();
    while start > 0
        && (super::vocab::is_role_term(words[start - 1])
            || (start < words.len() && super::vocab::is_link(words[start - 1])))
    {
        start -= 1;
    }
    while start < words.len() && super::vocab::is_link(words[start]) {
        start += 1;
    }
    let mut role = words[start..].join(" ");
    if role.is_empty() {
        let between: Vec<&str> = after.split_whitespace().take_while(|w| opens_lower(w)).collect();
        let verbs = &lang::all().signing.verbs;
        let signing = between.iter().any(|w| verbs.begins(&fold(w)));
        if (1..=MAX_ROLE_WORDS_AFTER_PHRASE).contains(&between.len()) && !signing {
            role = between.join(" ");
        }
    }
    Some(Representative {
        person,
        role: (!role.is_empty()).then_some(role),
    })
}

/// The person an aside after a name gives with their office and nothing else ("KPÖ Graz
/// (Klubobfrau Sandra Pichler)"): every word before the name is the role's.
fn office_and_person(aside: &str) -> Option<Representative> {
    let rep = representative(aside, "")?;
    // `representative` reads the name off the aside without its closing stops, as here.
    let words = aside.trim_end_matches(['.', ',', ';']).split_whitespace().count();
    let before_name = words - rep.person.split_whitespace().count();
    let role_words = rep.role.as_deref().map_or(0, |r| r.split_whitespace().count());
    (role_words > 0 && role_words == before_name).then_some(rep)
}

/// Most words in small letters between a phrase of representing and the name, read as the
/// representative's office.
const MAX_ROLE_WORDS_AFTER_PHRASE: usize = 4;

/// Text without the agent word that opens it ("przez członka ...": "członka ...").
fn after_agent(text: &str) -> &str {
    let t = text.trim_start();
    // The rest of a word the phrase matched the beginning of ("reprezentowan|y").
    let t = t.trim_start_matches(char::is_alphabetic).trim_start();
    match t.split_once(' ') {
        Some((w, rest)) if lang::all().signing.agents.contains(&fold(w)) => rest,
        _ => t,
    }
}

/// A list whose items are set apart by semicolons, each a name with clauses after commas
/// ("el Partido Comunista Colombiano, representado por NAME, integrante del ...; el
/// Partido Comunista Peruano, cuyo secretario ..."): each item up to its first part that
/// opens in lower case, the clauses about persons left out. Other lists are kept as they
/// are.
fn without_clauses_of_semicolon_items(span: &str) -> String {
    if span.matches(';').count() < 2 {
        return span.to_owned();
    }
    span.split(';')
        .map(|item| {
            let mut parts = item.split(',');
            let mut kept: Vec<&str> = parts.next().into_iter().collect();
            kept.extend(parts.take_while(|p| !opens_lower(p.trim_start()) || joins_a_name(p)));
            kept.join(",")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A part of a list that a conjunction opens, with at most [`MAX_LEADING_SMALL_WORDS`]
/// small words before a name (", y por la Asociación ..."): more of the list, no clause.
fn joins_a_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let plain = &lang::all().conjunctions.plain;
    let small = words.iter().take_while(|w| opens_lower(w)).count();
    words.first().is_some_and(|w| plain.contains(&fold(w)))
        && (1..=MAX_LEADING_SMALL_WORDS).contains(&small)
        && words
            .get(small)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// An item without an aside in lower case after its name that says which side it stands
/// for ("Verdes Equo Galicia en el plano político", "UGT Galicia en el sindical"): words in
/// lower case that a short word other than a link of a name opens (a conjunction only
/// before other parties), after a name of at least two capitalised words (so "Comitato per
/// la pace" stays whole).
fn without_trailing_aside(item: &str) -> &str {
    let words: Vec<&str> = item.split_whitespace().collect();
    let tail = words.iter().rev().take_while(|w| opens_lower(w)).count();
    let head = words.len() - tail;
    if tail < 2 || head < 2 {
        return item;
    }
    let opener = fold(words[head]);
    let grammar = &lang::all().grammar;
    let links = [&grammar.of_links, &grammar.articles, &grammar.more_articles];
    // "Vega – Verts et à gauche": a conjunction goes on with the name, unless what follows
    // speaks of other parties ("Sinn Féin and seven other parties").
    let others = words[head..].iter().any(|w| looks_like_party(w));
    let joins = lang::all().conjunctions.plain.contains(&opener) && !others;
    let short = opener.chars().count() <= 3 && !joins && !links.iter().any(|l| l.contains(&opener));
    let capitalised = words[..head]
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if !short || capitalised < 2 || !is_capitalised_end(words[head - 1]) {
        return item;
    }
    let cut = item.len() - words[head..].join(" ").len();
    item[..cut].trim_end()
}

/// Whether a word ends a name: it opens with a capital or a digit, or closes a bracket.
fn is_capitalised_end(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || word.ends_with(')')
}

/// An item of a signing sentence's list after the signing phrase's last word said again,
/// alone or after a few words in lower case ("par B" and "ainsi que par B" in "signé par A,
/// ainsi que par B"; "oltre che da C"): what follows it.
fn after_repeated_by<'a>(item: &'a str, by: &str) -> Option<&'a str> {
    let mut rest = item;
    for _ in 0..=MAX_LEADING_SMALL_WORDS {
        let (word, after) = rest.split_once(' ')?;
        if !word.chars().next().is_some_and(char::is_lowercase) || super::vocab::is_role_term(word) {
            return None;
        }
        if fold(word) == by {
            // What follows must open a name ("as well as by both Danish parties" names none).
            let after = after.trim_start();
            return (!strip_article(after)
                .chars()
                .next()
                .is_some_and(char::is_lowercase))
            .then_some(after);
        }
        rest = after.trim_start();
    }
    None
}

/// The signatories of a passive sentence as written: the text between its `by` word and its
/// participle, without the auxiliary ("Die Erklärung wurde von der A und der B
/// unterzeichnet"); or, with the participle first and the auxiliary after it, the text after
/// the `by` word ("Unterzeichnet wurde sie am Sonntag von der A und der B"). Words are found
/// folded, so a participle opening the sentence counts.
fn passive_span(text: &str, passive: &Passive) -> Option<String> {
    let folded = folded_as_phrases(text);
    let in_text = |at: usize| in_text(text, &folded, at);
    let by = format!(" {} ", passive.by);
    let by_at = folded.find(&by)?;
    let verb_at = folded.find(passive.verb.as_str())?;
    if by_at < verb_at {
        let span = text[in_text(by_at + by.len())..in_text(verb_at)].trim_end();
        return Some(
            span.trim_end_matches(passive.auxiliary.as_str())
                .trim()
                .to_owned(),
        );
    }
    let between = &folded[verb_at + passive.verb.len()..by_at];
    let auxiliary = format!(" {} ", passive.auxiliary);
    format!("{between} ")
        .contains(&auxiliary)
        .then(|| text[in_text(by_at + by.len())..].trim().to_owned())
}

/// The parties of a header line separated by dashes ("Communist Party of Greece –
/// Communist Party of Turkey"), if it is one.
pub fn party_header(text: &str) -> Option<Vec<String>> {
    let text = plain(text);
    let parts: Vec<String> = text
        .split(['–', '—', '·'])
        .flat_map(|p| p.split(" - "))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    (parts.len() >= 2 && parts.iter().all(|p| looks_like_party(p))).then_some(parts)
}

/// Whether a line is a header of parties separated by dashes.
pub fn is_party_header(text: &str) -> bool {
    party_header(text).is_some()
}

/// Parties named in a header line separated by dashes, among the first lines of a text:
/// `(line, parties)`.
pub fn header_parties(lines: &[Line]) -> Option<(usize, Vec<String>)> {
    lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(6)
        .find_map(|l| party_header(&l.text).map(|parts| (l.no, parts)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    /// The parties as written that [`signing_sentences`] reads in a text.
    fn signed(text: &str) -> Vec<String> {
        signing_sentences(Gazetteer::bundled(), &split_lines(text))
            .into_iter()
            .map(|s| s.as_written)
            .collect()
    }

    #[test]
    fn a_group_a_list_describes_before_a_colon_gives_way_to_its_members() {
        // Invented organisations.
        assert_eq!(
            signed(
                "Pod apelem podpisały się Partia Przykładowa, Unia Wymyślona oraz trzy \
                 organizacje lokatorskie: Stowarzyszenie Lokatorów Przykładu, Komitet Lokatorów \
                 Wzoru i Związek Lokatorów Próby."
            ),
            [
                "Partia Przykładowa",
                "Unia Wymyślona",
                "Stowarzyszenie Lokatorów Przykładu",
                "Komitet Lokatorów Wzoru",
                "Związek Lokatorów Próby",
            ]
        );
        assert_eq!(
            signed(
                "The appeal was signed by the Example Party, the Sample Alliance and two youth \
                 organisations: Young Examples and Sample Youth."
            ),
            [
                "Example Party",
                "Sample Alliance",
                "Young Examples",
                "Sample Youth"
            ]
        );
        // A colon after a name, not after a group, still ends the list.
        assert_eq!(
            described_group_start("the Example Party and the Sample Alliance"),
            None
        );
    }

    #[test]
    fn a_chain_among_the_parties_of_a_sentence_list_signs_for_its_party() {
        // Real parties, an invented councillor.
        let read: Vec<(String, Option<String>, Option<String>)> = sentence_list(
            Gazetteer::bundled(),
            &split_lines(
                "The statement was endorsed by the Communist Party of Ireland, the Workers’ Party, \
                 People Before Profit councillor Gráinne Exemplar and the Connolly Youth Movement.",
            ),
        )
        .into_iter()
        .map(|s| (s.as_written, s.person, s.role))
        .collect();
        assert_eq!(
            read[2],
            (
                "People Before Profit".to_owned(),
                Some("Gráinne Exemplar".to_owned()),
                Some("councillor".to_owned())
            )
        );
        assert_eq!(read.len(), 4);
    }

    #[test]
    fn parties_that_present_a_joint_statement_together_are_its_signers() {
        // Real parties, an invented report.
        let listed = |text: &str| -> Vec<String> {
            sentence_list(Gazetteer::bundled(), &split_lines(text))
                .into_iter()
                .map(|s| s.as_written)
                .collect()
        };
        assert_eq!(
            listed(
                "Die SP Schweiz, die Partei der Arbeit der Schweiz (PdA), solidaritéS und die JUSO \
                 Schweiz haben am Dienstag in Bern eine gemeinsame Erklärung zur Neutralität vorgestellt."
            ),
            [
                "SP Schweiz",
                "Partei der Arbeit der Schweiz (PdA)",
                "solidaritéS",
                "JUSO Schweiz"
            ]
        );
        assert_eq!(
            listed(
                "Izquierda Unida, Podemos, Compromís, el Bloque Nacionalista Galego (BNG) y EH Bildu \
                 han registrado este martes en el Congreso un manifiesto conjunto por la vivienda."
            ),
            [
                "Izquierda Unida",
                "Podemos",
                "Compromís",
                "Bloque Nacionalista Galego (BNG)",
                "EH Bildu"
            ]
        );
        // One document word alone speaks of something else.
        assert!(listed("CITU, AITUC and the AIKS hold a joint convention in Kolkata.").is_empty());
        assert!(listed("La CDT et la FNE maintiennent leur appel à la grève.").is_empty());
    }

    #[test]
    fn names_with_their_country_in_brackets_are_parties_of_a_signing_sentence() {
        // Real parties: an acronym and a one-word name that no party word marks.
        assert_eq!(
            signed("Since publication the statement has also been endorsed by the KPÖ (Austria) and by Levica (Slovenia)."),
            ["KPÖ (Austria)", "Levica (Slovenia)"]
        );
    }

    #[test]
    fn a_list_grouped_by_side_loses_its_asides_and_keeps_the_groups_joined_by_a_conjunction() {
        // Invented organisations, grouped as a Spanish report groups them.
        let got = signed(
            "El manifiesto está suscrito por el Bloque Imaginario Galego, Sumar Ejemplo y Verdes \
             Inventados Galicia en el plano político; por la Central Ficticia Galega, Sindicato \
             Modelo de Galicia y UGT Ejemplo en el sindical; por el Sindicato Labrego Inventado, y \
             por la Asociación Imaginaria de Galiza y Ecologistas en Acción Ejemplo.",
        );
        assert_eq!(
            got,
            [
                "Bloque Imaginario Galego",
                "Sumar Ejemplo",
                "Verdes Inventados Galicia",
                "Central Ficticia Galega",
                "Sindicato Modelo de Galicia",
                "UGT Ejemplo",
                "Sindicato Labrego Inventado",
                "Asociación Imaginaria de Galiza",
                "Ecologistas en Acción Ejemplo",
            ]
        );
        // A name that goes on in lower case after a conjunction stays whole; words about
        // other parties after one do not.
        assert_eq!(
            without_trailing_aside("Vega – Verts et à gauche"),
            "Vega – Verts et à gauche"
        );
        assert_eq!(
            without_trailing_aside("Sinn Féin and seven other parties"),
            "Sinn Féin"
        );
        assert_eq!(
            without_trailing_aside("Comitato per la pace"),
            "Comitato per la pace"
        );
    }

    #[test]
    fn a_hyphenated_verb_of_joining_lists_and_a_phrase_inside_a_longer_word_does_not() {
        // Real parties: "Somaram-se" written with its hyphen, the sentence wrapped as a PDF's
        // text is.
        let text = "Declaração\n\nSomaram-se à declaração, depois da sua divulgação, o Partido \
            Comunista da Suécia (SKP), o\nNovo Partido Comunista da Holanda (NCPN) e o Partido \
            Comunista do Canadá.\n";
        assert_eq!(
            signed(text),
            [
                "Partido Comunista da Suécia (SKP)",
                "Novo Partido Comunista da Holanda (NCPN)",
                "Partido Comunista do Canadá"
            ]
        );
        // "porte-parole" holds "porte par" ("portée par", carried by) but signs nothing.
        let text = "Réunion\n\nLe porte-parole du PCF, Julien Exemple, rappelle que l'intersyndicale, \
            emmenée par la CGT et la CFDT, a fixé la date.\n";
        assert_eq!(signed(text), Vec::<String>::new());
    }

    #[test]
    fn support_lent_to_the_text_before_a_colon_lists_its_backers() {
        // Real parties; French "apporté leur soutien" (lent their support), the list after a
        // colon and wrapped as a PDF's text is.
        let text = "Déclaration\n\nOnt également apporté leur soutien à la déclaration, sans avoir pu \
            être présents à\nEsch : le Parti communiste Wallonie-Bruxelles, Vega – Verts et à gauche \
            et la\nGauche démocratique et sociale (GDS).\n";
        assert_eq!(
            signed(text),
            [
                "Parti communiste Wallonie-Bruxelles",
                "Vega – Verts et à gauche",
                "Gauche démocratique et sociale (GDS)"
            ]
        );
    }

    #[test]
    fn words_that_describe_the_kind_of_the_first_item_count_for_the_list_and_then_go() {
        // Real youth organisations, whose names alone are shaped like persons' names.
        let text = "Call\n\nThe call was also endorsed by the youth organisations Vasemmistonuoret, \
            Ung Vänster, SF Ungdom and Rød Ungdom, who will campaign for it.\n";
        assert_eq!(
            signed(text),
            ["Vasemmistonuoret", "Ung Vänster", "SF Ungdom", "Rød Ungdom"]
        );
        // Words after the organisation word are no name's: a place is not one.
        let text = "Apel\n\nDeklarację podpisali przedstawiciele partii politycznych, \
            związków zawodowych i organizacji społecznych z Pomorza.\n";
        assert!(signed(text).iter().all(|w| w != "Pomorza"), "{:?}", signed(text));
    }

    #[test]
    fn a_passive_with_its_participle_first_lists_the_signers_after_its_agent_word() {
        // Real parties; the date between the auxiliary and "von", a backing participle first.
        let text = "Erklärung\n\nUnterzeichnet wurde sie am Sonntag, dem 19. Oktober 2025, von der \
            KPÖ Steiermark, LINKS und der Partei der Arbeit der Schweiz.\n\n\
            Ebenfalls unterstützt wird der Appell von der Kommunistischen Partei Luxemburgs (KPL) \
            und der Partei der Arbeit Belgiens (PTB).\n";
        assert_eq!(
            signed(text),
            [
                "KPÖ Steiermark",
                "LINKS",
                "Partei der Arbeit der Schweiz",
                "Kommunistischen Partei Luxemburgs (KPL)",
                "Partei der Arbeit Belgiens (PTB)"
            ]
        );
    }

    #[test]
    fn the_document_a_sentence_names_before_its_signers_may_carry_its_date() {
        // Invented organisations; the letter, with the day and month of its date, between
        // the verb and the signers.
        let text = "Offener Brief\n\nUnterzeichnet haben den mit 14. Jänner datierten Brief die \
            Liste Beispiel Salzburg, die Partei Muster Salzburg und die Mietervereinigung Probe.\n";
        assert_eq!(
            signed(text),
            [
                "Liste Beispiel Salzburg",
                "Partei Muster Salzburg",
                "Mietervereinigung Probe"
            ]
        );
    }

    #[test]
    fn support_declared_after_publication_signs() {
        // Real organisations; Polish "poparcie zadeklarowały" (declared their support).
        let text = "Apel\n\nPo publikacji apelu poparcie zadeklarowały również Partia Zieloni i \
            Federacja Młodych Socjaldemokratów.\n";
        assert_eq!(
            signed(text),
            ["Partia Zieloni", "Federacja Młodych Socjaldemokratów"]
        );
    }

    #[test]
    fn an_article_in_capitals_inside_a_list_is_the_names_own() {
        // Real parties; "le" and "les" in small letters are no part of a name.
        let text = "Appel\n\nIl est cosigné par le Parti socialiste, le PCF, La France insoumise, \
            Les Écologistes et les Jeunes Écologistes.\n";
        assert_eq!(
            signed(text),
            [
                "Parti socialiste",
                "PCF",
                "La France insoumise",
                "Les Écologistes",
                "Jeunes Écologistes"
            ]
        );
    }

    #[test]
    fn a_backing_word_and_its_agent_apart_list_a_second_group() {
        // Real parties beside a list; "also" between the participle and "by".
        let text = "Appeal\n\nSigned:\n\nCommunist Party of Greece\nCommunist Party of Britain\n\
            Workers' Party of Ireland\n\nThe appeal was also supported by the Socialist Party of \
            Latvia and the United Left Party of Estonia.\n\n\
            The plan is also backed by the US administration and the European Commission, the \
            officials said.\n";
        assert_eq!(
            signed(text),
            ["Socialist Party of Latvia", "United Left Party of Estonia"]
        );
    }

    #[test]
    fn a_colon_after_words_of_backing_opens_a_second_group() {
        // Real parties beside signature lines, invented signers: the phrase "поддержали
        // также", a word of backing ("supported") and a lead-in, each followed by other
        // words and a colon, then the list.
        let lines = "Заявление\n\nПредседатель ЦК КПРФ Н.А. Иванов\nПервый секретарь ЦК КПБ А.Н. Петров\n\
            Председатель ПКРМ В.Н. Сидоров\n\n";
        let text = format!(
            "{lines}Заявление поддержали также партии, действующие в условиях запрета или \
            преследований: Коммунистическая партия Латвии, Коммунистическая партия Литвы и \
            Коммунистическая партия Эстонии.\n"
        );
        assert_eq!(
            signed(&text),
            [
                "Коммунистическая партия Латвии",
                "Коммунистическая партия Литвы",
                "Коммунистическая партия Эстонии"
            ]
        );
        let text = format!(
            "{lines}The statement is further supported by parties that could not attend: the \
            Communist Party of Britain and the Workers' Party of Ireland.\n"
        );
        assert_eq!(signed(&text).len(), 2);
        let text = format!(
            "{lines}Der Erklärung schlossen sich nach Redaktionsschluss noch an: die Kommunistische \
            Partei Kubas, die Libanesische Kommunistische Partei sowie die Palästinensische \
            Volkspartei.\n"
        );
        assert_eq!(signed(&text).len(), 3);
    }

    #[test]
    fn a_list_after_including_signs_when_its_clause_does() {
        // Real organisations: "darunter" after a clause of joining; "including" after a
        // clause that speaks of no signing lists nobody.
        let text = "Brief\n\nInzwischen haben sich dem Aufruf weitere Gruppen angeschlossen, darunter \
            die Jusos Rostock, die Grüne Jugend Rostock und Fridays for Future Rostock.\n\n\
            The conference gathered many parties, including the Communist Party of Britain and \
            the Workers' Party of Ireland.\n";
        let listed: Vec<String> = sentence_list(Gazetteer::bundled(), &split_lines(text))
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(
            listed,
            [
                "Jusos Rostock",
                "Grüne Jugend Rostock",
                "Fridays for Future Rostock"
            ]
        );
    }

    #[test]
    fn a_bundled_partys_own_article_stays_on_the_first_item() {
        // Real parties; "Die Linke" opens the list, after "von".
        let text = "Erklärung\n\nGetragen wird sie von Die Linke, Enhedslisten und Rødt.\n";
        assert_eq!(signed(text), ["Die Linke", "Enhedslisten", "Rødt"]);
    }

    #[test]
    fn a_clause_or_a_bracket_after_an_item_names_its_representative() {
        // Real parties, invented persons.
        let text = "Deklaracja\n\nDokument poparli również ukraiński Sotsialnyi Rukh, reprezentowany \
            przez członka rady politycznej Jana Kowala, partia Levica (jej wiceprzewodniczący Petar \
            Petrov) oraz niemiecka Die Linke, w imieniu której podpisała się Anna Müller.\n\n\
            The appeal was also endorsed by the Party of Labour of Austria, represented by Karl \
            Huber, and the Communist Party of Britain (its general secretary John Smith).\n";
        let read: Vec<[Option<String>; 3]> = signing_sentences(Gazetteer::bundled(), &split_lines(text))
            .into_iter()
            .map(|s| [Some(s.as_written), s.person, s.role])
            .collect();
        let want = [
            ["Sotsialnyi Rukh", "Jana Kowala", "członka rady politycznej"],
            ["Levica", "Petar Petrov", "wiceprzewodniczący"],
            ["Die Linke", "Anna Müller", ""],
            ["Party of Labour of Austria", "Karl Huber", ""],
            ["Communist Party of Britain", "John Smith", "general secretary"],
        ];
        let want: Vec<[Option<String>; 3]> = want
            .iter()
            .map(|w| w.map(|t| (!t.is_empty()).then(|| t.to_owned())))
            .collect();
        assert_eq!(read, want);
        // A party after the phrase of representing is no representative.
        let text = "Declaração\n\nO texto foi subscrito pelo PCP, pelo Bloco de Esquerda e pelo \
            deputado Pere Soler i Vidal, em representação da Esquerra Republicana de Catalunya.\n";
        assert!(!signing_sentences(Gazetteer::bundled(), &split_lines(text))
            .iter()
            .any(|s| s.person.as_deref() == Some("Esquerra Republicana de Catalunya")));
    }

    #[test]
    fn a_country_a_name_comes_from_is_its_country_not_its_name() {
        // Real parties; a bundled party's name with the country it comes from is a party of
        // the list, as it is with its own article in capitals.
        let read = |text: &str| -> Vec<(String, Option<String>)> {
            signing_sentences(Gazetteer::bundled(), &split_lines(text))
                .into_iter()
                .map(|s| {
                    (
                        s.as_written,
                        s.country.map(|c| Gazetteer::bundled().get(c).name.clone()),
                    )
                })
                .collect()
        };
        let sweden = read("Erklärung\n\nGetragen wird sie von Vänsterpartiet aus Schweden und der Partei der Arbeit Österreichs.\n");
        assert_eq!(
            sweden.first(),
            Some(&("Vänsterpartiet".to_owned(), Some("Sweden".to_owned())))
        );
        let linke =
            read("Erklärung\n\nGetragen wird sie von Die Linke und der Partei der Arbeit Österreichs.\n");
        assert_eq!(linke.len(), 2);
    }

    #[test]
    fn countries_before_names_make_a_list_of_organisations() {
        // Real parties with no party word in their names; a German plural of "party" in
        // capitals before the last names describes them.
        let text = "Deklaracja\n\nDo deklaracji przyłączyły się także chorwacka platforma \
            Možemo!, macedońska Levica oraz serbski Zeleno-levi front.\n\n\
            Getragen wird sie auch von den norwegischen Parteien Rødt und Sosialistisk Venstreparti.\n";
        let read: Vec<(String, Option<String>)> = signing_sentences(Gazetteer::bundled(), &split_lines(text))
            .into_iter()
            .map(|s| {
                (
                    s.as_written,
                    s.country.map(|c| Gazetteer::bundled().get(c).name.clone()),
                )
            })
            .collect();
        let want = [
            ("Možemo!", Some("Croatia")),
            ("Levica", Some("North Macedonia")),
            ("Zeleno-levi front", Some("Serbia")),
            ("Rødt", Some("Norway")),
            ("Sosialistisk Venstreparti", None),
        ];
        assert_eq!(
            read,
            want.map(|(n, c)| (n.to_owned(), c.map(str::to_owned))).to_vec()
        );
        // A person after a country is no organisation's name.
        let text = "Обращение\n\nК обращению присоединилось Движение \"Трудовая Россия\", \
            председатель Совета движения Николай Гусаков.\n";
        assert!(!signed(text).iter().any(|s| s.contains("Гусаков")));
    }

    #[test]
    fn a_sentence_of_joining_names_one_late_joiner_but_not_a_backer_or_a_heading() {
        // Invented sentences beside a list.
        let text = "Tytuł\n\nPodpisali:\n\nPartia Testowa (PT)\nUnia Próbna (UP)\nRuch Wzorcowy (RW)\n\n\
            Do deklaracji przyłączyła się także Partia Europejskich Testów (PET), której \
            przedstawiciel obserwował obrady.\n\n\
            The plan is backed by the US administration, the officials said.\n\n\
            SIGNED BY THE PARTICIPATING PARTIES\n";
        assert_eq!(signed(text), ["Partia Europejskich Testów (PET)"]);
    }

    #[test]
    fn the_parties_that_bear_a_declaration_sign_it() {
        // Real parties' local branches and an invented one; "tragen" with the document as
        // its object.
        let got = listed_in_sentences(
            "Die Erklärung tragen DIE LINKE Jena, SPD Jena, Volt Jena und die Partei Beispiel \
            Jena.",
        );
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn every_item_of_a_signing_sentence_loses_the_small_words_before_its_name() {
        // Invented parties but one of the bundled list, named after a word in small
        // letters in the middle of the list.
        let got = listed_in_sentences(
            "El documento fue suscrito por el Partido Comunista de Ejemplo, el partido Comunes, \
            el Polo Democrático Ejemplar y el Partido del Trabajo de Muestra (PTM).",
        );
        assert_eq!(got[1], "Comunes", "{got:?}");
    }

    #[test]
    fn countries_before_and_after_items_qualify_them() {
        // Invented parties of real countries: a country before an item's name, a country
        // between commas after one, and an aside between the verb and its list.
        let g = Gazetteer::bundled();
        let read = |text: &str| -> Vec<(String, Option<String>)> {
            sentence_list(g, &split_lines(text))
                .into_iter()
                .map(|s| (s.as_written, s.country.map(|c| g.get(c).name.clone())))
                .collect()
        };
        let country = |s: &str| Some(s.to_owned());
        assert_eq!(
            read(
                "Il testo è stato sottoscritto da Partito Esempio e Partito Modello, per la Svizzera dai Verdi \
                 di Esempio e da Alternativa Modello."
            ),
            [
                ("Partito Esempio".to_owned(), None),
                ("Partito Modello".to_owned(), None),
                ("Verdi di Esempio".to_owned(), country("Switzerland")),
                ("Alternativa Modello".to_owned(), None)
            ]
        );
        assert_eq!(
            read(
                "Deklarację podpisały czeska Partia Przykładowa, Partia Wzorowa i bułgarska partia Primerni."
            ),
            [
                ("Partia Przykładowa".to_owned(), country("Czech Republic")),
                ("Partia Wzorowa".to_owned(), None),
                ("Primerni".to_owned(), country("Bulgaria"))
            ]
        );
        assert_eq!(
            read("O texto é subscrito pelo Partido Exemplar (PEX), pelo AKEL, de Chipre, e pelo Partido Modelo."),
            [
                ("Partido Exemplar (PEX)".to_owned(), None),
                ("AKEL".to_owned(), country("Cyprus")),
                ("Partido Modelo".to_owned(), None)
            ]
        );
        let aside = read("L'appel est signé, côté luxembourgeois, par le Parti Exemple et le Parti Modèle.");
        assert_eq!(aside.len(), 2, "{aside:?}");
    }

    #[test]
    fn the_text_set_before_its_signers_is_no_signer_and_a_dot_inside_a_word_ends_nothing() {
        // Invented local branches of real organisations: the object of the verb before the
        // list, and "ver.di" whose dot is no full stop.
        assert_eq!(
            listed_in_sentences(
                "Unterzeichnet haben die Erklärung die SPD Musterstadt, ver.di Musterstadt und die FDP Musterstadt."
            ),
            ["SPD Musterstadt", "ver.di Musterstadt", "FDP Musterstadt"]
        );
        // Nor does the dot of an abbreviation before a place's name.
        assert_eq!(
            listed_in_sentences(
                "Getragen wird sie von der SP des Kantons St. Gallen, der SPD Musterstadt sowie DIE LINKE Musterstadt."
            ),
            ["SP des Kantons St. Gallen", "SPD Musterstadt", "DIE LINKE Musterstadt"]
        );
    }

    #[test]
    fn a_joining_sentence_after_its_verb_lists_the_joiners_without_its_time_or_source() {
        // Invented local branches of real parties: "angeschlossen haben sich", a weekday
        // before the first name, and a clause of who said so after the last.
        assert_eq!(
            listed_in_sentences(
                "Nachträglich angeschlossen haben sich am Dienstag auch die SPD Musterstadt und die ÖDP \
                 Musterkreis, wie die Initiatoren mitteilten."
            ),
            ["SPD Musterstadt", "ÖDP Musterkreis"]
        );
        assert_eq!(
            listed_in_sentences(
                "Le texte a été signé par le PS et Ecolo, rejoints au dernier moment par Vooruit et Groen."
            ),
            ["PS", "Ecolo", "Vooruit", "Groen"]
        );
        // A name in small letters with its country's adjective is no clause.
        let listed = listed_in_sentences(
            "Il testo porta la firma del Partito Esempio, dell'Alleanza di Sinistra finlandese, di déi Lénk \
             lussemburghese, della Levica slovena e del Partito Socialista (SP) olandese.",
        );
        assert_eq!(listed.len(), 5, "{listed:?}");
        assert!(
            listed.iter().any(|l| l.ends_with("déi Lénk lussemburghese")),
            "{listed:?}"
        );
        assert!(listed.iter().any(|l| l.ends_with("Levica slovena")), "{listed:?}");
    }

    #[test]
    fn each_sentence_of_a_line_has_its_own_list() {
        // Invented local branches: a backing verb's list, then a signing phrase's in the next
        // sentence of the same paragraph; small words before a name that ends with a place.
        assert_eq!(
            listed_in_sentences(
                "Getragen wird der Aufruf von der SP Musterstadt, den Grünen Musterstadt und der EVP \
                 Musterstadt. Unterzeichnet haben ihn zudem der Mieterinnen- und Mieterverband Zürich \
                 sowie der VPOD Zürich."
            ),
            [
                "SP Musterstadt",
                "Grünen Musterstadt",
                "EVP Musterstadt",
                "Mieterinnen- und Mieterverband Zürich",
                "VPOD Zürich"
            ]
        );
    }

    #[test]
    fn local_branches_named_after_their_region_are_a_list() {
        // Invented: organisations named after a listed region join a text.
        assert_eq!(
            listed_in_sentences(
                "Al documento hanno poi aderito anche Cgil Liguria, Arci Liguria e Legambiente Liguria."
            ),
            ["Cgil Liguria", "Arci Liguria", "Legambiente Liguria"]
        );
        // Support brought to a text is signing it.
        assert_eq!(
            listed_in_sentences(
                "Ont également apporté leur soutien à cette déclaration le Parti communiste exemplaire (PCE) \
                 et le Parti du Travail modèle (PTM)."
            ),
            ["Parti communiste exemplaire (PCE)", "Parti du Travail modèle (PTM)"]
        );
    }

    #[test]
    fn a_chain_of_a_listed_partys_person_gives_it_its_person() {
        // Invented persons of real parties: the list names the parties, the next sentence
        // who signed for each, by acronym; "Grünen" is not "Jungen Grünen".
        let g = Gazetteer::bundled();
        let read: Vec<(String, Option<String>, Option<String>)> = signatories_in_prose(
            g,
            &split_lines(
                "O apelo é subscrito pelo Partido Comunista Português (PCP), pelo Partido Ecologista «Os Verdes» (PEV) \
                 e pelo Partido Comunista de Espanha (PCE).\n\n\
                 Pelo PCP assinou o membro da Comissão Política Rui Exemplo Vaz; pelo PEV, a dirigente nacional \
                 Helena Modelo Cunha.",
            ),
        )
        .into_iter()
        .map(|s| (s.as_written, s.person, s.role))
        .collect();
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            read,
            [
                (
                    "Partido Comunista Português (PCP)".to_owned(),
                    some("Rui Exemplo Vaz"),
                    some("membro da Comissão Política")
                ),
                (
                    "Partido Ecologista «Os Verdes» (PEV)".to_owned(),
                    some("Helena Modelo Cunha"),
                    some("dirigente nacional")
                ),
                ("Partido Comunista de Espanha (PCE)".to_owned(), None, None),
            ]
        );
    }

    #[test]
    fn delegations_of_a_trade_union_federation_are_an_organisation_beside_a_list() {
        // Invented organisations beside a list: "delegations of" before a name that reads
        // as an organisation's by its word for trade unions.
        let text = "Подписали:\n\nПартия Пример (ПП)\nСоюз Тестовый (СТ)\nДвижение Образец (ДО)\n\n\
            Обращение поддержали также Союз Тестов, делегации Федерации профсоюзов Примерии и\n\
            Тестовского республиканского союза молодежи, а также представитель\n\
            Коммунистической партии Образцовии.\n";
        let got = signed(text);
        assert_eq!(
            got[..3],
            [
                "Союз Тестов",
                "Федерации профсоюзов Примерии",
                "Тестовского республиканского союза молодежи"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn party_words_in_lower_case_name_no_signatory() {
        assert!(signed(
            "Pubblichiamo il testo sottoscritto da partiti comunisti, socialisti e della sinistra di numerosi paesi europei alla vigilia del vertice.\n"
        )
        .is_empty());
        assert_eq!(
            signed("The appeal has also been endorsed by the Workers' Party, Independent Left and the Communist Party of Ireland, organisers said.\n"),
            ["Workers' Party", "Independent Left", "Communist Party of Ireland"]
        );
    }

    #[test]
    fn a_colon_inside_a_signing_sentence_opens_its_list() {
        // Invented sentences after the layout of a Portuguese declaration.
        assert_eq!(
            signed("Subscreveram igualmente a Declaração, após a sua aprovação, os seguintes partidos, que não puderam estar presentes no Encontro: Partido Comunista de Cuba, Partido Comunista Sudanês e Partido do Povo Palestiniano.\n"),
            ["Partido Comunista de Cuba", "Partido Comunista Sudanês", "Partido do Povo Palestiniano"]
        );
        // Without a word of signing before the colon, or denying it, no list.
        assert!(signed("Spoke at the meeting, in this order: the Communist Party of Britain, the Labour Party and the Green Party.\n").is_empty());
        assert!(signed("The following parties did not sign it: the Communist Party of Britain, the Labour Party and the Green Party.\n").is_empty());
        // Nor when a sentence follows the colon.
        assert!(signed("Wir, die unterzeichnenden Parteien, erklären: Die Lehre lautet, dass die Arbeiterklasse eine eigene, revolutionäre Partei braucht.\n").is_empty());
    }

    #[test]
    fn plural_party_names_mark_items_of_a_list() {
        // Invented: "Democrats" and "Greens" name parties as "Party" does, so the two
        // names without such a word count as items once two items read as parties.
        assert_eq!(
            signed("The statement has also been endorsed by the Social Democrats, Solidarity Now, the Scottish Greens and Kernow First.\n"),
            ["Social Democrats", "Solidarity Now", "Scottish Greens", "Kernow First"]
        );
    }

    #[test]
    fn names_that_come_from_a_country_are_a_sentences_parties_without_party_words() {
        // Real parties' names, invented sentence.
        assert_eq!(
            signed("The statement was also endorsed by Vinstrihreyfingin from Iceland, Tjóðveldi and Vasemmistoliitto from Finland.\n"),
            ["Vinstrihreyfingin", "Tjóðveldi", "Vasemmistoliitto"]
        );
    }

    #[test]
    fn a_conjunction_inside_a_name_whose_acronym_spans_it_splits_nothing() {
        // Invented names: "PAT" spells both sides of "et"; "LD" after "et" spells only its
        // own side, a second item.
        assert_eq!(
            split_list("signée par le Parti de l’Avenir et du Travail (PAT) et la Ligue démocratique (LD)"),
            [
                "signée par le Parti de l’Avenir et du Travail (PAT)",
                "Ligue démocratique (LD)"
            ]
        );
    }

    #[test]
    fn a_listed_party_of_one_word_after_and_is_an_item_of_its_own() {
        // "Génération·s" is of the bundled list: not the end of the name before it.
        assert_eq!(
            split_list("le Parti socialiste et Génération·s"),
            ["Parti socialiste", "Génération·s"]
        );
    }

    #[test]
    fn signed_besides_by_names_more_signers() {
        // Invented: an adverb between the participle and "por".
        assert_eq!(
            signed("La declaración fue suscripta además por Nuevo Encuentro, el Partido Intransigente y el Partido Solidario, cuyos dirigentes no hablaron.\n"),
            ["Nuevo Encuentro", "Partido Intransigente", "Partido Solidario"]
        );
    }

    #[test]
    fn an_organisation_word_in_lower_case_before_a_name_opens_an_item_and_leaves_it() {
        assert_eq!(
            split_list("Polska Partia Pracy oraz stowarzyszenie Miasto Jest Nasze"),
            ["Polska Partia Pracy", "Miasto Jest Nasze"]
        );
        // A longer word in lower case before a name that reads as a party by itself.
        assert_eq!(
            split_list("UGT Extremadura y los sindicatos CCOO de Extremadura"),
            ["UGT Extremadura", "CCOO de Extremadura"]
        );
        // A name in quotes after the word (real parties).
        assert_eq!(
            split_list("Социалистическая партия Латвии, партия «Стабильности!» и «Суверенная власть»"),
            [
                "Социалистическая партия Латвии",
                "«Стабильности!»",
                "«Суверенная власть»"
            ]
        );
        assert_eq!(
            split_list("la Polska Partia Socjalistyczna i partia „Razem”"),
            ["Polska Partia Socjalistyczna", "„Razem”"]
        );
        // Words in lower case inside a name stay ("Gauche démocratique et sociale").
        assert_eq!(
            split_list("la Gauche démocratique et sociale"),
            ["Gauche démocratique et sociale"]
        );
    }

    #[test]
    fn lists_in_one_sentence_keep_names_with_and() {
        assert_eq!(
            split_list("the KKE, the Communist Party of Bohemia and Moravia and the PCP"),
            ["KKE", "Communist Party of Bohemia and Moravia", "PCP"]
        );
        // A conjunction before a lower-case word stays inside the name; two capitalised
        // words after one are the next item; a repeated preposition opens an item.
        assert_eq!(
            split_list("le NPA, Ensemble et la Gauche démocratique et sociale (GDS)"),
            ["NPA", "Ensemble", "Gauche démocratique et sociale (GDS)"]
        );
        assert_eq!(
            split_list("the Green Party and Plaid Cymru"),
            ["Green Party", "Plaid Cymru"]
        );
        // Invented: the acronym after the last word spells the whole name.
        assert_eq!(
            split_list("la Unión Popular y el Movimiento Obrero Rural y Social (MORS)"),
            ["Unión Popular", "Movimiento Obrero Rural y Social (MORS)"]
        );
        assert_eq!(
            split_list("el PCE así como Izquierda Unida"),
            ["PCE", "Izquierda Unida"]
        );
        assert_eq!(
            split_list("la CGT ainsi que par SUD-Rail"),
            ["CGT", "par SUD-Rail"]
        );
        // A side of a dash in lower case describes the list; an elided article goes; an
        // acronym and one more word are two items.
        assert_eq!(
            split_list("quatre syndicats – la CGT, l'UNSA, la FSU et Solidaires – ainsi que la FIDL"),
            ["CGT", "UNSA", "FSU", "Solidaires", "FIDL"]
        );
    }

    #[test]
    fn every_signing_phrase_of_a_paragraph_opens_its_own_list() {
        let g = Gazetteer::bundled();
        let text = "Appel\n\nLe texte est signé par le PCF, ainsi que par la CGT-Cheminots et par SUD-Rail. \
                    Le fret est un service public. Parmi les autres signataires figurent le NPA et la GDS.\n";
        let lines = split_lines(text);
        let found: Vec<String> = sentence_list(g, &lines)
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(found, ["PCF", "CGT-Cheminots", "SUD-Rail", "NPA", "GDS"]);
    }

    #[test]
    fn a_phrase_with_apostrophes_opens_its_list_as_written_without_them() {
        // Invented: "s’y associent" (typographic apostrophe) as "s y associent".
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "Appel\n\nLe texte reste ouvert à la signature. Ont fait savoir qu’elles s’y associent : \
             le Parti communiste de Mustérie, le Parti du Travail de Mustérie (PTM) et le Parti ouvrier de Mustérie.\n",
        );
        let found: Vec<String> = sentence_list(g, &lines)
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(
            found,
            [
                "Parti communiste de Mustérie",
                "Parti du Travail de Mustérie (PTM)",
                "Parti ouvrier de Mustérie"
            ]
        );
    }

    #[test]
    fn a_short_announcement_before_a_colon_leads_to_the_list_after_it() {
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "Appel commun\n\nLe document est signé par les partis suivants : le PCF, le NPA, Lutte ouvrière et le POI. Le PS ne l'a pas signé.\n",
        );
        let found: Vec<String> = sentence_list(g, &lines)
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(found, ["PCF", "NPA", "Lutte ouvrière", "POI"]);
        // A colon after a long stretch of prose that speaks of no signing is no such
        // announcement (after one that does, however long, it is: see
        // `a_colon_after_words_of_backing_opens_a_second_group`).
        let lines = split_lines(
            "Plusieurs organisations étaient réunies hier soir à Paris pour en débattre : le PCF et le NPA.\n",
        );
        assert!(sentence_list(g, &lines).is_empty());
    }

    #[test]
    fn hard_wrapped_prose_is_read_as_one_paragraph() {
        // Invented text wrapped as pdftotext wraps it, with a word split at a line's end.
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "Appel\n\nLe texte adopté à Lyon le 3 mars a été signé par le Parti communiste\n\
             français (PCF), par la Gauche républicaine et socialiste, par le Nouveau Parti anti-\n\
             capitaliste (NPA) et par Lutte ouvrière.\n",
        );
        let found: Vec<(String, usize)> = signing_sentences(g, &lines)
            .into_iter()
            .map(|s| (s.as_written, s.line))
            .collect();
        assert_eq!(
            found,
            [
                ("Parti communiste français (PCF)".to_owned(), 3),
                ("Gauche républicaine et socialiste".to_owned(), 3),
                ("Nouveau Parti anticapitaliste (NPA)".to_owned(), 3),
                ("Lutte ouvrière".to_owned(), 3),
            ]
        );
        // Short lines (a list) and lines that end a sentence are not joined.
        let kept = split_lines("Parti A\nParti B\nUne phrase assez longue qui se termine bien ici.\nSuite\n");
        assert_eq!(unwrapped(&kept), kept);
    }

    #[test]
    fn listed_parties_carry_a_signing_sentence_and_its_phrase_said_again() {
        // Invented text: two listed parties with plain names make it a list of parties; the
        // names beside them count too, a one-word name after a conjunction is an item of its
        // own, and "así como por" opens the second part.
        let found = signed(
            "El manifiesto fue firmado por Podemos, Sinistra Italiana, Verdes Equo, Anova y Compromís, así como por Geroa Bai y Chunta Aragonesista.\n",
        );
        assert_eq!(
            found,
            [
                "Podemos",
                "Sinistra Italiana",
                "Verdes Equo",
                "Anova",
                "Compromís",
                "Geroa Bai",
                "Chunta Aragonesista"
            ]
        );
        // After the phrase said again, a clause in lower case names nobody.
        let found = signed(
            "It was signed by the Communist Party of Norway and the Communist Party of Sweden, as well as by both Danish communist parties.\n",
        );
        assert_eq!(found, ["Communist Party of Norway", "Communist Party of Sweden"]);
    }

    #[test]
    fn adhesion_as_a_noun_opens_a_list_and_brackets_keep_names_whole() {
        // Invented: the signing word is a noun; a country in brackets neither splits "Boemia
        // e Moravia" nor joins two one-word names.
        let found = signed(
            "In serata hanno inviato la loro adesione anche il Partito Comunista di Boemia e Moravia (Repubblica Ceca), il Partito del Lavoro (Svizzera), Levica (Macedonia del Nord) e Levice (Repubblica Ceca).\n",
        );
        assert_eq!(
            found,
            [
                "Partito Comunista di Boemia e Moravia (Repubblica Ceca)",
                "Partito del Lavoro (Svizzera)",
                "Levica (Macedonia del Nord)",
                "Levice (Repubblica Ceca)"
            ]
        );
    }

    #[test]
    fn semicolon_items_lose_the_clauses_about_their_persons() {
        // Invented: each item a party with a clause naming its delegate.
        let found = signed(
            "A la declaración se sumaron el Partido Comunista de Bolivia, representado por Ana Quiroga, miembro del Comité Central; el Partido Socialista de los Trabajadores, cuyo secretario, Luis Rojas, leyó el texto; y el Partido del Trabajo de México, con su delegada Rosa Vidal.\n",
        );
        assert_eq!(
            found,
            [
                "Partido Comunista de Bolivia",
                "Partido Socialista de los Trabajadores",
                "Partido del Trabajo de México"
            ]
        );
    }

    #[test]
    fn backing_a_text_is_signing_it() {
        let found = signed(
            "Es un documento que también respaldan el Partido Comunista de Cantabria, Podemos y Equo Cantabria.\n",
        );
        assert_eq!(
            found,
            ["Partido Comunista de Cantabria", "Podemos", "Equo Cantabria"]
        );
    }

    #[test]
    fn a_verb_of_adhering_speaks_of_signing() {
        let found = signed(
            "Depois do encontro, aderiram também à declaração o Partido Comunista do Canadá e o Partido Comunista da Austrália.\n",
        );
        assert_eq!(
            found,
            ["Partido Comunista do Canadá", "Partido Comunista da Austrália"]
        );
    }

    #[test]
    fn a_sentence_that_denies_signing_with_a_negation_lists_no_signatory() {
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "Le texte n'a pas été signé par Lutte ouvrière, qui a publié son propre appel, ni par le Parti radical de gauche.\n",
        );
        assert!(signing_sentences(g, &lines).is_empty());
    }

    /// Party, person and role of each signatory a signing sentence of `text` lists.
    fn listed_in(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let g = Gazetteer::bundled();
        signing_sentences(g, &split_lines(text))
            .into_iter()
            .map(|s| (s.as_written, s.person, s.role))
            .collect()
    }

    #[test]
    fn a_name_with_an_aside_of_an_office_and_a_person_is_read_as_all_three() {
        let got = listed_in("Unterzeichnet haben die KPÖ Graz (Klubobfrau Sandra Pichler), die SPÖ Graz (Stadtparteivorsitzender Thomas Brunner) und der ÖGB Steiermark (Regionalsekretär Markus Temmel).\n");
        let own = |p: &str, n: &str, r: &str| (p.to_owned(), Some(n.to_owned()), Some(r.to_owned()));
        assert_eq!(
            got,
            vec![
                own("KPÖ Graz", "Sandra Pichler", "Klubobfrau"),
                own("SPÖ Graz", "Thomas Brunner", "Stadtparteivorsitzender"),
                own("ÖGB Steiermark", "Markus Temmel", "Regionalsekretär"),
            ]
        );
    }

    #[test]
    fn a_colon_inside_a_word_ends_no_list() {
        let names = signed("Unterzeichnet haben außerdem die Volkshilfe Steiermark, der Katholischen Arbeitnehmer:innen-Bewegung Steiermark und der Caritas der Diözese Graz-Seckau.\n");
        assert_eq!(
            names,
            [
                "Volkshilfe Steiermark",
                "Katholischen Arbeitnehmer:innen-Bewegung Steiermark",
                "Caritas der Diözese Graz-Seckau"
            ]
        );
    }

    #[test]
    fn a_list_bearing_the_signatures_of_its_items_ends_with_ed_as_with_e() {
        let names = signed("Il documento porta la firma di Potere al Popolo, Rifondazione Comunista, Sinistra Italiana ed Europa Verde.\n");
        assert_eq!(
            names,
            [
                "Potere al Popolo",
                "Rifondazione Comunista",
                "Sinistra Italiana",
                "Europa Verde"
            ]
        );
    }

    #[test]
    fn a_text_approved_by_parties_names_its_signers() {
        let names = signed("Au terme des échanges, la plateforme a été adoptée. Elle a été approuvée par le Parti des Travailleurs, Al Massar et le Mouvement démocratique et social (MDS).\n");
        assert_eq!(
            names,
            [
                "Parti des Travailleurs",
                "Al Massar",
                "Mouvement démocratique et social (MDS)"
            ]
        );
    }

    #[test]
    fn a_conjunction_inside_a_bundled_partys_name_joins_it() {
        assert_eq!(
            split_list("el Partido Socialista Unido de Venezuela (PSUV), el Partido Libertad y Refundación (LIBRE) de Honduras, el Frente Amplio de Uruguay y el Partido Comunista de Cuba"),
            [
                "Partido Socialista Unido de Venezuela (PSUV)",
                "Partido Libertad y Refundación (LIBRE) de Honduras",
                "Frente Amplio de Uruguay",
                "Partido Comunista de Cuba"
            ]
        );
        // A conjunction between names that make no bundled party's splits them.
        assert_eq!(
            split_list("la CGT, la FSU et Solidaires, l'UNEF"),
            ["CGT", "FSU", "Solidaires", "UNEF"]
        );
    }

    #[test]
    fn items_each_with_a_country_in_brackets_are_not_joined_at_their_conjunction() {
        let names = signed("It was endorsed by Rødt (Norway), Vasemmistoliitto (Finland), Vinstrihreyfingin – grænt framboð (Iceland), Inuit Ataqatigiit (Greenland) and Tjóðveldi (Faroe Islands).\n");
        assert_eq!(
            names,
            [
                "Rødt (Norway)",
                "Vasemmistoliitto (Finland)",
                "Vinstrihreyfingin – grænt framboð (Iceland)",
                "Inuit Ataqatigiit (Greenland)",
                "Tjóðveldi (Faroe Islands)"
            ]
        );
    }

    #[test]
    fn a_listed_party_whose_name_has_a_dash_and_small_letters_keeps_its_whole_name() {
        let names = signed("The statement was also endorsed by Inuit Ataqatigiit, Tjóðveldi and Vinstrihreyfingin – grænt framboð, which sent no delegates.\n");
        assert_eq!(
            names,
            [
                "Inuit Ataqatigiit",
                "Tjóðveldi",
                "Vinstrihreyfingin – grænt framboð"
            ]
        );
    }

    #[test]
    fn a_sentence_that_says_they_did_not_sign_lists_no_signatory() {
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "In Italia hanno aderito anche Rifondazione Comunista e il Partito Comunista Italiano, che non figurano tra i firmatari dell'appello.\n",
        );
        assert!(sentence_list(g, &lines).is_empty());
    }

    #[test]
    fn persons_with_roles_in_prose() {
        let g = Gazetteer::bundled();
        let lines = split_lines("Así lo dieron a conocer los dirigentes: Ana Gómez, miembro del Comité Central del Partido Comunista de Chile (PCCh) y Pedro Ruiz, secretario general del Partido Comunista del Perú (PCP).");
        let found = persons_in_prose(g, &lines);
        let got: Vec<(&str, Option<&str>, Option<&str>)> = found
            .iter()
            .map(|s| (s.as_written.as_str(), s.person.as_deref(), s.role.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Partido Comunista de Chile (PCCh)",
                    Some("Ana Gómez"),
                    Some("miembro del Comité Central")
                ),
                (
                    "Partido Comunista del Perú (PCP)",
                    Some("Pedro Ruiz"),
                    Some("secretario general")
                ),
            ]
        );
    }

    #[test]
    fn a_clause_after_a_role_names_no_party() {
        // Invented: a place and a party before the role, a sentence after the name.
        let g = Gazetteer::bundled();
        let lines = split_lines(
            "Chez Exemple, le président Jean Test rappelle que son parti « réclame cette reconnaissance depuis 2014 ».\n",
        );
        assert!(persons_in_prose(g, &lines).is_empty());
    }

    #[test]
    fn delegations_led_by_persons() {
        let g = Gazetteer::bundled();
        let lines = split_lines("Si è svolto un incontro tra una delegazione del Partito Comunista Italiano, guidata dal segretario nazionale Mario Rossi, e una delegazione del Partito Comunista del Vietnam, guidata da Nguyen Van An, vicecapo della Commissione Esteri.");
        let got: Vec<(String, Option<String>, Option<String>)> = delegations_in_prose(g, &lines)
            .into_iter()
            .map(|s| (s.as_written, s.person, s.role))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Partito Comunista Italiano".into(),
                    Some("Mario Rossi".into()),
                    Some("segretario nazionale".into())
                ),
                (
                    "Partito Comunista del Vietnam".into(),
                    Some("Nguyen Van An".into()),
                    Some("vicecapo della Commissione Esteri".into())
                ),
            ]
        );
    }

    #[test]
    fn german_sentence_list() {
        let g = Gazetteer::bundled();
        let lines = split_lines("Die Erklärung wurde von der Deutschen Kommunistischen Partei, der Kommunistischen Partei Griechenlands und der Partei der Arbeit Österreichs unterzeichnet.");
        let found = sentence_list(g, &lines);
        let got: Vec<&str> = found.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(
            got,
            [
                "Deutschen Kommunistischen Partei",
                "Kommunistischen Partei Griechenlands",
                "Partei der Arbeit Österreichs"
            ]
        );
    }

    /// The parties a text's sentences list, as written.
    fn listed_in_sentences(text: &str) -> Vec<String> {
        sentence_list(Gazetteer::bundled(), &split_lines(text))
            .into_iter()
            .map(|s| s.as_written)
            .collect()
    }

    #[test]
    fn parties_named_as_the_subject_of_a_signing_verb() {
        let read = listed_in_sentences;
        // Invented sentences.
        assert_eq!(
            read("Auch die Kommunistische Partei Luxemburgs und die Partei der Arbeit Belgiens haben den Appell unterzeichnet."),
            ["Kommunistische Partei Luxemburgs", "Partei der Arbeit Belgiens"]
        );
        assert_eq!(
            read("Yesterday the Communist Party of Britain and the CPI also signed the appeal."),
            ["Communist Party of Britain", "CPI"]
        );
        // A count of parties names none; many words before the verb, or a denial, make
        // the parties no subject of signing.
        assert!(read(
            "Cinco partidos, a União dos Sindicatos do Porto e duas associações assinaram o texto."
        )
        .is_empty());
        assert!(read("O PSOE e o PP nunca foram convidados a assinar o texto.").is_empty());
        assert!(read("Il Partito Comunista Libanese e il Partito del Popolo Palestinese ed è aperto a ulteriori adesioni.").is_empty());
    }

    #[test]
    fn a_backing_word_then_an_agent_word_opens_a_sentence_list() {
        let read = listed_in_sentences;
        // Invented sentences; no `[signing] signed_by` phrase in either.
        assert_eq!(
            read("La déclaration est endossée par le Parti communiste français, le Parti du Travail de Belgique et le Parti suisse du Travail."),
            ["Parti communiste français", "Parti du Travail de Belgique", "Parti suisse du Travail"]
        );
        assert_eq!(
            read("Unterstützt wird die Erklärung von der Deutschen Kommunistischen Partei und der Kommunistischen Partei Österreichs."),
            ["Deutschen Kommunistischen Partei", "Kommunistischen Partei Österreichs"]
        );
        // The agent word repeats before the last item, after the conjunction.
        assert_eq!(
            read("A moção foi subscrita pelo Partido Comunista Português, pelo Partido Socialista e pelo Partido Ecologista Os Verdes."),
            ["Partido Comunista Português", "Partido Socialista", "Partido Ecologista Os Verdes"]
        );
        // An agent word of another language, or in another clause, opens nothing.
        assert!(read("Subscrevem o comunicado o membro da Direção do Partido Comunista Português e o Partido Socialista.").is_empty());
        assert!(read("Die Regierung hat die Erklärung unterzeichnet, einem von der Partei der Arbeit und der Kommunistischen Partei geplanten Projekt.").is_empty());
    }

    #[test]
    fn small_words_before_the_first_party_of_a_list_are_no_part_of_it() {
        assert_eq!(
            super::without_leading_small_words("się także Partia Zieloni"),
            "Partia Zieloni"
        );
        // A lower-case name stays whole, and so does a role before a party.
        assert_eq!(super::without_leading_small_words("déi Lénk"), "déi Lénk");
        assert_eq!(
            super::without_leading_small_words("первый секретарь обкома КПРФ Андрей Зуев"),
            "первый секретарь обкома КПРФ Андрей Зуев"
        );
    }
    #[test]
    fn once_the_signing_paragraph_names_as_many_signers_as_the_text_claims_others_are_quoted() {
        // Invented: two parties sign; a third party's leader is asked about it later.
        let text = "Deux partis signent une déclaration commune\n\n            La déclaration porte les signatures de Nadia Exemple, secrétaire générale du Parti \
            imaginaire, et de Hédi Modèle, porte-parole du Parti fictif.\n\n            Interrogé par notre journal, Habib Essai, dirigeant du Front inventé, a salué une \
            initiative utile, tout en indiquant que sa coalition n’avait pas encore pris position.\n";
        let persons = |text: &str| -> Vec<String> {
            signatories_in_prose(Gazetteer::bundled(), &split_lines(text))
                .into_iter()
                .filter_map(|s| s.person)
                .collect()
        };
        assert_eq!(persons(text), ["Nadia Exemple", "Hédi Modèle"]);
        // Without the claim, the reader cannot tell: the third is kept.
        let unclaimed = text.replace(
            "Deux partis signent une déclaration commune",
            "Déclaration commune",
        );
        assert_eq!(
            persons(&unclaimed),
            ["Nadia Exemple", "Hédi Modèle", "Habib Essai"]
        );
    }

    #[test]
    fn parties_of_the_bundled_list_join_a_line_of_chains() {
        // Invented: a plus sign opens a party's name, and parties the list knows by a
        // plain name ("Possibile", "Psi") are read after the chains of the same line.
        let lines = split_lines(
            "A firmare sono stati il segretario del Pd Marco Neri e la portavoce di +Europa Lucia Villa. Hanno aderito anche Possibile e il Psi.\n",
        );
        let got: Vec<(String, Option<String>)> = signatories_in_prose(Gazetteer::bundled(), &lines)
            .into_iter()
            .map(|s| (s.as_written, s.person))
            .collect();
        assert_eq!(
            got,
            [
                ("Pd".to_owned(), Some("Marco Neri".to_owned())),
                ("+Europa".to_owned(), Some("Lucia Villa".to_owned())),
                ("Possibile".to_owned(), None),
                ("Psi".to_owned(), None),
            ]
        );
    }

    /// The parties as written that the whole extraction reads in a text.
    fn parties_read(text: &str) -> Vec<String> {
        crate::extract::extract(&split_lines(text))
            .signatories
            .into_iter()
            .map(|s| s.as_written)
            .collect()
    }

    #[test]
    fn a_signing_phrase_with_words_before_its_colon_opens_the_list_after_it() {
        // Invented parties: "s'y sont associées" is a phrase of signing, "dans la journée de
        // lundi" stands between it and the colon.
        let read = parties_read(
            "Déclaration commune\n\nLe texte est signé par le Parti communiste de Narnia et le Parti du \
             peuple de Ruritanie.\n\nQuatre autres formations s’y sont associées dans la journée de lundi : \
             le Front populaire de libération de Zembla (FPLZ), la Tribune démocratique progressiste \
             (Bahreïn) ainsi que le Parti des patriotes démocrates de Genovia.\n",
        );
        assert!(
            read.contains(&"Front populaire de libération de Zembla (FPLZ)".to_owned()),
            "{read:?}"
        );
        assert!(
            read.contains(&"Parti des patriotes démocrates de Genovia".to_owned()),
            "{read:?}"
        );
        assert_eq!(read.len(), 5, "{read:?}");
    }

    #[test]
    fn items_set_apart_by_semicolons_after_a_colon_keep_their_names_not_their_clauses() {
        // Real parties, invented persons.
        let read = parties_read(
            "Declaração de Luanda\n\nTambém subscreveram o documento: PAIGC, através do membro do Bureau \
             Político Armando Exemplo; MLSTP/PSD, pela secretária nacional Idalina Modelo; e FRETILIN, \
             representada pelo deputado Domingos Teste.\n",
        );
        for party in ["PAIGC", "MLSTP/PSD", "FRETILIN"] {
            assert!(read.iter().any(|r| r == party), "{party} in {read:?}");
        }
    }

    #[test]
    fn an_object_pronoun_before_the_verb_and_an_elided_article_before_a_name() {
        // Italian puts the subject after "lo hanno sottoscritto"; "l’ANPI" is "ANPI". Real
        // organisations, invented article.
        let read = parties_read(
            "Appello\n\nLo hanno sottoscritto Partito della Rifondazione Comunista, Sinistra Italiana ed \
             Europa Verde. Nel pomeriggio si sono aggiunte anche l’ANPI, l’ARCI e Legambiente.\n",
        );
        assert!(
            read.contains(&"Partito della Rifondazione Comunista".to_owned()),
            "{read:?}"
        );
        assert!(read.contains(&"ANPI".to_owned()), "{read:?}");
        assert!(!read.iter().any(|r| r.contains("anche")), "{read:?}");
    }

    #[test]
    fn a_copula_after_the_text_a_signing_phrase_names_opens_the_list() {
        // Invented parties.
        let read = parties_read(
            "Joint appeal\n\nAmong those who put their names to the text are the Communist Party of \
             Narnia, the Workers' Party of Ruritania and the Green Party of Zembla.\n",
        );
        assert_eq!(
            read,
            [
                "Communist Party of Narnia",
                "Workers' Party of Ruritania",
                "Green Party of Zembla"
            ]
        );
    }

    #[test]
    fn platforms_confederations_and_described_unions_are_listed_organisations() {
        // Invented organisations: a platform and a confederation join a list in a second
        // sentence; unions come after a plural that describes them.
        let read = parties_read(
            "Manifiesto\n\nEl texto está respaldado por el Partido Comunista de Narnia y Podemos Ruritania, \
             junto a las organizaciones sindicales CCOO Zembla y UGT Zembla. También se han sumado la \
             Plataforma de Afectados por la Hipoteca de Genovia y la Confederación Estatal de Asociaciones \
             Vecinales de Genovia (CEAVG).\n",
        );
        assert!(read.contains(&"CCOO Zembla".to_owned()), "{read:?}");
        assert!(
            read.contains(&"Plataforma de Afectados por la Hipoteca de Genovia".to_owned()),
            "{read:?}"
        );
        assert!(
            read.iter().any(|r| r.starts_with("Confederación Estatal")),
            "{read:?}"
        );
    }

    #[test]
    fn a_name_right_after_the_partys_bracket_takes_the_role_before_it() {
        // Invented persons, real unions: "a dirigente do Sindicato ... (SEP)" is Paula's role,
        // not Luís's; a slash joins organisations, never a person's names.
        let x = crate::extract::extract(&split_lines(
            "Comunicado\n\nDo lado sindical, assinam o coordenador da União dos Sindicatos de \
             Setúbal/CGTP-IN Luís Exemplo Ramos, a dirigente do Sindicato dos Enfermeiros Portugueses \
             (SEP) Paula Modelo e o porta-voz do Movimento de Utentes dos Serviços Públicos (MUSP) \
             Manuel Teste.\n",
        ));
        for s in &x.signatories {
            let person = s.person.as_deref().unwrap_or_default();
            assert!(
                !person.contains('/') && person != "Luís Exemplo Ramos",
                "{:?}",
                x.signatories
            );
        }
    }

    #[test]
    fn a_headlines_topic_is_no_signer_and_acronyms_in_small_letters_are_the_listed_ones() {
        // Real parties: a topic before the subject of a signing verb; "Pd" and "Avs" as the
        // party list writes them.
        let x = crate::extract::extract(&split_lines(
            "Titolo\n\nGaza, Pd, M5S e Avs firmano un appello unitario per la pace\n\nTesto.\n",
        ));
        let read: Vec<&str> = x.signatories.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(read, ["Pd", "M5S", "Avs"]);
    }
}
