//! Folding text for comparison: case, accents, punctuation, transliteration for slugs.

use unicode_normalization::UnicodeNormalization;

/// A letter that can open a name: a capital, or a letter of a script that writes no
/// capitals (Arabic, Hebrew, Chinese, Japanese; Georgian, whose Mkhedruli letters Unicode
/// counts as lower case but which is written without capitals).
pub fn is_capital(c: char) -> bool {
    c.is_uppercase() || is_georgian(c) || (c.is_alphabetic() && !c.is_lowercase())
}

/// A lower-case letter of a script that writes capitals: what opens a clause, not a name.
pub fn is_small_letter(c: char) -> bool {
    c.is_lowercase() && !is_georgian(c)
}

/// Whether a text's first letter is a small one ("przewodnicząca", "- la gratuité"): a
/// clause or a role, not a name.
pub fn opens_lower(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_small_letter)
}

fn is_georgian(c: char) -> bool {
    ('\u{10d0}'..='\u{10ff}').contains(&c)
}

/// Lowercase, accents removed (é -> e, ł -> l, ß -> ss), Cyrillic and Greek kept as letters.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ł' | 'Ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            // Russian ё folds to е as most texts do; й is a letter of its own, not и + breve.
            'ё' | 'Ё' => out.push('е'),
            'й' | 'Й' => out.push('й'),
            _ => {
                for d in std::iter::once(c).nfkd() {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        out.extend(d.to_lowercase());
                    }
                }
            }
        }
    }
    out
}

/// The folded words of `text`: runs of letters and digits, lowercase and without accents.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A comparison key: folded words joined by single spaces.
pub fn key(text: &str) -> String {
    words(text).join(" ")
}

/// Latin transliteration of one lowercase Cyrillic or Greek letter (ISO 9-like, ASCII only).
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => return None,
    })
}

/// An ASCII slug for IRIs: folded, transliterated, words joined by `-`, at most `max` bytes
/// (cut at a word boundary).
pub fn slug(text: &str, max: usize) -> String {
    let mut ascii = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            ascii.push(c);
        } else if let Some(t) = transliterate(c) {
            ascii.push_str(t);
        } else if c.is_alphanumeric() {
            // Scripts without a table of ours (Arabic, Chinese, Devanagari, ...): any_ascii's
            // transliteration, one word per character where it gives one ("中国" -> "zhong
            // guo"), so that no name's slug is empty. Our own tables above keep the IRIs of
            // Latin, Cyrillic and Greek names as they were.
            let t = any_ascii::any_ascii_char(c).to_ascii_lowercase();
            let t: String = t.chars().filter(char::is_ascii_alphanumeric).collect();
            ascii.push(' ');
            ascii.push_str(&t);
            ascii.push(' ');
        } else {
            ascii.push(' ');
        }
    }
    let mut out = String::new();
    for word in ascii.split_whitespace() {
        if !out.is_empty() && out.len() + 1 + word.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    if out.len() > max {
        out.truncate(max);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_scripts_without_capitals_open_like_names() {
        for c in ['K', 'Ж', 'ს', 'ح', 'ש', '自'] {
            assert!(is_capital(c), "{c}");
        }
        for c in ['k', 'ж', '1', '-'] {
            assert!(!is_capital(c), "{c}");
        }
        assert!(is_small_letter('k') && is_small_letter('ж') && !is_small_letter('ს'));
    }

    #[test]
    fn every_script_gives_a_slug() {
        assert_eq!(slug("中国共产党", 100), "zhong-guo-gong-chan-dang");
        assert!(!slug("حزب الشعب", 100).is_empty());
        assert!(!slug("भारतीय कम्युनिस्ट पार्टी", 100).is_empty());
        // Our own tables still decide for Cyrillic and Greek.
        assert_eq!(slug("КПРФ", 100), "kprf");
        assert_eq!(slug("Κόμμα", 100), "komma");
    }

    #[test]
    fn folding_removes_case_and_accents() {
        assert_eq!(fold("Bohème Moravie"), "boheme moravie");
        assert_eq!(fold("Łódź Straße"), "lodz strasse");
        assert_eq!(fold("КОММУНИСТИЧЕСКАЯ"), "коммунистическая");
        assert_eq!(
            words("Workers’ Party (PKP-1930)"),
            ["workers", "party", "pkp", "1930"]
        );
    }

    #[test]
    fn slugs_are_ascii_and_bounded() {
        assert_eq!(
            slug("THE COMMUNISTS OF BELARUS NEED FRATERNAL SOLIDARITY!", 80),
            "the-communists-of-belarus-need-fraternal-solidarity"
        );
        assert_eq!(slug("Коммунистическая партия", 80), "kommunisticheskaya-partiya");
        assert_eq!(slug("Parti communiste de Grèce", 12), "parti");
        assert_eq!(slug("Zyuganov Геннадий", 80), "zyuganov-gennadiy");
    }
}
