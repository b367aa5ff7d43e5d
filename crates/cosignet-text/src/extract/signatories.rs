//! Finding the signatories in a text: lists after a lead-in (numbered, bulleted, plain,
//! "Country : Party"), "On behalf of PARTY:" blocks with role and name lines, and groups
//! of "ROLE of the PARTY **NAME**" lines. Lines inside a signatory region that are not
//! understood become diagnostics.

use crate::text::fold::opens_lower;

use super::dates::date_line;
use super::entry::{self, plain, role_and_person, role_of_party, split_country_affix};
use super::markers::{strip_marker, Marker};
use super::vocab::{is_headline, is_lead_in, is_navigation, looks_like_party, names_signing};
use super::RawSignatory;
use crate::lang;
use crate::record::Diagnostic;
use crate::reference::countries::Gazetteer;
use crate::text::fold::{fold, words};
use crate::text::lines::Line;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How a line reads, for finding signatory regions.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Empty or only spaces.
    Blank,
    /// "[...]", "[…]", "(...)": text left out.
    Ellipsis,
    /// A date on a line of its own.
    Date,
    /// "On behalf of X:" and its translations; holds X.
    OnBehalf(String),
    /// A list item; holds the text after the marker.
    Item(Marker, String),
    /// A party paired with its country: "Country : Party", "Party — Country", "Party
    /// (Country)", a table row of country and party cells.
    Paired,
    /// Introduces a list of signatories.
    LeadIn,
    /// A long sentence.
    Prose,
    /// Anything else.
    Text,
}

/// The "On behalf of" openers of every language (`[on_behalf]`), each with whether it is
/// strong (needs no colon after the organisation), longest first so that "au nom de la"
/// wins over "au nom de". Built once.
fn openers() -> &'static [(String, bool)] {
    static OPENERS: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    OPENERS.get_or_init(|| {
        let on_behalf = &lang::all().on_behalf;
        let mut openers: Vec<(String, bool)> = on_behalf
            .strong
            .iter()
            .map(|o| (o.to_owned(), true))
            .chain(on_behalf.weak.iter().map(|o| (o.to_owned(), false)))
            .collect();
        openers.sort_by_key(|(o, _)| std::cmp::Reverse(o.chars().count()));
        openers
    })
}

/// Whether a line opens with the first word of an "on behalf of" opener before a
/// capitalised name ("Por Podemos Cantabria", "Por el PSOE de Cantabria"): the first line
/// of a signature block names its organisation so, though no word in the name marks one.
pub(super) fn opener_before_name(text: &str) -> bool {
    let t = plain(text);
    let Some((head, rest)) = t.trim().split_once(' ') else {
        return false;
    };
    let head = fold(head);
    let name = super::prose::strip_article(rest.trim());
    name.starts_with(crate::text::fold::is_capital)
        && openers()
            .iter()
            .any(|(opener, _)| opener.split(' ').next() == Some(head.as_str()))
}

/// Most words of the name on an "on behalf of" line without a colon.
const MAX_ON_BEHALF_NAME_WORDS: usize = 12;

/// The organisation of an "On behalf of X:" line (or one that needs no colon: a strong
/// opener, or a bare party name).
fn on_behalf(text: &str) -> Option<String> {
    let t = plain(text);
    // A sentence that opens with an opener tells who spoke or signed for a party ("W
    // imieniu PPS wystąpił wiceprzewodniczący ..., który przypomniał, że ..."): prose.
    if is_prose(&t) {
        return None;
    }
    let folded = fold(&t);
    let colon = t.trim_end().ends_with(':');
    for (opener, strong) in openers() {
        let strong = *strong;
        if folded.starts_with(opener.as_str()) && folded[opener.len()..].starts_with(' ') {
            // Folding keeps ASCII openers' length; Cyrillic ones are matched the same way.
            let cut = t
                .char_indices()
                .nth(opener.chars().count())
                .map_or(t.len(), |(i, _)| i);
            // A capitalised article at the opener's end opens the name ("Por La France
            // insoumise"): it is kept, as the party writes it.
            let last_word = t[..cut].split_whitespace().last().unwrap_or("");
            let named_article = opener.contains(' ') && super::prose::is_named_article(last_word);
            let org = if named_article {
                t[..cut].rfind(last_word).map_or(&t[cut..], |at| &t[at..])
            } else {
                &t[cut..]
            };
            let org = org.trim().trim_end_matches(':').trim();
            let org = if named_article {
                org
            } else {
                super::prose::strip_article(org)
            };
            // "w imieniu Zarządu", "on behalf of the Executive": an organ alone is whose name
            // the signer speaks in, a role; the organisation is named elsewhere.
            if names_an_organ_alone(org) {
                return None;
            }
            // A byline ("Por **Nerea Villalba Ortuño** | MADRID"): a person's name, alone or
            // before a bar, is whose article it is.
            let before_bar = org.split('|').next().unwrap_or(org).trim();
            if super::regions::is_person_line(before_bar) {
                return None;
            }
            // "For the Communist Party of Britain" on a line of its own, without a colon
            // (a country after a comma allowed: "Por el Partido dos Trabalhadores (PT), Brasil").
            let without_country = match split_country_affix(Gazetteer::bundled(), org) {
                (party, Some(_)) => party,
                (_, None) => org.to_owned(),
            };
            // Its words counted without its country and dashes ("Partito Comunista dei
            // Lavoratori – per la Pace e il Socialismo (KTP), Finlandia").
            let name_words = without_country
                .split_whitespace()
                .filter(|w| !matches!(*w, "–" | "—" | "-"))
                .count();
            let bare_name = looks_like_party(org)
                && !without_country.contains([',', '.', ';'])
                && name_words <= MAX_ON_BEHALF_NAME_WORDS
                && !is_headline(org);
            // A weak opener before a clause in small letters is a sentence ("Pour être
            // informé des derniers articles :"), and so is one before party words without a
            // capital anywhere ("Pour l'égalité des droits des travailleurs frontaliers", a
            // subtitle), or before a clause and a comma ("Pour tout cela, EXIGEONS :").
            let small = opens_lower(org)
                && (!looks_like_party(org) || !org.chars().any(char::is_uppercase) || org.contains(','));
            if !(colon || strong || bare_name) || (!strong && small) {
                return None;
            }
            return (!org.is_empty()).then(|| org.to_owned());
        }
    }
    None
}

/// Most words of an organ's name alone after an "on behalf of" opener ("Zarządu",
/// "Executive Committee").
const MAX_ORGAN_ALONE_WORDS: usize = 3;

/// Whether a name is an organ's alone ("Zarządu", "the Executive Committee"), without a
/// party's words or acronym.
fn names_an_organ_alone(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=MAX_ORGAN_ALONE_WORDS).contains(&words.len())
        && super::vocab::names_an_organ(&format!("{} ", fold(name)))
        && !looks_like_party(name)
        && !words.iter().any(|w| super::is_bare_acronym(w))
}

/// Whether a line is a contact block's heading (`[page] contact`, a colon after it), alone
/// or with the contact after it on its line ("Kontakt: Partei der Arbeit Österreichs,
/// Internationale Abteilung").
fn is_contact_heading(text: &str) -> bool {
    let t = plain(text);
    let Some((head, _)) = t.trim().split_once(':') else {
        return false;
    };
    lang::all().page.contact.contains(&crate::text::fold::key(head))
}

/// Whether a line is "[...]" or a similar mark of omitted text.
pub fn is_ellipsis(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(
        t.as_str(),
        "[...]" | "[…]" | "(...)" | "(…)" | "..." | "…" | "[..]"
    )
}

/// A long sentence, not a name: many words ending in a full stop, or very long.
pub fn is_prose(text: &str) -> bool {
    let n = text.split_whitespace().count();
    n > 25 || (n > 10 && text.trim_end().ends_with(['.', '!', '?']))
}

/// How many words a line has: its tokens with a letter or a digit (the dash between a name
/// and its acronym is no word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a line is a rule of underscores ("______________").
/// A rule of dashes or equals signs under a table's header row.
fn is_dash_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '=' | '–' | '—' | '_'))
}

/// A rule of underscores, or several side by side over columns of signature blocks
/// ("______     ______").
fn is_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().filter(|&c| c == '_').count() >= 3 && t.chars().all(|c| c == '_' || c == ' ')
}

/// Most words of the line under a rule for the rule to be one a signature is written on.
const MAX_WORDS_UNDER_SIGNATURE_RULE: usize = 10;

/// The rules signatures are written on ("______" over each signature block) part the
/// blocks as blank lines do: rules of a text that has several, each over a short line. A
/// rule alone over footnotes ("Sigle: PCFR – Partito Comunista …") still ends a list.
fn blank_signature_rules(lines: &[Line], kinds: &mut [Kind]) {
    let rules: Vec<usize> = (0..lines.len()).filter(|&i| is_rule(&lines[i].text)).collect();
    if rules.len() < 2 {
        return;
    }
    for i in rules {
        let under = (i + 1..lines.len()).find(|&k| !lines[k].text.trim().is_empty());
        let short = under.is_some_and(|k| {
            word_count(&lines[k].text) <= MAX_WORDS_UNDER_SIGNATURE_RULE && !matches!(kinds[k], Kind::Prose)
        });
        if short {
            kinds[i] = Kind::Blank;
        }
    }
}

/// A sentence wrapped over lines without a blank between them, one of its lines running on
/// after a link word ("Les délégations de la Confédération générale des travailleurs du
/// Bénin et du" / "Réseau ouest-africain pour la paix ont assisté aux travaux en qualité" /
/// "d'observateurs."): its lines are prose, though each alone may read as a name.
fn mark_wrapped_sentences(lines: &[Line], kinds: &mut [Kind]) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && kinds[j] == Kind::Text && (j == i || lines[j].no == lines[j - 1].no + 1) {
            j += 1;
        }
        if j - i >= 2 {
            let joined = lines[i..j]
                .iter()
                .map(|l| l.text.trim())
                .collect::<Vec<_>>()
                .join(" ");
            let runs_on = lines[i..j - 1]
                .iter()
                .any(|l| super::vocab::ends_with_link(&l.text));
            if runs_on && is_prose(&joined) {
                for k in &mut kinds[i..j] {
                    *k = Kind::Prose;
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Fewest spaces before a number alone on its line for it to be a page number.
const PAGE_NUMBER_INDENT: usize = 10;

/// How one line reads.
pub fn classify(g: &Gazetteer, text: &str) -> Kind {
    let t = text.trim();
    if t.is_empty() {
        return Kind::Blank;
    }
    if is_ellipsis(t) {
        return Kind::Ellipsis;
    }
    // Page numbers and running heads of a text converted from PDF do not break a list; so
    // does a number alone set far to the right or centred, as a PDF prints its page number.
    let indent = text.len() - text.trim_start().len();
    let page_number = indent >= PAGE_NUMBER_INDENT && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit());
    if is_page_furniture(t) || page_number {
        return Kind::Blank;
    }
    // A row of share buttons or a menu item ends a list: what follows is the page's; so
    // does a contact block's heading ("Für Rückfragen:").
    if super::header::is_page_button(t) || is_contact_heading(t) {
        return Kind::Prose;
    }
    // "Brussels, 5 May 2019 — signed by:" introduces the list (its date is read apart).
    let dated = date_line(t).is_some();
    if !dated && t.ends_with(':') && is_lead_in(t) && super::dates::find_dates(t).len() == 1 {
        return Kind::LeadIn;
    }
    if dated {
        return Kind::Date;
    }
    if let Some(org) = on_behalf(t) {
        // "Für die Unterzeichnenden:" speaks for the signatories that follow: a lead-in.
        if is_lead_in(&org) {
            return Kind::LeadIn;
        }
        return Kind::OnBehalf(org);
    }
    if let Some((marker, rest)) = strip_marker(t).filter(|_| !super::vocab::is_ordinal_role(t)) {
        return Kind::Item(marker, rest.to_owned());
    }
    if is_paired(g, t) && !is_lead_in(t) {
        return Kind::Paired;
    }
    // A line that ends in a link or an article runs on into the next: a wrapped sentence
    // ("... se han adherido a esta declaración el"), not a lead-in of its own.
    let runs_on = super::vocab::ends_with_link(t);
    if is_lead_in(t) && !runs_on && (t.ends_with(':') || t.split_whitespace().count() <= 6 || !is_prose(t)) {
        return Kind::LeadIn;
    }
    if is_prose(t) {
        return Kind::Prose;
    }
    Kind::Text
}

/// A table row (cells separated by tabs) holding a party cell and a country cell: the
/// party cell and the country.
pub fn table_row(g: &Gazetteer, text: &str) -> Option<(String, usize)> {
    if !text.contains('\t') {
        return None;
    }
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let country = cells.iter().find_map(|c| g.lookup_name(&plain(c)))?;
    let party = cells
        .iter()
        .find(|c| looks_like_party(c) && g.lookup(&plain(c)).is_none() && !is_headline(c))?;
    Some((plain(party), country))
}

/// Whether a line pairs a party with its country (and is no headline or sentence).
fn is_paired(g: &Gazetteer, t: &str) -> bool {
    if table_row(g, t).is_some() {
        return true;
    }
    if is_prose(t) || is_headline(t) || is_navigation(t) || t.split_whitespace().count() > 14 {
        return false;
    }
    let (party, country) = split_country_affix(g, t);
    country.is_some() && looks_like_party(&party)
}

/// A page number ("— 3 —", "- 12 -", "3/8") or a running head that ends in one
/// ("Common Declaration · page 3": a `[page] page_words` word before the number).
fn is_page_furniture(t: &str) -> bool {
    let bare: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = bare.chars().filter(char::is_ascii_digit).count();
    if digits > 0
        && digits <= 4
        && bare
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '—' | '–' | '/' | '.'))
        && bare.chars().any(|c| !c.is_ascii_digit())
    {
        return true;
    }
    let ws = words(t);
    // "Фото: пресс-служба обкома КПРФ", "Photo : AFP".
    let caption = ws.first().is_some_and(|w| lang::all().page.captions.contains(w))
        && t.split_once(':')
            .is_some_and(|(head, _)| head.split_whitespace().count() <= 2);
    if caption {
        return true;
    }
    let number = |w: &String| w.chars().all(|c| c.is_ascii_digit()) && (1..=4).contains(&w.len());
    let page_word = |w: &String| lang::all().page.page_words.contains(w);
    let n = ws.len();
    // "… page 3", and "… Página 2 de 3", "Seite 2 von 3", "Page 2 of 3", "Strona 2 z 3".
    (n >= 2 && number(&ws[n - 1]) && page_word(&ws[n - 2]))
        || (n >= 4
            && number(&ws[n - 1])
            && ws[n - 2].chars().count() <= 3
            && number(&ws[n - 3])
            && page_word(&ws[n - 4]))
}

/// A running head beside a page number (the lines next to it, blank lines aside) that the
/// text repeats at another page boundary or at its start or end ("NOTA CONJUNTA" at the top
/// of every page) is page furniture too: such lines become blank so that a list broken by a
/// page boundary stays one list. A line repeated only inside the text ("Presidenta", the
/// role of two signature blocks) stays.
fn blank_running_heads(lines: &[Line], kinds: &mut [Kind]) {
    let filled = |k: &usize| !lines[*k].text.trim().is_empty();
    let furniture: Vec<usize> = (0..lines.len())
        .filter(|&i| is_page_furniture(lines[i].text.trim()))
        .collect();
    // The lines next to each page number, blank lines aside.
    let beside: Vec<usize> = furniture
        .iter()
        .flat_map(|&i| [(0..i).rev().find(filled), (i + 1..lines.len()).find(filled)])
        .flatten()
        .collect();
    // Where a running head may stand: beside a page number, after a form feed, or at
    // either end of the text.
    let mut boundaries: Vec<usize> = beside.clone();
    boundaries.extend((0..lines.len()).find(filled));
    boundaries.extend((0..lines.len()).rev().find(filled));
    boundaries.extend((0..lines.len()).filter(|&i| lines[i].text.starts_with('\u{c}')));
    boundaries.sort_unstable();
    boundaries.dedup();
    let at_boundaries = tally(boundaries.iter().map(|&k| lines[k].text.trim()));
    for a in beside {
        let t = lines[a].text.trim();
        if t.split_whitespace().count() <= 8 && at_boundaries.get(t).is_some_and(|&n| n >= 2) {
            kinds[a] = Kind::Blank;
        }
    }
    // A running head or foot with its page number on the same line, far to the right
    // ("Encuentro de Partidos … Montevideo 2018            2"), or the first line of a new
    // page (after a form feed): page furniture when the text repeats it elsewhere.
    let keys: Vec<Option<String>> = lines.iter().map(|l| running_key(&l.text)).collect();
    let mut heads = Vec::new();
    let times = tally(keys.iter().flatten().map(String::as_str));
    for (i, key) in keys.iter().enumerate() {
        let Some(key) = key else {
            continue;
        };
        let marked = lines[i].text.starts_with('\u{c}') || key.len() < lines[i].text.trim().len();
        let repeated = times[key.as_str()] >= 2;
        if marked && repeated {
            kinds[i] = Kind::Blank;
            heads.push(i);
        }
    }
    // A running head too long for one line goes on in the line right under it: that line
    // is furniture too when it follows the head the same way twice ("Declaração de Maputo –
    // III Encontro de Partidos Políticos dos PALOP, Brasil," / "Portugal e Timor-Leste").
    let wraps: Vec<usize> = heads
        .iter()
        .map(|&i| i + 1)
        .filter(|&j| j < lines.len() && running_key(&lines[j].text).is_some())
        .collect();
    let wrapped = tally(wraps.iter().map(|&j| lines[j].text.trim()));
    for j in wraps {
        if wrapped[lines[j].text.trim()] >= 2 {
            kinds[j] = Kind::Blank;
        }
    }
}

/// How many times each text occurs.
fn tally<'a>(texts: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut times = HashMap::new();
    for t in texts {
        *times.entry(t).or_default() += 1;
    }
    times
}

/// Most words a running head has.
const RUNNING_HEAD_WORDS: usize = 12;

/// A line's text as a running head repeats it: without a form feed before it and without a
/// page number set apart after it ("Declaração de Lisboa      1/4"); `None` for a line
/// too long or too short to be one.
fn running_key(text: &str) -> Option<String> {
    let t = text.trim_start_matches('\u{c}').trim();
    let mut key = t;
    if let Some(gap) = t.rfind("   ") {
        let tail = t[gap..].trim();
        if is_page_furniture(tail)
            || (tail.chars().all(|c| c.is_ascii_digit()) && (1..=4).contains(&tail.len()))
        {
            key = t[..gap].trim_end();
        }
    }
    let words = key.split_whitespace().count();
    (2..=RUNNING_HEAD_WORDS)
        .contains(&words)
        .then(|| key.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Signatories and the doubts met while reading them.
#[derive(Debug, Default)]
pub struct Found {
    /// Signatories in text order.
    pub signatories: Vec<RawSignatory>,
    /// Doubtful lines.
    pub diagnostics: Vec<Diagnostic>,
    /// Line numbers used by signatory regions (so other readers skip them).
    pub used: HashSet<usize>,
    /// Warnings about lines a list left out, with the numbers of those lines: said only
    /// when no other reader took any of them.
    pub left_out: Vec<(Vec<usize>, Diagnostic)>,
}

impl Found {
    /// Adds a signatory read whole, and marks its line used.
    pub fn push(&mut self, s: RawSignatory) {
        let line = s.line;
        self.signatories.push(s);
        self.mark(line);
    }

    /// Reads one list entry (a table row, "Name, role" under a party line, a party with
    /// its representative or country) and adds it.
    pub fn push_entry(&mut self, g: &Gazetteer, text: &str, line: usize) {
        if let Some((party, country)) = table_row(g, text) {
            // A representative's cell: "Name Surname, role" or "Name Surname".
            let representative = text.split('\t').map(plain).find(|c| {
                let as_person = if c.contains(',') {
                    c.clone()
                } else {
                    format!("{c},")
                };
                *c != party && super::vocab::opens_with_person(&as_person)
            });
            let (person, role) = match representative {
                Some(c) => {
                    let (name, role) = entry::name_then_role(&c);
                    (Some(name), role)
                }
                None => (None, None),
            };
            self.signatories.push(RawSignatory {
                as_written: entry::as_written(&party),
                party: entry::tidy_party(&party),
                country: Some(country),
                person,
                role,
                line,
            });
            self.mark(line);
            return;
        }
        // "Партия Туде Ирана" / "Международный отдел ЦК": a role alone right under an entry
        // still without signer or role is that entry's role.
        if super::regions::is_role_alone(text) && line > 0 && self.give_role_to_entry(line - 1, text, line) {
            return;
        }
        // "Name Surname, role" under a party line: that party's representative (a role is
        // never a country's name: "X Y Z, Georgia" is an entry of its own).
        let ends_in_country = text
            .rsplit_once(',')
            .is_some_and(|(_, tail)| g.lookup_name(tail.trim()).is_some());
        if !ends_in_country
            && !entry::names_country_then_signer(text)
            && super::vocab::opens_with_person(text)
            && self.attach_person(text, line)
        {
            return;
        }
        // "Vorsitzender des ZK der KPRF W. N. Tarassow": a signature line with its person (a
        // role with a comma in it is a list of its own: "Name, Role, Party").
        let signature = super::regions::signature_line(text)
            .filter(|(role, _, _)| !role.contains(','))
            .and_then(|(role, party, person)| Some((party, person?, entry::tidy_role(&role))));
        let (text, person, role) = match signature.or_else(|| entry::split_person(text)) {
            Some((party, person, role)) => (party, Some(person), role),
            // "Carla Moura – Presidenta Nacional do PT"; else an office of a party and no
            // person: "Comité Central do PCP".
            None => entry::person_then_office(text)
                .map(|(person, role, party)| (party, Some(person), entry::tidy_role(&role)))
                .or_else(|| {
                    entry::office_of_party(text).map(|(role, party)| (party, None, entry::tidy_role(&role)))
                })
                // "I sekretarz KC Komunistycznej Partii Łotwy": a signature line without
                // its person.
                .or_else(|| {
                    super::regions::signature_line(text)
                        .filter(|(role, _, person)| !role.contains(',') && person.is_none())
                        .map(|(role, party, _)| (party, None, entry::tidy_role(&role)))
                })
                .unwrap_or_else(|| (text.to_owned(), None, None)),
        };
        let (party, country) = split_country_affix(g, &text);
        self.signatories.push(RawSignatory {
            as_written: entry::as_written(&text),
            party,
            country,
            person,
            role,
            line,
        });
        self.mark(line);
    }

    /// Gives "Name Surname, role" (or a name alone) on `line` to the signatory nearest
    /// above it, when that has no person yet; whether it did.
    pub fn attach_person(&mut self, text: &str, line: usize) -> bool {
        self.attach_person_at(text, line).is_some()
    }

    /// As `attach_person`: the index of the signatory given the person.
    pub fn attach_person_at(&mut self, text: &str, line: usize) -> Option<usize> {
        // The signatory nearest above (a list read earlier further down the text leaves it
        // the nearest), for a line no reader took.
        let nearest = self
            .signatories
            .iter()
            .enumerate()
            .filter(|(_, s)| s.line < line)
            .max_by_key(|(_, s)| s.line)
            .map(|(i, _)| i);
        let at = nearest?;
        if self.signatories[at].person.is_some() || self.used.contains(&line) {
            return None;
        }
        // A country's name alone ("Macedonia Północna" over its party) is nobody's.
        if Gazetteer::bundled().lookup_name(plain(text).trim()).is_some() {
            return None;
        }
        let (name, role) = entry::name_then_role(text);
        let last = &mut self.signatories[at];
        last.person = Some(name);
        // A name alone keeps the role its signature line gave ("Первый секретарь ЦК ...").
        if role.is_some() {
            last.role = role;
        }
        self.mark(line);
        Some(at)
    }

    /// Gives the signatory just read from the entry line `entry_no`, while it has neither
    /// signer nor role, the signer and role of the signature line right under it that names
    /// its party by acronym ("Kommunistische Partei der Ukraine" / "Erster Sekretär des ZK
    /// der KPU P. I. Demtschenko": [`super::regions::signer_for_name_above`]), and marks
    /// that line used: whether it did.
    pub fn sign_entry_above(
        &mut self,
        entry: &str,
        entry_no: usize,
        signature: &str,
        signature_no: usize,
    ) -> bool {
        let Some((role, person)) = super::regions::signer_for_name_above(entry, signature) else {
            return false;
        };
        let Some(last) = self
            .signatories
            .last_mut()
            .filter(|s| s.line == entry_no && s.person.is_none() && s.role.is_none())
        else {
            return false;
        };
        last.person = Some(person);
        last.role = role;
        self.mark(signature_no);
        true
    }

    /// Gives the signatory just read from the entry line `entry_no`, while it has neither
    /// signer nor role, the role written on line `line` ("Партия Туде Ирана" /
    /// "Международный отдел ЦК"), and marks that line used: whether it did.
    pub fn give_role_to_entry(&mut self, entry_no: usize, role: &str, line: usize) -> bool {
        let Some(entry) = self
            .signatories
            .last_mut()
            .filter(|s| s.line == entry_no && s.person.is_none() && s.role.is_none())
        else {
            return false;
        };
        entry.role = entry::tidy_role(role);
        self.mark(line);
        true
    }

    /// Marks a line as read (so other readers skip it).
    pub fn mark_used(&mut self, line: usize) {
        self.mark(line);
    }

    fn mark(&mut self, line: usize) {
        self.used.insert(line);
    }
}

/// Whether an "On behalf of" names a group ("Parties operating under special conditions":
/// an `[organisations] groups` word not after an "of" link, and no country) rather than one
/// party ("Coordinadora de Organizaciones de Agricultores" is one).
fn is_group(g: &Gazetteer, org: &str) -> bool {
    let groups = &lang::all().organisations.groups;
    let links = &lang::all().grammar.of_links;
    let ws = words(org);
    let plural = (0..ws.len()).any(|i| groups.contains(&ws[i]) && (i == 0 || !links.contains(&ws[i - 1])));
    plural && g.scan(&words(org)).is_empty()
}

/// The signatories `find` reads in a text, as (as written, person, role); for the tests of
/// every reader.
#[cfg(test)]
pub(crate) fn read_names(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    find(Gazetteer::bundled(), &crate::text::lines::split_lines(text))
        .signatories
        .into_iter()
        .map(|s| (s.as_written, s.person, s.role))
        .collect()
}

/// The lines with the rules signatures are written on set side by side left empty, when
/// the text has several rules (two columns of blocks, each over its rule, read as columns
/// of lines); the lines themselves, not a copy, when there is none to clear.
fn without_signature_rules(lines: &[Line]) -> std::borrow::Cow<'_, [Line]> {
    let rules: Vec<usize> = (0..lines.len()).filter(|&i| is_rule(&lines[i].text)).collect();
    let side_by_side: Vec<usize> = rules
        .iter()
        .copied()
        .filter(|&i| lines[i].text.trim().contains(' '))
        .collect();
    if rules.len() < 2 || side_by_side.is_empty() {
        return std::borrow::Cow::Borrowed(lines);
    }
    let mut out = lines.to_vec();
    for i in side_by_side {
        out[i].text.clear();
    }
    std::borrow::Cow::Owned(out)
}

/// The lines with each "represented by" phrase of a list entry written as the dash before
/// its signer (see [`entry::representation_as_dash`]); the lines themselves, not a copy,
/// when none has one.
fn with_representations_as_dashes(lines: &[Line]) -> std::borrow::Cow<'_, [Line]> {
    let rewritten: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| entry::representation_as_dash(&l.text).map(|text| (i, text)))
        .collect();
    if rewritten.is_empty() {
        return std::borrow::Cow::Borrowed(lines);
    }
    let mut out = lines.to_vec();
    for (i, text) in rewritten {
        out[i].text = text;
    }
    std::borrow::Cow::Owned(out)
}

/// Reads the signatories of a text.
pub fn find(g: &Gazetteer, lines: &[Line]) -> Found {
    let lines = &with_representations_as_dashes(lines);
    let lines =
        &super::tables::joined_cell_breaks(&super::columns::tabulated(&without_signature_rules(lines)));
    let columns = super::columns::find(lines);
    if columns.is_empty() {
        return find_in(g, lines);
    }
    // Two-column runs are read apart, the left column and then the right one; the rest of
    // the text is read with those lines left blank.
    let mut rest = lines.to_vec();
    for c in &columns {
        for line in &mut rest[c.first..=c.last] {
            line.text.clear();
        }
    }
    let mut found = find_in(g, &rest);
    // The columns read as one text, each left column and then its right one (a page of
    // blocks, then the next page's), so that the stanzas of both make one group. A right
    // column's lines are numbered apart while they are read (the readers tell lines by their
    // number) and given their own numbers back after.
    let mut both: Vec<Line> = Vec::new();
    let apart = |no: usize| if no >= RIGHT_COLUMN { no - RIGHT_COLUMN } else { no };
    for c in &columns {
        for (column, offset) in [(&c.left, 0), (&c.right, RIGHT_COLUMN)] {
            both.extend(column.iter().map(|l| Line {
                no: l.no + offset,
                ..l.clone()
            }));
            if let Some(last) = both.last() {
                both.push(Line {
                    text: String::new(),
                    ..last.clone()
                });
            }
        }
    }
    let part = find_in(g, &both);
    found
        .signatories
        .extend(part.signatories.into_iter().map(|mut s| {
            s.line = apart(s.line);
            s
        }));
    found
        .diagnostics
        .extend(part.diagnostics.into_iter().map(|mut d| {
            d.line = d.line.map(apart);
            d
        }));
    found.used.extend(part.used.into_iter().map(apart));
    found.signatories.sort_by_key(|s| s.line);
    found
}

/// Added to the numbers of a right column's lines while the columns are read together.
const RIGHT_COLUMN: usize = 1 << 32;

/// Signatories of lines without side-by-side columns.
fn find_in(g: &Gazetteer, lines: &[Line]) -> Found {
    let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(g, &l.text)).collect();
    blank_running_heads(lines, &mut kinds);
    blank_signature_rules(lines, &mut kinds);
    let mut found = Found::default();
    mark_wrapped_sentences(lines, &mut kinds);
    super::stanzas::read_stanzas(g, lines, &kinds, &mut found);
    super::tables::read_tables(g, lines, &kinds, &mut found);
    read_on_behalf_blocks(g, lines, &kinds, &mut found);
    read_lists(g, lines, &kinds, &mut found);
    super::paragraphs::read_paragraph_lists(g, lines, &kinds, &mut found);
    super::regions::read_regions(g, lines, &kinds, &mut found);
    for (rest, warning) in std::mem::take(&mut found.left_out) {
        if !rest.iter().any(|no| found.used.contains(no)) {
            found.diagnostics.push(warning);
        }
    }
    found.signatories.sort_by_key(|s| s.line);
    found
}

/// The name after the opener of `line` when it opens with the same short word as
/// `opener_line` and a name follows ("Por Podemos Aragón" after "Por el Partido Comunista
/// de España": "Podemos Aragón"; "Für solidaritéS" after "Für die GRÜNEN Schweiz").
fn same_opener(opener_line: &str, line: &str) -> Option<String> {
    let first = |t: &str| t.split_whitespace().next().map(fold);
    let word = first(opener_line)?;
    let t = plain(line);
    let (head, rest) = t.trim().split_once(' ')?;
    let short = (2..=4).contains(&word.chars().count());
    (short && fold(head) == word)
        .then(|| name_after_opener(rest))
        .flatten()
}

/// The name that follows an opener word ("for"), without the article before it unless the
/// article is the name's own ("Por La France insoumise"): when it is shaped like a name,
/// capitalised or short with a capital inside ("solidaritéS", "déi Lénk"), and not a
/// sentence.
pub(super) fn name_after_opener(rest: &str) -> Option<String> {
    let first = rest.split_whitespace().next().unwrap_or("");
    let name = if super::prose::is_named_article(first) {
        rest.trim()
    } else {
        super::prose::strip_article(rest)
    };
    let named = name.chars().next().is_some_and(crate::text::fold::is_capital)
        || (name.split_whitespace().count() <= 4 && name.chars().any(char::is_uppercase));
    (named && name.split_whitespace().count() <= 12).then(|| name.to_owned())
}

/// "On behalf of PARTY:" then "ROLE **NAME**"; or a group header then one line per party.
/// Most words of a line that opens a unit of an "on behalf of" block after a blank line
/// (a name, a role, or both); a longer one is a sentence.
const MAX_BLOCK_LINE_WORDS: usize = 12;

fn read_on_behalf_blocks(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    let mut i = 0;
    // An organisation's name that ended the block before it opens a block of its own.
    let mut implicit: Option<usize> = None;
    while i < lines.len() {
        // The office an implicit block's line names before its party.
        let mut office: Option<String> = None;
        let org = match &kinds[i] {
            Kind::OnBehalf(org) => org.clone(),
            _ if implicit == Some(i) => {
                let text = plain(&lines[i].text);
                let org = (0..i)
                    .rev()
                    .find(|&k| matches!(kinds[k], Kind::OnBehalf(_)))
                    .and_then(|k| same_opener(&lines[k].text, &text));
                match org {
                    Some(org) => org,
                    // "Secrétariat national du Parti de gauche": the party, its office the
                    // role of a block without a person.
                    None => match entry::office_of_party(&text) {
                        Some((role, party)) => {
                            office = entry::tidy_role(&role);
                            party
                        }
                        None => text.trim().to_owned(),
                    },
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        implicit = None;
        found.mark(lines[i].no);
        let mut j = i + 1;
        // "Für den Parteivorstand der" / "Deutschen Kommunistischen Partei (DKP)": an
        // organisation's name that runs on to the next line after a link word.
        let mut org = org;
        let runs_on = super::vocab::ends_with_link(&org);
        if runs_on && j < lines.len() && lines[j].no == lines[i].no + 1 && matches!(kinds[j], Kind::Text) {
            org = format!("{org} {}", plain(&lines[j].text).trim());
            found.mark(lines[j].no);
            j += 1;
        }
        let org = &org;
        let mut body: Vec<&Line> = Vec::new();
        let mut after_blank = false;
        while j < lines.len() {
            // Lines another reader took (signature stanzas) end the block; so does the page's
            // navigation ("Mots clés : ...", "Read also").
            if found.used.contains(&lines[j].no) || super::vocab::is_navigation(&lines[j].text) {
                break;
            }
            // After a blank line, an organisation's name opens the next signatory's block.
            let next_block = after_blank
                && !body.is_empty()
                && ((looks_like_party(&lines[j].text)
                    && !super::regions::is_person_line(&lines[j].text)
                    && super::regions::signature_line(&lines[j].text).is_none())
                    || same_opener(&lines[i].text, &lines[j].text).is_some()
                    || heads_a_signature(lines, j));
            match &kinds[j] {
                Kind::Blank => {
                    after_blank = true;
                    j += 1;
                    continue;
                }
                // After a blank line, a sentence that names no signer is the text again ("La
                // Gauche européenne, qui a suivi les travaux ..., n'est pas signataire").
                Kind::Text
                    if after_blank
                        && lines[j].text.split_whitespace().count() > MAX_BLOCK_LINE_WORDS
                        && role_and_person(&lines[j].text).1.is_none() =>
                {
                    break
                }
                Kind::Text | Kind::Item(..) if !closes_block(lines, kinds, j) && !next_block => {
                    body.push(&lines[j]);
                }
                Kind::Text | Kind::Paired if next_block => {
                    implicit = Some(j);
                    break;
                }
                _ => break,
            }
            after_blank = false;
            j += 1;
        }
        if !is_group(g, org) {
            let (party, country) = split_country_affix(g, org);
            // Lines without a blank between them sign together: "ROLE **NAME**" on one line,
            // or the name on one line and the role on the next.
            let mut units: Vec<Vec<&Line>> = Vec::new();
            for l in &body {
                match units.last_mut() {
                    Some(u) if u.last().is_some_and(|p| p.no + 1 == l.no) => u.push(l),
                    _ => units.push(vec![l]),
                }
            }
            // Each signer with the lines that name them (all marked read).
            let mut people: Vec<(Option<String>, Option<String>, Vec<usize>)> = Vec::new();
            // Whether lines of the block signed for parties of their own.
            let mut signed_apart = false;
            for unit in units {
                // "Au nom du Conseil de l'UPC-PCUS :" then "Président du CC du KPRF   V. I.
                // Sokolov": each line a signature of its own party.
                if let [one] = unit.as_slice() {
                    let line = plain(&one.text.replace('\t', " "));
                    // Not an organ of the block's party ("Председатель ЦК Г.А. Зюганов").
                    // Nor the block's party by its acronym ("For the Communist Party of
                    // Belarus" / "First Secretary of the CC CPB   A.N. Sokolovsky").
                    let own_party = super::regions::signature_line(&line).filter(|(_, party, _)| {
                        !super::vocab::is_role_term(party)
                            && !super::vocab::names_an_organ(&fold(party))
                            && party.trim() != entry::initials_of(org)
                    });
                    if let Some((role, party_text, Some(person))) = own_party {
                        let (party, country) = split_country_affix(g, &party_text);
                        found.signatories.push(RawSignatory {
                            as_written: entry::as_written(&party_text),
                            party,
                            country,
                            person: Some(person),
                            role: entry::tidy_role(&role),
                            line: one.no,
                        });
                        found.mark(one.no);
                        signed_apart = true;
                        continue;
                    }
                }
                let (role, person) = match unit.as_slice() {
                    [one] => role_and_person(&one.text),
                    [first, rest @ ..] => match role_and_person(&first.text) {
                        (None, Some(name)) => {
                            let role: Vec<String> = rest.iter().map(|l| plain(&l.text)).collect();
                            (entry::tidy_role(&role.join(", ")), Some(name))
                        }
                        (Some(role), None) => {
                            let (_, name) = role_and_person(&rest[0].text);
                            (Some(role), name.or_else(|| Some(plain(&rest[0].text))))
                        }
                        both => both,
                    },
                    [] => continue,
                };
                let no = unit[0].no;
                // A role, or an organ that signs for the party ("Political Bureau").
                let role_like = role.as_deref().is_some_and(|r| {
                    r.split_whitespace().any(super::vocab::is_role_head)
                        || super::vocab::names_an_organ(&crate::text::fold::fold(r))
                });
                if person.is_none() && !role_like {
                    found.diagnostics.push(Diagnostic::warning(
                        no,
                        format!(
                            "line in an \"on behalf of\" block is neither a role nor a name: `{}`",
                            plain(&unit[0].text)
                        ),
                    ));
                    continue;
                }
                people.push((role, person, unit.iter().map(|l| l.no).collect()));
            }
            // A header whose lines another reader took ("Für die unterzeichnenden
            // Organisationen:" above signature stanzas) signs nothing itself.
            let taken = body.is_empty() && j < lines.len() && found.used.contains(&lines[j].no);
            if people.is_empty() && !taken && !signed_apart {
                people.push((office.take(), None, vec![lines[i].no]));
            }
            for (role, person, nos) in people {
                found.signatories.push(RawSignatory {
                    as_written: entry::as_written(org),
                    party: party.clone(),
                    country,
                    person,
                    role,
                    line: lines[i].no,
                });
                for no in nos {
                    found.mark(no);
                }
            }
        } else {
            for l in body {
                read_group_line(g, l, found);
            }
        }
        i = j;
    }
}

/// Whether a line is an organisation's name over its signer's "Name, role" line right
/// under it ("Volkshilfe Steiermark" / "Katharina Strohmeier, Geschäftsführerin"): no
/// "Name, role", role or organ of its own; shaped like a person's name or not, a line over
/// a signer is the organisation they sign for.
fn heads_a_signature(lines: &[Line], j: usize) -> bool {
    let text = plain(&lines[j].text);
    let under = lines.get(j + 1).filter(|l| l.no == lines[j].no + 1);
    under.is_some_and(|l| super::vocab::opens_with_person(&plain(&l.text)))
        && !super::vocab::opens_with_person(&text)
        && !text.split_whitespace().any(super::vocab::is_role_head)
        && !super::vocab::names_an_organ(&fold(&text))
}

/// A line after a group header: "ROLE of the PARTY **NAME**" or a bare party.
fn read_group_line(g: &Gazetteer, line: &Line, found: &mut Found) {
    let text = line.text.trim();
    let (outer, bold) = match (text.find("**"), text.rfind("**")) {
        (Some(a), Some(b)) if b > a => (
            format!("{} {}", &text[..a], &text[b + 2..]),
            Some(plain(&text[a + 2..b])),
        ),
        _ => (text.to_owned(), None),
    };
    let outer = plain(&outer);
    if let Some((role, party_text)) = role_of_party(&outer) {
        let (party_text, person) = match bold {
            Some(name) => (party_text, Some(name)),
            None => match entry::trailing_name(&party_text) {
                Some((rest, name)) if looks_like_party(&rest) => (rest, Some(name)),
                _ => (party_text, None),
            },
        };
        let (party, country) = split_country_affix(g, &party_text);
        found.signatories.push(RawSignatory {
            as_written: entry::as_written(&party_text),
            party,
            country,
            person,
            role: entry::tidy_role(&role),
            line: line.no,
        });
        found.mark(line.no);
    } else if looks_like_party(&outer) {
        found.push_entry(g, &outer, line.no);
    } else {
        found.diagnostics.push(Diagnostic::warning(
            line.no,
            format!("line in a signatory block not understood: `{}`", plain(text)),
        ));
    }
}

/// A place line followed by a date ("Moscow," / "August 18, 2020") ends a block.
fn closes_block(lines: &[Line], kinds: &[Kind], j: usize) -> bool {
    let t = lines[j].text.trim();
    // Page furniture ("Read also", "Tags: ...", "©") or a horizontal rule ends the page's text.
    let rule = t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | '—'));
    if rule || is_navigation(t) {
        return true;
    }
    if !t.ends_with(',') || t.split_whitespace().count() > 3 {
        return false;
    }
    kinds[j + 1..].iter().find(|k| **k != Kind::Blank) == Some(&Kind::Date)
}

/// How far before a list (in non-blank lines) a lead-in still counts.
const LEAD_IN_REACH: usize = 8;

/// Numbered, bulleted and plain lists, and runs of "Country : Party" lines.
fn read_lists(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    let mut i = 0;
    // End of the last list read: a list that follows after short subheadings ("Europe",
    // "Asia") continues it.
    let mut last_end: Option<usize> = None;
    while i < lines.len() {
        if found.used.contains(&lines[i].no) {
            i += 1;
            continue;
        }
        match &kinds[i] {
            Kind::Item(..) | Kind::Paired => {
                let end = run_end(kinds, i, |k| matches!(k, Kind::Item(..) | Kind::Paired));
                let run: Vec<usize> = (i..end).filter(|&k| kinds[k] != Kind::Blank).collect();
                let after_navigation = lines[..i]
                    .iter()
                    .rev()
                    .find(|l| !l.text.trim().is_empty())
                    .is_some_and(|l| is_navigation(&l.text));
                let continues = !after_navigation
                    && last_end.is_some_and(|e| {
                        (e..i).all(|k| match &kinds[k] {
                            Kind::Blank => true,
                            Kind::Text => {
                                lines[k].text.split_whitespace().count() <= 5
                                    || split_country_affix(g, lines[k].text.trim()).1.is_some()
                            }
                            _ => false,
                        })
                    });
                if !after_navigation && accept_run(g, lines, kinds, i, &run, continues) {
                    // Lines between the two runs that pair a name with its country are
                    // entries of the same list ("Izquierda Unida (Spagna)" between
                    // "Partito Comunista di Spagna (Spagna)" and the next).
                    let between = last_end.filter(|_| continues).map_or(Vec::new(), |e| {
                        (e..i)
                            .filter(|&k| kinds[k] == Kind::Text && paired_name(g, lines, found, k))
                            .collect()
                    });
                    // And such lines right after a run that continues a list ("Fuerza del
                    // Pueblo – República Dominicana" after its last party-worded entry).
                    let mut after = Vec::new();
                    let mut k = end;
                    while continues && k < lines.len() {
                        match kinds[k] {
                            Kind::Blank => {}
                            Kind::Text if paired_name(g, lines, found, k) => after.push(k),
                            _ => break,
                        }
                        k += 1;
                    }
                    let end = after.last().map_or(end, |&a| a + 1);
                    read_run(g, lines, kinds, &[between, run, after].concat(), found);
                    last_end = Some(end);
                    i = end;
                    continue;
                }
                i = end;
            }
            Kind::LeadIn => {
                read_after_lead_in(g, lines, kinds, i, 1, found);
                i += 1;
            }
            // "Text:" followed by party names is a lead-in too, if at least two follow.
            Kind::Text if lines[i].text.trim_end().ends_with(':') && !is_navigation(&lines[i].text) => {
                read_after_lead_in(g, lines, kinds, i, 2, found);
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Whether line `k`, not yet read, pairs a name with its country ("Izquierda Unida
/// (Spagna)"): beside a list's entries, one of them.
fn paired_name(g: &Gazetteer, lines: &[Line], found: &Found, k: usize) -> bool {
    let t = lines[k].text.trim();
    !found.used.contains(&lines[k].no)
        && !is_headline(t)
        && !is_prose(t)
        && split_country_affix(g, t).1.is_some()
}

/// End (exclusive) of a run of lines of one kind, blank lines allowed inside.
fn run_end(kinds: &[Kind], start: usize, member: impl Fn(&Kind) -> bool) -> usize {
    let mut end = start;
    let mut k = start;
    while k < kinds.len() {
        if member(&kinds[k]) {
            end = k + 1;
        } else if kinds[k] != Kind::Blank {
            break;
        }
        k += 1;
    }
    end
}

/// A lead-in shortly before a list: a line of its own ("Signatories:") or a phrase inside
/// a sentence ("We, the parties that sign this statement, ...").
fn lead_in_before(lines: &[Line], start: usize) -> bool {
    lines[..start]
        .iter()
        .rev()
        .filter(|l| !l.text.trim().is_empty())
        .take(LEAD_IN_REACH)
        .any(|l| is_lead_in(&l.text))
}

fn item_text(kind: &Kind, line: &Line) -> String {
    match kind {
        Kind::Item(_, rest) => rest.clone(),
        _ => line.text.trim().to_owned(),
    }
}

fn accept_run(
    g: &Gazetteer,
    lines: &[Line],
    kinds: &[Kind],
    start: usize,
    run: &[usize],
    continues: bool,
) -> bool {
    let partyish = run
        .iter()
        .filter(|&&k| {
            let t = item_text(&kinds[k], &lines[k]);
            let signed = super::entry::split_person(&t).is_some();
            !is_headline(&t) && (looks_like_party(&t) || split_country_affix(g, &t).1.is_some() || signed)
        })
        .count();
    // Demands after "we call for:" ("1. den sofortigen Ausstieg Österreichs aus …") are
    // clauses in lower case, not names.
    let clauses = run
        .iter()
        .filter(|&&k| {
            let t = item_text(&kinds[k], &lines[k]);
            let lower = opens_lower(&t);
            lower && t.split_whitespace().count() > 4
        })
        .count();
    if clauses * 2 >= run.len() {
        return false;
    }
    let led = continues || lead_in_before(lines, start);
    let share = partyish as f64 / run.len().max(1) as f64;
    // Right under a line that leads in to signatories ("Premiers signataires :"), a list of
    // short names is theirs though most names carry no party word ("Ensemble à Gauche",
    // "Unia Vaud", "syndicom").
    let right_under_lead_in = lines[..start]
        .iter()
        .rposition(|l| !l.text.trim().is_empty())
        .is_some_and(|p| kinds[p] == Kind::LeadIn && plain(&lines[p].text).trim_end().ends_with(':'));
    let short_names = run.iter().all(|&k| {
        let t = item_text(&kinds[k], &lines[k]);
        let words = t.split_whitespace().count();
        words <= MAX_LED_NAME_WORDS && !t.trim_end().ends_with(['.', '!', '?', ';', ':']) && !is_prose(&t)
    });
    (led && share >= 0.5)
        || (run.len() >= 3 && share >= 0.7)
        || (right_under_lead_in && short_names && partyish > 0)
}

/// An item's organisation: the whole item, or its part before its signer ("Nowa Lewica –
/// przewodnicząca rady wojewódzkiej Katarzyna Drzewiecka": "Nowa Lewica").
fn item_organisation(text: &str) -> String {
    super::entry::split_person(text).map_or_else(|| text.to_owned(), |(org, _, _)| org)
}

/// Most words of an item of a list read right under its lead-in on the strength of the
/// lead-in alone.
const MAX_LED_NAME_WORDS: usize = 8;

/// Whether a name ends with its acronym in brackets ("Front d'action populaire en
/// réaménagement urbain (FRAPRU)"): an organisation's, however many small words it has.
fn ends_in_acronym(name: &str) -> bool {
    name.trim_end()
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once('('))
        .is_some_and(|(head, acronym)| !head.trim().is_empty() && super::is_bare_acronym(acronym))
}

fn read_run(g: &Gazetteer, lines: &[Line], kinds: &[Kind], run: &[usize], found: &mut Found) {
    let last_index = lines.iter().rposition(|l| !l.text.trim().is_empty());
    for (pos, &k) in run.iter().enumerate() {
        let text = item_text(&kinds[k], &lines[k]);
        let no = lines[k].no;
        let at_end_of_file = pos + 1 == run.len() && Some(k) == last_index;
        if text.trim().is_empty() {
            if !at_end_of_file {
                found.diagnostics.push(Diagnostic::warning(no, "empty list item"));
            }
            found.mark(no);
            continue;
        }
        let organisation = item_organisation(&text);
        if is_headline(&organisation) && !ends_in_acronym(&organisation) {
            found.diagnostics.push(Diagnostic::warning(
                no,
                format!(
                    "list item reads as a headline, not a signatory; left out: `{}`",
                    text.trim()
                ),
            ));
            found.mark(no);
            continue;
        }
        // An item with its signer after its organisation is whole ("Fundacja Pro Kolej –
        // prezes fundacji Ewa Zielińska").
        let understood = looks_like_party(&organisation)
            || crate::reference::parties::known(&organisation)
            || organisation != text
            || split_country_affix(g, &text).1.is_some();
        if at_end_of_file && (!understood || ends_mid_word(g, &text)) {
            found.diagnostics.push(Diagnostic::warning(
                no,
                format!("last list item `{}` looks cut off; left out", text.trim()),
            ));
            found.mark(no);
            continue;
        }
        if !understood {
            found.diagnostics.push(Diagnostic::warning(
                no,
                format!(
                    "list item not recognised as a party; kept as written: `{}`",
                    text.trim()
                ),
            ));
        }
        found.push_entry(g, &text, no);
    }
}

/// Whether an entry ends in a fragment after "of" ("Partito Comunista di Sa"): a short word
/// that is neither a country nor an acronym.
pub(crate) fn ends_mid_word(g: &Gazetteer, text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let [.., link, last] = tokens.as_slice() else {
        return false;
    };
    let linked = lang::all().grammar.of_links.contains(&fold(link));
    let short = last.chars().count() <= 3 && !last.chars().all(|c| c.is_uppercase());
    linked && short && g.lookup(last).is_none()
}

/// The party a sentence of signing names after its verb, at the end of a list ("Ha
/// inoltre aderito il Partito della Sinistra Europea."): the words from the first capital
/// after a word in small letters, when a word of signing comes before it.
fn joined_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = (1..words.len()).find(|&i| {
        opens_lower(words[i - 1]) && words[i].chars().next().is_some_and(crate::text::fold::is_capital)
    })?;
    let head = words[..at].join(" ");
    let name = words[at..].join(" ");
    let name = name.trim_end_matches(['.', ';']).trim();
    (names_signing(&head) && looks_like_party(name)).then(|| name.to_owned())
}

/// Fewest lines of a block of names under a lead-in that are read though no word in them
/// marks an organisation.
const MIN_NAME_BLOCK: usize = 3;
/// Fewest words of a line ending in a full stop that reads as a sentence of its own after
/// a block of names.
const MIN_SENTENCE_WORDS: usize = 6;
/// Most words of a line ending in a colon that leads in a block of names by a word of
/// signing alone.
const MAX_SIGNING_LEAD_IN_WORDS: usize = 8;
/// How many words open a signer's office ("Pierwszy sekretarz KC KPB").
const MAX_OFFICE_OPENING: usize = 3;

/// The lines of a tight block of names right under a signing lead-in ("Le adesioni delle
/// organizzazioni sociali:" over "Cgil Massa Carrara", "Uil Toscana", "Legambiente
/// Lunigiana"): at least [`MIN_NAME_BLOCK`] lines of text with no blank line between, each
/// shaped like a name or reading as a party, ended by a blank line or the text's end. The
/// lead-in says what they are, though no word in them marks an organisation; a block that
/// runs on into a line of any other kind is no such list. Empty when there is none.
fn names_under_lead_in(lines: &[Line], kinds: &[Kind], at: usize, found: &Found) -> Vec<usize> {
    // A short line ending in a colon that speaks of signing leads in too ("Le adesioni
    // delle organizzazioni sociali:").
    let lead = lines[at].text.trim();
    let signing = kinds[at] == Kind::LeadIn
        || is_lead_in(lead)
        || (lead.ends_with(':') && word_count(lead) <= MAX_SIGNING_LEAD_IN_WORDS && names_signing(lead));
    let first = (at + 1..lines.len().min(at + 3)).find(|&k| kinds[k] != Kind::Blank);
    let (true, Some(first)) = (signing, first) else {
        return Vec::new();
    };
    // A block ends at a blank line, or at a whole sentence that starts a paragraph of its
    // own (a page's `<p>` after the list's).
    let sentence = |k: usize| {
        let t = lines[k].text.trim();
        word_count(t) >= MIN_SENTENCE_WORDS
            && t.starts_with(crate::text::fold::is_capital)
            && t.ends_with(['.', '!', '?'])
    };
    let end = (first..lines.len())
        .find(|&k| kinds[k] == Kind::Blank || (k > first && sentence(k)))
        .unwrap_or(lines.len());
    let mut block: Vec<usize> = (first..end).collect();
    let named = |k: usize| {
        let t = lines[k].text.trim();
        matches!(kinds[k], Kind::Text | Kind::Paired)
            && !found.used.contains(&lines[k].no)
            && !is_navigation(t)
            && !is_headline(t)
            && !super::vocab::has_decimal_figure(t)
            && (super::regions::is_name_shaped(t) || looks_like_party(t))
            && word_count(t) <= super::regions::MAX_ENTRY_WORDS
    };
    // A signature block (party, signer, office) is read as blocks are, not as names.
    let office = |k: usize| {
        let t = lines[k].text.trim();
        super::regions::signature_line(t).is_some()
            || t.split_whitespace()
                .take(MAX_OFFICE_OPENING)
                .any(super::vocab::is_role_head)
    };
    // Names each on a line of its own with one blank line between ("Koalicja Ratujmy Rzeki",
    // "", "Greenpeace Polska", "", ...): the list runs while that spacing and the names
    // hold (a name with its signer under it is a block, read as blocks are).
    let alone = |k: usize| k + 1 >= lines.len() || kinds[k + 1] == Kind::Blank || sentence(k + 1);
    if block.len() == 1 {
        let mut k = first;
        while k + 2 < lines.len() && kinds[k + 1] == Kind::Blank && named(k + 2) && alone(k + 2) {
            k += 2;
            block.push(k);
        }
    }
    if block.len() >= MIN_NAME_BLOCK && block.iter().all(|&k| named(k)) && !block.iter().any(|&k| office(k)) {
        block
    } else {
        Vec::new()
    }
}

/// Plain lines after a lead-in: one signatory per line until the list ends; kept only when
/// at least `min` were read.
fn read_after_lead_in(
    g: &Gazetteer,
    lines: &[Line],
    kinds: &[Kind],
    at: usize,
    min: usize,
    found: &mut Found,
) {
    // "Signatories: KKE, PCP, AKEL" keeps its list on the same line.
    let text = lines[at].text.trim();
    if let Some((_, tail)) = text.split_once(':') {
        let items = super::prose::split_list(tail);
        if items.len() >= 2.max(min) && items.iter().all(|t| looks_like_party(t)) {
            for item in items {
                found.push_entry(g, &item, lines[at].no);
            }
            return;
        }
    }
    let mut taken: Vec<usize> = Vec::new();
    let mut k = at + 1;
    let partyish = |t: &str| {
        !is_headline(t)
            && !super::vocab::has_decimal_figure(t)
            && (looks_like_party(t) || split_country_affix(g, t).1.is_some())
    };
    let names = names_under_lead_in(lines, kinds, at, found);
    let colon = text.ends_with(':');
    let partyish = |k: usize, t: &str| partyish(t) || names.contains(&k);
    // The line the list ended at, when it ended at a line of text.
    let mut ended_at: Option<usize> = None;
    while k < lines.len() {
        match &kinds[k] {
            Kind::Blank => {}
            // A table's header row under the lead-in ("Страна   Политическая партия
            // Представитель") and the rule under it.
            Kind::Text
                if taken.is_empty()
                    && (super::vocab::is_header_row(&lines[k].text) || is_dash_rule(&lines[k].text)) => {}
            // "Name Surname, role" under a party line taken.
            Kind::Text | Kind::Prose
                if !taken.is_empty()
                    && super::vocab::opens_with_person(&lines[k].text)
                    && !is_navigation(&lines[k].text) =>
            {
                taken.push(k);
            }
            Kind::Text | Kind::Paired
                if !found.used.contains(&lines[k].no) && !is_navigation(&lines[k].text) =>
            {
                if partyish(k, lines[k].text.trim()) {
                    taken.push(k);
                } else if !taken.is_empty() || k > at + 3 || !colon {
                    // The list ended, or no list came (a subtitle may sit in between, under
                    // a lead-in that ends in a colon; under a line that only speaks of
                    // signing, such as a related headline, what follows must be the list).
                    ended_at = (!taken.is_empty()).then_some(k);
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    // One name under a line that only speaks of signing (no colon: "Румыния и Молдова
    // подписали соглашение о мосте через Прут", a related headline) is no list.
    let min = if colon { min } else { min.max(2) };
    if taken.len() >= min {
        let mut signed_above = None;
        for (i, &k) in taken.iter().enumerate() {
            if signed_above == Some(k) {
                continue;
            }
            let text = lines[k].text.trim();
            // "Komunistyczna Partia Estonii (Estonia) oraz Socjalistyczna Partia Łotwy
            // (Łotwa).": two parties on one line, each with its bracket, joined by "and".
            let items = super::prose::split_list(text.trim_end_matches('.'));
            if items.len() >= 2
                && items
                    .iter()
                    .all(|t| looks_like_party(t) && t.trim_end().ends_with(')'))
            {
                for item in items {
                    found.push_entry(g, &item, lines[k].no);
                }
                continue;
            }
            found.push_entry(
                g,
                &joined_name(text).unwrap_or_else(|| text.to_owned()),
                lines[k].no,
            );
            // A signature line naming its party by acronym right under the party's name
            // gives that name its signer and role.
            if let Some(&b) = taken.get(i + 1).filter(|&&b| b == k + 1) {
                if found.sign_entry_above(text, lines[k].no, &lines[b].text, lines[b].no) {
                    signed_above = Some(b);
                }
            }
        }
        // A list that ends inside its block, with lines that read as parties after the
        // line it ended at, is said to have ended there: those lines are not read.
        // A "read also" line ends the text's lists: what follows is the page's.
        if let Some(end) = ended_at.filter(|&e| !is_navigation(&lines[e].text)) {
            let block: Vec<usize> = (end..lines.len())
                .take_while(|&j| kinds[j] != Kind::Blank)
                .collect();
            let more: Vec<usize> = block
                .iter()
                .skip(1)
                .filter(|&&j| partyish(j, lines[j].text.trim()))
                .map(|&j| lines[j].no)
                .collect();
            if let (false, Some(&last)) = (more.is_empty(), block.last()) {
                let warning = Diagnostic::warning(
                    lines[end].no,
                    format!(
                        "the list after line {} ends at `{}`, which is not read as a party, though \
                         lines after it in the same block are: lines {}-{} left out",
                        lines[at].source,
                        lines[end].text.trim(),
                        lines[end].source,
                        lines[last].source
                    ),
                );
                found.left_out.push((more, warning));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    fn names(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        read_names(text)
    }

    #[test]
    fn a_list_after_a_signing_verb_with_represented_signers_and_a_wrapped_sentence_after_it() {
        // Real countries, invented parties and persons: "Ont signé ... :" opens the list; a
        // "représenté par" phrase opens a signer, on its line or wrapped to the next; a
        // sentence wrapped over lines after the list signs nothing.
        let text = "Déclaration finale\n\nLes partis appellent à la paix.\n\nOnt signé la présente déclaration :\n\n\
            Bénin : Parti Exemple du Bénin (PEB), représenté par le camarade\nJean Test, premier secrétaire\n\n\
            Côte d'Ivoire : Parti Modèle de Côte d'Ivoire (PMCI)\n\n\
            Mali : Union Exemple pour la démocratie (UED),\nreprésentée par Awa Test, membre du bureau politique\n\n\
            Togo : Parti Exemple des travailleurs\n\n\n\
            Les délégations de la Confédération Exemple des travailleurs du Bénin et du\n\
            Réseau Modèle pour la paix ont assisté aux travaux en qualité\nd'observateurs.\n";
        let got = names(text);
        let got = crate::extract::written_and_person(&got);
        assert_eq!(
            got,
            [
                ("Bénin : Parti Exemple du Bénin (PEB)", Some("Jean Test")),
                ("Côte d'Ivoire : Parti Modèle de Côte d'Ivoire (PMCI)", None),
                ("Mali : Union Exemple pour la démocratie (UED)", Some("Awa Test")),
                ("Togo : Parti Exemple des travailleurs", None),
            ]
        );
    }

    #[test]
    fn a_list_item_with_its_acronym_is_no_headline_under_a_lead_in_of_backing() {
        // Invented organisations: small words in their names, an acronym after them.
        let text = "Déclaration\n\nNous demandons du logement.\n\n**Parti vert du Québec**\nMarie Exemple\nCheffe\n\n\
            **Climat Québec**\nJean Modèle\nPrésident\n\n\
            Appuyée également par les organismes suivants :\n\n\
            - Front d'action populaire en aménagement exemplaire (FRAPAE)\n\
            - Regroupement des comités modèles et associations de locataires du Québec (RCMALQ)\n\
            - Confédération des syndicats nationaux (CSN)\n\
            - Association des locataires de Sherbrooke\n";
        let got = names(text);
        let got: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            got,
            [
                "Parti vert du Québec",
                "Climat Québec",
                "Front d'action populaire en aménagement exemplaire (FRAPAE)",
                "Regroupement des comités modèles et associations de locataires du Québec (RCMALQ)",
                "Confédération des syndicats nationaux (CSN)",
                "Association des locataires de Sherbrooke",
            ]
        );
    }

    #[test]
    fn a_long_name_with_a_dash_and_its_country_opens_an_on_behalf_block() {
        // Real parties, invented persons: the name's words are counted without the dash and
        // the country after the comma.
        let text = "Appello\n\nNo al riarmo.\n\nPer il Partito Comunista d’Albania\nArben Probe\nPrimo Segretario\n\n\
            Per il Partito Comunista dei Lavoratori – per la Pace e il Socialismo (KTP), Finlandia\n\
            Mikko Muster\nPresidente\n\nPer il Partito Comunista Operaio Russo (RKRP)\nSergej Beispiel\nSegretario del CC\n";
        let got = names(text);
        let got = crate::extract::written_and_person(&got);
        assert_eq!(
            got[1],
            (
                "Partito Comunista dei Lavoratori – per la Pace e il Socialismo (KTP), Finlandia",
                Some("Mikko Muster")
            )
        );
    }

    #[test]
    fn a_party_named_like_a_person_before_its_country_and_signer_is_the_entrys_party() {
        // Real parties, invented persons: "Party, Country – Name, role" items whose party's
        // name has a person's shape (two capitalised words) are neither a person line nor a
        // list item without a party.
        let text = "Joint statement\n\nWe demand peace.\n\nSigned by:\n\n\
            - Rødt, Norway – Ingrid Beispiel, deputy leader\n\
            - Sosialistisk Venstreparti, Norway – Henrik Muster, international secretary\n\
            - Tjóðveldi, Faroe Islands\n\
            - Inuit Ataqatigiit, Greenland – Naja Probe, member of Inatsisartut\n";
        let got = names(text);
        let got = crate::extract::written_and_person(&got);
        assert_eq!(
            got,
            [
                ("Rødt, Norway", Some("Ingrid Beispiel")),
                ("Sosialistisk Venstreparti, Norway", Some("Henrik Muster")),
                ("Tjóðveldi, Faroe Islands", None),
                ("Inuit Ataqatigiit, Greenland", Some("Naja Probe")),
            ]
        );
    }

    #[test]
    fn an_organisation_over_a_name_and_role_after_a_block_opens_the_next_block() {
        // Real organisations, invented persons: after an "on behalf of" block, lines that
        // name an organisation with no party word, each over its signer's "Name, role".
        let text = "Offener Brief\n\nFür die KPÖ Steiermark\nAnna Beispiel\nLandessprecherin\n\n\
            Mietervereinigung Österreichs – Steiermark\nBerta Muster, Landesvorsitzende\n\n\
            Volkshilfe Steiermark\nCarla Probe, Geschäftsführerin\n";
        let got = names(text);
        let want = [
            ("KPÖ Steiermark", "Anna Beispiel"),
            ("Mietervereinigung Österreichs – Steiermark", "Berta Muster"),
            ("Volkshilfe Steiermark", "Carla Probe"),
        ];
        let got = crate::extract::written_and_person(&got);
        assert_eq!(got, want.map(|(a, p)| (a, Some(p))).to_vec());
    }

    #[test]
    fn the_role_under_a_blocks_signer_is_read_once_and_later_blocks_drop_their_for() {
        // Real parties, invented persons: "Für" blocks set apart by two blank lines, the
        // later ones under names that are neither known nor capitalised ("solidaritéS") or
        // after an article ("die Junge Linke").
        let text = "Wien, am 15. Oktober 2023\n\n\nFür DIE LINKE\nKatrin Beispiel\nParteivorsitzende\n\n\n\
            Für die KPÖ – Kommunistische Partei Österreichs\nMichael Probe\nBundessprecher\n\n\n\
            Für LINKS\nSelma Test\nSprecherin\n\n\n\
            Für die Partei der Arbeit der Schweiz (PdA)\nGavriel Muster\nPräsident\n\n\n\
            Für solidaritéS\nLaurence Probe\nmembre de la coordination nationale\n\n\n\
            Für déi Lénk\nCarole Beispiel\nCo-Sprecherin\n\n\n\
            Für die Junge Linke\nLea Test\nVorstandsmitglied\n";
        let got = names(text);
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(
            got,
            [
                ("DIE LINKE", Some("Katrin Beispiel"), Some("Parteivorsitzende")),
                (
                    "KPÖ – Kommunistische Partei Österreichs",
                    Some("Michael Probe"),
                    Some("Bundessprecher")
                ),
                ("LINKS", Some("Selma Test"), Some("Sprecherin")),
                (
                    "Partei der Arbeit der Schweiz (PdA)",
                    Some("Gavriel Muster"),
                    Some("Präsident")
                ),
                (
                    "solidaritéS",
                    Some("Laurence Probe"),
                    Some("membre de la coordination nationale")
                ),
                ("déi Lénk", Some("Carole Beispiel"), Some("Co-Sprecherin")),
                ("Junge Linke", Some("Lea Test"), Some("Vorstandsmitglied")),
            ]
        );
    }

    #[test]
    fn a_list_under_its_lead_in_ends_before_the_pages_tags_and_a_late_joiner_is_its_party() {
        // Invented: a lead-in, a list, a sentence naming a party that joined later, and
        // the page's tag line, which reads like "Name, role" but is navigation.
        let text = "Hanno sottoscritto la dichiarazione:\n\nPartito Comunista di Musterlandia – Italia\n\
            Partito del Lavoro Esempio – Spagna\nMovimento Democratico Finto (MDF) – Algeria\n\n\
            Ha inoltre aderito il Partito della Sinistra Immaginaria.\n\nTag: Palestina, Gaza, pace\n";
        let got = names(text);
        let written: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            written,
            [
                "Partito Comunista di Musterlandia – Italia",
                "Partito del Lavoro Esempio – Spagna",
                "Movimento Democratico Finto (MDF) – Algeria",
                "Partito della Sinistra Immaginaria"
            ]
        );
        assert!(got.iter().all(|(_, p, r)| p.is_none() && r.is_none()), "{got:?}");
    }

    #[test]
    fn a_subtitle_of_party_words_in_small_letters_after_pour_opens_no_block() {
        assert_eq!(
            on_behalf("Pour l'égalité des droits des travailleuses et travailleurs frontaliers"),
            None
        );
        // A party's name after the same words does.
        assert_eq!(
            on_behalf("Pour le Parti des travailleurs frontaliers").as_deref(),
            Some("Parti des travailleurs frontaliers")
        );
    }

    #[test]
    fn pour_opens_a_block_before_any_name_but_not_before_a_clause_or_past_the_tags() {
        // Invented: "Pour" before an elided article and before a name without one; the
        // page's keywords; a newsletter line that opens with "Pour" and a clause.
        let text = "Pour le Parti de l’Exemple (PE)\nAmina Sow\nSecrétaire général\n\n\
            Pour l’Alliance des forces imaginaires (AFI)\nMoussa Fall\nPrésident\n\n\
            Pour And-Jëf/Parti africain de la démonstration (AJ/PAD)\nAwa Ndiaye\nPorte-parole\n\n\
            Mots clés : Gauche, PE, AFI, Dette\n\n\
            Pour être informé des derniers articles, inscrivez-vous :\nNewsletter\n";
        let got = names(text);
        let written: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            written,
            [
                "Parti de l’Exemple (PE)",
                "Alliance des forces imaginaires (AFI)",
                "And-Jëf/Parti africain de la démonstration (AJ/PAD)"
            ],
            "{got:?}"
        );
        assert_eq!(got[1].1.as_deref(), Some("Moussa Fall"));
    }

    #[test]
    fn a_capitalised_article_after_the_opener_stays_in_the_name_and_a_wrapped_sentence_leads_in_nothing() {
        // Invented blocks: "Por La France insoumise" keeps its article; "Por el Partido"
        // does not.
        let text = "Por el Partido Ejemplo de Musterland\nAna Prueba\nsecretaria general\n\n\
            Por La France insoumise\nYann Essai\ncoordinateur\n";
        let got = names(text);
        let written: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(written, ["Partido Ejemplo de Musterland", "La France insoumise"]);
        let g = Gazetteer::bundled();
        assert_ne!(
            classify(
                g,
                "Con posterioridad a la firma se han adherido a esta declaración el"
            ),
            Kind::LeadIn
        );
        assert_eq!(classify(g, "Se han adherido a esta declaración:"), Kind::LeadIn);
    }

    #[test]
    fn a_role_of_the_central_committee_of_an_acronym_signs_for_the_entry_or_block_above() {
        // Invented entries: a party's name, then "ROLE of the CC ACRONYM Initials Surname";
        // and the same under "For the ..." blocks.
        let text = "Joint statement\n\nWe call for peace.\n\nCommunist Party of Exampleland\n\
            Chairman of the CC CPE I.P. Testov\n\nCommunist Party of Sampleland\n\
            First Secretary of the CC CPS A.V. Probin\n\nUnited Party of Workers of Demoland\n\
            Chairman of the CC UPWD T.K. Demov\n";
        let got = names(text);
        assert_eq!(
            crate::extract::written_and_person(&got),
            [
                ("Communist Party of Exampleland", Some("I.P. Testov")),
                ("Communist Party of Sampleland", Some("A.V. Probin")),
                ("United Party of Workers of Demoland", Some("T.K. Demov")),
            ],
            "{got:?}"
        );
        assert_eq!(got[1].2.as_deref(), Some("First Secretary of the CC CPS"));
        let blocks = "For the Communist Party of Exampleland\nChairman of the CC CPE    I.P. Testov\n\n\n\
            For the Communist Party of Sampleland\nFirst Secretary of the CC CPS    A.V. Probin\n";
        let got = names(blocks);
        assert_eq!(
            got.iter().map(|(a, _, _)| a.as_str()).collect::<Vec<_>>(),
            ["Communist Party of Exampleland", "Communist Party of Sampleland"],
            "{got:?}"
        );
    }

    #[test]
    fn a_contact_heading_with_its_contact_on_the_same_line_ends_a_list() {
        assert!(is_contact_heading(
            "Kontakt: Partei der Arbeit Österreichs, Internationale Abteilung"
        ));
        assert!(is_contact_heading("Für Rückfragen:"));
        assert!(!is_contact_heading("Partei der Arbeit Österreichs: Vorsitzender"));
    }

    #[test]
    fn names_paired_with_their_country_between_and_after_a_lists_entries_are_entries() {
        // Each such name stands alone between entries the list reader takes (a block of
        // `<br>` lines): no region of its own would read it.
        let html = "<h1>Appello</h1><p>Chiediamo ai governi di respingere il piano.</p>\n<p>Partito della Rifondazione Comunista (Italia)<br>\nPartito Comunista Italiano (Italia)<br>\nPartito Comunista Francese (Francia)<br>\nPartito Comunista di Spagna (Spagna)<br>\nIzquierda Unida (Spagna)<br>\nPartito Comunista Portoghese (Portogallo)<br>\nBloco de Esquerda (Portogallo)<br>\nAKEL (Cipro)<br>\nPartito del Lavoro del Belgio – PTB-PVDA (Belgio)<br>\nDie Linke (Germania)<br>\nPartito Comunista Tedesco – DKP (Germania)<br>\nPartito Comunista d’Austria – KPÖ (Austria)<br>\nPartito Svizzero del Lavoro (Svizzera)<br>\ndéi Lénk (Lussemburgo)<br>\nVänsterpartiet (Svezia)<br>\nEnhedslisten (Danimarca)</p>";
        let lines = crate::text::html::to_lines(html);
        let got: Vec<String> = find(Gazetteer::bundled(), &lines)
            .signatories
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(
            got,
            [
                "Partito della Rifondazione Comunista (Italia)",
                "Partito Comunista Italiano (Italia)",
                "Partito Comunista Francese (Francia)",
                "Partito Comunista di Spagna (Spagna)",
                "Izquierda Unida (Spagna)",
                "Partito Comunista Portoghese (Portogallo)",
                "Bloco de Esquerda (Portogallo)",
                "AKEL (Cipro)",
                "Partito del Lavoro del Belgio – PTB-PVDA (Belgio)",
                "Die Linke (Germania)",
                "Partito Comunista Tedesco – DKP (Germania)",
                "Partito Comunista d’Austria – KPÖ (Austria)",
                "Partito Svizzero del Lavoro (Svizzera)",
                "déi Lénk (Lussemburgo)",
                "Vänsterpartiet (Svezia)",
                "Enhedslisten (Danimarca)",
            ]
        );
    }

    #[test]
    fn a_list_that_ends_inside_its_block_says_what_it_left_out() {
        // Invented: names in the genitive after a lead-in; the second reads as no party, nor
        // as a name (a block of names alone would be read whole).
        let g = Gazetteer::bundled();
        let text =
            "Apel\n\nPodpisali:\n\nPartii Razem\nNowej Lewicy (Gdańsk, Sopot)\nUnii Pracy\nPartii Zieloni\n";
        let found = find(g, &crate::text::lines::split_lines(text));
        let said: Vec<&str> = found.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(
            said.iter()
                .any(|m| m.contains("ends at `Nowej Lewicy (Gdańsk, Sopot)`") && m.contains("lines 6-8")),
            "{said:?}"
        );
    }

    #[test]
    fn for_the_signatories_opens_their_list_and_names_no_party() {
        // Invented: "Für die Unterzeichnenden" has an "on behalf of" opener before a word of
        // the lead-ins; organs of parties before "der".
        let text = "Erklärung\n\nWir fordern Frieden.\n\n**Für die Unterzeichnenden:**\n\n\
            Anna Beispiel, Präsidentin der Sozialdemokratischen Partei Musterlands\n\
            Präsidium der Partei der Arbeit Musterlands\n\
            Zentralsekretariat der Grünen Partei Musterlands\n";
        let got = super::read_names(text);
        let parties: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert!(!parties.iter().any(|p| p.contains("Unterzeichnenden")), "{got:?}");
        assert_eq!(parties.len(), 3, "{got:?}");
        let got = crate::extract::borrowed_rows(&got);
        assert!(
            got.contains(&("Partei der Arbeit Musterlands", None, Some("Präsidium"))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Grünen Partei Musterlands", None, Some("Zentralsekretariat"))),
            "{got:?}"
        );
    }

    #[test]
    fn an_office_of_a_party_among_blocks_is_its_party_and_a_sentence_after_them_is_not_a_block() {
        // Invented: "Pour PARTY" / person / role blocks, one block with only an office of a
        // party, and a sentence after the last block that names no signer.
        let text = "Appel\n\nNous appelons à la paix.\n\n\
            Pour le Parti communiste de Mustérie\nJeanne Exemple\nPrésidente\n\n\
            Pour le Parti du Travail de Mustérie (PTM)\nPaul Modèle\nSecrétaire national\n\n\
            Secrétariat national du Parti de gauche de Mustérie\n\n\
            Pour le Parti ouvrier de Mustérie\nMarie Essai\nPorte-parole\n\n\
            La Gauche unie, qui a suivi les travaux en qualité d’observatrice, n’est pas signataire\n\
            du présent appel.\n";
        let got = names(text);
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            got[2],
            ("Parti de gauche de Mustérie", None, Some("Secrétariat national"))
        );
        assert_eq!(
            got[3],
            (
                "Parti ouvrier de Mustérie",
                Some("Marie Essai"),
                Some("Porte-parole")
            )
        );
    }

    #[test]
    fn a_photo_credit_is_page_furniture() {
        let g = Gazetteer::bundled();
        assert_eq!(classify(g, "Фото: пресс-служба обкома КПРФ"), Kind::Blank);
        assert_eq!(classify(g, "Photo : Parti communiste français"), Kind::Blank);
        assert_ne!(classify(g, "Photo Club of the Workers' Party"), Kind::Blank);
    }

    #[test]
    fn russian_branches_of_parties_are_entries_not_headlines() {
        // Invented: a bare list of regional branches, indented, blank lines between.
        let text = "Принято на совещании 5 мая 2024 г.\n\n\
            \x20   Омское областное отделение КПРФ - первый секретарь обкома И.П. Петров\n\n\
            \x20   Региональное отделение партии \"Справедливая Россия - За правду\" в Омской области\n\n\
            \x20   Омский горком ЛКСМ РФ\n";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn running_heads_with_their_page_number_and_after_a_form_feed_are_page_furniture() {
        // Invented signature blocks across a page break of a text converted from PDF.
        let text = "Encuentro de Partidos de Izquierda – Lima 2019            1\n\n\
            Por el Partido Socialista del Perú\nAna Torres Vega\nPresidenta\n\n\
            Por el Frente Amplio (Uruguay)\nJuan Pérez Soto\nSecretario General\n\n\
            Encuentro de Partidos de Izquierda – Lima 2019            2\n\
            \u{c}Encuentro de Partidos de Izquierda – Lima 2019\n\n\
            Por el Partido dos Trabalhadores (PT), Brasil\nMarcia Ribeiro\nSecretária de Relações Internacionais\n";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Partido Socialista del Perú",
                "Frente Amplio (Uruguay)",
                "Partido dos Trabalhadores (PT), Brasil"
            ]
        );
        assert_eq!(
            running_key("Declaração de Lisboa          1/4").as_deref(),
            Some("Declaração de Lisboa")
        );
        assert_eq!(
            running_key("Partido Comunista"),
            Some("Partido Comunista".to_owned())
        );
    }

    #[test]
    fn a_running_head_wrapped_onto_a_second_line_is_page_furniture_on_both() {
        // Invented signature blocks of a PDF whose running head takes two lines on every
        // page after the first.
        let head = "\u{c}Declaração de Luanda – IV Encontro de Partidos dos PALOP, Brasil,\n\
            Portugal e Timor-Leste\n\n";
        let text = format!(
            "DECLARAÇÃO DE LUANDA\n\nOs partidos reunidos em Luanda aprovam a declaração.\n\n\
             {head}Os participantes saúdam o povo angolano.\n\n\
             Feito em Luanda, aos 15 de Outubro de 2024.\n\n\n\
             Movimento Popular de Libertação de Angola (MPLA)\nAlbertina Cassoma Neto\n\
             Secretária do Bureau Político\n\n\n\
             Partido dos Trabalhadores (PT) – Brasil\nRogério Vilanova Batista\n\
             Secretário Adjunto de Relações Internacionais\n\n\n                2/3\n\
             {head}Partido Africano da Independência da Guiné e Cabo Verde (PAIGC)\n\
             Domingos Có Sanhá\nVice-Presidente\n\n\n\
             Frente de Libertação de Moçambique (FRELIMO)\nCelestino Mabunda Chissano\n\
             Secretário do Comité Central\n"
        );
        let got: Vec<String> = names(&text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Movimento Popular de Libertação de Angola (MPLA)",
                "Partido dos Trabalhadores (PT) – Brasil",
                "Partido Africano da Independência da Guiné e Cabo Verde (PAIGC)",
                "Frente de Libertação de Moçambique (FRELIMO)"
            ]
        );
    }

    #[test]
    fn rules_to_sign_on_part_blocks_and_a_role_repeated_inside_is_no_running_head() {
        // Invented blocks, each under a rule to sign on, across a page break; the last
        // block's role ("Presidenta") stands beside the page number and is also another
        // block's role; an organ of a movement named by its acronym after a dash signs
        // alone.
        let rule = "_".repeat(30);
        let text = format!(
            "Brasília, 1 de maio de 2025.\n\n{rule}\nPARTIDO EXEMPLO NACIONAL – PEN\nMarta Exemplo Faria\n\
            Presidenta\n\n{rule}\nCENTRAL ÚNICA DE TESTE – CUTE\nLuciano Teste Prates\nPresidente\n\n\
            Página 1 de 2\nNOTA CONJUNTA DE TESTE\n\n{rule}\n\
            Direção Nacional do Movimento dos Trabalhadores Rurais Sem Exemplo – MTSE\n\n{rule}\n\
            UNIÃO NACIONAL DE TESTE – UNT\nManuela Prova Sá\nPresidenta\n\nPágina 2 de 2\n"
        );
        let text = format!("NOTA CONJUNTA DE TESTE\n\n{text}");
        let got = names(&text);
        let owned =
            |a: &str, p: Option<&str>, r: &str| (a.to_owned(), p.map(str::to_owned), Some(r.to_owned()));
        assert_eq!(
            got,
            [
                owned(
                    "PARTIDO EXEMPLO NACIONAL – PEN",
                    Some("Marta Exemplo Faria"),
                    "Presidenta"
                ),
                owned(
                    "CENTRAL ÚNICA DE TESTE – CUTE",
                    Some("Luciano Teste Prates"),
                    "Presidente"
                ),
                owned(
                    "Movimento dos Trabalhadores Rurais Sem Exemplo – MTSE",
                    None,
                    "Direção Nacional"
                ),
                owned(
                    "UNIÃO NACIONAL DE TESTE – UNT",
                    Some("Manuela Prova Sá"),
                    "Presidenta"
                ),
            ]
        );
    }

    #[test]
    fn a_rule_alone_over_footnotes_still_ends_the_list() {
        // Invented: entries that sign whole, a rule, then a footnote expanding acronyms.
        let text = "Hanno sottoscritto:\n\nPrimo segretario del CC del PCE A.B. Esempi\n\n\
            Presidente del CC del PCT C.D. Provov\n\nPresidente del PCX E.F. Testov\n\n\n\
            ___________________\nSigle: PCE – Partito Comunista di Esempio; PCT – Partito\n\
            Comunista di Testlandia; PCX – Partito Comunista di Provlandia. (N.d.T.)\n";
        let got = names(text);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn under_a_lead_in_a_signature_line_by_acronym_signs_for_the_party_named_above() {
        // Invented persons; the role and the signer set apart by wide spaces, as a PDF
        // prints them; the last role names only an organ; an organ of a party above a
        // signature line signs on its own.
        let gap = " ".repeat(30);
        let text = format!(
            "ПОДПИСИ:\n\nКоммунистическая партия Примерии\nПредседатель ЦК КПП{gap}В.Н. Тестов\n\n\
            Ленинский коммунистический союз молодёжи Примерии\nПервый секретарь ЦК ЛКСМ ПР{gap}Д.А. Образцов\n\n\
            Коммунистическая партия Тестовии\nПервый секретарь ЦК{gap}П.М. Примеров\n"
        );
        let owned = |a: &str, p: &str, r: &str| (a.to_owned(), Some(p.to_owned()), Some(r.to_owned()));
        assert_eq!(
            names(&text),
            [
                owned(
                    "Коммунистическая партия Примерии",
                    "В.Н. Тестов",
                    "Председатель ЦК КПП"
                ),
                owned(
                    "Ленинский коммунистический союз молодёжи Примерии",
                    "Д.А. Образцов",
                    "Первый секретарь ЦК ЛКСМ ПР"
                ),
                owned(
                    "Коммунистическая партия Тестовии",
                    "П.М. Примеров",
                    "Первый секретарь ЦК"
                ),
            ]
        );
        assert_eq!(
            super::super::regions::signer_for_name_above(
                "Секретариат ЦК Коммунистической партии Тестовии",
                "Председатель ЦК КПП В.Н. Тестов"
            ),
            None
        );
    }

    #[test]
    fn an_on_behalf_name_runs_on_and_the_next_organisation_ends_its_block() {
        // Invented blocks: "Für den Parteivorstand der" wraps; a block with no "Für" follows.
        let text =
            "Für den Parteivorstand der\nDeutschen Kommunistischen Partei (DKP)\nAnna Berg\nVorsitzende\n\n\
            Kommunistische Partei der Slowakei (KSS)\nJán Novák\nMitglied des Zentralkomitees\n";
        let got = names(text);
        assert_eq!(
            got[0],
            (
                "Parteivorstand der Deutschen Kommunistischen Partei (DKP)".into(),
                Some("Anna Berg".into()),
                Some("Vorsitzende".into())
            )
        );
        assert!(
            got.iter()
                .any(|(p, n, _)| p == "Kommunistische Partei der Slowakei (KSS)"
                    && n.as_deref() == Some("Ján Novák")),
            "{got:?}"
        );
        // "Por X" blocks after a "Por el X" one are blocks of their own.
        let text = "Por el Partido Comunista de España\nAndrés Molina\nResponsable territorial\n\n\
            Por Teruel Existe\nTomás Royo\nPortavoz\n\nPor Sumar\nElena Ruiz\nCoordinadora\n";
        let got: Vec<(String, Option<String>)> = names(text).into_iter().map(|(p, n, _)| (p, n)).collect();
        let pair = |p: &str, n: &str| (p.to_owned(), Some(n.to_owned()));
        assert_eq!(
            got,
            [
                pair("Partido Comunista de España", "Andrés Molina"),
                pair("Teruel Existe", "Tomás Royo"),
                pair("Sumar", "Elena Ruiz")
            ]
        );
    }

    #[test]
    fn items_of_an_organisation_an_office_and_a_signer_are_read_under_their_lead_in() {
        // Invented signers of real organisations, under a heading and a lead-in; the items
        // are longer than names alone, and few carry a party word.
        let text = "Deklaracja kolejowa\n\nKto podpisał?\n\nPod deklaracją podpisali się:\n\n\
            - Nowa Lewica – przewodnicząca rady wojewódzkiej Anna Kowalczyk\n\
            - Platforma Obywatelska – sekretarz regionu pomorskiego Tomasz Lis\n\
            - Polskie Stronnictwo Ludowe – prezes zarządu wojewódzkiego Jan Nowak\n\
            - Polska 2050 – koordynatorka regionu Maria Lis\n\
            - Partia Razem – członek zarządu okręgu Michał Zając\n\
            - Partia Zieloni – współprzewodniczący koła trójmiejskiego Adam Wrona\n\
            - Związek Zawodowy Maszynistów Kolejowych w Polsce – przewodniczący sekcji gdyńskiej Piotr Wiśniewski\n\
            - NSZZ „Solidarność” Region Gdański – wiceprzewodniczący zarządu regionu Paweł Sowa\n\
            - Fundacja Pro Kolej – prezes fundacji Ewa Zielińska\n\
";
        assert_eq!(
            names(text),
            [
                (
                    "Nowa Lewica".into(),
                    Some("Anna Kowalczyk".into()),
                    Some("przewodnicząca rady wojewódzkiej".into())
                ),
                (
                    "Platforma Obywatelska".into(),
                    Some("Tomasz Lis".into()),
                    Some("sekretarz regionu pomorskiego".into())
                ),
                (
                    "Polskie Stronnictwo Ludowe".into(),
                    Some("Jan Nowak".into()),
                    Some("prezes zarządu wojewódzkiego".into())
                ),
                (
                    "Polska 2050".into(),
                    Some("Maria Lis".into()),
                    Some("koordynatorka regionu".into())
                ),
                (
                    "Partia Razem".into(),
                    Some("Michał Zając".into()),
                    Some("członek zarządu okręgu".into())
                ),
                (
                    "Partia Zieloni".into(),
                    Some("Adam Wrona".into()),
                    Some("współprzewodniczący koła trójmiejskiego".into())
                ),
                (
                    "Związek Zawodowy Maszynistów Kolejowych w Polsce".into(),
                    Some("Piotr Wiśniewski".into()),
                    Some("przewodniczący sekcji gdyńskiej".into())
                ),
                (
                    "NSZZ „Solidarność” Region Gdański".into(),
                    Some("Paweł Sowa".into()),
                    Some("wiceprzewodniczący zarządu regionu".into())
                ),
                (
                    "Fundacja Pro Kolej".into(),
                    Some("Ewa Zielińska".into()),
                    Some("prezes fundacji".into())
                ),
            ]
        );
    }

    #[test]
    fn names_under_a_long_lead_in_one_after_each_blank_line_or_up_to_a_sentence_are_read() {
        // Invented organisations. A lead-in of twelve words, names set apart by blank lines
        // (one with a dash before its branch), then a sentence.
        let spaced = "Wspólne stanowisko\n\nWzywamy rządy do ochrony rzek.\n\n\
            Do stanowiska przyłączyły się także organizacje przyrodnicze z Polski, Niemiec i Czech:\n\n\
            Koalicja Czystych Rzek\n\nGreenpeace Przykład\n\nZielony Klub – Okręg Północny\n\n\
            Fundacja Zielona\n\nLipnik\n\nStanowisko można pobrać tutaj w wersji niemieckiej.\n";
        let got: Vec<String> = names(spaced).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Koalicja Czystych Rzek",
                "Greenpeace Przykład",
                "Zielony Klub – Okręg Północny",
                "Fundacja Zielona",
                "Lipnik"
            ]
        );
        // One name a line, a page's paragraphs: the sentence after them ends the list.
        let tight = "Wspólny apel\n\nWzywamy rządy do ochrony rzek.\n\nDo apelu przyłączyły się także:\n\
            Lipnik\nZieloni Regionu (ZR)\nKlub Gaja\nZielona Akcja Przykład\n\
            Więcej informacji znajdą Państwo na stronie internetowej naszej partii.\n";
        let got: Vec<String> = names(tight).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Lipnik",
                "Zieloni Regionu (ZR)",
                "Klub Gaja",
                "Zielona Akcja Przykład"
            ]
        );
    }

    #[test]
    fn spanish_blocks_opened_by_por_side_by_side_and_a_clause_after_pour_names_nobody() {
        // Invented signers. Two columns of "Por X" blocks, names of no party word on the
        // right; the mark "Fdo.:" before each signer.
        let text = "Manifiesto\n\nPor todo ello, EXIGIMOS una sanidad pública.\n\n\
            Por el PSOE de Ejemplo                   Por Podemos Ejemplo\n\
            Fdo.: Marcos Ruiz Quintana               Fdo.: Noelia Ortiz del Río\n\
            Secretario de Sanidad                    Coordinadora autonómica\n\n\n\
            Por IU Ejemplo                           Por Sumar Ejemplo\n\
            Fdo.: Óscar Pellón Díaz                  Fdo.: Ainhoa Cuesta Lavín\n\
            Coordinador regional                     Portavoz regional\n";
        // The mark before a signer is dropped when the record is made.
        let got: Vec<_> = names(text)
            .into_iter()
            .map(|(party, person, role)| {
                let person = person.map(|p| super::super::vocab::without_address_forms(&p).to_owned());
                (party, person, role)
            })
            .collect();
        assert_eq!(
            crate::extract::borrowed_rows(&got),
            [
                (
                    "PSOE de Ejemplo",
                    Some("Marcos Ruiz Quintana"),
                    Some("Secretario de Sanidad")
                ),
                (
                    "Podemos Ejemplo",
                    Some("Noelia Ortiz del Río"),
                    Some("Coordinadora autonómica")
                ),
                (
                    "IU Ejemplo",
                    Some("Óscar Pellón Díaz"),
                    Some("Coordinador regional")
                ),
                (
                    "Sumar Ejemplo",
                    Some("Ainhoa Cuesta Lavín"),
                    Some("Portavoz regional")
                ),
            ]
        );
        // "Pour tout cela, EXIGEONS :" names no organisation.
        assert_eq!(on_behalf("Pour tout cela, EXIGEONS :"), None);
    }

    #[test]
    fn two_parties_with_their_brackets_on_one_line_under_a_lead_in_are_two() {
        // Invented parties: a list that joined later, on one line joined by "oraz" (and).
        let text = "Oświadczenie\n\nWzywamy do pokoju.\n\nPodpisali:\n\n1. Partia Pierwsza (Polska)\n2. Partia Druga (Czechy)\n\
            3. Partia Trzecia (Słowacja)\n\n\
            Oświadczenie pozostaje otwarte na podpisy innych partii. Po jego opublikowaniu przyłączyły się również:\n\
            Komunistyczna Partia Estonii (Estonia) oraz Socjalistyczna Partia Łotwy (Łotwa).\n";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Partia Pierwsza (Polska)",
                "Partia Druga (Czechy)",
                "Partia Trzecia (Słowacja)",
                "Komunistyczna Partia Estonii (Estonia)",
                "Socjalistyczna Partia Łotwy (Łotwa)"
            ]
        );
    }

    #[test]
    fn a_list_right_under_its_lead_in_is_read_though_few_names_carry_a_party_word() {
        // Invented organisations; a list of demands above is not read.
        let text = "Appel\n\nNous demandons :\n\n- la gratuité des transports publics ;\n\
            - un plafond des loyers.\n\n**Premiers signataires :**\n\n- Parti socialiste du Jura (PSJ)\n\
            - Ensemble à Gauche\n- solidaritéS Bienne\n- Unia Jura\n- syndicom\n\n\
            Rassemblement samedi à 14 heures.\n";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Parti socialiste du Jura (PSJ)",
                "Ensemble à Gauche",
                "solidaritéS Bienne",
                "Unia Jura",
                "syndicom"
            ]
        );
    }

    #[test]
    fn two_columns_of_signature_blocks_each_over_its_rule_are_read_as_columns() {
        // Real parties, invented signers: pdftotext of a page of "For PARTY" blocks, two
        // side by side, a rule to sign on over each signer.
        let rule = "______________________________                            ______________________________";
        let text = format!(
            "Final Communiqué\n\nWe met.\n\nSIGNED BY:\n\n\
             For the African National Congress (ANC)                   For Chama Cha Mapinduzi (CCM)\n\n\n{rule}\n\
             Cde. Thabo Khumalo                                        Cde. Asha Mrisho\n\
             Secretary General                                         Secretary General\n\n\n\
             For the SWAPO Party                                       For ZANU-PF\n\n\n{rule}\n\
             Cde. Ndapewa Amutenya                                     Cde. Rudo Moyo\n\
             Secretary General                                         Secretary for Administration\n"
        );
        let got = names(&text);
        let parties: Vec<&str> = got.iter().map(|n| n.0.as_str()).collect();
        assert_eq!(
            parties,
            [
                "African National Congress (ANC)",
                "Chama Cha Mapinduzi (CCM)",
                "SWAPO Party",
                "ZANU-PF"
            ]
        );
        assert_eq!(got[3].2.as_deref(), Some("Secretary for Administration"));
    }

    #[test]
    fn a_tight_block_of_names_under_a_line_that_speaks_of_signing_is_read_without_party_words() {
        // Invented organisations: no word in them marks a party, the lead-in says what they are.
        let text =
            "Appello per la ferrovia\n\nIl documento chiede di sbloccare i fondi per il raddoppio.\n\n\
            Le adesioni delle organizzazioni sociali:\nCgil Valdimagra\nCisl Apuana Nord\nLegambiente Magra\n\
            Arci Valdimagra\n\nIl documento resta aperto ad altre adesioni fino al 31 ottobre.\n";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            [
                "Cgil Valdimagra",
                "Cisl Apuana Nord",
                "Legambiente Magra",
                "Arci Valdimagra"
            ]
        );
        // Two names are no such block, and neither is a block that runs on into a sentence.
        let short = "Appello\n\nHanno aderito:\nCgil Valdimagra\nArci Valdimagra\n";
        assert!(names(short).is_empty());
        let runs_on = "Appello\n\nHanno aderito:\nCgil Valdimagra\nArci Valdimagra\nLegambiente Magra\n\
            e altre sigle del territorio hanno annunciato la loro presenza.\n";
        assert!(names(runs_on).is_empty());
    }

    #[test]
    fn exchange_rates_under_a_related_headline_that_speaks_of_signing_are_not_read() {
        // A news site's sidebar: a related headline with a signing verb, then its rates box.
        let text = "Последние новости\nРумыния и Молдова подписали соглашение о мосте\n\
            Курсы валют НББ\nUSD 17,6400\nEUR 18,6799\nRON 3,7523\n";
        let got = names(text);
        assert!(!got.iter().any(|n| n.0.contains(',')), "{got:?}");
        assert!(got.len() <= 1, "{got:?}");
    }

    #[test]
    fn two_columns_of_blocks_under_a_running_head_with_a_blank_line_inside_each_block() {
        // Invented organisations and persons; pdftotext -layout of a page whose running
        // head ends far right, and blocks "organisation" / "" / "person" / "role".
        let head = format!("{:<70}Seite 1", "Erklärung zur Zukunft des Werks");
        let row = |l: &str, r: &str| format!("{l:<45}{r}");
        let mut text = vec![
            head,
            String::new(),
            "Wir fordern den Erhalt aller Arbeitsplätze am Standort und einen Plan".to_owned(),
            "für die Zukunft der Region, den alle Beteiligten gemeinsam tragen.".to_owned(),
            String::new(),
            "Neustadt, den 3. März 2026".to_owned(),
            String::new(),
            String::new(),
        ];
        for (l, r) in [
            ("SPD-Ortsverein Neustadt", "DIE LINKE Neustadt"),
            ("", ""),
            ("Anna Berger", "Paul Kranz"),
            ("Vorsitzende", "Sprecher"),
        ] {
            text.push(row(l, r));
        }
        text.extend([String::new(), String::new(), String::new()]);
        for (l, r) in [
            ("IG Metall Neustadt", "DKP Neustadt"),
            ("", ""),
            ("Jörg Lehmann", "Eva Sommer"),
            ("Bevollmächtigter", "Vorsitzende"),
        ] {
            text.push(row(l, r));
        }
        let got = names(&text.join("\n"));
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(
            got,
            [
                (
                    "SPD-Ortsverein Neustadt",
                    Some("Anna Berger"),
                    Some("Vorsitzende")
                ),
                ("DIE LINKE Neustadt", Some("Paul Kranz"), Some("Sprecher")),
                (
                    "IG Metall Neustadt",
                    Some("Jörg Lehmann"),
                    Some("Bevollmächtigter")
                ),
                ("DKP Neustadt", Some("Eva Sommer"), Some("Vorsitzende")),
            ]
        );
    }

    #[test]
    fn numbered_list_after_lead_in() {
        let text = "Title\n\nThe parties that sign this statement:\n\n  1. CP of Albania\n\n  2.   Workers Party of Ireland\n3) Tudeh Party, Iran\n\nSome closing words here.";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(
            got,
            ["CP of Albania", "Workers Party of Ireland", "Tudeh Party, Iran"]
        );
    }

    #[test]
    fn a_byline_opened_by_for_is_no_block() {
        assert_eq!(on_behalf("Por **Nerea Ejemplo Ortuño** | MADRID"), None);
        assert_eq!(
            on_behalf("Por el Partido Comunista de España"),
            Some("Partido Comunista de España".to_owned())
        );
    }

    #[test]
    fn on_behalf_blocks_with_a_group() {
        let text = "On behalf of the Communist Party of Narnia:\n\nChairman **Ivan Petrov**\n\n\
            On behalf of Parties operating under special conditions:\n\n\
            First Secretary of the Central Committee of the Communist party of Latvia\n\n\
            The representative of the Central Committee of the Communist party of Lithuania **Jonas Jonaitis**\n\n\
            Minsk,\nMarch 3, 2021";
        let got = names(text);
        assert_eq!(
            got[0],
            (
                "Communist Party of Narnia".into(),
                Some("Ivan Petrov".into()),
                Some("Chairman".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "Communist party of Latvia".into(),
                None,
                Some("First Secretary of the Central Committee".into())
            )
        );
        assert_eq!(
            got[2],
            (
                "Communist party of Lithuania".into(),
                Some("Jonas Jonaitis".into()),
                Some("Representative of the Central Committee".into())
            )
        );
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn plain_country_colon_lines_after_a_lead_in() {
        let text = "Premiers signataires\nGrèce : KKE\nPortugal : Parti communiste portugais\n18 février 2017\nIn Solidnet";
        let got: Vec<String> = names(text).into_iter().map(|n| n.0).collect();
        assert_eq!(got, ["Grèce : KKE", "Portugal : Parti communiste portugais"]);
    }

    #[test]
    fn a_cut_off_last_item_is_left_out_and_reported() {
        let g = Gazetteer::bundled();
        let text = "Signatories:\n1. CP of Malta\n2. CP of Norway\n3. Co";
        let f = find(g, &split_lines(text));
        assert_eq!(f.signatories.len(), 2);
        assert!(f
            .diagnostics
            .iter()
            .any(|d| d.line == Some(4) && d.message.contains("cut off")));
    }

    #[test]
    fn representatives_in_entries_two_line_entries_and_page_furniture() {
        let text = "Brussels, 5 May 2019 — signed by:\n\n\
            Communist Party of Narnia : Jean-Luc Marchand, national secretary\n\
            Workers' Party of Ruritania\n    Anna Kowalczyk, member of the Central Committee\n\
            — 2 —\n\
            Koen Vermeulen (Head of the International Department), Labour Party of Freedonia, Belgium\n\
            Common Declaration · page 3\n\
            Socialist Party of Latveria\n";
        let got = names(text);
        let want = [
            (
                "Communist Party of Narnia",
                Some("Jean-Luc Marchand"),
                Some("national secretary"),
            ),
            (
                "Workers' Party of Ruritania",
                Some("Anna Kowalczyk"),
                Some("member of the Central Committee"),
            ),
            (
                "Labour Party of Freedonia, Belgium",
                Some("Koen Vermeulen"),
                Some("Head of the International Department"),
            ),
            ("Socialist Party of Latveria", None, None),
        ];
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(got, want);
    }
}
