//! Counts a text claims for its signatories ("the eighteen Communist parties", "27 partis"),
//! so a difference from what was read can be reported.

use crate::text::fold::words;

/// Number words (folded) in the languages read, with their value.
const NUMBERS: &[(&str, u32)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
    ("once", 11),
    ("doce", 12),
    ("trece", 13),
    ("catorce", 14),
    ("quince", 15),
    ("veinte", 20),
    ("treinta", 30),
    ("cuarenta", 40),
    ("dois", 2),
    ("duas", 2),
    ("quatro", 4),
    ("sete", 7),
    ("oito", 8),
    ("nove", 9),
    ("dez", 10),
    ("vinte", 20),
    ("trinta", 30),
    ("quarenta", 40),
    ("due", 2),
    ("tre", 3),
    ("quattro", 4),
    ("sei", 6),
    ("sette", 7),
    ("otto", 8),
    ("dieci", 10),
    ("venti", 20),
    ("trenta", 30),
    ("quaranta", 40),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("funf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwolf", 12),
    ("zwanzig", 20),
    ("dreissig", 30),
    ("vierzig", 40),
    ("dwie", 2),
    ("trzy", 3),
    ("cztery", 4),
    ("piec", 5),
    ("szesc", 6),
    ("siedem", 7),
    ("osiem", 8),
    ("dziewiec", 9),
    ("dziesiec", 10),
    ("dwadziescia", 20),
    ("trzydziesci", 30),
    ("две", 2),
    ("два", 2),
    ("двух", 2),
    ("три", 3),
    ("трех", 3),
    ("четыре", 4),
    ("пять", 5),
    ("шесть", 6),
    ("семь", 7),
    ("восемь", 8),
    ("девять", 9),
    ("десять", 10),
    ("восемнадцати", 18),
    ("восемнадцать", 18),
    ("двадцать", 20),
    ("двадцати", 20),
];

/// Words for "parties" (plural, several languages and cases).
const PARTIES: &[&str] = &[
    "parties",
    "partis",
    "partidos",
    "partiti",
    "parteien",
    "partie",
    "partii",
    "партий",
    "партии",
    "organisations",
    "organizations",
    "organizaciones",
    "organisationen",
];

fn number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (2..=500).contains(&n).then_some(n);
    }
    NUMBERS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)
}

/// The number of parties a line claims, if it says "N [adjectives] parties".
pub fn claimed(text: &str) -> Option<u32> {
    let ws = words(text);
    for (i, w) in ws.iter().enumerate() {
        let Some(mut n) = number(w) else { continue };
        let mut j = i + 1;
        // "twenty one", "vingt et un" (tens then units)
        if n >= 20 && n % 10 == 0 {
            if let Some(u) = ws.get(j).and_then(|w| number(w)).filter(|u| *u < 10) {
                n += u;
                j += 1;
            }
        }
        // Adjectives may stand between ("communist and workers"); "of" may not.
        for w in &ws[j..ws.len().min(j + 4)] {
            if PARTIES.contains(&w.as_str()) {
                return Some(n);
            }
            if matches!(
                w.as_str(),
                "of" | "de" | "des" | "del" | "della" | "dei" | "der" | "von" | "z" | "из" | "among"
            ) {
                break;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::claimed;

    #[test]
    fn claims_in_words_and_digits() {
        assert_eq!(
            claimed("We, the leaders of the eighteen Communist parties of the former Soviet republics"),
            Some(18)
        );
        assert_eq!(claimed("Les 27 partis communistes et ouvriers"), Some(27));
        assert_eq!(claimed("twenty two communist and workers parties"), Some(22));
        assert_eq!(claimed("In 2020 the parties met"), None);
        assert_eq!(claimed("two of the parties"), None);
    }
}
