//! HTML to numbered lines: tags stripped, block elements and `<br>` end lines, list items
//! keep a bullet or their number, table rows become lines with cells separated by tabs,
//! `<b>`/`<strong>` become `**`, entities are decoded, and page furniture (`<script>`,
//! `<style>`, `<nav>`, `<footer>`, `<aside>`) is dropped.
//! Each line keeps the source line where its text starts.

use super::lines::Line;

const SKIPPED: &[&str] = &[
    "script", "style", "head", "nav", "footer", "aside", "noscript", "template", "svg", "form", "button",
    "select",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "dt",
    "dd",
    "dl",
    "header",
    "main",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "address",
    "center",
    "tbody",
    "thead",
    "body",
    "html",
];

struct Builder {
    lines: Vec<Line>,
    current: String,
    current_no: usize,
    pending_space: bool,
}

impl Builder {
    fn flush(&mut self) {
        let text = self.current.trim().to_owned();
        if !text.is_empty() {
            self.lines.push(Line {
                no: self.current_no,
                text,
            });
        }
        self.current.clear();
        self.pending_space = false;
    }

    fn push_text(&mut self, text: &str, line_no: usize, pre: bool) {
        for c in text.chars() {
            if c.is_whitespace() && !pre {
                self.pending_space = !self.current.is_empty();
                continue;
            }
            if c == '\n' {
                self.flush();
                continue;
            }
            if self.current.is_empty() {
                self.current_no = line_no;
            }
            if self.pending_space {
                self.current.push(' ');
                self.pending_space = false;
            }
            self.current.push(c);
        }
    }

    fn push_marker(&mut self, marker: &str, line_no: usize) {
        if self.current.is_empty() {
            self.current_no = line_no;
        }
        if self.pending_space {
            self.current.push(' ');
            self.pending_space = false;
        }
        self.current.push_str(marker);
    }
}

/// The lines of an HTML document as a reader sees them.
pub fn to_lines(html: &str) -> Vec<Line> {
    let mut b = Builder {
        lines: Vec::new(),
        current: String::new(),
        current_no: 1,
        pending_space: false,
    };
    let mut line_no = 1;
    let mut skip_depth: Vec<String> = Vec::new();
    let mut ordered: Vec<Option<usize>> = Vec::new();
    let mut pre = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_depth.is_empty() {
                b.push_text(&decode_entities(rest), line_no, pre > 0);
            }
            break;
        };
        let (text, after) = rest.split_at(lt);
        if skip_depth.is_empty() {
            // Text may span lines: feed it line by line to keep numbers right.
            for (i, part) in text.split('\n').enumerate() {
                if i > 0 {
                    if pre > 0 {
                        b.flush();
                    } else {
                        b.pending_space = !b.current.is_empty();
                    }
                }
                b.push_text(&decode_entities(part), line_no + i, pre > 0);
            }
        }
        line_no += text.matches('\n').count();
        // A comment or declaration runs to its own terminator.
        let (tag_len, tag) = if after.starts_with("<!--") {
            let end = after.find("-->").map_or(after.len(), |e| e + 3);
            (end, None)
        } else {
            let end = after.find('>').map_or(after.len(), |e| e + 1);
            (end, Some(&after[1..end.saturating_sub(1).max(1)]))
        };
        line_no += after[..tag_len].matches('\n').count();
        rest = &after[tag_len..];
        let Some(tag) = tag else { continue };
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if SKIPPED.contains(&name.as_str()) {
            if closing {
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                }
            } else if !tag.ends_with('/') {
                skip_depth.push(name);
            }
            continue;
        }
        if !skip_depth.is_empty() {
            continue;
        }
        match (name.as_str(), closing) {
            ("b" | "strong", _) => b.push_marker("**", line_no),
            ("ol", false) => {
                b.flush();
                ordered.push(Some(0));
            }
            ("ul", false) => {
                b.flush();
                ordered.push(None);
            }
            ("ol" | "ul", true) => {
                b.flush();
                ordered.pop();
            }
            ("li", false) => {
                b.flush();
                let marker = match ordered.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{n}. ")
                    }
                    _ => "- ".to_owned(),
                };
                b.push_marker(&marker, line_no);
            }
            ("pre", false) => {
                b.flush();
                pre += 1;
            }
            ("pre", true) => {
                b.flush();
                pre = pre.saturating_sub(1);
            }
            // Table cells stay on their row's line, separated by a tab.
            ("td" | "th", false) => {
                if !b.current.is_empty() {
                    b.current.push('\t');
                }
                b.pending_space = false;
            }
            ("td" | "th", true) => {}
            (n, _) if BLOCKS.contains(&n) => b.flush(),
            _ => {}
        }
    }
    b.flush();
    b.lines
}

/// Decodes character references: numeric ones and the named ones statements use.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let end = tail[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let c = if let Some(num) = name.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                n.and_then(char::from_u32).map(|c| c.to_string())
            } else {
                named_entity(name).map(str::to_owned)
            }?;
            let consumed = if tail[e..].starts_with(';') { e + 1 } else { e };
            Some((c, consumed))
        });
        match decoded {
            Some((c, consumed)) => {
                out.push_str(&c);
                rest = &tail[consumed..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "ensp" | "emsp" | "thinsp" => " ",
        "rsquo" => "\u{2019}",
        "lsquo" => "\u{2018}",
        "rdquo" => "\u{201d}",
        "ldquo" => "\u{201c}",
        "bdquo" => "\u{201e}",
        "sbquo" => "\u{201a}",
        "laquo" => "\u{ab}",
        "raquo" => "\u{bb}",
        "lsaquo" => "\u{2039}",
        "rsaquo" => "\u{203a}",
        "dagger" => "\u{2020}",
        "trade" => "\u{2122}",
        "times" => "\u{d7}",
        "minus" => "\u{2212}",
        "larr" => "\u{2190}",
        "rarr" => "\u{2192}",
        "uarr" => "\u{2191}",
        "darr" => "\u{2193}",
        "iexcl" => "\u{a1}",
        "iquest" => "\u{bf}",
        "ordf" => "\u{aa}",
        "ordm" => "\u{ba}",
        "pound" => "\u{a3}",
        "yen" => "\u{a5}",
        "cent" => "\u{a2}",
        "para" => "\u{b6}",
        "frac12" => "\u{bd}",
        "frac14" => "\u{bc}",
        "frac34" => "\u{be}",
        "acute" => "\u{b4}",
        "uml" => "\u{a8}",
        "ccaron" => "č",
        "Ccaron" => "Č",
        "scaron" => "š",
        "Scaron" => "Š",
        "zcaron" => "ž",
        "Zcaron" => "Ž",
        "rcaron" => "ř",
        "ecaron" => "ě",
        "Oslash" => "Ø",
        "Aring" => "Å",
        "AElig" => "Æ",
        "OElig" => "Œ",
        "yuml" => "ÿ",
        "eth" => "ð",
        "thorn" => "þ",
        "ndash" => "\u{2013}",
        "mdash" => "\u{2014}",
        "hellip" => "\u{2026}",
        "bull" => "\u{2022}",
        "middot" => "\u{b7}",
        "shy" => "",
        "copy" => "\u{a9}",
        "reg" => "\u{ae}",
        "deg" => "\u{b0}",
        "euro" => "\u{20ac}",
        "sect" => "\u{a7}",
        "aacute" => "á",
        "Aacute" => "Á",
        "agrave" => "à",
        "Agrave" => "À",
        "acirc" => "â",
        "Acirc" => "Â",
        "atilde" => "ã",
        "Atilde" => "Ã",
        "auml" => "ä",
        "Auml" => "Ä",
        "aring" => "å",
        "ccedil" => "ç",
        "Ccedil" => "Ç",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "Egrave" => "È",
        "ecirc" => "ê",
        "Ecirc" => "Ê",
        "euml" => "ë",
        "iacute" => "í",
        "Iacute" => "Í",
        "igrave" => "ì",
        "icirc" => "î",
        "iuml" => "ï",
        "ntilde" => "ñ",
        "Ntilde" => "Ñ",
        "oacute" => "ó",
        "Oacute" => "Ó",
        "ograve" => "ò",
        "ocirc" => "ô",
        "otilde" => "õ",
        "ouml" => "ö",
        "Ouml" => "Ö",
        "oslash" => "ø",
        "uacute" => "ú",
        "Uacute" => "Ú",
        "ugrave" => "ù",
        "ucirc" => "û",
        "uuml" => "ü",
        "Uuml" => "Ü",
        "szlig" => "ß",
        "yacute" => "ý",
        "oelig" => "œ",
        "aelig" => "æ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_lists_breaks_and_entities_become_lines() {
        let html = "<html><head><title>x</title></head><body>\n<nav><a>Home</a></nav>\n\
            <h1>Joint   statement</h1>\n<p>Signed by:</p>\n<ol>\n<li>PCP &amp; friends</li>\n\
            <li>Workers&#8217; Party<br>second</li></ol>\n<p><strong>Name</strong>&nbsp;X</p></body></html>";
        let lines = to_lines(html);
        let texts: Vec<(usize, &str)> = lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (3, "Joint statement"),
                (4, "Signed by:"),
                (6, "1. PCP & friends"),
                (7, "2. Workers\u{2019} Party"),
                (7, "second"),
                (8, "**Name** X"),
            ]
        );
    }

    #[test]
    fn unknown_entities_and_bare_ampersands_survive() {
        assert_eq!(decode_entities("A & B &foo; &#x41;"), "A & B &foo; A");
    }
}
