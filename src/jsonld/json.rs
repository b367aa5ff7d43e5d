//! A JSON value whose object keys keep the order they were written in, printed with two
//! spaces of indentation (serde_json's map would sort `id` and `type` among the others).

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// A string.
    Str(String),
    /// A number, as written.
    Num(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, keys in order.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// A string value.
    pub fn str(s: &str) -> Self {
        Self::Str(s.to_owned())
    }

    /// One value as itself, several as an array.
    pub fn one_or_many(mut values: Vec<Json>) -> Self {
        if values.len() == 1 {
            values.pop().expect("one value")
        } else {
            Self::Arr(values)
        }
    }

    /// The value printed with two spaces of indentation.
    pub fn pretty(&self) -> String {
        self.pretty_at(0)
    }

    /// The value printed as if nested `depth` levels deep (its first line not indented).
    pub fn pretty_at(&self, depth: usize) -> String {
        let mut out = String::new();
        self.write(&mut out, depth);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, d: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", d));
        };
        match self {
            Self::Str(s) => out.push_str(&serde_json::to_string(s).expect("strings serialise")),
            Self::Num(n) => out.push_str(n),
            Self::Arr(items) if items.is_empty() => out.push_str("[]"),
            Self::Obj(items) if items.is_empty() => out.push_str("{}"),
            Self::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Self::Obj(items) => {
                out.push('{');
                for (i, (key, value)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    out.push_str(&serde_json::to_string(key).expect("strings serialise"));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_their_order_and_strings_are_escaped() {
        let v = Json::Obj(vec![
            ("id".into(), Json::str("x")),
            (
                "a".into(),
                Json::Arr(vec![Json::Num("1".into()), Json::str("\"<&>\n")]),
            ),
        ]);
        let text = v.pretty();
        assert!(text.find("\"id\"").unwrap() < text.find("\"a\"").unwrap());
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["a"][1], "\"<&>\n");
    }
}
