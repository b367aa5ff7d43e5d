//! A deliberately small stemmer for matching inflected country names and adjectives
//! ("Grecji" ~ "Grecja", "Griechenlands" ~ "Griechenland", "Украины" ~ "Украина",
//! "française" ~ "français"). It only strips endings and never leaves fewer than four
//! letters, so short names match exactly or not at all.

use crate::lang::List;

/// Shortest stem (in characters) the stemmer leaves.
const MIN_STEM: usize = 4;

/// The stem of one folded word: its longest ending (`[stemmer] endings` of every language in
/// `data/lang`) removed when at least four letters remain.
pub fn stem(word: &str) -> &str {
    stem_with(word, &crate::lang::all().stemmer.endings)
}

/// The stem of one folded word of a language with these `[stemmer] endings`.
pub fn stem_with<'a>(word: &'a str, endings: &List) -> &'a str {
    let len = word.chars().count();
    let mut best = word;
    let mut best_cut = 0;
    for ending in endings.iter() {
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
