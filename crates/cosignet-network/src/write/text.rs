//! Escaping and number formatting shared by the writers.

/// Escapes text for XML content and attribute values (control characters XML 1.0 forbids
/// are dropped).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A number as the writers print it: the shortest text that reads back as the same `f64`,
/// integers with one decimal (`3.0`), never in exponent form.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// A CSV field, quoted when it needs to be.
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A DOT double-quoted string.
pub(crate) fn dot_quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        assert_eq!(number(3.0), "3.0");
        assert_eq!(number(0.1), "0.1");
        for x in [1.0 / 3.0, 1e-20, 123456.789e3, 2.0f64.sqrt()] {
            assert_eq!(number(x).parse::<f64>().unwrap(), x);
            assert!(!number(x).contains('e'));
        }
        assert_eq!(xml_escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }
}
