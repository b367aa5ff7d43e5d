//! One signatory entry read apart: the country affix ("Party, Country", "Country : Party",
//! "Party (Country)"...), a person and role ("ROLE **NAME**", "NAME, ROLE of PARTY").

use crate::text::fold::{is_capital, is_small_letter};

use super::vocab::{is_role_head, is_role_word, looks_like_party, names_an_organ, opens_with_person};
use crate::lang;
use crate::reference::countries::Gazetteer;
use crate::text::fold::{fold, key, words};

/// A signer read from a sentence (a news-report chain, a pair of parallel lists): party as
/// written, role, person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// The party as written.
    pub party: String,
    /// The role, when the text gives one.
    pub role: Option<String>,
    /// The person.
    pub person: String,
}

/// A signatory entry read apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// The entry as the text writes it (markers, bold and trailing punctuation removed).
    pub as_written: String,
    /// The organisation's name without its country affix.
    pub party: String,
    /// Gazetteer index of a country given as an affix.
    pub country: Option<usize>,
    /// The signing person, if any.
    pub person: Option<String>,
    /// The person's role, if any.
    pub role: Option<String>,
}

/// Removes `**`/`__` emphasis and collapses runs of spaces.
pub fn plain(text: &str) -> String {
    text.replace("**", "")
        .replace("__", "")
        .split_whitespace()
        // What is left of a line to sign on ("Д.В. Лапшин      _______________").
        .filter(|w| !w.chars().all(|c| c == '_'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An entry's text as it counts as written: no emphasis, no surrounding spaces, no
/// trailing comma, semicolon or full stop.
pub fn as_written(text: &str) -> String {
    plain(text)
        .trim_end_matches([',', ';', '.', ':'])
        .trim()
        .to_owned()
}

/// Tidies a party name: spaces inside quotes and before commas removed.
pub fn tidy_party(text: &str) -> String {
    let mut s = plain(text);
    for (from, to) in [
        ("“ ", "“"),
        (" ”", "”"),
        ("« ", "«"),
        (" »", "»"),
        ("„ ", "„"),
        (" ,", ","),
    ] {
        s = s.replace(from, to);
    }
    s.trim_matches([' ', ',', ';', ':', '-', '–', '—'])
        .trim()
        .to_owned()
}

fn country_of(g: &Gazetteer, phrase: &str) -> Option<usize> {
    let p = phrase.trim().trim_matches(|c: char| c == '.' || c == ',');
    if p.is_empty() {
        return None;
    }
    g.lookup_name(p)
}

/// The initials of a name's capitalised words ("Partido dos Trabalhadores" -> "PT"), as
/// its acronym is often made.
pub fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// Splits a country affix off an entry: "Party, Country", "Party (Country)", "Party [Country]",
/// "Party - Country", "Country : Party", "Party Country" (a bare trailing name).
pub fn split_country_affix(g: &Gazetteer, text: &str) -> (String, Option<usize>) {
    let t = plain(text);
    let t = t.trim_end_matches([',', ';', '.']).trim();
    // Country : Party
    if let Some((left, right)) = t.split_once(':') {
        if let Some(c) = country_of(g, left) {
            if !right.trim().is_empty() {
                return (tidy_party(right), Some(c));
            }
        }
    }
    // Party (Country) / Party [Country]
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.ends_with(close) {
            if let Some(pos) = t.rfind(open) {
                let inner = &t[pos + 1..t.len() - close.len_utf8()];
                let inner_code = inner.trim();
                let is_code = inner_code.chars().count() >= 2 && inner_code.chars().all(char::is_uppercase);
                if is_own_acronym(&t[..pos], inner_code) {
                    continue;
                }
                if let Some(c) = country_of(g, inner) {
                    // A code in brackets after a name that names another country is the
                    // name's acronym ("Schweizerischen Mieterinnen- und Mieterverband (MV)"
                    // is not the Maldives').
                    let words = crate::text::fold::words(&t[..pos]);
                    let elsewhere = g.scan(&words).iter().any(|m| m.country != c);
                    if !(is_code && elsewhere) {
                        return (tidy_party(&t[..pos]), Some(c));
                    }
                }
            }
        }
    }
    // Party, Country / Party - Country; not the party's own acronym after a dash
    // ("Partido dos Trabalhadores – PT").
    for sep in [",", " - ", " – ", " — ", "/"] {
        if let Some(pos) = t.rfind(sep) {
            let tail = t[pos + sep.len()..].trim();
            if sep != "," && is_own_acronym(&t[..pos], tail) {
                continue;
            }
            if let Some(c) = country_of(g, tail) {
                let party = tidy_party(&t[..pos]);
                if !party.is_empty() {
                    return (party, Some(c));
                }
            }
        }
    }
    // A bare trailing country name as written (not inflected, not after "of"): "Socialist
    // Movement Kazakhstan". Not when the name ends in a longer, inflected country phrase
    // ("Партия коммунистов Республики Молдова").
    if let Some((name, c)) = without_country_from(g, t) {
        return (tidy_party(name), Some(c));
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    // A bracket at the end is the party's own acronym, as the bracket rule above found
    // ("Partito della Rifondazione Comunista (PRC)" is not China's).
    if tokens.last().is_some_and(|w| w.ends_with([')', ']'])) {
        return (tidy_party(t), None);
    }
    let is_country =
        |n: usize| n < tokens.len() && country_of(g, &tokens[tokens.len() - n..].join(" ")).is_some();
    let longest = (1..=4).rev().find(|&n| is_country(n));
    for n in (1..=3.min(tokens.len().saturating_sub(1))).rev() {
        if longest.is_some_and(|l| l > n) {
            break;
        }
        let tail = tokens[tokens.len() - n..].join(" ");
        let head = tokens[..tokens.len() - n].join(" ");
        let before = fold(tokens[tokens.len() - n - 1]);
        let grammar = &lang::all().grammar;
        let linked = grammar.of_links.contains(&before) || grammar.articles.contains(&before);
        if linked || !looks_like_party(&head) {
            continue;
        }
        if let Some(c) = country_of(g, &tail) {
            let written_form = g
                .get(c)
                .names
                .values()
                .flatten()
                .chain([&g.get(c).name])
                .any(|name| words(name) == words(&tail));
            if written_form {
                return (tidy_party(&head), Some(c));
            }
        }
    }
    (tidy_party(t), None)
}

/// Whether a code after a name is the name's own acronym, not a country's: "Partido dos
/// Trabalhadores (PT)" is not Portugal's; so are the first or last initials
/// ("Sozialistische Jugend Österreich (SJ)", "Associação Intervenção Democrática (ID)") and
/// the initials of every word ("Parti socialiste (PS)").
fn is_own_acronym(name: &str, code: &str) -> bool {
    let initials = initials_of(name);
    let every_word: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_uppercase)
        .collect();
    let is_code = code.chars().count() >= 2 && code.chars().all(char::is_uppercase);
    initials == code
        || every_word == code
        || (is_code && (initials.starts_with(code) || initials.ends_with(code)))
}

/// A name without the country "from" which it comes, and that country: "Vänsterpartiet aus
/// Schweden", "Русская община из Латвии" (`[grammar] from_links`; the country in any form).
pub fn without_country_from<'a>(g: &Gazetteer, text: &'a str) -> Option<(&'a str, usize)> {
    let from_links = &lang::all().grammar.from_links;
    let starts: Vec<usize> = text.match_indices(' ').map(|(i, _)| i + 1).collect();
    // The country takes one to three words after the link, the longest first.
    for k in (1..=3).rev() {
        let Some(&at) = starts.len().checked_sub(k).and_then(|i| starts.get(i)) else {
            continue;
        };
        let head = text[..at].trim_end();
        let Some((name, link)) = head.rsplit_once(' ') else {
            continue;
        };
        if from_links.contains(&fold(link)) && !name.trim().is_empty() {
            if let Some(c) = country_of(g, &text[at..]) {
                return Some((name.trim_end(), c));
            }
        }
    }
    None
}

/// Splits emphasis: returns the text outside `**...**` and the emphasised text.
fn split_bold(text: &str) -> (String, Option<String>) {
    let Some(start) = text.find("**") else {
        return (text.to_owned(), None);
    };
    let Some(len) = text[start + 2..].find("**") else {
        return (text.replace("**", ""), None);
    };
    let inner = text[start + 2..start + 2 + len].trim().to_owned();
    let outer = format!("{} {}", &text[..start], &text[start + 4 + len..]);
    (outer, (!inner.is_empty()).then_some(inner))
}

/// Whether a token may be a word of a person's name: capitalised (or an initial), no role
/// word, no figure.
pub fn is_name_token(tok: &str) -> bool {
    let t = tok.trim_matches(|c: char| c == ',' || c == '.' || c == ';');
    let first_upper = t.chars().next().is_some_and(is_capital);
    // Initials ("A.") count as name tokens; a slash joins names of organisations
    // ("Setúbal/CGTP-IN"), never a person's.
    first_upper && !is_role_word(t) && !t.chars().any(|c| c.is_ascii_digit() || c == '/')
}

/// The run of name tokens at the end of `text` (at least two), as `(rest, name)`.
pub fn trailing_name(text: &str) -> Option<(String, String)> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let particles = &lang::all().names.particles;
    let mut start = tokens.len();
    while start > 0 {
        let tok = tokens[start - 1];
        if is_name_token(tok) || (particles.contains(tok) && start < tokens.len()) {
            start -= 1;
        } else {
            break;
        }
    }
    // A particle cannot open a name.
    while start < tokens.len() && particles.contains(tokens[start]) {
        start += 1;
    }
    start += country_opening_a_name(&tokens, start);
    let name_len = tokens.len() - start;
    if !(2..=5).contains(&name_len) {
        return None;
    }
    Some((tokens[..start].join(" "), tokens[start..].join(" ")))
}

/// How many of the name words from `start` on are a country's name that belongs to the
/// words before them: the whole run ("Communist Party of Sri Lanka"), or its opening words
/// after a link ("Communist Party of Chad Mahamat Ali"). A country of two words or more
/// opening the run after any word counts too ("Communist Party of Great Britain Robert
/// Griffiths").
pub(super) fn country_opening_a_name(tokens: &[&str], start: usize) -> usize {
    let g = Gazetteer::bundled();
    let run = &tokens[start..];
    let after_link = start > 0 && super::vocab::is_link(tokens[start - 1]);
    (1..=run.len().min(3))
        .rev()
        .find(|&n| {
            let whole = n == run.len();
            (whole || after_link || n > 1) && g.lookup_name(&run[..n].join(" ")).is_some()
        })
        .unwrap_or(0)
}

/// A leading person name followed by a comma ("Gennady Zyuganov, Chairman"), or by its
/// role in brackets ("Anna Lis (przewodnicząca)"), as `(name, rest)`.
pub fn leading_name(text: &str) -> Option<(String, String)> {
    if let Some((head, rest)) = text.split_once(',') {
        return person_name(head).map(|name| (name, rest.trim().to_owned()));
    }
    // "Tomasz Wrona (przewodniczący Rady Naczelnej)": the role in brackets after the name.
    let (head, rest) = text.trim().strip_suffix(')')?.split_once(" (")?;
    person_name(head)
        .filter(|_| names_an_office(rest) && !rest.contains(['(', ')']))
        .map(|name| (name, rest.trim().to_owned()))
}

/// Whether text names an office: a role's head among its words, or an organ ("Head of the
/// International Department", "Rada Naczelna").
pub(super) fn names_an_office(text: &str) -> bool {
    text.split_whitespace().any(is_role_head) || names_an_organ(&fold(text))
}

/// Text that is a person's name alone: two to five name words (particles inside), as
/// written with single spaces.
fn person_name(text: &str) -> Option<String> {
    let tokens: Vec<&str> = super::vocab::after_titles(text).split_whitespace().collect();
    let particles = &lang::all().names.particles;
    let ok = (2..=5).contains(&tokens.len())
        && tokens.first().is_some_and(|t| is_name_token(t))
        && tokens.last().is_some_and(|t| is_name_token(t))
        && tokens.iter().all(|t| is_name_token(t) || particles.contains(t));
    ok.then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a country and a dash follow the first comma ("Inuit Ataqatigiit, Greenland –
/// Naja Kleist, member of Inatsisartut"): an organisation, its country, then its signer.
pub fn names_country_then_signer(text: &str) -> bool {
    let Some((_, rest)) = text.split_once(',') else {
        return false;
    };
    super::vocab::SPACED_DASHES.iter().any(|dash| {
        rest.split_once(dash)
            .is_some_and(|(country, _)| Gazetteer::bundled().lookup_name(country.trim()).is_some())
    })
}

/// A list entry whose signer a "represented by" phrase opens (`[signing] represented_by`),
/// written as the entry readers read a signer after a dash: "Parti X (PX), représenté par le
/// camarade Jean Dupont, secrétaire" as "Parti X (PX) – Jean Dupont, secrétaire"; the phrase
/// at the end of a line that wraps before the name ("Parti X (PX), représenté par le
/// camarade") leaves the organisation, and at the start of the next ("représentée par Jean
/// Dupont, secrétaire") the signer. `None` when the text holds no such phrase after a comma
/// or at its start.
pub fn representation_as_dash(text: &str) -> Option<String> {
    let all = lang::all();
    // Most lines hold no such phrase: a folded look first, before the words are taken apart.
    let folded_text = key(text);
    if !all.signing.represented_by.iter().any(|p| folded_text.contains(p)) {
        return None;
    }
    let tokens: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let folded: Vec<String> = tokens.iter().map(|(_, w)| key(w)).collect();
    for phrase in all.signing.represented_by.iter() {
        let words: Vec<&str> = phrase.split(' ').collect();
        let n = words.len();
        let found = (0..tokens.len().saturating_sub(n - 1)).find(|&k| {
            folded[k..k + n].iter().zip(&words).all(|(a, b)| a == b)
                && (k == 0 || tokens[k - 1].1.ends_with(','))
        });
        let Some(k) = found else {
            continue;
        };
        // Articles and forms of address before the name ("le camarade") are no part of it.
        let mut rest = k + n;
        while rest < tokens.len()
            && (all.grammar.articles.contains(&folded[rest])
                || all.names.address_forms.contains(&folded[rest]))
        {
            rest += 1;
        }
        let head = text[..tokens[k].0].trim().trim_end_matches(',').trim_end();
        let signer = tokens.get(rest).map_or("", |&(at, _)| text[at..].trim());
        return Some(match (head.is_empty(), signer.is_empty()) {
            (true, _) => signer.to_owned(),
            (false, true) => head.to_owned(),
            (false, false) => format!("{head} – {signer}"),
        });
    }
    None
}

/// Splits a person written after the party in a list entry ("Communist Party of Britain —
/// **Robert Griffiths**, General Secretary", "PCP - Ana Silva, member of the CC"):
/// `(party part, person, role)`.
pub fn split_person(text: &str) -> Option<(String, String, Option<String>)> {
    // «PARTY» NAME, or «PARTY» ROLE NAME ("«Рот Фронт» Виктор Тюлькин")
    if let Some(found) = quoted_party_then_person(text) {
        return Some(found);
    }
    // NAME, ROLE, PARTY ("Anwar Hossain, General Secretary, Workers' Party of Bangladesh";
    // the name may be in bold)
    if let Some((name, rest)) = leading_name(&plain(text)) {
        if let Some((role, party)) = rest.rsplit_once(',') {
            let (role, party) = (role.trim(), party.trim());
            // After a name and an office, the organisation may be a listed party without a
            // party word ("Plaid Cymru"), its acronym alone ("SNP") or a name in capitals
            // that no list holds ("Mebyon Kernow"), but not a place ("Leader, Cornwall").
            let organisation = looks_like_party(party)
                || crate::reference::parties::known(party)
                || (!party.contains(' ') && super::vocab::is_acronym(party))
                || (person_name(party).is_some() && Gazetteer::bundled().lookup(party).is_none());
            if organisation && role.split_whitespace().any(is_role_head) && !looks_like_party(role) {
                return Some((party.to_owned(), name, tidy_role(role)));
            }
        }
    }
    // NAME (ROLE), PARTY ("Koen Vermeulen (Head of the International Department), Workers'
    // Party of Belgium, Belgium")
    if let Some((name, rest)) = text.split_once(" (") {
        if let Some((role, party)) = rest.split_once("), ") {
            let person = leading_name(&format!("{name},")).map(|(n, _)| n);
            let role_ok = names_an_office(role);
            if let (Some(person), true) = (person, role_ok && looks_like_party(party)) {
                return Some((party.trim().to_owned(), person, tidy_role(role)));
            }
        }
    }
    // PARTY, NAME, ROLE ("Communist Party of Kenya (CPK) – Kenya, Bukky Odhiambo,
    // International Secretary"): the party first, its country affix kept with it.
    if let [party, name, role] = text.split(", ").map(str::trim).collect::<Vec<_>>()[..] {
        let person = leading_name(&format!("{name},"))
            .map(|(n, _)| n)
            .filter(|n| Gazetteer::bundled().lookup(n).is_none() && !looks_like_party(n));
        let office = role.split_whitespace().any(is_role_head) && !looks_like_party(role);
        if let (Some(person), true) = (person, office && looks_like_party(party)) {
            return Some((party.to_owned(), person, tidy_role(role)));
        }
    }
    // PARTY, NAME ("Communist Party of Greece, Dimitris Koutsoumbas"): a person's name
    // alone after the party, which neither a country, a place, a party nor an office is.
    if let [party, name] = text.split(", ").map(str::trim).collect::<Vec<_>>()[..] {
        // "Frente Amplio por Justicia, Vida y Libertad": a conjunction joins the words of
        // a name, not a person's.
        let conjunctions = &lang::all().conjunctions.plain;
        let person = person_name(&plain(name)).filter(|n| {
            !n.split_whitespace().any(|w| conjunctions.contains(&fold(w)))
                && Gazetteer::bundled().lookup(n).is_none()
                && crate::reference::places::country_of(n).is_none()
                && !looks_like_party(n)
                && !crate::reference::parties::known(n)
                && !names_an_office(n)
        });
        let organisation = looks_like_party(party) || crate::reference::parties::known(party);
        if let (Some(person), true) = (person, organisation && !names_an_office(party)) {
            return Some((party.to_owned(), person, None));
        }
    }
    // Each dash in turn, the last first: a party's own name may hold one ("SF –
    // Socialistisk Folkeparti (Denmark) – Name, role", "LMP - Magyarország Zöld Pártja
    // (Węgry) - współprzewodnicząca Eszter Várady").
    for sep in [" — ", " – ", " - ", ": "] {
        let at: Vec<usize> = text.match_indices(sep).map(|(pos, _)| pos).collect();
        for pos in at.into_iter().rev() {
            if let Some(found) = split_at_dash(text, pos, sep.len()) {
                return Some(found);
            }
        }
    }
    None
}

/// An item split at the dash (or colon) at byte `pos`, `sep_len` bytes long, when the
/// left is an organisation and the right its signer ("Sinistra Italiana – Gennaro
/// Esposito, responsabile nazionale"): `(party part, person, role)`.
fn split_at_dash(text: &str, pos: usize, sep_len: usize) -> Option<(String, String, Option<String>)> {
    let (left, right) = (text[..pos].trim(), text[pos + sep_len..].trim());
    // A country or a second organisation after the dash is not a person.
    let plain_right = plain(right);
    // "Sinistra Italiana – Gennaro Esposito, responsabile nazionale": a name and a role
    // after the dash make the left a party even without a party word.
    let signer_with_role = leading_name(&plain_right).is_some_and(|(_, rest)| {
        rest.split_whitespace()
            .take(2)
            .any(|w| is_role_head(w) || super::vocab::is_role_term(w))
    });
    // "КПРФ — Председатель ЦК Г. А. Зюганов": an office, then a person's name (no party
    // words, no place) at the end.
    let trailing = trailing_name(&plain_right);
    let office_then_name = trailing.clone().filter(|(rest, name)| {
        !rest.is_empty()
            && names_an_office(rest)
            && !looks_like_party(name)
            && Gazetteer::bundled().lookup(name).is_none()
    });
    // "Nowa Lewica – przewodnicząca rady wojewódzkiej Katarzyna Drzewiecka": an office
    // and a name after the dash make the left a party too.
    // Not a name after "of" ("porta-voz nacional da Rede Sustentabilidade").
    let signed = signer_with_role
        || office_then_name
            .as_ref()
            .is_some_and(|(rest, _)| !super::vocab::ends_with_link(rest));
    // "Sosialistisk Venstreparti, Norway – Henrik Løvaas, international secretary": a
    // left that names its country after the comma is an organisation, though its name has
    // a person's shape.
    let left_is_person = opens_with_person(&plain(left))
        && left
            .rsplit_once(',')
            .is_none_or(|(_, after)| Gazetteer::bundled().lookup_name(&plain(after)).is_none());
    let left_named = looks_like_party(left) || (signed && !left_is_person);
    // A branch after the dash is no person ("Partia Razem – Okręg Poznań").
    let branch = plain_right.split_whitespace().next().is_some_and(|w| {
        lang::all()
            .organisations
            .branches
            .contains(&crate::text::fold::key(w))
    });
    if !left_named || branch || Gazetteer::bundled().lookup(&plain_right).is_some() {
        return None;
    }
    if !right.contains("**")
        && looks_like_party(&plain_right)
        && !opens_with_person(&plain_right)
        && office_then_name.is_none()
    {
        return None;
    }
    let (role, person) = if right.contains("**") {
        role_and_person(right)
    } else if let Some((name, rest)) = leading_name(right) {
        (tidy_role(&rest), Some(name))
    } else {
        match (trailing, office_then_name) {
            (Some((rest, name)), _) if rest.is_empty() => (None, Some(name)),
            (_, Some((rest, name))) => (tidy_role(&rest), Some(name)),
            _ => (None, None),
        }
    };
    person.map(|person| (left.to_owned(), person, role))
}

/// A party's name in quotes, then its signer's name, perhaps after a role: `(party,
/// person, role)`.
fn quoted_party_then_person(text: &str) -> Option<(String, String, Option<String>)> {
    let t = text.trim();
    let close = match t.chars().next()? {
        '«' => '»',
        '„' => '“',
        '"' => '"',
        '“' => '”',
        _ => return None,
    };
    let open_len = t.chars().next()?.len_utf8();
    let end = t[open_len..].find(close)? + open_len + close.len_utf8();
    let (party, rest) = (
        t[..end].trim(),
        plain(t[end..].trim_start_matches([',', ' ', '–', '—', '-'])),
    );
    if let Some(person) = person_name(&rest) {
        return Some((party.to_owned(), person, None));
    }
    let (role, person) = trailing_name(&rest)?;
    let role_ok = role.split_whitespace().any(is_role_head);
    role_ok.then(|| (party.to_owned(), person, tidy_role(&role)))
}

/// "Name Surname, role" (or the name alone) read apart: `(name, role)`.
pub fn name_then_role(text: &str) -> (String, Option<String>) {
    let (name, role) = text.trim().split_once(',').unwrap_or((text, ""));
    (plain(name), tidy_role(role))
}

/// Tidies a role: article dropped, first letter capitalised, trailing punctuation removed.
pub fn tidy_role(role: &str) -> Option<String> {
    let mut r = plain(role)
        .trim_matches([' ', ',', ';', ':', '-', '–', '—'])
        .to_owned();
    // A link that ran on to the party's line is no part of the role ("Secretaría de
    // Relaciones Internacionales del" / "Partido de la Refundación Comunista").
    let words: Vec<&str> = r.split_whitespace().collect();
    let kept = super::vocab::without_trailing_links(&words);
    if kept.len() < words.len() && !kept.is_empty() {
        r = kept.join(" ");
    }
    if let Some((first, rest)) = r.split_once(' ') {
        if lang::all().grammar.articles.contains(&fold(first)) && !rest.is_empty() {
            let mut chars = rest.chars();
            r = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
        }
    }
    (!r.is_empty()).then_some(r)
}

/// Reads a "ROLE **NAME**" (or "ROLE NAME", "NAME, ROLE") line: `(role, person)`.
pub fn role_and_person(line: &str) -> (Option<String>, Option<String>) {
    let (outer, bold) = split_bold(line);
    if let Some(name) = bold {
        return (tidy_role(&outer), Some(plain(&name)));
    }
    // "Chairman of the UCPG             T.G. Kipiani": a wide gap sets the role apart from
    // its signer, whose name the acronym before it is no part of.
    if let Some((role, name)) = line.trim().rsplit_once("  ") {
        if let (Some(name), false) = (person_name(name.trim()), role.trim().is_empty()) {
            return (tidy_role(role), Some(name));
        }
    }
    let text = plain(line);
    if let Some((name, rest)) = leading_name(&text) {
        return (tidy_role(&rest), Some(name));
    }
    match trailing_name(&text) {
        Some((rest, name)) => (tidy_role(&rest), Some(name)),
        None => (tidy_role(&text), None),
    }
}

/// Splits "ROLE of the PARTY" ("First Secretary of the Central Committee of the Communist
/// party of Latvia", "miembro del Buró Político del Partido Comunista de Venezuela") at the
/// link after which a party name starts: `(role, party)`.
pub fn role_of_party(text: &str) -> Option<(String, String)> {
    split_role_of(text, true, false)
        .or_else(|| role_comma_party(text))
        .or_else(|| role_before_genitive(text))
}

/// "General Secretary, Communist Party of India (Marxist)": an office alone (a role's head,
/// no party word, no capitalised name besides the office's own words), a comma, then a
/// party's name of two words or more with no office in it: `(role, party)`.
fn role_comma_party(text: &str) -> Option<(String, String)> {
    let (role, party) = text.split_once(", ")?;
    let office = role.split_whitespace().any(is_role_head)
        && role
            .split_whitespace()
            .all(|w| is_role_head(w) || super::vocab::is_role_term(w) || !is_name_token(w));
    // An acronym alone after the comma is a "Name, Office, ACR" entry's, which the entry
    // reader splits at its commas.
    let party_ok = looks_like_party(party)
        && party.split_whitespace().count() > 1
        && !party.split_whitespace().any(is_role_head)
        && !party.contains(',');
    (office && !looks_like_party(role) && party_ok).then(|| (role.trim().to_owned(), party.trim().to_owned()))
}

/// "ROLE of NAME" where NAME need not read as a party ("Presidente Nacional do
/// Solidariedade"): for lines whose neighbours show they are signature lines.
pub fn role_of_named(text: &str) -> Option<(String, String)> {
    role_of_party(text).or_else(|| split_role_of(text, false, false))
}

/// An entry that names an office of a party and no person: a role or an organ, then the
/// party ("Comité Central do Partido Comunista Português", "Le secrétaire général du Parti
/// communiste d'Irlande – Irlande", "Comissão Executiva da CGTP-IN"): `(role, party)`. The
/// party reads as one (a party word, or an acronym).
pub fn office_of_party(text: &str) -> Option<(String, String)> {
    let Some((role, party)) = split_role_of(text, false, true) else {
        return organ_then_acronym(text).or_else(|| organ_then_name(text));
    };
    if role.contains(',') {
        return None; // "Name, role of PARTY": see person_then_office
    }
    let acronym = party
        .split_whitespace()
        .next()
        .is_some_and(|w| super::is_bare_acronym(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')));
    (looks_like_party(&party) || acronym).then_some((role, party))
}

/// An organ named before its party's acronym or quoted name, with no link between them
/// ("Международный отдел ЦК КПТ", "ЦК РКРП", "Бюро ЦК ЛКСМ РФ", "Совет «Левого фронта»"):
/// `(organ, party)`. The words before the party hold an organ noun (`[organs] stems`) or
/// open with an organ (`[organs] phrases`), and no comma; acronyms that are organs ("ЦК")
/// stay in the organ.
fn organ_then_acronym(text: &str) -> Option<(String, String)> {
    let t = plain(text);
    let t = t.trim();
    let is_organ = |words: &str| {
        let folded = crate::text::fold::fold(words);
        let stems = &lang::all().organs.stems;
        crate::text::fold::words(words).iter().any(|w| stems.begins(w))
            || lang::all().organs.phrases.begins(&format!("{folded} "))
    };
    // A quoted name at the end: "Совет «Левого фронта»".
    if let Some(open) = t.rfind('«').filter(|_| t.ends_with('»')) {
        let before = t[..open].trim();
        let quoted = &t[open..];
        let plain_before = !before.is_empty() && !before.contains(',') && !before.contains('«');
        return (plain_before && is_organ(before) && !looks_like_party(before))
            .then(|| (before.to_owned(), quoted.to_owned()));
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_owned()
    };
    if tokens.last().is_some_and(|l| l.starts_with(['(', '['])) {
        return None; // a name's own acronym: "Conselho Português para a Paz (CPPC)"
    }
    // The party: the acronyms at the end that are no organ ("ЛКСМ РФ" after "Бюро ЦК").
    let mut from = tokens.len();
    while from > 1 {
        let w = bare(tokens[from - 1]);
        if !super::is_bare_acronym(&w) || is_organ(&w) {
            break;
        }
        from -= 1;
    }
    if from == tokens.len() || from == 0 {
        return None;
    }
    let before = tokens[..from].join(" ");
    let party = tokens[from..]
        .iter()
        .map(|w| bare(w))
        .collect::<Vec<_>>()
        .join(" ");
    if before.contains(',') {
        return None;
    }
    is_organ(&before).then_some((before, party))
}

/// An organ named in full before its party, with no link between them ("Zarząd Krajowy
/// Polskiej Partii Socjalistycznej"): the longest `[organs] phrases` entry the line opens
/// with, then a name that reads as a party and names no organ: `(organ, party)`.
fn organ_then_name(text: &str) -> Option<(String, String)> {
    let t = plain(text);
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let phrases = &lang::all().organs.phrases;
    // No phrase is longer than its longest entry: a line of thousands of words is not
    // folded once per word.
    let longest = phrases
        .iter()
        .map(|p| p.split_whitespace().count())
        .max()
        .unwrap_or(0);
    let words = (1..tokens.len().min(longest + 1)).rev().find(|&k| {
        let head = fold(&tokens[..k].join(" "));
        phrases.iter().any(|p| p.trim_end() == head)
    })?;
    let party = tokens[words..].join(" ");
    let capital = party.chars().next().is_some_and(crate::text::fold::is_capital);
    (capital && looks_like_party(&party) && !names_an_organ(&fold(&party)))
        .then(|| (tokens[..words].join(" "), party))
}

/// A person, a comma or a dash, then an office of a party ("**Carla Moura** – Presidenta
/// Nacional do Partido dos Trabalhadores (PT)", "Edvaldo Lima, secretário-geral da
/// Intersindical"): `(person, role, party)`.
pub fn person_then_office(text: &str) -> Option<(String, String, String)> {
    let plain_text = plain(text);
    let (head, rest) = [",", " – ", " — ", " - "]
        .iter()
        .find_map(|d| plain_text.split_once(d))?;
    let person = person_name(head)?;
    let (role, party) = office_of_party(rest)?;
    Some((person, role, party))
}

/// The split of "ROLE link NAME" at the earliest link; `party_words` asks that NAME read
/// as a party. The role has a role head, or, when `organs`, is an organ ("Comité Central").
fn split_role_of(text: &str, party_words: bool, organs: bool) -> Option<(String, String)> {
    // ASCII lowering keeps byte offsets, and every link is ASCII.
    let lower = text.to_ascii_lowercase();
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for pat in super::vocab::of_link_patterns() {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(pat.as_str()) {
            candidates.push((from + pos, from + pos + pat.len()));
            from += pos + pat.len();
        }
    }
    // An elided link glued to the name ("coordonnateur national d'And-Jëf/PADS").
    let mut at = 0;
    for token in text.split(' ') {
        if at > 0 {
            if let Some(after) = super::vocab::after_elision(token) {
                candidates.push((at - 1, at + after));
            }
        }
        at += token.len() + 1;
    }
    // Earliest split first; at one position the longest link ("of the" before "of").
    candidates.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
    for (start, end) in candidates {
        let role = &text[..start];
        let party = text[end..].trim();
        // "de l'URD": the elided article after the link is not the party's.
        let party = super::vocab::after_elision(party.split(' ').next().unwrap_or(""))
            .filter(|&a| party[a..].chars().next().is_some_and(is_capital))
            .map_or(party, |a| &party[a..]);
        let party_folded = fold(party);
        let role_ok = role.split_whitespace().any(is_role_head) || (organs && names_an_organ(&fold(role)));
        let opens_like_name = party.chars().next().is_some_and(is_capital)
            || looks_like_party(party.split_whitespace().next().unwrap_or(""));
        let partyish = !party_words || looks_like_party(party);
        // "General Secretary, Communist Party of India": the party opens after the comma,
        // before the link.
        let party_before_link = role
            .rsplit_once(',')
            .is_some_and(|(_, tail)| looks_like_party(tail) && !tail.split_whitespace().any(is_role_head));
        if role_ok && !party_before_link && opens_like_name && partyish && !names_an_organ(&party_folded) {
            return Some((role.trim().to_owned(), party.to_owned()));
        }
    }
    None
}

/// A role followed by its party in the genitive, without a linking word (Polish, Russian:
/// "przewodniczący Komunistycznej Partii Polski", "секретарь ЦК Объединённой
/// коммунистической партии"): the lowercase role words (and organ abbreviations such as
/// "ЦК", "KC") up to the first capitalised word, from which the rest reads as a party.
fn role_before_genitive(text: &str) -> Option<(String, String)> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let is_abbreviation = |t: &str| {
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        (2..=3).contains(&letters) && t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    let mut k = 0;
    let mut capitalised_organ = false;
    while k < tokens.len() {
        let t = tokens[k];
        // The role's first word may be capitalised at the start of a line ("Первый
        // секретарь ЦК ...").
        let ordinal = super::vocab::ordinal_before_head(t, tokens.get(k + 1).copied());
        let lower = t.chars().next().is_some_and(is_small_letter) || (k == 0 && (is_role_word(t) || ordinal));
        // An organ's name is capitalised after the role's head ("Член Бюро ЦК ...", "Член
        // Политсовета ...").
        let organ = k > 0 && !lower && !is_abbreviation(t) && names_an_organ(&format!("{} ", fold(t)));
        if !(lower || (k > 0 && is_abbreviation(t)) || organ) {
            break;
        }
        capitalised_organ |= organ;
        k += 1;
    }
    if k == 0 || k == tokens.len() || !tokens[..k].iter().any(|t| is_role_head(t)) {
        return None;
    }
    let role = tokens[..k].join(" ");
    let party = tokens[k..].join(" ");
    // After a capitalised organ, the party names its kind ("фронта", "партии"): an acronym
    // alone may end the organ's own name ("Rady Naczelnej PPS").
    let named = !capitalised_organ || words(&party).iter().any(|w| super::vocab::is_org_word(w));
    (named && looks_like_party(&party) && !names_an_organ(&fold(&party))).then_some((role, party))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn affix(text: &str) -> (String, Option<String>) {
        let g = Gazetteer::bundled();
        let (p, c) = split_country_affix(g, text);
        (p, c.map(|i| g.get(i).name.clone()))
    }

    #[test]
    fn a_countrys_name_ending_a_party_is_no_persons_name() {
        // "Sri Lanka" is shaped like a name of two words.
        assert_eq!(trailing_name("Communist Party of Sri Lanka"), None);
        assert_eq!(
            trailing_name("Communist Party of Great Britain Anna Test").map(|(_, n)| n),
            Some("Anna Test".to_owned())
        );
        assert_eq!(
            role_and_person("General Secretary, Communist Party of Sri Lanka").1,
            None
        );
    }

    #[test]
    fn a_persons_name_after_a_partys_comma_is_its_signer() {
        // Invented persons of real parties.
        assert_eq!(
            split_person("Communist Party of Greece, Anna Testaki"),
            Some((
                "Communist Party of Greece".to_owned(),
                "Anna Testaki".to_owned(),
                None
            ))
        );
        // A party's name with a comma and a conjunction inside, a country, an office.
        assert_eq!(split_person("Frente Amplio por Justicia, Vida y Libertad"), None);
        assert_eq!(split_person("Communist Party, Sri Lanka"), None);
        assert_eq!(split_person("Workers' Party, Central Committee"), None);
    }

    #[test]
    fn a_capitalised_organ_after_the_role_is_the_roles() {
        assert_eq!(
            role_before_genitive("Член Политсовета Социалистического народного фронта Литвы"),
            Some((
                "Член Политсовета".to_owned(),
                "Социалистического народного фронта Литвы".to_owned()
            ))
        );
        // An acronym alone after the organ may end the organ's own name.
        assert_eq!(
            role_before_genitive("wiceprzewodniczący Rady Naczelnej PPS"),
            None
        );
    }

    #[test]
    fn an_office_a_comma_then_its_party() {
        // Invented: the party opens after the comma, though "of" comes later.
        assert_eq!(
            role_of_party("Deputy General Secretary, Communist Party of Arcadia (Marxist)"),
            Some((
                "Deputy General Secretary".to_owned(),
                "Communist Party of Arcadia (Marxist)".to_owned()
            ))
        );
        // A name before the comma is no office.
        assert_eq!(role_comma_party("Anna Berg, Communist Party of Arcadia"), None);
    }

    #[test]
    fn an_office_then_a_name_after_the_dash() {
        // Invented: the party, a dash, the office and the signer's initials and surname.
        assert_eq!(
            split_person("Компартия Арктиды — Первый секретарь ЦК А.Н. Петров"),
            Some((
                "Компартия Арктиды".to_owned(),
                "А.Н. Петров".to_owned(),
                Some("Первый секретарь ЦК".to_owned())
            ))
        );
        // An organ then its party's name is no person.
        assert_eq!(
            split_person("PCA — Comité Central do Partido Comunista Arctico"),
            None
        );
    }

    #[test]
    fn a_party_then_its_signer_and_office_set_apart_by_commas() {
        // Invented party and person.
        assert_eq!(
            split_person("Communist Party of Arcadia (CPA) – Kenya, Amani Wekesa, International Secretary"),
            Some((
                "Communist Party of Arcadia (CPA) – Kenya".to_owned(),
                "Amani Wekesa".to_owned(),
                Some("International Secretary".to_owned())
            ))
        );
        // A place or a second organisation in the middle is no signer.
        assert_eq!(
            split_person("Communist Party of Arcadia, South Africa, International Secretary"),
            None
        );
    }

    #[test]
    fn a_person_with_a_role_in_brackets_after_the_dash() {
        assert_eq!(
            split_person("Unia Pracy - Ewa Nowicka (wiceprzewodnicząca Rady Krajowej)"),
            Some((
                "Unia Pracy".to_owned(),
                "Ewa Nowicka".to_owned(),
                Some("wiceprzewodnicząca Rady Krajowej".to_owned())
            ))
        );
        // A bracket that is no role stays the party's.
        assert_eq!(split_person("Partia Razem - Kraków (Polska)"), None);
    }

    #[test]
    fn a_dash_inside_the_party_name_is_passed_for_the_one_before_its_signer() {
        // Real parties with a dash in their names, invented signers.
        assert_eq!(
            split_person(
                "SF – Socialistisk Folkeparti (Denmark) – Søren Beispiel, member of the national leadership"
            ),
            Some((
                "SF – Socialistisk Folkeparti (Denmark)".to_owned(),
                "Søren Beispiel".to_owned(),
                Some("member of the national leadership".to_owned())
            ))
        );
        // An office before the name after the second dash too.
        assert_eq!(
            split_person("LMP - Magyarország Zöld Pártja (Węgry) - współprzewodnicząca Ewa Próbna"),
            Some((
                "LMP - Magyarország Zöld Pártja (Węgry)".to_owned(),
                "Ewa Próbna".to_owned(),
                Some("współprzewodnicząca".to_owned())
            ))
        );
        // A second dash that opens no signer leaves the name whole.
        assert_eq!(split_person("Enhedslisten – De Rød-Grønne – Danmark"), None);
    }

    #[test]
    fn a_wide_gap_sets_a_role_apart_from_its_signer_and_a_trailing_link_leaves_the_role() {
        // Invented signers; the acronym before the gap belongs to the role.
        assert_eq!(
            role_and_person("Chairman of the UCPG             T.G. Beispiel"),
            (
                Some("Chairman of the UCPG".to_owned()),
                Some("T.G. Beispiel".to_owned())
            )
        );
        assert_eq!(
            role_and_person("Executive Secretary of the PCRM  V.I. Muster"),
            (
                Some("Executive Secretary of the PCRM".to_owned()),
                Some("V.I. Muster".to_owned())
            )
        );
        assert_eq!(
            tidy_role("Secretaría de Relaciones Internacionales del").as_deref(),
            Some("Secretaría de Relaciones Internacionales")
        );
    }

    #[test]
    fn a_name_and_role_after_a_dash_make_the_left_a_party() {
        assert_eq!(
            split_person("Europa Verde – Lucia Carbone, co-portavoce regionale Campania"),
            Some((
                "Europa Verde".to_owned(),
                "Lucia Carbone".to_owned(),
                Some("co-portavoce regionale Campania".to_owned())
            ))
        );
        // A second organisation after the dash is no person, nor is a branch.
        assert_eq!(split_person("USB – Unione Sindacale di Base"), None);
        assert_eq!(split_person("Partia Razem – Okręg Poznań"), None);
        // Invented signers: an office and a name after the dash make it too.
        assert_eq!(
            split_person("Polska 2050 – koordynatorka regionu Anna Kowalczyk"),
            Some((
                "Polska 2050".to_owned(),
                "Anna Kowalczyk".to_owned(),
                Some("koordynatorka regionu".to_owned())
            ))
        );
        // A person before the dash, the organisation after "of": no party on the left.
        assert_eq!(
            split_person("Cláudia Reis Moura – porta-voz nacional da Rede Sustentabilidade"),
            None
        );
    }

    #[test]
    fn a_bracketed_code_made_of_the_names_initials_is_its_acronym() {
        for text in [
            "Partido dos Trabalhadores (PT)",
            "Sozialistische Jugend Österreich (SJ)",
            "Associação Intervenção Democrática (ID)",
            "Movimento Não Apaguem a Memória! (NAM)",
            "Parti socialiste (PS)",
            // Invented: a code after a name that names another country is its acronym.
            "Schweizerischer Mieterinnen- und Mieterverband (MV)",
        ] {
            assert_eq!(affix(text), (text.to_owned(), None), "{text}");
        }
        assert_eq!(
            affix("Partido Comunista (PT)"),
            ("Partido Comunista".to_owned(), Some("Portugal".to_owned()))
        );
        // So is one after a dash.
        let text = "Partido dos Trabalhadores – PT";
        assert_eq!(affix(text), (text.to_owned(), None));
        assert_eq!(
            affix("Partido Comunista – PT"),
            ("Partido Comunista".to_owned(), Some("Portugal".to_owned()))
        );
    }

    #[test]
    fn country_affixes_in_every_position() {
        let cases = [
            (
                "Democratic Progressive Tribune, Bahrain",
                "Democratic Progressive Tribune",
                Some("Bahrain"),
            ),
            (
                "Popular Socialist Party - National Political Association , MEXICO",
                "Popular Socialist Party - National Political Association",
                Some("Mexico"),
            ),
            (
                "Movement “ Popular Resistance” , Moldova",
                "Movement “Popular Resistance”",
                Some("Moldova"),
            ),
            (
                "Chypre : AKEL- Parti progressiste des travailleurs",
                "AKEL- Parti progressiste des travailleurs",
                Some("Cyprus"),
            ),
            (
                "Greece: Communist Party of Greece",
                "Communist Party of Greece",
                Some("Greece"),
            ),
            (
                "CP of Macedonia (FYROM)",
                "CP of Macedonia",
                Some("North Macedonia"),
            ),
            ("Party of Labour [Austria]", "Party of Labour", Some("Austria")),
            ("Tudeh Party - Iran", "Tudeh Party", Some("Iran")),
            (
                "Socialist Movement Kazakhstan",
                "Socialist Movement",
                Some("Kazakhstan"),
            ),
            ("German CP (DKP)", "German CP (DKP)", None),
            ("Communist Party of Greece", "Communist Party of Greece", None),
            (
                "Kommunistische Partei Griechenlands",
                "Kommunistische Partei Griechenlands",
                None,
            ),
            ("Parti communiste Portugais", "Parti communiste Portugais", None),
            // "From" and its country, in any form, are the party's country.
            ("Vänsterpartiet aus Schweden", "Vänsterpartiet", Some("Sweden")),
            (
                "Socialistisk Folkeparti aus Dänemark",
                "Socialistisk Folkeparti",
                Some("Denmark"),
            ),
            ("Русская община из Латвии", "Русская община", Some("Latvia")),
        ];
        for (text, party, country) in cases {
            assert_eq!(
                affix(text),
                (party.to_owned(), country.map(str::to_owned)),
                "{text}"
            );
        }
    }

    #[test]
    fn role_lines_with_and_without_bold() {
        assert_eq!(
            role_and_person("Chairman of the Central Committee **Gennady Zyuganov**"),
            (
                Some("Chairman of the Central Committee".into()),
                Some("Gennady Zyuganov".into())
            )
        );
        assert_eq!(
            role_and_person("Chairman of the Party Vladimir Voronin"),
            (
                Some("Chairman of the Party".into()),
                Some("Vladimir Voronin".into())
            )
        );
        assert_eq!(
            role_and_person("Jan de Vries, International Secretary"),
            (
                Some("International Secretary".into()),
                Some("Jan de Vries".into())
            )
        );
        assert_eq!(
            role_and_person("General Secretary"),
            (Some("General Secretary".into()), None)
        );
    }

    #[test]
    fn persons_after_the_party_in_an_entry() {
        assert_eq!(
            split_person("Communist Party of Britain — **Robert Griffiths**, General Secretary"),
            Some((
                "Communist Party of Britain".into(),
                "Robert Griffiths".into(),
                Some("General Secretary".into())
            ))
        );
        assert_eq!(
            split_person("Workers Party of Ireland - Jane Doe"),
            Some(("Workers Party of Ireland".into(), "Jane Doe".into(), None))
        );
        assert_eq!(
            split_person("Popular Socialist Party - National Political Association"),
            None
        );
        assert_eq!(
            split_person("Communist Party of Bohemia and Moravia - Czech Republic"),
            None
        );
    }

    #[test]
    fn a_name_an_office_and_an_organisation_without_a_party_word() {
        for (line, party, person, role) in [
            (
                "**Aled Morgan**, Chair, Plaid Cymru",
                "Plaid Cymru",
                "Aled Morgan",
                "Chair",
            ),
            (
                "Isla Mackay, Depute Leader, SNP",
                "SNP",
                "Isla Mackay",
                "Depute Leader",
            ),
            (
                "Tamsin Rowe, Leader, Mebyon Kernow",
                "Mebyon Kernow",
                "Tamsin Rowe",
                "Leader",
            ),
        ] {
            assert_eq!(
                split_person(line),
                Some((party.into(), person.into(), Some(role.into()))),
                "{line}"
            );
        }
        // A country after the office is where the signer is, not an organisation.
        assert_eq!(split_person("Tamsin Rowe, Leader, Ireland"), None);
    }

    #[test]
    fn name_role_party_entries() {
        assert_eq!(
            split_person("Anwar Hossain, General Secretary, Workers' Party of Bangladesh"),
            Some((
                "Workers' Party of Bangladesh".into(),
                "Anwar Hossain".into(),
                Some("General Secretary".into())
            ))
        );
    }

    #[test]
    fn role_and_party_are_split_at_the_party() {
        assert_eq!(
            role_of_party("First Secretary of the Central Committee of the Communist party of Latvia"),
            Some((
                "First Secretary of the Central Committee".into(),
                "Communist party of Latvia".into()
            ))
        );
        assert_eq!(
            role_of_party("miembro del Buró Político del Partido Comunista de Venezuela (PCV)"),
            Some((
                "miembro del Buró Político".into(),
                "Partido Comunista de Venezuela (PCV)".into()
            ))
        );
        assert_eq!(role_of_party("Chairman of the Central Committee"), None);
    }

    #[test]
    fn an_office_of_a_party_with_or_without_its_holder() {
        let office = office_of_party;
        assert_eq!(
            office("Comité Central do Partido Comunista Português"),
            Some(("Comité Central".into(), "Partido Comunista Português".into()))
        );
        assert_eq!(
            office("Comissão Executiva da CGTP-IN"),
            Some(("Comissão Executiva".into(), "CGTP-IN".into()))
        );
        assert_eq!(
            split_person("«Рот Фронт» Виктор Тюлькин"),
            Some(("«Рот Фронт»".to_owned(), "Виктор Тюлькин".to_owned(), None))
        );
        assert_eq!(
            office("Международный отдел ЦК КПТ"),
            Some(("Международный отдел ЦК".to_owned(), "КПТ".to_owned()))
        );
        // Invented organs: one acronym organ, two acronyms for the party, a quoted name.
        let pair = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
        assert_eq!(office("ЦК АБВП"), pair("ЦК", "АБВП"));
        assert_eq!(office("Бюро ЦК СМЛ РФ"), pair("Бюро ЦК", "СМЛ РФ"));
        assert_eq!(
            office("Совет «Народного фронта»"),
            pair("Совет", "«Народного фронта»")
        );
        assert_eq!(office("Партия «Народный фронт»"), None);
        assert_eq!(
            office("Rada Krajowa Polskiej Partii Pracowniczej"),
            pair("Rada Krajowa", "Polskiej Partii Pracowniczej")
        );
        assert_eq!(office("Rada Krajowa Jan Nowak"), None);
        assert_eq!(office("Partido Comunista de Venezuela"), None);
        assert_eq!(office("Comité de Solidaridad con Cuba"), None);
        assert_eq!(
            person_then_office("**Carla Moura** – Presidenta Nacional do Partido dos Trabalhadores (PT)"),
            Some((
                "Carla Moura".into(),
                "Presidenta Nacional".into(),
                "Partido dos Trabalhadores (PT)".into()
            ))
        );
        assert_eq!(
            person_then_office(
                "Edvaldo Lima, secretário-geral da Intersindical – Central da Classe Trabalhadora"
            ),
            Some((
                "Edvaldo Lima".into(),
                "secretário-geral".into(),
                "Intersindical – Central da Classe Trabalhadora".into()
            ))
        );
    }

    #[test]
    fn a_represented_by_phrase_opens_the_signer() {
        // Invented parties and persons.
        assert_eq!(
            representation_as_dash(
                "Mali : Parti Exemple (PE), représenté par le camarade Jean Test, secrétaire"
            )
            .as_deref(),
            Some("Mali : Parti Exemple (PE) – Jean Test, secrétaire")
        );
        // Wrapped before the name, or after the organisation.
        assert_eq!(
            representation_as_dash("Mali : Parti Exemple (PE), représentée par le camarade").as_deref(),
            Some("Mali : Parti Exemple (PE)")
        );
        assert_eq!(
            representation_as_dash("representada por Ana Prueba, secretaria general").as_deref(),
            Some("Ana Prueba, secretaria general")
        );
        // Not without the comma, nor without the phrase.
        assert_eq!(representation_as_dash("Le parti représenté par ses élus"), None);
        assert_eq!(representation_as_dash("Parti Exemple (PE) – Jean Test"), None);
    }

    #[test]
    fn a_role_before_a_genitive_party_needs_no_link() {
        assert_eq!(
            role_of_party("przewodniczący Komunistycznej Partii Polski"),
            Some(("przewodniczący".into(), "Komunistycznej Partii Polski".into()))
        );
        // A plenipotentiary is an office too (invented party).
        assert_eq!(
            role_of_party("Pełnomocnik okręgowy Partii Przykładowej"),
            Some(("Pełnomocnik okręgowy".into(), "Partii Przykładowej".into()))
        );
        assert_eq!(
            role_of_party("секретарь ЦК Объединённой коммунистической партии (ОКП)"),
            Some((
                "секретарь ЦК".into(),
                "Объединённой коммунистической партии (ОКП)".into()
            ))
        );
        // An organ is no party: the split goes on to the party behind it.
        assert_eq!(
            role_of_party("member of the Federal Executive Committee of the Communist Party of Narnia"),
            Some((
                "member of the Federal Executive Committee".into(),
                "Communist Party of Narnia".into()
            ))
        );
    }
}
