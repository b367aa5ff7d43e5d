//! Lists written as paragraphs: a lead-in sentence that ends in a colon ("... the
//! following parties:", "... von den folgenden Parteien unterzeichnet:"), followed by one
//! line that enumerates the signatories separated by commas; and the parenthesis of first
//! signers such a sentence often holds ("the initiating parties (A, B and C) were
//! joined by ...").

use super::entry::{as_written, plain, split_country_affix};
use super::prose::split_list;
use super::signatories::{ends_mid_word, Found, Kind};
use super::vocab::{is_headline, is_lead_in, looks_like_party};
use super::RawSignatory;
use crate::record::Diagnostic;
use crate::reference::countries::Gazetteer;
use crate::text::lines::Line;

/// Fewest items a paragraph or parenthesis must enumerate to be read as a list.
const MIN_ITEMS: usize = 3;

/// The items of an enumeration when at least two thirds of them read as parties.
fn party_items(text: &str) -> Option<Vec<String>> {
    let items = split_list(text);
    let parties = items
        .iter()
        .filter(|i| looks_like_party(i) && !is_headline(i))
        .count();
    (items.len() >= MIN_ITEMS && parties * 3 >= items.len() * 2).then_some(items)
}

/// The bracketed enumerations of parties in a sentence.
fn parentheses(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        // The matching close, allowing one level of nested brackets ("(Mexique)").
        let mut depth = 1;
        let mut close = None;
        for (i, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else { break };
        if let Some(items) = party_items(&after[..close]) {
            out.push(items);
        }
        rest = &after[close + 1..];
    }
    out
}

/// Reads paragraph lists after lead-in sentences among lines no other reader used.
pub fn read_paragraph_lists(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    for (i, line) in lines.iter().enumerate() {
        let text = plain(&line.text);
        let t = text.trim();
        let leads = t.ends_with(':') && (kinds[i] == Kind::LeadIn || is_lead_in(t));
        if !leads || found.used.contains(&line.no) {
            continue;
        }
        let Some(next) = (i + 1..lines.len()).find(|&k| !lines[k].text.trim().is_empty()) else {
            continue;
        };
        let list_line = &lines[next];
        if found.used.contains(&list_line.no) {
            continue;
        }
        let list_text = plain(&list_line.text);
        let Some(items) = party_items(&list_text) else {
            continue;
        };
        // The first signers named in the lead-in's parenthesis come first.
        for group in parentheses(t) {
            for item in group {
                push(g, found, &item, line.no);
            }
        }
        // A paragraph that stops without a full stop was cut: its last item is whole only
        // if its last word is one we know (a country, a party word, an acronym).
        let unterminated = !list_text.trim_end().ends_with(['.', ')', ';']);
        let count = items.len();
        for (pos, item) in items.into_iter().enumerate() {
            let cut =
                pos + 1 == count && unterminated && (ends_mid_word(g, &item) || !last_word_known(g, &item));
            if cut {
                found.diagnostics.push(Diagnostic::warning(
                    list_line.no,
                    format!("last list item `{item}` looks cut off; left out"),
                ));
                continue;
            }
            push(g, found, &item, list_line.no);
        }
        found.mark_used(line.no);
        found.mark_used(list_line.no);
    }
}

/// Whether the last word of an item is a known word: a country, an organisation word, an
/// acronym or a known party's name.
fn last_word_known(g: &Gazetteer, item: &str) -> bool {
    let Some(last) = item.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    g.lookup(last).is_some() || looks_like_party(last) || super::is_bare_acronym(last)
}

fn push(g: &Gazetteer, found: &mut Found, item: &str, line: usize) {
    let (party, country) = split_country_affix(g, item);
    found.push(RawSignatory {
        as_written: as_written(item),
        party,
        country,
        person: None,
        role: None,
        line,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    #[test]
    fn a_parenthesis_of_first_signers_and_a_paragraph_of_parties() {
        let g = Gazetteer::bundled();
        let text = "Die Erklärung wurde von den einladenden Parteien (Kommunistische Partei \
            Griechenlands – KKE, Deutsche Kommunistische Partei – DKP, Partei der Arbeit Belgiens – PTB) \
            vorgelegt und außerdem von den folgenden Parteien unterzeichnet:\n\
            Kommunistische Partei Österreichs, Partei der Arbeit der Schweiz, AKEL (Zypern), \
            Kommunistische Partei Luxemburgs, Sozialistische Arbei\n";
        let lines = split_lines(text);
        let kinds: Vec<Kind> = lines
            .iter()
            .map(|l| super::super::signatories::classify(g, &l.text))
            .collect();
        let mut found = Found::default();
        read_paragraph_lists(g, &lines, &kinds, &mut found);
        let got: Vec<&str> = found.signatories.iter().map(|s| s.as_written.as_str()).collect();
        assert_eq!(
            got,
            [
                "Kommunistische Partei Griechenlands – KKE",
                "Deutsche Kommunistische Partei – DKP",
                "Partei der Arbeit Belgiens – PTB",
                "Kommunistische Partei Österreichs",
                "Partei der Arbeit der Schweiz",
                "AKEL (Zypern)",
                "Kommunistische Partei Luxemburgs",
            ]
        );
        assert!(found.diagnostics.iter().any(|d| d.message.contains("cut off")));
    }
}
