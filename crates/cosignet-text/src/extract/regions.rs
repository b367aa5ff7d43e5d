//! Signatory regions found by evidence rather than by a lead-in. Every line left over by
//! the other readers is weighed for "this names a signatory": party-type words, a known
//! party's name or acronym, a country name or adjective, an acronym in brackets, a
//! representative's name, shortness, and no sentence (no headline, no prose, no
//! navigation). A region is a maximal run of such lines, with blank lines, page furniture,
//! country headings and representatives' lines allowed inside; it is accepted when it
//! holds at least three entries, or when a lead-in or heading shortly before supports it.
//!
//! What keeps look-alikes out: a run right after a navigation heading ("Read also",
//! "Related") is a sidebar of article titles; a line that reads as a headline (a verb, a
//! colon and a sentence, a date in brackets) or as prose ends a region; comment sections
//! are cut off before extraction.

use crate::text::fold::{is_capital, is_small_letter, opens_lower};

use super::entry::{plain, role_of_party, split_country_affix};
use super::signatories::{Found, Kind};
use super::vocab::{is_headline, is_lead_in, is_navigation, looks_like_party, opens_with_person};
use super::RawSignatory;
use crate::record::Diagnostic;
use crate::reference::countries::Gazetteer;
use crate::reference::parties;
use crate::text::fold::key;
use crate::text::lines::Line;

/// Most words a signatory line has ("Partido Comunista de los Trabajadores de España
/// (PCTE)" has seven; a representative and role may follow).
pub(super) const MAX_ENTRY_WORDS: usize = 16;
/// Most words of an unmarked line read as an entry between two entries of a list.
const MAX_BRIDGED_WORDS: usize = 8;
/// How far before a region (in non-blank lines) a lead-in or heading still supports it.
const SUPPORT_REACH: usize = 3;
/// Most words of the place that ends a regional branch's name ("Castilla-La Mancha").
const MAX_BRANCH_PLACE_WORDS: usize = 3;
/// Fewest entries that end with the same place for other lines ending with it to be entries.
const MIN_SHARED_PLACE_ENTRIES: usize = 2;
/// Most words of a line naming the document in a title block ("Gemeinsame Erklärung").
const MAX_TITLE_WORDS: usize = 6;
/// Fewest entries a region needs without a lead-in.
const MIN_UNLED_ENTRIES: usize = 3;

/// What one line says about being part of a signatory list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    /// It names a signatory.
    Entry,
    /// A signature line: a role of a party, and maybe the signer ("Секретарь ЦК КПРФ
    /// П.С. Ларионов", "Первый секретарь ЦК Коммунистической партии Таджикистана").
    Signature,
    /// It may sit inside a list: a blank line, page furniture, a country heading, a
    /// representative's "Name, role" line.
    Inside,
    /// A short line shaped like a name that no word marks as a party or a person
    /// ("Wolność i Równość"): inside a list of parties it is one more (weak evidence); it
    /// never starts a list.
    Weak,
    /// It ends a list: prose, a headline, navigation, a date line, anything unrecognised.
    Outside,
}

impl Weight {
    /// Whether the line names a signatory by strong evidence (an entry or a signature line).
    fn is_strong(self) -> bool {
        matches!(self, Weight::Entry | Weight::Signature)
    }
}

/// Most words of a weak entry.
const MAX_WEAK_WORDS: usize = 5;
/// Fewest strong entries (parties, signature lines) a region needs before its weak lines
/// count as entries.
const MIN_STRONG_FOR_WEAK: usize = 2;

/// A line shaped like a name: one to five words (a dash between them is none), the first
/// and last capitalised, the others capitalised or connectives, short ("i", "de", "and")
/// or links ("degli"); no digits, no sentence punctuation, no colon.
pub(super) fn is_name_shaped(text: &str) -> bool {
    let t = plain(text);
    let t = t.trim();
    if t.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | ';' | ',' | '"' | '«' | '|'))
    {
        return false;
    }
    // A dash between a name and its branch ("Polski Klub Ekologiczny – Okręg Dolnośląski")
    // is no word.
    let tokens: Vec<&str> = t
        .split_whitespace()
        .filter(|w| !matches!(*w, "–" | "-" | "—"))
        .collect();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(is_capital) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let connective =
        |w: &str| w.chars().all(is_small_letter) && (w.chars().count() <= 3 || super::vocab::is_link(w));
    (1..=MAX_WEAK_WORDS).contains(&tokens.len())
        && tokens.first().is_some_and(|w| capitalised(w))
        && tokens.last().is_some_and(|w| capitalised(w))
        && tokens.iter().all(|w| capitalised(w) || connective(w))
}

/// Whether a line names a party of the bundled list (whole line, or the part before a
/// country affix or bracket).
fn names_a_known_party(g: &Gazetteer, text: &str) -> bool {
    let (party, _) = split_country_affix(g, text);
    let bare = party.split(['(', '[']).next().unwrap_or(&party);
    parties::known(text) || parties::known(&party) || parties::known(bare)
}

/// Whether a line is a country's name alone (a heading inside a list grouped by country).
fn is_country_heading(g: &Gazetteer, text: &str) -> bool {
    country_heading(g, text).is_some()
}

/// The country a line names alone, as a heading does ("ESPANHA", "Italia:").
pub(super) fn country_heading(g: &Gazetteer, text: &str) -> Option<usize> {
    let t = plain(text);
    let t = t.trim().trim_end_matches(':').trim();
    if t.is_empty() {
        return None;
    }
    g.lookup_name(t)
}

/// A representative's line alone: "Laurent Bergeron", "Jana Falkner, Bundesvorsitzende".
pub fn is_person_line(text: &str) -> bool {
    let t = plain(text);
    let t = super::vocab::without_postnominals(super::vocab::after_titles(t.trim())).trim();
    if t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if opens_with_person(t) {
        return true;
    }
    // Initials and a surname ("В.П. Голованов", "J. R. Smith").
    let tokens: Vec<&str> = t.split_whitespace().collect();
    if t.contains('.') && signer_start(&tokens) == Some(0) {
        return true;
    }
    // Two to four capitalised words and nothing else; none holds an acronym
    // ("SPD-Unterbezirk Northeim-Einbeck" is an organisation), and not a listed party's
    // name ("Nowa Lewica"). A name particle may stand inside ("Ciarán Ó Dálaigh"), and a
    // conjunction between the two surnames of a name of four words ("Montserrat Prats i
    // Coll", "José Ortega y Gasset"; not between two places, "Unia Ticino e Moesa").
    let particles = &crate::lang::all().names.particles;
    let n = tokens.len();
    if !(2..=4).contains(&n) {
        return false;
    }
    // Not between places or role words ("Secretaria de Relações Internacionais").
    let place_or_role = tokens.iter().any(|t| {
        crate::reference::places::country_of(t).is_some()
            || super::vocab::is_role_word(t)
            || super::vocab::is_role_head(t)
    });
    // An organisation's branch is no person ("Bayernpartei Kreisverband Cham").
    if tokens.iter().any(|t| super::vocab::is_branch_word(t)) {
        return false;
    }
    tokens.iter().enumerate().all(|(k, w)| {
        let mut cs = w.chars();
        let inside = k > 0 && k + 1 < n && !place_or_role;
        let joins_surnames = n == 4 && k == 2 && super::vocab::is_conjunction(w);
        (cs.next().is_some_and(is_capital) && cs.any(char::is_lowercase))
            || (inside && (particles.contains(&crate::text::fold::fold(w)) || joins_surnames))
    }) && !tokens.iter().any(|w| w.split('-').any(super::is_bare_acronym))
        && !looks_like_party(t)
        && !parties::known(t)
}

/// How a line weighs; `kind` is its class as the list readers saw it.
fn weigh(g: &Gazetteer, kind: &Kind, text: &str) -> Weight {
    match kind {
        Kind::Blank | Kind::Ellipsis => return Weight::Inside,
        Kind::Date | Kind::OnBehalf(_) | Kind::LeadIn | Kind::Prose => return Weight::Outside,
        Kind::Item(..) | Kind::Paired | Kind::Text => {}
    }
    let t = match kind {
        Kind::Item(_, rest) => rest.trim().to_owned(),
        _ => text.trim().to_owned(),
    };
    if t.is_empty() {
        return Weight::Inside;
    }
    if is_navigation(&t) || is_headline(&t) || t.split_whitespace().count() > MAX_ENTRY_WORDS {
        return Weight::Outside;
    }
    if names_the_author(&t) {
        return Weight::Outside;
    }
    // A table's header row over its rows names no signatory, nor does a figure with
    // decimals ("USD 17,6400": a sidebar's exchange rates, a price, a share of the vote).
    if super::vocab::is_header_row(text) || super::vocab::has_decimal_figure(&t) {
        return Weight::Outside;
    }
    // Two clauses set apart by a semicolon are no one entry: a glossary of acronyms
    // ("Comunista dell'Ucraina; PCRM – Partito dei Comunisti della Repubblica di"), a
    // subheading ("Texto é assinado por nove legendas; PSDB e MDB não aderiram").
    if t.trim_end_matches(';').contains("; ") {
        return Weight::Outside;
    }
    // A sentence wrapped over lines: it starts in lowercase or ends in a hyphen; or a line
    // that says who proposed or translated the text ("Texte proposé par le PCF",
    // "Перевод с английского: Международный отдел ЦК КПРФ.").
    // A short name paired with its country may open in lower case ("déi Lénk (Lussemburgo)").
    let paired_short = t.split_whitespace().count() <= 6 && split_country_affix(g, &t).1.is_some();
    // An organisation's branch may too ("ver.di Bezirk Oberpfalz").
    let branch = names_a_branch(&t);
    if (opens_lower(&t) && !paired_short && !branch) || t.ends_with('-') || is_proposer_line(&t) {
        return Weight::Outside;
    }
    // A sentence: ends in a full stop after several words, or holds a bracketed date.
    let words = t.split_whitespace().count();
    if (words > 8 && t.ends_with(['.', '!', '?'])) || t.ends_with(['!', '?']) {
        return Weight::Outside;
    }
    // A line of a wrapped sentence: several words, then a comma, a link or an "and" that
    // runs on into the next line ("Comunista trafen sich am 18. und 19. Oktober 2025
    // Vertreterinnen und").
    let last = t.split_whitespace().last().unwrap_or_default();
    let and = crate::lang::all()
        .conjunctions
        .plain
        .contains(&crate::text::fold::fold(last));
    if words > 8 && (t.ends_with(',') || super::vocab::is_link(last) || and) {
        return Weight::Outside;
    }
    if signature_line(&t).is_some() {
        // "Председатель Совета СКП-КПСС," over "Председатель ЦК КПРФ А.В. Кравцов": a
        // first office of the signer on the next line, not a signatory of its own.
        if t.ends_with(',') {
            return Weight::Inside;
        }
        return Weight::Signature;
    }
    // A role alone ("Международный отдел") goes with the entry above, whatever party word
    // it holds.
    if is_role_alone(&t) {
        return Weight::Inside;
    }
    // "Jusos Northeim – Lukas Hartmann, Vorsitzender": a name with its signer and role.
    let partyish =
        looks_like_party(&t) || names_a_known_party(g, &t) || super::entry::split_person(&t).is_some();
    let paired = split_country_affix(g, &t).1.is_some() && !is_country_heading(g, &t);
    if partyish || (paired && words <= 8) || is_regional_branch(&t) || branch {
        return Weight::Entry;
    }
    // A branch word alone or first ("Kreisverband Hildesheim" under the party's name,
    // "Secção Internacional" under it in a letterhead) goes with the line above.
    let branch_word = t.split_whitespace().any(super::vocab::is_branch_word);
    // A signer's role on a line of its own ("Kreisvorsitzender", "Sprecherin des
    // Kreisvorstands") names no signatory either.
    if is_country_heading(g, &t) || is_person_line(&t) || branch_word || is_role_alone(&t) {
        return Weight::Inside;
    }
    if is_name_shaped(&t) {
        return Weight::Weak;
    }
    Weight::Outside
}

/// Whether a line names an article's author: a byline word (`[page] byline`: "By", "Por"),
/// a person's name, then a bar and more ("Por **Nerea Villalba Ortuño** | MADRID"). A
/// byline word before an organisation ("Por el Partido Comunista") opens a block instead.
fn names_the_author(text: &str) -> bool {
    let t = plain(text);
    let Some((head, _)) = t.split_once(" | ") else {
        return false;
    };
    let Some((opener, name)) = head.trim().split_once(' ') else {
        return false;
    };
    crate::lang::all().page.byline.contains(&key(opener)) && is_person_line(name.trim())
}

/// Most words of a line named as an organisation by its branch word alone.
const MAX_BRANCH_LINE_WORDS: usize = 6;

/// A short line naming an organisation's branch: an organisation's name, a branch word,
/// then a capitalised place ("SPD-Kreisverband Cham", "ver.di Bezirk Oberpfalz",
/// "Bayernpartei Kreisverband Cham"); not a department ("Secção Internacional") nor the
/// second line of a name wrapped before its branch ("Kreisverband Saarlouis").
fn names_a_branch(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let after_a_name = |k: usize| {
        let word = words[k];
        let compound = word
            .split_once('-')
            .is_some_and(|(head, _)| !head.is_empty() && !super::vocab::is_branch_word(head));
        super::vocab::is_branch_word(word) && (k > 0 || compound)
    };
    let place_after = |k: usize| {
        words
            .get(k + 1)
            .is_some_and(|w| w.chars().next().is_some_and(is_capital))
    };
    words.len() <= MAX_BRANCH_LINE_WORDS
        && !text.trim_end().ends_with(['.', '!', '?', ':', ','])
        && (0..words.len()).any(|k| after_a_name(k) && place_after(k))
}

/// A party's regional branch: a listed party's name or acronym, then a place inside a
/// country ("Podemos Extremadura", "Izquierda Unida Extremadura", "PCF Paris"), a link
/// word between them allowed ("CCOO de Extremadura").
fn is_regional_branch(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=MAX_BRANCH_PLACE_WORDS.min(words.len().saturating_sub(1))).any(|n| {
        let place = words[words.len() - n..].join(" ");
        let capital = place.chars().next().is_some_and(char::is_uppercase);
        let mut head = &words[..words.len() - n];
        if head.len() > 1 && super::vocab::is_link(head[head.len() - 1]) {
            head = &head[..head.len() - 1];
        }
        capital && crate::reference::places::country_of(&place).is_some() && parties::known(&head.join(" "))
    })
}

/// Whether a line says who proposed or initiated the text (`[signing] proposed_by`).
fn is_proposer_line(text: &str) -> bool {
    let k = format!(" {} ", key(text));
    crate::lang::all()
        .signing
        .proposed_by
        .iter()
        .any(|p| k.contains(&format!(" {p} ")))
}

/// "Kommunistische Partei der Ukraine" / "Erster Sekretär des ZK der KPU P. I. Demtschenko":
/// a signature line that names its party only by acronym (or organ: "Первый секретарь ЦК
/// П.М. Гайдученко"), with its signer, right under a party's name without initials of its
/// own: the role as written before the name, and the signer, both the name's above.
pub fn signer_for_name_above(above: &str, line: &str) -> Option<(Option<String>, String)> {
    // A line above that is an office of a party ("Секретариат ЦК Коммунистической партии
    // Таджикистана") signs on its own.
    let organ = super::vocab::names_an_organ(&format!("{} ", key(above)));
    if above.split_whitespace().any(is_initials) || organ || super::entry::office_of_party(above).is_some() {
        return None;
    }
    let (role, party, person) = signature_line(line)?;
    // "КПУ", "КПАз" (a small letter after capitals), or an acronym with its country's
    // ("ЛКСМ РФ").
    let acronym = |w: &str| {
        super::is_bare_acronym(w)
            || (super::vocab::is_acronym(w) && w.chars().take(2).all(char::is_uppercase))
    };
    let by_acronym = party.split_whitespace().all(acronym);
    let name = person.filter(|_| by_acronym)?;
    let written = plain(line);
    let role = written
        .trim()
        .strip_suffix(name.as_str())
        .map_or(role.as_str(), str::trim);
    Some((super::entry::tidy_role(role), name))
}

/// A signature line: "ROLE [organ] PARTY [Initials Surname]" where the role opens the line
/// and names the party it holds ("Председатель ПКРМ Г.И. Морару"): the role (with the
/// organ and, when the party is only an acronym, the acronym), the party, the person.
pub fn signature_line(text: &str) -> Option<(String, String, Option<String>)> {
    let t = plain(text);
    // "Valdemar Cunha Nogueira, presidente da CUT": the person first.
    if let Some((name, rest)) = super::entry::leading_name(&t) {
        if let Some((role, party, None)) = signature_line(&rest) {
            return Some((role, party, Some(name)));
        }
    }
    // "Председатель Совета СКП-КПСС, Председатель ЦК КПРФ Г.В. Рябинин": offices one after
    // another, the last of them the one of the signer's party.
    if let Some((before, after)) = t.rsplit_once(", ") {
        let first = before.split_whitespace().next().unwrap_or_default();
        let office_before = super::vocab::is_role_head(first) && !looks_like_party(first);
        if office_before {
            if let Some(found @ (_, _, Some(_))) = signature_line(after) {
                return Some(found);
            }
        }
    }
    let (name_part, person) = match trailing_signer(&t) {
        Some((rest, name)) => (rest, Some(name)),
        None => (t.clone(), None),
    };
    let (role, party) = role_of_party(&name_part).or_else(|| role_then_acronym(&name_part))?;
    let (role, party) = organ_into_role(role, party);
    // "Depute Leader, SNP" after a name: the office and the organisation of a "Name, Role,
    // Party" entry, which the entry reader splits at the commas (a comma that ends the line
    // is not one: "Председатель Совета СКП-КПСС," over the signer's next office).
    if party.trim_end().trim_end_matches(',').contains(',') {
        return None;
    }
    let first = role.split_whitespace().next()?;
    // "I sekretarz KC": an ordinal in Roman numerals before the role's head.
    let ordinal = super::vocab::ordinal_before_head(first, role.split_whitespace().nth(1));
    let opens_with_role = ordinal
        || ((super::vocab::is_role_word(first) || super::vocab::is_role_head(first))
            && !looks_like_party(first));
    let has_head = role.split_whitespace().any(super::vocab::is_role_head);
    if !opens_with_role || !has_head || party.trim().is_empty() {
        return None;
    }
    // A party named by its acronym alone stays in the role too ("Секретарь ЦК КПРФ"), and
    // after an organ with the link word before it ("Vorsitzender des ZK der KPRF", but
    // "presidente da CUT" is "presidente").
    let organ_last = role
        .split_whitespace()
        .last()
        .is_some_and(super::vocab::names_an_organ_word);
    let written = name_part.find(role.as_str()).and_then(|at| {
        let rest = &name_part[at + role.len()..];
        let links: Vec<&str> = rest
            .split_whitespace()
            .take_while(|w| organ_last && *w != party && super::vocab::is_link(w))
            .collect();
        let expected = [links.as_slice(), &[party.as_str()]].concat().join(" ");
        // `name_part` is plain text: single spaces between its words.
        rest.trim_start()
            .starts_with(&expected)
            .then(|| format!("{role} {expected}"))
    });
    let role = if let Some(written) =
        written.filter(|_| super::is_bare_acronym(&party) && !role.ends_with(party.as_str()))
    {
        written
    } else {
        let words: Vec<&str> = role.split_whitespace().collect();
        super::vocab::without_trailing_links(&words).join(" ")
    };
    Some((role, party, person))
}

/// The organ a party part opens with, moved into the role with its link word: ("Vorsitzender",
/// "ZK der KPRF") is ("Vorsitzender des ZK der", "KPRF"); ("Presidente", "CC del PCFR") is
/// ("Presidente del CC del", "PCFR").
fn organ_into_role(role: String, party: String) -> (String, String) {
    let words: Vec<&str> = party.split_whitespace().collect();
    if words.len() < 3 || !super::vocab::names_an_organ_word(words[0]) {
        return (role, party);
    }
    let Some(link) = words.iter().take(4).position(|w| super::vocab::is_link(w)) else {
        return (role, party);
    };
    if link == 0 || link + 1 >= words.len() {
        return (role, party);
    }
    let role = format!("{role} {}", words[..=link].join(" "));
    (role, words[link + 1..].join(" "))
}

/// Whether words read as a role and nothing else: "Председатель ЦК", "Первый секретарь
/// ЦК", "Председатель правления": role words (a head among the first two), organs and
/// abbreviations; link words may join them ("First Secretary of the CC CPB").
fn is_role_phrase(words: &[&str]) -> bool {
    let of_role = |w: &str| {
        super::vocab::is_role_term(w)
            || super::vocab::names_an_organ_word(w)
            || super::vocab::is_compound_organ(w)
            || super::is_bare_acronym(w)
            || super::vocab::is_roman_ordinal(w)
            || super::vocab::is_link(w)
    };
    // A capitalised word between the role's head and a word of the role or an organ names
    // the place of a branch ("Председатель Самарского регионального отделения", "Секретарь
    // Поволжского бюро").
    let place = |at: usize| {
        at > 0
            && words[at].chars().next().is_some_and(is_capital)
            && words[..at].iter().any(|w| super::vocab::is_role_head(w))
            && words.get(at + 1).is_some_and(|w| {
                !w.chars().next().is_some_and(is_capital)
                    && (super::vocab::is_role_term(w) || super::vocab::names_an_organ_word(w))
            })
    };
    words.iter().take(2).any(|w| super::vocab::is_role_head(w))
        && words.first().is_some_and(|w| !super::vocab::is_link(w))
        && words.iter().enumerate().all(|(at, w)| of_role(w) || place(at))
}

/// A line that is a role alone, without its party or signer ("Сопредседатель правления",
/// "Первый секретарь ЦК"): an abbreviation in it names an organ, not a party.
pub(super) fn is_role_alone(text: &str) -> bool {
    let t = plain(text);
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= 6
        && is_role_phrase(&words)
        && words
            .iter()
            .all(|w| !super::is_bare_acronym(w) || super::vocab::names_an_organ_word(w))
}

/// "Секретарь ЦК КПРФ": a role whose last word is the party's acronym; the role keeps it.
/// "Первый секретарь ЦК КП Казахстана", "Przewodniczący KC KP Armenii": the acronym and
/// the country it is of make the party; the role is what comes before.
fn role_then_acronym(text: &str) -> Option<(String, String)> {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    // "Председатель ЦК", "Первый секретарь ЦК", "Председатель правления": role words (a
    // head among them), organs and organ abbreviations.
    // Link words may join them ("First Secretary of the CC CPB").
    let (last, head) = words.split_last()?;
    // A party's acronym may be two ("ЛКСМ РФ"), the first no organ ("ЦК КПРФ" is an organ
    // and its party).
    if let [role @ .., first, second] = &words[..] {
        let pair = super::is_bare_acronym(first)
            && super::is_bare_acronym(second)
            && !super::vocab::names_an_organ_word(first);
        if pair && !role.is_empty() && is_role_phrase(role) && !role.iter().any(|w| super::is_bare_acronym(w))
        {
            return Some((t.to_owned(), format!("{first} {second}")));
        }
    }
    if super::is_bare_acronym(last) && is_role_phrase(head) {
        // After a comma the acronym is the party's alone ("General Secretary, CPI(M)").
        if let Some(role) = head.join(" ").strip_suffix(',') {
            return Some((role.to_owned(), (*last).to_owned()));
        }
        return Some((t.to_owned(), (*last).to_owned()));
    }
    // The acronym, then a country in one to three words.
    let g = crate::reference::countries::Gazetteer::bundled();
    (1..=3).filter(|&n| n + 2 <= words.len()).find_map(|n| {
        let at = words.len() - n - 1;
        let country = words[at + 1..].join(" ");
        let of_country = words[at + 1].chars().next().is_some_and(is_capital) && g.lookup(&country).is_some();
        (super::is_bare_acronym(words[at]) && of_country && is_role_phrase(&words[..at]))
            .then(|| (words[..at].join(" "), words[at..].join(" ")))
    })
}

/// The signer at the end of a signature line: initials and a surname ("П.С. Ларионов",
/// "J. Smith") or two to four capitalised words in mixed case ("Nazrul Islam Badal"); an
/// acronym in capitals ("КПРФ") is never part of it. `(rest, name)`.
pub(super) fn trailing_signer(text: &str) -> Option<(String, String)> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let start = signer_start(&tokens).filter(|&s| s > 0)?;
    Some((tokens[..start].join(" "), tokens[start..].join(" ")))
}

/// Initials: "П.С.", "J.", "A.K." (capitals, each with at most one more letter, and full
/// stops), those of a double first name joined by a hyphen too ("Х.-Ю.", "J.-P.").
fn is_initials(t: &str) -> bool {
    t.ends_with('.')
        && t.split('.').filter(|p| !p.is_empty()).enumerate().all(|(k, p)| {
            let p = if k > 0 {
                p.strip_prefix('-').unwrap_or(p)
            } else {
                p
            };
            p.chars().count() <= 2 && p.chars().next().is_some_and(is_capital)
        })
}

/// Where the signer's name at the end of `tokens` starts: initials and a surname, or two
/// to four capitalised words in mixed case (see [`trailing_signer`]).
fn signer_start(tokens: &[&str]) -> Option<usize> {
    // A double surname may capitalise its second part ("Ardzinba-Kvitsinia"); a particle
    // of one to three small letters may open it ("аль-Джабури", "al-Amin").
    let is_word = |t: &str| {
        let part = |p: &str| p.chars().skip(1).all(|c| c.is_lowercase() || c == '\'');
        let t = match t.split_once('-') {
            Some((particle, rest))
                if (1..=3).contains(&particle.chars().count())
                    && particle.chars().all(char::is_lowercase) =>
            {
                rest
            }
            _ => t,
        };
        t.chars().next().is_some_and(is_capital)
            && t.split('-').all(|p| !p.is_empty() && part(p))
            && t.chars().count() >= 2
            && !super::vocab::is_role_word(t)
    };
    let mut start = tokens.len();
    while start > 0 && (is_word(tokens[start - 1]) || is_initials(tokens[start - 1])) {
        start -= 1;
    }
    // Initials open the name when there are any ("Казахстана Е.С. Байжанов": the country
    // belongs to the party before it).
    if let Some(k) = tokens[start..].iter().position(|t| is_initials(t)) {
        start += k;
    }
    // "Communist Party of Sri Lanka": a country's name ends the party, not a signer's.
    start += super::entry::country_opening_a_name(tokens, start);
    let name = &tokens[start..];
    let initials = name.iter().take_while(|t| is_initials(t)).count();
    let words = name.len() - initials;
    (words >= 1 && (initials >= 1 || (2..=4).contains(&words))).then_some(start)
}

/// Reads the regions among lines no other reader used.
pub fn read_regions(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    let mut weights: Vec<Weight> = lines
        .iter()
        .zip(kinds)
        .map(|(l, k)| {
            // A line another reader took sits inside a list (part of it was read already).
            if found.used.contains(&l.no) {
                Weight::Inside
            } else {
                weigh(g, k, &l.text)
            }
        })
        .collect();
    bridge_short_lines(lines, kinds, &mut weights);
    keep_roles_between_entries_and_signers(lines, &mut weights);
    let blocks = widen_uniform_lists(g, lines, kinds, &mut weights);
    widen_shared_places(lines, &mut weights);

    let mut i = 0;
    while i < lines.len() {
        // A list opens at a strong line, or at a name right under a lead-in ("... przyłączyły
        // się także organizacje przyrodnicze z Polski, Niemiec i Czech:" / "Koalicja Ratujmy
        // Rzeki"), the lead-in being the evidence its names lack.
        // Not a column heading in capitals ("PAYS      PARTI").
        let named = (weights[i] == Weight::Weak || is_bare_name(lines, &weights, i))
            && lines[i].text.chars().any(char::is_lowercase);
        if !weights[i].is_strong() && !named {
            i += 1;
            continue;
        }
        let led = lead_in_right_above(lines, kinds, i);
        if !weights[i].is_strong() && !led {
            i += 1;
            continue;
        }
        // A list laid out alike starts with its first line, entry or not.
        let start = blocks
            .iter()
            .find(|&&(first, last)| (first..=last).contains(&i))
            .map_or(i, |&(first, _)| first.min(i));
        let led = led && start == i;
        let mut end = i;
        let mut k = i;
        while k < lines.len() && weights[k] != Weight::Outside {
            if weights[k] != Weight::Inside || !lines[k].text.trim().is_empty() {
                end = k;
            }
            k += 1;
        }
        i = end + 1;
        let region: Vec<usize> = (start..=end).collect();
        let before = support_before(lines, kinds, start);
        if before == Support::Navigation {
            continue;
        }
        let supported = before == Support::LeadIn;
        let weak = weak_entries(lines, &weights, &region, led);
        let entries = strong_entries(&weights, &region) + weak.len();
        // Signatories another reader took inside the run count too, beside two signature
        // lines of its own (then blocks of three lines); headings over a table or blocks
        // are no list.
        let taken = region
            .iter()
            .filter(|&&r| found.signatories.iter().any(|s| s.line == lines[r].no))
            .count();
        let signature_lines = region
            .iter()
            .filter(|&&r| weights[r] == Weight::Signature)
            .count();
        // Lines of a list that another reader began below them ("déi Lénk (Luxemburg)" over
        // "LSAP (Luxemburg)", "KPL (Luxemburg)", ...): no blank line apart, each of them
        // paired with a country as the list's entries are.
        let own = |r: &&usize| weights[**r].is_strong() && !found.used.contains(&lines[**r].no);
        let heads_a_taken_list = taken >= MIN_UNLED_ENTRIES
            && region.iter().all(|&r| !lines[r].text.trim().is_empty())
            && region
                .iter()
                .filter(own)
                .all(|&r| split_country_affix(g, &lines[r].text).1.is_some());
        let enough = entries >= MIN_UNLED_ENTRIES
            || (signature_lines >= 2 && entries + taken >= MIN_UNLED_ENTRIES)
            || heads_a_taken_list;
        if !enough && !supported {
            continue;
        }
        // Without a lead-in, a list whose entries are mostly read on weak evidence is a
        // site's menu ("Início", "O Partido", "Actualidade", ...), not its signatories.
        if !supported && weak.len() > strong_entries(&weights, &region) {
            continue;
        }
        // Without a lead-in, a run one of whose entries names the document ("Gemeinsame
        // Erklärung", "DEKLARACJA KOŃCOWA") is the text's title block, its organisers'
        // names included, not its signatories (a running head inside a list is no entry).
        let title_line = |r: usize| {
            (weights[r].is_strong() || weights[r] == Weight::Weak || weak.contains(&r))
                && names_the_document(&lines[r].text)
        };
        if !supported && region.iter().any(|&r| title_line(r)) {
            continue;
        }
        if !supported {
            found.diagnostics.push(Diagnostic::info(
                lines[start].no,
                format!(
                    "signatories read from a list without a lead-in (lines {}-{}, {entries} entries)",
                    lines[start].source, lines[end].source
                ),
            ));
        }
        read_region(g, lines, kinds, &weights, &region, &weak, found);
    }
}

/// Whether a line is a title naming the document: few words, the first or second a
/// document word (`[headlines] document_words`: "Gemeinsame Erklärung", "DEKLARACJA
/// KOŃCOWA", "Reykjavík Declaration on a Just"; not "Miasto Jest Wspólne").
fn names_the_document(text: &str) -> bool {
    let ws = crate::text::fold::words(text);
    (1..=MAX_TITLE_WORDS).contains(&ws.len()) && ws.iter().take(2).any(|w| super::vocab::is_document_word(w))
}

/// A short line that nothing marks as an entry, after two entries of a list and before a
/// third (blank lines aside), all indented alike, is one more on weak evidence
/// ("Linksjugend ['solid] Südniedersachsen", "ver.di Bezirk Süd-Ost-Niedersachsen" in an
/// indented list of parties): one odd line does not cut a list in two.
fn bridge_short_lines(lines: &[Line], kinds: &[Kind], weights: &mut [Weight]) {
    let blank = |k: usize| lines[k].text.trim().is_empty();
    // A line bridged before counts as one of the list's (one entry of two at least).
    let listed = |w: Weight| matches!(w, Weight::Entry | Weight::Signature | Weight::Weak);
    for i in 1..lines.len() {
        if weights[i] != Weight::Outside || !matches!(kinds[i], Kind::Item(..) | Kind::Text) {
            continue;
        }
        let t = plain(&lines[i].text);
        let t = t.trim();
        let words = t.split_whitespace().count();
        // A name: most of its words open with a capital ("Assine nossa newsletter" does not).
        let capitalised = t
            .split_whitespace()
            .filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(is_capital))
            .count();
        let short = (1..=MAX_BRIDGED_WORDS).contains(&words)
            && 2 * capitalised >= words
            && !t.ends_with(['.', '!', '?', ':'])
            && !is_navigation(t)
            && !is_headline(t);
        if !short {
            continue;
        }
        // Two entries before it, one after, all indented as it is.
        let indent = |k: usize| lines[k].text.len() - lines[k].text.trim_start().len();
        let mut before = (0..i).rev().filter(|&k| !blank(k));
        let after = (i + 1..lines.len()).find(|&k| !blank(k));
        let fits = |k: Option<usize>| k.is_some_and(|k| listed(weights[k]) && indent(k) == indent(i));
        let (b1, b2) = (before.next(), before.next());
        let one_strong = [b1, b2].iter().flatten().any(|&k| weights[k].is_strong());
        if fits(b1) && fits(b2) && one_strong && fits(after) && !t.contains('|') {
            weights[i] = Weight::Weak;
        }
    }
}

/// Fewest lines of strong evidence (parties, signature lines) a list laid out alike needs
/// before its other lines count as entries; they must also be half of its lines at least.
const MIN_UNIFORM_ENTRIES: usize = 3;
/// Most blank lines between two lines of a list laid out alike.
const MAX_UNIFORM_GAP: usize = 2;

/// Lists laid out alike: runs of short lines, each indented as the others and set apart
/// from the next by the same number of blank lines, with no sentence punctuation at their
/// ends. When half of such a run names signatories by strong evidence, its other lines
/// are entries too, on weak evidence ("Jusos Freiburg", "attac Bremen", "Eine Stadt für
/// alle (Fraktionsgemeinschaft im Gemeinderat)" in an indented list of parties): the
/// layout says they are items of one list. A run without blank lines between its lines
/// is left as it is (representatives under their parties, a sidebar's headlines under a
/// list). Returns the runs widened (first and last line indexes).
fn widen_uniform_lists(
    g: &Gazetteer,
    lines: &[Line],
    kinds: &[Kind],
    weights: &mut [Weight],
) -> Vec<(usize, usize)> {
    let indent = |k: usize| lines[k].text.len() - lines[k].text.trim_start().len();
    let fits: Vec<bool> = (0..lines.len())
        .map(|k| {
            let t = plain(&lines[k].text);
            let t = t.trim();
            matches!(kinds[k], Kind::Item(..) | Kind::Text | Kind::Paired)
                && (1..=MAX_ENTRY_WORDS).contains(&t.split_whitespace().count())
                && !t.ends_with(['.', '!', '?', ':', ';', '-'])
                && !t.contains('|')
                && !is_navigation(t)
                && !is_headline(t)
                && !is_country_heading(g, t)
        })
        .collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .collect();
    let mut blocks = Vec::new();
    let mut at = 0;
    while at < filled.len() {
        let first = at;
        let mut gap = None;
        while at + 1 < filled.len() {
            let (a, b) = (filled[at], filled[at + 1]);
            let this_gap = b - a - 1;
            let alike = fits[a]
                && fits[b]
                && indent(a) == indent(b)
                && this_gap <= MAX_UNIFORM_GAP
                && gap.is_none_or(|g| g == this_gap);
            if !alike {
                break;
            }
            gap = Some(this_gap);
            at += 1;
        }
        let run: Vec<usize> = filled[first..=at].to_vec();
        at += 1;
        let Some(gap) = gap else { continue };
        let strong = run.iter().filter(|&&k| weights[k].is_strong()).count();
        if strong < MIN_UNIFORM_ENTRIES || 2 * strong < run.len() {
            continue;
        }
        if gap == 0 {
            continue;
        }
        let persons = run.iter().filter(|&&k| is_person_line(&lines[k].text)).count();
        for &k in &run {
            let t = plain(&lines[k].text);
            let t = t.trim();
            // A name: no digits (a date line), no arrows (page links), no initials (a
            // signer's name), not a heading of the list, not "Name – role".
            let name = t.split_whitespace().count() <= MAX_BRIDGED_WORDS
                && !t.chars().any(|c| c.is_ascii_digit() || matches!(c, '<' | '>'))
                && !t.split_whitespace().any(|w| {
                    let mut cs = w.chars();
                    cs.next().is_some_and(is_capital) && cs.next() == Some('.')
                })
                && !is_lead_in(t)
                && !opens_with_person(t);
            let widen = match weights[k] {
                Weight::Outside | Weight::Weak => name,
                Weight::Inside => name && is_person_line(t) && 2 * persons < run.len(),
                Weight::Entry | Weight::Signature => false,
            };
            if widen {
                weights[k] = Weight::Weak;
            }
        }
        blocks.push((run[0], run[run.len() - 1]));
    }
    blocks
}

/// "Cgil Calabria", "Volt Calabria" beside "Rifondazione Comunista Calabria" and "Possibile
/// Calabria": in a run of lines with no blank line between them where two entries at least
/// end with the same listed place (a region or city, `data/places.toml`), every other short
/// name-like line ending with that place is an entry too (the list of one region's
/// organisations).
fn widen_shared_places(lines: &[Line], weights: &mut [Weight]) {
    let place_at_end = |t: &str| -> Option<String> {
        let last = t.split_whitespace().last()?;
        let capital = last.chars().next().is_some_and(char::is_uppercase);
        (capital && t.split_whitespace().count() > 1 && crate::reference::places::country_of(last).is_some())
            .then(|| key(last))
    };
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && !lines[end].text.trim().is_empty() {
            end += 1;
        }
        let places: Vec<Option<String>> = (start..end)
            .map(|k| place_at_end(&plain(&lines[k].text)))
            .collect();
        let entries_at = |p: &String| {
            (start..end)
                .filter(|&k| weights[k] == Weight::Entry && places[k - start].as_ref() == Some(p))
                .count()
        };
        let shared = places
            .iter()
            .flatten()
            .find(|p| entries_at(p) >= MIN_SHARED_PLACE_ENTRIES)
            .cloned();
        if let Some(shared) = shared {
            for k in start..end {
                let t = plain(&lines[k].text);
                let t = t.trim();
                let name_like = t.split_whitespace().count() <= MAX_BRIDGED_WORDS
                    && !t.contains(['.', ':', '!', '?', ';', ','])
                    && !is_navigation(t);
                if places[k - start].as_ref() == Some(&shared) && name_like && weights[k] != Weight::Signature
                {
                    weights[k] = Weight::Entry;
                }
            }
        }
        start = end + 1;
    }
}

/// What precedes a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Support {
    /// A lead-in or a heading of signatories.
    LeadIn,
    /// A navigation heading ("Read also"): the region is a sidebar.
    Navigation,
    /// Nothing either way.
    None,
}

fn support_before(lines: &[Line], kinds: &[Kind], start: usize) -> Support {
    let mut seen = 0;
    for k in (0..start).rev() {
        let t = lines[k].text.trim();
        if t.is_empty() {
            continue;
        }
        if is_navigation(t) {
            return Support::Navigation;
        }
        if leads_in(lines, kinds, k) {
            return Support::LeadIn;
        }
        seen += 1;
        if seen >= SUPPORT_REACH {
            break;
        }
    }
    Support::None
}

/// The lines of a region read as entries on weak evidence: weak lines once the region
/// holds enough strong entries, and bare names ("Unia Pracy") when they are too few to be
/// the representatives of its parties (a list that gives representatives gives them for
/// most of its parties).
fn weak_entries(lines: &[Line], weights: &[Weight], region: &[usize], led: bool) -> Vec<usize> {
    let strong = strong_entries(weights, region);
    let is_bare_name = |r: usize| is_bare_name(lines, weights, r);
    let weak_lines = region.iter().filter(|&&r| weights[r] == Weight::Weak).count();
    // Right under a lead-in, the lead-in is the evidence the names lack.
    if strong < MIN_STRONG_FOR_WEAK && !led {
        return Vec::new();
    }
    let bare_names = region.iter().filter(|&&r| is_bare_name(r)).count();
    let names_are_parties = bare_names * 2 < strong + weak_lines + bare_names;
    // Only inside the list: right under a line of it, above one of its parties, or
    // indented as every one of its parties is (not a trailing line after a blank, such as
    // a share button). A region is a run of lines. Under a lead-in, also a line set apart
    // from the one before as the list's first two lines are (one blank line each).
    let last_strong = region.iter().rposition(|&x| weights[x].is_strong());
    let indent = |r: usize| lines[r].text.len() - lines[r].text.trim_start().len();
    let mut strong_indents = region
        .iter()
        .filter(|&&x| weights[x].is_strong())
        .map(|&x| indent(x));
    let list_indent = strong_indents
        .next()
        .filter(|&d| d > 0 && strong_indents.all(|e| e == d));
    let spaced = if led {
        spaced_as_list(lines, weights, region)
    } else {
        Vec::new()
    };
    let in_list = |at: usize, r: usize| {
        let under = at > 0 && !lines[r - 1].text.trim().is_empty();
        under || last_strong.is_some_and(|l| l > at) || list_indent == Some(indent(r)) || spaced.contains(&r)
    };
    // Without a weak line, bare names count only in a list indented as every party of it
    // is ("    Ecolo Liège" between "    PTB Liège" and "    Comac Liège"), or in a run of
    // them right between two of its entries ("Legambiente Sicilia" between "Partito
    // Comunista Italiano - Federazione di Messina" and "WWF Sicilia Nord Orientale";
    // "Possibile Marche" and "Italia Viva Vallesina" between "Partito Socialista Italiano
    // – Jesi" and "CGIL Ancona").
    let entry_at = |k: usize| weights.get(k).is_some_and(|w| w.is_strong());
    // Each run of bare names looked at once: its bounds, then the lines above and below.
    let mut between_entries: Vec<usize> = Vec::new();
    if names_are_parties && weak_lines == 0 {
        let mut past = 0;
        for &r in region {
            if r < past || !is_bare_name(r) {
                continue;
            }
            let first = (0..r).rev().take_while(|&k| is_bare_name(k)).last().unwrap_or(r);
            let last = (r..weights.len())
                .take_while(|&k| is_bare_name(k))
                .last()
                .unwrap_or(r);
            if first > 0 && entry_at(first - 1) && entry_at(last + 1) {
                between_entries.extend(first..=last);
            }
            past = last + 1;
        }
    }
    let bare_name_counts = |r: usize| {
        names_are_parties
            && is_bare_name(r)
            && (weak_lines > 0 || list_indent == Some(indent(r)) || between_entries.binary_search(&r).is_ok())
    };
    region
        .iter()
        .enumerate()
        .filter(|&(at, &r)| in_list(at, r) && (weights[r] == Weight::Weak || bare_name_counts(r)))
        .map(|(_, &r)| r)
        .collect()
}

/// A line no word marks as a party's that is shaped like a name and like a person's
/// ("Unia Pracy", "Greenpeace Polska"): inside a list of parties, one more of them.
fn is_bare_name(lines: &[Line], weights: &[Weight], r: usize) -> bool {
    weights[r] == Weight::Inside && is_name_shaped(&lines[r].text) && is_person_line(&lines[r].text)
}

/// The named lines of a region (entries, weak lines, bare names) set apart from the one
/// before as its first two are, each after one blank line or none, up to the first that
/// is not (a share button after a wider gap is no entry).
fn spaced_as_list(lines: &[Line], weights: &[Weight], region: &[usize]) -> Vec<usize> {
    let named: Vec<usize> = region
        .iter()
        .copied()
        .filter(|&r| weights[r].is_strong() || weights[r] == Weight::Weak || is_bare_name(lines, weights, r))
        .collect();
    let Some(gap) = named.windows(2).next().map(|w| w[1] - w[0]) else {
        return named;
    };
    if gap > 2 {
        return Vec::new();
    }
    let blank_between = |a: usize, b: usize| (a + 1..b).all(|k| lines[k].text.trim().is_empty());
    let mut out: Vec<usize> = Vec::new();
    for r in named {
        if out.last().is_some_and(|&p| r - p != gap || !blank_between(p, r)) {
            break;
        }
        out.push(r);
    }
    out
}

/// Whether a line leads in a list: a lead-in as the list readers saw it, or one ending in
/// a colon.
fn leads_in(lines: &[Line], kinds: &[Kind], k: usize) -> bool {
    let t = lines[k].text.trim();
    kinds[k] == Kind::LeadIn || (is_lead_in(t) && t.ends_with(':'))
}

/// Whether the line above a line, blank lines aside, leads in a list.
fn lead_in_right_above(lines: &[Line], kinds: &[Kind], at: usize) -> bool {
    (0..at)
        .rev()
        .find(|&k| !lines[k].text.trim().is_empty())
        .is_some_and(|k| leads_in(lines, kinds, k))
}

/// How many lines of a region name a signatory by strong evidence (an entry or a
/// signature line).
fn strong_entries(weights: &[Weight], region: &[usize]) -> usize {
    region.iter().filter(|&&r| weights[r].is_strong()).count()
}

/// A signatory read from a signature line: its party as written (a country affix split
/// off), its person and its role.
fn signature(
    g: &Gazetteer,
    party_text: &str,
    person: Option<String>,
    role: &str,
    line: usize,
) -> RawSignatory {
    let (party, country) = split_country_affix(g, party_text);
    RawSignatory {
        as_written: super::entry::as_written(party_text),
        party,
        country,
        person,
        role: super::entry::tidy_role(role),
        line,
    }
}

/// A role alone between an entry and a person's name ("Социалистическая партия Латвии" /
/// "Сопредседатель правления" / "Л.А. Гончаров") is inside the list: the entry's role,
/// its signer below.
fn keep_roles_between_entries_and_signers(lines: &[Line], weights: &mut [Weight]) {
    for r in 1..lines.len().saturating_sub(1) {
        let between = weights[r - 1] == Weight::Entry && is_person_line(&lines[r + 1].text);
        if between && weights[r] != Weight::Signature && is_role_alone(&lines[r].text) {
            weights[r] = Weight::Inside;
        }
    }
}

/// Reads the lines of a region, given with the lines of it read on weak evidence.
fn read_region(
    g: &Gazetteer,
    lines: &[Line],
    kinds: &[Kind],
    weights: &[Weight],
    region: &[usize],
    weak: &[usize],
    found: &mut Found,
) {
    let last_line = lines.iter().rposition(|l| !l.text.trim().is_empty()).unwrap_or(0);
    // A person's line right above a signature line without a person ("Marina Lopes" /
    // "Presidenta Nacional do Partido dos Trabalhadores (PT)") is that signature's.
    let mut pending_person: Option<String> = None;
    // The line of a person given to the signature line above it (not the one below).
    let mut taken_below: Option<usize> = None;
    let strong = strong_entries(weights, region);
    // A party's line read together with the role line above it.
    let mut joined_below: Option<usize> = None;
    // A role alone given to the entry right above it; the name under it is that entry's.
    let mut role_given: Option<usize> = None;
    // A person's line given to an entry above it, and that entry: a role alone right under
    // the name is the signer's ("Michael Hoffmann" / "Kreisvorsitzender").
    let mut person_given: Option<(usize, usize)> = None;
    for (at, &r) in region.iter().enumerate() {
        if joined_below == Some(r) {
            continue;
        }
        let no = lines[r].no;
        let text = match &kinds[r] {
            Kind::Item(_, rest) => rest.trim().to_owned(),
            _ => lines[r].text.trim().to_owned(),
        };
        match weights[r] {
            Weight::Entry if r == last_line && super::signatories::ends_mid_word(g, &text) => {
                found.diagnostics.push(Diagnostic::warning(
                    no,
                    format!("last list item `{text}` looks cut off; left out"),
                ));
            }
            Weight::Entry => found.push_entry(g, &text, no),
            _ if weak.contains(&r) => {
                found.diagnostics.push(Diagnostic::info(
                    no,
                    format!(
                        "`{}` read as a signatory on weak evidence: a short name inside a list of {strong} parties",
                        plain(&text).trim()
                    ),
                ));
                found.push_entry(g, &text, no);
            }
            Weight::Signature => {
                let Some((role, party_text, person)) = signature_line(&text) else {
                    continue;
                };
                // "Первый секретарь ЦК" / "Коммунистической партии Украины   А.П. Бондарь": a
                // role whose party is only its organ, over the party's line with the signer at
                // its end: one signature.
                let organ_only = person.is_none()
                    && super::vocab::names_an_organ(&format!("{} ", key(&party_text)))
                    && region.get(at + 1) == Some(&(r + 1))
                    && weights[r + 1] == Weight::Entry;
                // "Партия Туде Ирана" / "Международный отдел ЦК": a role whose party is only
                // its organ, under an entry still without role or signer and over no entry,
                // is that entry's role.
                let under_entry = at > 0 && region[at - 1] + 1 == r && weights[r - 1] == Weight::Entry;
                let role_of_above = under_entry
                    && person.is_none()
                    && !organ_only
                    && super::vocab::names_an_organ(&format!("{} ", key(&party_text)));
                if role_of_above && found.give_role_to_entry(lines[r - 1].no, &text, no) {
                    continue;
                }
                if organ_only {
                    let below = plain(&lines[r + 1].text).trim().to_owned();
                    let (party_text, person) = match trailing_signer(&below) {
                        Some((rest, name)) if rest.split_whitespace().count() >= 2 => (rest, Some(name)),
                        _ => (below, None),
                    };
                    found.push(signature(g, &party_text, person, &text, no));
                    found.mark_used(lines[r + 1].no);
                    joined_below = Some(r + 1);
                    continue;
                }
                // The person's line may also open the region, right above.
                let above = r
                    .checked_sub(1)
                    .filter(|&p| taken_below != Some(p))
                    .map(|p| lines[p].text.as_str())
                    .filter(|t| is_person_line(t) && signature_line(t).is_none())
                    .map(|t| plain(t).trim().to_owned());
                // "Kommunistische Partei der Ukraine" / "Erster Sekretär des ZK der KPU P. I.
                // Demtschenko": a signature line naming its party by acronym right under an
                // entry still without a signer gives that entry its signer and role (the
                // role as written before the name). Not under an entry with a signer of its
                // own ("Председатель правления СПЛ И.В. Лебедев").
                let under_entry = at > 0 && region[at - 1] + 1 == r && weights[r - 1] == Weight::Entry;
                if under_entry && found.sign_entry_above(&lines[r - 1].text, lines[r - 1].no, &text, no) {
                    continue;
                }
                let person = person.or(pending_person.take()).or(above);
                found.push(signature(g, &party_text, person, &role, no));
            }
            // "Социалистическая партия Латвии" / "Сопредседатель правления" / "Л.А.
            // Гончаров": a role alone under an entry still without role or signer.
            Weight::Inside if is_role_alone(&text) => {
                let above = at > 0 && region[at - 1] + 1 == r;
                if let Some((_, signer)) = person_given.filter(|&(p, _)| above && p + 1 == r) {
                    let entry = &mut found.signatories[signer];
                    if entry.role.is_none() {
                        entry.role = super::entry::tidy_role(&plain(&text));
                        found.mark_used(no);
                    }
                    continue;
                }
                if above && found.give_role_to_entry(lines[r - 1].no, &text, no) {
                    role_given = Some(r);
                }
            }
            Weight::Inside if is_person_line(&text) => {
                let next = region.get(at + 1).copied();
                let signs_next = next.is_some_and(|n| {
                    n == r + 1
                        && weights[n] == Weight::Signature
                        && signature_line(&lines[n].text).is_some_and(|(_, _, p)| p.is_none())
                });
                // "Председатель ЦК КПРФ" / "Н.П. Стрельцов" / "Первый секретарь ЦК КПУ" /
                // ...: right under a signature line still without its person, the name is
                // that signature's, though another such line follows.
                let under_bare_signature = at > 0
                    && region[at - 1] + 1 == r
                    && (weights[r - 1] == Weight::Signature || role_given == Some(r - 1))
                    && found
                        .signatories
                        .last()
                        .is_some_and(|s| s.person.is_none() && s.line == lines[r - 1].no);
                if under_bare_signature {
                    // On the signature's own source line too (`<br>` between them).
                    if let Some(last) = found.signatories.last_mut() {
                        last.person = Some(plain(&text).trim().to_owned());
                    }
                    found.mark_used(no);
                    taken_below = Some(r);
                } else if signs_next {
                    pending_person = Some(plain(&text).trim().to_owned());
                } else if let Some(signer) = found.attach_person_at(&text, no) {
                    person_given = Some((r, signer));
                }
            }
            Weight::Inside | Weight::Weak | Weight::Outside => {}
        }
    }
}

#[cfg(test)]
mod tests {
    fn read(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        super::super::signatories::read_names(text)
    }

    #[test]
    fn branches_of_organisations_are_entries_of_a_bare_list_and_no_persons() {
        // Real organisations, invented letter: a bare list of local branches under the
        // place and date; the first and a lower-case one are entries by their branch word,
        // and none is the person of the line above.
        let text = "Offener Brief\n\nWir fordern Sie auf, die Geburtshilfe zu sichern.\n\n\
            Cham, den 15. Oktober 2024\n\nSPD-Kreisverband Cham\nÖDP Kreisverband Cham\n\
            DIE LINKE Kreisverband Cham\nBayernpartei Kreisverband Cham\nver.di Bezirk Oberpfalz\n\
            DGB Kreisverband Cham\n";
        let got: Vec<(String, Option<String>)> = read(text).into_iter().map(|(a, p, _)| (a, p)).collect();
        let want = [
            "SPD-Kreisverband Cham",
            "ÖDP Kreisverband Cham",
            "DIE LINKE Kreisverband Cham",
            "Bayernpartei Kreisverband Cham",
            "ver.di Bezirk Oberpfalz",
            "DGB Kreisverband Cham",
        ];
        assert_eq!(got, want.map(|a| (a.to_owned(), None)).to_vec());
    }

    #[test]
    fn a_role_alone_under_a_signers_name_is_the_signers() {
        // Real parties, invented persons: a bare list of party branches, each with its
        // signer's name and role on lines of their own; the role line is no signatory.
        let text = "Saarlouiser Erklärung\n\nWir fordern den Erhalt des Werks.\n\n\n\
            SPD-Kreisverband Saarlouis\n\nMichael Hofmeister\nKreisvorsitzender\n\n\n\
            BÜNDNIS 90/DIE GRÜNEN\nKreisverband Saarlouis\nLea Bachmann\nSprecherin des Kreisvorstands\n\n\n\
            FDP Kreisverband Saarlouis\n\nThomas Lorenz\nKreisvorsitzender\n";
        let got = read(text);
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(
            got,
            [
                (
                    "SPD-Kreisverband Saarlouis",
                    Some("Michael Hofmeister"),
                    Some("Kreisvorsitzender")
                ),
                (
                    "BÜNDNIS 90/DIE GRÜNEN",
                    Some("Lea Bachmann"),
                    Some("Sprecherin des Kreisvorstands")
                ),
                (
                    "FDP Kreisverband Saarlouis",
                    Some("Thomas Lorenz"),
                    Some("Kreisvorsitzender")
                ),
            ]
        );
    }

    #[test]
    fn a_branch_word_first_is_no_entry_of_its_own() {
        // The second line of a name wrapped before its branch, and a department in a
        // letterhead, sit inside a list without being entries; a branch after a name is one.
        use super::{weigh, Kind, Weight};
        let g = crate::reference::countries::Gazetteer::bundled();
        let weight = |t: &str| weigh(g, &Kind::Text, t);
        assert_eq!(weight("Kreisverband Hildesheim"), Weight::Inside);
        assert_eq!(weight("Secção Internacional"), Weight::Inside);
        assert_eq!(weight("ver.di Bezirk Oberpfalz"), Weight::Entry);
        assert_eq!(weight("SPD-Kreisverband Cham"), Weight::Entry);
    }

    #[test]
    fn lines_of_a_wrapped_sentence_that_name_parties_are_no_list() {
        // Invented: a hard-wrapped opening paragraph whose lines name parties and end in a
        // link, an "and" or a comma.
        let text = "Beispielerklärung\n\n\
            Auf Einladung der Föderation Musterstadt der Partito della Rifondazione\n\
            Comunista trafen sich am 18. und 19. Oktober 2025 Vertreterinnen und\n\
            Vertreter von Parteien aus Österreich, der Schweiz, Deutschland, Italien,\n\
            Ungarn und der Slowakei im Gewerkschaftshaus in der Beispielstraße.\n";
        assert_eq!(read(text), []);
    }

    #[test]
    fn a_bare_name_indented_as_every_party_is_an_entry_not_a_person() {
        // Invented: a list indented alike with blank lines between its entries; "Groen
        // Gent" and "Vooruit Gent" are shaped like persons' names but sit as entries do.
        let text = "Oproep\n\nWij vragen de stad om gratis openbaar vervoer voor iedereen.\n\n\
            \x20   PVDA Gent\n\n\
            \x20   Groen Gent\n\n\
            \x20   Socialistische Partij Anders Gent\n\n\
            \x20   ACV Gent-Eeklo\n\n\
            \x20   ABVV Gent\n\n\
            \x20   Vooruit Gent\n\n\
            Wil je mee tekenen? Stuur ons een bericht.\n";
        let got: Vec<(String, Option<String>)> =
            read(text).into_iter().map(|(p, person, _)| (p, person)).collect();
        let parties: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            parties,
            [
                "PVDA Gent",
                "Groen Gent",
                "Socialistische Partij Anders Gent",
                "ACV Gent-Eeklo",
                "ABVV Gent",
                "Vooruit Gent"
            ]
        );
        assert!(got.iter().all(|(_, person)| person.is_none()), "{got:?}");
    }

    #[test]
    fn a_list_laid_out_alike_is_read_whole_when_half_of_it_names_parties() {
        // Invented: an indented list, one blank line between entries; the first two lines
        // and two lines in a row in the middle have no party word, one opens in lower case.
        let text = "Aufruf\n\nWir laden alle ein, am Samstag zur Kundgebung zu kommen.\n\n[...]\n\n\
            \x20   Mieterinitiative Nordstadt\n\n\
            \x20   Bürgerforum Weserufer\n\n\
            \x20   DIE LINKE Kreisverband Hameln\n\n\
            \x20   DKP Hameln\n\n\
            \x20   Grüne Jugend Hameln\n\n\
            \x20   attac Hameln\n\n\
            \x20   SPD-Ortsverein Hameln-Mitte\n\n\
            \x20   Sozialistische Jugend Hameln\n\n\
            \x20   Kommunistische Plattform Hameln\n\n\
            Weitere Gruppen können sich bis Freitag per E-Mail anschließen.\n";
        let got: Vec<String> = read(text).into_iter().map(|(p, _, _)| p).collect();
        assert_eq!(
            got,
            [
                "Mieterinitiative Nordstadt",
                "Bürgerforum Weserufer",
                "DIE LINKE Kreisverband Hameln",
                "DKP Hameln",
                "Grüne Jugend Hameln",
                "attac Hameln",
                "SPD-Ortsverein Hameln-Mitte",
                "Sozialistische Jugend Hameln",
                "Kommunistische Plattform Hameln"
            ]
        );
    }

    #[test]
    fn an_odd_line_inside_an_indented_list_does_not_cut_it() {
        let text = "Aufruf\n\nWir rufen alle auf, am Samstag zur Kundgebung zu kommen.\n\n\
            \x20       DIE LINKE Kreisverband Northeim\n\n\
            \x20       Jusos Northeim – Lukas Hartmann, Vorsitzender\n\n\
            \x20       Linksjugend ['solid] Südniedersachsen\n\n\
            \x20       DKP Südniedersachsen\n\n\
            \x20       ver.di Bezirk Süd-Ost-Niedersachsen\n\n\
            \x20       SoVD Kreisverband Northeim\n\n\
            Weitere Organisationen melden sich bitte per E-Mail.\n";
        let got: Vec<String> = read(text).into_iter().map(|(p, _, _)| p).collect();
        assert_eq!(
            got,
            [
                "DIE LINKE Kreisverband Northeim",
                "Jusos Northeim",
                "Linksjugend ['solid] Südniedersachsen",
                "DKP Südniedersachsen",
                "ver.di Bezirk Süd-Ost-Niedersachsen",
                "SoVD Kreisverband Northeim"
            ]
        );
    }

    #[test]
    fn names_indented_as_the_list_after_its_last_party_word_are_its_entries() {
        // Invented associations: names without a party word, after the last entry that has
        // one, indented as every entry; a share line after the list is not indented.
        let text = "Apel\n\nDomagamy się spotkania w tej sprawie do końca kwietnia.\n\n\
            \x20       Partia Zielonej Doliny\n\n\
            \x20       Polska Partia Ogrodników\n\n\
            \x20       Związek Zawodowy Ogrodników\n\n\
            \x20       Federacja Młodych Sąsiadów\n\n\
            \x20       Stowarzyszenie Lokatorów Podgórza\n\n\
            \x20       Komitet Obrony Parków Miejskich\n\n\
            \x20       Miasto Jest Wspólne\n\n\
            \x20       Habitat for Neighbours Poland\n\n\
            Udostępnij Facebook\n";
        let got: Vec<String> = read(text).into_iter().map(|(p, _, _)| p).collect();
        assert_eq!(
            got,
            [
                "Partia Zielonej Doliny",
                "Polska Partia Ogrodników",
                "Związek Zawodowy Ogrodników",
                "Federacja Młodych Sąsiadów",
                "Stowarzyszenie Lokatorów Podgórza",
                "Komitet Obrony Parków Miejskich",
                "Miasto Jest Wspólne",
                "Habitat for Neighbours Poland"
            ]
        );
    }

    #[test]
    fn signature_blocks_with_the_person_above_or_first() {
        let text = "Nota conjunta\n\nO Brasil vive a mais grave crise da sua história, e nós dizemos não.\n\n            Brasília, 29 de abril de 2020\n\n**Marina Correia Lopes**\nPresidenta Nacional do Partido dos Trabalhadores (PT)\n\n            **Carlos Eduardo Moura Lobo**\nPresidente Nacional do Partido Socialista Brasileiro (PSB)\n\n            **Antônio Rufino Filho**\nPresidente Nacional do Partido Democrático Trabalhista (PDT)\n";
        let got = read(text);
        let person = |p: &str| Some(p.to_owned());
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "Partido dos Trabalhadores (PT)");
        assert_eq!(got[0].1, person("Marina Correia Lopes"));
        assert_eq!(got[1].1, person("Carlos Eduardo Moura Lobo"));
        assert_eq!(got[1].2, person("Presidente Nacional"));
        let text = "Nota das centrais\n\nSão Paulo, 20 de fevereiro de 2019\n\n            Valdemar Cunha Nogueira, presidente da CUT\nRenato Prado Sales, presidente da UGT\nAdelmo Brito Santana, presidente da CTB\n";
        let got = read(text);
        assert_eq!(
            got,
            [
                (
                    "CUT".to_owned(),
                    person("Valdemar Cunha Nogueira"),
                    person("presidente")
                ),
                (
                    "UGT".to_owned(),
                    person("Renato Prado Sales"),
                    person("presidente")
                ),
                (
                    "CTB".to_owned(),
                    person("Adelmo Brito Santana"),
                    person("presidente")
                ),
            ]
        );
    }

    #[test]
    fn a_title_block_naming_the_document_is_no_list() {
        // Invented: a converted PDF's title block (organiser, document noun, subtitle) over
        // prose, then a bare list with a running head naming the document inside it.
        let text = "        EUROPÄISCHES KOMMUNISTISCHES TREFFEN\n\n        Gemeinsame Erklärung\n\n        \
            Die Arbeiterklasse Europas gegen Krieg und Verarmung\n\n        Wien, 14./15. Juni 2024\n\n\
            Auf Einladung der Partei trafen sich Vertreter vieler Parteien in Wien, um zu beraten.\n\n\
            Deutsche Kommunistische Partei (DKP)\n\nKommunistische Partei Luxemburgs (KPL)\n\n\
            Gemeinsame Erklärung, Seite 2\n\nPartei der Arbeit der Schweiz (PdA)\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert!(
            !got.iter()
                .any(|p| p.contains("TREFFEN") || p.contains("Erklärung")),
            "{got:?}"
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_role_over_its_party_and_signer_is_one_signature() {
        // Invented persons, after a converted PDF: the role with its organ on one line, the
        // party and the signer (far right) on the next.
        let text = "г. Минск, 9 мая 2025 года\n\nПредседатель ЦК КПРФ                 В.Н. Сорокин\n\n\
            Первый секретарь ЦК\nКоммунистической партии Украины           А.П. Бондарь\n\n\
            Первый секретарь ЦК КПБ              Д.А. Жукович\n";
        let got = read(text);
        assert_eq!(
            got[1],
            (
                "Коммунистической партии Украины".into(),
                Some("А.П. Бондарь".into()),
                Some("Первый секретарь ЦК".into())
            ),
            "{got:?}"
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn regional_branches_of_listed_parties_are_entries() {
        // Invented list after the layout of a regional news page: every entry its own
        // paragraph, most a listed party's branch ("Podemos Extremadura"), one a bare name
        // between two entries.
        let text = "Some argument about the railway, long enough to be prose and not a name at all.\n\n\
            [...]\n\nIzquierda Unida Extremadura\nPodemos Extremadura\nPartido Comunista de Extremadura (PCE)\n\
            Andecha Astur\nUnión del Pueblo Leonés (UPL)\nCCOO de Extremadura\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            [
                "Izquierda Unida Extremadura",
                "Podemos Extremadura",
                "Partido Comunista de Extremadura (PCE)",
                "Andecha Astur",
                "Unión del Pueblo Leonés (UPL)",
                "CCOO de Extremadura"
            ]
        );
        assert!(super::is_regional_branch("Podemos Extremadura"));
        assert!(!super::is_regional_branch("Extremadura Unida"));
    }

    #[test]
    fn a_run_of_bare_names_between_two_entries_is_more_of_the_list() {
        // Invented local organisations among real ones in a bare list: two runs of names
        // no word marks, each between two entries.
        let text = "Some argument about the maternity ward, long enough to be prose and not a name.\n\n\
            [...]\n\nPartito Democratico – Federazione di Ancona\nMovimento 5 Stelle Ancona\n\
            Partito Socialista Italiano – Ancona\nPossibile Valmodello\nCampo Vivo Valmodello\n\
            CGIL Ancona\nCisl Valmodello\nCittadinanzattiva Valmodello\nANPI – Sezione di Ancona\n\
            Arci Ancona\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got.len(), 10, "{got:?}");
        assert!(got.iter().any(|g| g == "Campo Vivo Valmodello"), "{got:?}");
        assert!(got.iter().any(|g| g == "Cisl Valmodello"), "{got:?}");
    }

    #[test]
    fn lines_ending_with_the_place_two_entries_end_with_are_entries() {
        // Invented list after the layout of a regional news page: one region's
        // organisations, each its name and the region; only some have a party word.
        let text = "Some argument about the hospitals, long enough to be prose and not a name at all.\n\n\
            [...]\n\nCgil Calabria\nUil Calabria\nRifondazione Comunista Calabria\n\
            Partito Socialista Calabria\nVolt Calabria\nArci Calabria\n\n© Riproduzione riservata\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            [
                "Cgil Calabria",
                "Uil Calabria",
                "Rifondazione Comunista Calabria",
                "Partito Socialista Calabria",
                "Volt Calabria",
                "Arci Calabria"
            ]
        );
    }

    #[test]
    fn a_glossary_of_acronyms_is_no_list() {
        // Invented: a translator's footnote of acronyms, hard-wrapped, after the blocks.
        let text = "Some argument about the day, long enough to be prose and not a name at all.\n\n\
            ___________________\n\
            Sigle: PCFR – Partito Comunista della Federazione Russa; PCU – Partito\n\
            Comunista dell'Ucraina; PCRM – Partito dei Comunisti della Repubblica di\n\
            Moldova; PCB – Partito Comunista di Bielorussia; PCA – Partito Comunista\n\
            Armeno; PCAz – Partito Comunista dell'Azerbaigian\n";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn a_bare_list_without_a_lead_in_is_read() {
        let text = "Some argument about the day, long enough to be prose and not a name at all.\n\n\
            [...]\n\nPartito Comunista di Grecia (KKE)\n\n    Partito del Lavoro d'Austria (PdA)\n\n\
            Partito Comunista (Svizzera)\n\nNuovo Partito Comunista di Gran Bretagna\n\n---\n\n\
            Articoli correlati\n\n» Grecia, il KKE presenta le sue liste per le europee\n\
            » Francia, il PCF sceglie Ian Brossat come capolista\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            [
                "Partito Comunista di Grecia (KKE)",
                "Partito del Lavoro d'Austria (PdA)",
                "Partito Comunista (Svizzera)",
                "Nuovo Partito Comunista di Gran Bretagna"
            ]
        );
    }

    #[test]
    fn a_sidebar_after_a_navigation_heading_is_not_a_list() {
        let text =
            "Read also\n\nCommunist Party of Greece\nCommunist Party of Turkey\nWorkers' Party of Belgium\n";
        assert!(read(text).is_empty());
    }

    #[test]
    fn a_news_site_topic_list_naming_known_parties_is_not_a_list() {
        let text = "Explore more on these topics\nElectoral reform\nLiberal Democrats\nGreen party\n\
            SNP\nPlaid Cymru\nNorthern Ireland\nnews\n";
        assert!(read(text).is_empty());
    }

    #[test]
    fn an_office_of_a_regional_branch_and_a_party_of_two_acronyms() {
        // Real organisations' acronyms, invented signers.
        assert_eq!(
            super::signature_line("Председатель Самарского регионального отделения ЛКСМ РФ Д.С. Баранов"),
            Some((
                "Председатель Самарского регионального отделения ЛКСМ РФ".into(),
                "ЛКСМ РФ".into(),
                Some("Д.С. Баранов".into())
            ))
        );
        assert_eq!(
            super::signature_line("Секретарь Поволжского бюро ЦК РКСМ(б) А.А. Ерёмин"),
            Some((
                "Секретарь Поволжского бюро ЦК РКСМ(б)".into(),
                "РКСМ(б)".into(),
                Some("А.А. Ерёмин".into())
            ))
        );
        // An organ's acronym before the party's is the organ's.
        assert_eq!(
            super::signature_line("Председатель ЦК КПРФ И.И. Петров"),
            Some((
                "Председатель ЦК КПРФ".into(),
                "КПРФ".into(),
                Some("И.И. Петров".into())
            ))
        );
        // Offices one after another: the last is the one of the signer's party.
        assert_eq!(
            super::signature_line("Председатель Совета Союза, Председатель ЦК КПРФ\tИ.И. Петров"),
            Some((
                "Председатель ЦК КПРФ".into(),
                "КПРФ".into(),
                Some("И.И. Петров".into())
            ))
        );
    }

    #[test]
    fn an_acronym_after_a_comma_is_no_part_of_the_role() {
        // Invented signer.
        assert_eq!(
            super::signature_line("Anna Berg, General Secretary, CPI(M)"),
            Some((
                "General Secretary".into(),
                "CPI(M)".into(),
                Some("Anna Berg".into())
            ))
        );
    }

    #[test]
    fn an_acronym_with_small_letters_among_its_capitals_is_the_signers_party() {
        // Real parties' acronyms, invented signers.
        assert_eq!(
            super::signature_line("First Secretary of the CC CPAz R.A. Aliyev"),
            Some((
                "First Secretary of the CC CPAz".into(),
                "CPAz".into(),
                Some("R.A. Aliyev".into())
            ))
        );
        assert!(super::super::is_bare_acronym("PCdoB"));
        assert!(!super::super::is_bare_acronym("McDonald"));
    }

    #[test]
    fn a_double_surname_with_two_capitals_ends_a_signature_line() {
        // Invented signer of a real party's acronym.
        assert_eq!(
            super::signature_line("First Secretary of the CC CPRA L.V. Beispiel-Kvitsinia"),
            Some((
                "First Secretary of the CC CPRA".into(),
                "CPRA".into(),
                Some("L.V. Beispiel-Kvitsinia".into())
            ))
        );
    }

    #[test]
    fn the_first_lines_of_a_list_of_paired_parties_join_the_list_below_them() {
        // Real parties: the list opens with lines the list reader does not start on (a name
        // in small letters, a name with a dash), right above the rest of it.
        let text = "Erklärung\n\nWir fordern mehr Züge.\n\n[...]\n\
            déi Lénk (Luxemburg)\nAl Massar – Voie démocratique et sociale (Tunisie)\n\
            LSAP (Luxemburg)\nKPL (Luxemburg)\nDIE LINKE Saar (Deutschland)\nSPD Saar (Deutschland)\n";
        let got: Vec<String> = read(text).into_iter().map(|(a, _, _)| a).collect();
        assert_eq!(
            got,
            [
                "déi Lénk (Luxemburg)",
                "Al Massar – Voie démocratique et sociale (Tunisie)",
                "LSAP (Luxemburg)",
                "KPL (Luxemburg)",
                "DIE LINKE Saar (Deutschland)",
                "SPD Saar (Deutschland)"
            ]
        );
    }

    #[test]
    fn a_name_with_a_long_link_word_in_a_bare_list_is_an_entry() {
        // Real organisations of a city, one with "degli" inside its name.
        let text = "Appello\n\nChiediamo al governo di ritirare il progetto.\n\n\
            ANPI Pisa\nARCI Pisa\nLegambiente Pisa\nRete degli Studenti Medi Pisa\nUDU Pisa\nPeaceLink\n";
        let got: Vec<String> = read(text).into_iter().map(|(a, _, _)| a).collect();
        assert!(
            got.iter().any(|a| a == "Rete degli Studenti Medi Pisa"),
            "{got:?}"
        );
        assert_eq!(got.len(), 6, "{got:?}");
    }

    #[test]
    fn a_name_an_office_and_an_acronym_apart_by_commas_is_no_signature_line() {
        assert_eq!(super::signature_line("Isla Mackay, Depute Leader, SNP"), None);
        // A comma that ends the line keeps it one: the signer's first office.
        assert!(super::signature_line("Председатель Совета СКП-КПСС,").is_some());
    }

    #[test]
    fn an_organ_before_the_party_stays_in_the_role_in_every_language() {
        assert_eq!(
            super::signature_line("Vorsitzender des ZK der KPRF **W. N. Tarassow**"),
            Some((
                "Vorsitzender des ZK der KPRF".into(),
                "KPRF".into(),
                Some("W. N. Tarassow".into())
            ))
        );
        assert_eq!(
            super::signature_line("Primo segretario del CC del Partito Comunista di Armenia R.S. Tonojan"),
            Some((
                "Primo segretario del CC".into(),
                "Partito Comunista di Armenia".into(),
                Some("R.S. Tonojan".into())
            ))
        );
        // A compound role head opens the line too.
        assert_eq!(
            super::signature_line("Exekutivsekretär der PKRM I. F. Ciobanu").map(|(_, p, n)| (p, n)),
            Some(("PKRM".into(), Some("I. F. Ciobanu".into())))
        );
    }

    #[test]
    fn russian_signature_lines_give_role_party_and_person() {
        let text = "Минск, 7 декабря 2021 года\nСекретарь ЦК КПРФ П.С. Ларионов\n\
            Председатель ПКРМ Г.И. Морару\n\
            Первый секретарь ЦК Коммунистической партии Таджикистана\n";
        let got = read(text);
        assert_eq!(
            got[0],
            (
                "КПРФ".into(),
                Some("П.С. Ларионов".into()),
                Some("Секретарь ЦК КПРФ".into())
            )
        );
        assert_eq!(got[1].0, "ПКРМ");
        assert_eq!(
            got[2],
            (
                "Коммунистической партии Таджикистана".into(),
                None,
                Some("Первый секретарь ЦК".into())
            )
        );
    }

    #[test]
    fn a_signature_line_by_acronym_under_its_party_signs_for_that_party() {
        // Invented persons: each party's full name, then its signature line naming it by
        // acronym; the signer belongs to the name above, not to a second entry. Under an
        // entry that has its own signer, the signature line is one more signatory.
        let text = "Moskau, den 8. Mai 2025\n\nKommunistische Partei der Ukraine\n\
            Erster Sekretär des ZK der KPU P. I. Demtschenko\n\n\
            Partei der Kommunisten der Republik Moldau\nVorsitzender der PKRM W. G. Ursu\n\n\
            Deutsche Kommunistische Partei\n\n\
            Председатель правления СПЛ И.В. Лебедев\nПредседатель ЦК КПРА Л.Ш. Квициния\n";
        let got = read(text);
        assert_eq!(
            got[..2],
            [
                (
                    "Kommunistische Partei der Ukraine".into(),
                    Some("P. I. Demtschenko".into()),
                    Some("Erster Sekretär des ZK der KPU".into())
                ),
                (
                    "Partei der Kommunisten der Republik Moldau".into(),
                    Some("W. G. Ursu".into()),
                    Some("Vorsitzender der PKRM".into())
                ),
            ]
        );
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[4].0, "КПРА");
    }

    #[test]
    fn a_tables_header_row_over_a_list_is_no_entry() {
        // Real parties under a header row of three headings set apart by wide gaps.
        let text = "Заявление\n\nМы требуем мира.\n\n Страна             Политическая партия             Представитель\n\
            Коммунистическая партия Беларуси\nКоммунистическая партия Украины\nКоммунистическая партия Казахстана\n";
        let parties: Vec<String> = read(text).into_iter().map(|(party, _, _)| party).collect();
        assert_eq!(
            parties,
            [
                "Коммунистическая партия Беларуси",
                "Коммунистическая партия Украины",
                "Коммунистическая партия Казахстана"
            ]
        );
    }

    #[test]
    fn two_signature_lines_over_blocks_another_reader_took_are_a_list() {
        // Invented persons of real parties: no lead-in, two signature lines, then blocks of
        // three lines (party, role, signer) the block reader reads.
        let text = "Обращение\n\nМы призываем всех трудящихся к единству и борьбе за мир.\n\n\
            Председатель ЦК КПРФ    В.А. Тихонов\n\nПервый секретарь ЦК КПБ    А.Н. Лаврентьев\n\n\
            Социалистическая партия Латвии\nСопредседатель правления\nЛ.А. Примеров\n\n\
            Коммунистическая партия Украины\nПервый секретарь ЦК\nВ.П. Остапов\n";
        let parties: Vec<String> = read(text).into_iter().map(|(party, _, _)| party).collect();
        assert_eq!(
            parties,
            [
                "КПРФ",
                "КПБ",
                "Социалистическая партия Латвии",
                "Коммунистическая партия Украины"
            ]
        );
    }

    #[test]
    fn a_role_alone_between_a_party_and_its_signer_is_that_partys() {
        // Invented persons of real parties, under the text without a lead-in: signature
        // lines, then a party, its signer's role alone (a board) and the signer's initials;
        // an executive secretary with the party's acronym.
        let text = "Обращение\n\nМы призываем всех трудящихся к единству и борьбе за мир.\n\n\
            Председатель ЦК КПРФ    В.А. Тихонов\n\nПервый секретарь ЦК КПБ    А.Н. Лаврентьев\n\n\
            Исполнительный секретарь ПКРМ    И.В. Образцов\n\n\
            Социалистическая партия Латвии\nСопредседатель правления\nЛ.А. Примеров\n";
        let got = read(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            got[2..],
            [
                (
                    "ПКРМ".into(),
                    Some("И.В. Образцов".into()),
                    Some("Исполнительный секретарь ПКРМ".into())
                ),
                (
                    "Социалистическая партия Латвии".into(),
                    Some("Л.А. Примеров".into()),
                    Some("Сопредседатель правления".into())
                ),
            ]
        );
    }

    #[test]
    fn a_mixed_case_acronym_and_a_board_in_signature_lines_under_a_lead_in() {
        // Invented persons of real parties: "КПАз" has a small letter after its capitals,
        // and "правления" (of the board) is an organ inside the role.
        let text = "Обращение подписали:\n\n**Коммунистическая партия Азербайджана**\n\
            Первый секретарь ЦК КПАз Р.Ф. Примеров\n\n**Социалистическая партия Латвии**\n\
            Председатель правления СПЛ В.А. Образцов\n";
        assert_eq!(
            read(text),
            [
                (
                    "Коммунистическая партия Азербайджана".into(),
                    Some("Р.Ф. Примеров".into()),
                    Some("Первый секретарь ЦК КПАз".into())
                ),
                (
                    "Социалистическая партия Латвии".into(),
                    Some("В.А. Образцов".into()),
                    Some("Председатель правления СПЛ".into())
                ),
            ]
        );
    }

    #[test]
    fn an_acronym_with_its_country_and_a_roman_ordinal_in_signature_lines() {
        // Invented persons; Polish and Russian blocks.
        let text = "Moskwa, 14 października 2025 r.\n\n**Przewodniczący KC KP Armenii** R.G. Petrosjan\n\n\
            **I sekretarz KC KPU** P.M. Kowal\n\n\
            Первый секретарь ЦК КП Казахстана С.А. Ахметов\n\n\
            Oświadczenie poparli także:\n\nI sekretarz KC Komunistycznej Partii Łotwy\n\n\
            Przedstawiciel KC Komunistycznej Partii Litwy J.P. Jonaitis\n";
        let got = read(text);
        let row =
            |p: &str, n: Option<&str>, r: &str| (p.to_owned(), n.map(str::to_owned), Some(r.to_owned()));
        assert_eq!(
            got,
            [
                row("KP Armenii", Some("R.G. Petrosjan"), "Przewodniczący KC"),
                row("KPU", Some("P.M. Kowal"), "I sekretarz KC KPU"),
                row("КП Казахстана", Some("С.А. Ахметов"), "Первый секретарь ЦК"),
                row("Komunistycznej Partii Łotwy", None, "I sekretarz KC"),
                row(
                    "Komunistycznej Partii Litwy",
                    Some("J.P. Jonaitis"),
                    "Przedstawiciel KC"
                ),
            ]
        );
    }

    #[test]
    fn each_name_under_its_signature_line_is_that_signatures() {
        // Invented persons; role lines each with the name under it, no blank between.
        let text = "Москва, 26 апреля 2025 г.\n\nПредседатель ЦК КПРФ\nИ.И. Иванов\n\
            Первый секретарь ЦК КПУ\nП.П. Петренко\nПредседатель ПКРМ\nС.С. Сидоров\n";
        let got: Vec<(String, Option<String>)> = read(text).into_iter().map(|(p, n, _)| (p, n)).collect();
        let pair = |p: &str, n: &str| (p.to_owned(), Some(n.to_owned()));
        assert_eq!(
            got,
            [
                pair("КПРФ", "И.И. Иванов"),
                pair("КПУ", "П.П. Петренко"),
                pair("ПКРМ", "С.С. Сидоров")
            ]
        );
    }

    #[test]
    fn a_list_that_opens_with_a_weak_name_right_under_its_lead_in_is_read() {
        // Invented: the first name under the lead-in carries no party word, and the names
        // are set apart by blank lines.
        let text = "Wspólny apel\n\nWzywamy rządy do ochrony rzek.\n\nApel podpisali:\n\n\n\
            Lipnik\n\nRazem dla Odry\n\nZieloni Regionu (ZR) – Anna Nowak, rzeczniczka\n\nKlub Gaja\n\n\
            Więcej informacji znajdą Państwo na stronie internetowej naszej partii.\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            ["Lipnik", "Razem dla Odry", "Zieloni Regionu (ZR)", "Klub Gaja"]
        );
    }

    #[test]
    fn a_signer_under_a_party_is_its_own_though_a_list_below_was_read_first() {
        // Invented: a list under its lead-in further down is read before this region; the
        // name under the second party is still that party's signer.
        let text = "Stanowisko\n\nSprzeciwiamy się podwyżkom czynszów w naszym mieście.\n\n\n\
            Polska Partia Przykładowa\n\nPartia Zieloni – Koło Przykład\nNatalia Kowalska\n\n\
            Stowarzyszenie Lokatorów Przykład\n\n\nDo stanowiska przyłączyli się także:\n\n\
            \x20    Instytut Spraw Przykładowych\n\n     Miasto Jest Przykład\n\n     Młodzi Przykładowi\n";
        let got = read(text);
        assert_eq!(got.len(), 6, "{got:?}");
        assert_eq!(got[1].0, "Partia Zieloni – Koło Przykład");
        assert_eq!(got[1].1.as_deref(), Some("Natalia Kowalska"));
    }

    #[test]
    fn short_names_inside_a_list_of_parties_are_weak_entries() {
        let text = "Wspólne stanowisko\n\nPartie zgadzają się w sprawie pokoju, pracy i mieszkań dla wszystkich.\n\n[...]\n\nPolska Partia Pracy\nNowa Lewica\nKomunistyczna Partia Polski\nRazem i Wolni\n\nUdostępnij\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            [
                "Polska Partia Pracy",
                "Nowa Lewica",
                "Komunistyczna Partia Polski",
                "Razem i Wolni"
            ]
        );
        // Representatives under most parties stay representatives.
        let text = "Joint appeal\n\nThe parties call for peace and for jobs for all the people of Europe.\n\nCommunist Party of Britain\nRobert Griffiths\n\nCommunist Party of Ireland\nJimmy Corcoran\n\nWorkers' Party of Ireland\nMichael Donnelly\n";
        let got = read(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Jimmy Corcoran"));
        // Two parties and a trailing button after a blank line read no weak entry.
        let text = "Joint appeal\n\nWe call for peace and for jobs.\n\nSignatories:\nCommunist Party of Britain\nCommunist Party of Ireland\n\nShare This\n";
        let got: Vec<String> = read(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Communist Party of Britain", "Communist Party of Ireland"]);
    }

    #[test]
    fn share_buttons_and_headings_after_prose_are_not_signatories() {
        // A sentence that speaks of signing is no lead-in for a heading below it, and a row
        // of share buttons after a lead-in is no entry.
        let text = "Title\n\nSeven parties signed the declaration today, said the press office of the host.\n\nCriticism from the PP and the PSOE\n\nThe conservatives said nothing more about it.\n\nSigned by:\n\nFacebook X WhatsApp Email\n";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn a_byline_under_a_headline_that_speaks_of_signing_is_no_signatory() {
        let text = "Diario\n\n# Siete partidos de izquierda firman un manifiesto común por la vivienda\n\n**El texto reclama topar los alquileres en todo el Estado y prohibir la compra especulativa**\n\nPor **Nerea Ejemplo Ortuño** | MADRID\n";
        assert!(read(text).is_empty(), "{:?}", read(text));
        assert!(super::names_the_author("By Jane Example | Brussels"));
        assert!(!super::names_the_author(
            "Por el Partido Comunista de España | Madrid"
        ));
    }

    #[test]
    fn a_line_that_says_who_proposed_or_translated_the_text_is_no_signatory() {
        let list = "Заявление\n\nМы призываем к миру во всём мире.\n\n1. Коммунистическая партия Греции\n2. Португальская коммунистическая партия\n3. Южноафриканская коммунистическая партия\n\n";
        for credit in [
            "Перевод с английского: Международный отдел ЦК КПРФ.",
            "Texte proposé par le PCF",
        ] {
            let got = read(&format!("{list}{credit}\n"));
            assert_eq!(got.len(), 3, "{credit}: {got:?}");
        }
    }

    #[test]
    fn signers_with_double_initials_or_a_particle_and_roles_in_a_commission() {
        let text = "Заявление\n\nМы призываем к миру.\n\nГерманская коммунистическая партия\nЧлен Правления ГКП Х.-Ю. Бекер\n\nПортугальская коммунистическая партия\nЧлен Политкомиссии ЦК ПКП Ж. Карвалью\n\nИракская коммунистическая партия\nСекретарь ЦК ИКП С. аль-Джабури\n";
        let got = read(text);
        let row = |p: &str, n: &str, r: &str| (p.to_owned(), Some(n.to_owned()), Some(r.to_owned()));
        assert_eq!(
            got,
            [
                row(
                    "Германская коммунистическая партия",
                    "Х.-Ю. Бекер",
                    "Член Правления ГКП"
                ),
                row(
                    "Португальская коммунистическая партия",
                    "Ж. Карвалью",
                    "Член Политкомиссии ЦК ПКП"
                ),
                row(
                    "Иракская коммунистическая партия",
                    "С. аль-Джабури",
                    "Секретарь ЦК ИКП"
                )
            ]
        );
        // A department signs for its party: under its name, or with it.
        let text = "Заявление\n\nМы призываем к миру.\n\nПартия Туде Ирана\nМеждународный отдел ЦК\n\nМеждународный отдел ЦК Коммунистической партии Греции\n\nКоммунистическая партия Турции\nЧлен ЦК ТКП Э. Йылдыз\n";
        let got: Vec<(String, Option<String>)> = read(text).into_iter().map(|(p, _, r)| (p, r)).collect();
        let row = |p: &str, r: &str| (p.to_owned(), Some(r.to_owned()));
        assert_eq!(
            got,
            [
                row("Партия Туде Ирана", "Международный отдел ЦК"),
                row("Коммунистической партии Греции", "Международный отдел ЦК"),
                row("Коммунистическая партия Турции", "Член ЦК ТКП")
            ]
        );
        // The same under a lead-in, read by the list reader.
        let led = text.replace("Мы призываем к миру.", "Подписали:");
        let got: Vec<(String, Option<String>)> = read(&led).into_iter().map(|(p, _, r)| (p, r)).collect();
        assert_eq!(got[0], row("Партия Туде Ирана", "Международный отдел ЦК"));
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn russian_signature_lines_with_initials_below_or_beside() {
        let text = "Заявление\n\nМы призываем к миру.\n\nМосква, 1 мая 2024 года\n\nПредседатель Совета СКП-КПСС,\nПредседатель ЦК КПРФ                 И.И. Петров\n\nПервый секретарь ЦК КПБ              П.П. Сидоров\n\nПервый секретарь ЦК Коммунистической партии Украины\n                                     С.С. Иванов\n\nСекретарь ЦК Народной партии Казахстана   К.К. Орлов\n";
        let got = read(text);
        let row = |p: &str, n: &str, r: &str| (p.to_owned(), Some(n.to_owned()), Some(r.to_owned()));
        assert_eq!(
            got,
            [
                row("КПРФ", "И.И. Петров", "Председатель ЦК КПРФ"),
                row("КПБ", "П.П. Сидоров", "Первый секретарь ЦК КПБ"),
                row(
                    "Коммунистической партии Украины",
                    "С.С. Иванов",
                    "Первый секретарь ЦК"
                ),
                row("Народной партии Казахстана", "К.К. Орлов", "Секретарь ЦК")
            ]
        );
    }

    #[test]
    fn a_title_with_the_document_noun_second_is_no_list_of_signatories() {
        // Invented parties: the title block of a declaration, a place before its noun.
        let read = read(
            "                     NORDIC LEFT – PARTY LEADERS' MEETING\n\n\n\
             Narnia Declaration on a Just\n                           Transition in the North\n\n\n\
             The leaders of the left parties of the Nordic countries met in Cair Paravel.\n\n\
             For the Left Party of Narnia\nAnna Exempel\nChair\n\nFor the Green Left of Ruritania\n\
             Erik Modell\nParty Secretary\n",
        );
        assert!(
            !read
                .iter()
                .any(|(w, _, _)| w.contains("Declaration") || w.contains("Transition")),
            "{read:?}"
        );
    }
}
