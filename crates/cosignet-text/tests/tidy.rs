//! Tidy checks of the languages as data (`data/lang`, `src/lang`): every language file
//! loads and has every section, non-empty where the concept applies to every language; no
//! duplicate inside a section; entries written folded; every section read by the code; every
//! language named in the gazetteer; and no word list left in Rust source.

use cosignet_text::lang::{self, Words};
use cosignet_text::reference::countries::Gazetteer;
use cosignet_text::text::fold::fold;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The text crate's folder.
fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sections of a language file and their keys (no keys: the section is a map of words).
const SECTIONS: &[(&str, &[&str])] = &[
    ("detection", &["stopwords"]),
    ("spoken_in", &["countries"]),
    (
        "organisations",
        &["prefixes", "key_words", "party_noun", "groups", "branches"],
    ),
    ("abbreviations", &["parties", "key", "spelled_out"]),
    ("identity_key", &["dropped", "in_words", "words"]),
    ("organs", &["phrases", "stems", "links"]),
    ("roles", &["heads", "qualifiers", "ordinals"]),
    ("lead_ins", &["phrases", "before_colon"]),
    ("on_behalf", &["strong", "weak"]),
    (
        "signing",
        &[
            "signed_by",
            "verbs",
            "backing",
            "agents",
            "led_by",
            "passive",
            "proposed_by",
            "not_signed",
            "represented",
            "represented_by",
            "including",
            "negations",
        ],
    ),
    ("conjunctions", &["plain", "other", "respectively"]),
    (
        "headlines",
        &["document_words", "name_words", "function_words", "topic_links"],
    ),
    (
        "page",
        &[
            "navigation",
            "menu",
            "page_words",
            "comments",
            "phone",
            "byline",
            "share",
            "captions",
            "contact",
        ],
    ),
    ("tables", &["column_headings"]),
    (
        "names",
        &[
            "particles",
            "titles",
            "address_forms",
            "signature_marks",
            "postnominals",
            "place_abbreviations",
        ],
    ),
    (
        "grammar",
        &[
            "articles",
            "more_articles",
            "of_links",
            "country_articles",
            "with_links",
            "from_links",
            "possessives",
            "copulas",
        ],
    ),
    (
        "dates",
        &[
            "weekdays",
            "yesterday",
            "line_words",
            "fillers",
            "publication",
            "updated",
            "labels",
            "until",
            "place_openers",
        ],
    ),
    ("months", &[]),
    ("numbers", &[]),
    ("counts", &["nouns", "breakers"]),
    (
        "meetings",
        &["place_phrases", "dated", "met", "adopted", "at_place"],
    ),
    ("salutations", &["words"]),
    ("stemmer", &["endings"]),
];

/// The sections of `shared.toml` and their keys.
const SHARED_SECTIONS: &[(&str, &[&str])] = &[
    ("identity_key", &["match_order", "slug_order", "words"]),
    ("organisations", &["prefixes"]),
    ("names", &["particles"]),
    ("page", &["phone"]),
];

/// Keys a language may leave empty, because the concept does not apply to every language:
/// everything else must be non-empty in every file.
const MAY_BE_EMPTY: &[&str] = &[
    "abbreviations.parties",     // Russian names have no generic Latin abbreviation
    "abbreviations.key",         // only abbreviations the identity key expands
    "abbreviations.spelled_out", // only English ones are spelled out
    "organs.links",              // Polish and Russian use the genitive, no "of"
    "roles.qualifiers",          // Polish roles need none besides their heads
    "roles.ordinals",            // only Polish and Russian write "I sekretarz"
    "lead_ins.before_colon",     // not every language writes "Signed:"
    "on_behalf.weak",            // Polish and Russian have only the strong openers
    "signing.passive",           // only German
    "signing.agents",            // Russian names the agent by case, with no word
    "signing.represented_by",    // Russian names the signer by case ("в лице" + genitive)
    "conjunctions.other",        // most languages have only the plain "and"
    "page.menu",                 // Russian sites' menus are not read
    "page.byline",               // Russian bylines are not read
    "names.particles",           // English, Polish and Russian names have none
    "names.postnominals",        // only English and German names carry letters after them
    "grammar.articles",          // Polish and Russian have no articles
    "grammar.more_articles",
    "grammar.of_links",
    "grammar.country_articles",
    "grammar.from_links", // in Romance languages "de"/"di" also links a name to its last part
    "dates.fillers",      // German, Polish and Russian dates have none
];

/// Keys whose entries are not compared folded (so need not be written folded).
const NOT_FOLDED: &[&str] = &[
    "spoken_in.countries",       // country keys, in capitals
    "abbreviations.spelled_out", // written forms
    "meetings.at_place",         // compared lowercased, accents kept ("à")
];

fn loaded() -> lang::Loaded {
    let (languages, shared) = lang::bundled_files();
    lang::load(languages, shared).unwrap_or_else(|e| panic!("{e}"))
}

/// `section.key` paths of a table, as [`SECTIONS`] lists them (maps stop at the section).
fn paths_of(table: &toml::Table, sections: &[(&str, &[&str])]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (section, value) in table {
        let keys = sections.iter().find(|(s, _)| s == section).map(|(_, k)| *k);
        match (value.as_table(), keys) {
            (Some(t), Some(keys)) if !keys.is_empty() => {
                out.extend(t.keys().map(|k| format!("{section}.{k}")));
            }
            _ => {
                out.insert(section.clone());
            }
        }
    }
    out
}

fn listed(sections: &[(&str, &[&str])]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (section, keys) in sections {
        if keys.is_empty() {
            out.insert((*section).to_owned());
        }
        out.extend(keys.iter().map(|k| format!("{section}.{k}")));
    }
    out
}

fn value_at<'a>(table: &'a toml::Table, path: &str) -> Option<&'a toml::Value> {
    let (section, key) = path.split_once('.').unwrap_or((path, ""));
    let v = table.get(section)?;
    if key.is_empty() {
        Some(v)
    } else {
        v.get(key)
    }
}

fn is_empty(v: &toml::Value) -> bool {
    match v {
        toml::Value::Array(a) => a.is_empty(),
        toml::Value::Table(t) => t.is_empty(),
        _ => false,
    }
}

/// Every file loads; the struct's sections and keys (as serialised) are those [`SECTIONS`]
/// lists; every key but those of [`MAY_BE_EMPTY`] is non-empty in every language.
#[test]
fn every_language_file_loads_with_every_section() {
    let loaded = loaded();
    assert!(loaded.languages.len() >= 8, "data/lang holds the eight languages");
    let listed = listed(SECTIONS);
    for l in &loaded.languages {
        let value = toml::Table::try_from(&l.words).expect("words serialise");
        assert_eq!(
            paths_of(&value, SECTIONS),
            listed,
            "{}.toml against SECTIONS",
            l.code
        );
        for path in &listed {
            if MAY_BE_EMPTY.contains(&path.as_str()) {
                continue;
            }
            let v = value_at(&value, path).unwrap_or_else(|| panic!("{}: {path}", l.code));
            assert!(!is_empty(v), "data/lang/{}.toml: `{path}` is empty", l.code);
        }
    }
    let shared = toml::Table::try_from(&loaded.shared).expect("shared serialises");
    assert_eq!(paths_of(&shared, SHARED_SECTIONS), listed_shared());
    for path in MAY_BE_EMPTY.iter().chain(NOT_FOLDED) {
        assert!(listed.contains(*path), "{path} is no key of a language file");
    }
}

fn listed_shared() -> BTreeSet<String> {
    listed(SHARED_SECTIONS)
}

/// Every list of strings in a TOML value, with its path.
fn lists<'a>(value: &'a toml::Value, path: &str, out: &mut Vec<(String, Vec<&'a str>)>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                lists(v, &p, out);
            }
        }
        toml::Value::Array(a) => {
            let strings: Vec<&str> = a.iter().filter_map(toml::Value::as_str).collect();
            out.push((path.to_owned(), strings));
        }
        _ => {}
    }
}

fn raw_files() -> Vec<(String, toml::Value)> {
    let (languages, shared) = lang::bundled_files();
    let mut out: Vec<(String, toml::Value)> = languages
        .iter()
        .map(|(code, text)| (format!("{code}.toml"), toml::from_str(text).expect("parses")))
        .collect();
    out.push(("shared.toml".to_owned(), toml::from_str(shared).expect("parses")));
    out
}

#[test]
fn no_duplicate_inside_a_section() {
    for (file, value) in raw_files() {
        let mut all = Vec::new();
        lists(&value, "", &mut all);
        for (path, entries) in all {
            let mut seen = BTreeSet::new();
            for e in entries {
                assert!(seen.insert(e), "data/lang/{file}: `{e}` twice in `{path}`");
            }
        }
    }
}

#[test]
fn entries_are_written_folded() {
    for (file, value) in raw_files() {
        let mut all = Vec::new();
        lists(&value, "", &mut all);
        for (path, entries) in all {
            if NOT_FOLDED.iter().any(|p| path.starts_with(p)) {
                continue;
            }
            for e in entries {
                assert_eq!(fold(e), e, "data/lang/{file}: `{path}` entry `{e}` is not folded");
                assert_eq!(e.trim_start(), e, "data/lang/{file}: `{path}` entry `{e}`");
            }
        }
        for map in [
            "months",
            "numbers",
            "abbreviations.key",
            "organisations.key_words",
        ] {
            let Some(toml::Value::Table(t)) = value_at(value.as_table().expect("a table"), map) else {
                continue;
            };
            for k in t.keys() {
                assert_eq!(&fold(k), k, "data/lang/{file}: `{map}` key `{k}` is not folded");
            }
        }
    }
}

/// Rust source of the text crate outside `src/lang`, without test modules.
fn code_outside_lang() -> String {
    let mut out = String::new();
    for file in rust_files(&crate_dir().join("src")) {
        if file.components().any(|c| c.as_os_str() == "lang") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read");
        for t in without_tests(&lex(&text)) {
            match &t.tok {
                Tok::Ident(s) => out.push_str(s),
                Tok::Punct(c) => out.push(*c),
                Tok::Str(_) | Tok::Char(_) => out.push('"'),
            }
        }
        out.push('\n');
    }
    out
}

/// Whether `code` reads `accessor` (not as the start of a longer name).
fn reads(code: &str, accessor: &str) -> bool {
    code.match_indices(accessor).any(|(p, _)| {
        let next = code[p + accessor.len()..].chars().next();
        !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_section_is_read_by_the_code() {
    let code = code_outside_lang();
    let mut unread = Vec::new();
    for path in listed(SECTIONS).iter().chain(&listed_shared()) {
        let accessor = if path.contains('.') {
            path.clone()
        } else {
            format!(".{path}")
        };
        if !reads(&code, &accessor) {
            unread.push(format!(
                "`{path}` of data/lang is read nowhere in crates/cosignet-text/src outside lang/ (no `{accessor}`)"
            ));
        }
    }
    assert!(unread.is_empty(), "{}", unread.join("\n"));
}

#[test]
fn a_missing_or_unknown_key_is_an_error_naming_the_file() {
    let (languages, shared) = lang::bundled_files();
    let en = languages.iter().find(|(c, _)| *c == "en").expect("en").1;
    let without: String = en
        .lines()
        .filter(|l| !l.starts_with("weak ="))
        .map(|l| format!("{l}\n"))
        .collect();
    let e = lang::load(&[("en", &without)], shared).expect_err("a key is missing");
    assert_eq!(e.file, "en.toml");
    assert!(e.to_string().contains("weak"), "{e}");
    let unknown = en.replace("[tables]\n", "[tables]\nrow_headings = []\n");
    let e = lang::load(&[("en", &unknown)], shared).expect_err("an unknown key");
    assert!(
        e.to_string().contains("data/lang/en.toml") && e.to_string().contains("row_headings"),
        "{e}"
    );
    let bad_key_word = en.replace("communists = [\"communists\"]", "communisms = [\"communism\"]");
    let e = lang::load(&[("en", &bad_key_word)], shared).expect_err("an unknown key word");
    assert!(e.to_string().contains("communisms"), "{e}");
}

#[test]
fn languages_must_agree_on_a_shared_word() {
    let (languages, shared) = lang::bundled_files();
    let text = |code: &str| languages.iter().find(|(c, _)| *c == code).expect("a language").1;
    let fr = text("fr").replace("mai = 5", "mai = 6");
    let e = lang::load(&[("de", text("de")), ("fr", &fr)], shared).expect_err("mai is 5 in German");
    assert_eq!(e.file, "fr.toml");
    assert!(e.to_string().contains("months.mai"), "{e}");
}

#[test]
fn the_union_keeps_each_language_s_order() {
    // Place phrases are tried in order: each language's order survives the union.
    let union: Vec<&str> = lang::all().meetings.place_phrases.iter().collect();
    for l in lang::languages() {
        let at: Vec<usize> = l
            .words
            .meetings
            .place_phrases
            .iter()
            .map(|p| union.iter().position(|u| *u == p).expect("in the union"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{}: {at:?}", l.code);
    }
}

#[test]
fn a_new_language_is_one_file() {
    // A ninth language, written like the others, loads beside them and adds its words.
    let (languages, shared) = lang::bundled_files();
    let en = languages.iter().find(|(c, _)| *c == "en").expect("en").1;
    let xx = en.replace("stopwords = [", "stopwords = [\"xyzzy\", ");
    let mut all: Vec<(&'static str, &str)> = languages.to_vec();
    all.push(("xx", &xx));
    let loaded = lang::load(&all, shared).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.languages.len(), languages.len() + 1);
    let words: &Words = &loaded.languages.last().expect("xx").words;
    assert!(words.detection.stopwords.contains("xyzzy"));
    assert!(
        loaded.all.detection.stopwords.contains("xyzzy"),
        "the union holds its words"
    );
}

#[test]
fn every_language_names_every_country() {
    let codes: BTreeSet<&str> = lang::languages().iter().map(|l| l.code).collect();
    for c in Gazetteer::bundled().countries() {
        for code in &codes {
            assert!(
                c.names.get(*code).is_some_and(|n| !n.is_empty()),
                "data/countries.toml: {} has no names.{code}",
                c.key
            );
        }
        for kind in [&c.names, &c.adjectives, &c.genitives] {
            for code in kind.keys() {
                assert!(
                    codes.contains(code.as_str()),
                    "data/countries.toml: {} has forms in `{code}`, which has no file in data/lang",
                    c.key
                );
            }
        }
    }
}

// ---- No word list in Rust source ----

/// Lists of three or more alphabetic literals that are not natural-language words: the
/// file (under src/), one literal of the list, and why it may stay.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "text/html.rs",
        "script",
        "HTML elements dropped with their content",
    ),
    ("text/html.rs", "div", "HTML block elements"),
    ("text/html.rs", "area", "HTML void elements, which have no end tag"),
    ("text/html.rs", "body", "HTML elements that hold the page's text"),
    (
        "text/html.rs",
        "menu",
        "id and class names of page furniture, a convention of web markup (as CMS themes write them), not a language's words",
    ),
    ("text/html.rs", "style", "HTML elements whose content is raw text"),
    ("text/html.rs", "tbody", "HTML table elements that end a row's cells"),
    (
        "text/html.rs",
        "datepublished",
        "HTML <meta> names of a publication time (Open Graph, schema.org, Dublin Core)",
    ),
    ("text/lines.rs", "html", "file extensions of markup"),
    ("eval.rs", "txt", "file extensions of statement texts"),
];

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Punct(char),
    Str(String),
    Char(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

/// Rust source as tokens: identifiers, punctuation, string and char literals; comments left
/// out.
fn lex(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if at(i) == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' || ((c == 'r' || c == 'b') && (at(i + 1) == '"' || at(i + 1) == '#')) {
            // Strings, raw strings (r"..", r#".."#) and byte strings.
            let start_line = line;
            let raw = c == 'r' || (c == 'b' && at(i + 1) == 'r');
            while chars[i] != '"' && chars[i] != '#' {
                i += 1;
            }
            let mut hashes = 0;
            while chars[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            let mut s = String::new();
            loop {
                let d = at(i);
                if d == '\\' && !raw {
                    s.push(d);
                    s.push(at(i + 1));
                    i += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                    i += 1 + hashes;
                    break;
                }
                if d == '\n' {
                    line += 1;
                }
                s.push(d);
                i += 1;
            }
            out.push(Token {
                tok: Tok::Str(s),
                line: start_line,
            });
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{0}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                let mut j = i + 3;
                while at(j) != '\'' {
                    j += 1;
                }
                out.push(Token {
                    tok: Tok::Char('\\'),
                    line,
                });
                i = j + 1;
            } else if at(i + 2) == '\'' {
                out.push(Token {
                    tok: Tok::Char(at(i + 1)),
                    line,
                });
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let mut s = String::new();
            while at(i).is_alphanumeric() || at(i) == '_' {
                s.push(at(i));
                i += 1;
            }
            out.push(Token {
                tok: Tok::Ident(s),
                line,
            });
        } else {
            out.push(Token {
                tok: Tok::Punct(c),
                line,
            });
            i += 1;
        }
    }
    out
}

/// The tokens without items under `#[cfg(test)]` (test modules, test helpers).
fn without_tests(tokens: &[Token]) -> Vec<Token> {
    let is = |i: usize, t: Tok| tokens.get(i).is_some_and(|x| x.tok == t);
    let ident = |s: &str| Tok::Ident(s.to_owned());
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let cfg_test = is(i, Tok::Punct('#'))
            && is(i + 1, Tok::Punct('['))
            && is(i + 2, ident("cfg"))
            && is(i + 3, Tok::Punct('('))
            && is(i + 4, ident("test"))
            && is(i + 5, Tok::Punct(')'))
            && is(i + 6, Tok::Punct(']'));
        if !cfg_test {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        // Skip the item: up to a `;` outside brackets, or through its first `{ ... }`.
        i += 7;
        let mut depth = 0i32;
        while i < tokens.len() {
            match tokens[i].tok {
                Tok::Punct('(' | '[') => depth += 1,
                Tok::Punct(')' | ']') => depth -= 1,
                Tok::Punct(';') if depth == 0 => {
                    i += 1;
                    break;
                }
                Tok::Punct('{') if depth == 0 => {
                    let mut braces = 0;
                    while i < tokens.len() {
                        match tokens[i].tok {
                            Tok::Punct('{') => braces += 1,
                            Tok::Punct('}') => braces -= 1,
                            _ => {}
                        }
                        i += 1;
                        if braces == 0 {
                            break;
                        }
                    }
                    break;
                }
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// Whether a literal is a word or phrase of a natural language (letters, with spaces and
/// the punctuation of phrases), or a letter.
fn is_wordlike(tok: &Tok) -> bool {
    match tok {
        Tok::Str(s) => {
            s.chars().any(char::is_alphabetic)
                && s.chars().all(|c| c.is_alphabetic() || " '’-.,:;".contains(c))
        }
        Tok::Char(c) => c.is_alphabetic(),
        _ => false,
    }
}

fn literal_text(tok: &Tok) -> String {
    match tok {
        Tok::Str(s) => s.clone(),
        Tok::Char(c) => c.to_string(),
        _ => String::new(),
    }
}

/// A run of literals found in one list: where it starts and its literals.
struct Found {
    line: usize,
    literals: Vec<String>,
}

/// Arrays (`[...]`, tuples inside them included) and `matches!(...)` patterns holding three or
/// more alphabetic literals, and `"a" | "b" | "c"` alternatives anywhere.
fn word_lists(tokens: &[Token]) -> Vec<Found> {
    struct Open {
        delimiter: char,
        group: bool,
        line: usize,
        literals: Vec<String>,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut found = Vec::new();
    let mut alternatives: Vec<String> = Vec::new();
    let mut alternatives_line = 0;
    for (i, t) in tokens.iter().enumerate() {
        match &t.tok {
            Tok::Punct(d @ ('[' | '(' | '{')) => {
                let after_matches = *d == '('
                    && i >= 2
                    && tokens[i - 1].tok == Tok::Punct('!')
                    && tokens[i - 2].tok == Tok::Ident("matches".to_owned());
                stack.push(Open {
                    delimiter: *d,
                    group: *d == '[' || after_matches,
                    line: t.line,
                    literals: Vec::new(),
                });
            }
            Tok::Punct(']' | ')' | '}') => {
                if let Some(open) = stack.pop() {
                    if open.group && open.literals.len() >= 3 {
                        found.push(Found {
                            line: open.line,
                            literals: open.literals,
                        });
                    }
                }
            }
            tok if is_wordlike(tok) => {
                // The innermost list around it, through tuples but not through blocks.
                if let Some(open) = stack
                    .iter_mut()
                    .rev()
                    .take_while(|o| o.delimiter != '{')
                    .find(|o| o.group)
                {
                    open.literals.push(literal_text(tok));
                }
            }
            _ => {}
        }
        // "a" | "b" | "c" outside matches! and arrays (match arms).
        let in_group = stack
            .iter()
            .rev()
            .take_while(|o| o.delimiter != '{')
            .any(|o| o.group);
        if in_group {
            continue;
        }
        match &t.tok {
            Tok::Str(_) if is_wordlike(&t.tok) => {
                let joined = i >= 1 && tokens[i - 1].tok == Tok::Punct('|');
                if !joined {
                    alternatives.clear();
                    alternatives_line = t.line;
                }
                alternatives.push(literal_text(&t.tok));
            }
            Tok::Punct('|') => {}
            _ => {
                if alternatives.len() >= 3 {
                    found.push(Found {
                        line: alternatives_line,
                        literals: std::mem::take(&mut alternatives),
                    });
                }
                alternatives.clear();
            }
        }
    }
    found
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn no_word_list_remains_in_rust_source() {
    let src = crate_dir().join("src");
    let mut problems = Vec::new();
    let mut allowed_used = BTreeSet::new();
    for file in rust_files(&src) {
        let rel = file
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&file).expect("read");
        for f in word_lists(&without_tests(&lex(&text))) {
            let allowed = ALLOWED
                .iter()
                .find(|(path, literal, _)| *path == rel && f.literals.iter().any(|l| l == literal));
            match allowed {
                Some(a) => {
                    allowed_used.insert(a.1);
                }
                None => problems.push(format!(
                    "src/{rel}:{}: a list of words in Rust ({}); move it to data/lang",
                    f.line,
                    f.literals[..3].join(", ")
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (path, literal, _) in ALLOWED {
        assert!(
            allowed_used.contains(literal),
            "allowlist entry {path} `{literal}` matches nothing"
        );
    }
}

#[test]
fn the_word_list_scan_finds_lists() {
    let src = r#"
        const A: &[&str] = &["alpha", "beta", "gamma"];
        fn f(w: &str) -> bool { matches!(w, "one" | "two" | "three") }
        const M: &[(&str, u8)] = &[("jan", 1), ("feb", 2), ("mar", 3)];
        fn g(c: char) -> bool { ['x', 'y', 'z'].contains(&c) }
        fn h(s: &str) -> u8 { match s { "a" | "b" | "c" => 1, _ => 0 } }
        const OK: &[&str] = &[" > ", " | ", "http://"];
        #[cfg(test)]
        mod tests { const T: &[&str] = &["sample", "sentences", "allowed"]; }
    "#;
    let found = word_lists(&without_tests(&lex(src)));
    let firsts: Vec<&str> = found.iter().map(|f| f.literals[0].as_str()).collect();
    assert_eq!(firsts, ["alpha", "one", "jan", "x", "a"]);
}
