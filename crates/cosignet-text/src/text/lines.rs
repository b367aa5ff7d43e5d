//! Numbered lines: the form every statement text takes before extraction.

/// One line of a statement text, with the 1-based line of the source file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the source file.
    pub no: usize,
    /// The text of the line, without its line ending.
    pub text: String,
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
        .map(|(i, t)| Line {
            no: i + 1,
            text: t.to_owned(),
        })
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
