//! The language of a text, by counting frequent short words of each language read.

use crate::text::fold::words;

const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "for", "with", "we", "our", "are", "this", "on",
            "against",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "et", "du", "pour", "dans", "est", "nous", "une", "avec", "sur",
            "contre",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "y", "que", "por", "para", "con", "una", "es", "nuestro", "como",
            "contra",
        ],
    ),
    (
        "pt",
        &[
            "os", "do", "da", "dos", "das", "que", "em", "para", "com", "uma", "nao", "pelo", "pela",
            "contra",
        ],
    ),
    (
        "it",
        &[
            "il", "gli", "della", "dei", "delle", "che", "per", "con", "una", "non", "del", "nel", "sono",
            "contro",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "den", "dem", "des", "ist", "nicht", "mit", "fur", "von", "zu", "wir",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "na", "z", "sie", "nie", "do", "ze", "jest", "oraz", "przez", "dla", "od", "jak",
        ],
    ),
    (
        "ru",
        &[
            "и", "в", "не", "на", "что", "с", "по", "для", "мы", "это", "как", "от", "к", "о",
        ],
    ),
];

/// ISO 639-1 code of the language most of the text's frequent words belong to.
pub fn detect(text: &str) -> Option<&'static str> {
    let ws = words(text);
    let mut best: Option<(&str, usize)> = None;
    let mut tie = false;
    for (lang, list) in STOPWORDS {
        let n = ws.iter().filter(|w| list.contains(&w.as_str())).count();
        match best {
            Some((_, m)) if n == m => tie = true,
            Some((_, m)) if n < m => {}
            _ => {
                best = Some((lang, n));
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
