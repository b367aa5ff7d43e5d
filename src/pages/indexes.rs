//! The index pages: the home page, statements by year, parties by country, persons by
//! initial, countries; all from the store's [`Summary`].

use super::entity::a;
use super::facts::{Link, Summary};
use super::html::{page, table, Esc, Frame};
use super::Linker;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The year a statement is listed under (`undated` without a date).
pub fn year_of(date: Option<&str>) -> String {
    match date {
        Some(d) if d.len() >= 4 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit) => d[..4].to_owned(),
        _ => "undated".to_owned(),
    }
}

/// The initial a person is listed under: `a` to `z`, else `other`.
pub fn initial_of(name: &str) -> String {
    match crate::text::fold::slug(name, 80).chars().next() {
        Some(c) if c.is_ascii_lowercase() => c.to_string(),
        _ => "other".to_owned(),
    }
}

fn frame<'a>(title: &'a str, linker: &'a Linker<'_>) -> Frame<'a> {
    Frame {
        title,
        title_lang: None,
        root: linker.root(),
        iri: None,
        data: false,
    }
}

/// The home page: what the data holds, where to go, the dumps and the dataset description.
pub fn home(s: &Summary, linker: &Linker<'_>, endpoint: Option<&str>) -> String {
    let signed = s.party_statements.len();
    let active_persons = s.persons.iter().filter(|(_, n)| *n > 0).count();
    let mut body = format!(
        "<p>Joint statements co-signed by parties and persons, as linked data: every statement, \
         party, person and country has an IRI, a page, and its description in Turtle and JSON-LD.</p>\n\
         <ul>\n<li><a href=\"statements/index.html\">{} statements</a>, by year</li>\n\
         <li><a href=\"parties/index.html\">{} parties</a> that signed (of {} known), by country</li>\n\
         <li><a href=\"persons/index.html\">{} persons</a> who signed</li>\n\
         <li><a href=\"countries/index.html\">Countries</a></li>\n\
         <li><a href=\"ns/index.html\">The vocabulary</a></li>\n</ul>\n",
        s.statements.len(),
        signed,
        s.parties.len(),
        active_persons,
    );
    body.push_str("<h2>Data</h2>\n<ul>\n<li>The whole dataset: <a href=\"dump.ttl\">Turtle</a> (<a href=\"dump.ttl.gz\">gzip</a>), <a href=\"dump.nq\">N-Quads</a> with one graph per statement (<a href=\"dump.nq.gz\">gzip</a>)</li>\n<li>Its description, with how many triples it holds: <a href=\".well-known/void\">VoID</a>; the JSON-LD context: <a href=\"context.jsonld\">context.jsonld</a></li>\n");
    if let Some(e) = endpoint {
        let _ = writeln!(body, "<li>SPARQL endpoint: <a href=\"{e}\">{e}</a></li>");
    }
    body.push_str("</ul>\n");
    page(&frame("Joint statements", linker), &body)
}

/// Statements by year: the years with counts.
pub fn statements(s: &Summary, linker: &Linker<'_>) -> String {
    let mut years: BTreeMap<String, usize> = BTreeMap::new();
    for r in &s.statements {
        *years.entry(year_of(r.date.as_deref())).or_default() += 1;
    }
    let rows: Vec<Vec<String>> = years
        .iter()
        .rev()
        .map(|(y, n)| vec![format!("<a href=\"{y}.html\">{}</a>", Esc(y)), n.to_string()])
        .collect();
    let body = table(&["Year", "Statements"], &rows);
    page(&frame("Statements by year", linker), &body)
}

/// The years that have statements.
pub fn years(s: &Summary) -> Vec<String> {
    let mut years: Vec<String> = s.statements.iter().map(|r| year_of(r.date.as_deref())).collect();
    years.sort();
    years.dedup();
    years
}

/// The statements of one year.
pub fn year(s: &Summary, year: &str, linker: &Linker<'_>) -> String {
    let rows: Vec<Vec<String>> = s
        .statements
        .iter()
        .filter(|r| year_of(r.date.as_deref()) == year)
        .map(|r| {
            vec![
                r.date
                    .as_deref()
                    .map(|d| format!("<time>{}</time>", Esc(d)))
                    .unwrap_or_default(),
                a(linker, &r.link),
                r.signatures.to_string(),
            ]
        })
        .collect();
    let title = format!("Statements of {year}");
    let mut body = String::from("<p><a href=\"index.html\">All years</a></p>\n");
    body.push_str(&table(&["Date", "Statement", "Signatories"], &rows));
    page(&frame(&title, linker), &body)
}

/// Parties that signed, by country.
pub fn parties(s: &Summary, linker: &Linker<'_>) -> String {
    let none = Link {
        label: "No country".into(),
        iri: String::new(),
    };
    let mut by: BTreeMap<&Link, Vec<(&Link, usize)>> = BTreeMap::new();
    for (p, c) in &s.parties {
        let n = s.party_statements.get(p.iri.as_str()).copied().unwrap_or(0);
        if n > 0 {
            by.entry(c.as_ref().unwrap_or(&none)).or_default().push((p, n));
        }
    }
    let mut body = String::from(
        "<p>Every party that signed at least one statement, by country, with how many it signed.</p>\n",
    );
    for (country, parties) in by {
        let heading = if country.iri.is_empty() {
            Esc(&country.label).to_string()
        } else {
            a(linker, country)
        };
        let _ = writeln!(body, "<h2>{heading}</h2>\n<ul>");
        for (p, n) in parties {
            let _ = writeln!(body, "<li>{} ({n})</li>", a(linker, p));
        }
        body.push_str("</ul>\n");
    }
    page(&frame("Parties by country", linker), &body)
}

/// The initials persons are listed under.
pub fn initials(s: &Summary) -> Vec<String> {
    let mut v: Vec<String> = s.persons.iter().map(|(p, _)| initial_of(&p.label)).collect();
    v.sort();
    v.dedup();
    v
}

/// Persons by initial: the initials with counts.
pub fn persons(s: &Summary, linker: &Linker<'_>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (p, _) in &s.persons {
        *counts.entry(initial_of(&p.label)).or_default() += 1;
    }
    let mut body =
        String::from("<p>Persons who signed, by the initial of their name.</p>\n<ul class=\"columns\">\n");
    for (i, n) in &counts {
        let _ = writeln!(
            body,
            "<li><a href=\"{i}.html\">{}</a> ({n})</li>",
            Esc(&i.to_uppercase())
        );
    }
    body.push_str("</ul>\n");
    if counts.is_empty() {
        body.push_str("<p>No person in the data.</p>\n");
    }
    page(&frame("Persons", linker), &body)
}

/// The persons under one initial.
pub fn initial(s: &Summary, initial: &str, linker: &Linker<'_>) -> String {
    let rows: Vec<Vec<String>> = s
        .persons
        .iter()
        .filter(|(p, _)| initial_of(&p.label) == initial)
        .map(|(p, n)| vec![a(linker, p), n.to_string()])
        .collect();
    let title = format!("Persons: {}", initial.to_uppercase());
    let mut body = String::from("<p><a href=\"index.html\">All initials</a></p>\n");
    body.push_str(&table(&["Person", "Statements signed"], &rows));
    page(&frame(&title, linker), &body)
}

/// Countries, with their parties and the statements those signed.
pub fn countries(s: &Summary, linker: &Linker<'_>) -> String {
    let mut parties_of: BTreeMap<&str, usize> = BTreeMap::new();
    for (p, c) in &s.parties {
        if let Some(c) = c {
            if s.party_statements.get(p.iri.as_str()).is_some_and(|n| *n > 0) {
                *parties_of.entry(c.iri.as_str()).or_default() += 1;
            }
        }
    }
    let mut rows: Vec<(usize, Vec<String>)> = s
        .countries
        .iter()
        .map(|(c, code)| {
            let parties = parties_of.get(c.iri.as_str()).copied().unwrap_or(0);
            let statements = s.country_statements.get(c.iri.as_str()).copied().unwrap_or(0);
            (
                statements,
                vec![
                    a(linker, c),
                    code.as_deref().map(|k| Esc(k).to_string()).unwrap_or_default(),
                    parties.to_string(),
                    statements.to_string(),
                ],
            )
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, r)| r).collect();
    let body = table(
        &["Country", "Code", "Parties that signed", "Statements they signed"],
        &rows,
    );
    page(&frame("Countries", linker), &body)
}
