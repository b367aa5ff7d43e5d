//! A deliberately small stemmer for matching inflected country names and adjectives
//! ("Grecji" ~ "Grecja", "Griechenlands" ~ "Griechenland", "Украины" ~ "Украина",
//! "française" ~ "français"). It only strips endings and never leaves fewer than four
//! letters, so short names match exactly or not at all.

/// Endings stripped from folded (lowercase, accentless) words, longest first per script.
const ENDINGS: &[&str] = &[
    // Polish, German, Romance
    "iego",
    "iej",
    "ich",
    "ego",
    "ych",
    "ami",
    "ii",
    "ji",
    "ia",
    "ja",
    "ie",
    "es",
    "en",
    "er",
    "em",
    "ej",
    "ow",
    "om",
    "os",
    "as",
    "y",
    "i",
    "a",
    "u",
    "e",
    "o",
    "s",
    // Russian
    "ского",
    "ской",
    "ский",
    "ская",
    "ское",
    "ских",
    "ией",
    "ого",
    "ому",
    "ии",
    "ия",
    "ой",
    "ей",
    "ий",
    "ая",
    "ое",
    "ые",
    "ых",
    "ым",
    "ую",
    "ом",
    "ы",
    "и",
    "а",
    "я",
    "у",
    "е",
    "ь",
    "ю",
];

/// Shortest stem (in characters) the stemmer leaves.
const MIN_STEM: usize = 4;

/// The stem of one folded word: its longest listed ending removed when at least four
/// letters remain.
pub fn stem(word: &str) -> &str {
    let len = word.chars().count();
    let mut best = word;
    let mut best_cut = 0;
    for ending in ENDINGS {
        if !word.ends_with(ending) {
            continue;
        }
        let cut = ending.chars().count();
        if cut > best_cut && len >= MIN_STEM + cut {
            best = &word[..word.len() - ending.len()];
            best_cut = cut;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflected_forms_share_a_stem() {
        for (a, b) in [
            ("grecja", "grecji"),
            ("brytania", "brytanii"),
            ("griechenland", "griechenlands"),
            ("украина", "украины"),
            ("россия", "россии"),
            ("российский", "российской"),
            ("iran", "iranu"),
            ("colombiano", "colombiana"),
            ("deutsche", "deutschen"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} vs {b}");
        }
    }

    #[test]
    fn short_words_are_left_alone() {
        assert_eq!(stem("mali"), "mali");
        assert_eq!(stem("mala"), "mala");
        assert_eq!(stem("cuba"), "cuba");
    }
}
