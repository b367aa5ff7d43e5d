//! Counts a text claims for its signatories ("the eighteen Communist parties", "27 partis"),
//! so a difference from what was read can be reported.

use crate::text::fold::words;

/// The value of a number written in digits (2 to 500) or in words (every language's
/// `[numbers]`).
fn number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (2..=500).contains(&n).then_some(n);
    }
    crate::lang::all().numbers.get(word).copied()
}

/// The number of parties a line claims, if it says "N [adjectives] parties" (`[counts]`
/// nouns, not after a breaker such as "of", in the same clause).
pub fn claimed(text: &str) -> Option<u32> {
    // A colon or semicolon ends a count's reach ("Ligne 132 : partis et syndicats ...").
    text.split([':', ';']).find_map(claimed_in_clause)
}

/// The first line of a text that claims a number of parties: its number and the claim.
pub fn first_claim(lines: &[crate::text::lines::Line]) -> Option<(usize, u32)> {
    lines.iter().find_map(|l| claimed(&l.text).map(|n| (l.no, n)))
}

fn claimed_in_clause(text: &str) -> Option<u32> {
    let ws = words(text);
    let counts = &crate::lang::all().counts;
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
            if counts.nouns.contains(w) {
                return Some(n);
            }
            if counts.breakers.contains(w) {
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
        // A number that names something else before a colon counts nothing.
        assert_eq!(
            claimed("Ligne 132 : partis et syndicats signent une carte blanche"),
            None
        );
        assert_eq!(claimed("Charleroi : 12 partis et syndicats signent"), Some(12));
    }
}
