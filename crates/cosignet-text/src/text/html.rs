//! HTML to numbered lines: tags stripped, block elements and `<br>` end lines, list items
//! keep a bullet or their number, table rows become lines with cells separated by tabs,
//! `<b>`/`<strong>` become `**`, entities are decoded, and page furniture (`<script>`,
//! `<style>`, `<nav>`, `<footer>`, `<aside>`, and elements whose `id` or `class` says
//! menu, breadcrumb, sidebar, share or comments) is dropped.
//! Each line keeps the source line where its text starts.

use super::lines::Line;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::TokenizerResult;

/// Elements whose content is no part of the statement: code, page furniture, and a
/// picture's caption ("Representatives after the signing. Photo: …").
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "head",
    "nav",
    "footer",
    "aside",
    "noscript",
    "template",
    "svg",
    "form",
    "button",
    "textarea",
    "iframe",
    "select",
    "figcaption",
];
/// Elements that never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
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
    /// Where `<br>` broke a table cell in the current line, and where its cells begin: the
    /// offset in `current`, the source line of the text after it (found when that text
    /// comes), and whether it is a break (or a new cell's tab).
    cell_breaks: Vec<(usize, usize, bool)>,
    /// The last cell break waits for the line number of the text after it.
    break_awaits_text: bool,
    /// Whether the open bold run began its line.
    bold_began_line: bool,
    /// A bold run that began its line has just closed: a capital right after it, with no
    /// space between, starts a new line (see [`Builder::close_bold`]).
    bold_just_closed: bool,
}

/// Most words of a part of a table row (a cell, or a piece of one between `<br>`s) for the
/// row to stay one line when a cell is broken: longer parts are a page laid out in a table.
const MAX_CELL_PART_WORDS: usize = 12;

impl Builder {
    fn flush(&mut self) {
        if self.cell_breaks.iter().any(|&(_, _, is_break)| is_break) {
            self.flush_broken_cells();
        }
        self.cell_breaks.clear();
        self.break_awaits_text = false;
        let text = self.current.trim().to_owned();
        if !text.is_empty() {
            self.lines.push(Line::new(self.current_no, text));
        }
        self.current.clear();
        self.pending_space = false;
    }

    /// `<br>` inside a table cell: the row goes on, and the flush decides (see
    /// [`Builder::flush_broken_cells`]).
    fn break_cell(&mut self) {
        let at = self.current.len();
        let open = !self.current.trim().is_empty() && !self.current.ends_with('\t');
        if open && self.cell_breaks.last().is_none_or(|&(last, _, _)| last < at) {
            self.cell_breaks.push((at, self.current_no, true));
            self.break_awaits_text = true;
        }
        self.pending_space = false;
    }

    /// A table cell after the first of its row: a tab, and where the cell's text begins.
    fn open_cell(&mut self) {
        if !self.current.is_empty() {
            self.cell_breaks
                .push((self.current.len(), self.current_no, false));
            self.break_awaits_text = true;
            self.current.push('\t');
        }
        self.pending_space = false;
    }

    /// A row whose cells `<br>` broke, when its parts are short (otherwise a page laid out
    /// in a table: every part a line of its own, as `<br>` makes outside tables). A row
    /// of cells broken once ("Secretary<br>Jane Doe") is one line with the parts of a cell
    /// joined by a comma, as "Name, role" is written; a row of cells that are blocks
    /// ("Party<br>role<br>Name" side by side) is each cell a block of lines, set apart by
    /// a blank line as the cells are on the screen.
    fn flush_broken_cells(&mut self) {
        let breaks = std::mem::take(&mut self.cell_breaks);
        self.break_awaits_text = false;
        let current = std::mem::take(&mut self.current);
        // The parts of each cell, each with its source line.
        let mut cells: Vec<Vec<(usize, String)>> = vec![Vec::new()];
        let mut from = 0;
        let mut no = self.current_no;
        // A break just before a cell's end comes before the tab at the same offset.
        let mut cuts = breaks.clone();
        cuts.sort_unstable_by_key(|&(at, _, is_break)| (at, !is_break));
        for &(at, next, is_break) in &cuts {
            let part = current[from.min(at)..at].trim().to_owned();
            if let Some(cell) = cells.last_mut() {
                cell.push((no, part));
            }
            no = next;
            if !is_break {
                cells.push(Vec::new());
            }
            from = at + usize::from(!is_break);
        }
        if let Some(cell) = cells.last_mut() {
            cell.push((no, current[from..].trim().to_owned()));
        }
        for cell in &mut cells {
            cell.retain(|(_, p)| !p.is_empty());
        }
        let short = cells
            .iter()
            .flatten()
            .all(|(_, p)| p.split_whitespace().count() <= MAX_CELL_PART_WORDS);
        let most_parts = cells.iter().map(Vec::len).max().unwrap_or(0);
        if short && cells.len() >= 2 && most_parts <= 2 {
            let joined: Vec<String> = cells
                .iter()
                .map(|c| {
                    // A part that ends in its own comma ("Chairman of the Council,<br>...")
                    // takes no second one.
                    c.iter()
                        .map(|(_, p)| p.trim_end_matches(',').trim_end())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect();
            self.current = joined.join("\t");
            return;
        }
        if short && cells.len() >= 2 {
            for cell in cells.into_iter().filter(|c| !c.is_empty()) {
                let ends_at = cell.last().map_or(self.current_no, |(no, _)| *no);
                self.lines
                    .extend(cell.into_iter().map(|(no, text)| Line::new(no, text)));
                self.lines.push(Line::new(ends_at, String::new()));
            }
            return;
        }
        // Lines as `<br>` makes them outside tables.
        let mut from = 0;
        let mut no = self.current_no;
        for (at, next, _) in breaks.into_iter().filter(|&(_, _, is_break)| is_break) {
            let text = current[from..at].trim().to_owned();
            if !text.is_empty() {
                self.lines.push(Line::new(no, text));
            }
            from = at;
            no = next;
        }
        self.current = current[from..].to_owned();
        self.current_no = no;
    }

    fn push_text(&mut self, text: &str, line_no: usize, pre: bool) {
        // Control characters (from `&#x1b;` and the like) are no text.
        for c in text
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        {
            if c.is_whitespace() && !pre {
                self.pending_space = !self.current.is_empty();
                self.bold_just_closed = false;
                continue;
            }
            if std::mem::take(&mut self.bold_just_closed) && c.is_uppercase() && !self.pending_space {
                self.flush();
                self.current_no = line_no;
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
            if self.break_awaits_text {
                self.break_awaits_text = false;
                if let Some(last) = self.cell_breaks.last_mut() {
                    last.1 = line_no;
                }
            }
            self.current.push(c);
        }
    }

    /// `<b>` or `<strong>`: the marker `**`, and whether the run begins its line.
    fn open_bold(&mut self, line_no: usize) {
        self.bold_began_line = self.current.trim().is_empty();
        self.push_marker("**", line_no);
    }

    /// The end of a bold run. A run that began its line and is followed by a capital with
    /// no space between ("<b>Partia Zieloni</b>Magdalena Rutkowska") is a heading the page's
    /// style sets on a line of its own: read side by side, the two would be one word.
    fn close_bold(&mut self, line_no: usize, in_cell: bool) {
        self.push_marker("**", line_no);
        self.bold_just_closed = std::mem::take(&mut self.bold_began_line)
            && !in_cell
            && self
                .current
                .trim_end_matches('*')
                .ends_with(|c: char| c.is_alphanumeric() || c == ')');
    }

    fn push_marker(&mut self, marker: &str, line_no: usize) {
        self.bold_just_closed = false;
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

/// Dates an HTML page gives in its markup rather than its text: the publication time of
/// its `<meta>` tags (`article:published_time`, `datePublished`, ...) and every
/// `<time datetime>`, each with its source line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The page's publication time as its metadata states it.
    pub published: Option<Stamp>,
    /// Every `<time datetime="...">` in the page's text, in order.
    pub times: Vec<Stamp>,
}

/// A machine-readable date or time from the markup, and the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// 1-based source line.
    pub line: usize,
    /// The attribute value as written (ISO 8601, possibly with a time).
    pub value: String,
}

/// Words of an `id` or `class` that mark an element as page furniture (a menu, a
/// breadcrumb trail, a sidebar, share buttons, comments, a footer; Joomla's side modules
/// and their latest-news lists), compared with each hyphen- or
/// underscore-separated part: `<ul id="menu">`, `<div class="share-buttons">`.
const FURNITURE_WORDS: &[&str] = &[
    "menu",
    "nav",
    "navbar",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "ariane",
    "sidebar",
    "share",
    "sharing",
    "social",
    "comments",
    "related",
    "cookie",
    "cookies",
    "widget",
    "footer",
    "moduletable",
    "latestnews",
];

/// Elements that hold a page's text itself: never dropped for their class (a `<body
/// class="has-sidebar">`).
const CONTAINERS: &[&str] = &["html", "body", "main", "article"];

/// Whether a start tag's `id` or `class` names page furniture.
fn is_furniture(name: &str, attrs: &[(String, String)]) -> bool {
    !CONTAINERS.contains(&name)
        && attrs
            .iter()
            .filter(|(n, _)| n == "id" || n == "class")
            .flat_map(|(_, v)| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
            .any(|w| FURNITURE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// `<meta>` names and properties that state when a page was published.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "date",
    "pubdate",
];

/// One token of the page, as the builder needs it.
enum Event {
    /// Text, with the source line where it starts.
    Text(String, usize),
    /// A start tag: name, whether it closes itself, its attributes (name, value).
    Start(String, bool, Vec<(String, String)>, usize),
    /// An end tag.
    End(String, usize),
}

/// Collects tokens from html5ever's tokenizer and tells it when an element's content is
/// raw text (script, style, textarea, title...), so that no tag inside it is read.
#[derive(Default)]
struct Sink {
    events: std::cell::RefCell<Vec<Event>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let line = usize::try_from(line_number).unwrap_or(usize::MAX);
        let mut events = self.events.borrow_mut();
        match token {
            Token::CharacterTokens(text) => {
                // The tokenizer reports the line after the run; the run starts earlier by
                // the newlines it holds.
                let start = line.saturating_sub(text.matches('\n').count()).max(1);
                match events.last_mut() {
                    Some(Event::Text(prev, _)) => prev.push_str(&text),
                    _ => events.push(Event::Text(text.to_string(), start)),
                }
            }
            Token::NullCharacterToken => {}
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                match tag.kind {
                    TagKind::StartTag => {
                        let attrs = tag
                            .attrs
                            .iter()
                            .map(|a| (a.name.local.to_string(), a.value.to_string()))
                            .collect();
                        events.push(Event::Start(name.clone(), tag.self_closing, attrs, line));
                        if !tag.self_closing {
                            return match name.as_str() {
                                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                                "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                                    TokenSinkResult::RawData(RawKind::Rawtext)
                                }
                                "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                                "plaintext" => TokenSinkResult::Plaintext,
                                _ => TokenSinkResult::Continue,
                            };
                        }
                    }
                    TagKind::EndTag => events.push(Event::End(name, line)),
                }
            }
            Token::CommentToken(_) | Token::DoctypeToken(_) | Token::EOFToken | Token::ParseError(_) => {}
        }
        TokenSinkResult::Continue
    }
}

/// The page's tokens, by html5ever's tokenizer (the WHATWG algorithm: entities, `<` in
/// text, `>` in attribute values, raw-text elements).
fn tokens(html: &str) -> Vec<Event> {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    tokenizer.sink.events.take()
}

/// The lines of an HTML document as a reader sees them.
pub fn to_lines(html: &str) -> Vec<Line> {
    read(html).0
}

/// The lines of an HTML document as a reader sees them, and the dates of its markup.
pub fn read(html: &str) -> (Vec<Line>, PageMeta) {
    let mut b = Builder {
        lines: Vec::new(),
        current: String::new(),
        current_no: 1,
        pending_space: false,
        cell_breaks: Vec::new(),
        break_awaits_text: false,
        bold_began_line: false,
        bold_just_closed: false,
    };
    let mut meta = PageMeta::default();
    let mut skip_depth: Vec<String> = Vec::new();
    let mut ordered: Vec<Option<usize>> = Vec::new();
    let mut pre = 0usize;
    // The element of page furniture being skipped, and how deep its name nests inside it.
    let mut furniture: Option<(String, usize)> = None;
    // How many lines there were when the open paragraph began, and whether the paragraph
    // before was set apart as a block.
    let mut paragraph_from: Option<usize> = None;
    let mut after_block = false;
    // The open `<div>`s: how many lines there were when each began, and whether a block
    // element opened inside it.
    let mut divs: Vec<(usize, bool)> = Vec::new();
    // Whether a table cell is open, where `<br>` does not end the row's line.
    let mut in_cell = false;
    for event in tokens(html) {
        let (name, closing, line_no) = match event {
            Event::Text(text, line_no) => {
                if skip_depth.is_empty() && furniture.is_none() {
                    // Text may span lines: feed it line by line to keep numbers right.
                    for (i, part) in text.split('\n').enumerate() {
                        if i > 0 {
                            if pre > 0 {
                                b.flush();
                            } else {
                                b.pending_space = !b.current.is_empty();
                            }
                        }
                        b.push_text(part, line_no + i, pre > 0);
                    }
                }
                continue;
            }
            Event::Start(name, self_closing, attrs, line_no) => {
                read_meta(&name, &attrs, line_no, &mut meta, skip_depth.is_empty());
                // Inside furniture, count the elements of its name to find its end.
                if let Some((furniture, depth)) = &mut furniture {
                    if *furniture == name && !self_closing && !VOID.contains(&name.as_str()) {
                        *depth += 1;
                    }
                    continue;
                }
                if !self_closing && !VOID.contains(&name.as_str()) && is_furniture(&name, &attrs) {
                    b.flush();
                    furniture = Some((name, 1));
                    continue;
                }
                if SKIPPED.contains(&name.as_str()) {
                    if !self_closing {
                        skip_depth.push(name);
                    }
                    continue;
                }
                (name, false, line_no)
            }
            Event::End(name, line_no) => {
                if let Some((furniture_name, depth)) = &mut furniture {
                    if *furniture_name == name {
                        *depth -= 1;
                        if *depth == 0 {
                            furniture = None;
                        }
                    }
                    continue;
                }
                if SKIPPED.contains(&name.as_str()) {
                    if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                        skip_depth.truncate(pos);
                    }
                    continue;
                }
                (name, true, line_no)
            }
        };
        if !skip_depth.is_empty() {
            continue;
        }
        if !closing && name != "br" && BLOCKS.contains(&name.as_str()) {
            if let Some(parent) = divs.last_mut() {
                parent.1 = true;
            }
        }
        match (name.as_str(), closing) {
            ("b" | "strong", false) => b.open_bold(line_no),
            // A `<div>` of lines and no blocks ("Party" / "Person" / "role", broken by `<br>`
            // or a bold heading) is set apart by a blank line as a paragraph of them is.
            ("div", false) => {
                b.flush();
                divs.push((b.lines.len(), false));
            }
            ("div", true) => {
                b.flush();
                if let Some((from, false)) = divs.pop() {
                    if b.lines.len() - from >= 2 {
                        b.lines.push(Line::new(line_no, String::new()));
                    }
                }
            }
            // Not in a table's cell, whose lines the row's flush decides.
            ("b" | "strong", true) => b.close_bold(line_no, in_cell),
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
                b.open_cell();
                in_cell = true;
            }
            ("td" | "th", true) => in_cell = false,
            ("br", _) if in_cell => b.break_cell(),
            // A paragraph broken into lines by `<br>` is a block of its own ("Party" /
            // "Person" / "role"): a blank line after it sets it apart, as its margin does
            // on the screen; so does one of a single line among such blocks.
            ("p", false) => {
                b.flush();
                paragraph_from = Some(b.lines.len());
            }
            ("p", true) => {
                b.flush();
                let written = paragraph_from.take().map_or(0, |from| b.lines.len() - from);
                after_block = written >= 2 || (after_block && written == 1);
                if after_block {
                    b.lines.push(Line::new(line_no, String::new()));
                }
            }
            (n, _) if BLOCKS.contains(&n) => {
                if matches!(n, "tr" | "table" | "tbody" | "thead") {
                    in_cell = false;
                }
                b.flush()
            }
            _ => {}
        }
    }
    b.flush();
    // The tokenizer may report a run of text a line late when it had to look past a
    // newline (a '<' that opens no tag, before a line break): no line past the last.
    let last = html.replace("\r\n", "\n").split(['\n', '\r']).count();
    for line in &mut b.lines {
        line.no = line.no.min(last);
    }
    (b.lines, meta)
}

/// Publication metadata (`<meta property=... content=...>`, anywhere) and `<time
/// datetime>` in the page's text.
fn read_meta(name: &str, attrs: &[(String, String)], line: usize, meta: &mut PageMeta, in_text: bool) {
    let attr = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim());
    match name {
        "meta" => {
            let label = attr("property")
                .or_else(|| attr("name"))
                .or_else(|| attr("itemprop"))
                .map(str::to_ascii_lowercase);
            let content = attr("content").filter(|c| !c.is_empty());
            if let (Some(label), Some(content)) = (label, content) {
                if meta.published.is_none() && PUBLISHED_META.contains(&label.as_str()) {
                    meta.published = Some(Stamp {
                        line,
                        value: content.to_owned(),
                    });
                }
            }
        }
        "time" if in_text => {
            if let Some(value) = attr("datetime").filter(|v| !v.is_empty()) {
                meta.times.push(Stamp {
                    line,
                    value: value.to_owned(),
                });
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bold_name_glued_to_its_signer_and_a_div_of_lines_are_set_apart() {
        // Invented: signature blocks whose style puts the bold party on a line of its own.
        let html = "<div class=\"sig\"><b>Partia Przykładowa</b>Anna Nowak<br>przewodnicząca</div>\n\
            <div class=\"sig\"><strong>Strana Vzorová</strong>Jan Novák<br>předseda</div>\n\
            <p>Zwykły <b>tekst</b>Dalej i <b>Nazwa</b> Osoba</p>\n\
            <table><tr><td><b>Partido Uno</b><br>Ana Ruiz</td><td><b>Partido Dos</b>Directiva</td></tr></table>";
        let texts: Vec<String> = to_lines(html).into_iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "**Partia Przykładowa**",
                "Anna Nowak",
                "przewodnicząca",
                "",
                "**Strana Vzorová**",
                "Jan Novák",
                "předseda",
                "",
                "Zwykły **tekst**Dalej i **Nazwa** Osoba",
                "**Partido Uno**, Ana Ruiz\t**Partido Dos**Directiva",
            ]
        );
    }

    #[test]
    fn menus_sidebars_and_share_rows_named_by_class_are_dropped() {
        let html = "<body class=\"single has-sidebar\">\n<ul id=\"menu\"><li><a>Le Parti</a></li><li><a>Contact</a></li></ul>\n\
            <p class=\"ariane\">Accueil &gt; International</p>\n<h1>Appel</h1>\n\
            <div class=\"widget-area\"><div><p>Parti A</p></div><p>Parti B</p></div>\n<br class=\"nav\">\n\
            <ul><li>Parti communiste</li></ul>\n\
            <div class=\"moduletable\"><h3>Ultimi</h3><ul class=\"latestnews\"><li>Il PD vota</li></ul></div>\n\
            <div id=\"footer\">Partito della Rifondazione Comunista - Federazione</div>\n</body>";
        let texts: Vec<String> = to_lines(html).into_iter().map(|l| l.text).collect();
        assert_eq!(texts, ["Appel", "- Parti communiste"]);
    }

    #[test]
    fn breaks_in_table_cells_keep_rows_and_blocks_together() {
        // Invented rows: a role above the name in one cell; cells that are whole blocks
        // side by side; a page laid out in a table cell, whose breaks end lines as usual.
        let html = "<table>\n<tr><td>Partido Uno</td>\n<td>Presidente<br>\n<b>Ana Ruiz</b></td></tr>\n\
            <tr><td><b>Partido Dos</b><br>Secretario<br>Luis Vidal</td>\n\
            <td><b>Partido Tres</b><br>Presidenta<br>Marta Díaz</td></tr>\n</table>\n\
            <table><tr><td>Menu</td><td>A long first paragraph of the article that runs on for many words before it breaks<br>\n\
            Partido Cuatro<br>\nPartido Cinco</td></tr></table>";
        let lines = to_lines(html);
        let texts: Vec<(usize, &str)> = lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (2, "Partido Uno\tPresidente, **Ana Ruiz**"),
                (5, "**Partido Dos**"),
                (5, "Secretario"),
                (5, "Luis Vidal"),
                (5, ""),
                (6, "**Partido Tres**"),
                (6, "Presidenta"),
                (6, "Marta Díaz"),
                (6, ""),
                (8, "Menu\tA long first paragraph of the article that runs on for many words before it breaks"),
                (9, "Partido Cuatro"),
                (10, "Partido Cinco"),
            ]
        );
        // A part that ends in its own comma before the break takes no second one.
        let html =
            "<table><tr><td>Presidente del Consejo,<br>Secretario del CC</td><td>Ana Ruiz</td></tr></table>";
        let texts: Vec<String> = to_lines(html).into_iter().map(|l| l.text).collect();
        assert_eq!(texts, ["Presidente del Consejo, Secretario del CC\tAna Ruiz"]);
    }

    #[test]
    fn no_line_number_past_the_last_line() {
        // Found by fuzzing: a '<' that opens no tag before a line break, inside <pre>.
        let bytes: &[u8] = b"\xc9<j\x01\xd5\n\x0c\x00\x00\x00><pre\n\x0c><\n\x0c\x00\x00\x00\x00\x00>";
        let text = String::from_utf8_lossy(bytes);
        for line in to_lines(&text) {
            assert!((1..=4).contains(&line.no), "{line:?}");
        }
    }

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

    fn texts(html: &str) -> Vec<String> {
        to_lines(html).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_pictures_caption_is_no_text_of_the_statement() {
        // Invented caption under a photo; the caption reads like a list of parties.
        let html = "<h1>Deklaracja</h1>\n<figure><img src=\"a.jpg\">\n<figcaption>Przedstawiciele partii po \
            podpisaniu dokumentu. Fot. Przegląd Testowy / M. Próbny</figcaption></figure>\n<p>Tekst.</p>";
        assert_eq!(texts(html), ["Deklaracja", "Tekst."]);
    }

    #[test]
    fn a_paragraph_of_broken_lines_is_a_block_set_apart() {
        // Blocks of "organisation / person / role" in paragraphs, one of a single line
        // among them; a paragraph of one line elsewhere is not set apart.
        let html = "<p>Intro</p><p>Partia Razem<br>Anna Kowal<br>rzeczniczka</p>\n<p>Unia Pracy</p>\n<p>PPS<br>Jan Lis</p>\n<div>Stopka</div>";
        assert_eq!(
            texts(html),
            [
                "Intro",
                "Partia Razem",
                "Anna Kowal",
                "rzeczniczka",
                "",
                "Unia Pracy",
                "",
                "PPS",
                "Jan Lis",
                "",
                "Stopka"
            ]
        );
    }

    #[test]
    fn unknown_entities_and_bare_ampersands_survive() {
        assert_eq!(texts("<p>A & B &foo; &#x41;</p>"), ["A & B &foo; A"]);
    }

    #[test]
    fn signs_in_text_and_attributes_do_not_swallow_text() {
        assert_eq!(
            texts("<p>3 < 5 and 7 > 2</p><p title=\"a > b\">Partia <i>Razem</i></p>"),
            ["3 < 5 and 7 > 2", "Partia Razem"]
        );
    }

    #[test]
    fn every_named_entity_is_decoded_and_controls_are_dropped() {
        assert_eq!(
            texts("<p>Zwi&#261;zek Komunist&oacute;w Polskich &bdquo;Proletariat&rdquo; &lstrok;&oacute;d&zacute;</p><p>a&#0;b&#x1b;[31mc</p>"),
            ["Związek Komunistów Polskich „Proletariat” łódź", "a\u{fffd}b[31mc"]
        );
    }

    #[test]
    fn raw_text_elements_are_skipped() {
        let html = "<script>if (a < b) { document.write('<p>KKE</p>') }</script>\
            <style>p > a { x: 1 }</style><textarea><b>PCP</b></textarea><p>AKEL</p>";
        assert_eq!(texts(html), ["AKEL"]);
    }

    #[test]
    fn publication_metadata_and_time_elements_are_read_with_their_lines() {
        let html = "<html><head>\n<meta property=\"article:published_time\" content=\"2015-06-08T10:00:00+02:00\">\n</head>\n\
            <body><p>Posted <time datetime=\"2015-06-09\">Tuesday</time></p></body></html>";
        let (lines, meta) = read(html);
        assert_eq!(
            meta.published,
            Some(Stamp {
                line: 2,
                value: "2015-06-08T10:00:00+02:00".into()
            })
        );
        assert_eq!(
            meta.times,
            [Stamp {
                line: 4,
                value: "2015-06-09".into()
            }]
        );
        assert_eq!(lines[0].text, "Posted Tuesday");
    }
}
