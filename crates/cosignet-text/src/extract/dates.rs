//! Dates as statements write them, in every language read: "August 18, 2020", "18 August 2020",
//! "18 août 2020", "18 de agosto de 2020", "18. August 2020", "18.08.2020",
//! "18 августа 2020 г.", "2020-08-18", with weekdays and times around them. Month names and
//! the words around dates are every language's `[months]` and `[dates]` in `data/lang`.

use crate::text::fold::is_capital;

use crate::lang;
use crate::record::IsoDate;
use crate::text::fold::fold;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(u32, usize),
    Word(String),
    Punct(char),
}

fn tokenize(folded: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut chars = folded.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut s = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                s.push(d);
                chars.next();
            }
            toks.push(Tok::Num(s.parse().unwrap_or(u32::MAX), s.len()));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                s.push(d);
                chars.next();
            }
            toks.push(Tok::Word(s));
        } else {
            // Quotation marks are no part of a date's grammar: Russian forms put the day in
            // them («14» марта 2023 г.).
            if !c.is_whitespace() && !matches!(c, '«' | '»' | '"' | '“' | '”' | '„') {
                toks.push(Tok::Punct(c));
            }
            chars.next();
        }
    }
    toks
}

/// Whether a word names a month in any language ("Jänner", "mai").
pub fn is_month(word: &str) -> bool {
    crate::lang::all().months.contains_key(&fold(word))
}

/// The month a word names, in any language.
fn month(tok: Option<&Tok>) -> Option<u8> {
    match tok {
        Some(Tok::Word(w)) => crate::lang::all().months.get(w).copied(),
        _ => None,
    }
}

/// A date-shaped run of tokens.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// A date that exists.
    Valid(IsoDate),
    /// Day, month and year that do not make a date (31 February).
    Invalid(String),
}

struct Match {
    found: Found,
    start: usize,
    end: usize,
}

fn make(y: u32, m: u32, d: u32) -> Found {
    match IsoDate::new(i64::from(y), i64::from(m), i64::from(d)) {
        Some(date) => Found::Valid(date),
        None => Found::Invalid(format!("{y:04}-{m:02}-{d:02}")),
    }
}

fn is_year(t: Option<&Tok>) -> Option<u32> {
    match t {
        Some(Tok::Num(n, 4)) if (1800..=2200).contains(n) => Some(*n),
        _ => None,
    }
}

fn is_day(t: Option<&Tok>) -> Option<u32> {
    match t {
        Some(Tok::Num(n, 1 | 2)) if (1..=31).contains(n) => Some(*n),
        _ => None,
    }
}

/// Skips tokens that may sit between the parts of a date (`[dates] fillers` such as "de",
/// "th"; ",", ".").
fn skip_fillers(toks: &[Tok], mut i: usize) -> usize {
    let fillers = &crate::lang::all().dates.fillers;
    while let Some(t) = toks.get(i) {
        let filler = match t {
            Tok::Punct(c) => matches!(c, ',' | '.' | 'º' | '°' | '-'),
            Tok::Word(w) => fillers.contains(w),
            Tok::Num(..) => false,
        };
        if !filler {
            break;
        }
        i += 1;
    }
    i
}

fn match_at(toks: &[Tok], i: usize) -> Option<Match> {
    // ISO: 2020-08-18
    if let (
        Some(y),
        Some(Tok::Punct('-')),
        Some(Tok::Num(m, 2)),
        Some(Tok::Punct('-')),
        Some(Tok::Num(d, 2)),
    ) = (
        is_year(toks.get(i)),
        toks.get(i + 1),
        toks.get(i + 2),
        toks.get(i + 3),
        toks.get(i + 4),
    ) {
        return Some(Match {
            found: make(y, *m, *d),
            start: i,
            end: i + 5,
        });
    }
    // Year first with slashes or dots: 2020/08/18, 2020.08.18
    if let (Some(y), Some(Tok::Punct(s1)), Some(Tok::Num(m, 1 | 2)), Some(Tok::Punct(s2)), Some(d)) = (
        is_year(toks.get(i)),
        toks.get(i + 1),
        toks.get(i + 2),
        toks.get(i + 3),
        is_day(toks.get(i + 4)),
    ) {
        if s1 == s2 && matches!(s1, '.' | '/') {
            return Some(Match {
                found: make(y, *m, d),
                start: i,
                end: i + 5,
            });
        }
    }
    // Numeric, day first: 18.08.2020, 18/08/2020
    if let (Some(d), Some(Tok::Punct(s1)), Some(Tok::Num(m, 1 | 2)), Some(Tok::Punct(s2)), Some(y)) = (
        is_day(toks.get(i)),
        toks.get(i + 1),
        toks.get(i + 2),
        toks.get(i + 3),
        is_year(toks.get(i + 4)),
    ) {
        if s1 == s2 && matches!(s1, '.' | '/') {
            return Some(Match {
                found: make(y, *m, d),
                start: i,
                end: i + 5,
            });
        }
    }
    // Day first: 18 August 2020, 18 de agosto de 2020, 18. August 2020, 1er octobre 2013
    if let Some(d) = is_day(toks.get(i)) {
        let j = skip_fillers(toks, i + 1);
        if let Some(m) = month(toks.get(j)) {
            let k = skip_fillers(toks, j + 1);
            if let Some(y) = is_year(toks.get(k)) {
                return Some(Match {
                    found: make(y, u32::from(m), d),
                    start: i,
                    end: k + 1,
                });
            }
            // A meeting over two months: "30 novembre - 2 décembre 2018".
            return range_end(toks, i, j + 1);
        }
    }
    // Month first: August 18, 2020; August 18th, 2020; August 18-20, 2020
    if let Some(m) = month(toks.get(i)) {
        let mut j = skip_fillers(toks, i + 1);
        if let Some(mut d) = is_day(toks.get(j)) {
            // A range of days in one month: the last day.
            if let (Some(Tok::Punct('-' | '–' | '—')), Some(last)) =
                (toks.get(j + 1), is_day(toks.get(j + 2)))
            {
                d = last;
                j += 2;
            }
            let k = skip_fillers(toks, j + 1);
            if let Some(y) = is_year(toks.get(k)) {
                return Some(Match {
                    found: make(y, u32::from(m), d),
                    start: i,
                    end: k + 1,
                });
            }
            // "June 30 - July 2, 2020".
            return range_end(toks, i, j + 1);
        }
    }
    None
}

/// The end of a range whose first day has no year ("30 novembre - 2 décembre 2018"): a
/// dash after token `after`, then a whole date; the range as one match dated by its last
/// day, as meetings are dated.
fn range_end(toks: &[Tok], start: usize, after: usize) -> Option<Match> {
    let mut k = after;
    while matches!(toks.get(k), Some(Tok::Punct('.' | ','))) {
        k += 1;
    }
    if !matches!(toks.get(k), Some(Tok::Punct('-' | '–' | '—'))) {
        return None;
    }
    let last = match_at(toks, k + 1)?;
    Some(Match {
        found: last.found,
        start,
        end: last.end,
    })
}

fn find_matches(toks: &[Tok]) -> Vec<Match> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match match_at(toks, i) {
            Some(m) => {
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// Every date written in a piece of text, in order.
pub fn find_dates(text: &str) -> Vec<Found> {
    find_matches(&tokenize(&fold(text)))
        .into_iter()
        .map(|m| m.found)
        .collect()
}

/// Every day and month written without a year ("signed on 1 March", "27-го апреля",
/// "mercoledì 24 gennaio"), in order, as (month, day); full dates are not included.
pub fn find_days_without_year(text: &str) -> Vec<(u32, u32)> {
    let toks = tokenize(&fold(text));
    let full = find_matches(&toks);
    let inside_full = |i: usize| full.iter().any(|m| (m.start..m.end).contains(&i));
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if inside_full(i) {
            continue;
        }
        if let Some(d) = is_day(toks.get(i)) {
            let j = skip_fillers(&toks, i + 1);
            if let Some(m) = month(toks.get(j)).filter(|_| !inside_full(j)) {
                out.push((u32::from(m), d));
                continue;
            }
        }
        if let Some(m) = month(toks.get(i)) {
            let j = skip_fillers(&toks, i + 1);
            // "May" is also a verb: a month first needs its day right after it, and the
            // day ends the phrase ("March 1," but not "may 3 times").
            let ends = skip_fillers(&toks, j + 1) > j + 1
                || !matches!(toks.get(j + 1), Some(Tok::Word(_) | Tok::Num(..)));
            if let Some(d) = is_day(toks.get(j)).filter(|_| !inside_full(j) && j == i + 1 && ends) {
                out.push((u32::from(m), d));
            }
        }
    }
    out
}

/// A line that holds a date and little else.
#[derive(Debug, Clone, PartialEq)]
pub struct DateLine {
    /// The date (or the invalid day-month-year).
    pub found: Found,
    /// A place written before the date on the same line ("Moscow, August 18, 2020").
    pub place: Option<String>,
    /// Whether the line says the date is a publication date ("Published 3 May 2020").
    pub publication: bool,
    /// Whether a word before the date says the page was updated then ("Aggiornato il 14
    /// Novembre 2024"): a later date than the page's own.
    pub updated: bool,
    /// Whether a time of day stands next to it (a page's timestamp).
    pub has_time: bool,
    /// Whether a weekday stands before it ("Saturday, March 2, 2024"), as pages date
    /// themselves.
    pub weekday: bool,
}

/// A place without the words that open it ("Fait à Dakar": "Dakar"; `[dates]
/// place_openers`).
fn without_opener(place: &str) -> &str {
    let words = crate::text::fold::words(place);
    match lang::all().dates.place_openers.phrase_at(&words, 0) {
        Some(n) if n < words.len() => {
            let mut rest = place;
            for _ in 0..n {
                rest = rest
                    .trim_start()
                    .split_once(char::is_whitespace)
                    .map_or("", |(_, r)| r);
            }
            rest.trim_start()
        }
        _ => place,
    }
}

/// Reads a line that is just a date, optionally with weekday, time, "Le"/"den", a
/// publication word, or a place before it. Prose that mentions a date is not a date line.
pub fn date_line(text: &str) -> Option<DateLine> {
    let text = &iso_timestamp_spaced(text);
    if let Some(found) = whole_date_line(text) {
        return Some(found);
    }
    if let Some(found) = glued_date_line(text) {
        return Some(found);
    }
    if let Some(found) = labelled_date_opening(text) {
        return Some(found);
    }
    // A metadata line: "21 июня 2021 г. | Просмотров: 1532 | Автор: ...", "Published on
    // 2021-11-05 · Category: Latin America", "By John Carter | 3 May 2019", fields set apart
    // by wide spaces as scraped ("Publicado13 de junio de 2012  Actualizado14 de junio ...
    // Visitas: 2318", with each label glued to its value).
    let unglued = unglue(text);
    let segments: Vec<&str> = unglued
        .split(['·', '|'])
        .flat_map(|s| s.split("  "))
        .filter(|s| !s.trim().is_empty())
        .collect();
    // A page's metadata (byline, counters, category) dates the page, not the statement.
    // A field may be a labelled date with its author after it ("*Posted on 14th March 2023
    // by A. Writer* · Filed under: News").
    let fields = (segments.len() >= 2)
        .then(|| {
            segments
                .iter()
                .find_map(|s| whole_date_line(s).or_else(|| labelled_date_opening(s)))
        })
        .flatten()
        .map(|mut d| {
            d.publication = true;
            d.place = None;
            d
        });
    fields.or_else(|| stamped_date(text))
}

/// "2019-03-14T10:00:00+01:00" as "2019-03-14 10:00:00": the date and time of an ISO
/// timestamp apart, its zone dropped.
fn iso_timestamp_spaced(text: &str) -> String {
    let b = text.as_bytes();
    let is_date_at = |i: usize| {
        i >= 10
            && b[i - 10..i].iter().enumerate().all(|(k, c)| {
                if k == 4 || k == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let Some(t) =
        (10..b.len().saturating_sub(1)).find(|&i| b[i] == b'T' && is_date_at(i) && b[i + 1].is_ascii_digit())
    else {
        return text.to_owned();
    };
    let time_end = (t + 1..b.len())
        .find(|&i| !(b[i].is_ascii_digit() || b[i] == b':'))
        .unwrap_or(b.len());
    // The zone: "Z", or a sign and hours (and minutes), perhaps fractions of a second first.
    let mut end = time_end;
    if b.get(end) == Some(&b'.') {
        end = (end + 1..b.len())
            .find(|&i| !b[i].is_ascii_digit())
            .unwrap_or(b.len());
    }
    if matches!(b.get(end), Some(b'Z')) {
        end += 1;
    } else if matches!(b.get(end), Some(b'+' | b'-')) {
        end = (end + 1..b.len())
            .find(|&i| !(b[i].is_ascii_digit() || b[i] == b':'))
            .unwrap_or(b.len());
    }
    format!("{} {}{}", &text[..t], &text[t + 1..time_end], &text[end..])
}

/// The text with a space wherever a word touches a number after it ("Publicado13").
fn unglue(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c.is_ascii_digit() && prev.is_some_and(char::is_alphabetic) {
            out.push(' ');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// A date glued by scraping to the page furniture around it ("Aktuell14. Juni 2012",
/// "Press StatementsAugust 22, 2023", "Międzynarodowe6 sierpnia 2025Redakcja",
/// "Dodano9 maja 2025przez Redakcja", "**Internacional**02.11.2023"): a short
/// run of words without sentence punctuation whose last letter touches the date, and at
/// most a few words glued after it. The date dates the page.
fn glued_date_line(text: &str) -> Option<DateLine> {
    // Markdown's emphasis between the furniture and the date is no space
    // ("**Internacional**02.11.2023 · Secção de Relações Internacionais").
    let unmarked: String = text.trim().chars().filter(|&c| c != '*').collect();
    let t = unmarked.as_str();
    // Where two words were glued: a letter then a digit, a small letter then a capital, a
    // digit then a letter.
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let seams: Vec<usize> = chars
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0].1, w[1].1);
            (a.is_alphabetic() && b.is_ascii_digit())
                || (a.is_lowercase() && b.is_uppercase())
                || (a.is_ascii_digit() && b.is_alphabetic() && b.is_uppercase())
        })
        .map(|w| w[1].0)
        .collect();
    let furniture =
        |s: &str| s.split_whitespace().count() <= 4 && !s.contains(['.', ',', ';', ':', '!', '?']);
    // The first glue after the furniture; the date is the shortest stretch from there that
    // reads as one, ending at a space or at the next glue.
    let start = seams.iter().copied().find(|&s| furniture(&t[..s]))?;
    let mut ends: Vec<usize> = seams.iter().copied().filter(|&e| e > start).collect();
    // A year may touch a small letter too ("9 maja 2025przez Redakcja"): an end, never a
    // start (ordinals: "1er", "3rd").
    ends.extend(
        chars
            .windows(2)
            .filter(|w| w[0].1.is_ascii_digit() && w[1].1.is_lowercase() && w[1].0 > start)
            .map(|w| w[1].0),
    );
    ends.extend(t[start..].match_indices(' ').map(|(i, _)| start + i));
    ends.push(t.len());
    ends.sort_unstable();
    ends.into_iter().find_map(|end| {
        let mut d = whole_date_line(&t[start..end]).filter(|d| d.place.is_none())?;
        d.publication = true;
        Some(d)
    })
}

/// Most words of a labelled date at the opening of a line, its label included.
const MAX_LABELLED_DATE_WORDS: usize = 10;

/// A page's date label and date glued by scraping to the prose after them ("date
/// 2024-02-24 Left parties have expressed ...", "Opublikowano 3 maja 2022 Partie ..."): the
/// label and the date, as a publication date.
fn labelled_date_opening(text: &str) -> Option<DateLine> {
    // Emphasis around the line ("*Posted on ...*") is markup, not words.
    let text = text.trim().trim_matches(['*', '_']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let label = fold(words.first()?.trim_end_matches(':'));
    let dates = &crate::lang::all().dates;
    if !(dates.labels.contains(&label) || dates.publication.contains(&label)) {
        return None;
    }
    // The shortest opening that is a whole date line, with prose after it (a weekday
    // and link words may stand in it: "Publicado el lunes 3 de marzo de 2025 por ...").
    (2..=words.len().min(MAX_LABELLED_DATE_WORDS)).find_map(|n| {
        let mut d = whole_date_line(&words[..n].join(" "))?;
        d.publication = true;
        d.place = None;
        Some(d)
    })
}

/// Most words of a byline that a weekday-led timestamp dates.
const MAX_STAMPED_LINE_WORDS: usize = 30;

/// A weekday, a date and a time of day together inside a short line of page furniture
/// whose fields the page set apart only by markup ("di Michela Ranieri Sabato, 12 ottobre
/// 2024 - 13:48 Tempo di lettura: 3 minuti"): the page's timestamp, a publication date.
fn stamped_date(text: &str) -> Option<DateLine> {
    if text.split_whitespace().count() > MAX_STAMPED_LINE_WORDS || text.trim_end().ends_with('.') {
        return None;
    }
    let toks = tokenize(&fold(text));
    let weekdays = &crate::lang::all().dates.weekdays;
    find_matches(&toks).into_iter().find_map(|m| {
        let before = toks[..m.start].iter().rev().find(|t| !matches!(t, Tok::Punct(_)));
        let weekday = matches!(before, Some(Tok::Word(w)) if weekdays.contains(w));
        // The time within a few tokens after the date ("- 13:48", ", 18:05", "alle 9:30").
        let after = &toks[m.end..(m.end + 5).min(toks.len())];
        let timed = after.windows(3).any(
            |w| matches!(w, [Tok::Num(h, _), Tok::Punct(':'), Tok::Num(min, 2)] if *h < 24 && *min < 60),
        );
        (weekday && timed).then_some(DateLine {
            found: m.found,
            place: None,
            publication: true,
            updated: false,
            has_time: true,
            weekday: true,
        })
    })
}

/// Most words of a title after a date and a dash on a date line.
const MAX_TITLE_WORDS_AFTER_DATE: usize = 12;

fn whole_date_line(text: &str) -> Option<DateLine> {
    let trimmed = text.trim().trim_matches(|c: char| c == '*' || c == '_').trim();
    if trimmed.chars().count() > 80 {
        return None;
    }
    let toks = tokenize(&fold(trimmed));
    let matches = find_matches(&toks);
    let first = matches.first()?;
    let mut publication = false;
    let mut updated = false;
    let mut has_time = false;
    let mut weekday = false;
    let mut leftover_words = Vec::new();
    let dates = &crate::lang::all().dates;
    let mut i = 0;
    while i < toks.len() {
        if i == first.start {
            i = first.end;
            continue;
        }
        // A second date on a timestamp line ("13 de mayo de 2025 - 18:42 Actualizado
        // 13/05/2025 21:05") is part of the stamp.
        if let Some(m) = matches[1..].iter().find(|m| m.start == i) {
            i = m.end;
            continue;
        }
        match &toks[i] {
            Tok::Num(_, _) => {
                // A time such as 19:19 (or 19:19:05)
                if matches!(toks.get(i + 1), Some(Tok::Punct(':'))) {
                    has_time = true;
                    i += 3;
                    if matches!(toks.get(i), Some(Tok::Punct(':')))
                        && matches!(toks.get(i + 1), Some(Tok::Num(..)))
                    {
                        i += 2;
                    }
                    continue;
                }
                // A time such as 17.05 after the date ("Thu 14 Mar 2024 17.05 GMT")
                if i > first.start
                    && matches!(toks.get(i + 1), Some(Tok::Punct('.')))
                    && matches!(toks.get(i + 2), Some(Tok::Num(m, 2)) if *m < 60)
                    && matches!(&toks[i], Tok::Num(h, _) if *h < 24)
                {
                    has_time = true;
                    i += 3;
                    continue;
                }
                // A time such as 18h30 or 18h
                if matches!(toks.get(i + 1), Some(Tok::Word(w)) if w == "h") {
                    has_time = true;
                    i += if matches!(toks.get(i + 2), Some(Tok::Num(_, _))) {
                        3
                    } else {
                        2
                    };
                    continue;
                }
                leftover_words.push(i);
            }
            Tok::Word(w) if dates.publication.contains(w) || dates.updated.contains(w) => {
                publication |= dates.publication.contains(w);
                updated |= i < first.start && dates.updated.contains(w);
            }
            Tok::Word(w) if dates.weekdays.contains(w) => weekday |= i < first.start,
            Tok::Word(w) if dates.line_words.contains(w) => {}
            Tok::Word(_) => leftover_words.push(i),
            Tok::Punct(_) => {}
        }
        i += 1;
    }
    // A timestamp ("March 12, 2019 at 6:41 pm") stamps a page or a comment: no place.
    if has_time {
        let before_only = leftover_words.iter().all(|&w| w < first.start);
        return (before_only && leftover_words.len() <= 12).then(|| DateLine {
            found: first.found.clone(),
            place: None,
            publication,
            updated,
            has_time,
            weekday,
        });
    }
    // What is left may only stand before the date, separated from it by a comma or dash:
    // a place ("Moscow, 18 August 2020") or a short description of the text ("Statement
    // of communist parties, June 24, 2022").
    // A title after a dash ("29 de novembro de 2023 – Dia Internacional de Solidariedade
    // com o Povo Palestino"): the date heads the page as its stamp would, and names no
    // place. Not an item of a list of events ("- 27.03.2025 – Vorbereitungstreffen,
    // Gewerkschaftshaus"): the date opens the line, and the title is one phrase.
    let after = leftover_words.iter().all(|&w| w >= first.end);
    let titled = after
        && first.start == 0
        && !trimmed.contains(',')
        && matches!(toks.get(first.end), Some(Tok::Punct('–' | '—')))
        && leftover_words.len() <= MAX_TITLE_WORDS_AFTER_DATE
        && !trimmed.ends_with('.');
    publication |= titled;
    let place = if leftover_words.is_empty() || titled {
        None
    } else if after {
        // Or a place after it, after a comma ("8 мая 2025 г., г. Москва"), a town's
        // abbreviation (a `line_words` entry) before it.
        let raw = trimmed.rsplit_once(',')?.1;
        let words: Vec<&str> = raw
            .split_whitespace()
            .skip_while(|w| dates.line_words.contains(&fold(w.trim_end_matches('.'))))
            .collect();
        let place = words.join(" ");
        let capitalised = words.iter().all(|w| w.chars().next().is_some_and(is_capital));
        let described = super::vocab::looks_like_party(&place) || super::vocab::is_lead_in(&place);
        // Every word left over is the place's ("wtorek, 3 marca 2026 · imieniny: Kunegundy,
        // Tycjana" names no place).
        let whole = words.len() == leftover_words.len();
        if !whole
            || !(1..=3).contains(&words.len())
            || !capitalised
            || described
            || place.contains(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        Some(place)
    } else {
        let before_only = leftover_words.iter().all(|&w| w < first.start);
        let separated = trimmed.contains([',', '\u{2013}', '\u{2014}']);
        if !before_only
            || !separated
            || leftover_words.len() > 12
            || (trimmed.ends_with('.') && leftover_words.len() > 3)
        {
            return None;
        }
        let raw = trimmed
            .split([',', '\u{2013}', '\u{2014}'])
            .next()
            .unwrap_or("")
            .trim();
        // A name in bold before a dash signs a comment or a byline ("> **Modération** — 4
        // juin 2025"): it stamps the page and names no place.
        let quoted = raw.trim_start_matches(['>', ' ']);
        let bold =
            |t: &str| t.starts_with("**") || t.starts_with("__") || t.ends_with("**") || t.ends_with("__");
        if bold(quoted) && !trimmed.contains(',') {
            publication = true;
            None
        } else {
            let place = without_opener(raw.trim_start_matches(|c: char| !c.is_alphabetic()));
            let capitalised = place.chars().next().is_some_and(is_capital);
            let short = (1..=3).contains(&place.split_whitespace().count());
            let described = super::vocab::looks_like_party(place) || super::vocab::is_lead_in(place);
            (capitalised && short && !described).then(|| place.to_owned())
        }
    };
    Some(DateLine {
        found: first.found.clone(),
        place,
        publication,
        updated,
        has_time,
        weekday,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Found {
        Found::Valid(IsoDate::parse(s).unwrap())
    }

    #[test]
    fn a_date_with_a_title_after_its_dash_heads_the_page_but_an_event_of_a_list_does_not() {
        let line =
            date_line("29 de novembro de 2023 – Dia Internacional de Solidariedade com o Povo Palestino")
                .expect("a date line");
        assert_eq!(line.found, d("2023-11-29"));
        assert!(line.publication && line.place.is_none());
        assert!(date_line("- 27.03.2025 – Vorbereitungstreffen Ostermarsch, Gewerkschaftshaus").is_none());
    }

    #[test]
    fn the_words_that_open_a_place_are_not_the_place() {
        let place = |t: &str| date_line(t).and_then(|d| d.place);
        assert_eq!(place("Fait à Dakar, le 27 juin 2011").as_deref(), Some("Dakar"));
        assert_eq!(place("Done at Geneva, 3 May 2020").as_deref(), Some("Geneva"));
        assert_eq!(
            place("Hecho en San Salvador, 5 de mayo de 2023").as_deref(),
            Some("San Salvador")
        );
        assert_eq!(place("Lausanne, 3 septembre 2024").as_deref(), Some("Lausanne"));
    }

    #[test]
    fn ranges_with_the_month_first_or_over_two_months_are_dated_by_their_last_day() {
        for (line, date) in [
            ("Athens, June 5-7, 2020", "2020-06-07"),
            ("Athens, June 30 - July 2, 2020", "2020-07-02"),
            ("30 novembre - 2 décembre 2018", "2018-12-02"),
            ("2020/06/05", "2020-06-05"),
        ] {
            let got = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got.found, d(date), "{line}");
        }
        // "Stand:" labels a German page's date.
        assert!(date_line("Stand: 05.06.2020").is_some_and(|l| l.publication));
    }

    #[test]
    fn a_labelled_date_in_emphasis_among_a_bylines_fields_dates_the_page() {
        for line in [
            "*Posted on 9th June 2021 by Ann Tremayne* · Filed under: [News](/news), [Devolution](/d)",
            "_Published 9 June 2021 by the press office_ | Category: International",
            "*Posted on 9th June 2021 by Ann Tremayne*",
        ] {
            let got = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got.found, d("2021-06-09"), "{line}");
            assert!(got.publication, "{line}");
        }
    }

    #[test]
    fn a_date_label_glued_to_the_first_paragraph_dates_the_page() {
        for (line, date) in [
            (
                "date 2024-02-24 Left parties have expressed dissatisfaction with the alliance",
                "2024-02-24",
            ),
            (
                "Published 3 May 2020 The parties of the region call for peace",
                "2020-05-03",
            ),
            (
                "Opublikowano 12 maja 2022 Partie lewicy podpisały porozumienie",
                "2022-05-12",
            ),
        ] {
            let got = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got.found, d(date), "{line}");
            assert!(got.publication);
        }
        assert!(date_line("The parties met on 3 May 2020 in Lisbon and agreed on a text").is_none());
    }

    #[test]
    fn a_date_glued_to_page_furniture_or_written_as_a_timestamp_dates_the_page() {
        for line in [
            "Aktuell14. Juni 2012",
            "Home › News14 June 2012",
            "Press StatementsJune 14, 2012",
            "Międzynarodowe14 czerwca 2012Redakcja",
            "Dodano14 czerwca 2012przez Redakcja",
            "Publié le14/06/2012 à 18h45Mis à jour le 15/06/2012 à 09h10",
            "**Internacional**14.06.2012 · Secção de Relações Internacionais",
        ] {
            let d = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                d.found,
                Found::Valid(IsoDate::new(2012, 6, 14).unwrap()),
                "{line}"
            );
            assert!(d.publication);
        }
        let d = date_line("Thu 14 Mar 2024 17.05 GMT").unwrap();
        assert!(d.has_time && d.weekday);
        // A place after the date, after a comma.
        let d = date_line("8 мая 2025 г., г. Москва").unwrap();
        assert_eq!(
            (d.found, d.place.as_deref()),
            (Found::Valid(IsoDate::new(2025, 5, 8).unwrap()), Some("Москва"))
        );
        let d = date_line("June 3, 2024, Berlin").unwrap();
        assert_eq!(d.place.as_deref(), Some("Berlin"));
        assert_eq!(date_line("June 3, 2024, we met"), None);
        assert_eq!(
            date_line("wtorek, 3 marca 2026 · imieniny: Kunegundy, Tycjana")
                .unwrap()
                .place,
            None
        );
        let d =
            date_line("Publicado13 de junio de 2012  Actualizado14 de junio de 2012  Visitas: 2318").unwrap();
        assert_eq!(d.found, Found::Valid(IsoDate::new(2012, 6, 13).unwrap()));
        assert!(d.publication);
        // A sentence glued to a date is no date line.
        assert_eq!(
            date_line("Die Parteien trafen sich am14. Juni 2012 in Berlin"),
            None
        );
        for line in [
            "Published: 2019-03-14T10:00:00+01:00",
            "2019-03-14T10:00:00Z",
            "2019-03-14T10:00:00.123-05:00",
        ] {
            let d = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                d.found,
                Found::Valid(IsoDate::new(2019, 3, 14).unwrap()),
                "{line}"
            );
            assert!(d.has_time);
        }
    }

    #[test]
    fn a_timestamp_with_its_update_stamp_is_one_date_line() {
        let got = date_line("Martes, 13 de mayo de 2025 - 18:42Actualizado13/05/2025 21:05").unwrap();
        assert_eq!(got.found, d("2025-05-13"));
        assert!(got.has_time && got.weekday);
    }

    #[test]
    fn a_weekday_led_timestamp_inside_a_byline_dates_the_page() {
        // Byline, timestamp and reading time joined by the page's markup into one line.
        let got = date_line("por Ana Souza Quarta-feira, 9 de abril de 2025 - 10:15 Leitura: 4 min").unwrap();
        assert_eq!(got.found, d("2025-04-09"));
        assert!(got.publication && got.weekday && got.has_time);
        // Without the weekday or the time, a date in a longer line is no page stamp; nor in
        // a sentence.
        assert_eq!(
            date_line("por Ana Souza 9 de abril de 2025 - 10:15 Leitura: 4 min"),
            None
        );
        assert_eq!(
            date_line("por Ana Souza Quarta-feira, 9 de abril de 2025 Leitura: 4 min"),
            None
        );
        assert_eq!(
            date_line("A reunião de quarta-feira, 9 de abril de 2025, às 10:15, aprovou o texto."),
            None
        );
    }

    #[test]
    fn days_without_a_year() {
        assert_eq!(
            find_days_without_year("a statement signed on 1 March, the parties"),
            [(3, 1)]
        );
        assert_eq!(
            find_days_without_year("В субботу, 27-го апреля, в помещении"),
            [(4, 27)]
        );
        assert_eq!(
            find_days_without_year("sottoscritto ieri, mercoledì 24 gennaio, a Roma"),
            [(1, 24)]
        );
        // Full dates and "May" as a verb are not days without a year.
        assert!(find_days_without_year("signed on 1 March 2020").is_empty());
        assert!(find_days_without_year("the parties may 3 times").is_empty());
    }

    #[test]
    fn dates_in_eight_languages() {
        for (text, iso) in [
            ("August 18, 2020", "2020-08-18"),
            ("18 August 2020", "2020-08-18"),
            ("18th of August, 2020", "2020-08-18"),
            ("18 août 2020", "2020-08-18"),
            ("Le 7 février 2017", "2017-02-07"),
            ("18 de agosto de 2020", "2020-08-18"),
            ("18. August 2020", "2020-08-18"),
            ("18 agosto 2011", "2011-08-18"),
            ("18.08.2020", "2020-08-18"),
            ("18 августа 2020 г.", "2020-08-18"),
            ("«18» августа 2020 г.", "2020-08-18"),
            ("18 sierpnia 2020", "2020-08-18"),
            ("2020-08-18", "2020-08-18"),
            ("1er octobre 2013", "2013-10-01"),
            ("Sept. 3, 2019", "2019-09-03"),
        ] {
            assert_eq!(find_dates(text), [d(iso)], "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_flagged_not_dropped() {
        assert_eq!(
            find_dates("31 February 2020"),
            [Found::Invalid("2020-02-31".into())]
        );
    }

    #[test]
    fn date_lines_versus_prose() {
        let l = date_line("Monday, 14 September 2015 19:19").unwrap();
        assert_eq!(l.found, d("2015-09-14"));
        assert!(l.has_time);
        assert_eq!(
            date_line("Москва, 5 мая 2020 г.").unwrap().place.as_deref(),
            Some("Москва")
        );
        let l = date_line("Moscow, August 18, 2020").unwrap();
        assert_eq!(l.place.as_deref(), Some("Moscow"));
        assert!(date_line("A worrying week has passed since the election on August 9, 2020.").is_none());
        assert!(date_line("Published: 3 May 2021").unwrap().publication);
        let l = date_line("*Publicado el lunes 3 de marzo de 2025 por Redacción Tribuna Roja*").unwrap();
        assert_eq!((l.found, l.publication), (d("2025-03-03"), true));
        // An update's stamp says so; a stamp updated after the date does not.
        assert!(
            date_line("Aggiornato il 14 Novembre 2024 - 09:05")
                .unwrap()
                .updated
        );
        assert!(
            !date_line("13 de mayo de 2025 - 18:42 Actualizado 13/05/2025 21:05")
                .unwrap()
                .updated
        );
        let l = date_line("Statement of communist and workers' parties, June 24, 2022").unwrap();
        assert_eq!((l.found, l.place), (d("2022-06-24"), None));
        assert!(date_line("message of solidarity on the 20th of September").is_none());
    }
}
