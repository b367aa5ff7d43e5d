//! Signers named in news prose as chains of party, role and person, in the orders
//! reports use: "CPB President Anisur Rahman Mollik", "DKP-Vorsitzender Patrik Köbele",
//! "przewodniczący Platformy Obywatelskiej Adam Kwiatkowski", "Nowoczesna – przewodnicząca
//! Joanna Lis", "el presidente del PRI, Héctor Salvatierra Ruiz". Only sentences that speak
//! of signing or of a joint statement are read, and only when they name at least two
//! signers this way, so that parties merely mentioned stay out.

use crate::text::fold::{is_capital, is_small_letter, opens_lower};

use super::entry::{as_written, plain, split_country_affix, Signer};
use super::vocab::{
    is_acronym, is_conjunction, is_link, is_role_head, is_role_term, looks_like_party, names_an_organ,
    without_trailing_links,
};
use super::RawSignatory;
use crate::lang;
use crate::reference::countries::Gazetteer;
use crate::text::fold::{fold, words};
use crate::text::lines::Line;

/// Fewest signers a sentence must name as chains to be read.
const MIN_CHAINS: usize = 2;
/// Most words in lower case a role may have before its role words ("work and pensions").
const MAX_ROLE_PREFIX: usize = 4;
/// Most words in lower case after a role's head that are its complement ("spokesperson on
/// foreign affairs").
const MAX_ROLE_COMPLEMENT: usize = 3;
/// Most characters of an auxiliary before a signing verb ("ha firmato", "a signé", "has").
const MAX_AUXILIARY_CHARS: usize = 4;
/// Most words of a role that names the body it is held in ("segretario della federazione
/// tarantina del").
const MAX_WIDE_ROLE: usize = 7;

/// A word of a person's name: capitalised, in mixed case, not a role, organisation or
/// country word.
fn is_name_word(g: &Gazetteer, t: &str) -> bool {
    // An initial ("R.", "A.K."): capitals each followed by a full stop.
    let bare = t.trim_end_matches([',', ';', ':']);
    let initial = bare.ends_with('.')
        && bare.split_terminator('.').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        });
    if initial {
        return true;
    }
    // A word in quotation marks belongs to a name in quotes, a party's ("«Сердце
    // Молдовы»"), not to a person's.
    if t.starts_with(['«', '„', '“']) || t.trim_end_matches([',', ';', ':', '.']).ends_with(['»', '”'])
    {
        return false;
    }
    let t = t.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '"' | '“' | '”' | '«' | '»'));
    let mut cs = t.chars();
    let Some(first) = cs.next() else { return false };
    // One more capital after lower-case letters ("MacRae", "McAteer", "DeSantis").
    let inner_capitals = t
        .chars()
        .skip(1)
        .zip(t.chars())
        .filter(|(c, before)| c.is_uppercase() && before.is_lowercase())
        .count();
    let tail_ok = t
        .chars()
        .skip(1)
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    first.is_uppercase()
        && t.chars().count() >= 2
        && tail_ok
        // "D'Ippolito", "O'Brien": a capital, an apostrophe, a capitalised rest.
        && (t.chars().nth(1).is_some_and(is_small_letter)
            || (matches!(t.chars().nth(1), Some('\'' | '’')) && t.chars().nth(2).is_some_and(char::is_uppercase)))
        && inner_capitals <= 1
        && !is_role_term(t)
        // "MacRae" has two capitals like an acronym, but ends in lower case like a name.
        && (!looks_like_party(t) || (inner_capitals == 1 && t.chars().rev().take(2).all(char::is_lowercase)))
        // A country's name is no name word; an adjective may be ("Helen"), and so may a
        // word the stemmer takes for a country's name ("Samba", "Franco").
        && g.names_exactly(t).is_none()
}

/// Whether a token can be part of a party's name: capitalised or an acronym, an
/// organisation word, a bracketed qualifier ("(M)", "(PdA)"), or a link word inside a
/// name ("of", "de", "der").
pub(crate) fn is_party_token(t: &str) -> bool {
    let bare = t.trim_matches(|c: char| matches!(c, ',' | ';' | ':'));
    if bare.starts_with('(') || bare.ends_with(')') {
        return true;
    }
    // "+Europa": a plus sign may open a party's name.
    let first_upper = bare
        .trim_start_matches('+')
        .chars()
        .next()
        .is_some_and(is_capital);
    (first_upper || looks_like_party(bare) || is_number(bare)) && !is_role_term(bare)
}

/// Most words of a person's name alone, particles aside ("Luciana Farias de Andrade").
const MAX_NAME_ALONE_WORDS: usize = 4;

/// Whether a piece of a sentence is a person's name and nothing else: name words, with
/// name particles (`[names] particles`: "de", "da", "van") between them.
fn is_a_name_alone(g: &Gazetteer, piece: &str) -> bool {
    let tokens: Vec<&str> = piece.split_whitespace().collect();
    let particles = &lang::all().names.particles;
    let particle = |k: usize| k > 0 && k + 1 < tokens.len() && particles.contains(&fold(tokens[k]));
    let words = (0..tokens.len()).filter(|&k| !particle(k)).count();
    (1..=MAX_NAME_ALONE_WORDS).contains(&words)
        && (0..tokens.len()).all(|k| particle(k) || is_name_word(g, tokens[k]))
}

/// A number inside a party's name ("Polska 2050", "Movimento 5 Stelle"); never its first
/// word.
fn is_number(t: &str) -> bool {
    (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit())
}

/// Reads one enumerated item of a sentence as a chain. The person is the run of name
/// words at the end; how many of them belong to the name is tried in the order two, three,
/// one, four words, keeping the first reading that leaves a role and plainly a party, else
/// the first that leaves a role and any capitalised party ("Platformy Obywatelskiej").
pub fn read_chain(g: &Gazetteer, item: &str) -> Option<Signer> {
    // An elided link glued to a name stands apart: "dell'Usb" is "dell'" and "Usb".
    let item = super::vocab::unglue_elisions(&plain(item));
    let mut tokens: Vec<&str> = item.split_whitespace().collect();
    // "Per il Pd ha firmato il segretario regionale ...": an "on behalf of" opener at the
    // start of a sentence, capitalised there, is not part of the party's name.
    let opener = on_behalf_opener(&tokens);
    // After a short conjunction that joins two clauses ("..., a w imieniu PPS –
    // przewodniczący ..."), too.
    let joined = tokens
        .first()
        .is_some_and(|t| t.chars().count() <= 2 && opens_lower(t))
        && opener == 0
        && tokens.len() > 1
        && on_behalf_opener(&tokens[1..]) > 0;
    let opener = if joined {
        1 + on_behalf_opener(&tokens[1..])
    } else {
        opener
    };
    tokens.drain(..opener);
    // "Pelo PCP assinou o membro da Comissão Política Rui Fernandes Vaz": after the
    // opener, the party first, then the role and the person.
    if opener > 0 {
        if let Some(signer) = party_then_role(g, &tokens) {
            return Some(signer);
        }
    }
    // "... Camille Berthier demandent au gouvernement", "... Giulia Ferraresi «la Regione
    // ...»": the clause or quotation after the last name of the item is not part of the
    // chain.
    let end = (2..tokens.len()).rev().find(|&p| {
        is_name_word(g, tokens[p - 1])
            && is_name_word(g, tokens[p - 2])
            && tokens[p]
                .chars()
                .next()
                .is_some_and(|c| is_small_letter(c) || matches!(c, '«' | '"' | '“' | '„'))
    });
    // "Ewa Sowa z Partii Zieloni", "Pierre Morel du Parti communiste français": the person
    // first, then the party; no clause follows.
    if let Some(signer) = person_from_party(g, &tokens) {
        return Some(signer);
    }
    if !tokens.last().is_some_and(|t| is_name_word(g, t)) {
        if let Some(end) = end {
            tokens.truncate(end);
        }
    } else if let Some(end) = end {
        // A capitalised noun may end the clause too ("... Reto Casanova sprach von einer
        // Sache"): the item as written first, then cut after the last name.
        return read_tokens(g, &tokens).or_else(|| read_tokens(g, &tokens[..end]));
    }
    read_tokens(g, &tokens)
}

/// A party's name without the English possessive that ties it to the role after it ("the
/// Liberal Democrats' democracy spokesperson", "Labour's leader").
fn without_possessive(party: &str) -> &str {
    let t = party.trim_end();
    ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .filter(|rest| rest.chars().last().is_some_and(char::is_alphanumeric))
        .unwrap_or(t)
}

/// Most words of a party's name read before its role after an "on behalf of" opener.
const MAX_PARTY_FIRST_WORDS: usize = 5;

/// "PCP assinou o membro da Comissão Política Rui Fernandes Vaz", "PEV, a dirigente
/// nacional Helena Sobral Cunha" (after "Pelo"/"pelo"): a party that plainly is one, up
/// to a comma or its first word in lower case; then a verb of signing and articles; then
/// a role, its organ kept in it; then the person, the name words at the end that are no
/// role's.
fn party_then_role(g: &Gazetteer, tokens: &[&str]) -> Option<Signer> {
    let mut k = 0;
    while k < tokens.len() && !opens_lower(tokens[k]) {
        k += 1;
        if tokens[k - 1].ends_with(',') {
            break;
        }
    }
    if k == 0 || k > MAX_PARTY_FIRST_WORDS {
        return None;
    }
    let party = tokens[..k]
        .join(" ")
        .trim_end_matches([',', ' ', '–', '—', '-'])
        .to_owned();
    if !names_a_party(&party) {
        return None;
    }
    let mut rest = &tokens[k..];
    while rest
        .first()
        .is_some_and(|t| opens_lower(t) && (super::vocab::names_signing(t) || super::prose::is_article(t)))
    {
        rest = &rest[1..];
    }
    if !rest.first().is_some_and(|t| opens_lower(t) && is_role_term(t)) {
        return None;
    }
    let names = rest
        .iter()
        .rev()
        .take_while(|t| is_name_word(g, t) && !is_role_term(t))
        .count();
    if !(2..=4).contains(&names) || names == rest.len() {
        return None;
    }
    let cut = rest.len() - names;
    let role = rest[..cut].join(" ");
    Some(Signer {
        party,
        role: super::entry::tidy_role(&role),
        person: rest[cut..].join(" ").trim_end_matches(['.', ',', ';']).to_owned(),
    })
}

/// "Piotr Rudnik z Partii Zieloni", "Ana Costa do PCP": the person first, then a short
/// preposition and the party (see [`from_party`]), with no role.
fn person_from_party(g: &Gazetteer, tokens: &[&str]) -> Option<Signer> {
    let names = tokens.iter().take_while(|t| is_name_word(g, t)).count();
    if !(2..=4).contains(&names) || tokens.len() - names > 7 {
        return None;
    }
    let party = from_party(&tokens[names..])?;
    let party = super::prose::strip_article(party.trim_end_matches(['.', ',', ';'])).to_owned();
    Some(Signer {
        party,
        role: None,
        person: tokens[..names].join(" "),
    })
}

/// How many tokens at the start of an item are an `[on_behalf]` opener ("Per il", "For
/// the", "Pour le"), when a name follows it; else 0.
fn on_behalf_opener(tokens: &[&str]) -> usize {
    let on_behalf = &lang::all().on_behalf;
    on_behalf
        .strong
        .iter()
        .chain(on_behalf.weak.iter())
        .map(|o| o.split_whitespace().count())
        .filter(|&k| k < tokens.len() && tokens[k].chars().next().is_some_and(is_capital))
        .filter(|&k| {
            let head = fold(&tokens[..k].join(" "));
            on_behalf
                .strong
                .iter()
                .chain(on_behalf.weak.iter())
                .any(|o| *o == head)
        })
        .max()
        .unwrap_or(0)
}

/// Reads the tokens of one item as a chain (see [`read_chain`]).
fn read_tokens(g: &Gazetteer, tokens: &[&str]) -> Option<Signer> {
    // Name words, and a particle between them ("Ciarán Ó Dálaigh", `[names] particles`).
    let particles = &lang::all().names.particles;
    let mut p = tokens.len();
    while p > 0
        && (is_name_word(g, tokens[p - 1]) || (p < tokens.len() && particles.contains(&fold(tokens[p - 1]))))
        && tokens.len() - p < 4
    {
        p -= 1;
    }
    let longest = tokens.len() - p;
    // The first weak reading, with whether its party stands bare after the role; a later
    // one whose party does not replaces such a one.
    let mut weak: Option<(Signer, bool)> = None;
    for len in [2, 3, 1, 4] {
        if len > longest || len >= tokens.len() {
            continue;
        }
        let cut = tokens.len() - len;
        // A particle does not open a name after a name word: "Nadia El Amrani", not "El
        // Amrani" of a party "... Nadia".
        if len < longest && particles.contains(&fold(tokens[cut])) && is_name_word(g, tokens[cut - 1]) {
            continue;
        }
        let person = tokens[cut..]
            .join(" ")
            .trim_end_matches(['.', ',', ';', ':'])
            .to_owned();
        let before: Vec<&str> = tokens[..cut]
            .iter()
            .map(|t| t.trim_end_matches(','))
            .filter(|t| !t.is_empty())
            .collect();
        if let Some((party, role)) = party_and_role(g, &before) {
            // A single word after a bare party is a place as often as a name ("USB
            // Bologna"); a name alone needs a role before it.
            if len == 1 && role.is_none() {
                continue;
            }
            // A single name word after a party that is not plainly one may as well end
            // that party as be the person's name ("Arci Angela" of "Angela Pignatelli").
            let ends_in_name = party
                .split_whitespace()
                .last()
                .is_some_and(|t| is_name_word(g, t));
            if len == 1 && !names_a_party(&party) && ends_in_name {
                continue;
            }
            // A capitalised word right after the role's last word, with no link between
            // ("segretario regionale Luca" of "... Luca Brunelli Orsini"), is as likely the
            // person's first name as a party.
            let n = party.split_whitespace().count();
            let bare_after_role = before.len() > n
                && before[before.len() - n..].join(" ") == party
                && is_role_term(before[before.len() - n - 1]);
            let chain = Signer { party, role, person };
            if names_a_party(&chain.party) {
                return Some(chain);
            }
            match &weak {
                Some((_, true)) if !bare_after_role => weak = Some((chain, false)),
                None => weak = Some((chain, bare_after_role)),
                _ => {}
            }
        }
    }
    // A single such word is taken for a first name: no party is read.
    let weak = weak
        .filter(|(chain, bare)| !(*bare && chain.party.split_whitespace().count() == 1))
        .map(|(chain, _)| chain);
    // "первый секретарь Саратовского обкома КПРФ Олег Макаренко": a signature line in prose,
    // its organ and acronym kept in the role.
    weak.or_else(|| {
        let (role, party, person) = super::regions::signature_line(&tokens.join(" "))?;
        Some(Signer {
            party,
            role: Some(role),
            person: person?,
        })
    })
}

/// "от Российской партии пенсионеров за социальную справедливость", "от «Яблока»": a
/// short preposition in lower case ("from", "for") and the whole name after it, when that
/// reads as a party's or stands in quotation marks.
fn from_party(head: &[&str]) -> Option<String> {
    let [first, rest @ ..] = head else {
        return None;
    };
    let preposition = first.chars().all(char::is_lowercase) && (1..=3).contains(&first.chars().count());
    let party = rest.join(" ");
    let quoted = party.starts_with(['«', '"', '“', '„']) && party.ends_with(['»', '"', '”', '“']);
    (preposition && !rest.is_empty() && (quoted || looks_like_party(&party))).then_some(party)
}

/// Whether a party as read is plainly one (an acronym, an organisation word or a name the
/// bundled list knows), rather than a capitalised word that may as well start the person's
/// name ("President Anisur Rahman").
fn names_a_party(party: &str) -> bool {
    party.split_whitespace().any(is_acronym)
        || looks_like_party(party)
        || crate::reference::parties::known(party)
}

/// Most words of a role in another language between a dash and a person.
const MAX_DASH_ROLE_WORDS: usize = 4;

/// "SOCDEM – místopředseda Jiří Hanák", "MSZP – alelnök Zsófia Horváth": a party, a dash,
/// words in small letters and a person's name of two or three words, where the role is in a
/// language whose words are not listed. The party must plainly be one (an acronym, a party
/// word, a bundled name).
fn dash_chain(g: &Gazetteer, piece: &str) -> Option<Signer> {
    let (party, rest) = super::vocab::SPACED_DASHES
        .iter()
        .find_map(|d| piece.split_once(d))?;
    // A conjunction in small letters may open the piece ("a MSZP – alelnök ...").
    let party_words: Vec<&str> = party.split_whitespace().skip_while(|w| opens_lower(w)).collect();
    let party = party_words.join(" ");
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    let role = tokens.iter().take_while(|t| opens_lower(t)).count();
    let names = tokens.len() - role;
    let all_names = tokens[role..]
        .iter()
        .all(|t| is_name_word(g, t.trim_end_matches(['.', ',', ';'])));
    // A role in a listed language is the chain reader's to read ("jej współprzewodniczący").
    let listed_role = tokens[..role].iter().any(|t| is_role_term(t) || is_role_head(t));
    if !(1..=MAX_DASH_ROLE_WORDS).contains(&role) || !(2..=3).contains(&names) || !all_names || listed_role {
        return None;
    }
    if !names_a_party(&party) || party_words.len() > MAX_PARTY_FIRST_WORDS {
        return None;
    }
    Some(Signer {
        party,
        role: Some(tokens[..role].join(" ")),
        person: tokens[role..]
            .join(" ")
            .trim_end_matches(['.', ',', ';'])
            .to_owned(),
    })
}

/// The party and role written before a person, in one of the chain orders.
fn party_and_role(g: &Gazetteer, before: &[&str]) -> Option<(String, Option<String>)> {
    // "«РОТ ФРОНТ» Виктор Ершов", "ОКП Антон Лыков": a party in quotation marks, or an
    // acronym alone, right before the person.
    if let Some(quoted) = quoted_tail(before) {
        // A role before the quoted party is the person's ("руководитель регионального
        // отделения «Справедливой России — За правду» Ирина Лыкова").
        let open = before
            .iter()
            .rposition(|t| t.starts_with(['«', '“', '„', '"']))
            .unwrap_or(0);
        let role_at = before[..open].iter().position(|t| is_role_head(t));
        // A party's name in words before its quoted name belongs to the party, not to the
        // role ("председатель Демократической партии Казахстана «Ак жол»": role
        // "председатель"): words after the role's head that hold a party word, no organ
        // and no further role word.
        if let Some(r) = role_at {
            let between = &before[r + 1..open];
            // One party word: "организации профсоюза «Защита труда»" names a branch.
            let party_words: Vec<usize> = (0..between.len())
                .filter(|&i| looks_like_party(between[i]))
                .collect();
            let party_word = match party_words[..] {
                [one] => Some(one),
                _ => None,
            };
            let plain_words = between.iter().all(|t| !is_role_head(t) && !is_role_term(t))
                && !names_an_organ(&fold(&between.join(" ")));
            // A party's own name opens with a capital; a branch or an organ of it in lower
            // case ("обкома партии «Коммунисты России»") stays in the role.
            let named = between
                .first()
                .is_some_and(|t| t.chars().next().is_some_and(is_capital));
            if party_word.is_some_and(|p| p > 0) && plain_words && named {
                let role = without_trailing_links(&before[r..=r]).join(" ");
                return Some((before[r + 1..].join(" "), Some(role)));
            }
        }
        // The party's own word right after the role's head, before its quoted name, is not
        // the role's ("председатель партии "Ата Мекен"": "председатель"); after an organ it
        // stays ("председатель регионального отделения партии").
        let close = match role_at {
            Some(r)
                if open > r + 1 && looks_like_party(before[open - 1]) && is_role_head(before[open - 2]) =>
            {
                open - 1
            }
            _ => open,
        };
        let role = role_at.map(|r| without_trailing_links(&before[r..close]).join(" "));
        return Some((quoted, role.filter(|r| !r.is_empty())));
    }
    // "the SNP's Westminster leader": the party in the possessive, then the role.
    if let Some(pos) = before.iter().position(|t| t.ends_with("'s") || t.ends_with("’s")) {
        let role = before[pos + 1..].join(" ");
        let party = before[pos].trim_end_matches("'s").trim_end_matches("’s");
        let role_ok = before[pos + 1..].iter().any(|t| is_role_head(t));
        if role_ok && (is_acronym(party) || looks_like_party(party)) {
            let start = before[..pos]
                .iter()
                .rposition(|t| !is_party_token(t))
                .map_or(0, |p| p + 1);
            let mut name: Vec<&str> = before[start..pos].to_vec();
            name.push(party);
            return Some((name.join(" "), Some(role)));
        }
    }
    if let [only] = before {
        if is_acronym(only) && !only.contains('-') {
            return Some(((*only).to_owned(), None));
        }
    }
    // "DKP-Vorsitzender Patrik Köbele": party and role in one hyphenated word.
    if let Some(last) = before.last() {
        if let Some((party, role)) = last.split_once('-') {
            // "Grünen-Präsidentin", "Juso-Präsident" too: a capitalised party before a role.
            let named = is_acronym(party) || party.chars().next().is_some_and(is_capital);
            if named && is_role_head(role) && !is_role_term(party) {
                return Some((party.to_owned(), Some(role.to_owned())));
            }
        }
    }
    // "Nowoczesna – przewodnicząca Joanna Lis": party, dash, role.
    // The last dash: a party's own name may hold one ("«Справедливой России – За правду» —
    // руководитель ...").
    if let Some(dash) = before.iter().rposition(|t| matches!(*t, "–" | "—" | "-")) {
        // The dash sets the role apart: it opens with a role word and holds a head, and
        // may name the body it is held in ("przewodniczący Okręgowej Rady PPS w Krakowie").
        let words = &before[dash + 1..];
        let role = words.join(" ");
        let role_ok = words.first().is_some_and(|t| is_role_term(t))
            && words.iter().any(|t| is_role_head(t))
            && words.len() <= 8;
        if role_ok {
            if let Some(party) =
                from_party(&before[..dash]).or_else(|| trailing_party_tokens(&before[..dash], true))
            {
                return Some((party, Some(role)));
            }
        }
    }
    // "Rifondazione Comunista con il segretario provinciale", "die Berliner Linke mit ihrer
    // Landesvorsitzenden": a party, a `[grammar] with_links` word, up to two small words
    // (articles, possessives), then the role.
    if let Some(found) = party_with_role(before) {
        return Some(found);
    }
    // The role run right before the person: "PARTY ROLE Person", the role perhaps with a
    // complement in lower case after its head ("spokesperson on foreign affairs").
    let mut end = before.len();
    while end > 0
        && before.len() - end < MAX_ROLE_COMPLEMENT
        && before[end - 1].chars().next().is_some_and(is_small_letter)
        && !is_role_term(before[end - 1])
        && !lang::all().signing.verbs.begins(&fold(before[end - 1]))
    {
        end -= 1;
    }
    if end == before.len() || !(end > 0 && is_role_head(before[end - 1])) {
        end = before.len();
    }
    let mut r = end;
    while r > 0 && is_role_term(before[r - 1]) {
        r -= 1;
    }
    if r < end && before[r..end].iter().any(|t| is_role_head(t)) {
        // Words in lower case before the role words belong to the role ("Liberal Democrats
        // work and pensions spokesperson", "SNP social justice spokesperson").
        // Not a signing verb and what comes after it ("Pd ha firmato il segretario").
        let mut wide = r;
        while wide > 1
            && r - wide < MAX_ROLE_PREFIX
            && before[wide - 1].chars().next().is_some_and(is_small_letter)
            && !lang::all().signing.verbs.begins(&fold(before[wide - 1]))
        {
            wide -= 1;
        }
        // Nor a possessive and what comes before it ("sprach deren Bundessprecherin"): the
        // role opens after it.
        let possessives = &lang::all().grammar.possessives;
        let role_from = |start: usize| {
            (start..r)
                .rev()
                .find(|&k| possessives.contains(&fold(before[k])))
                .map_or(start, |k| k + 1)
        };
        // "Pd ha firmato il segretario regionale", "Parti de gauche a signé la secrétaire":
        // the party before a signing verb and its auxiliary.
        let verbs = &lang::all().signing.verbs;
        let verb = (r.saturating_sub(MAX_ROLE_PREFIX)..r)
            .filter(|&k| (k..r).all(|j| before[j].chars().next().is_some_and(is_small_letter)))
            .find(|&k| verbs.begins(&fold(before[k])));
        if let Some(v) = verb {
            // Before the verb's auxiliary ("ha", "a", "has", "hat"), else before the verb.
            let auxiliary = v > 1 && before[v - 1].chars().count() <= MAX_AUXILIARY_CHARS;
            let cuts = [v - usize::from(auxiliary), v].into_iter().filter(|&k| k > 0);
            // The whole head when it reads as a party ("Parti communiste français (PCF) a
            // signé"), else the capitalised words that end it.
            let whole = |k: usize| Some(before[..k].join(" ")).filter(|p| names_a_party(p));
            let party = cuts
                .clone()
                .find_map(whole)
                .or_else(|| {
                    cuts.clone()
                        .find_map(|k| trailing_party_tokens(&before[..k], false))
                })
                .or_else(|| {
                    cuts.clone()
                        .find_map(|k| trailing_party_tokens(&before[..k], true))
                });
            if let Some(party) = party {
                return Some((party, Some(before[r..].join(" "))));
            }
        }
        for start in [wide, r] {
            // A party in quotation marks before the role ("профсоюз "Защита труда"
            // председатель"), else a party plainly named, else any capitalised name
            // ("Loktantrik Janata Dal state president"): the chain is then weak, kept only
            // when no reading names a party.
            let party = quoted_tail(&before[..start])
                .or_else(|| trailing_party_tokens(&before[..start], false))
                .or_else(|| trailing_party_tokens(&before[..start], true));
            if let Some(party) = party {
                // Without the article that opens it ("il segretario provinciale").
                let role = before[role_from(start)..].join(" ");
                return Some((party, Some(super::prose::strip_article(&role).to_owned())));
            }
        }
        return None;
    }
    // "ROLE PARTY Person": a party (in the genitive, or after a link word) right after a
    // role that has a head.
    let mut q = before.len();
    while q > 0 && (is_party_token(before[q - 1]) || (is_link(before[q - 1]) && q < before.len())) {
        q -= 1;
    }
    while q < before.len() && (is_link(before[q]) || is_number(before[q])) && !opens_a_name(before, q) {
        q += 1;
    }
    if q == before.len() {
        return role_link_party(before);
    }
    // "membro da Assembleia do LIVRE", "Direção da Organização Regional de Setúbal do PCP":
    // an organ of the party, capitalised, is the role's; the party is what follows its last
    // link.
    let names_organ = names_an_organ(&fold(&before[q..].join(" ")));
    let organ_of_party = names_organ
        .then(|| {
            (q + 1..before.len().saturating_sub(1)).rev().find(|&k| {
                let rest = before[k + 1..].join(" ");
                is_link(before[k]) && names_a_party(&rest) && !names_an_organ(&fold(&rest))
            })
        })
        .flatten()
        .map(|k| k + 1)
        // "przewodniczący Okręgu Małopolskiego PPS": in the genitive no link follows the
        // organ.
        .or_else(|| {
            names_organ
                .then(|| organ_end(g, &before[q..]).map(|k| q + k))
                .flatten()
        });
    let party_start = organ_of_party.unwrap_or(q);
    let party = before[party_start..].join(" ");
    let mut r = q;
    while r > 0 && (is_role_term(before[r - 1]) || is_link(before[r - 1])) {
        r -= 1;
    }
    let mut role_words = without_trailing_links(&before[r..party_start]);
    while role_words.first().is_some_and(|t| is_link(t)) {
        role_words = &role_words[1..];
    }
    // A name of two capitalised words may be a party declined past what the vocabulary
    // knows ("Nowej Lewicy"); the chain is then weak (see [`read_tokens`]).
    let may_be_party = names_a_party(&party) || before.len() - party_start >= 2;
    if !role_words.iter().any(|t| is_role_head(t)) && may_be_party {
        // The role may name the body it is held in, in lower case: "segretario della
        // federazione tarantina del PARTY", "presidente del comitato territoriale dell'Arci",
        // "przewodniczący krakowskich struktur Nowej Lewicy".
        let mut wide = q;
        while wide > 0
            && q - wide < MAX_WIDE_ROLE
            && (is_role_term(before[wide - 1])
                || is_link(before[wide - 1])
                || before[wide - 1].chars().next().is_some_and(is_small_letter))
        {
            wide -= 1;
        }
        let start = (wide..q).find(|&k| is_role_head(before[k]))?;
        role_words = without_trailing_links(&before[start..q]);
    }
    role_words
        .iter()
        .any(|t| is_role_head(t))
        .then(|| (party, Some(role_words.join(" "))))
}

/// Where the party opens in a capitalised run that begins with an organ and has no link
/// after it (the genitive): at its first acronym ("Okręgu Małopolskiego PPS", "Komisji
/// Krajowej OZZ Inicjatywa Pracownicza"), else at its first organisation word, with the
/// country's adjective before it ("Rady Naczelnej Polskiej Partii Socjalistycznej").
fn organ_end(g: &Gazetteer, run: &[&str]) -> Option<usize> {
    let bare = |k: usize| run[k].trim_matches(|c: char| !c.is_alphanumeric());
    if let Some(k) = (1..run.len()).find(|&k| is_acronym(bare(k))) {
        return Some(k);
    }
    let k = (1..run.len()).find(|&k| looks_like_party(bare(k)))?;
    let adjective = k > 1 && g.lookup(bare(k - 1)).is_some();
    Some(if adjective { k - 1 } else { k })
}

/// "le coordinateur de La France insoumise", "le premier secrétaire du Parti socialiste":
/// a role with a head, a link, then the party as written up to the person (lower-case
/// words inside, as French and Spanish write names): `(party, role)`.
fn role_link_party(before: &[&str]) -> Option<(String, Option<String>)> {
    let head = before.iter().position(|t| is_role_head(t))?;
    // The link before the party: the first after which a capitalised word follows the
    // links, so that a complement in lower case stays in the role ("coordinateur des
    // relations européennes de La France insoumise").
    let capitalised_after = |i: usize| {
        let mut p = i;
        while p < before.len() && is_link(before[p]) && !opens_a_name(before, p) {
            p += 1;
        }
        before
            .get(p)
            .is_some_and(|t| t.chars().next().is_some_and(is_capital))
    };
    let links: Vec<usize> = (head + 1..before.len()).filter(|&i| is_link(before[i])).collect();
    let link = links
        .iter()
        .copied()
        .find(|&i| capitalised_after(i) && i - head <= 2 * MAX_ROLE_COMPLEMENT)
        .or_else(|| links.first().copied())?;
    let start = before[..=head]
        .iter()
        .position(|t| is_role_term(t))
        .unwrap_or(head);
    let role_ok = before[start..link]
        .iter()
        .all(|t| is_role_term(t) || t.chars().next().is_some_and(is_small_letter));
    let mut p = link;
    while p < before.len() && is_link(before[p]) && !opens_a_name(before, p) {
        p += 1;
    }
    let party = &before[p..];
    let named = party
        .first()
        .is_some_and(|t| t.chars().next().is_some_and(is_capital));
    (role_ok && named && party.len() <= 6).then(|| (party.join(" "), Some(before[start..link].join(" "))))
}

/// Whether `tokens[k]` is a capitalised article after a link word, which opens a name
/// rather than standing for grammar: "de Die Linke", "de La France insoumise", "of The
/// Left" (a grammatical article there is in lower case).
fn opens_a_name(tokens: &[&str], k: usize) -> bool {
    k > 0
        && k + 1 < tokens.len()
        && is_link(tokens[k - 1])
        && tokens[k].chars().next().is_some_and(is_capital)
        && lang::all().grammar.articles.contains(&fold(tokens[k]))
}

/// "PARTY with [its] ROLE" before a person: `(party, role)`.
fn party_with_role(before: &[&str]) -> Option<(String, Option<String>)> {
    let with_links = &lang::all().grammar.with_links;
    let w = before.iter().rposition(|t| with_links.contains(&fold(t)))?;
    let mut r = w + 1;
    while r < before.len()
        && r - w <= 2
        && before[r].chars().next().is_some_and(is_small_letter)
        && !is_role_term(before[r])
    {
        r += 1;
    }
    // The role: role words, and lower-case qualifiers ("provinciale", "cittadina").
    let role = &before[r..];
    let role_ok = (1..=4).contains(&role.len())
        && role.iter().any(|t| is_role_head(t))
        && role
            .iter()
            .all(|t| is_role_term(t) || t.chars().next().is_some_and(is_small_letter));
    if !role_ok {
        return None;
    }
    let party = trailing_party_tokens(&before[..w], true)?;
    // "den Aufruf die Berliner Linke": German capitalises every noun; an article after a
    // word that is no party word starts the party.
    let tokens: Vec<&str> = party.split_whitespace().collect();
    let articles = &lang::all().grammar.articles;
    let cut = (1..tokens.len().saturating_sub(1))
        .rev()
        .find(|&i| articles.contains(&fold(tokens[i])) && !looks_like_party(tokens[i - 1]));
    let party = cut.map_or(party.clone(), |i| tokens[i + 1..].join(" "));
    Some((party, Some(role.join(" "))))
}

/// The name in quotation marks that ends a run of tokens ("«Коммунисты России»"), without
/// the marks.
fn quoted_tail(tokens: &[&str]) -> Option<String> {
    let last = tokens.last()?;
    if !last.ends_with(['»', '”', '"']) {
        return None;
    }
    let open = tokens.iter().rposition(|t| t.starts_with(['«', '“', '„', '"']))?;
    let inner = tokens[open..].join(" ");
    let inner = inner.trim_matches(|c: char| matches!(c, '«' | '»' | '“' | '”' | '„' | '"'));
    (!inner.is_empty()).then(|| inner.to_owned())
}

/// The party at the end of a run of tokens: the longest tail of party tokens (link words
/// allowed inside) that reads as a party or is an acronym (or, when `any_name`, any
/// capitalised name).
fn trailing_party_tokens(tokens: &[&str], any_name: bool) -> Option<String> {
    // "and" inside a name ("Green Party of England and Wales"): between capitalised words.
    let conjunctions = &lang::all().conjunctions;
    let inner_and = |q: usize| {
        q >= 2
            && q < tokens.len()
            && conjunctions.plain.contains(&fold(tokens[q - 1]))
            && is_party_token(tokens[q - 2])
    };
    let mut q = tokens.len();
    while q > 0
        && (is_party_token(tokens[q - 1]) || (is_link(tokens[q - 1]) && q < tokens.len()) || inner_and(q))
    {
        q -= 1;
    }
    while q < tokens.len() && (is_link(tokens[q]) || is_number(tokens[q])) {
        q += 1;
    }
    let party = tokens[q..].join(" ");
    let party = party.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '(' | '+'));
    // "the Communist Party of India's (CPI's)": keep the name as written.
    let named = looks_like_party(party) || tokens[q..].iter().any(|t| is_acronym(t)) || any_name;
    (!party.is_empty() && named).then(|| party.to_owned())
}

/// Whether a sentence speaks of signing, of backing a text in a word in small letters
/// ("Dokument poparli także ...", not the party "Linea Condivisa") or of a joint statement.
fn speaks_of_signing(sentence: &str) -> bool {
    let all = lang::all();
    let ws = words(sentence);
    let backing = sentence
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .any(super::vocab::names_backing);
    backing
        || ws.iter().any(|w| all.signing.verbs.begins(w))
        || ws.iter().any(|w| all.headlines.document_words.contains(w))
}

/// A part of a list split where a comma is followed by a conjunction (", y ", ", and ").
fn split_at_comma_conjunction(part: &str, plain: &crate::lang::List) -> Vec<String> {
    let mut out = vec![String::new()];
    for (i, piece) in part.split(", ").enumerate() {
        let starts_conjunction = piece
            .split_whitespace()
            .next()
            .is_some_and(|w| plain.contains(&fold(w)));
        let current = out.last_mut().expect("never empty");
        if i > 0 && starts_conjunction {
            out.push(piece.to_owned());
        } else {
            if i > 0 {
                current.push_str(", ");
            }
            current.push_str(piece);
        }
    }
    out
}

/// A part of a semicolon list that holds two chains joined by a bare conjunction, the last
/// item's way ("duńska Socialdemokratiet – członek zarządu Mads Kjærgaard oraz norweska
/// Partia Pracy – sekretarz Ingrid Solbakken"): the two, when each reads as a chain with
/// its person; else the part whole.
fn split_joined_chains(part: &str) -> Vec<String> {
    let g = Gazetteer::bundled();
    let tokens: Vec<&str> = part.split_whitespace().collect();
    let chain = |t: &[&str]| read_chain(g, &t.join(" ")).is_some_and(|c| !c.person.is_empty());
    (1..tokens.len().saturating_sub(1))
        .filter(|&k| is_conjunction(tokens[k]))
        .find(|&k| chain(&tokens[..k]) && chain(&tokens[k + 1..]))
        .map_or_else(
            || vec![part.to_owned()],
            |k| vec![tokens[..k].join(" "), tokens[k + 1..].join(" ")],
        )
}

/// The pieces of a sentence that may each hold one chain: split at commas, semicolons
/// and conjunctions; a piece that opens with a `[grammar] with_links` word continues the
/// one before ("il Psi, con il segretario cittadino Franco Ruggeri").
fn pieces(sentence: &str) -> Vec<String> {
    let with_links = &lang::all().grammar.with_links;
    let mut out: Vec<String> = Vec::new();
    // "pelo PEV, a dirigente nacional ...": an opener and a party alone before a comma, and
    // the role and person after it, are one piece.
    let mut after_party = false;
    for piece in split_pieces(sentence) {
        let opens_with = piece
            .split_whitespace()
            .next()
            .is_some_and(|t| with_links.contains(&fold(t)));
        let opens_small = piece.split_whitespace().next().is_some_and(opens_lower);
        match out.last_mut() {
            Some(prev) if opens_with || (after_party && opens_small) => {
                prev.push_str(if opens_with { " " } else { ", " });
                prev.push_str(&piece);
                after_party = false;
            }
            _ => {
                after_party = opener_and_party(&piece);
                out.push(piece);
            }
        }
    }
    out
}

/// Most words of a party named after an "on behalf of" opener alone in a piece.
const MAX_PARTY_ALONE_WORDS: usize = 3;

/// Whether a piece is only an "on behalf of" opener and a party's name ("pelo PEV").
fn opener_and_party(piece: &str) -> bool {
    let tokens: Vec<&str> = piece.split_whitespace().collect();
    let k = on_behalf_opener(&tokens);
    let rest = &tokens[k.min(tokens.len())..];
    k > 0 && (1..=MAX_PARTY_ALONE_WORDS).contains(&rest.len()) && names_a_party(&rest.join(" "))
}

/// A sentence split at commas, semicolons and conjunctions (see [`pieces`]).
fn split_pieces(sentence: &str) -> Vec<String> {
    let conjunctions = &lang::all().conjunctions;
    // A list whose items are set apart by semicolons keeps "and" and commas inside its
    // items ("Green Party of England and Wales co-leader Tom Aldous; the leader of the
    // Liberal Democrats, Helen Marsh; and ...").
    if sentence.matches(';').count() >= 2 {
        let mut out = Vec::new();
        // "..., y el portavoz de Más Madrid, Raúl Encinas": a comma and a conjunction end
        // an item too.
        let parts: Vec<String> = sentence
            .split(';')
            .flat_map(|part| split_at_comma_conjunction(part, &conjunctions.plain))
            .flat_map(|part| split_joined_chains(&part))
            .collect();
        for part in &parts {
            let mut tokens: Vec<&str> = part.split_whitespace().collect();
            if tokens.first().is_some_and(|t| is_conjunction(t)) {
                tokens.remove(0);
            }
            let item = tokens.join(" ");
            // "the leader of the Liberal Democrats, Helen Marsh": role of party, then name.
            match item.rsplit_once(", ") {
                Some((left, right)) if super::entry::role_of_named(left).is_some() => {
                    out.push(left.to_owned());
                    out.push(right.to_owned());
                }
                _ => out.push(item),
            }
        }
        return out.into_iter().filter(|p| !p.trim().is_empty()).collect();
    }
    let mut out = Vec::new();
    for part in sentence.split([',', ';', ':']) {
        let mut current: Vec<&str> = Vec::new();
        for tok in part.split_whitespace() {
            // A chain ends in a person's name: a conjunction after a word in lower case
            // ("work and pensions spokesperson") or after a name's link word ("Party of
            // England and Wales") stays inside the item; a link word in capitals is a
            // person's name particle ("Niamh Ó Ruairc and ...").
            let inside = match current.as_slice() {
                [.., before, last] => {
                    last.chars().next().is_some_and(is_small_letter)
                        || (is_link(before)
                            && before.chars().next().is_some_and(is_small_letter)
                            && last.chars().next().is_some_and(is_capital))
                }
                [last] => last.chars().next().is_some_and(is_small_letter),
                [] => false,
            };
            if is_conjunction(tok) && !inside {
                out.push(current.join(" "));
                current.clear();
            } else {
                current.push(tok);
            }
        }
        out.push(current.join(" "));
    }
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Fewest words of a line that is a sentence, not a list entry.
const SENTENCE_WORDS: usize = 12;

/// Whether a line is a sentence (or a paragraph of them), not a list entry.
pub(crate) fn is_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= SENTENCE_WORDS
}

/// Whether the line numbered `no` is a sentence (see [`is_sentence`]).
pub(crate) fn on_a_sentence_line(lines: &[Line], no: usize) -> bool {
    lines
        .iter()
        .find(|l| l.no == no)
        .is_some_and(|l| is_sentence(&l.text))
}

/// Whether two parties as read name the same one: one name's words, folded, hold the
/// other's whole ("PCP" and "Partido Comunista Português (PCP)").
pub(crate) fn names_the_same_party(a: &str, b: &str) -> bool {
    holds_the_name(a, b) || holds_the_name(b, a)
}

/// Whether the words of a party's name, folded, hold another's whole ("Organização Regional
/// de Setúbal do PCP" holds "PCP").
pub(crate) fn holds_the_name(long: &str, short: &str) -> bool {
    let key = |name: &str| crate::text::fold::key(super::prose::strip_article(name));
    let (long, short) = (key(long), key(short));
    !long.is_empty() && !short.is_empty() && format!(" {long} ").contains(&format!(" {short} "))
}

/// Persons and roles for signatories read from a sentence without them: a news report
/// names the signing parties in one sentence and their representatives in others ("ha
/// detto il segretario provinciale di Rifondazione Comunista Marco Bellini"). A chain in any
/// sentence whose party is one such signatory's, and no other's, gives it its person and
/// role. Signatories read from lists, tables or blocks are left as they are.
pub fn persons_from_other_sentences(g: &Gazetteer, lines: &[Line], signatories: &mut [RawSignatory]) {
    let open: Vec<usize> = (0..signatories.len())
        .filter(|&i| signatories[i].person.is_none() && on_a_sentence_line(lines, signatories[i].line))
        .collect();
    if open.is_empty() {
        return;
    }
    let key = |name: &str| crate::text::fold::key(super::prose::strip_article(name));
    let mut taken: Vec<String> = signatories.iter().filter_map(|s| s.person.clone()).collect();
    // Each open signatory's name as written and its acronym of initials, once for all lines.
    let names: Vec<(usize, String, String)> = open
        .iter()
        .map(|&i| {
            let written = super::prose::strip_article(&signatories[i].as_written).to_owned();
            let initials = super::entry::initials_of(&written);
            (i, written, initials)
        })
        .collect();
    for line in lines.iter().filter(|l| is_sentence(&l.text)) {
        // First a signatory's own name in this sentence with a person beside it ("el
        // portavoz de Podemos Andalucía, Javier Lozano Prieto": the whole name the list
        // gave, not a chain that ends it early); then chains, and "NAME, role of PARTY" ("a
        // résumé Manon Keraudren, coordinatrice de La France insoumise").
        let text = plain(&line.text);
        let mut named: Vec<Signer> = Vec::new();
        for (i, written, initials) in &names {
            let i = *i;
            if line.no != signatories[i].line {
                // The party as written, or its acronym of initials ("del PCE, Javier ..."
                // for "Partido Comunista de España").
                let beside = person_beside(&text, written).or_else(|| {
                    let acronym = initials.chars().count() >= 2
                        && text.split(|c: char| !c.is_alphanumeric()).any(|w| w == initials);
                    acronym.then(|| person_beside(&text, initials)).flatten()
                });
                if let Some((person, role)) = beside {
                    named.push(Signer {
                        party: signatories[i].party.clone(),
                        role,
                        person,
                    });
                }
            }
        }
        named.extend(
            super::sentences(&text)
                .into_iter()
                .flat_map(pieces)
                .filter_map(|piece| read_chain(g, &piece)),
        );
        named.extend(
            super::prose::persons_in_prose(g, std::slice::from_ref(line))
                .into_iter()
                .filter_map(|s| {
                    Some(Signer {
                        person: s.person?,
                        party: s.party,
                        role: s.role,
                    })
                }),
        );
        for signer in named {
            let party = key(&signer.party);
            if party.is_empty() || taken.contains(&signer.person) {
                continue;
            }
            let same = |s: &RawSignatory| names_the_same_party(&s.party, &signer.party);
            let matching: Vec<usize> = open.iter().copied().filter(|&i| same(&signatories[i])).collect();
            if let [i] = matching.as_slice() {
                if signatories[*i].person.is_none() {
                    signatories[*i].person = Some(signer.person.clone());
                    signatories[*i].role = signer.role.clone();
                    taken.push(signer.person);
                }
            }
        }
    }
}

/// Most words of a person's name beside a party's.
const MAX_NAME_WORDS: usize = 3;
/// Most words from a role's head to the party it is of, over a portfolio in capitals
/// ("secretaria de Acción Institucional de").
const MAX_PORTFOLIO_WORDS: usize = 6;

/// A person named beside a party in a sentence, with the role that ties them: "le
/// porte-parole du PCF, Julien Maréchal", "di Sinistra Italiana Giulia Ferraresi" (role, party,
/// name) or "Manon Keraudren, coordinatrice de La France insoumise" (name, role, party).
pub(crate) fn person_beside(text: &str, party: &str) -> Option<(String, Option<String>)> {
    let at = text.find(party)?;
    let before: Vec<&str> = text[..at].split_whitespace().collect();
    let after: Vec<&str> = text[at + party.len()..]
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .collect();
    // The role right before the party, over its "of" words: "porte-parole du".
    let mut r = before.len();
    while r > 0 && is_link(before[r - 1]) {
        r -= 1;
    }
    let links = r;
    while r > 0 && is_role_term(before[r - 1].trim_end_matches(',')) && !before[r - 1].ends_with(',') {
        r -= 1;
    }
    // A portfolio in capitals between the role and the party ("la secretaria de Acción
    // Institucional de Podemos"): the role from its head, over such words and links.
    if r == links {
        let reach = links.saturating_sub(MAX_PORTFOLIO_WORDS);
        let head = (reach..links)
            .rev()
            .take_while(|&k| !before[k].ends_with([',', '.', ';', ':']))
            .find(|&k| is_role_head(before[k]))
            .filter(|&h| {
                before[h + 1..links]
                    .iter()
                    .all(|t| is_link(t) || t.chars().next().is_some_and(is_capital))
            });
        if let Some(h) = head {
            r = h;
            while r > 0 && is_role_term(before[r - 1]) && !before[r - 1].ends_with(',') {
                r -= 1;
            }
        }
    }
    let role_words = &before[r..links];
    let has_role = links < before.len() && role_words.iter().any(|t| is_role_head(t));
    if !has_role {
        return None;
    }
    let role = role_words.join(" ");
    // ROLE of PARTY, Name / ROLE of PARTY Name
    let mut n = 0;
    while n < after.len() && n < MAX_NAME_WORDS && super::entry::is_name_token(after[n]) {
        n += 1;
        if after[n - 1].ends_with([',', '.', ';']) {
            break;
        }
    }
    if n >= 2 {
        let person = after[..n].join(" ").trim_end_matches([',', '.', ';']).to_owned();
        return Some((person, Some(role)));
    }
    // Name, ROLE of PARTY: the name ends in a comma right before the role.
    before[..r].last().filter(|t| t.ends_with(','))?;
    let mut start = r;
    while start > 0 && r - start < MAX_NAME_WORDS && super::entry::is_name_token(before[start - 1]) {
        start -= 1;
    }
    let person = before[start..r].join(" ").trim_end_matches(',').to_owned();
    (r - start >= 2).then_some((person, Some(role)))
}

/// Signers named as chains in sentences that speak of signing.
pub fn chains_in_prose(g: &Gazetteer, lines: &[Line]) -> Vec<RawSignatory> {
    let mut out = Vec::new();
    for line in lines {
        let text = plain(&line.text);
        for sentence in super::sentences(&text) {
            if !speaks_of_signing(sentence) {
                continue;
            }
            let mut found: Vec<Signer> = Vec::new();
            // Parallel lists paired by "respectively" first; the rest of the sentence may
            // name further signers as chains.
            let mut sentence = sentence.to_owned();
            if let Some((paired, rest)) = super::parallel::read_sentence(g, &sentence) {
                found.extend(paired);
                sentence = rest;
            }
            let mut pending_role: Option<(String, String)> = None;
            // A person named before a role of a party ("Ivana Perić, koordynatorka partii
            // Radnička fronta"): the role is that person's, not the next name's.
            let mut pending_name: Option<String> = None;
            // Which order the sentence has used so far: a role then its person (`true`), or
            // a person then the role (`false`).
            let mut role_first: Option<bool> = None;
            let only_name = |piece: &str| is_a_name_alone(g, piece);
            let all = pieces(&sentence);
            for (at, piece) in all.iter().enumerate() {
                let piece = piece.as_str();
                // "el coordinador general de EH Bildu, Iker Zubeldia": when the next piece is
                // a name alone, this one is the role of a party, not a chain of its own.
                let next_is_name = all.get(at + 1).is_some_and(|next| only_name(next));
                let role_of_named = super::entry::role_of_named(piece).is_some();
                let name_follows = next_is_name && role_of_named;
                // "Jonas Becker, rzecznik Komunistycznej Partii Niemiec": after a person, a role
                // of a party is that person's, though the piece could read as a chain. A piece
                // that ends in a person's name is a chain of its own.
                let name_before = pending_name.is_some()
                    && role_first != Some(true)
                    && role_of_named
                    && !ends_in_name(g, piece);
                let chain = read_chain(g, piece).or_else(|| dash_chain(g, piece));
                if let Some(c) = chain.filter(|_| !name_follows && !name_before) {
                    found.push(c);
                    pending_role = None;
                    pending_name = None;
                    continue;
                }
                // "der Präsident der Partei der Arbeit (PdA), Urs Meierhans": a role of a
                // party, then the person after the comma.
                let only_name = only_name(piece);
                match (&pending_role, only_name) {
                    (Some((role, party)), true) => {
                        found.push(Signer {
                            party: party.clone(),
                            role: Some(role.clone()),
                            person: piece.trim().trim_end_matches(['.', ',', ';', ':']).to_owned(),
                        });
                        pending_role = None;
                        pending_name = None;
                        role_first = Some(true);
                    }
                    _ => {
                        // The role starts at its first role word ("Junto a ella firmaron el
                        // presidente" is "presidente"): the words of a role right before
                        // its first head ("premier secrétaire"), not a lone one further
                        // back ("porte les signatures du secrétaire général").
                        // After a person, in a sentence that sets each person before
                        // the role ("de Hela Trabelsi, porte-parole d'Al Massar"), the
                        // role's organisation need not read as a party either.
                        let named_before = pending_name.is_some() && role_first == Some(false);
                        let split = if next_is_name || named_before {
                            super::entry::role_of_named(piece)
                        } else {
                            super::entry::role_of_party(piece)
                        };
                        let role_here = split.map(|(role, party)| {
                            let words: Vec<&str> = role.split_whitespace().collect();
                            let head = words.iter().position(|t| is_role_head(t));
                            let start = match head {
                                Some(mut h) => {
                                    while h > 0 && is_role_term(words[h - 1]) {
                                        h -= 1;
                                    }
                                    h
                                }
                                None => words.iter().position(|t| is_role_term(t)).unwrap_or(0),
                            };
                            let role = words[start..]
                                .iter()
                                .skip_while(|t| is_link(t))
                                .copied()
                                .collect::<Vec<_>>()
                                .join(" ");
                            (role, party)
                        });
                        // A role between two names is the one's the sentence's order gives.
                        let before = pending_name
                            .take()
                            .filter(|_| !next_is_name || role_first != Some(true));
                        match (role_here, before) {
                            (Some((role, party)), Some(person)) => {
                                found.push(Signer {
                                    party,
                                    role: Some(role),
                                    person,
                                });
                                pending_role = None;
                                role_first = Some(false);
                            }
                            (role_here, _) => {
                                pending_name = role_here.is_none().then(|| name_tail(g, piece)).flatten();
                                pending_role = role_here;
                            }
                        }
                    }
                }
            }
            if found.len() < MIN_CHAINS {
                continue;
            }
            out.extend(found.into_iter().map(|c| signatory(g, c, line.no)));
        }
    }
    out
}

/// The person's name that ends a piece of a sentence: the whole piece when it is two to
/// four name words ("Jonas Weber"), else such a run after a word in lower case ("... podpisali
/// się także Ivana Perić").
fn name_tail(g: &Gazetteer, piece: &str) -> Option<String> {
    let tokens: Vec<&str> = piece
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .split_whitespace()
        .collect();
    let names = tokens.iter().rev().take_while(|t| is_name_word(g, t)).count();
    let start = tokens.len() - names;
    let opens = start == 0 || tokens[start - 1].chars().next().is_some_and(is_small_letter);
    // "Die Linke": an article opens a name, a party's.
    let article = tokens.get(start).is_some_and(|t| is_link(t));
    ((2..=4).contains(&names) && opens && !article).then(|| tokens[start..].join(" "))
}

/// Whether a piece of a sentence ends in two name words ("... du PTB Karim Benali").
fn ends_in_name(g: &Gazetteer, piece: &str) -> bool {
    let tokens: Vec<&str> = piece.split_whitespace().collect();
    tokens.len() >= 2 && tokens[tokens.len() - 2..].iter().all(|t| is_name_word(g, t))
}

/// A chain read on `line` as a signatory.
fn signatory(g: &Gazetteer, c: Signer, line: usize) -> RawSignatory {
    let (mut c, named) = country_between(g, c);
    c.party = without_possessive(&c.party).to_owned();
    let (party, country) = split_country_affix(g, &c.party);
    RawSignatory {
        as_written: as_written(&c.party),
        party,
        country: country.or(named),
        person: Some(c.person),
        role: c.role.and_then(|r| super::entry::tidy_role(&r)),
        line,
    }
}

/// "przewodniczący czeskiej partii Levice", "il segretario del partito greco Syriza": a
/// country's adjective in lower case between the role and the party's name, and the
/// organisation word in lower case that it qualifies, belong to neither. The adjective
/// gives the country; both leave the role and the party (a name's own capitalised word,
/// "Partii Razem", stays).
fn country_between(g: &Gazetteer, mut c: Signer) -> (Signer, Option<usize>) {
    let adjective = |t: &str| {
        g.lookup(t)
            .filter(|(_, kind)| *kind == crate::reference::countries::MentionKind::Adjective)
            .map(|(i, _)| i)
    };
    let generic = |t: &str| opens_lower(t) && looks_like_party(t) && t.split_whitespace().count() == 1;
    let mut party: Vec<String> = c.party.split_whitespace().map(str::to_owned).collect();
    let mut role: Vec<String> = c
        .role
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let mut country = None;
    // The words at the party's head, then at the role's tail, while they are lower case
    // and the party keeps a name.
    loop {
        let named_after = |from: usize| party.get(from).is_some_and(|t| !opens_lower(t));
        match party.first().map(String::as_str) {
            Some(t) if opens_lower(t) && named_after(1) && (generic(t) || adjective(t).is_some()) => {
                country = country.or(adjective(t));
                party.remove(0);
                continue;
            }
            // "partito greco Syriza": the word, then the adjective after it.
            Some(t) if generic(t) && party.len() > 2 && adjective(&party[1]).is_some() && named_after(2) => {
                country = country.or(adjective(&party[1]));
                party.drain(..2);
                continue;
            }
            _ => {}
        }
        // At the role's tail, the adjective stands right after the role's head word
        // ("koordynator chorwackiej"; not "председатель областного совета").
        let after_head = |k: usize| k > 0 && is_role_head(&role[k - 1]);
        let adjective_at = |k: usize| after_head(k) && adjective(&role[k]).is_some();
        match role.last().map(String::as_str) {
            Some(t) if role.len() > 1 && opens_lower(t) && (generic(t) || adjective_at(role.len() - 1)) => {
                country = country.or(adjective(t));
                role.pop();
            }
            _ => break,
        }
    }
    if country.is_some() {
        c.party = party.join(" ");
        c.role = (!role.is_empty()).then(|| role.join(" "));
    }
    (c, country)
}

/// The last resort of a text where nothing else names a signer: a sentence that pairs
/// persons with parties by "respectively" ("X, Y y Z, presidentes de los partidos A, B y C,
/// respectivamente, acordaron ..."), though it does not speak of signing. The first such
/// sentence, with its line.
pub fn respectively_pairs(g: &Gazetteer, lines: &[Line]) -> Option<(usize, Vec<RawSignatory>)> {
    lines.iter().find_map(|line| {
        let text = plain(&line.text);
        super::sentences(&text).into_iter().find_map(|sentence| {
            let (paired, _) = super::parallel::read_sentence(g, sentence)?;
            let read: Vec<RawSignatory> = paired.into_iter().map(|p| signatory(g, p, line.no)).collect();
            (read.len() >= 2).then_some((line.no, read))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signers `chains_in_prose` reads in a text: (party as written, person, role).
    fn signers(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let lines = crate::text::lines::split_lines(text);
        chains_in_prose(Gazetteer::bundled(), &lines)
            .into_iter()
            .map(|s| (s.as_written, s.person, s.role))
            .collect()
    }

    #[test]
    fn after_persons_set_before_their_roles_a_role_s_organisation_need_not_read_as_a_party() {
        // Invented names in the order of a French report: person, role, organisation.
        let got = signers(
            "Elle porte les signatures de Nadia Exemple, secrétaire générale du Parti des \
             travailleurs imaginaires, de Hédi Modèle, porte-parole d’Al Inventa, de Salma Fictive, \
             membre du bureau politique du Courant fictif (Attayar), et de Karim Essai, dirigeant \
             d’Ettafikra.",
        );
        let read = crate::extract::written_and_person(&got);
        assert_eq!(
            read,
            [
                ("Parti des travailleurs imaginaires", Some("Nadia Exemple")),
                ("Al Inventa", Some("Hédi Modèle")),
                ("Courant fictif (Attayar)", Some("Salma Fictive")),
                ("Ettafikra", Some("Karim Essai")),
            ]
        );
    }

    #[test]
    fn a_name_with_a_particle_after_a_role_of_a_party_is_its_person() {
        // Real parties, invented persons.
        let got = signers(
            "A nota é assinada pela presidenta nacional do PT, Márcia Exemplo Teixeira; pela \
             presidenta do PCdoB, Luciana Exemplo de Andrade; e pelo presidente do PDT, Reinaldo \
             Teste Matos.",
        );
        let persons = crate::extract::written_and_person(&got);
        assert_eq!(
            persons,
            [
                ("PT", Some("Márcia Exemplo Teixeira")),
                ("PCdoB", Some("Luciana Exemplo de Andrade")),
                ("PDT", Some("Reinaldo Teste Matos"))
            ]
        );
    }

    #[test]
    fn a_sentence_of_backing_reads_chains_and_a_polish_branch_or_council_is_in_the_role() {
        // Real parties and unions, invented persons.
        let got = signers(
            "Pod apelem podpisali się: posłanka Nowej Lewicy Ewa Przykładowa i współprzewodnicząca \
             Koła Białystok Partii Zieloni Agnieszka Testowa. Dokument poparli także przewodniczący \
             Rady OPZZ Województwa Podlaskiego Mirosław Próbny oraz przewodnicząca Zarządu Regionu \
             Podlaskiego OZZPiP Halina Wzorcowa.",
        );
        let want = [
            ("Nowej Lewicy", "Ewa Przykładowa", "posłanka"),
            (
                "Partii Zieloni",
                "Agnieszka Testowa",
                "współprzewodnicząca Koła Białystok",
            ),
            (
                "OPZZ Województwa Podlaskiego",
                "Mirosław Próbny",
                "przewodniczący Rady",
            ),
            (
                "OZZPiP",
                "Halina Wzorcowa",
                "przewodnicząca Zarządu Regionu Podlaskiego",
            ),
        ];
        let got = crate::extract::borrowed_rows(&got);
        assert_eq!(got, want.map(|(a, p, r)| (a, Some(p), Some(r))).to_vec());
        // A party's name that holds a backing word ("Linea Condivisa") is no backing.
        let got = signers(
            "Al tavolo si sono alternati gli interventi: per il M5S la consigliera regionale Elena \
             Esempio, per Linea Condivisa il consigliere comunale Tommaso Prova.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_possessive_ties_the_party_to_its_role_and_a_welsh_particle_is_the_names() {
        // Invented persons of real parties.
        let got = signers(
            "The statement was signed by Plaid Cymru leader Rhodri ap Enghraifft, the Liberal \
             Democrats' democracy spokesperson Tom Example and SDLP leader Colm Sample.",
        );
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            got,
            [
                (
                    "Plaid Cymru".to_owned(),
                    some("Rhodri ap Enghraifft"),
                    some("leader")
                ),
                (
                    "Liberal Democrats".to_owned(),
                    some("Tom Example"),
                    some("democracy spokesperson")
                ),
                ("SDLP".to_owned(), some("Colm Sample"), some("leader")),
            ]
        );
    }

    /// [`signers`] without their roles.
    fn parties_and_persons(text: &str) -> Vec<(String, Option<String>)> {
        signers(text).into_iter().map(|(p, n, _)| (p, n)).collect()
    }

    /// An expected signer with a person and a role.
    fn row(party: &str, person: &str, role: &str) -> (String, Option<String>, Option<String>) {
        (party.to_owned(), Some(person.to_owned()), Some(role.to_owned()))
    }

    fn chain(item: &str) -> Option<(String, Option<String>, String)> {
        read_chain(Gazetteer::bundled(), item).map(|c| (c.party, c.role, c.person))
    }

    #[test]
    fn the_last_item_of_a_semicolon_list_may_join_two_chains_with_a_bare_conjunction() {
        // Invented persons; "oraz" joins the last two items without a comma.
        let sentence = "Dokument sygnowali: Partia Testowa – wiceprzewodniczący Jan Próbny; \
            Partia Socjaldemokratyczna Testlandii – przewodnicząca Anna Wzorek; duńska \
            Socialdemokratiet – członek zarządu Mads Eksempel oraz norweska Partia Pracy \
            (Arbeiderpartiet) – sekretarz Ingrid Prøve.";
        let got = pieces(sentence);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            chain(&got[2]),
            Some((
                "Socialdemokratiet".to_owned(),
                Some("członek zarządu".to_owned()),
                "Mads Eksempel".to_owned()
            ))
        );
        // A conjunction inside a party's name stays there.
        let whole = "Partia Pracy i Solidarności – przewodnicząca Ewa Testowa";
        assert_eq!(split_joined_chains(whole), [whole]);
    }

    #[test]
    fn a_capitalised_article_after_the_link_opens_the_party_name() {
        // Invented persons.
        assert_eq!(
            chain("la coprésidente de Die Linke Katrin Hellwig"),
            Some((
                "Die Linke".into(),
                Some("coprésidente".into()),
                "Katrin Hellwig".into()
            ))
        );
        assert_eq!(
            chain("le coordinateur des relations européennes de La France insoumise Yanis Belkacem"),
            Some((
                "La France insoumise".into(),
                Some("coordinateur des relations européennes".into()),
                "Yanis Belkacem".into()
            ))
        );
        // In lower case the article is grammar: "de la Gauche unitaire".
        assert_eq!(
            chain("le porte-parole de la Gauche Unitaire Marc Dubois").map(|c| c.0),
            Some("Gauche Unitaire".into())
        );
    }

    #[test]
    fn an_on_behalf_opener_after_a_conjunction_is_no_part_of_the_party() {
        // Invented person.
        assert_eq!(
            chain("a w imieniu Polskiej Partii Socjalistycznej – przewodniczący Jan Kowal"),
            Some((
                "Polskiej Partii Socjalistycznej".to_owned(),
                Some("przewodniczący".to_owned()),
                "Jan Kowal".to_owned()
            ))
        );
    }

    #[test]
    fn compound_offices_and_possessives_before_an_office() {
        // Invented persons: a compound office that opens like an organisation word
        // ("Bundes-"), and a possessive between the party's verb and the office.
        assert_eq!(
            chain("Für die KPÖ unterschrieb Bundessprecher Tobias Weiler"),
            Some((
                "KPÖ".to_owned(),
                Some("Bundessprecher".to_owned()),
                "Tobias Weiler".to_owned()
            ))
        );
        assert_eq!(
            chain("für die Deutsche Kommunistische Partei ihr Vorsitzender Paul Kern"),
            Some((
                "Deutsche Kommunistische Partei".to_owned(),
                Some("Vorsitzender".to_owned()),
                "Paul Kern".to_owned()
            ))
        );
    }

    #[test]
    fn the_party_word_before_a_quoted_name_is_not_the_roles() {
        // Invented persons.
        let got = signers(
            "Документ подписали председатель партии \"Родина\" Иван Петров, лидер партии \"Яблоко\" Пётр Сидоров.\n",
        );
        let roles: Vec<_> = got
            .iter()
            .map(|(_, _, r)| r.clone().unwrap_or_default())
            .collect();
        assert_eq!(roles, ["председатель", "лидер"], "{got:?}");
    }

    #[test]
    fn irish_particles_offices_with_a_complement_and_particles_after_a_first_name() {
        // Invented persons: an Irish particle in capitals before "and"; a role with its
        // complement in lower case after the head.
        assert_eq!(
            signers(
                "The text was signed by Sinn Féin TD Orla Brennan, Social Democrats spokesperson on housing Cathal Reddy, Communist Party of Ireland chairperson Máire Ó Dálaigh and Independent Left councillor Fiach Nolan.\n"
            ),
            vec![
                row("Sinn Féin", "Orla Brennan", "TD"),
                row("Social Democrats", "Cathal Reddy", "spokesperson on housing"),
                row("Communist Party of Ireland", "Máire Ó Dálaigh", "chairperson"),
                row("Independent Left", "Fiach Nolan", "councillor"),
            ]
        );
        // A particle after a first name belongs to the surname ("Nadia El Amrani").
        assert_eq!(
            parties_and_persons(
                "Ont signé l'appel le président du PS Hugo Lambert, la coprésidente d'Ecolo Samira El Idrissi et le président du PTB Luc De Wit.\n"
            )
            .into_iter()
            .map(|(_, n)| n.unwrap_or_default())
            .collect::<Vec<_>>(),
            ["Hugo Lambert", "Samira El Idrissi", "Luc De Wit"]
        );
    }

    #[test]
    fn first_signers_as_a_compound_noun_speak_of_signing() {
        // Invented: "Erstunterzeichnende" and a "Co-" role.
        let got = parties_and_persons(
            "Zu den Erstunterzeichnenden gehören KPÖ-Co-Vorsitzender Tobias Gruber, SPÖ-Sprecherin Anna Lechner und Grünen-Chef Paul Aigner.\n",
        );
        assert_eq!(
            got,
            [
                ("KPÖ".to_owned(), Some("Tobias Gruber".to_owned())),
                ("SPÖ".to_owned(), Some("Anna Lechner".to_owned())),
                ("Grünen".to_owned(), Some("Paul Aigner".to_owned())),
            ]
        );
    }

    #[test]
    fn a_first_name_right_after_the_role_is_no_party() {
        // Invented: a three-word name whose first word could pass for a party after the role.
        assert_eq!(
            chain("per il Psi il segretario provinciale Marco Bertoldi Ranieri"),
            Some((
                "Psi".to_owned(),
                Some("segretario provinciale".to_owned()),
                "Marco Bertoldi Ranieri".to_owned()
            ))
        );
        assert_eq!(chain("la consigliera comunale Ilenia Sartori"), None);
    }

    #[test]
    fn an_organ_before_the_party_stays_in_the_role() {
        // Invented: the body the role is held in, capitalised, before the party's acronym.
        assert_eq!(
            chain("membro della Segreteria nazionale del PRC Anna Russo"),
            Some((
                "PRC".to_owned(),
                Some("membro della Segreteria nazionale".to_owned()),
                "Anna Russo".to_owned()
            ))
        );
        assert_eq!(
            chain("membro da Assembleia do LIVRE Rui Barros"),
            Some((
                "LIVRE".to_owned(),
                Some("membro da Assembleia".to_owned()),
                "Rui Barros".to_owned()
            ))
        );
    }

    #[test]
    fn an_opener_and_a_signing_verb_before_the_role_stay_out_of_the_chain() {
        // Invented: "Por el PARTY ha firmado el ROLE Person", the opener capitalised at the
        // start of the sentence.
        assert_eq!(
            chain("Por el Bloque Nacionalista Galego ha firmado el portavoz nacional Xosé Lois Piñeiro"),
            Some((
                "Bloque Nacionalista Galego".to_owned(),
                Some("portavoz nacional".to_owned()),
                "Xosé Lois Piñeiro".to_owned()
            ))
        );
        assert_eq!(
            chain("Pour le Parti communiste français (PCF) a signé la secrétaire nationale Élise Marchand"),
            Some((
                "Parti communiste français (PCF)".to_owned(),
                Some("secrétaire nationale".to_owned()),
                "Élise Marchand".to_owned()
            ))
        );
    }

    #[test]
    fn a_country_adjective_between_role_and_party_gives_the_country() {
        // Invented persons; Polish news style, the party's country as an inflected
        // adjective in lower case before "partii"/"ruchu" and the name.
        let text = "Pod deklaracją podpisali się przewodniczący czeskiej partii Levice Jan Novák, \
            rzeczniczka węgierskiego ruchu Szikra Mozgalom Anna Kiss i współprzewodnicząca \
            Partii Razem Ewa Lis.";
        let lines = crate::text::lines::split_lines(text);
        let g = Gazetteer::bundled();
        let got: Vec<(String, Option<&str>, Option<String>)> = chains_in_prose(g, &lines)
            .into_iter()
            .map(|s| (s.as_written, s.country.map(|c| g.get(c).key.as_str()), s.role))
            .collect();
        let want = |p: &str, c: Option<&'static str>, r: &str| (p.to_owned(), c, Some(r.to_owned()));
        assert_eq!(
            got,
            [
                want("Levice", Some("CZ"), "przewodniczący"),
                want("Szikra Mozgalom", Some("HU"), "rzeczniczka"),
                want("Partii Razem", None, "współprzewodnicząca")
            ]
        );
        // An organ's word in the genitive is not a country's adjective ("совета" is not
        // "советский").
        let text = "Обращение подписали председатель областного совета партии «Коммунисты России» \
            Иван Петров и секретарь обкома КПРФ Олег Смирнов.";
        let lines = crate::text::lines::split_lines(text);
        let soviet = g.lookup("СССР").expect("the gazetteer knows the USSR").0;
        let read = chains_in_prose(g, &lines);
        assert_eq!(read.len(), 2, "{read:?}");
        assert!(read.iter().all(|s| s.country != Some(soviet)), "{read:?}");
        assert!(
            read[0].role.as_deref().is_some_and(|r| r.contains("совета")),
            "{read:?}"
        );
    }

    #[test]
    fn polish_role_party_person_chains_with_a_number_in_the_party() {
        let text = "Pod umową podpisy złożyli prezes Ludowej Partii Marek Nowak, przewodnicząca \
            Polski 2050 Ewa Lis i współprzewodniczący Nowej Lewicy Jan Wrona.";
        let got = parties_and_persons(text);
        let pair = |p: &str, n: &str| (p.to_owned(), Some(n.to_owned()));
        assert_eq!(
            got,
            [
                pair("Ludowej Partii", "Marek Nowak"),
                pair("Polski 2050", "Ewa Lis"),
                pair("Nowej Lewicy", "Jan Wrona")
            ]
        );
    }

    #[test]
    fn a_sentence_of_role_of_party_name_items_after_a_participle_of_signing() {
        // "suscrito" is a form of "suscribir": the sentence speaks of signing.
        let text = "El documento fue suscrito por la presidenta del Partido Socialista, Ana Ruiz \
            Soto; el presidente del Partido Comunista, Pedro Gil Mora; y la vocera de Acción \
            Humanista, Eva Paz.";
        assert_eq!(
            signers(text),
            [
                row("Partido Socialista", "Ana Ruiz Soto", "presidenta"),
                row("Partido Comunista", "Pedro Gil Mora", "presidente"),
                row("Acción Humanista", "Eva Paz", "vocera")
            ]
        );
    }

    #[test]
    fn french_party_names_in_lower_case_and_a_clause_after_the_last_name() {
        let text = "Dans un appel commun, le secrétaire national du PCF Julien Garnier, le premier \
            secrétaire du Parti socialiste Olivier Lemaître et la secrétaire nationale des \
            Écologistes Camille Berthier demandent au gouvernement de renoncer.";
        let got = signers(text);
        assert_eq!(
            got,
            [
                row("PCF", "Julien Garnier", "secrétaire national"),
                row("Parti socialiste", "Olivier Lemaître", "premier secrétaire"),
                row("Écologistes", "Camille Berthier", "secrétaire nationale")
            ]
        );
    }

    #[test]
    fn roles_with_words_in_lower_case_and_a_conjunction_inside_a_party_name() {
        // Invented persons; British news style, with "and" inside a role and a party name.
        let text = "The letter was signed by Liberal Democrats work and pensions spokesperson Anna             Brook, SNP social justice spokesperson Iain Dunlop and Green Party of England and Wales             co-leader Ruth Small.";
        assert_eq!(
            signers(text),
            [
                row(
                    "Liberal Democrats",
                    "Anna Brook",
                    "work and pensions spokesperson"
                ),
                row("SNP", "Iain Dunlop", "social justice spokesperson"),
                row("Green Party of England and Wales", "Ruth Small", "co-leader")
            ]
        );
    }

    #[test]
    fn from_party_dash_role_person() {
        let text = "Свои подписи поставили: от КПРФ — первый секретарь обкома Иван Петров, от \
            «Справедливой России – За правду» — руководитель регионального отделения Олег Сидоров, \
            от Российской партии пенсионеров за социальную справедливость — председатель \
            регионального отделения Анна Козлова.";
        assert_eq!(
            parties_and_persons(text),
            [
                ("КПРФ".to_owned(), Some("Иван Петров".to_owned())),
                (
                    "«Справедливой России – За правду»".to_owned(),
                    Some("Олег Сидоров".to_owned())
                ),
                (
                    "Российской партии пенсионеров за социальную справедливость".to_owned(),
                    Some("Анна Козлова".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn a_person_beside_a_party_with_the_role_that_ties_them() {
        let beside = |text: &str, party: &str| person_beside(text, party);
        let pair = |p: &str, r: &str| Some((p.to_owned(), Some(r.to_owned())));
        assert_eq!(
            beside(
                "Le porte-parole du PCF, Julien Marchal, a insisté sur le rôle des syndicats.",
                "PCF"
            ),
            pair("Julien Marchal", "porte-parole")
        );
        assert_eq!(
            beside(
                "« Rien à ajouter », a résumé Anne Ker, coordinatrice de La France insoumise, à la sortie.",
                "France insoumise"
            ),
            pair("Anne Ker", "coordinatrice")
        );
        // A party mentioned with nobody's role beside it gives nobody.
        assert_eq!(beside("Le PCF Julien Marchal a parlé.", "PCF"), None);
        // One word after a bare party is no person.
        assert_eq!(chain("USB Bologna"), None);
        // A role may name the body it is held in; an elided link before a party; a name
        // with an apostrophe.
        assert_eq!(
            chain(
                "del segretario della federazione tarantina del Partito Comunista Italiano Giuseppe D'Amato"
            ),
            Some((
                "Partito Comunista Italiano".to_owned(),
                Some("segretario della federazione tarantina".to_owned()),
                "Giuseppe D'Amato".to_owned()
            ))
        );
        assert_eq!(
            chain("del coordinatore provinciale dell'Usb Marco Rizzi").map(|c| c.0),
            Some("Usb".to_owned())
        );
        // A capitalised noun after the name does not hide the clause that follows it.
        assert_eq!(
            chain("PdA-Präsident Reto Casanova sprach von einer Sache"),
            Some((
                "PdA".to_owned(),
                Some("Präsident".to_owned()),
                "Reto Casanova".to_owned()
            ))
        );
        // A role before a quoted party is the person's.
        assert_eq!(
            chain("руководитель регионального отделения «Справедливой России» Ирина Лыкова"),
            Some((
                "Справедливой России".to_owned(),
                Some("руководитель регионального отделения".to_owned()),
                "Ирина Лыкова".to_owned()
            ))
        );
        // Initials are words of a name, and do not end the sentence.
        assert_eq!(
            signers("In a joint statement, CPI(M) general secretary R. Venu Pillai and CPI general secretary D. Raja Rao said so."),
            [
                row("CPI(M)", "R. Venu Pillai", "general secretary"),
                row("CPI", "D. Raja Rao", "general secretary")
            ]
        );
    }

    #[test]
    fn a_semicolon_list_whose_last_item_holds_two_signers() {
        let text = "Firmaron el texto la diputada de Podemos Lucía Ferrán; el secretario general \
            del PCE Javier Ruano; la diputada de Sumar Ana López, y el portavoz del PSOE Juan Gil.";
        let got = parties_and_persons(text);
        let pair = |p: &str, n: &str| (p.to_owned(), Some(n.to_owned()));
        assert_eq!(
            got,
            [
                pair("Podemos", "Lucía Ferrán"),
                pair("PCE", "Javier Ruano"),
                pair("Sumar", "Ana López"),
                pair("PSOE", "Juan Gil")
            ]
        );
    }

    #[test]
    fn polish_party_dash_role_person_after_z() {
        let text = "Apel podpisali: z ramienia Razem – współprzewodnicząca rady okręgu Joanna \
            Nowak, z Polskiej Partii Socjalistycznej – przewodniczący Okręgowej Rady PPS w \
            Krakowie Jan Kos, a z Unii Pracy – członek zarządu krajowego Adam Lis.";
        let got = signers(text);
        assert_eq!(
            got,
            [
                row("Razem", "Joanna Nowak", "współprzewodnicząca rady okręgu"),
                row(
                    "Polskiej Partii Socjalistycznej",
                    "Jan Kos",
                    "przewodniczący Okręgowej Rady PPS w Krakowie"
                ),
                row("Unii Pracy", "Adam Lis", "członek zarządu krajowego")
            ]
        );
    }

    #[test]
    fn german_party_mit_its_representative() {
        let text = "Unterzeichnet haben den Aufruf die Berliner Linke mit ihrer Landesvorsitzenden \
            Katrin Weber, die Jusos Berlin mit der Landesvorsitzenden Merve Kaya und die Grüne \
            Jugend Berlin mit ihrem Sprecher Jonas Albers.";
        let got = parties_and_persons(text);
        let pair = |p: &str, n: &str| (p.to_owned(), Some(n.to_owned()));
        assert_eq!(
            got,
            [
                pair("Berliner Linke", "Katrin Weber"),
                pair("Jusos Berlin", "Merve Kaya"),
                pair("Grüne Jugend Berlin", "Jonas Albers")
            ]
        );
    }

    #[test]
    fn a_party_with_its_representative() {
        let text = "Tra i firmatari ci sono Rifondazione Comunista con il segretario provinciale \
            Davide Lolli, Sinistra Italiana con la coordinatrice cittadina Elena Gatti e il \
            Partito Socialista, con il segretario cittadino Luca Bianchi.";
        let got = signers(text);
        assert_eq!(
            got,
            [
                row("Rifondazione Comunista", "Davide Lolli", "segretario provinciale"),
                row("Sinistra Italiana", "Elena Gatti", "coordinatrice cittadina"),
                row("Partito Socialista", "Luca Bianchi", "segretario cittadino")
            ]
        );
    }

    #[test]
    fn a_semicolon_list_of_signers() {
        let text = "It is signed by the leader of the Liberal Democrats, Helen Marsh; Green Party of \
            England and Wales co-leader Tom Aldous; the SNP's Westminster leader Fiona MacRae; and \
            Alliance Party deputy leader Eoin Farrell.";
        let got = signers(text);
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            got[0],
            ("Liberal Democrats".into(), some("Helen Marsh"), some("leader"))
        );
        assert_eq!(
            got[1],
            (
                "Green Party of England and Wales".into(),
                some("Tom Aldous"),
                some("co-leader")
            )
        );
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn a_party_in_the_possessive() {
        assert_eq!(
            chain("the SNP's Westminster leader Fiona MacRae"),
            Some((
                "SNP".into(),
                Some("Westminster leader".into()),
                "Fiona MacRae".into()
            ))
        );
    }

    #[test]
    fn party_role_person_in_every_order() {
        assert_eq!(
            chain("CPB President Anisur Rahman Mollik"),
            Some((
                "CPB".into(),
                Some("President".into()),
                "Anisur Rahman Mollik".into()
            ))
        );
        assert_eq!(
            chain("Revolutionary Workers Party of Bangladesh General Secretary Tahmina Sultana Mitu"),
            Some((
                "Revolutionary Workers Party of Bangladesh".into(),
                Some("General Secretary".into()),
                "Tahmina Sultana Mitu".into()
            ))
        );
        assert_eq!(
            chain("DKP-Vorsitzender Patrik Köbele"),
            Some(("DKP".into(), Some("Vorsitzender".into()), "Patrik Köbele".into()))
        );
        assert_eq!(
            chain("złożyli przewodniczący Platformy Obywatelskiej Adam Kwiatkowski"),
            Some((
                "Platformy Obywatelskiej".into(),
                Some("przewodniczący".into()),
                "Adam Kwiatkowski".into()
            ))
        );
        assert_eq!(
            chain("Nowoczesna – przewodnicząca Joanna Lis"),
            Some((
                "Nowoczesna".into(),
                Some("przewodnicząca".into()),
                "Joanna Lis".into()
            ))
        );
        assert_eq!(chain("the parties said the tariffs rose"), None);
        assert_eq!(
            chain("«Коммунисты России» Михаил Дронов"),
            Some(("Коммунисты России".into(), None, "Михаил Дронов".into()))
        );
        assert_eq!(
            chain("ОКП Антон Лыков"),
            Some(("ОКП".into(), None, "Антон Лыков".into()))
        );
    }

    #[test]
    fn a_signing_sentence_of_chains() {
        let g = Gazetteer::bundled();
        let lines = crate::text::lines::split_lines(
            "The statement was signed by CPB President Anisur Rahman Mollik, BSD General Secretary \
             Farid Uddin Ahmed and Ganatantrik Biplobi Party Convener Nazrul Islam Badal.",
        );
        let got: Vec<String> = chains_in_prose(g, &lines)
            .into_iter()
            .map(|s| s.as_written)
            .collect();
        assert_eq!(got, ["CPB", "BSD", "Ganatantrik Biplobi Party"]);
    }

    #[test]
    fn a_name_particle_stays_in_the_name() {
        let got = read_chain(
            Gazetteer::bundled(),
            "Sinn Féin housing spokesperson Ciarán Ó Dálaigh",
        )
        .unwrap();
        assert_eq!(
            (got.party.as_str(), got.person.as_str(), got.role.as_deref()),
            ("Sinn Féin", "Ciarán Ó Dálaigh", Some("housing spokesperson"))
        );
    }

    #[test]
    fn an_acronym_after_an_organ_in_the_genitive_is_the_party() {
        // Invented: no link word between the organ and the party, as Polish writes it.
        assert_eq!(
            chain("sekretarz Zarządu Okręgu Pomorskiego OZZ Jan Kowal"),
            Some((
                "OZZ".to_owned(),
                Some("sekretarz Zarządu Okręgu Pomorskiego".to_owned()),
                "Jan Kowal".to_owned()
            ))
        );
        // A party written out opens at the country's adjective before its organisation word.
        assert_eq!(
            chain("członek Rady Naczelnej Polskiej Partii Socjalistycznej Marek Lis"),
            Some((
                "Polskiej Partii Socjalistycznej".to_owned(),
                Some("członek Rady Naczelnej".to_owned()),
                "Marek Lis".to_owned()
            ))
        );
    }

    #[test]
    fn a_declined_party_after_a_role_naming_its_body_is_read() {
        // Invented: "Nowej Lewicy" names no party by the vocabulary in this form.
        assert_eq!(
            chain("wiceprzewodniczący warszawskich struktur Nowej Lewicy Adam Lis"),
            Some((
                "Nowej Lewicy".to_owned(),
                Some("wiceprzewodniczący warszawskich struktur".to_owned()),
                "Adam Lis".to_owned()
            ))
        );
        // A first name is not taken into such a party with the surname alone as the person.
        let arci = chain("il presidente del comitato provinciale dell'Arci Paola Ferri");
        assert_ne!(arci.map(|(party, _, _)| party).as_deref(), Some("Arci Paola"));
    }

    #[test]
    fn a_person_from_a_party_is_read_without_a_role() {
        // Invented: the person first, then "z" (from) and the party.
        assert_eq!(
            chain("Ewa Sowa z Partii Zieloni"),
            Some(("Partii Zieloni".to_owned(), None, "Ewa Sowa".to_owned()))
        );
        assert_eq!(
            chain("Pierre Morel du Parti communiste français"),
            Some((
                "Parti communiste français".to_owned(),
                None,
                "Pierre Morel".to_owned()
            ))
        );
    }

    #[test]
    fn roles_of_parties_each_before_its_person_after_a_comma() {
        // Invented: a role before its head is not taken from the verb ("porte les
        // signatures"), an elided link opens a party, an elided article is not the party's,
        // and a first name the stemmer takes for a country's ("Samba", Zambia's "Sambia")
        // is a name.
        let got = signers(
            "La déclaration porte les signatures du secrétaire général du PIT, Samba Diallo, du coordonnateur national d'And-Jëf/PADS, Awa Ndiaye, et de la présidente de l'URD, Fatou Sarr.\n",
        );
        assert_eq!(
            got,
            [
                row("PIT", "Samba Diallo", "secrétaire général"),
                row("And-Jëf/PADS", "Awa Ndiaye", "coordonnateur national"),
                row("URD", "Fatou Sarr", "présidente"),
            ]
        );
    }

    #[test]
    fn a_partys_name_in_words_before_its_quoted_name_is_the_partys() {
        // Invented persons; the party's descriptive name and its quoted name make one.
        assert_eq!(
            chain("председатель Демократической партии Казахстана «Ак жол» Иван Тестов"),
            Some((
                "Демократической партии Казахстана «Ак жол»".to_owned(),
                Some("председатель".to_owned()),
                "Иван Тестов".to_owned()
            ))
        );
        // A head of a branch ("szef") holds an office too.
        assert_eq!(
            chain("szef powiatowych struktur Nowej Lewicy Jan Testowy").map(|c| c.2),
            Some("Jan Testowy".to_owned())
        );
        // A co-founder holds an office too.
        assert_eq!(
            chain("соучредитель партии «Respublica» Данияр Тестов").and_then(|c| c.1),
            Some("соучредитель".to_owned())
        );
        // A branch in lower case, before the party word, stays the role's.
        assert_eq!(
            chain("секретарь обкома партии «Коммунисты России» Пётр Пробный").map(|c| c.0),
            Some("Коммунисты России".to_owned())
        );
    }

    #[test]
    fn a_word_in_quotation_marks_is_no_part_of_a_persons_name() {
        // Invented: "Молдовы" is a country's name declined, which the stemmer alone knows.
        assert_eq!(
            chain("вице-председатель партии «Сердце Молдовы» Андрей Кожокару"),
            Some((
                "Сердце Молдовы".to_owned(),
                Some("вице-председатель".to_owned()),
                "Андрей Кожокару".to_owned()
            ))
        );
    }

    #[test]
    fn a_person_named_before_a_role_of_a_party_takes_that_role() {
        // Invented: "Person, role of PARTY, Person, role of PARTY" after chains in the
        // sentence before.
        let got = parties_and_persons(
            "Apel podpisali przewodniczący Partii Razem Adam Nowak i sekretarz PPS Ewa Lis. Pod tekstem podpisali się także Ivana Horvat, koordynatorka partii Radnička fronta, Jonas Becker, rzecznik Komunistycznej Partii Niemiec.\n",
        );
        assert_eq!(
            got,
            [
                ("Partii Razem".to_owned(), Some("Adam Nowak".to_owned())),
                ("PPS".to_owned(), Some("Ewa Lis".to_owned())),
                ("Radnička fronta".to_owned(), Some("Ivana Horvat".to_owned())),
                (
                    "Komunistycznej Partii Niemiec".to_owned(),
                    Some("Jonas Becker".to_owned())
                ),
            ]
        );
        // A sentence that puts each role before its person keeps that order between two
        // names.
        let got = parties_and_persons(
            "Firmaron la presidenta del Frente Amplio, Javiera Soto; el vocero del Partido por la Democracia, Luis Mena; el presidente del Partido Radical, Pedro Ruiz.\n",
        );
        assert_eq!(
            got.last(),
            Some(&("Partido Radical".to_owned(), Some("Pedro Ruiz".to_owned())))
        );
    }

    #[test]
    fn a_quoted_party_before_its_role_and_a_president() {
        // Invented: a union named in quotation marks, then the role, then the person; a
        // "президент" heads a role as a "председатель" does.
        assert_eq!(
            chain("профсоюз \"Новый труд\" председатель Иван Орлов"),
            Some((
                "Новый труд".to_owned(),
                Some("председатель".to_owned()),
                "Иван Орлов".to_owned()
            ))
        );
        let got = parties_and_persons(
            "Под документом стоят подписи: КТР президент Олег Савин, ОКП секретарь ЦК Вера Лыкова.\n",
        );
        assert_eq!(
            got,
            [
                ("КТР".to_owned(), Some("Олег Савин".to_owned())),
                ("ОКП".to_owned(), Some("Вера Лыкова".to_owned())),
            ]
        );
    }

    #[test]
    fn a_dash_chain_with_a_role_in_an_unlisted_language_and_a_party_by_its_initials() {
        // Real parties, invented persons: Czech and Hungarian roles after a dash; "PPS" and
        // "Hlas" name parties the sentence before listed in full.
        let x = crate::extract::extract(&crate::text::lines::split_lines(
            "Deklaracja\n\nPod deklaracją podpisały się Nowa Lewica, Polska Partia Socjalistyczna, czeska \
             SOCDEM, słowacki Hlas – sociálna demokracja i węgierska MSZP.\n\nPodpisy złożyli: Nowa Lewica \
             – wiceprzewodnicząca Magdalena Przykład, PPS – przewodniczący Rady Naczelnej Tadeusz Wzór, \
             SOCDEM – místopředseda Jiří Příklad, Hlas – podpredseda Martin Vzor, a MSZP – alelnök Zsófia \
             Minta.\n",
        ));
        let read: Vec<(&str, Option<&str>)> = x
            .signatories
            .iter()
            .map(|s| (s.as_written.as_str(), s.person.as_deref()))
            .collect();
        assert_eq!(read.len(), 5, "{read:?}");
        assert!(
            read.contains(&("Polska Partia Socjalistyczna", Some("Tadeusz Wzór"))),
            "{read:?}"
        );
        assert!(read.contains(&("SOCDEM", Some("Jiří Příklad"))), "{read:?}");
        assert!(
            read.contains(&("Hlas – sociálna demokracja", Some("Martin Vzor"))),
            "{read:?}"
        );
    }

    #[test]
    fn a_portfolio_in_capitals_stands_between_a_role_and_its_party() {
        // Invented persons, one invented party: the speakers of a report belong to the
        // parties a sentence listed, one named by its initials.
        let x = crate::extract::extract(&crate::text::lines::split_lines(
            "Manifiesto\n\nEl texto está respaldado por el Partido Comunista de Ejemplo, Izquierda Unida y \
             Podemos.\n\nEn la presentación intervinieron el secretario de Vivienda del PCE, Javier Montoro \
             Ejemplo; la secretaria de Acción Institucional de Podemos, Carla Benítez Modelo, y la \
             responsable de Políticas Sociales de Izquierda Unida, Ainhoa Prueba.\n",
        ));
        let persons: Vec<Option<&str>> = x.signatories.iter().map(|s| s.person.as_deref()).collect();
        assert_eq!(
            persons,
            [
                Some("Javier Montoro Ejemplo"),
                Some("Ainhoa Prueba"),
                Some("Carla Benítez Modelo")
            ]
        );
        assert_eq!(
            x.signatories[2].role.as_deref(),
            Some("secretaria de Acción Institucional")
        );
    }
}
