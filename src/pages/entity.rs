//! The HTML pages of statements, parties, persons and countries.

use super::facts::{CountryView, Link, PartyView, PersonView, Signed, StatementView};
use super::html::{facts, page, table, Esc, Frame, Href};
use super::Linker;
use std::fmt::Write;

/// A link to an entity's page, or its name alone when it has none.
pub fn a(linker: &Linker<'_>, l: &Link) -> String {
    match linker.href(&l.iri) {
        Some(h) => format!("<a href=\"{}\">{}</a>", Href(&h), Esc(&l.label)),
        None => Esc(&l.label).to_string(),
    }
}

fn opt_a(linker: &Linker<'_>, l: &Option<Link>) -> String {
    l.as_ref().map(|l| a(linker, l)).unwrap_or_default()
}

fn text(s: &Option<String>) -> String {
    s.as_deref().map(|s| Esc(s).to_string()).unwrap_or_default()
}

fn wikidata(ids: &[String]) -> Option<String> {
    (!ids.is_empty()).then(|| {
        ids.iter()
            .map(|iri| {
                let q = iri.rsplit('/').next().unwrap_or(iri);
                format!(
                    "<a href=\"https://www.wikidata.org/wiki/{}\">{}</a>",
                    Href(q),
                    Esc(q)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn list(items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(|s| Esc(s).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}

fn links(linker: &Linker<'_>, items: &[Link]) -> Option<String> {
    (!items.is_empty()).then(|| items.iter().map(|l| a(linker, l)).collect::<Vec<_>>().join(", "))
}

/// A statement's page: what it is, who signed it and where each signature was read.
pub fn statement(v: &StatementView, linker: &Linker<'_>) -> String {
    let mut body = facts(&[
        (
            "Date",
            v.date.as_ref().map(|d| format!("<time>{}</time>", Esc(d))),
        ),
        ("Place", v.place.as_ref().map(|s| Esc(s).to_string())),
        ("Issued by", v.issuer.as_ref().map(|s| Esc(s).to_string())),
        ("Language", v.language.as_ref().map(|s| Esc(s).to_string())),
        ("Identifier", Some(Esc(&v.id).to_string())),
        (
            "Read from",
            v.file.as_ref().map(|s| format!("<code>{}</code>", Esc(s))),
        ),
        (
            "SHA-256",
            v.sha256.as_ref().map(|s| format!("<code>{}</code>", Esc(s))),
        ),
        (
            "Published at",
            v.url
                .as_ref()
                .map(|u| format!("<a href=\"{}\">{}</a>", Href(u), Esc(u))),
        ),
        ("Signatories", Some(v.signatures.len().to_string())),
    ]);
    body.push_str("<h2>Signatories</h2>\n");
    let rows: Vec<Vec<String>> = v
        .signatures
        .iter()
        .map(|s| {
            vec![
                s.line.map(|l| l.to_string()).unwrap_or_default(),
                Esc(&s.as_written).to_string(),
                opt_a(linker, &s.party),
                opt_a(linker, &s.country),
                opt_a(linker, &s.person),
                text(&s.role),
            ]
        })
        .collect();
    let file = v.file.as_deref().unwrap_or("the source");
    let _ = write!(
        body,
        "<p>As read from <code>{}</code>, line by line.</p>\n{}",
        Esc(file),
        table(
            &["Line", "As written", "Party", "Country", "Person", "Role"],
            &rows
        )
    );
    if !v.diagnostics.is_empty() {
        body.push_str("<h2>Doubts met while reading it</h2>\n");
        let rows: Vec<Vec<String>> = v
            .diagnostics
            .iter()
            .map(|d| {
                vec![
                    d.line.map(|l| l.to_string()).unwrap_or_default(),
                    Esc(&d.severity).to_string(),
                    Esc(&d.message).to_string(),
                ]
            })
            .collect();
        body.push_str(&table(&["Line", "Severity", "Message"], &rows));
    }
    let (title, lang) = match &v.title {
        Some((t, l)) => (t.as_str(), l.as_deref()),
        None => (v.id.as_str(), None),
    };
    page(
        &Frame {
            title,
            title_lang: lang,
            root: linker.root(),
            iri: Some(&v.iri),
            data: true,
        },
        &body,
    )
}

fn signed_rows(linker: &Linker<'_>, signed: &[Signed], person: bool) -> String {
    let rows: Vec<Vec<String>> = signed
        .iter()
        .map(|s| {
            let mut row = vec![
                s.date
                    .as_deref()
                    .map(|d| format!("<time>{}</time>", Esc(d)))
                    .unwrap_or_default(),
                a(linker, &s.statement),
            ];
            if person {
                row.push(opt_a(linker, &s.party));
                row.push(text(&s.role));
            }
            row.push(Esc(&s.as_written).to_string());
            row
        })
        .collect();
    if person {
        table(&["Date", "Statement", "For", "Role", "As written"], &rows)
    } else {
        table(&["Date", "Statement", "As written"], &rows)
    }
}

/// A party's page: names, country, statements by date, co-signers and its ego network.
pub fn party(v: &PartyView, linker: &Linker<'_>) -> String {
    let mut body = facts(&[
        ("Country", v.country.as_ref().map(|c| a(linker, c))),
        ("Other names", list(&v.other_names)),
        ("Acronyms", list(&v.acronyms)),
        ("Wikidata", wikidata(&v.wikidata)),
        (
            "Party list key",
            v.list_key.as_ref().map(|k| format!("<code>{}</code>", Esc(k))),
        ),
        ("Replaces", links(linker, &v.replaces)),
        ("Replaced by", links(linker, &v.replaced_by)),
        ("Statements signed", Some(v.signed.len().to_string())),
    ]);
    if !v.spellings.is_empty() {
        body.push_str("<h2>As statements write it</h2>\n<ul>\n");
        for (s, n) in &v.spellings {
            let _ = writeln!(body, "<li>{} ({n})</li>", Esc(s));
        }
        body.push_str("</ul>\n");
    }
    if !v.cosigners.is_empty() {
        body.push_str("<h2>Signed with</h2>\n<figure class=\"ego\">\n");
        body.push_str(&super::ego::svg(&v.me, &v.cosigners, &v.pairs, |iri| {
            linker.href(iri)
        }));
        let _ = writeln!(
            body,
            "<figcaption>{} and the {} parties it signed with most; wider lines: more statements together.</figcaption>\n</figure>",
            Esc(&v.me.label),
            v.cosigners.len().min(super::ego::MAX_NODES)
        );
        let rows: Vec<Vec<String>> = v
            .cosigners
            .iter()
            .map(|(l, n)| vec![a(linker, l), format!("{n}")])
            .collect();
        body.push_str(&table(&["Party", "Statements together"], &rows));
    }
    if !v.signed.is_empty() {
        body.push_str("<h2>Statements signed</h2>\n");
        body.push_str(&signed_rows(linker, &v.signed, false));
    }
    entity_page(&v.me, linker, &body)
}

/// A person's page: names, parties, and every statement signed with party and role.
pub fn person(v: &PersonView, linker: &Linker<'_>) -> String {
    let mut body = facts(&[
        ("Other spellings", list(&v.other_names)),
        ("Signed for", links(linker, &v.member_of)),
        ("Statements signed", Some(v.signed.len().to_string())),
    ]);
    if !v.signed.is_empty() {
        body.push_str("<h2>Statements signed</h2>\n");
        body.push_str(&signed_rows(linker, &v.signed, true));
    }
    entity_page(&v.me, linker, &body)
}

/// A country's page: names, codes and its parties.
pub fn country(v: &CountryView, linker: &Linker<'_>) -> String {
    let mut body = facts(&[
        (
            "ISO 3166-1 alpha-2",
            v.alpha2.as_ref().map(|s| Esc(s).to_string()),
        ),
        (
            "ISO 3166-1 alpha-3",
            v.alpha3.as_ref().map(|s| Esc(s).to_string()),
        ),
        ("Wikidata", wikidata(&v.wikidata)),
    ]);
    if !v.names.is_empty() {
        body.push_str("<h2>Names</h2>\n<dl class=\"facts\">\n");
        for (lang, names) in &v.names {
            let shown = if lang.is_empty() { "(none)" } else { lang };
            let _ = writeln!(
                body,
                "<dt>{}</dt><dd lang=\"{}\">{}</dd>",
                Esc(shown),
                Esc(lang),
                names
                    .iter()
                    .map(|n| Esc(n).to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            );
        }
        body.push_str("</dl>\n");
    }
    body.push_str("<h2>Parties</h2>\n");
    if v.parties.is_empty() {
        body.push_str("<p>No party of this country in the data.</p>\n");
    } else {
        let rows: Vec<Vec<String>> = v
            .parties
            .iter()
            .map(|(l, n)| vec![a(linker, l), n.to_string()])
            .collect();
        body.push_str(&table(&["Party", "Statements signed"], &rows));
    }
    entity_page(&v.me, linker, &body)
}

/// The page of a party, person or country: titled by its label, with its IRI and data links.
fn entity_page(me: &Link, linker: &Linker<'_>, body: &str) -> String {
    page(
        &Frame {
            title: &me.label,
            title_lang: None,
            root: linker.root(),
            iri: Some(&me.iri),
            data: true,
        },
        body,
    )
}
