//! Numbered lines: the form every statement text takes before extraction.

/// One line of a statement text, with the 1-based line of the source file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the source file; extraction numbers lines apart (see
    /// [`numbered_apart`]) and reads this as the line's identity.
    pub no: usize,
    /// The text of the line, without its line ending.
    pub text: String,
    /// The source file's line it came from: `no` until lines are numbered apart.
    pub source: usize,
}

impl Line {
    /// A line of the source file's line `no`.
    pub fn new(no: usize, text: impl Into<String>) -> Self {
        Line {
            no,
            text: text.into(),
            source: no,
        }
    }
}

/// The lines numbered so that no two share a number, for readers that tell lines by their
/// number: markup breaks one source line into several (`<br>`, table cells, a page written
/// on one line), and those are numbered one after the other. Gaps between source lines stay
/// gaps, so plain text keeps its numbers; each line keeps its source line in `source`.
pub fn numbered_apart(lines: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for l in lines {
        let no = match out.last() {
            Some(p) => p.no + l.source.saturating_sub(p.source).max(1),
            None => l.source,
        };
        out.push(Line {
            no,
            text: l.text.clone(),
            source: l.source,
        });
    }
    out
}

/// How a statement text is marked up, from its file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Plain text.
    Plain,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
}

impl Markup {
    /// The markup for a file extension (`txt`, `md`, `html`...), if it is a statement text.
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Self::Plain),
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// Splits plain text into numbered lines (any of `\n`, `\r\n`, `\r` ends a line).
pub fn split_lines(text: &str) -> Vec<Line> {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .enumerate()
        .map(|(i, t)| Line::new(i + 1, t))
        .collect()
}

/// The numbered lines of a decoded text in the given markup.
pub fn to_lines(text: &str, markup: Markup) -> Vec<Line> {
    match markup {
        Markup::Plain => split_lines(text),
        Markup::Markdown => super::markdown::to_lines(text),
        Markup::Html => super::html::to_lines(text),
    }
}
