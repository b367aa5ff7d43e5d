//! Markdown to numbered lines: headings, quotes, links and escapes undone; list markers and
//! `**bold**` kept, since extraction reads them; pipe-table rows become lines with cells
//! separated by tabs (as HTML table rows do), and their delimiter rows blank lines.

use super::lines::{split_lines, Line};

/// Most characters of a line's indent kept.
const MAX_INDENT: usize = 32;

/// The lines of a Markdown text, with markup a reader does not see removed.
pub fn to_lines(text: &str) -> Vec<Line> {
    split_lines(text)
        .into_iter()
        .map(|line| Line::new(line.no, clean(&line.text)))
        .collect()
}

fn clean(line: &str) -> String {
    if let Some(cells) = table_row(line) {
        return cells;
    }
    // The indent stays: a list indented alike is read by it, as in plain text. Deeper than
    // `MAX_INDENT` it is cut there, so that nested quotes or lists cannot make every line
    // long.
    let indent = &line[..line.len() - line.trim_start().len()];
    let indent = indent
        .char_indices()
        .nth(MAX_INDENT)
        .map_or(indent, |(at, _)| &indent[..at]);
    let cleaned = clean_inline(line.trim_start());
    if cleaned.is_empty() {
        cleaned
    } else {
        format!("{indent}{cleaned}")
    }
}

/// A line's markup removed, its indent already taken off.
fn clean_inline(line: &str) -> String {
    let mut s = line;
    while let Some(rest) = s.strip_prefix('>') {
        s = rest.trim_start();
    }
    let s = s.trim_start_matches('#').trim_start();
    let s = if is_rule(s) { "" } else { s };
    // A whole line in *italics* or _italics_ (not a bullet, not **bold**).
    let s = match (s.strip_prefix(['*', '_']), s.ends_with(['*', '_'])) {
        // A line of one '*' or '_' is not emphasis: nothing is inside it.
        (Some(inner), true)
            if !inner.is_empty()
                && !s.starts_with("**")
                && !s.starts_with("__")
                && !inner.starts_with(' ') =>
        {
            &inner[..inner.len() - 1]
        }
        _ => s,
    };
    unlink(s)
        .replace("\\*", "*")
        .replace("\\_", "_")
        .replace("\\.", ".")
}

/// A pipe-table row (`| Country | Party |`) as tab-separated cleaned cells; a delimiter
/// row (`|---|:---:|`) as an empty line.
fn table_row(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    if cells.len() < 2 {
        return None;
    }
    let delimiter = cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')));
    if delimiter {
        return Some(String::new());
    }
    let cleaned: Vec<String> = cells.iter().map(|c| clean(c)).collect();
    Some(cleaned.join("\t"))
}

/// A thematic break (`---`, `***`, `___`).
fn is_rule(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '_') || t == "***")
}

/// `[text](url)` and `![alt](url)` become `text` / `alt`.
fn unlink(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close_rel) = rest[open..].find("](") else {
            break;
        };
        let close = open + close_rel;
        let Some(end_rel) = rest[close..].find(')') else {
            break;
        };
        let end = close + end_rel;
        let before = rest[..open].strip_suffix('!').unwrap_or(&rest[..open]);
        out.push_str(before);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_one_emphasis_mark_is_read_as_it_is() {
        let lines = to_lines("*\n_\n*a*");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[2], "a");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn markdown_keeps_lists_and_bold_and_drops_the_rest() {
        let lines = to_lines("## Signatories\n\n- [KKE](http://kke.gr), Greece\n> **Name**\n---");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Signatories", "", "- KKE, Greece", "**Name**", ""]);
        assert_eq!(lines[2].no, 3);
    }

    #[test]
    fn indented_lines_keep_their_indent() {
        let lines = to_lines("Also joined:\n\n    UDU Cagliari\n\n    **Legambiente Sardegna**");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Also joined:",
                "",
                "    UDU Cagliari",
                "",
                "    **Legambiente Sardegna**"
            ]
        );
    }

    #[test]
    fn pipe_tables_become_tab_separated_rows() {
        let lines = to_lines("| Kraj | Partia |\n|---|:---:|\n| Dania | [DKP](x) |\nA | B");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Kraj\tPartia", "", "Dania\tDKP", "A | B"]);
    }
}
