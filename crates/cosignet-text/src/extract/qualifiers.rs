//! Countries that qualify the signers a sentence lists rather than name them: an aside
//! between a signing verb and its list ("L'appel est signé, côté luxembourgeois, par ..."),
//! and a country before an item's name ("per la Svizzera dai Verdi del Ticino", "czeska
//! Strana zelených"). Countries are read from the gazetteer; no word list lives here.

use crate::reference::countries::Gazetteer;
use crate::text::fold::opens_lower;

/// Most words of a country aside or of the words before an item's name.
const MAX_QUALIFIER_WORDS: usize = 4;

/// A word as the gazetteer reads it: without an elided article ("l’Italia") and the
/// punctuation around it.
fn core(word: &str) -> &str {
    let w = match super::vocab::after_elision(word) {
        Some(at) => &word[at..],
        None => word,
    };
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The country a run of small words names, when it does as a qualifier: every word is in
/// lower case or names a country, one names a country, and one in lower case follows the
/// country or is the country ("côté luxembourgeois", "per la Germania dai"); a country
/// with a capital and names after it opens a name ("Italian Communist Party").
fn qualifier_country(g: &Gazetteer, words: &[&str]) -> Option<usize> {
    let mut country = None;
    let mut lower_after = false;
    for w in words {
        let c = core(w);
        if c.is_empty() {
            return None;
        }
        let named = g.lookup(c).map(|(i, _)| i);
        match named {
            Some(i) if country.is_none() => {
                country = Some(i);
                lower_after = opens_lower(c);
            }
            _ if opens_lower(c) => lower_after |= country.is_some(),
            _ => return None,
        }
    }
    country.filter(|_| lower_after)
}

/// A sentence without the country asides set between commas ("L'appel est signé, côté
/// luxembourgeois, par A et B": "L'appel est signé par A et B"), so that the signing phrase
/// they split reads whole. A country between commas after a name (", Italy,") is an
/// affix, not an aside: it has no word in lower case.
pub fn without_country_asides(g: &Gazetteer, text: &str) -> String {
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() < 3 {
        return text.to_owned();
    }
    let mut out = String::from(parts[0]);
    // An aside goes with both its commas.
    let mut after_aside = false;
    for (k, part) in parts.iter().enumerate().skip(1) {
        let words: Vec<&str> = part.split_whitespace().collect();
        let inner = k + 1 < parts.len();
        // An aside opens with a small word that names no country ("côté", "per", "from"),
        // not with a name ("Бразильская коммунистическая партия").
        let opens_small = words
            .first()
            .is_some_and(|w| opens_lower(w) && g.lookup(core(w)).is_none());
        let aside = inner
            && opens_small
            && (1..=MAX_QUALIFIER_WORDS).contains(&words.len())
            && qualifier_country(g, &words).is_some();
        if !aside && !after_aside {
            out.push(',');
        }
        if !aside {
            out.push_str(part);
        }
        after_aside = aside;
    }
    out
}

/// An item of a list without the country written before its name, and that country ("per
/// la Svizzera dai Verdi del Ticino": "Verdi del Ticino", Switzerland; "czeska Strana
/// zelených": "Strana zelených", Czech Republic). The item opens in lower case and its name
/// with a capital.
pub fn country_before_name(g: &Gazetteer, item: &str) -> Option<(String, usize)> {
    let words: Vec<&str> = item.split_whitespace().collect();
    if !words.first().is_some_and(|w| opens_lower(w)) {
        return None;
    }
    // A plural of "party" in capitals describes the names after it, as German writes its
    // nouns ("den norwegischen Parteien Rødt und ...").
    let groups = &crate::lang::all().organisations.groups;
    let is_group = |w: &str| groups.contains(&crate::text::fold::fold(core(w)));
    let name_at = words
        .iter()
        .position(|w| !opens_lower(core(w)) && g.lookup(core(w)).is_none() && !is_group(w))?;
    if name_at == 0 || name_at > MAX_QUALIFIER_WORDS {
        return None;
    }
    let qualifier: Vec<&str> = words[..name_at]
        .iter()
        .copied()
        .filter(|w| !is_group(w))
        .collect();
    let country = qualifier_country(g, &qualifier)?;
    Some((words[name_at..].join(" "), country))
}

/// Most words of a country set after a name as an item of its own ("de Chipre").
const MAX_COUNTRY_ITEM_WORDS: usize = 3;

/// The country an item of a list names alone, after its links ("pelo AKEL, de Chipre,
/// pelo ...": "de Chipre"): the previous item's country, not a signer.
pub fn country_alone(g: &Gazetteer, item: &str) -> Option<usize> {
    let words: Vec<&str> = item.split_whitespace().collect();
    let (last, links) = words.split_last()?;
    let linked = !links.is_empty() && links.iter().all(|w| super::vocab::is_link(w));
    (linked && words.len() <= MAX_COUNTRY_ITEM_WORDS)
        .then(|| g.lookup_name(last.trim_matches(|c: char| !c.is_alphanumeric())))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(g: &Gazetteer, i: usize) -> &str {
        &g.get(i).name
    }

    #[test]
    fn a_country_aside_leaves_the_signing_phrase_whole() {
        let g = Gazetteer::bundled();
        assert_eq!(
            without_country_asides(
                g,
                "L'appel est signé, côté luxembourgeois, par déi gréng, déi Lénk et le KPL."
            ),
            "L'appel est signé par déi gréng, déi Lénk et le KPL."
        );
        assert_eq!(
            country_alone(g, "de Chipre").map(|c| name(g, c).to_owned()),
            Some("Cyprus".into())
        );
        assert_eq!(country_alone(g, "Chipre"), None);
        assert_eq!(country_alone(g, "de Chipre e Grécia do Norte"), None);
        // A country after a name is its affix; a name that opens with a country's
        // adjective is an item.
        let named = "Подписали: Партия труда Бельгии, Бразильская коммунистическая партия, КПРФ.";
        assert_eq!(without_country_asides(g, named), named);
        let affix = "Signed by the PCI, Italy, the KKE, Greece, and the PCP.";
        assert_eq!(without_country_asides(g, affix), affix);
    }

    #[test]
    fn a_country_before_an_items_name_qualifies_it() {
        let g = Gazetteer::bundled();
        let read = |item: &str| country_before_name(g, item).map(|(n, c)| (n, name(g, c).to_owned()));
        assert_eq!(
            read("per la Svizzera dai Verdi del Ticino"),
            Some(("Verdi del Ticino".into(), "Switzerland".into()))
        );
        assert_eq!(
            read("czeska Strana zelených"),
            Some(("Strana zelených".into(), "Czech Republic".into()))
        );
        assert_eq!(
            read("bułgarska partia Zelenite"),
            Some(("Zelenite".into(), "Bulgaria".into()))
        );
        // A plural of "party" in capitals (German nouns) describes, as in small letters.
        assert_eq!(
            read("den norwegischen Parteien Rødt"),
            Some(("Rødt".into(), "Norway".into()))
        );
        // A country with a capital before the rest of a name is the name's.
        assert_eq!(read("the British Communist Party"), None);
        assert_eq!(read("the Communist Party of Britain"), None);
        assert_eq!(read("Partito Comunista Italiano"), None);
    }
}
