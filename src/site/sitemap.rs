//! `sitemap.xml`: the page of every document, under the base IRI. Above 50,000 pages (the
//! protocol's limit per file) `sitemap.xml` becomes an index of `sitemap-N.xml` files.

use crate::negotiate::Representation;
use crate::pages::Doc;

/// Most URLs in one sitemap file.
pub const PER_FILE: usize = 50_000;

/// A URL with non-ASCII characters and spaces percent-encoded, escaped for XML.
fn url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '"' => out.push_str("%22"),
            '\'' => out.push_str("%27"),
            c if c.is_ascii() && !c.is_ascii_control() && c != ' ' => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

/// The page URL of a document under `base`.
fn page_url(base: &str, doc: &Doc) -> String {
    match doc {
        Doc::Entity { iri, .. } => format!("{iri}/"),
        d => {
            let path = d.path(Representation::Html);
            format!("{base}{}", path.strip_suffix("index.html").unwrap_or(&path))
        }
    }
}

/// The sitemap files: (file name, content); the first is `sitemap.xml`.
pub fn sitemaps(base: &str, docs: &[Doc]) -> Vec<(String, String)> {
    let urls: Vec<String> = docs.iter().map(|d| url(&page_url(base, d))).collect();
    let urlset = |urls: &[String]| {
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for u in urls {
            out.push_str(&format!("<url><loc>{u}</loc></url>\n"));
        }
        out.push_str("</urlset>\n");
        out
    };
    if urls.len() <= PER_FILE {
        return vec![("sitemap.xml".into(), urlset(&urls))];
    }
    let mut files = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (i, chunk) in urls.chunks(PER_FILE).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "<sitemap><loc>{}</loc></sitemap>\n",
            url(&format!("{base}{name}"))
        ));
        files.push((name, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".into(), index));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_encoded_and_escaped() {
        assert_eq!(url("https://x/person/и a&b"), "https://x/person/%D0%B8%20a&amp;b");
        let docs = vec![Doc::Home, Doc::Year("2020".into())];
        let files = sitemaps("https://x/d/", &docs);
        assert_eq!(files.len(), 1);
        assert!(files[0].1.contains("<loc>https://x/d/</loc>"));
        assert!(files[0].1.contains("<loc>https://x/d/statements/2020.html</loc>"));
        assert!(roxmltree::Document::parse(&files[0].1).is_ok());
    }
}
