//! Signatory tables: rows of cells (separated by tabs, as the HTML and Markdown readers
//! write table rows), one signatory per row. Which cell is what is told by the column,
//! not by the header's words, which vary without end: the column where most cells are a
//! country is the country, where most are a person's name ("Name" or "Name, role") the
//! person, where most are roles the role, and the column of organisation names left over is
//! the party. A numbering column and a header row are passed over.

use crate::text::fold::opens_lower;

use super::entry::{as_written, name_then_role, plain, split_country_affix, tidy_party, tidy_role};
use super::signatories::{Found, Kind};
use super::vocab::{is_column_heading, is_headline, looks_like_party, opens_with_person};
use super::RawSignatory;
use crate::reference::countries::Gazetteer;
use crate::text::lines::Line;

/// Fewest rows that make a table of signatories.
const MIN_ROWS: usize = 2;

/// What each column of a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    party: usize,
    country: Option<usize>,
    person: Option<usize>,
    role: Option<usize>,
}

/// The cells of a row, trimmed, empty ones kept (they hold the column's place).
fn cells(text: &str) -> Vec<String> {
    let t = text.trim_matches(|c: char| c == '\n' || c == ' ');
    t.split('\t').map(|c| cell_text(&plain(c))).collect()
}

/// Most words of the part of a table cell after a line break.
const MAX_CELL_BREAK_WORDS: usize = 10;

/// A text's lines with each table row whose last cell a line break splits ("Ricardo
/// Ferreyra Olmos<br>secretario general" in HTML, which comes as the row's line and a line
/// of the same number without a tab) written as one row, the parts of the cell joined by a
/// comma as "Name, role" is.
pub fn joined_cell_breaks(lines: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let t = line.text.trim();
        if let Some(row) = out.last_mut() {
            let rest_of_cell = row.no == line.no
                && row.text.contains('\t')
                && !line.text.contains('\t')
                && !t.is_empty()
                && t.split_whitespace().count() <= MAX_CELL_BREAK_WORDS;
            if rest_of_cell {
                row.text = format!("{}, {t}", row.text.trim_end());
                continue;
            }
        }
        out.push(line.clone());
    }
    out
}

/// A cell as the columns are told by: a dash alone is an empty cell, and "Name – role" and
/// "role, Name" (a role above the name, broken by a line) are "Name, role".
fn cell_text(cell: &str) -> String {
    let c = cell.trim();
    if matches!(c, "–" | "—" | "-") {
        return String::new();
    }
    if let Some((role, name)) = c.rsplit_once(", ") {
        let is_person = super::regions::is_person_line;
        if is_person(name) && !is_person(role) && role_cell(role) {
            return format!("{}, {}", name.trim(), role.trim());
        }
    }
    for dash in super::vocab::SPACED_DASHES {
        if let Some((name, role)) = c.split_once(dash) {
            if super::regions::is_person_line(name) && !role.trim().is_empty() {
                return format!("{}, {}", name.trim(), role.trim());
            }
        }
    }
    c.to_owned()
}

fn country_cell(g: &Gazetteer, cell: &str) -> Option<usize> {
    g.lookup_name(cell)
}

/// A person's name alone, or "Name, role".
fn person_cell(cell: &str) -> bool {
    super::regions::is_person_line(cell) || opens_with_person(cell)
}

/// A cell that names a body or a role rather than a person ("Service international",
/// "Bureau politique", "Section des relations internationales du CC").
fn body_cell(cell: &str) -> bool {
    let organ = organ_cell(cell);
    let no_name =
        !cell.split(',').next().unwrap_or("").split_whitespace().any(|w| {
            super::entry::is_name_token(w) && !super::vocab::is_role_word(w) && !looks_like_party(w)
        });
    !person_cell(cell) && (role_cell(cell) || organ || no_name)
}

/// A cell holding an office, then its signer's name ("Секретарь ЦК НПК Г.М. Ахметова",
/// "член ЦК КПВ Чан Ван Хоа"): `(office, name)`.
fn office_then_signer(cell: &str) -> Option<(String, String)> {
    let (office, name) = super::regions::trailing_signer(&plain(cell))?;
    let opens_with_role = office
        .split_whitespace()
        .next()
        .is_some_and(|w| super::vocab::is_role_head(w) || super::vocab::is_role_term(w));
    // Not a name after "of" ("Secretaria de Relações Internacionais").
    let after_of = super::vocab::ends_with_link(&office);
    (opens_with_role && !after_of && super::entry::names_an_office(&office) && !looks_like_party(&name))
        .then_some((office, name))
}

/// A cell that names a party's organ ("Comité Central", "Departamento Internacional").
fn organ_cell(cell: &str) -> bool {
    super::vocab::names_an_organ(&crate::text::fold::fold(cell))
}

fn role_cell(cell: &str) -> bool {
    let first_two: Vec<&str> = cell.split_whitespace().take(2).collect();
    let lower = opens_lower(cell);
    !cell.is_empty()
        && (lower
            || first_two
                .iter()
                .any(|w| super::vocab::is_role_head(w) || super::vocab::is_role_term(w)))
}

fn numbering_cell(cell: &str) -> bool {
    !cell.is_empty()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ')' | '№' | '#'))
}

/// The columns of `rows` (each of `width` cells), when a party column is found.
fn columns(g: &Gazetteer, rows: &[Vec<String>], width: usize) -> Option<Columns> {
    let n = rows.len();
    let count = |c: usize, f: &dyn Fn(&str) -> bool| rows.iter().filter(|r| f(&r[c])).count();
    let most = |f: &dyn Fn(&str) -> bool, free: &[usize], share: f64| -> Option<usize> {
        let (best, hits) = free.iter().map(|&c| (c, count(c, f))).max_by_key(|&(_, h)| h)?;
        (hits as f64 >= share * n as f64 && hits > 0).then_some(best)
    };
    let mut free: Vec<usize> = (0..width)
        .filter(|&c| count(c, &numbering_cell) * 2 <= n)
        .collect();
    let take = |free: &mut Vec<usize>, c: Option<usize>| {
        if let Some(c) = c {
            free.retain(|&f| f != c);
        }
        c
    };
    let country = most(&|c| country_cell(g, c).is_some(), &free, 0.6);
    let country = take(&mut free, country);
    // A column of persons may leave cells empty (a dash) or name a body instead ("Service
    // international"): most of its filled cells are persons. Half its cells may be empty
    // when three or more name persons.
    let person = free
        .iter()
        .map(|&c| (c, count(c, &person_cell), count(c, &|x| !x.is_empty())))
        .filter(|&(_, hits, filled)| {
            hits >= 2 && hits as f64 >= 0.6 * filled as f64 && (filled * 2 >= n || hits >= 3)
        })
        .max_by_key(|&(_, hits, _)| hits)
        .map(|(c, _, _)| c);
    let person = take(&mut free, person);
    // Roles before parties: "Председатель партии" names the party's word but is a role.
    let role = most(&role_cell, &free, 0.5);
    let role = take(&mut free, role);
    let party = most(&|c| looks_like_party(c) && !person_cell(c), &free, 0.5);
    let party = take(&mut free, party);
    // The party's column may hold many names without a party word ("Sinn Féin", "Podemos"):
    // then it is the one text column left.
    let party = party.or_else(|| match free.as_slice() {
        [only] if count(*only, &|c| !c.is_empty()) * 2 > n => Some(*only),
        _ => None,
    })?;
    // A table of persons and countries with no organisation is no signatory table.
    let evidence = count(party, &looks_like_party) >= 1 || country.is_some();
    evidence.then_some(Columns {
        party,
        country,
        person,
        role,
    })
}

/// Reads tables of signatories among the lines no reader has used yet.
pub fn read_tables(g: &Gazetteer, lines: &[Line], kinds: &[Kind], found: &mut Found) {
    let used = found.used.clone();
    let is_row = |i: usize| lines[i].text.contains('\t') && !used.contains(&lines[i].no);
    let mut i = 0;
    while i < lines.len() {
        if !is_row(i) {
            i += 1;
            continue;
        }
        // A run of rows; blank lines may sit between them.
        let mut run: Vec<usize> = Vec::new();
        let mut j = i;
        while j < lines.len() && (is_row(j) || matches!(kinds[j], Kind::Blank)) {
            if is_row(j) {
                run.push(j);
            }
            j += 1;
        }
        i = j;
        read_table(g, lines, &run, found);
    }
}

fn read_table(g: &Gazetteer, lines: &[Line], run: &[usize], found: &mut Found) {
    let mut rows: Vec<(usize, Vec<String>)> = run.iter().map(|&r| (r, cells(&lines[r].text))).collect();
    // The usual width; rows of another width (a caption, a total) are left out.
    let mut widths: Vec<usize> = rows.iter().map(|(_, c)| c.len()).collect();
    widths.sort_unstable();
    let Some(&width) = widths.get(widths.len() / 2) else {
        return;
    };
    if width < 2 {
        return;
    }
    rows.retain(|(_, c)| c.len() == width);
    // A header row: every cell a heading word, or none a name; or each cell a few words
    // with a heading word among them ("От партии подписал").
    if rows.first().is_some_and(|(_, c)| {
        let headings = c
            .iter()
            .all(|cell| cell.is_empty() || is_column_heading(cell) || cell.split_whitespace().count() <= 2)
            && c.iter().any(|cell| is_column_heading(cell));
        headings || super::vocab::is_header_row(&c.join("\t"))
    }) {
        rows.remove(0);
    }
    rows.retain(|(_, c)| !c.iter().all(|cell| cell.is_empty() || is_headline(cell)));
    // A table broken by a page repeats its header row on the next page.
    rows.retain(|(_, c)| !c.iter().all(|cell| cell.is_empty() || is_column_heading(cell)));
    if rows.len() < MIN_ROWS {
        return;
    }
    let cells_only: Vec<Vec<String>> = rows.iter().map(|(_, c)| c.clone()).collect();
    let Some(cols) = columns(g, &cells_only, width) else {
        return;
    };
    // A country's cell left empty under a row is that row's country, as a merged cell is.
    let mut country_above = None;
    for (r, c) in &rows {
        let party_cell = &c[cols.party];
        if party_cell.is_empty() {
            continue;
        }
        // "Partido Comunista de Cuba, Departamento de Relações Internacionais": the party,
        // and the body that signs for it as the role.
        let (party_cell, body) = match party_cell.rsplit_once(", ") {
            Some((name, body)) if looks_like_party(name) && organ_cell(body) => {
                (&name.to_owned(), tidy_role(body))
            }
            _ => (party_cell, None),
        };
        let (party, affix_country) = split_country_affix(g, party_cell);
        let country = match cols.country {
            Some(k) if c[k].is_empty() => country_above,
            Some(k) => country_cell(g, &c[k]),
            None => None,
        }
        .or(affix_country);
        country_above = country;
        let party = if cols.country.is_some() {
            tidy_party(&party)
        } else {
            party
        };
        let (person, mut role) = match cols.person.map(|k| c[k].as_str()) {
            // An office and the signer's name after it ("секретарь ЦК КПБ С.А. Жук").
            Some(p) => match office_then_signer(p) {
                Some((role, name)) => (Some(name), tidy_role(&role)),
                // A body or a role in the persons' column signs without a person.
                None if body_cell(p) => (None, tidy_role(p)),
                None if !p.is_empty() => {
                    let (name, role) = name_then_role(p);
                    (Some(name), role)
                }
                None => (None, None),
            },
            None => (None, None),
        };
        if let Some(k) = cols.role {
            role = tidy_role(&c[k]).or(role);
        }
        role = role.or(body);
        found.push(RawSignatory {
            as_written: as_written(party_cell),
            party,
            country,
            person,
            role,
            line: lines[*r].no,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    type Row = (String, Option<String>, Option<String>, Option<String>);

    fn read(text: &str) -> Vec<Row> {
        let g = Gazetteer::bundled();
        let lines = split_lines(text);
        let kinds: Vec<Kind> = lines
            .iter()
            .map(|l| super::super::signatories::classify(g, &l.text))
            .collect();
        let mut found = Found::default();
        read_tables(g, &lines, &kinds, &mut found);
        found
            .signatories
            .into_iter()
            .map(|s| {
                (
                    s.as_written,
                    s.country.map(|c| g.get(c).name.clone()),
                    s.person,
                    s.role,
                )
            })
            .collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn an_empty_country_cell_is_the_country_of_the_row_above() {
        // Real parties, invented layout: a country's second party leaves the country's cell
        // empty, as a merged cell comes out of a PDF.
        let text = "Algérie\tMouvement démocratique et social (MDS)\n\
            \tParti socialiste des travailleurs (PST)\n\
            France\tParti communiste français (PCF)\n\
            Italie\tParti de la refondation communiste (PRC)\n";
        let got: Vec<(String, Option<String>)> = read(text).into_iter().map(|(p, c, _, _)| (p, c)).collect();
        assert_eq!(
            got,
            vec![
                (
                    "Mouvement démocratique et social (MDS)".to_owned(),
                    some("Algeria")
                ),
                (
                    "Parti socialiste des travailleurs (PST)".to_owned(),
                    some("Algeria")
                ),
                ("Parti communiste français (PCF)".to_owned(), some("France")),
                (
                    "Parti de la refondation communiste (PRC)".to_owned(),
                    some("Italy")
                ),
            ]
        );
    }

    #[test]
    fn a_role_above_the_name_and_an_organ_after_the_party_are_roles() {
        // Invented rows: "role, Name" as a cell broken by a line is read, and a party's
        // organ after its name in the party's cell is the role of a row without a person.
        let text = "Partido Uno\tPresidente del CC, A.B. Ruiz\n\
            Partido Dos\tSecretario general, C.D. Vidal\n";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Partido Uno");
        assert_eq!(got[0].2, some("A.B. Ruiz"));
        assert_eq!(got[0].3, some("Presidente del CC"));
        let text = "Bélgica\tPartido del Trabajo de Bélgica (PTB), Comité Central\n\
            Grecia\tPartido Comunista de Grecia (KKE)\n";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Partido del Trabajo de Bélgica (PTB)");
        assert_eq!(got[0].3, some("Comité Central"));
        assert_eq!(got[1].3, None);
    }

    #[test]
    fn columns_are_told_by_their_cells_not_their_headings() {
        let text = "№\tПолитическая партия\tФ.И.О.\tДолжность\n\
            1\tПартия «AMANAT»\tЖаркенов Ерлан Болатович\tПредседатель партии\n\
            2\tНародная партия Казахстана\tБектасова Гульнар Кайратовна\tСекретарь ЦК\n";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Партия «AMANAT»");
        assert_eq!(got[0].2, some("Жаркенов Ерлан Болатович"));
        assert_eq!(got[1].3, some("Секретарь ЦК"));
    }

    #[test]
    fn a_header_row_that_names_who_signed_is_no_row() {
        let text = "№\tПартия\tСтрана\tОт партии подписал\n\
            1\tКоммунистическая партия Беларуси\tБеларусь\tПервый секретарь ЦК КПБ, Карпович Алексей Николаевич\n\
            2\tКоммунистическая партия Украины\tУкраина\tСекретарь ЦК КПУ, Мазур Сергей Ильич\n";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Коммунистическая партия Беларуси");
    }

    #[test]
    fn a_table_set_by_spaces_with_empty_and_body_cells_in_the_persons_column() {
        // Invented rows as pdftotext lays a table out: cells apart by wide gaps, a dash for
        // an empty cell, "Name – role", and a body that signs without a person.
        let text = [
            "   País          Partido                              Representante",
            "",
            "   Argentina     Partido Comunista de la Argentina    Ana Ruiz – secretaria general",
            "",
            "   Bolívia       Partido Comunista de Bolivia (PCB)   –",
            "",
            "   Brasil        Partido dos Trabalhadores (PT)       Secretaria de Relações Internacionais",
            "",
            "   Chile         Partido Socialista de Chile          Luis Vidal Soto, presidente",
            "",
            "   Uruguay       Frente Amplio                        Marta Díaz – presidenta",
        ]
        .join("\n");
        let text = text.as_str();
        let got = super::super::signatories::read_names(text);
        let row = |p: &str, n: Option<&str>, r: Option<&str>| {
            (p.to_owned(), n.map(str::to_owned), r.map(str::to_owned))
        };
        assert_eq!(
            got,
            [
                row(
                    "Partido Comunista de la Argentina",
                    Some("Ana Ruiz"),
                    Some("secretaria general")
                ),
                row("Partido Comunista de Bolivia (PCB)", None, None),
                row(
                    "Partido dos Trabalhadores (PT)",
                    None,
                    Some("Secretaria de Relações Internacionais")
                ),
                row(
                    "Partido Socialista de Chile",
                    Some("Luis Vidal Soto"),
                    Some("presidente")
                ),
                row("Frente Amplio", Some("Marta Díaz"), Some("presidenta")),
            ]
        );
    }

    #[test]
    fn a_long_cell_two_spaces_before_the_next_column_ends_there() {
        // Invented rows as pdftotext lays them out: a long party name leaves two spaces
        // before the signer's column, which starts where it starts in the other rows.
        let text = [
            "     País                  Organización                                  Firmante",
            "",
            "     Cuba                  Partido Comunista de Ejemplo                  Ana Pérez Ruiz, Jefa de Departamento",
            "     Venezuela             Partido Socialista Unido de Venezuela (PSUV)  Luis Mora Díaz, Vicepresidente",
            "     México                Partido Modelo de México (PMM)                Elena Cruz Ortiz, Secretaria General",
        ]
        .join("\n");
        let got = super::super::signatories::read_names(&text);
        assert_eq!(
            got[1],
            (
                "Partido Socialista Unido de Venezuela (PSUV)".to_owned(),
                Some("Luis Mora Díaz".to_owned()),
                Some("Vicepresidente".to_owned())
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_persons_column_more_than_half_empty_is_still_read() {
        // Invented: three signers named, four rows with a dash.
        let text = "Land\tPartei\tUnterzeichnet von\n\
            Schweiz\tPartei der Arbeit der Schweiz (PdA)\tAnna Keller, Präsidentin\n\
            Deutschland\tDeutsche Kommunistische Partei (DKP)\tJonas Weber, Parteivorstand\n\
            Luxemburg\tKommunistische Partei Luxemburgs (KPL)\t-\n\
            Belgien\tParti du Travail de Belgique (PTB)\t-\n\
            Spanien\tPartido Comunista de España (PCE)\t-\n\
            Portugal\tPartido Comunista Português (PCP)\t-\n\
            Zypern\tAKEL\tEleni Georgiou, International Secretary\n";
        let got = read(text);
        assert_eq!(got.len(), 7, "{got:?}");
        assert_eq!(got[0].2, some("Anna Keller"));
        assert_eq!(got[6].3, some("International Secretary"));
        assert_eq!(got[2].2, None);
    }

    #[test]
    fn country_party_and_signer_with_role_in_one_cell() {
        let text = "Country\tParty\tSigned by\n\
            Austria\tCommunist Party of Austria (KPÖ)\tLena Hofbauer, Federal Spokesperson\n\
            Czech Republic\tCommunist Party of Bohemia and Moravia (KSČM)\tPavel Doležal, Vice-Chair\n\
            Ireland\tSinn Féin\tSiobhán Ní Bhriain, MEP\n";
        let got = read(text);
        assert_eq!(
            got[1],
            (
                "Communist Party of Bohemia and Moravia (KSČM)".to_owned(),
                some("Czech Republic"),
                some("Pavel Doležal"),
                some("Vice-Chair")
            )
        );
        assert_eq!(got[2].0, "Sinn Féin");
        assert_eq!(got[2].1, some("Ireland"));
    }

    #[test]
    fn a_table_of_figures_is_no_list_of_signatories() {
        let text = "Year\tVotes\tSeats\n2019\t12.5\t4\n2024\t14.1\t5\n";
        assert!(read(text).is_empty());
    }

    #[test]
    fn a_cell_broken_by_a_line_break_is_one_cell_of_its_row() {
        let line = |no: usize, text: &str| Line::new(no, text);
        let lines = [
            line(
                7,
                "Argentina\tPartido Comunista de la Argentina\tRicardo Ferreyra Olmos",
            ),
            line(7, "secretario de Relaciones Internacionales"),
            line(
                8,
                "Bolivia\tPartido Comunista de Bolivia (PCB)\tJulia Mamani Quispe",
            ),
            line(9, "Texto que sigue a la tabla."),
        ];
        let joined = joined_cell_breaks(&lines);
        assert_eq!(joined.len(), 3);
        assert_eq!(
            joined[0].text,
            "Argentina\tPartido Comunista de la Argentina\tRicardo Ferreyra Olmos, secretario de Relaciones Internacionales"
        );
        assert_eq!(joined[2].text, "Texto que sigue a la tabla.");
    }
}
