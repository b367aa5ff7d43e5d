//! Word tests the extractor asks of names and lines: does a name read as a party's, an
//! organ's, a role's; is a line a headline, a lead-in, page furniture. The words are those of
//! every language in `data/lang` together ([`crate::lang::all`]), folded (lowercase, no
//! accents); prefixes match inflected forms.

use crate::text::fold::{is_capital, is_small_letter};

use crate::lang;
use crate::text::fold::words;
use std::sync::OnceLock;

/// Phrases of every language padded for matching inside folded text, built once.
struct Padded {
    /// `[organs] links` as " of ".
    organ_links: Vec<String>,
    /// `[grammar] of_links` as " of the ".
    of_links: Vec<String>,
    /// `[lead_ins] phrases` as " signed by" (matched at a word's start).
    lead_ins: Vec<String>,
    /// `[signing] signed_by` as " signed by " (whole words).
    signed_by: Vec<String>,
}

/// The padded phrases, built on first use.
fn padded() -> &'static Padded {
    static PADDED: OnceLock<Padded> = OnceLock::new();
    PADDED.get_or_init(|| {
        let all = lang::all();
        Padded {
            organ_links: all.organs.links.padded(" ", " "),
            of_links: all.grammar.of_links.padded(" ", " "),
            lead_ins: all.lead_ins.phrases.padded(" ", ""),
            signed_by: all.signing.signed_by.padded(" ", " "),
        }
    })
}

/// Every language's `[grammar] of_links` as " of the ", to find inside a sentence.
pub fn of_link_patterns() -> &'static [String] {
    &padded().of_links
}

/// Whether a folded word or phrase is an organisation word (party, movement...).
/// `[organisations] prefixes` and `key_words`, `[abbreviations] parties`.
pub(crate) fn is_org_word(word: &str) -> bool {
    let all = lang::all();
    all.organisations.prefixes.begins(word)
        || all.organisations.key_words.values().any(|l| l.begins(word))
        || all.abbreviations.parties.contains(word)
}

/// Whether `text` reads like the name of a party or similar organisation.
pub fn looks_like_party(text: &str) -> bool {
    if is_column_heading(text) {
        return false;
    }
    let ws = words(text);
    if ws.iter().any(|w| is_org_word(w)) {
        return true;
    }
    // An acronym in capitals (KKE, AKEL, PCdoB) is a strong sign too, unless the whole
    // text is in capitals (a headline).
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
        .collect();
    // Two short words in capitals are acronyms side by side ("FNAUT PACA"), not a headline
    // ("DECLARACION CONJUNTA"); a number is no word ("FSU 13").
    let alphabetic: Vec<&&str> = tokens
        .iter()
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    let acronyms_side_by_side = alphabetic.len() <= 2 && alphabetic.iter().all(|t| t.chars().count() <= 5);
    let shouting = tokens.len() > 1
        && !acronyms_side_by_side
        && text.chars().any(char::is_uppercase)
        && !text.chars().any(char::is_lowercase);
    !shouting
        && tokens.iter().any(|t| {
            let n = t.chars().count();
            // Two capitals in one part: "PST-POP" is an acronym, "Jean-Luc" a name.
            (2..=8).contains(&n)
                && t.split('-')
                    .any(|part| part.chars().filter(|c| c.is_uppercase()).count() >= 2)
        })
}

/// Whether text holds a number with decimals: digits, a comma or full stop, digits
/// ("17,6400", "3.75"): a rate, a price or a share of the vote, which no party's name
/// holds.
pub fn has_decimal_figure(text: &str) -> bool {
    let cs: Vec<char> = text.chars().collect();
    cs.windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], ',' | '.') && w[2].is_ascii_digit())
}

/// Whether folded text begins with a party organ ("Central Committee of ...": `[organs]
/// phrases`).
fn starts_with_organ(folded: &str) -> bool {
    lang::all().organs.phrases.begins(folded)
}

/// Whether folded text names a party organ rather than a party: it begins with a known
/// organ phrase, or the words before its first "of" link (`[organs] links`) hold an organ
/// noun (`[organs] stems`: "Federal Executive Committee of the ...", "Comitato politico
/// nazionale del ...").
pub fn names_an_organ(folded: &str) -> bool {
    if starts_with_organ(folded) {
        return true;
    }
    let head_end = padded()
        .organ_links
        .iter()
        .filter_map(|l| folded.find(l))
        .min()
        .unwrap_or(folded.len());
    folded[..head_end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| lang::all().organs.stems.begins(w))
}

/// Where a token goes on after the elided link or article that opens it (one to four small
/// letters and an apostrophe: "dell'Usb", "l’UNSA", "d'"): the byte offset after the
/// apostrophe, or `None`.
pub fn after_elision(t: &str) -> Option<usize> {
    let p = t.find(['\'', '’'])?;
    let head = &t[..p];
    let elided = (1..=4).contains(&head.chars().count()) && head.chars().all(char::is_lowercase);
    elided.then(|| p + t[p..].chars().next().map_or(1, char::len_utf8))
}

/// Text with each elided link word set apart from the name it is glued to ("dell'Usb" as
/// "dell' Usb", "d’Europe" as "d’ Europe", "anche l’ANPI" as "anche l’ ANPI").
pub fn unglue_elisions(text: &str) -> String {
    text.split(' ')
        .map(|token| match after_elision(token) {
            Some(at) if token[at..].chars().next().is_some_and(char::is_uppercase) => {
                format!("{} {}", &token[..at], &token[at..])
            }
            _ => token.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The dashes, spaced, that set a name apart from what follows it ("SOCDEM – místopředseda
/// ...", "Hlas – sociálna demokracia", "KATHMANDU, March 12 –").
pub const SPACED_DASHES: [&str; 3] = [" – ", " — ", " - "];

/// Whether one word names a party's organ ("ЦК", "правления", "Rady").
pub fn names_an_organ_word(word: &str) -> bool {
    names_an_organ(&format!("{} ", crate::text::fold::key(word)))
}

/// Whether a text's last word is a link word or an article: what follows it is cut off
/// ("Für den Parteivorstand der", "porta-voz nacional da").
pub fn ends_with_link(text: &str) -> bool {
    text.split_whitespace().last().is_some_and(is_link)
}

/// Most letters of an inflection after an organ's stem at the end of a compound word
/// ("Kreisvorstands").
const MAX_INFLECTION_LETTERS: usize = 2;

/// Whether one word is an organ written as a compound ("Kreisvorstand", "Landesvorstand",
/// "Kreisvorstands"): it ends with an organ's stem (`[organs] stems`), perhaps inflected,
/// after other letters.
pub fn is_compound_organ(word: &str) -> bool {
    let folded = crate::text::fold::fold(word);
    lang::all().organs.stems.iter().any(|stem| {
        folded.rfind(stem).is_some_and(|at| {
            let tail = folded.len() - at - stem.len();
            at > 0
                && tail <= MAX_INFLECTION_LETTERS
                && folded[at + stem.len()..].chars().all(char::is_alphabetic)
        })
    })
}

/// Whether a word, or a part of it between hyphens, names an organisation's branch
/// (`[organisations] branches`: "Kreisverband", "SPD-Kreisverband", "Bezirk", "Okręg").
pub fn is_branch_word(word: &str) -> bool {
    let branches = &lang::all().organisations.branches;
    word.split('-')
        .any(|part| branches.contains(&crate::text::fold::key(part)))
}

/// A word that links a role to its organisation or stands before a name: an `[grammar]
/// of_links` word or an article ("of", "de", "the").
pub fn is_link(t: &str) -> bool {
    // An elided link alone ("dell'", "d’").
    if after_elision(t) == Some(t.len()) {
        return true;
    }
    let f = crate::text::fold::fold(t);
    let grammar = &lang::all().grammar;
    grammar.of_links.contains(&f) || grammar.articles.contains(&f)
}

/// Whether a word (any case) is a conjunction that joins the last two items of a list
/// (`[conjunctions] plain` or `other`: "and", "oraz", "sowie").
pub fn is_conjunction(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    let conjunctions = &lang::all().conjunctions;
    conjunctions.plain.contains(&f) || conjunctions.other.contains(&f)
}

/// Words without the link words at their end ("segretario della federazione del" →
/// "segretario della federazione").
pub fn without_trailing_links<'a, 'b>(words: &'a [&'b str]) -> &'a [&'b str] {
    let end = words.iter().rposition(|t| !is_link(t)).map_or(0, |p| p + 1);
    &words[..end]
}

/// A token with at least two capitals among its letters ("KKE", "PCdoB", "CPI(M)").
pub fn is_acronym(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether a folded word is a role head or a role qualifier (`[roles]`).
fn is_role_vocabulary(folded: &str) -> bool {
    let roles = &lang::all().roles;
    roles.heads.contains(folded) || roles.qualifiers.contains(folded)
}

/// Whether a word (any case) belongs to a role phrase: a role head or qualifier
/// (`[roles]`), but no organisation word ("party"), article, link or conjunction. A
/// compound ending in a role's head is one whatever it opens with ("Bundessprecher").
pub fn is_role_term(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    if f.is_empty() || (is_org_word(f) && !is_role_head(word)) {
        return false;
    }
    let all = lang::all();
    let function = all.grammar.articles.contains(f)
        || all.grammar.of_links.contains(f)
        || all.conjunctions.plain.contains(f);
    !function && (is_role_vocabulary(f) || is_role_head(word))
}

/// Whether a word (any case) is a role word rather than part of a person's name (a
/// compound that ends in a long role noun too: "Regionalsekretär").
pub fn is_role_word(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    is_role_vocabulary(f) || is_role_head(word) || is_org_word(f) || starts_with_organ(f)
}

/// Whether a word (any case; hyphenated parts count) heads a role (`[roles] heads`). A
/// compound that ends in a long role noun counts too ("Generalsekretär",
/// "Bundesvorsitzender").
pub fn is_role_head(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    let heads = &lang::all().roles.heads;
    // Whole hyphenated heads ("porta-voz") first, then each part.
    let whole = f.trim_matches(|c: char| !c.is_alphanumeric());
    heads.contains(whole)
        || f.split(|c: char| !c.is_alphanumeric()).any(|part| {
            heads.contains(part)
                || heads
                    .iter()
                    .any(|h| h.chars().count() >= 7 && part.len() > h.len() + 2 && part.ends_with(h))
        })
}

/// Whether a line is page furniture: a "Read also:" heading (`[page] navigation`), a
/// copyright line, a menu bar.
pub fn is_navigation(text: &str) -> bool {
    let t = text.trim();
    let k = words(t).join(" ");
    t.starts_with('©') || lang::all().page.navigation.begins(&k) || is_menu_bar(t)
}

/// Fewest fields of a menu bar written on one line.
const MIN_MENU_FIELDS: usize = 4;
/// Most words of one field of a menu bar.
const MAX_MENU_FIELD_WORDS: usize = 3;

/// A menu or breadcrumb written as one line of short fields set apart by bars or bullets
/// ("Início | Brasil | Internacional | Opinião | Cultura").
fn is_menu_bar(text: &str) -> bool {
    let fields: Vec<&str> = text.split(['|', '•', '·']).map(str::trim).collect();
    // Three fields make a menu when at most one of them reads as a party ("Join MK | Donate
    // | Kernewek"; not "KKE | PCP | PCE").
    let few_parties = || fields.iter().filter(|f| looks_like_party(f)).count() <= 1;
    (fields.len() >= MIN_MENU_FIELDS || (fields.len() == MIN_MENU_FIELDS - 1 && few_parties()))
        && fields
            .iter()
            .all(|f| !f.is_empty() && f.split_whitespace().count() <= MAX_MENU_FIELD_WORDS)
}

/// Whether a folded word is a noun for a document ("statement", "déclaration", "joint":
/// `[headlines] document_words`).
pub fn is_document_word(word: &str) -> bool {
    lang::all().headlines.document_words.contains(word)
}

/// Whether a list line reads as a headline ("KKE: The people must not pay", "Le PCF
/// appelle à manifester") rather than a signatory: it opens with a document noun, or a
/// party is followed by a colon and a sentence, or it holds lowercase words that are none
/// of function, party, role, name-making words (`[headlines]`) or country adjectives
/// (three, or two with a colon or exclamation mark).
pub fn is_headline(text: &str) -> bool {
    let t = text.trim();
    let ws = words(t);
    if ws.first().is_some_and(|w| is_document_word(w)) && ws.len() > 3 {
        return true;
    }
    let g = crate::reference::countries::Gazetteer::bundled();
    let headlines = &lang::all().headlines;
    if let Some((left, right)) = t.split_once(':') {
        let said =
            right.split_whitespace().count() >= 3 && !looks_like_party(right) && g.lookup(right).is_none();
        if looks_like_party(left) && said && !opens_with_person(right) {
            return true;
        }
        // "Party : Name Surname, role" is a signatory with its representative.
        if looks_like_party(left) && opens_with_person(right) {
            return false;
        }
    }
    let content = t
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'))
        .filter(|tok| tok.chars().next().is_some_and(is_small_letter))
        // An elided article before a capital opens a name ("de Côte d'Ivoire", "Parti de
        // l'Indépendance"), no lowercase word.
        .filter(|tok| {
            !tok.rsplit_once(['\'', '’'])
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
        })
        .map(|tok| {
            let f = crate::text::fold::fold(tok);
            // Elided articles and prepositions: d'Espagne, l'Italia, dell'Europa.
            match f.rsplit_once(['\'', '’']) {
                Some((_, rest)) => rest.to_owned(),
                None => f,
            }
        })
        .filter(|w| {
            w.chars().count() > 2
                && !headlines.function_words.contains(w)
                && !is_org_word(w)
                && !is_role_vocabulary(w)
                && !headlines.name_words.begins(w)
                && g.lookup(w).is_none()
        })
        .count();
    content >= 3 || (content >= 2 && t.contains([':', '!', '?']))
}

/// Whether text opens with a person's name and a comma ("Jean-Luc Marchand, secrétaire",
/// "И.В. Соколов, секретарь"): two to four capitalised words (initials allowed), none an
/// organisation or role word.
pub fn opens_with_person(text: &str) -> bool {
    let Some((head, _)) = text.trim().split_once(',') else {
        return false;
    };
    let head = after_titles(head);
    let tokens: Vec<&str> = head.split_whitespace().collect();
    (1..=4).contains(&tokens.len())
        && tokens.iter().all(|t| t.chars().next().is_some_and(is_capital))
        && (tokens.len() >= 2 || tokens[0].contains('.'))
        && !tokens
            .iter()
            .any(|t| is_role_word(t) || crate::text::fold::fold(t).len() <= 1)
        && !looks_like_party(head)
}

/// Text after the titles that open it ("dr hab. Irena Stawarz": "Irena Stawarz"; `[names]
/// titles`), when a word follows them; the text itself otherwise.
pub fn after_titles(text: &str) -> &str {
    let names = &lang::all().names;
    after_words(without_signature_mark(text), |w| {
        names.titles.contains(w) || names.address_forms.contains(w)
    })
}

/// A signer's name without the mark of a signature before it, written with its dot or
/// colon ("Fdo.: Ana Ruiz": "Ana Ruiz"; `[names] signature_marks`; not the name "Signe
/// Vestergaard"), when a word follows it.
pub fn without_signature_mark(text: &str) -> &str {
    let t = text.trim_start();
    match t.split_once(char::is_whitespace) {
        Some((word, rest)) if word.ends_with(['.', ':']) && !rest.trim().is_empty() => {
            let bare = crate::text::fold::fold(word.trim_end_matches([':', '.']));
            if lang::all().names.signature_marks.contains(&bare) {
                rest.trim_start()
            } else {
                t
            }
        }
        _ => t,
    }
}

/// A person's name without the forms of address that open it ("Cde. Sipho Dlamini":
/// "Sipho Dlamini"; `[names] address_forms`), when a word follows them.
pub fn without_address_forms(text: &str) -> &str {
    after_words(without_signature_mark(text), |w| {
        lang::all().names.address_forms.contains(w)
    })
}

/// A person's name without the letters after it for an office or honour (`[names]
/// postnominals`, written with two capitals or more: "Callum MacRae MSP", "Niamh Ní Bhriain
/// TD", "Jan Korte MdB"), when two words stay before them.
pub fn without_postnominals(text: &str) -> &str {
    let postnominals = &lang::all().names.postnominals;
    let mut rest = text.trim_end();
    while let Some((before, last)) = rest.rsplit_once(char::is_whitespace) {
        let bare = last.trim_end_matches([',', '.']).replace('.', "");
        let capitals = bare.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let before = before.trim_end().trim_end_matches(',');
        if !capitals
            || !postnominals.contains(&crate::text::fold::fold(&bare))
            || before.split_whitespace().count() < 2
        {
            break;
        }
        rest = before.trim_end();
    }
    rest
}

/// Text after the words that open it and pass `skipped` (folded, without a dot), when a
/// word follows them; the text itself otherwise.
fn after_words(text: &str, skipped: impl Fn(&str) -> bool) -> &str {
    let mut rest = text.trim_start();
    while let Some((word, after)) = rest.split_once(char::is_whitespace) {
        let bare = word.strip_suffix('.').unwrap_or(word);
        if after.trim().is_empty() || !skipped(&crate::text::fold::fold(bare)) {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// Whether a line is only column headings ("Party — Country", "**Country** **Party**":
/// `[tables] column_headings`).
pub fn is_column_heading(text: &str) -> bool {
    // A word's other gender glued to it is no word of its own: "Reprezentant(ka)",
    // "Vertreter*in", "Vertreter:in".
    let stems: Vec<&str> = text
        .split_whitespace()
        .map(|w| match w.find(['(', '*', ':']) {
            Some(at) if at > 0 => &w[..at],
            _ => w,
        })
        .collect();
    let ws = words(&stems.join(" "));
    let headings = &lang::all().tables.column_headings;
    !ws.is_empty() && ws.iter().all(|w| headings.contains(w))
}

/// Whether a line is a table's header row: three cells or more, apart by tabs or wide gaps,
/// each of a few words one of which heads a column ("Страна      Политическая партия
/// Представитель").
pub fn is_header_row(text: &str) -> bool {
    let headings = &lang::all().tables.column_headings;
    let cells: Vec<&str> = text
        .split(['\t'])
        .flat_map(|c| c.split("   "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    // A cell without letters numbers the rows ("№", "#").
    let numbering = |c: &str| !c.chars().any(char::is_alphabetic);
    cells.len() >= 3
        && cells.iter().all(|c| {
            numbering(c)
                || (c.split_whitespace().count() <= 3 && words(c).iter().any(|w| headings.contains(w)))
        })
}

/// Whether a line introduces a list of signatories: a `[lead_ins] phrases` entry at a word's
/// start, or a `before_colon` participle as its last word before a colon ("Firmado:").
pub fn is_lead_in(text: &str) -> bool {
    let ws = words(text);
    let k = format!(" {} ", ws.join(" "));
    let before_colon = &lang::all().lead_ins.before_colon;
    let colon = text.trim_end().ends_with(':');
    // A short line that ends in a colon after a `[signing] signed_by` phrase ("Apel
    // poparli także:").
    // A longer one names organisations ("Do stanowiska przyłączyły się także organizacje
    // przyrodnicze z Polski, Niemiec i Czech:"), not people ("... apel poparli także radni
    // kilku dzielnic miasta i mieszkańcy:").
    let short_enough = ws.len() <= MAX_SIGNED_BY_LEAD_IN_WORDS
        || (ws.len() <= MAX_ORGANISATIONS_LEAD_IN_WORDS && ws.iter().any(|w| is_org_word(w)));
    let signed_by = colon && short_enough && padded().signed_by.iter().any(|p| k.contains(p.as_str()));
    // "Ont signé la présente déclaration :": a short line that opens with a signing verb
    // (`[signing] verbs`, among its first two words) before a colon; not "Os partidos abaixo
    // assinados:", whose subject the demands after it are of.
    let verbs = &lang::all().signing.verbs;
    let signing_verb = colon
        && ws.len() <= MAX_SIGNED_BY_LEAD_IN_WORDS
        && ws.iter().take(2).any(|w| verbs.begins(w))
        && !denies_signing(text);
    // "Appuyée également par les organismes suivants :": a word of backing and its agent
    // word before a colon.
    let agents = &lang::all().signing.agents;
    let backed_by = colon
        && ws.len() <= MAX_SIGNED_BY_LEAD_IN_WORDS
        && names_backing(text)
        && ws.iter().any(|w| agents.contains(w))
        && !denies_signing(text);
    padded().lead_ins.iter().any(|p| k.contains(p.as_str()))
        || signed_by
        || signing_verb
        || backed_by
        || (colon && ws.last().is_some_and(|w| before_colon.contains(w)))
}

/// Most words of a line that opens a list by a `[signing] signed_by` phrase and a colon.
const MAX_SIGNED_BY_LEAD_IN_WORDS: usize = 8;
/// Most words of such a line that names the organisations joining.
const MAX_ORGANISATIONS_LEAD_IN_WORDS: usize = 14;

/// Whether a word and the one after it open a role as an ordinal and its head ("I
/// sekretarz KC").
pub fn ordinal_before_head(word: &str, next: Option<&str>) -> bool {
    is_roman_ordinal(word) && next.is_some_and(is_role_head)
}

/// Most words of a line that is a role opened by an ordinal in figures ("1. Vorsitzende").
const MAX_ORDINAL_ROLE_WORDS: usize = 4;

/// Whether a short line is a role opened by an ordinal in figures ("1. Vorsitzende", "2.
/// stellvertretender Vorsitzender"): its number is the role's, not a list's.
pub fn is_ordinal_role(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let ordinal = words
        .first()
        .and_then(|w| w.strip_suffix('.'))
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()));
    ordinal
        && words.len() <= MAX_ORDINAL_ROLE_WORDS
        && words[1..].iter().any(|w| is_role_head(w))
        && words[1..].iter().all(|w| is_role_term(w))
}

/// An ordinal in Roman numerals before a role's head ("I sekretarz KC"; `[roles]
/// ordinals`), written in capitals: the role's first word.
pub fn is_roman_ordinal(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| c.is_uppercase())
        && lang::all()
            .roles
            .ordinals
            .contains(&crate::text::fold::fold(word))
}

/// Words on either side of a signing verb that a negation denies.
const NEGATION_REACH: usize = 5;

/// Whether a text has a word of backing (a word that begins with one of `[signing]
/// backing`: "endorsed", "unterstützt", "poparli").
pub fn names_backing(text: &str) -> bool {
    let backing = &lang::all().signing.backing;
    words(text).iter().any(|w| backing.begins(w))
}

/// Whether a text has a verb or noun of signing (a word that begins with one of
/// `[signing] verbs`: "signed", "firmaron", "Unterzeichner"); a sentence that only names a
/// statement ("said the statement was") does not sign.
pub fn names_signing(text: &str) -> bool {
    let verbs = &lang::all().signing.verbs;
    words(text).iter().any(|w| verbs.begins(w))
}

/// Whether a sentence denies signing: a `[signing] not_signed` phrase, or a `negations`
/// word within [`NEGATION_REACH`] words of a signing verb ("Tampoco firmó", "non ha
/// firmato", "hat nicht unterzeichnet").
pub fn denies_signing(sentence: &str) -> bool {
    let signing = &lang::all().signing;
    // A quoted title's words are not the sentence's ("l'appello «Taranto non è
    // sacrificabile», sottoscritto da ..."); quoted words of signing are ("wolle «keine
    // Erklärung mit Parteien unterzeichnen, die ...»").
    let ws = words(&without_quoted_titles(sentence));
    let folded = format!(" {} ", ws.join(" "));
    if signing
        .not_signed
        .iter()
        .any(|p| folded.contains(&format!(" {p} ")))
    {
        return true;
    }
    ws.iter().enumerate().any(|(at, w)| {
        signing.negations.contains(w) && {
            let from = at.saturating_sub(NEGATION_REACH);
            let to = (at + NEGATION_REACH + 1).min(ws.len());
            ws[from..to].iter().any(|v| signing.verbs.begins(v))
        }
    })
}

/// Quotation marks that open a quotation, each with the marks that may close it.
const QUOTATIONS: [(char, &[char]); 4] = [('«', &['»']), ('„', &['“', '”']), ('“', &['”']), ('"', &['"'])];

/// A text without the quotations in it that hold no word of signing (an unclosed
/// quotation stays).
fn without_quoted_titles(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((at, open, closes)) = rest.char_indices().find_map(|(at, c)| {
        QUOTATIONS
            .iter()
            .find(|&&(o, _)| o == c)
            .map(|&(o, closes)| (at, o, closes))
    }) {
        let inside = at + open.len_utf8();
        let Some(end) = rest[inside..].find(closes) else {
            break;
        };
        let quoted = &rest[inside..inside + end];
        out.push_str(&rest[..at]);
        if names_signing(quoted) {
            out.push_str(quoted);
        }
        out.push(' ');
        let close_len = rest[inside + end..].chars().next().map_or(0, char::len_utf8);
        rest = &rest[inside + end + close_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_header_row_may_number_its_rows_and_name_who_signed() {
        assert!(super::is_header_row("№\tПартия\tСтрана\tОт партии подписал"));
        assert!(super::is_header_row("#\tParty\tCountry\tRepresentative"));
        assert!(!super::is_header_row(
            "1\tКоммунистическая партия Беларуси\tБеларусь\tКарпович А.Н."
        ));
    }

    #[test]
    fn a_negation_inside_a_quoted_title_denies_no_signing() {
        assert!(!super::denies_signing(
            "l'appello «Taranto non è sacrificabile», sottoscritto da PeaceLink"
        ));
        assert!(!super::denies_signing(
            "the appeal \"Never again war\" was signed by the Left Party"
        ));
        assert!(super::denies_signing("la Cisl non ha sottoscritto l'appello"));
        // An unclosed quotation is no quotation, and quoted words of signing are the
        // sentence's.
        assert!(super::denies_signing("«la Cisl non ha sottoscritto l'appello"));
        assert!(super::denies_signing(
            "man wolle «keine Erklärung mit Parteien unterzeichnen», hiess es"
        ));
    }

    #[test]
    fn coalitions_federations_and_foundations_are_organisations_in_every_language() {
        // Invented names.
        for name in [
            "Koalicja Czystych Rzek",
            "Fundacja Zielona",
            "Federacja Zielonych Przykład",
            "Bündnis Saubere Elbe",
            "Stiftung Grüner Fluss",
            "Fondation Rivière Vive",
            "Fundación Río Limpio",
            "Coalizione Fiumi Liberi",
            "Fondazione Acqua Viva",
            "Coligação Rios Vivos",
            "Fundação Água Limpa",
            "Clean Rivers Foundation",
            "Коалиция Чистые Реки",
        ] {
            assert!(super::looks_like_party(name), "{name}");
        }
    }

    #[test]
    fn two_short_words_in_capitals_are_acronyms_not_a_headline() {
        assert!(super::looks_like_party("FNAUT PACA"));
        assert!(super::looks_like_party("FSU 13"));
        assert!(!super::looks_like_party("DECLARACION CONJUNTA"));
        assert!(!super::looks_like_party("STATEMENT ON GAZA"));
    }

    #[test]
    fn a_line_of_short_fields_between_bars_is_a_menu() {
        assert!(super::is_navigation(
            "Home | Politics | World | Opinion | Culture | TV"
        ));
        assert!(super::is_navigation("Start · Partei · Presse · Termine"));
        // Few fields, or long ones, are not.
        assert!(!super::is_navigation("KKE | PCP"));
        // Three fields are a menu when at most one reads as a party.
        assert!(super::is_navigation("Join MK | Donate | Kernewek"));
        assert!(!super::is_navigation("KKE | PCP | PCE"));
        assert!(!super::is_navigation("Communist Party of Greece | Portuguese Communist Party | Communist Party of Spain | Party of Labour"));
    }

    use super::*;

    #[test]
    fn party_names_are_recognised_in_many_languages() {
        for name in [
            "Communist Party of Greece",
            "Partido Comunista de Venezuela",
            "Kommunistische Partei Griechenlands",
            "Komunistyczna Partia Polski",
            "Коммунистическая партия Украины",
            "AKEL",
            "Movement Popular Resistance",
            "Democratic Progressive Tribune",
            "CP of Britain",
            // Plurals whose stem changes before the ending ("socjaliści").
            "Młodzi Socjaliści",
            "Młodzi Marksiści",
        ] {
            assert!(looks_like_party(name), "{name}");
        }
        for not in ["Moscow", "Dear comrades and friends!", "august 18"] {
            assert!(!looks_like_party(not), "{not}");
        }
    }

    #[test]
    fn headlines_are_not_names() {
        for h in [
            "KKE: The people must not pay for the new NATO plans",
            "Cuba: il Partito Comunista di Cuba aggiorna lo statuto",
            "Le PCF appelle à manifester pour la paix le 26 août",
            "Statement of the Tudeh Party of Iran on the sanctions",
            "Communist Party of the Russian Federation: Lenin is with us",
            "El Partido Comunista de Honduras denuncia fraude electoral",
        ] {
            assert!(is_headline(h), "{h}");
        }
        for n in [
            "Parti communiste français",
            "Partido Comunista de los Trabajadores de España",
            "Коммунистическая партия Российской Федерации",
            "Węgierska Partia Robotnicza",
            "Movement “Popular Resistance”",
            "Communist Party of Bohemia and Moravia",
            "Parti algérien pour la démocratie et le socialisme (PADS)",
            "Parti communiste des peuples d'Espagne",
            "Parti communiste sud-africain",
            "Côte d'Ivoire : Parti communiste révolutionnaire de Côte d'Ivoire (PCRCI)",
        ] {
            assert!(!is_headline(n), "{n}");
        }
    }

    #[test]
    fn lead_ins_are_recognised() {
        assert!(is_lead_in(
            "The communist and workers’ parties that sign this Joint Statement:"
        ));
        assert!(is_lead_in("Premiers signataires"));
        assert!(is_lead_in("Подписали:"));
        assert!(is_lead_in("Unterzeichner:"));
        // "Signatures:" over signature blocks; the word alone in a sentence is no lead-in.
        assert!(is_lead_in("ПОДПИСИ:"));
        assert!(!is_lead_in("Подписи под обращением собирали неделю"));
        assert!(!is_lead_in("Dear comrades"));
        // A signing phrase before a colon opens a list; the same phrase in a long sentence
        // or without the colon does not.
        assert!(is_lead_in("Apel poparli także:"));
        assert!(!is_lead_in("Apel poparli także"));
        assert!(!is_lead_in(
            "W ubiegłym tygodniu apel poparli także radni kilku dzielnic miasta i mieszkańcy:"
        ));
        // A short line of a signing verb before a colon opens one too.
        assert!(is_lead_in("Ont signé la présente déclaration :"));
        assert!(!is_lead_in("Ont signé la présente déclaration"));
        assert!(!is_lead_in("N'ont pas signé la déclaration :"));
        assert!(!is_lead_in("Os partidos abaixo assinados:"));
        // So does a word of backing with its agent word.
        assert!(is_lead_in("Appuyée également par les organismes suivants :"));
        assert!(!is_lead_in("Appuyée également par les organismes suivants"));
    }

    #[test]
    fn titles_before_a_name_leave_a_name() {
        assert_eq!(after_titles("dr hab. Irena Stawarz"), "Irena Stawarz");
        assert_eq!(after_titles("Prof. Dr. Jan Nowak"), "Jan Nowak");
        assert_eq!(after_titles("dr"), "dr");
        assert_eq!(after_titles("Drukarnia Nowa"), "Drukarnia Nowa");
        assert!(super::super::regions::is_person_line("dr Irena Stawarz"));
        assert!(opens_with_person("dott. Marco Rossi, segretario"));
    }

    #[test]
    fn forms_of_address_open_a_name_and_are_no_part_of_it() {
        assert_eq!(without_address_forms("Cde. Sipho Dlamini"), "Sipho Dlamini");
        assert_eq!(without_address_forms("Fdo.: Ana Ruiz Pérez"), "Ana Ruiz Pérez");
        assert_eq!(without_address_forms("gez. Jana Falkner"), "Jana Falkner");
        assert_eq!(without_address_forms("Signe Vestergaard"), "Signe Vestergaard");
        assert_eq!(without_address_forms("тов. И.И. Петров"), "И.И. Петров");
        // A title stays; a form of address alone is left as it is.
        assert_eq!(without_address_forms("Dr. Jan Nowak"), "Dr. Jan Nowak");
        assert_eq!(without_address_forms("Comrade"), "Comrade");
        assert_eq!(without_postnominals("Callum MacRae MSP"), "Callum MacRae");
        assert_eq!(without_postnominals("Jan Korte MdB"), "Jan Korte");
        // Not in small letters, and not when it would leave one word.
        assert_eq!(without_postnominals("Anna Ms"), "Anna Ms");
        assert_eq!(without_postnominals("Smith MP"), "Smith MP");
        assert!(super::super::regions::is_person_line("Cde. Sipho Dlamini"));
    }
}
