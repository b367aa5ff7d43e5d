//! The language of a text, by counting the frequent short words of each language in
//! `data/lang` (`[detection] stopwords`).

use crate::text::fold::words;

/// ISO 639-1 code of the language most of the text's frequent words belong to.
pub fn detect(text: &str) -> Option<&'static str> {
    let ws = words(text);
    let mut best: Option<(&str, usize)> = None;
    let mut tie = false;
    for lang in crate::lang::languages() {
        let list = &lang.words.detection.stopwords;
        let n = ws.iter().filter(|w| list.contains(w)).count();
        match best {
            Some((_, m)) if n == m => tie = true,
            Some((_, m)) if n < m => {}
            _ => {
                best = Some((lang.code, n));
                tie = false;
            }
        }
    }
    match best {
        Some((lang, n)) if n >= 2 && !tie => Some(lang),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn eight_languages() {
        for (lang, text) in [
            (
                "en",
                "We stand with the workers and the peoples of the world against war.",
            ),
            (
                "fr",
                "Nous sommes avec les travailleurs et les peuples du monde contre la guerre.",
            ),
            (
                "es",
                "Estamos con los trabajadores y los pueblos del mundo contra la guerra.",
            ),
            (
                "pt",
                "Estamos com os trabalhadores e os povos do mundo contra a guerra, pela paz.",
            ),
            (
                "it",
                "Siamo con i lavoratori e i popoli del mondo contro la guerra, per la pace.",
            ),
            (
                "de",
                "Wir stehen an der Seite der Arbeiter und der Völker der Welt gegen den Krieg.",
            ),
            (
                "pl",
                "Jesteśmy z robotnikami i narodami świata przeciw wojnie, która nie jest nasza.",
            ),
            (
                "ru",
                "Мы вместе с рабочими и народами мира против войны, и это наш долг.",
            ),
        ] {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
    }
}
