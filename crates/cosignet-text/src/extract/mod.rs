//! Extraction: numbered lines of a statement text to its title, date, place, language,
//! issuer and signatories, with a diagnostic for every doubt. Pure: no store, no files.

use crate::text::fold::is_capital;

pub mod chain;
pub mod claims;
pub mod columns;
pub mod dates;
pub mod entry;
pub mod header;
pub mod language;
pub mod markers;
pub mod paragraphs;
pub mod parallel;
pub mod prose;
pub mod qualifiers;
pub mod regions;
pub mod reports;
pub mod signatories;
pub mod stanzas;
pub mod tables;
pub mod vocab;

use crate::record::{Diagnostic, IsoDate};
use crate::reference::countries::Gazetteer;
use crate::text::fold::fold;
use crate::text::lines::Line;
use dates::{date_line, find_dates, Found as FoundDate};

/// A signatory as read from the text, before identities are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSignatory {
    /// The entry exactly as written (without list marker).
    pub as_written: String,
    /// The organisation's name without its country affix.
    pub party: String,
    /// Gazetteer index of the country given as an affix.
    pub country: Option<usize>,
    /// The signing person.
    pub person: Option<String>,
    /// The person's role.
    pub role: Option<String>,
    /// 1-based source line.
    pub line: usize,
}

impl RawSignatory {
    /// Whether both name the same party in the same country (spelling folded).
    pub fn same_party(&self, other: &RawSignatory) -> bool {
        self.country == other.country && fold(&self.party) == fold(&other.party)
    }
}

/// Everything read from one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Headline.
    pub title: Option<String>,
    /// The statement's own date, else its publication date.
    pub date: Option<IsoDate>,
    /// Place of signing or issue.
    pub place: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Issuing body as written in the letterhead or header.
    pub issuer: Option<String>,
    /// Signatories in text order.
    pub signatories: Vec<RawSignatory>,
    /// Countries the text names (gazetteer indexes, first mention first), gathered only
    /// when a signatory has no country, to tell which party a bare acronym is and which
    /// country the statement is about.
    pub countries_named: Vec<usize>,
    /// The one country the text is about, when a signatory lacks a country and the text
    /// names that country at least three times and twice as often as any other.
    pub home_country: Option<usize>,
    /// Doubts, with lines.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a statement from its numbered lines.
pub fn extract(lines: &[Line]) -> Extraction {
    extract_page(lines, None)
}

/// Reads a statement from its numbered lines and the publication date its page's markup
/// states (an HTML page's `article:published_time`, `<time datetime>`), which dates the
/// statement when its text does not and gives the year of a day written without one.
pub fn extract_page(lines: &[Line], published: Option<IsoDate>) -> Extraction {
    // The readers tell lines by their number: one source line that markup broke into
    // several gives each its own, and the source line is given back at the end.
    let apart = crate::text::lines::numbered_apart(lines);
    let mut read = read_numbered(&apart, published);
    let source = |no: usize| match apart.binary_search_by_key(&no, |l| l.no) {
        Ok(i) => apart[i].source,
        Err(_) => no,
    };
    for s in &mut read.signatories {
        s.line = source(s.line);
    }
    for d in &mut read.diagnostics {
        d.line = d.line.map(source);
    }
    read
}

/// [`extract_page`] of lines numbered apart.
fn read_numbered(lines: &[Line], published: Option<IsoDate>) -> Extraction {
    let lines = &lines[..comments_start(lines)];
    let g = Gazetteer::bundled();
    let full_text: String = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let head = header::read(lines);
    let mut found = signatories::find(g, lines);
    // The lines of lists, tables and blocks, apart from the sentences read beside them.
    let listed_lines: Vec<usize> = found.signatories.iter().map(|s| s.line).collect();
    let mut issuer = head.issuer.as_ref().map(|(_, t)| t.clone());
    let header_parties = prose::header_parties(lines);
    if found.signatories.is_empty() {
        found.signatories = prose::signatories_in_prose(g, lines);
    } else {
        // Signing sentences beside the list; a sentence's chains of signers ("«РОТ ФРОНТ»
        // Виктор Ершов, ...") replace its bare list of parties when that names no person.
        let mut extra = prose::signing_sentences(g, lines);
        // Beside a list, a report's chains sign only on a line with a word of signing: one
        // that only names the document ("LDPR faction deputy X called the appeal ...")
        // speaks of it.
        let mut chains = chain::chains_in_prose(g, lines);
        chains.retain(|c| {
            lines
                .iter()
                .find(|l| l.no == c.line)
                .is_some_and(|l| vocab::names_signing(&l.text))
        });
        let chain_lines: Vec<usize> = chains.iter().map(|s| s.line).collect();
        let persons_read =
            |line: usize, extra: &[RawSignatory]| extra.iter().any(|s| s.line == line && s.person.is_some());
        let replaced: Vec<usize> = chain_lines
            .iter()
            .copied()
            .filter(|&l| !persons_read(l, &extra))
            .collect();
        extra.retain(|s| !replaced.contains(&s.line));
        extra.extend(chains.into_iter().filter(|c| replaced.contains(&c.line)));
        extra.retain(|p| {
            !found.signatories.iter().any(|s| {
                s.line == p.line || s.same_party(p) || same_acronym(s, p) || names_the_same_person(s, p)
            })
        });
        found.signatories.extend(extra);
        found.signatories.sort_by_key(|s| s.line);
    }
    if let Some((line, parties)) = header_parties {
        let is_letterhead = head.issuer.as_ref().is_some_and(|(n, _)| *n == line);
        if found.signatories.is_empty() && !is_letterhead {
            for p in parties {
                let (party, country) = entry::split_country_affix(g, &p);
                found.signatories.push(RawSignatory {
                    as_written: entry::as_written(&p),
                    party,
                    country,
                    person: None,
                    role: None,
                    line,
                });
            }
        } else if issuer.is_none() {
            issuer = Some(parties.join(" – "));
        }
    }
    // A news report: the parties it names with a person beside them, in paragraphs that
    // speak of signing, when nothing else read names signers or only its sentences do.
    reports::add_signers(g, lines, &mut found.signatories, &mut found.diagnostics);
    if found.signatories.is_empty() {
        if let Some((line, read)) = chain::respectively_pairs(g, lines) {
            found.diagnostics.push(Diagnostic {
                line: Some(line),
                severity: crate::record::Severity::Info,
                message: format!(
                    "signers read on weak evidence: nothing else names a signer, and this \
                     sentence pairs {} persons with their parties by 'respectively'",
                    read.len()
                ),
            });
            found.signatories = read;
        }
    }
    if found.signatories.is_empty() {
        if let Some((line, read)) = head
            .title
            .as_deref()
            .and_then(|t| prose::headline_parties(g, lines, t))
        {
            found.diagnostics.push(Diagnostic {
                line: Some(line),
                severity: crate::record::Severity::Info,
                message: format!(
                    "signers read on weak evidence: nothing else names a signer, and the \
                     headline names {} parties as the statement's authors",
                    read.len()
                ),
            });
            found.signatories = read;
        }
    }
    let mut diagnostics = found.diagnostics;
    let mut signatories = dedupe(found.signatories, &mut diagnostics);
    chain::persons_from_other_sentences(g, lines, &mut signatories);
    fold_sentences_into_list(&listed_lines, &mut signatories);
    for s in &mut signatories {
        s.person = s
            .person
            .as_deref()
            .map(|p| vocab::without_postnominals(vocab::without_address_forms(p)).to_owned());
    }
    check_claims(lines, signatories.len(), &mut diagnostics);
    if signatories.is_empty() {
        // About the whole text, not one line of it.
        diagnostics.push(Diagnostic {
            line: None,
            severity: crate::record::Severity::Warning,
            message: "no signatory found: no list, signature block or signing sentence was recognised"
                .to_owned(),
        });
    }
    let first_signatory = signatories.iter().map(|s| s.line).min();
    let last_signatory = signatories.iter().map(|s| s.line).max();
    let listed = first_signatory.zip(last_signatory);
    let (date, place) = date_and_place(lines, published, listed, &mut diagnostics);
    let mut title = head.title;
    if title.as_ref().is_some_and(|t| issuer.as_ref() == Some(t)) {
        title = None;
    }
    diagnostics.sort_by_key(|d| d.line);
    let countryless = signatories.iter().any(|s| s.country.is_none());
    let language = language::detect(&full_text);
    // (country, mentions), first mention first.
    let mut mentions: Vec<(usize, usize)> = Vec::new();
    if countryless {
        let words = crate::text::fold::words(&full_text);
        let found = match language {
            Some(l) => g.scan_in(&words, l),
            None => g.scan(&words),
        };
        // A place of a country names it too ("ce lundi à Tunis"), outside a country's name.
        let in_a_name = |at: usize| found.iter().any(|m| (m.start..m.end).contains(&at));
        let places = crate::reference::places::scan(&words)
            .into_iter()
            .filter(|&(start, _, _)| !in_a_name(start))
            .filter_map(|(start, _, code)| g.by_code(code).map(|c| (start, c)));
        let mut named: Vec<(usize, usize)> =
            found.iter().map(|m| (m.start, m.country)).chain(places).collect();
        named.sort_by_key(|&(at, _)| at);
        for (_, country) in named {
            match mentions.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => mentions.push((country, 1)),
            }
        }
    }
    Extraction {
        countries_named: mentions.iter().map(|(c, _)| *c).collect(),
        home_country: home_country(&mentions),
        title,
        date,
        place,
        language: language.map(str::to_owned),
        issuer,
        signatories,
        diagnostics,
    }
}

/// Signers read from sentences that are entries of a list under a shorter name: the report
/// says "subscrita pelo PCP" and the list "Organização Regional de Setúbal do PCP" (the
/// entry's name holds the sentence's whole, not the other way round: "Jungen Grünen Schweiz"
/// is not "GRÜNE Schweiz"), or both name one bundled party ("PEV", "Partido Ecologista «Os
/// Verdes»"; an acronym of several parties names the one of a country of the text's other
/// parties). When exactly one entry of a list, table or block matches, the sentence's
/// person and role go to that entry if it has none, and the sentence's signer is dropped.
fn fold_sentences_into_list(listed_lines: &[usize], signatories: &mut Vec<RawSignatory>) {
    use crate::reference::parties::{country_of_key, party_of};
    let listed: Vec<bool> = signatories
        .iter()
        .map(|s| listed_lines.contains(&s.line))
        .collect();
    // The countries of the parties the text names unambiguously, each with how many.
    let owners: Vec<Option<&str>> = signatories
        .iter()
        .map(|s| party_of(&s.as_written, |_| false).map(country_of_key))
        .collect();
    let mut countries: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for c in owners.iter().flatten() {
        *countries.entry(c).or_default() += 1;
    }
    let mut dropped = vec![false; signatories.len()];
    for i in (0..signatories.len()).filter(|&i| !listed[i]) {
        let matching: Vec<usize> = (0..signatories.len())
            .filter(|&k| listed[k])
            .filter(|&k| {
                chain::holds_the_name(&signatories[k].as_written, &signatories[i].as_written) || {
                    // Of the other parties: not the two compared.
                    let present = |c: &str| {
                        let own = [owners[i], owners[k]].iter().filter(|o| **o == Some(c)).count();
                        countries.get(c).is_some_and(|n| *n > own)
                    };
                    let one = party_of(&signatories[i].as_written, present);
                    one.is_some() && one == party_of(&signatories[k].as_written, present)
                }
            })
            .collect();
        let [k] = matching.as_slice() else {
            continue;
        };
        if signatories[*k].person.is_none() && signatories[i].person.is_some() {
            let (person, role) = (signatories[i].person.clone(), signatories[i].role.clone());
            signatories[*k].person = person;
            signatories[*k].role = role;
        }
        dropped[i] = true;
    }
    let mut at = 0;
    signatories.retain(|_| {
        at += 1;
        !dropped[at - 1]
    });
}

/// Whether a signer read from a sentence names a person the list already has (a person
/// signs once; the sentence is the news report about the list).
pub(crate) fn names_the_same_person(listed: &RawSignatory, sentence: &RawSignatory) -> bool {
    let Some(person) = listed.person.as_deref().map(fold) else {
        return false;
    };
    let in_sentence = |t: &Option<String>| t.as_deref().is_some_and(|t| fold(t).contains(&person));
    in_sentence(&sentence.person) || in_sentence(&Some(sentence.as_written.clone()))
}

/// Whether two signatories' parties end in the same acronym in brackets: a sentence names a
/// listed party in another case ("стоят подписи Объединённой коммунистической партии
/// (ОКП)" beside the list's "Объединённая коммунистическая партия (ОКП)").
fn same_acronym(listed: &RawSignatory, sentence: &RawSignatory) -> bool {
    let acronym = |s: &RawSignatory| {
        let (_, inside) = s.as_written.trim_end().strip_suffix(')')?.rsplit_once('(')?;
        let inside = inside.trim().to_owned();
        vocab::is_acronym(&inside).then_some(inside)
    };
    // One acronym names parties of several countries ("Deutsche Kommunistische Partei
    // (DKP)", "Kommunistische Partei Dänemarks (DKP)"): the names open with the same word,
    // whatever its case ending, and name no two countries.
    let opening = |s: &RawSignatory| {
        let first = fold(s.as_written.split_whitespace().next().unwrap_or_default());
        first.chars().take(NAME_STEM_CHARS).collect::<String>()
    };
    let other_country = matches!((listed.country, sentence.country), (Some(a), Some(b)) if a != b);
    !other_country
        && opening(listed) == opening(sentence)
        && acronym(listed).is_some_and(|a| acronym(sentence) == Some(a))
}

/// Letters of a name's first word that stay the same in every case ("Объединённая",
/// "Объединённой").
const NAME_STEM_CHARS: usize = 5;

/// The country named at least three times and at least twice as often as any other.
fn home_country(mentions: &[(usize, usize)]) -> Option<usize> {
    let (top, n) = *mentions.iter().max_by_key(|(_, n)| *n)?;
    let next = mentions
        .iter()
        .filter(|(c, _)| *c != top)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    (n >= 3 && n >= 2 * next).then_some(top)
}

/// Whether a party is written as an acronym alone ("PCP", "KKE"), small letters among
/// more capitals included ("CPAz", "PCdoB", "KPdSU"; not "McDonald").
pub fn is_bare_acronym(party: &str) -> bool {
    let t = party.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    !t.contains(char::is_whitespace)
        && (2..=10).contains(&letters.len())
        && letters.first().is_some_and(|c| c.is_uppercase())
        && (capitals == letters.len() || (capitals >= 2 && 2 * capitals > letters.len()))
}

/// The same entry twice (same party, same person) is kept once, and reported; the same
/// name in two countries is two parties ("Parti des travailleurs" of Togo and of Tunisia).
fn dedupe(list: Vec<RawSignatory>, diagnostics: &mut Vec<Diagnostic>) -> Vec<RawSignatory> {
    let mut out: Vec<RawSignatory> = Vec::new();
    for s in list {
        let twin = out.iter().any(|o| {
            fold(&o.as_written) == fold(&s.as_written)
                && !matches!((o.country, s.country), (Some(a), Some(b)) if a != b)
                && fold(o.person.as_deref().unwrap_or("")) == fold(s.person.as_deref().unwrap_or(""))
        });
        if twin {
            diagnostics.push(Diagnostic::warning(
                s.line,
                format!("`{}` is listed twice; kept once", s.as_written),
            ));
        } else {
            out.push(s);
        }
    }
    out
}

fn check_claims(lines: &[Line], found: usize, diagnostics: &mut Vec<Diagnostic>) {
    if found == 0 {
        return;
    }
    if let Some((line, n)) = claims::first_claim(lines) {
        if n as usize != found {
            diagnostics.push(Diagnostic::warning(
                line,
                format!("the text speaks of {n} parties but {found} signatories were read"),
            ));
        }
    }
}

/// Where a page's comments section begins (the end of the text when it has none): a line
/// that is only a heading of one (`[page] comments`: "3 comments", "Commentaires"),
/// optionally with a count before or after it ("Комментарии (3)"), in the second half of
/// the text.
fn comments_start(lines: &[Line]) -> usize {
    let comments = &crate::lang::all().page.comments;
    let half = lines.len() / 2;
    lines
        .iter()
        .enumerate()
        .skip(half)
        .find(|(_, l)| {
            let w = crate::text::fold::words(&l.text);
            let rest: Vec<&str> = w
                .iter()
                .map(String::as_str)
                .filter(|t| !t.chars().all(|c| c.is_ascii_digit()))
                .collect();
            !rest.is_empty() && rest.len() <= 3 && comments.contains(&rest.join(" "))
        })
        .map_or(lines.len(), |(i, _)| i)
}

/// The `[meetings]` phrases of every language padded for matching inside a folded
/// sentence, built once.
struct Meetings {
    /// `place_phrases` as "met in " and " met in ", in order: the first found in a sentence
    /// gives the place (the capitalised words after it) and the date ("met in Brussels on
    /// 1 October 2013", "signé à Bruxelles le ...").
    place: Vec<(String, String)>,
    /// `dated` as " dated ": a sentence that gives the date without a place.
    dated: Vec<String>,
    /// `met` as " met ": a sentence that gives the date before the place ("se reunieron el
    /// viernes 24 de febrero de 2023 en Madrid", "trafen sich am 7. Dezember 2019 in Brüssel").
    met: Vec<String>,
    /// `adopted` as " adopted ": with the one full date of its sentence it dates the
    /// statement ("suscribieron el 29 de noviembre de 2019 la declaración").
    adopted: Vec<String>,
}

/// The padded meeting phrases, built on first use.
fn meetings() -> &'static Meetings {
    static MEETINGS: std::sync::OnceLock<Meetings> = std::sync::OnceLock::new();
    MEETINGS.get_or_init(|| {
        let meetings = &crate::lang::all().meetings;
        Meetings {
            place: meetings
                .place_phrases
                .padded("", " ")
                .into_iter()
                .zip(meetings.place_phrases.padded(" ", " "))
                .collect(),
            dated: meetings.dated.padded(" ", " "),
            met: meetings.met.padded(" ", " "),
            adopted: meetings.adopted.padded(" ", " "),
        }
    })
}

/// Most lines with text between a date line and the signatory list under it for the date
/// line to be the list's ("Mosca, 28 aprile 2025" right above the signatures, or above a
/// lead-in).
const SIGNING_DATE_REACH: usize = 3;

/// The statement's date and place: date lines ranked by what they say (a place with the
/// date first, a page's publication line last), sentences that date a meeting or a
/// signing, the page's markup; among equals, the date line nearest above the signatory list
/// (`listed`: its first and last line numbers), then the first in the text. Bare date lines
/// below the page's navigation under the list (related posts, comments) date nothing.
fn date_and_place(
    lines: &[Line],
    published: Option<IsoDate>,
    listed: Option<(usize, usize)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<IsoDate>, Option<String>) {
    struct Candidate {
        date: IsoDate,
        place: Option<String>,
        rank: u8,
        /// Read from a sentence rather than a date line.
        in_prose: bool,
        /// For a date line above the signatory list, how many lines with text stand between.
        above_list: Option<usize>,
        /// A masthead's place and weekday: it dates the page.
        masthead: bool,
    }
    impl Candidate {
        /// A day a sentence gives the statement, with no place: it outranks a bare date
        /// line, which may date anything (a linked article).
        fn sentence_day(date: IsoDate) -> Self {
            Self {
                date,
                place: None,
                rank: 2,
                in_prose: true,
                above_list: None,
                masthead: false,
            }
        }
    }
    // Where the list starts among the lines, and the lines with text before it.
    let list_at = listed.and_then(|(first, _)| lines.iter().position(|l| l.no >= first));
    let list_end = listed.and_then(|(_, last)| lines.iter().position(|l| l.no >= last));
    let above_list = |i: usize| {
        let at = list_at.filter(|&at| i < at)?;
        let between = lines[i + 1..at]
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .count();
        (between <= SIGNING_DATE_REACH).then_some(between)
    };
    // The page's own lists after the statement's (tags, "Related" posts with their dates,
    // comments) start at the first navigation line below the signatory list's last line.
    let page_tail =
        list_end.and_then(|end| (end..lines.len()).find(|&j| vocab::is_navigation(&lines[j].text)));
    let mut candidates: Vec<Candidate> = Vec::new();
    // The first "signed on 1 March" with no year: (month, day).
    let mut yearless: Option<(u32, u32)> = None;
    // Whether a signing sentence says it was signed "yesterday".
    let mut yesterday = false;
    for (i, l) in lines.iter().enumerate() {
        // A bulleted headline ("- The party turns 100: founded on July 30, 1921") links
        // elsewhere; its date is not this statement's.
        let mut head = l.text.trim_start().chars();
        let bulleted = head.next().is_some_and(|c| "-•*›»–".contains(c))
            && head.next().is_some_and(char::is_whitespace)
            && l.text.split_whitespace().count() > 6;
        if bulleted {
            continue;
        }
        // "Brussels, 5 May 2019 — signed by:": the date before the lead-in.
        let lead_in_date = || {
            let t = l.text.trim();
            let head = t
                .strip_suffix(':')
                .and_then(|t| t.rsplit_once(['—', '–']).map(|(h, _)| h))?;
            date_line(head).filter(|_| vocab::is_lead_in(t))
        };
        let Some(dl) = date_line(&l.text).or_else(lead_in_date) else {
            let prose = without_deadlines(without_dateline(&l.text));
            if let Some(c) = meeting_sentence(&prose) {
                candidates.push(Candidate {
                    date: c.0,
                    place: c.1,
                    rank: 3,
                    in_prose: true,
                    above_list: None,
                    masthead: false,
                });
            } else if let Some(day) = signed_on_a_day(&prose) {
                yearless.get_or_insert(day);
            } else if signed_yesterday(&prose) {
                yesterday = true;
            }
            continue;
        };
        // A bare date line there dates a linked post or a comment, not the statement.
        if page_tail.is_some_and(|t| i > t) && !dl.publication && dl.place.is_none() {
            continue;
        }
        let date = match dl.found {
            FoundDate::Valid(d) => d,
            FoundDate::Invalid(s) => {
                diagnostics.push(Diagnostic::warning(
                    l.no,
                    format!("date {s} does not exist; ignored"),
                ));
                continue;
            }
        };
        // A place may stand alone on the line before: "Moscow," / "August 18, 2020".
        let place = dl.place.or_else(|| {
            let prev = lines[..i].iter().rev().find(|p| !p.text.trim().is_empty())?;
            let t = prev.text.trim().replace("**", "");
            let name = t.strip_suffix(',')?.trim();
            let ok = (1..=3).contains(&name.split_whitespace().count())
                && name.chars().next().is_some_and(is_capital)
                && !vocab::looks_like_party(name);
            ok.then(|| name.to_owned())
        });
        // A weekday before the date ("Saturday, March 2, 2024") is how a page dates itself.
        // An update's stamp ("Aggiornato il 14 Novembre 2024") ranks with the markup's date.
        // A date alone right above the list (over its heading at most) dates the signing,
        // as a place and date do.
        let right_above = above_list(i).is_some_and(|n| n <= 1) && !dl.publication && !dl.has_time;
        // A masthead's place and weekday ("Montevideo, sábado 12 de agosto de 2023") date
        // the page, not the signing, unless right above the list.
        let masthead = place.is_some() && dl.weekday && above_list(i).is_none_or(|n| n > 1);
        let rank = if dl.updated {
            5
        } else if masthead {
            4
        } else if place.is_some() || right_above {
            1
        } else if !dl.publication && !dl.has_time && !dl.weekday {
            3
        } else {
            4
        };
        candidates.push(Candidate {
            date,
            place,
            rank,
            in_prose: false,
            above_list: above_list(i),
            masthead,
        });
    }
    if let Some(date) = published {
        candidates.push(Candidate {
            date,
            place: None,
            rank: 5,
            in_prose: false,
            above_list: None,
            masthead: false,
        });
    }
    let page_date = candidates.iter().filter(|c| c.rank >= 4).map(|c| c.date).min();
    // "signed on 1 March": the year is the page's, or the one before when that day comes
    // after the page's date.
    if let (Some((month, day)), Some(page)) = (yearless, page_date) {
        let in_year = |year: i64| IsoDate::new(year, i64::from(month), i64::from(day));
        let year = i64::from(page.year);
        // A day a few weeks after the page's date is an event the page announces ("the
        // summit held on 24 and 25 June", "the march on Sunday 26 February"), not the
        // signing of a year before.
        let this_year = in_year(year);
        let coming = this_year
            .is_some_and(|d| d > page && i64::from(d.month) - i64::from(page.month) < COMING_EVENT_MONTHS);
        let date = if coming {
            None
        } else {
            this_year.filter(|d| *d <= page).or_else(|| in_year(year - 1))
        };
        if let Some(date) = date {
            // A sentence that says the statement is dated or was signed on that day
            // outranks a bare date line, which may date anything (a linked article).
            candidates.push(Candidate::sentence_day(date));
        }
    }
    // "The parties signed yesterday ...": the day before the page's date, when no day is
    // written and nothing but the page's own dates would date the text.
    let only_page_dates = candidates.iter().all(|c| c.rank >= 4);
    if let (None, true, Some(page), true) = (yearless, yesterday, page_date, only_page_dates) {
        if let Some(date) = page.day_before() {
            candidates.push(Candidate::sentence_day(date));
        }
    }
    // A sentence that dates an event more than a year before the page was published tells
    // history ("On 30 December 1922 the Congress adopted ..."), not the statement's date.
    if let Some(published) = page_date {
        let year_before = IsoDate {
            year: published.year.saturating_sub(1),
            ..published
        };
        candidates.retain(|c| !(c.in_prose && c.date < year_before));
    }
    // Lowest rank wins; among equals, the date line nearest above the list, then a date on a
    // line of its own before one in a sentence, then the first in the text.
    let best = candidates
        .iter()
        .enumerate()
        .min_by_key(|(i, c)| (c.rank, c.above_list.unwrap_or(usize::MAX), c.in_prose, *i))
        .map(|(_, c)| c);
    // A date without a place takes the place of a masthead that dates the page ("Montevideo,
    // sábado 12 de agosto de 2023" over "fechada el 11 de agosto").
    let masthead_place = || {
        candidates
            .iter()
            .find(|c| c.masthead)
            .and_then(|c| c.place.clone())
    };
    match best {
        Some(c) => (Some(c.date), c.place.clone().or_else(masthead_place)),
        None => (None, None),
    }
}

/// Fewest months after a page's date that a day without a year may fall and still be a
/// signing in the year before, not an event the page announces.
const COMING_EVENT_MONTHS: i64 = 3;

/// The date (and place) a sentence gives for the statement itself.
fn meeting_sentence(text: &str) -> Option<(IsoDate, Option<String>)> {
    // Punctuation folded to spaces so "s'est tenue à" and "realizou-se em" match.
    let folded = format!(" {}", crate::text::fold::key(text));
    let date = find_dates(text).into_iter().find_map(|f| match f {
        FoundDate::Valid(d) => Some(d),
        FoundDate::Invalid(_) => None,
    })?;
    let phrases = meetings();
    let dated = phrases.dated.iter().any(|p| folded.contains(p.as_str()));
    if dated && !phrases.place.iter().any(|(m, _)| folded.contains(m.as_str())) {
        return Some((date, None));
    }
    let Some((at, len)) = phrases
        .place
        .iter()
        .find_map(|(m, spaced)| folded.find(spaced.as_str()).map(|p| (p + 1, m.len())))
    else {
        return meeting_with_date_first(text, &folded, date).or_else(|| adopted_on(&folded, text));
    };
    // Map the folded position back to the text by counting words.
    let words_before = folded[..at + len].split_whitespace().count();
    // The place is the capitalised words right after "met in".
    let text_words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let place: Vec<&str> = text_words
        .iter()
        .skip(words_before)
        .take_while(|w| w.chars().next().is_some_and(is_capital))
        .take(3)
        .copied()
        .collect();
    let place = place.join(" ").trim_end_matches([',', '.', ';']).to_owned();
    Some((date, (!place.is_empty()).then_some(place)))
}

/// Most characters of a report's dateline ("KATHMANDU, March 12 –").
const MAX_DATELINE_CHARS: usize = 40;

/// A paragraph without the dateline a report opens with ("KATHMANDU, March 12 – Four left
/// parties on Tuesday signed ..."): its day is the report's, not the signing's. A dateline
/// is a place in capitals, then a dash within a few words.
fn without_dateline(text: &str) -> &str {
    let t = text.trim_start();
    let place = t.split([',', ' ']).next().unwrap_or_default();
    let capitals = place.chars().count() >= 3 && place.chars().all(|c| c.is_uppercase() || c == '-');
    if !capitals {
        return text;
    }
    vocab::SPACED_DASHES
        .iter()
        .filter_map(|d| t.find(d).map(|at| (at, d.len())))
        .min()
        .filter(|&(at, _)| t[..at].chars().count() <= MAX_DATELINE_CHARS)
        .map_or(text, |(at, len)| &t[at + len..])
}

/// A paragraph without its sentences that set a deadline for signing ("L'appel peut être
/// signé jusqu'au 1er mai 2024"): their day is not the statement's.
fn without_deadlines(text: &str) -> String {
    sentences(text)
        .into_iter()
        .filter(|s| !sets_a_deadline(s))
        .collect()
}

/// Whether a sentence sets a deadline for signing: a word of signing (`[signing] verbs`)
/// and a `[dates] until` phrase before a figure, with no figure before the phrase ("od 5
/// do 7 czerwca" is a range of days).
fn sets_a_deadline(sentence: &str) -> bool {
    let words = crate::text::fold::words(sentence);
    let all = crate::lang::all();
    if !words.iter().any(|w| all.signing.verbs.begins(w)) {
        return false;
    }
    let figure = |w: Option<&String>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    (0..words.len()).any(|i| {
        all.dates
            .until
            .phrase_at(&words, i)
            .is_some_and(|n| figure(words.get(i + n)) && !(i > 0 && figure(words.get(i - 1))))
    })
}

/// The day of a sentence that says the statement was signed or adopted on a day written
/// without a year ("In a joint statement signed on 1 March"), if it names exactly one.
fn signed_on_a_day(text: &str) -> Option<(u32, u32)> {
    // Sentence by sentence: a day in the sentence after a signing one ("Они требуют ...,
    // запланированный на 1 июля") is some other day.
    let phrases = meetings();
    sentences(text).into_iter().find_map(|sentence| {
        let folded = format!(" {} ", crate::text::fold::key(sentence));
        // A meeting's days written without a year date it too ("se reunieron en Montevideo
        // los días 14 y 15 de junio": the last day).
        let cue = phrases
            .adopted
            .iter()
            .chain(&phrases.dated)
            .chain(&phrases.met)
            .any(|v| folded.contains(v.as_str()));
        match dates::find_days_without_year(sentence).as_slice() {
            [one] if cue => Some(*one),
            _ => None,
        }
    })
}

/// Most words between "yesterday" and the verb of signing it dates.
const MAX_DAY_TO_VERB_WORDS: usize = 3;

/// Whether a sentence says the statement was signed or adopted "yesterday" (`[dates]
/// yesterday` within a few words of a `[signing] verbs` word or a one-word `[meetings]
/// adopted` entry) and writes no day of its own. A weekday is not read so: the keyed
/// reports that sign "on Saturday" were dated by the page in five files and by the weekday
/// in two, when it was tried.
fn signed_yesterday(text: &str) -> bool {
    let phrases = meetings();
    let all = crate::lang::all();
    sentences(text).into_iter().any(|sentence| {
        if vocab::denies_signing(sentence)
            || !dates::find_dates(sentence).is_empty()
            || !dates::find_days_without_year(sentence).is_empty()
        {
            return false;
        }
        let words = crate::text::fold::words(sentence);
        let cue_at: Vec<usize> = (0..words.len())
            .filter(|&i| {
                all.signing.verbs.begins(&words[i]) || phrases.adopted.iter().any(|a| a == words[i].as_str())
            })
            .collect();
        (0..words.len()).any(|i| {
            all.dates.yesterday.contains(&words[i])
                && cue_at.iter().any(|&c| c.abs_diff(i) <= MAX_DAY_TO_VERB_WORDS)
        })
    })
}

/// Readers' rows of (as written, person, role) borrowed, for comparing with literals.
#[cfg(test)]
pub(crate) fn borrowed_rows(
    rows: &[(String, Option<String>, Option<String>)],
) -> Vec<(&str, Option<&str>, Option<&str>)> {
    rows.iter()
        .map(|(a, p, r)| (a.as_str(), p.as_deref(), r.as_deref()))
        .collect()
}

/// Each read signatory's (as written, person), borrowed from readers' rows; for the
/// tests that compare only those two.
#[cfg(test)]
pub(crate) fn written_and_person(
    rows: &[(String, Option<String>, Option<String>)],
) -> Vec<(&str, Option<&str>)> {
    rows.iter().map(|(a, p, _)| (a.as_str(), p.as_deref())).collect()
}

/// Whether the dot at byte `dot` closes an abbreviation before a name ("St. Gallen", "Dr.
/// Anna Berg"; `[names] place_abbreviations` and `titles`): a capitalised abbreviation, a
/// space and a capital after it. Such a dot ends no sentence.
pub(crate) fn abbreviation_before_name(text: &str, dot: usize) -> bool {
    let word = text[..dot]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let names = &crate::lang::all().names;
    let folded = fold(word);
    word.starts_with(is_capital)
        && (names.place_abbreviations.contains(&folded) || names.titles.contains(&folded))
        && text[dot + 1..]
            .strip_prefix(' ')
            .is_some_and(|n| n.starts_with(is_capital))
}

/// A text's sentences: it is cut after a full stop, "!" or "?" that a space and a capital
/// letter follow, unless a figure ("am 11. Mai"), an initial ("R. Venkatesan Pillai") or an
/// abbreviation before a name ("St. Gallen") stands before the stop.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 1..chars.len().saturating_sub(2) {
        let (at, c) = chars[k];
        let initial =
            c == '.' && chars[k - 1].1.is_uppercase() && (k < 2 || !chars[k - 2].1.is_alphanumeric());
        let ends = matches!(c, '.' | '!' | '?')
            && !initial
            && !chars[k - 1].1.is_ascii_digit()
            && (c != '.' || !abbreviation_before_name(text, at))
            && chars[k + 1].1 == ' '
            && (chars[k + 2].1.is_uppercase() || matches!(chars[k + 2].1, '«' | '"' | '“' | '„'));
        if ends {
            out.push(&text[start..=at]);
            start = at + 1;
        }
    }
    out.push(&text[start..]);
    out
}

/// The date of a sentence that says the statement was adopted or signed, if it holds one
/// full date.
fn adopted_on(folded: &str, text: &str) -> Option<(IsoDate, Option<String>)> {
    if !meetings().adopted.iter().any(|v| folded.contains(v.as_str())) {
        return None;
    }
    let dates: Vec<IsoDate> = find_dates(text)
        .into_iter()
        .filter_map(|f| match f {
            FoundDate::Valid(d) => Some(d),
            FoundDate::Invalid(_) => None,
        })
        .collect();
    match dates.as_slice() {
        [one] => Some((*one, None)),
        _ => None,
    }
}

/// A meeting sentence with the date before the place: the date, and the capitalised words
/// after the first place preposition (`[meetings] at_place`) that follows the verb.
fn meeting_with_date_first(text: &str, folded: &str, date: IsoDate) -> Option<(IsoDate, Option<String>)> {
    let at = meetings()
        .met
        .iter()
        .filter_map(|m| folded.find(m.as_str()).map(|p| p + m.len()))
        .min()?;
    let words_before = folded[..at].split_whitespace().count();
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .collect();
    let at_place = &crate::lang::all().meetings.at_place;
    let mut place = None;
    for i in words_before..words.len().saturating_sub(1) {
        let prep = words[i].to_lowercase();
        let next = words[i + 1];
        let capitalised = next.chars().next().is_some_and(is_capital);
        if at_place.contains(&prep) && capitalised && find_dates(next).is_empty() {
            let name: Vec<&str> = words[i + 1..]
                .iter()
                .take_while(|w| w.chars().next().is_some_and(is_capital))
                .take(3)
                .copied()
                .collect();
            let name = name.join(" ");
            let name = name.trim_end_matches([',', '.', ';', ':']);
            if !vocab::looks_like_party(name) {
                place = Some(name.to_owned());
            }
            break;
        }
    }
    Some((date, place))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    /// The signatories read, as (as written, person, role).
    fn signers(x: &Extraction) -> Vec<(&str, Option<&str>, Option<&str>)> {
        x.signatories
            .iter()
            .map(|s| (s.as_written.as_str(), s.person.as_deref(), s.role.as_deref()))
            .collect()
    }

    #[test]
    fn a_sentence_that_names_a_listed_party_by_its_initials_gives_it_its_speaker() {
        // Invented persons and parties: a report lists the signers in one sentence and
        // says in another who spoke for two of them, by the acronyms of their initials.
        let x = extract(&split_lines(
            "Apel w sprawie mieszkań\n\nPod dokumentem podpisały się Polska Partia Przykładowa, \
             Unia Wzorcowa i Ogólnopolskie Porozumienie Związków Próbnych.\n\nW imieniu PPP \
             wystąpił wiceprzewodniczący Rady Naczelnej Jan Testowy, który przypomniał, że gminy \
             oddawały wtedy rocznie tysiące mieszkań. Unię Wzorcową reprezentował sekretarz Adam \
             Wzór, a OPZP – wiceprzewodnicząca Anna Próbna.\n",
        ));
        assert_eq!(
            signers(&x),
            [
                (
                    "Polska Partia Przykładowa",
                    Some("Jan Testowy"),
                    Some("wiceprzewodniczący Rady Naczelnej")
                ),
                ("Unia Wzorcowa", None, None),
                (
                    "Ogólnopolskie Porozumienie Związków Próbnych",
                    Some("Anna Próbna"),
                    Some("wiceprzewodnicząca")
                ),
            ]
        );
    }

    #[test]
    fn a_statement_made_public_on_a_day_in_european_portuguese_is_dated_by_it() {
        // "divulgada a 31 de outubro de 2023": Portugal writes the day with "a".
        let (date, place) = meeting_sentence(
            "Publicamos a tradução portuguesa da declaração conjunta de partidos comunistas \
             divulgada a 31 de outubro de 2023, por iniciativa de dois partidos.",
        )
        .unwrap();
        assert_eq!((date, place), (IsoDate::new(2023, 10, 31).unwrap(), None));
    }

    #[test]
    fn a_signers_letters_after_the_name_are_dropped_from_the_person() {
        // Invented persons of real parties, in blocks under a lead-in.
        let x = extract(&split_lines(
            "Joint statement\n\nWe call for a fair deal for our communities, now and in future.\n\n\
             Signed:\n\nPlaid Cymru\nAnna Test MS\nSpokesperson for Energy\n\n\
             Scottish National Party\nIain Example MSP\nConvener\n",
        ));
        let persons: Vec<Option<&str>> = signers(&x).into_iter().map(|s| s.1).collect();
        assert_eq!(persons, [Some("Anna Test"), Some("Iain Example")]);
    }

    #[test]
    fn signatures_that_stand_under_a_document_name_its_signers_once() {
        // Invented report after real parties: "под документом стоят подписи" (the
        // document bears the signatures of) and the list below, in another case; the
        // acronyms tell the same parties.
        let sentence = "Заявление против закона\n\nПод документом стоят подписи Объединённой \
            коммунистической партии (ОКП), Российской коммунистической рабочей партии (РКРП) и \
            Российского объединённого трудового фронта (РОТ ФРОНТ).\n";
        let x = extract(&split_lines(sentence));
        assert_eq!(x.signatories.len(), 3, "{:?}", signers(&x));
        let with_list = format!(
            "{sentence}\nПодписали:\n\nОбъединённая коммунистическая партия (ОКП)\n\
             Российская коммунистическая рабочая партия (РКРП)\n\
             Российский объединённый трудовой фронт (РОТ ФРОНТ)\n"
        );
        // The idiom opens the list in a report's paragraph (invented, after real parties).
        let report = "Левые партии выступили против закрытия границ\n\nЛевые партии трёх стран \
            обратились к правительствам с требованием сохранить пункты пропуска. Под документом, \
            опубликованным в пятницу, стоят подписи Социалистической партии Латвии, Объединённой \
            левой партии Эстонии, а также Союза русских Литвы.\n";
        assert_eq!(extract(&split_lines(report)).signatories.len(), 3);
        let x = extract(&split_lines(&with_list));
        let read: Vec<&str> = signers(&x).into_iter().map(|s| s.0).collect();
        assert_eq!(
            read,
            [
                "Объединённая коммунистическая партия (ОКП)",
                "Российская коммунистическая рабочая партия (РКРП)",
                "Российский объединённый трудовой фронт (РОТ ФРОНТ)"
            ]
        );
    }

    #[test]
    fn a_second_group_after_signature_blocks_is_read_from_its_sentence_and_a_contact_block_is_not() {
        // Invented: blocks "Für PARTY" / "Name, role", one of a party in small letters;
        // then a sentence with a signing phrase and no signing verb (a compound cut by a
        // hyphen, "vom"); a sentence whose phrase lists no party; a contact block.
        let text = "Gemeinsame Erklärung\n\nWir fordern bezahlbare Mieten für alle.\n\n\
            Für die Partei der Arbeit Musterlands (PdA)\nNadia Beispiel, Generalsekretärin\n\n\
            Für die Grüne Partei Musterlands\nMartin Muster, Mitglied der Parteileitung\n\n\
            Für solidaritéS\nJérôme Exemple, Koordinator\n\n\
            Die Erklärung wird zudem unterstützt von der Kommunistischen Jugend Musterlands, \
            dem Musterländischen Mieterinnen- und Mieterverband (MV) und vom Präsidium der \
            Sozialistischen Partei Musterlands.\n\n\
            Die Regierung, unterstützt von der Bauwirtschaft und den Banken, lehnt ab.\n\n\
            Für Rückfragen:\nNadia Beispiel, PdA, 079 000 00 00\nMartin Muster, Grüne, 078 000 00 00\n";
        let x = extract(&split_lines(text));
        let got = signers(&x);
        let names: Vec<&str> = got.iter().map(|s| s.0).collect();
        assert_eq!(
            names,
            [
                "Partei der Arbeit Musterlands (PdA)",
                "Grüne Partei Musterlands",
                "solidaritéS",
                "Kommunistischen Jugend Musterlands",
                "Musterländischen Mieterinnen- und Mieterverband (MV)",
                "Präsidium der Sozialistischen Partei Musterlands"
            ],
            "{got:?}"
        );
        assert_eq!(
            got[2],
            ("solidaritéS", Some("Jérôme Exemple"), Some("Koordinator"))
        );
        let office = &x.signatories[5];
        assert_eq!(
            (office.party.as_str(), office.role.as_deref()),
            ("Sozialistischen Partei Musterlands", Some("Präsidium"))
        );
    }

    #[test]
    fn closing_place_and_date_win_over_dates_in_the_body() {
        let text = "TITLE OF IT\n\nThe election on August 9, 2020 was stolen, say the eighteen parties below.\n\n\
            On behalf of the Communist Party of Narnia:\n\nChairman **Ivan Petrov**\n\nMoscow,\nAugust 18, 2020";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2020-08-18"));
        assert_eq!(x.place.as_deref(), Some("Moscow"));
        assert!(x.diagnostics.iter().any(|d| d.message.contains("18 parties")));
    }

    #[test]
    fn a_comments_heading_with_its_count_after_it_ends_the_statement() {
        let mut text = String::from("Заявление\n\n");
        for i in 0..6 {
            text.push_str(&format!("Абзац {i}.\n"));
        }
        text.push_str("Комментарии (3)\n\nОлег | 11.07.2022 16:05\nЖаль.\n");
        let lines = split_lines(&text);
        let at = comments_start(&lines);
        assert_eq!(lines[at].text, "Комментарии (3)");
    }

    #[test]
    fn a_page_written_on_one_line_reads_as_the_same_page_written_line_by_line() {
        // Invented: a table of signature cells ("Pour PARTY" / person / role, broken by
        // `<br>`) and a list, as a CMS writes them one per line and as a minified page does.
        let cell = |party: &str, person: &str, role: &str| {
            format!("<td><strong>Pour {party}</strong><br />{person}<br /><em>{role}</em></td>")
        };
        let rows = [
            cell(
                "le Parti du Travail de Musterland (PTM)",
                "Awa Diallo",
                "Secrétaire général",
            ),
            cell(
                "la Ligue populaire (LP)",
                "Omar Sall",
                "Secrétaire général adjoint",
            ),
            cell("le Rassemblement démocratique (RD)", "Fatou Ba", "Présidente"),
            cell("le Parti socialiste unifié (PSU)", "Ibra Ndiaye", "Porte-parole"),
        ];
        let parts = [
            "<html><body><h1>Déclaration commune sur l'électricité</h1>".to_owned(),
            "<p>Les partis soussignés exigent la fin des coupures.</p>".to_owned(),
            "<p>Fait à Exempleville, le 27 juin 2011</p>".to_owned(),
            format!("<table><tr>{}{}</tr>", rows[0], rows[1]),
            format!("<tr>{}{}</tr></table>", rows[2], rows[3]),
            "<p>Ont rejoint la déclaration :</p>".to_owned(),
            "<ul><li>Mouvement pour l'unité (MU)</li><li>Union des travailleurs (UT)</li></ul>".to_owned(),
            "</body></html>".to_owned(),
        ];
        let read = |html: &str| extract(&crate::text::html::to_lines(html));
        let by_line = read(&parts.join("\n"));
        let one_line = read(&parts.concat());
        assert_eq!(signers(&by_line).len(), 6, "{:?}", signers(&by_line));
        assert_eq!(signers(&one_line), signers(&by_line));
        assert!(one_line.signatories.iter().all(|s| s.line == 1));
        assert_eq!(one_line.date, by_line.date);
    }

    #[test]
    fn a_text_with_no_signatory_says_so() {
        let x = extract(&split_lines(
            "A title\n\nThe parties met and talked about the weather for a long time.",
        ));
        assert!(x.signatories.is_empty());
        assert!(
            x.diagnostics
                .iter()
                .any(|d| d.line.is_none() && d.message.starts_with("no signatory found")),
            "{:?}",
            x.diagnostics
        );
    }

    #[test]
    fn a_respectively_sentence_is_the_last_resort_and_says_so() {
        let x = extract(&split_lines(
            "Acuerdo de unidad\n\nEste lunes Ana Rojas, Pedro Soto y Luis Mena, dirigentes de los \
             partidos Partido Humanista, Partido Comunista de Chile y Partido Progresista, \
             respectivamente, acordaron una lista común.",
        ));
        let read: Vec<(&str, Option<&str>)> = x
            .signatories
            .iter()
            .map(|s| (s.as_written.as_str(), s.person.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                ("Partido Humanista", Some("Ana Rojas")),
                ("Partido Comunista de Chile", Some("Pedro Soto")),
                ("Partido Progresista", Some("Luis Mena"))
            ]
        );
        assert_eq!(x.signatories[0].role.as_deref(), Some("dirigente"));
        assert!(
            x.diagnostics
                .iter()
                .any(|d| d.line == Some(3) && d.message.contains("weak evidence")),
            "{:?}",
            x.diagnostics
        );
    }

    #[test]
    fn a_pages_update_stamp_dates_nothing_when_its_publication_stamp_does() {
        // An invented report: the section glued to the first stamp, the update's stamp nearer
        // the signers.
        let x = extract(&split_lines(
            "Politica13 Novembre 2024 - 18:32\nAggiornato il 14 Novembre 2024 - 09:05\nCondividi\n\n\
             L'appello è sottoscritto da Partito Democratico, Movimento 5 Stelle, Alleanza Verdi e \
             Sinistra e Rifondazione Comunista.\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2024-11-13"));
    }

    #[test]
    fn a_statement_issued_on_a_day_outranks_the_page_date() {
        let x = extract(&split_lines(
            "Опубликовано: 26.07.2024 11:32 | Просмотров: 1843\n\nПубликуем совместное заявление \
             партий, распространённое Германской коммунистической партией 24 июля 2024 года.\n\n\
             Подписали:\nКоммунистическая партия Греции\nГерманская коммунистическая партия\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2024-07-24"));
    }

    #[test]
    fn parties_named_in_the_headline_sign_when_nothing_else_does() {
        // Invented statements with no list.
        let x = extract(&split_lines(
            "Gemeinsame Erklärung von DKP und KPÖ zum Krieg in der Ukraine\n\n3. März 2022\n\n\
             Beide Parteien verurteilen den Krieg.\n",
        ));
        let read: Vec<&str> = x.signatories.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(read, ["DKP", "KPÖ"]);
        assert!(x.diagnostics.iter().any(|d| d.message.contains("weak evidence")));
        // One party, or a headline that names no party, gives none.
        for text in [
            "Statement of the Central Committee of the Communist Party of Greece on the war\n\nWe condemn the war.\n",
            "Joint Declaration of Principles and Aims\n\nWe condemn the war.\n",
        ] {
            assert!(extract(&split_lines(text)).signatories.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_deadline_for_signing_dates_nothing() {
        // Invented: the only date is the last day to sign.
        let x = extract(&split_lines(
            "Appel commun pour la paix\n\nL'appel peut être signé jusqu'au 1er mai 2024 par les \
             organisations qui le souhaitent.\n\nParti communiste français\nParti du Travail de \
             Belgique\nParti suisse du Travail\n",
        ));
        assert_eq!(x.date, None);
        // A range of days is no deadline: "od 5 do 7 czerwca".
        assert!(!sets_a_deadline(
            "Apel podpisano na zjeździe od 5 do 7 czerwca 2024 r."
        ));
        assert!(sets_a_deadline("Apel można podpisywać do 7 czerwca 2024 r."));
    }

    #[test]
    fn a_declaration_dated_in_a_sentence_outranks_the_publication_line() {
        // Invented: French "datée du" in the report, the page's timestamp above it.
        let x = extract(&split_lines(
            "Publié le 05/03/2025 à 10h12\n\nLa déclaration commune, datée du 3 mars 2025, appelle \
             à la paix.\n\nSignataires :\nParti communiste français\nLa France insoumise\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-03-03"));
    }

    #[test]
    fn a_decision_in_a_sentence_outranks_the_pages_stamp() {
        // Invented: German "beschlossen" in the text, a "Stand:" stamp in the footer.
        let x = extract(&split_lines(
            "Aufruf zum Erhalt der Klinik\n\nBeschlossen auf dem Bündnistreffen am 18. Februar 2025 \
             in Eschwege.\n\nUnterzeichner:\nDIE LINKE Werra-Meißner\nSPD Eschwege\n\nStand: 20.02.2025\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-02-18"));
    }

    #[test]
    fn a_statement_made_public_on_a_day_is_dated_by_it_not_by_the_post() {
        // Invented: a blog post relays a statement "rendue publique le" an earlier day.
        let x = extract(&split_lines(
            "*Posté le samedi 12 avril 2025 par Rouge-Gorge — catégorie : International*\n\n\
             Je relaie la déclaration commune rendue publique le 9/04/2025 par des partis \
             d'Europe.\n\nSignataires :\nParti communiste français\nLa France insoumise\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-04-09"));
        // Without the sentence, the post's line dates the page.
        let x = extract(&split_lines(
            "*Posté le samedi 12 avril 2025 par Rouge-Gorge — catégorie : International*\n\n\
             Je relaie la déclaration commune.\n\nSignataires :\nParti communiste français\n\
             La France insoumise\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-04-12"));
    }

    #[test]
    fn a_date_alone_right_above_the_list_outranks_a_letterheads_place_and_date() {
        // Invented: a bulletin's heading dates its translation; the statement's own day
        // stands over its list.
        let x = extract(&split_lines(
            "Biuletyn Międzynarodowy\n\nWarszawa, 2 kwietnia 2025 r.\n\nWspólne oświadczenie\n\n\
             Wzywamy do walki o pokój.\n\n27 marca 2025 r.\n\nPartie sygnatariusze\n\n\
             1. Komunistyczna Partia Polski\n2. Partia Pracy Austrii\n3. Komunistyczna Partia Grecji\n",
        ));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-03-27"));
    }

    #[test]
    fn a_councillor_signs_in_a_polish_chain_but_not_in_a_paragraph_about_missing_signatures() {
        // Real parties, invented persons: "radna" (councillor) heads a role; "zabrakło
        // podpisów" (the signatures were missing) denies signing for its paragraph.
        let x = extract(&split_lines(
            "Apel w obronie szpitala\n\nPod apelem podpisali się: posłanka Nowej Lewicy Ewa Przykładowa, \
             radna sejmiku Partii Razem Joanna Testowa i prezes Zarządu Wojewódzkiego PSL Zbigniew \
             Próbny.\n\nPod dokumentem zabrakło podpisów radnych Prawa i Sprawiedliwości. Radna KO \
             Beata Przykładowa zapewniła z kolei, że jej klub poprze apel.\n",
        ));
        let persons: Vec<&str> = signers(&x).into_iter().filter_map(|(_, p, _)| p).collect();
        assert_eq!(persons, ["Ewa Przykładowa", "Joanna Testowa", "Zbigniew Próbny"]);
    }

    #[test]
    fn a_day_without_year_takes_the_year_of_the_page() {
        let date = |text: &str, published: Option<&str>| {
            let published = published.map(|p| IsoDate::parse(p).unwrap());
            extract_page(&split_lines(text), published)
                .date
                .map(|d| d.to_string())
        };
        // The page dates itself with a weekday; the statement was signed the day before.
        let text = "Saturday, March 2, 2024 | Last update: 01:14 AM\n\nLeft parties demand a rollback\n\n            In a joint statement signed on 1 March, the parties said the tariffs had risen.";
        assert_eq!(date(text, None).as_deref(), Some("2024-03-01"));
        // A day after the page's date was in the year before.
        let text = "Title of it\n\nThe statement, signed on 30 December, calls for peace.";
        assert_eq!(date(text, Some("2024-01-03")).as_deref(), Some("2023-12-30"));
        // With no date on the page, a day without a year gives nothing.
        assert_eq!(date(text, None), None);
        // A day a few weeks after the page's date is an event it announces, not a signing
        // of the year before (invented summit note).
        let text = "Title of it\n\nDivulgamos a declaração conjunta subscrita por partidos comunistas a propósito da Cimeira que se realiza nos dias 24 e 25 de Junho.";
        assert_eq!(date(text, Some("2025-06-23")).as_deref(), Some("2025-06-23"));
        // "podpisało" (signed, of a group) is a word of signing in Polish.
        let text = "Tytuł\n\nSiedem ugrupowań lewicowych podpisało w poniedziałek, 11 marca, porozumienie programowe.";
        assert_eq!(date(text, Some("2024-03-12")).as_deref(), Some("2024-03-11"));
        // Only a day in the signing sentence itself: the next sentence's day is another's.
        let text = "Title of it\n\nThe parties signed the appeal on 11 April in Omsk. They want the rise planned for 1 July frozen.";
        assert_eq!(date(text, Some("2023-04-12")).as_deref(), Some("2023-04-11"));
        let text = "Title of it\n\nThe parties signed the appeal in Omsk. They want the rise planned for 1 July frozen.";
        assert_eq!(date(text, Some("2023-04-12")).as_deref(), Some("2023-04-12"));
        // A meeting over two days written without a year: its last day (invented report).
        let text = "Título\n\nRepresentantes de partidos de once países se reunieron en Montevideo los días 14 y 15 de junio para analizar la situación.";
        assert_eq!(date(text, Some("2024-06-17")).as_deref(), Some("2024-06-15"));
        // An approval and an impersonal adoption name the day too.
        let text =
            "Título\n\nEl encuentro concluyó con la aprobación, el sábado 15 de junio, de un documento.";
        assert_eq!(date(text, Some("2024-06-17")).as_deref(), Some("2024-06-15"));
        let text = "Tytuł\n\nDokument przyjęto w sobotę 9 marca, na zakończenie spotkania.";
        assert_eq!(date(text, Some("2024-03-11")).as_deref(), Some("2024-03-09"));
        // Releasing a statement dates it as signing it does (invented report).
        let text = "Заголовок\n\nВ понедельник, 10 ноября, они распространили совместное заявление.";
        assert_eq!(date(text, Some("2025-11-12")).as_deref(), Some("2025-11-10"));
        let text = "Title of it\n\nOn Monday, 10 November, the parties released a joint statement.";
        assert_eq!(date(text, Some("2025-11-12")).as_deref(), Some("2025-11-10"));
        assert_eq!(
            sentences("Am 11. Mai unterzeichnet. Dann Ruhe."),
            ["Am 11. Mai unterzeichnet.", " Dann Ruhe."]
        );
        assert_eq!(
            sentences("Getragen von der SP St. Gallen. Dann Ruhe."),
            ["Getragen von der SP St. Gallen.", " Dann Ruhe."]
        );
        // The markup's publication date dates a statement whose text does not.
        assert_eq!(
            date("Title of it\n\nThe parties call for peace.", Some("2022-11-08")).as_deref(),
            Some("2022-11-08")
        );
    }

    #[test]
    fn speakers_named_after_a_comma_sign_for_the_whole_names_the_list_gave() {
        // Invented report: "lo firman" lists the signers; a later sentence names who spoke
        // for them as "role de PARTY, Person", after a clause whose place is no person.
        let text = "Manifiesto por la sanidad\n\n\
            El texto lo firman IU Extremadura, Podemos Extremadura, los sindicatos CCOO de Extremadura y UGT Extremadura.\n\n\
            En el acto, celebrado en el Ateneo de Mérida, intervinieron la coordinadora general de IU Extremadura, Ana Gil Soto; \
            el portavoz de Podemos Extremadura, Luis Vera Ruiz, y la secretaria general de CCOO de Extremadura, Eva Mora Díaz.\n";
        let x = extract(&split_lines(text));
        assert_eq!(
            signers(&x),
            [
                (
                    "IU Extremadura",
                    Some("Ana Gil Soto"),
                    Some("coordinadora general")
                ),
                ("Podemos Extremadura", Some("Luis Vera Ruiz"), Some("portavoz")),
                (
                    "CCOO de Extremadura",
                    Some("Eva Mora Díaz"),
                    Some("secretaria general")
                ),
                ("UGT Extremadura", None, None),
            ]
        );
    }

    #[test]
    fn a_report_naming_the_signers_short_gives_their_persons_to_the_list_below() {
        // Invented persons of real parties: the report names the signers by acronym or a
        // shorter name, the declaration under it lists them whole.
        let text = "Declaração conjunta\n\n\
            A declaração é subscrita pelo PCP, pelo PEV e pelo Bloco de Esquerda, a que se juntam o MDM e a FNAM.\n\n\
            Joana Santos, dirigente nacional do PEV, lembrou que a situação se repete todos os anos.\n\n\
            Setúbal, 12 de março de 2024\n\n\
            Organização Regional de Setúbal do PCP\n\
            Partido Ecologista «Os Verdes»\n\
            Bloco de Esquerda\n\
            Movimento Democrático de Mulheres (MDM)\n\
            Federação Nacional dos Médicos (FNAM)\n";
        let x = extract(&split_lines(text));
        assert_eq!(
            signers(&x),
            [
                ("Organização Regional de Setúbal do PCP", None, None),
                (
                    "Partido Ecologista «Os Verdes»",
                    Some("Joana Santos"),
                    Some("dirigente nacional")
                ),
                ("Bloco de Esquerda", None, None),
                ("Movimento Democrático de Mulheres (MDM)", None, None),
                ("Federação Nacional dos Médicos (FNAM)", None, None),
            ]
        );
    }

    #[test]
    fn beside_a_list_a_chain_that_only_names_the_document_does_not_sign() {
        // Real parties, invented persons: a report's reactions above signature lines.
        let text = "Appeal\n\nLDPR faction deputy Ivan Petrov called the appeal bad, while Yabloko \
            spokesperson Anna Ivanova disagreed.\n\nGlory!\n\n\
            First Secretary of the CC CPB A.N. Sidorov\nFirst Secretary of the CC CPU P.M. Pavlov\n\
            Chairman of the PCRM V.N. Popescu\n";
        let x = extract(&split_lines(text));
        let parties: Vec<&str> = signers(&x).into_iter().map(|s| s.0).collect();
        assert_eq!(parties, ["CPB", "CPU", "PCRM"]);
    }

    #[test]
    fn a_late_joiner_in_the_next_sentence_of_a_chain_signs_too() {
        // Invented persons of real parties: the chains and the joining sentence on one line.
        let text = "Titolo\n\nA firmarlo sono il Pd con il segretario provinciale Davide Rossi, il \
            Movimento 5 Stelle con la coordinatrice provinciale Chiara Bianchi e Sinistra Italiana \
            con la segretaria provinciale Elena Verdi. Al testo ha aderito anche il Partito \
            Comunista Italiano, che nelle scorse settimane aveva raccolto firme.\n";
        let x = extract(&split_lines(text));
        let parties: Vec<&str> = signers(&x).into_iter().map(|s| s.0).collect();
        assert_eq!(
            parties,
            [
                "Pd",
                "Movimento 5 Stelle",
                "Sinistra Italiana",
                "Partito Comunista Italiano"
            ]
        );
    }

    #[test]
    fn representatives_named_in_other_sentences_sign_for_the_parties_listed() {
        // Invented report: the parties sign in one sentence; their people speak in others.
        let text = "Appello per la sanità\n\n\
            Il documento è stato sottoscritto da Partito della Rifondazione Comunista, Sinistra Italiana, Potere al Popolo e Partito Comunista Italiano.\n\n\
            «Le risorse sono pubbliche», ha detto il segretario provinciale di Rifondazione Comunista Marco Rossi, aprendo la conferenza stampa davanti ai giornalisti.\n\n\
            Per la coordinatrice cittadina di Sinistra Italiana Giulia Verdi «la Regione ha ancora il tempo di cambiare strada» secondo quanto detto.\n";
        let x = extract(&split_lines(text));
        assert_eq!(
            signers(&x),
            [
                (
                    "Partito della Rifondazione Comunista",
                    Some("Marco Rossi"),
                    Some("segretario provinciale")
                ),
                (
                    "Sinistra Italiana",
                    Some("Giulia Verdi"),
                    Some("coordinatrice cittadina")
                ),
                ("Potere al Popolo", None, None),
                ("Partito Comunista Italiano", None, None),
            ]
        );
    }

    #[test]
    fn the_place_and_date_right_above_the_signatures_date_the_statement() {
        // Invented: a translator's note dated in Rome at the top, the statement's own place
        // and date above its signature lines.
        let text = "Traduzione a cura del Dipartimento Esteri.\nRoma, 5 maggio 2025\n\n\
            Dichiarazione congiunta\n\nIl testo della dichiarazione, lungo abbastanza da essere prosa e non un nome.\n\n\
            Mosca, 28 aprile 2025\n\nPresidente del CC del PCFR S.A. Rjabinin\n\n\
            Primo segretario del CC del PCU P.M. Kovalenko\n\nPresidente del PCRM V.I. Dorošenko\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-04-28"));
        assert_eq!(x.place.as_deref(), Some("Mosca"));
        assert_eq!(x.signatories.len(), 3);
    }

    #[test]
    fn dates_of_related_posts_below_the_list_date_nothing_and_an_update_ranks_last() {
        // Invented page: its publication stamp glued to the rubric, the statement and its
        // list, then tags, related posts with their dates and a comment.
        let text = "Joint statement on the port strike\nStatements26 May 2025\n\n\
            The parties below stand with the dockers of the southern ports in their strike for safe work.\n\n\
            Signed by:\n- Communist Party of Arcadia\n- Workers' Party of Ruritania\n- Socialist Party of Narnia\n\n\
            Tags: Solidarity, Ports\n\nRelated\nSolidarity with Cuba: end the blockade now\n18 April 2025\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-05-26"));
        assert_eq!(x.signatories.len(), 3);
        // "Mis à jour le" is an update, after the publication it follows.
        let text = "Appel commun\nPublié le12.09.2024, 18h42\nMis à jour le 13.09.2024, 07h15\n\n\
            Signé par :\n- Parti communiste d'Arcadie\n- Parti du travail de Ruritanie\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2024-09-12"));
    }

    #[test]
    fn a_meeting_sentence_gives_date_and_place() {
        let text = "Joint declaration\n\nThe parties met in Brussels on 1 October 2013 and agreed on the following points for the coming year.\n\nSignatories:\n- KKE\n- PCP";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2013-10-01"));
        assert_eq!(x.place.as_deref(), Some("Brussels"));
        assert_eq!(x.signatories.len(), 2);
    }

    #[test]
    fn persons_signing_in_prose_join_the_list_and_meetings_date_the_text() {
        let text = "Declaración\nPor Ana Pérez | 25 de febrero de 2023, 12:40\n\n\
            Los partidos se reunieron el viernes 24 de febrero de 2023 en Lisboa y aprobaron esta declaración.\n\n\
            Firmaron la declaración Juan Gómez, secretario general del Partido Comunista de Narnia (PCN); y Eva Ruiz, miembro del Comité Central del Partido Obrero de Ruritania.\n\n\
            Suscriben además:\n1) Partido Comunista de Suecia\n2) Partido Comunista de Noruega\n";
        let x = extract(&split_lines(text));
        let parties: Vec<&str> = x.signatories.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(
            parties,
            [
                "Partido Comunista de Narnia (PCN)",
                "Partido Obrero de Ruritania",
                "Partido Comunista de Suecia",
                "Partido Comunista de Noruega"
            ]
        );
        assert_eq!(x.signatories[0].person.as_deref(), Some("Juan Gómez"));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2023-02-24"));
        assert_eq!(x.place.as_deref(), Some("Lisboa"));
    }

    #[test]
    fn a_bulleted_headline_does_not_date_the_statement() {
        let text = "Statement\nBy Staff | June 21, 2021 | 5 min read\n\nSignatories:\n1. KKE\n2. PCP\n\n\
            Related\n- The Communist Party of Narnia prepares its centenary: founded on July 30, 1921\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2021-06-21"));
    }

    #[test]
    fn the_same_name_in_two_countries_is_two_parties() {
        // Real parties of Togo and Tunisia, one name: both rows are kept.
        let x = extract(&split_lines(
            "Déclaration\n\n| Pays | Parti |\n|---|---|\n| Sénégal | Ligue démocratique (LD) |\n\
             | Togo | Parti des travailleurs |\n| Tunisie | Parti des Travailleurs |\n\
             | Tunisie | Parti des patriotes démocrates unifié (Watad) |\n",
        ));
        assert_eq!(x.signatories.len(), 4, "{:?}", signers(&x));
    }

    #[test]
    fn a_mastheads_place_and_weekday_date_the_page_not_the_statement() {
        // Invented report: the masthead's date with its weekday gives way to the day the
        // statement is dated, written without its year.
        let text = "Montevideo, sábado 12 de agosto de 2023\n\nIzquierda firma declaración\n\n\
            Dirigentes de la izquierda presentaron en Montevideo un texto por la paz.\n\n\
            La declaración, fechada el 11 de agosto, fue suscrita por el Frente Amplio, el Partido \
            Socialista del Uruguay y el Partido Comunista de Uruguay.\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2023-08-11"));
    }

    #[test]
    fn a_reports_dateline_a_commenters_stamp_and_yesterday() {
        // Invented report: the dateline's day is the report's, the signing was the day
        // before the page; a comment signed in bold with its date names no place.
        let text = "Left parties sign joint appeal\n\nWednesday, 12 March 2025\n\n\
            KATHMANDU, March 12 – Four left parties yesterday signed a joint appeal, the Communist \
            Party of Narnia, the Workers' Party of Ruritania and the Green Party of Zembla.\n\n\
            > **Moderation** — 14 March 2025\n";
        let x = extract(&split_lines(text));
        assert_eq!(x.date.map(|d| d.to_string()).as_deref(), Some("2025-03-11"));
        assert_eq!(x.place, None);
    }
}
