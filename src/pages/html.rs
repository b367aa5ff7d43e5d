//! Writing HTML: every text goes through [`Esc`], which escapes `& < > " '`, so a name
//! cannot become markup; the layout every page shares (one stylesheet, no script, links
//! relative to the page so the site works from `file://` and under any path).

use std::fmt::{self, Display, Write};

/// Text escaped for HTML content and attribute values.
pub struct Esc<'a>(pub &'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut last = 0;
        for (i, c) in self.0.char_indices() {
            let rep = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&self.0[last..i])?;
            f.write_str(rep)?;
            last = i + c.len_utf8();
        }
        f.write_str(&self.0[last..])
    }
}

/// A link target escaped for an `href`: spaces and the characters HTML or URLs give a
/// meaning to are percent-encoded, other characters (IRIs may hold any letter) kept.
pub struct Href<'a>(pub &'a str);

impl Display for Href<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                ' ' | '"' | '\'' | '<' | '>' | '`' | '\\' | '^' | '{' | '}' | '|' => {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        write!(f, "%{b:02X}")?;
                    }
                }
                '&' => f.write_str("&amp;")?,
                c if c.is_control() => {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        write!(f, "%{b:02X}")?;
                    }
                }
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// What a page says about itself for the layout.
pub struct Frame<'a> {
    /// The `<title>` and `<h1>`.
    pub title: &'a str,
    /// The language of the title, when known.
    pub title_lang: Option<&'a str>,
    /// The relative path from the page to the site's root (`../../`, or empty).
    pub root: &'a str,
    /// The entity's IRI, shown in the footer with links to its data, when the page has one.
    pub iri: Option<&'a str>,
    /// Whether `data.ttl` and `data.jsonld` sit beside the page.
    pub data: bool,
}

/// Every page's frame around `body`: head with the stylesheet (and an empty icon, so that
/// browsers ask for no `/favicon.ico` the site does not have), a navigation bar, the title,
/// the body, and a footer with the IRI and its data.
pub fn page(frame: &Frame<'_>, body: &str) -> String {
    let root = frame.root;
    let mut out = String::with_capacity(body.len() + 2048);
    let lang = frame
        .title_lang
        .map(|l| format!(" lang=\"{}\"", Esc(l)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n\
         <link rel=\"icon\" href=\"data:,\">\n",
        title = Esc(frame.title),
    );
    if frame.data {
        out.push_str(
            "<link rel=\"alternate\" type=\"text/turtle\" href=\"data.ttl\">\n\
             <link rel=\"alternate\" type=\"application/ld+json\" href=\"data.jsonld\">\n",
        );
    }
    let _ = write!(
        out,
        "</head>\n<body>\n<header><nav><a href=\"{root}index.html\">Home</a> \
         <a href=\"{root}statements/index.html\">Statements</a> \
         <a href=\"{root}parties/index.html\">Parties</a> \
         <a href=\"{root}persons/index.html\">Persons</a> \
         <a href=\"{root}countries/index.html\">Countries</a> \
         <a href=\"{root}ns/index.html\">Vocabulary</a></nav></header>\n\
         <main>\n<h1{lang}>{title}</h1>\n{body}</main>\n",
        title = Esc(frame.title),
    );
    out.push_str("<footer>");
    if let Some(iri) = frame.iri {
        let _ = write!(out, "<p>IRI: <code>{}</code></p>", Esc(iri));
    }
    if frame.data {
        out.push_str(
            "<p>This description as <a href=\"data.ttl\">Turtle</a> or \
             <a href=\"data.jsonld\">JSON-LD</a>.</p>",
        );
    }
    out.push_str("<p>Made with cosignet.</p></footer>\n</body>\n</html>\n");
    out
}

/// A definition list of the rows whose value is given (values are HTML already).
pub fn facts(rows: &[(&str, Option<String>)]) -> String {
    let mut out = String::from("<dl class=\"facts\">\n");
    for (name, value) in rows {
        if let Some(v) = value {
            let _ = writeln!(out, "<dt>{}</dt><dd>{v}</dd>", Esc(name));
        }
    }
    out.push_str("</dl>\n");
    out
}

/// A table with a header row (cells are HTML already).
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for h in headers {
        let _ = write!(out, "<th>{}</th>", Esc(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The stylesheet every page links to.
pub const STYLE: &str = include_str!("style.css");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_become_markup() {
        let name = "<script>alert(1)</script> & \"Co\" 'x'";
        let text = Esc(name).to_string();
        assert_eq!(
            text,
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;x&#39;"
        );
        let href = Href("../party/x/a b\"<>").to_string();
        assert_eq!(href, "../party/x/a%20b%22%3C%3E");
        let frame = Frame {
            title: name,
            title_lang: Some("en\"><x"),
            root: "../",
            iri: Some(name),
            data: true,
        };
        let html = page(&frame, "");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<x"), "{html}");
    }
}
