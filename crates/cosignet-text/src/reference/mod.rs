//! Bundled reference data (facts only): the country gazetteer, the list of parties that
//! commonly co-sign statements and the places inside countries. All are data files in
//! `data/`, embedded in the binary.

pub mod countries;
pub mod parties;
pub mod places;
pub mod stem;

/// Every run of at most `max_words` words that `lookup` knows, longest first at each word,
/// left to right, runs not overlapping: (first word, one past the last, what was found).
fn longest_runs<T>(
    words: &[String],
    max_words: usize,
    lookup: impl Fn(&[String]) -> Option<T>,
) -> Vec<(usize, usize, T)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = (1..=max_words.min(words.len() - i))
            .rev()
            .find_map(|n| lookup(&words[i..i + n]).map(|t| (n, t)));
        match longest {
            Some((n, t)) => {
                found.push((i, i + n, t));
                i += n;
            }
            None => i += 1,
        }
    }
    found
}
