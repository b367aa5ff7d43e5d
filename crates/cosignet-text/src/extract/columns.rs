//! Side-by-side columns of a text converted from PDF with its layout kept (`pdftotext
//! -layout`): signature blocks printed in two columns come out as lines that hold the
//! left block's line, a wide gap, and the right block's line. Such a run of lines is read
//! as two texts, the left column and then the right one, each line keeping its number.

use super::vocab::looks_like_party;
use crate::text::lines::Line;

/// Fewest spaces between two columns.
const GAP: usize = 3;
/// How far (in characters) the right column's start may wander between lines.
const SLACK: usize = 2;
/// Fewest lines with text on both sides that make a run of columns.
const MIN_SPLIT_LINES: usize = 3;
/// Most blank lines in a row inside a run of columns.
const MAX_BLANKS: usize = 4;
/// Most lines in a row with text on one side only inside a run of columns (blank lines
/// aside).
const MAX_ONE_SIDED: usize = 6;

/// A run of lines printed in two columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// Indices (into the lines given) of the run's first and last line.
    pub first: usize,
    /// See `first`.
    pub last: usize,
    /// The left column's lines, each with its line's number (empty where the line has no
    /// text on that side).
    pub left: Vec<Line>,
    /// The right column's lines, the same way.
    pub right: Vec<Line>,
}

/// Where a line's right column starts (a character index), when the line holds text, a gap
/// of `GAP` spaces or more, and words again.
fn split_at(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let start = chars.iter().position(|c| !c.is_whitespace())?;
    let mut run = 0;
    for (i, &c) in chars.iter().enumerate().skip(start) {
        if c == ' ' {
            run += 1;
        } else {
            // A page number or a date's figures set apart are no column.
            if run >= GAP && chars[i..].iter().any(|c| c.is_alphabetic()) {
                return Some(i);
            }
            run = 0;
        }
    }
    None
}

/// Where a line's right column starts when a long left entry leaves only two spaces
/// before it, right at the run's boundary ("Communist Party of Labour (Dominican Republic)
/// Guatemalan Party of Labour").
fn narrow_split(text: &str, at: usize) -> Option<usize> {
    let chars: Vec<char> = text.trim_end().chars().collect();
    (at.saturating_sub(SLACK)..=at + SLACK).find(|&p| {
        p >= 3
            && p < chars.len()
            && chars[p - 1] == ' '
            && chars[p - 2] == ' '
            && !chars[p - 3].is_whitespace()
            && chars[p].is_alphabetic()
    })
}

/// Where a line's right column starts at a run's boundary `at`: its wide gap there, else
/// two spaces there.
fn cut(text: &str, at: usize) -> Option<usize> {
    split_at(text)
        .filter(|s| s.abs_diff(at) <= SLACK)
        .or_else(|| narrow_split(text, at))
}

/// The character index where a line's text starts, and where it ends.
fn extent(text: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let start = chars.iter().position(|c| !c.is_whitespace())?;
    Some((start, chars.len()))
}

/// Whether a line has text before the boundary at `at` and a gap over it.
fn gap_over(text: &str, at: usize) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().position(|c| !c.is_whitespace());
    start.is_some_and(|s| s < at)
        && (at.saturating_sub(SLACK)..=at + SLACK).all(|p| chars.get(p).is_none_or(|c| *c == ' '))
}

/// How a line sits against a column boundary at `at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    Blank,
    Both,
    Left,
    Right,
    Across,
}

fn fit(text: &str, at: usize) -> Fit {
    let Some((start, end)) = extent(text) else {
        return Fit::Blank;
    };
    if cut(text, at).is_some() {
        return Fit::Both;
    }
    if end + 1 < at {
        Fit::Left
    } else if start + SLACK >= at {
        Fit::Right
    } else {
        Fit::Across
    }
}

/// Every run of two-column lines in a text.
pub fn find(lines: &[Line]) -> Vec<Columns> {
    runs(lines)
        .into_iter()
        .filter_map(|run| match run {
            Run::Blocks(c) => Some(c),
            Run::Table { .. } => None,
        })
        .collect()
}

/// A text's lines with the rows of its space-aligned tables written as the table reader
/// reads them, cells separated by tabs ("Argentina     Frente Grande     Silvina Aráoz –
/// vicepresidenta"): every gap of `GAP` spaces or more inside such a row is a cell boundary.
pub fn tabulated(lines: &[Line]) -> Vec<Line> {
    let mut out = lines.to_vec();
    for run in runs(lines) {
        if let Run::Table { first, last } = run {
            let rows = &lines[first..=last];
            let starts = column_starts(rows);
            // Each line's pieces, cut once for every use below.
            let cells: Vec<Pieces> = rows.iter().map(|r| pieces(&r.text, &starts)).collect();
            let markers = marker_column(&cells, &starts);
            for (line, pieces) in out[first..=last].iter_mut().zip(&cells) {
                line.text = cells_by_gaps(pieces, &starts, !markers);
            }
            for record in wrapped_rows(rows, &cells, &starts) {
                let parts: Vec<&Pieces> = record.iter().map(|&k| &cells[k]).collect();
                out[first + record[0]].text = joined_row(&parts, &starts);
                for &k in &record[1..] {
                    out[first + k].text.clear();
                }
            }
        }
    }
    out
}

/// A table row's pieces of text, each with the character index it starts at.
type Pieces = Vec<(usize, String)>;

/// The pieces of a table row's text: a gap of `GAP` spaces or more between words, or two
/// spaces where a column starts (`starts`), parts two pieces; a leading form feed and spaces
/// are no piece.
fn pieces(text: &str, starts: &[usize]) -> Pieces {
    let raw = text.trim_start_matches('\u{c}').trim_end();
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut spaces = 0;
    for (i, c) in raw.chars().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        let new_cell = out.is_empty() || spaces >= GAP || (spaces == 2 && starts.contains(&i));
        match out.last_mut() {
            Some((_, piece)) if !new_cell => {
                piece.push_str(&" ".repeat(spaces));
                piece.push(c);
            }
            _ => out.push((i, c.to_string())),
        }
        spaces = 0;
    }
    out
}

/// The rows of a table whose cells wrap onto the lines under them, each as the indices of
/// its lines: a table whose rows stand apart by blank lines, where a line under a row's
/// first holds fewer cells than that first line, beginning in the first column
/// ("Республика      Партия «AMANAT»      заместитель Председателя партии" / "Казахстан
/// Е.Б. Сарсенов"); and in a table whose last column names signers, a line under a row
/// that holds only the rest of the row's last cell, a role under its signer ("Partia
/// Zieloni      Weronika Zawada" / "współprzewodnicząca"). `cells` holds each row's
/// pieces.
fn wrapped_rows(rows: &[Line], cells: &[Pieces], starts: &[usize]) -> Vec<Vec<usize>> {
    let signers = signers_column(cells, starts);
    // A row with a cell in the last column, in a table whose last column names signers.
    let ends_in_signer = |k: usize| signers && cells[k].len() >= 2 && in_last_column(&cells[k], starts);
    let continues_last = |k: usize| signers && last_cell_rest(&cells[k], starts);
    let mut records: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    for (k, row) in rows.iter().enumerate() {
        if row.text.trim().is_empty() {
            open = false;
            continue;
        }
        match records.last_mut() {
            Some(record) if open => record.push(k),
            _ => records.push(vec![k]),
        }
        open = true;
    }
    if records.len() < MIN_COLUMN_ROWS && !signers {
        return Vec::new();
    }
    // A line under a row that leaves the first column empty is a row of its own (a
    // country's second party under it), not the rest of a cell.
    let first_column = starts.first().copied().unwrap_or(usize::MAX);
    let mut out = Vec::new();
    for record in records {
        let first_cells = cells[record[0]].len();
        // A line of rests only ("(PCRCI)   secrétaire général": an acronym in brackets, words
        // in lower case) under a row that ends in a signer goes on with that row's cells.
        let rest = |piece: &str| piece.starts_with('(') || crate::text::fold::opens_lower(piece);
        let only_rests = |k: usize| {
            cells[k]
                .iter()
                .all(|(_, p)| rest(p) && !super::regions::is_person_line(p))
        };
        let wraps = |k: usize| {
            let c = &cells[k];
            c.len() < first_cells
                && (c.first().is_some_and(|(at, _)| at + SLACK < first_column)
                    || (continues_last(k) && ends_in_signer(record[0]))
                    || (only_rests(k) && ends_in_signer(record[0])))
        };
        if record.len() >= 2 && record[1..].iter().all(|&k| wraps(k)) {
            out.push(record);
            continue;
        }
        // Rows with no blank line between them: each row with the rests of its last cell.
        let mut row: Vec<usize> = Vec::new();
        for k in record {
            if row.first().is_some_and(|&first| ends_in_signer(first)) && continues_last(k) {
                row.push(k);
                continue;
            }
            if row.len() >= 2 {
                out.push(std::mem::take(&mut row));
            }
            row = vec![k];
        }
        if row.len() >= 2 {
            out.push(row);
        }
    }
    out
}

/// Whether a line's last cell sits where the table's last column starts.
fn in_last_column(cells: &[(usize, String)], starts: &[usize]) -> bool {
    let (Some((at, _)), Some(&last)) = (cells.last(), starts.last()) else {
        return false;
    };
    at.abs_diff(last) <= SLACK
}

/// Whether a table's last column names signers: of its rows with a cell there, two or more
/// and at least half end in a person's name ("Weronika Zawada", "Д.А. Воронцов,").
fn signers_column(cells: &[Pieces], starts: &[usize]) -> bool {
    let rows: Vec<&str> = cells
        .iter()
        .filter(|c| c.len() >= 2 && in_last_column(c, starts))
        .filter_map(|c| c.last().map(|(_, piece)| piece.as_str()))
        .collect();
    let signers = rows
        .iter()
        .filter(|p| p.ends_with(',') || super::regions::is_person_line(p))
        .count();
    signers >= MIN_COLUMN_ROWS && signers * 2 >= rows.len()
}

/// Whether a line's cells may be only the rest of a row's last cell: one piece, where the
/// table's last column starts, that is no person's name (a name there is a signer of its
/// own, or one a role over it wraps onto) unless it names an organ ("Secretaria
/// Nacional").
fn last_cell_rest(cells: &[(usize, String)], starts: &[usize]) -> bool {
    matches!(cells, [(_, piece)] if in_last_column(cells, starts)
        && (!super::regions::is_person_line(piece)
            || super::vocab::names_an_organ(&crate::text::fold::fold(piece))))
}

/// One row of a table from the pieces of the lines its cells wrap onto: each cell's parts
/// joined in order, cells apart by tabs; a person's name under the last cell joins it after
/// a comma, as a role over a name broken by a line does, and so does a role under its
/// signer's name, so that the cell reads as "Name, role".
fn joined_row(rows: &[&Pieces], starts: &[usize]) -> String {
    let mut cells: Vec<String> = vec![String::new(); starts.len() + 1];
    for row in rows {
        for (at, piece) in row.iter().cloned() {
            let column = starts.iter().filter(|&&s| s <= at + SLACK).count();
            let cell = &mut cells[column];
            let last_column = column == starts.len();
            if cell.is_empty() {
                *cell = piece;
            } else if last_column
                && (super::regions::is_person_line(&piece)
                    || (!cell.ends_with(',') && role_under_signer(cell, &piece)))
            {
                *cell = format!("{cell}, {piece}");
            } else {
                *cell = format!("{cell} {piece}");
            }
        }
    }
    cells.join("\t")
}

/// Whether `rest`, under a table's last cell `cell`, is its signer's role: under a
/// person's name ("Weronika Zawada" / "współprzewodnicząca"), or in small letters under
/// a capitalised name ("Salam H. al-Rubaie" / "membro do Comité Central").
fn role_under_signer(cell: &str, rest: &str) -> bool {
    let opens_upper = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    let opens_lower = |t: &str| t.chars().next().is_some_and(char::is_lowercase);
    super::regions::is_person_line(cell) || (opens_upper(cell) && opens_lower(rest))
}

/// Fewest rows whose cell starts at a place that make it a column's start.
const MIN_COLUMN_ROWS: usize = 2;

/// Where a table's columns start (character indices): the places where cells after a wide
/// gap start in two rows or more.
fn column_starts(rows: &[Line]) -> Vec<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for row in rows {
        let chars: Vec<char> = row.text.trim_start_matches('\u{c}').trim_end().chars().collect();
        let mut spaces = 0;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                spaces += 1;
                continue;
            }
            if spaces >= GAP && spaces < i {
                match counts.iter_mut().find(|(at, _)| *at == i) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((i, 1)),
                }
            }
            spaces = 0;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_COLUMN_ROWS)
        .map(|(at, _)| at)
        .collect()
}

/// A line's text from its `pieces`, each gap of `GAP` spaces or more between words as a
/// tab, and a gap of two spaces where one of the table's columns starts (`starts`): a long
/// cell leaves only two before the next ("Partido Socialista Unido de Venezuela (PSUV)
/// Héctor ...").
/// With `keep_places`, a row that leaves its first columns empty keeps their places as
/// empty cells ("\tParti socialiste des travailleurs (PST)" under "Algérie\tMouvement
/// démocratique ...").
fn cells_by_gaps(pieces: &[(usize, String)], starts: &[usize], keep_places: bool) -> String {
    // Only a row whose first cell starts right where a column does.
    let skipped = match pieces.first() {
        Some((at, _)) if keep_places && starts.iter().any(|s| s.abs_diff(*at) <= SLACK) => {
            starts.iter().filter(|&&s| s <= at + SLACK).count()
        }
        _ => 0,
    };
    let mut cells = vec![String::new(); skipped];
    cells.extend(pieces.iter().map(|(_, piece)| piece.clone()));
    cells.join("\t")
}

/// Whether a table's first column holds only list markers ("–", "•", "1."): its other
/// column is then a list's items, and a line under an item is the item's wrapped rest.
fn marker_column(cells: &[Pieces], starts: &[usize]) -> bool {
    let Some(&first) = starts.first() else {
        return false;
    };
    let mut firsts = cells
        .iter()
        .filter_map(|c| c.first())
        .filter(|(at, _)| at + SLACK < first)
        .peekable();
    firsts.peek().is_some() && firsts.all(|(_, piece)| !piece.chars().any(char::is_alphabetic))
}

/// A run of lines set in columns by spaces.
enum Run {
    /// Signature blocks side by side.
    Blocks(Columns),
    /// Rows of a table, lines `first..=last`.
    Table { first: usize, last: usize },
}

impl Run {
    /// The index of the run's last line.
    fn last(&self) -> usize {
        match self {
            Run::Blocks(c) => c.last,
            Run::Table { last, .. } => *last,
        }
    }
}

/// Every run of lines whose text keeps to a column boundary.
fn runs(lines: &[Line]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].text.trim_start_matches('\u{c}');
        let Some(at) = split_at(text).filter(|_| !text.contains('\t')) else {
            i += 1;
            continue;
        };
        // Grow the run while lines keep to the boundary; a few blank lines may come between.
        let mut last = i;
        let mut both = 0;
        let mut blanks = 0;
        let mut one_sided = 0;
        let mut j = i;
        // Whether the line before is a row's first line or the rest of its cells.
        let mut in_row = false;
        while j < lines.len() {
            let t = lines[j].text.trim_start_matches('\u{c}');
            // The rest of a row's cells right under it, its middle cell empty ("Казахстан", a
            // wide gap over the boundary, then the last cell's rest), keeps to the boundary as
            // a line of the left column does; a running head after a page break or a page
            // number does not.
            let page_break = lines[j].text.starts_with('\u{c}');
            let rest_of_row = in_row && !page_break && gap_over(t, at);
            let f = match fit(t, at) {
                Fit::Across if rest_of_row => Fit::Left,
                f => f,
            };
            in_row = f == Fit::Both || (f == Fit::Left && rest_of_row);
            match f {
                Fit::Blank => {
                    blanks += 1;
                    if blanks > MAX_BLANKS {
                        break;
                    }
                }
                Fit::Across => break,
                f => {
                    blanks = 0;
                    if f == Fit::Both {
                        both += 1;
                        one_sided = 0;
                    } else {
                        // A running head over pages of prose that ends short of it ("...
                        // Seite 1") makes no column.
                        one_sided += 1;
                        if one_sided > MAX_ONE_SIDED {
                            break;
                        }
                    }
                    last = j;
                }
            }
            j += 1;
        }
        if both < MIN_SPLIT_LINES {
            i += 1;
            continue;
        }
        // The lines right above the first split one belong to the run when they keep to its
        // boundary (a first line whose two names stand only two spaces apart).
        let floor = out.last().map_or(0, |r: &Run| r.last() + 1);
        let mut first = i;
        while first > floor
            && matches!(
                fit(lines[first - 1].text.trim_start_matches('\u{c}'), at),
                Fit::Both
            )
        {
            first -= 1;
        }
        let run = split(lines, first, last, at);
        out.push(if blocks_side_by_side(&run) {
            Run::Blocks(run)
        } else {
            Run::Table { first, last }
        });
        i = last + 1;
    }
    out
}

/// Whether both columns hold signature blocks: an organisation's name and a person's in
/// each, or whole entries with their signers on every line. A table of country and party,
/// or of role and name ("Председатель ПКРМ      С. М. Чебан"), has one kind of line in a
/// column and is read by its rows, and so is a table of three columns.
fn blocks_side_by_side(run: &Columns) -> bool {
    // A right column that splits again is a table of three columns or more (organisation,
    // name, role), read by its rows.
    let filled: Vec<&str> = run
        .right
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    if filled.iter().filter(|t| split_at(t).is_some()).count() * 2 > filled.len() {
        return false;
    }
    // Two lists of whole entries side by side ("Name, Role, ACR      Name, Role, ACR").
    let whole_entries = [&run.left, &run.right].iter().all(|column| {
        let mut texts = column
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .peekable();
        texts.peek().is_some() && texts.all(|t| super::entry::split_person(t).is_some())
    });
    if whole_entries {
        return true;
    }
    [&run.left, &run.right].iter().all(|column| {
        let texts: Vec<&str> = column
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        // A name with its country ("Levitsata!, Bułgaria") is an organisation's too.
        let g = crate::reference::countries::Gazetteer::bundled();
        let parties = texts
            .iter()
            .filter(|t| {
                looks_like_party(t)
                    || super::signatories::opener_before_name(t)
                    || crate::reference::parties::known(t.trim())
                    || super::entry::split_country_affix(g, t).1.is_some()
            })
            .count();
        let persons = texts.iter().filter(|t| super::regions::is_person_line(t)).count();
        parties >= 1 && persons >= 1 && parties < texts.len()
    })
}

/// The two columns of lines `first..=last`, split at character `at`. A column's line that
/// is only a bracket ("(NCPN)") ends the name on its line above.
fn split(lines: &[Line], first: usize, last: usize, at: usize) -> Columns {
    let mut left: Vec<Line> = Vec::new();
    let mut right: Vec<Line> = Vec::new();
    for line in &lines[first..=last] {
        let text = line.text.trim_start_matches('\u{c}').trim_end();
        let (l, r) = match fit(text, at) {
            Fit::Both => {
                let cut = cut(text, at).unwrap_or(at);
                let byte = text.char_indices().nth(cut).map_or(text.len(), |(b, _)| b);
                (text[..byte].trim(), text[byte..].trim())
            }
            Fit::Left => (text.trim(), ""),
            Fit::Right => ("", text.trim()),
            Fit::Blank | Fit::Across => ("", ""),
        };
        push(&mut left, line, l);
        push(&mut right, line, r);
    }
    Columns {
        first,
        last,
        left,
        right,
    }
}

/// Adds a column's piece of a line; a bracket alone right under a name ends that name.
fn push(column: &mut Vec<Line>, line: &Line, text: &str) {
    let bracket = text.starts_with('(') && text.ends_with(')') && !text[1..].contains('(');
    let piece = |text: &str| Line {
        text: text.to_owned(),
        ..line.clone()
    };
    match column.last_mut() {
        Some(above) if bracket && !above.text.is_empty() && above.no + 1 == line.no => {
            above.text.push(' ');
            above.text.push_str(text);
            column.push(piece(""));
        }
        _ => column.push(piece(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;

    #[test]
    fn a_table_of_three_columns_set_by_spaces_is_read_by_its_rows() {
        // Invented, as pdftotext lays out a table of organisation, signer and office with a
        // blank line between rows; the heading row is no signatory.
        let mut text =
            String::from("Manifiesto\n\nLas organizaciones firmantes exigimos vivienda digna.\n\n");
        let rows = [
            ("ORGANIZACIÓN", "FIRMA", "CARGO"),
            (
                "Izquierda Asturiana (IAS)",
                "Pelayo Menéndez Vigil",
                "Secretario de Organización",
            ),
            ("Xunta Vecinal Xixón", "Covadonga Iglesias Rato", "Presidenta"),
            (
                "Sindicato de Inquilinas de Oviedo",
                "Marta Suárez Llano",
                "Portavoz",
            ),
            ("CSI Asturies", "Xuan Fernández Riera", "Secretario general"),
        ];
        for (org, name, role) in rows {
            text.push_str(&format!("{org:<40}{name:<28}{role}\n\n"));
        }
        let got = crate::extract::signatories::read_names(&text);
        let want: Vec<(String, Option<String>, Option<String>)> = rows[1..]
            .iter()
            .map(|(o, n, r)| ((*o).to_owned(), Some((*n).to_owned()), Some((*r).to_owned())))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_role_under_its_signer_in_the_last_column_is_that_signers_role() {
        // Invented persons of real parties, as pdftotext lays out a table of country, party
        // and representative with no blank line between rows: each representative's office
        // is a line of its own under the name, in the last column; one row has no person,
        // its office on its own line.
        let mut text = String::from("Deklaracja\n\nWzywamy do ochrony rzek.\n\nDeklarację podpisali:\n\n");
        text.push_str(&format!(
            "  {:<18}{:<44}{}\n\n",
            "Kraj", "Partia / organizacja", "Reprezentant(ka)"
        ));
        let rows = [
            (
                "Polska",
                "Partia Zieloni",
                Some("Joanna Przykładowa"),
                "współprzewodnicząca",
            ),
            (
                "Czechy",
                "Strana zelených",
                Some("Petr Vzorový"),
                "wiceprzewodniczący",
            ),
            (
                "Węgry",
                "LMP – Magyarország Zöld Pártja",
                None,
                "sekretarz międzynarodowy",
            ),
            (
                "Słowacja",
                "Strana zelených Slovenska",
                Some("Ján Ukážkový"),
                "przewodniczący",
            ),
        ];
        for (country, party, name, role) in rows {
            match name {
                Some(name) => {
                    text.push_str(&format!("  {country:<18}{party:<44}{name}\n"));
                    text.push_str(&format!("  {:<62}{role}\n", ""));
                }
                None => text.push_str(&format!("  {country:<18}{party:<44}{role}\n")),
            }
        }
        let got = crate::extract::signatories::read_names(&text);
        let want: Vec<(String, Option<String>, Option<String>)> = rows
            .iter()
            .map(|(_, party, name, role)| {
                (
                    (*party).to_owned(),
                    name.map(str::to_owned),
                    Some((*role).to_owned()),
                )
            })
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_party_under_a_party_in_the_last_column_is_a_signatory_of_its_own() {
        // Invented layout of real parties: a country's second and third parties stand
        // under its first, in the last column; they are no continuation of its name.
        let mut text = String::from("Déclaration\n\nNous appelons à la paix.\n\nLISTE DES SIGNATAIRES\n\n");
        text.push_str(&format!("{:<22}{}\n\n", "PAYS", "PARTI"));
        let rows = [
            ("Algérie", "Mouvement démocratique et social (MDS)"),
            ("", "Parti socialiste des travailleurs (PST)"),
            ("France", "Parti communiste français (PCF)"),
            ("Grèce", "SYRIZA"),
            ("Italie", "Parti de la refondation communiste (PRC)"),
            ("", "Parti communiste italien (PCI)"),
            ("Jordanie", "Parti communiste jordanien"),
        ];
        for (country, party) in rows {
            text.push_str(&format!("{country:<22}{party}\n"));
        }
        let got: Vec<String> = crate::extract::signatories::read_names(&text)
            .into_iter()
            .map(|(party, _, _)| party)
            .collect();
        let want: Vec<String> = rows.iter().map(|(_, p)| (*p).to_owned()).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_bulleted_list_of_demands_set_by_spaces_names_no_signatory() {
        // Invented, as pdftotext lays out a list of demands: a dash, a gap, the demand, and
        // its wrapped rest under it where the demands start.
        let text = "Gemeinsame Erklärung\n\nWir fordern den Regierungsrat deshalb auf,\n\n\
            \x20 –   das Sparprogramm der BVB zurückzuweisen und die Abgeltung für 2026\n\
            \x20     mindestens auf dem Niveau von 2025 zu sichern;\n\
            \x20 –   auf Tariferhöhungen zu verzichten und ein günstiges Jahresabo für\n\
            \x20     Jugendliche, Lernende und Menschen mit kleinem Einkommen einzuführen;\n\
            \x20 –   den Einstellungsstopp aufzuheben und mit dem Personal einen neuen\n\
            \x20     Gesamtarbeitsvertrag zu verhandeln.\n";
        assert_eq!(crate::extract::signatories::read_names(text), Vec::new());
    }

    #[test]
    fn rows_whose_cells_wrap_onto_the_next_line_are_read_whole() {
        // Invented persons of real parties, as pdftotext lays out a table of country, party
        // and representative under a lead-in, its header row and a rule: the country and
        // the representative's name wrap onto the line under each row, a middle cell left
        // empty there; an office and a name in one cell are read apart.
        let mut text = String::from("Декларация\n\nМы выступаем за мир.\n\n    ДЕКЛАРАЦИЮ ПОДПИСАЛИ:\n\n");
        text.push_str(&format!(
            " {:<19}{:<49}{}\n",
            "Страна", "Политическая партия", "Представитель"
        ));
        text.push_str(&format!(" {}\n", "-".repeat(90)));
        let rows = [
            (
                "Республика",
                "Казахстан",
                "Партия «AMANAT»",
                "заместитель Председателя партии",
                "Е.Б. Примеров",
            ),
            (
                "Кыргызская",
                "Республика",
                "«Ата-Журт Кыргызстан»",
                "депутат Жогорку Кенеша",
                "Н.К. Тестов",
            ),
            (
                "Российская",
                "Федерация",
                "КПРФ",
                "заместитель Председателя ЦК КПРФ",
                "А.В. Образцов",
            ),
            (
                "Республика",
                "Беларусь",
                "Коммунистическая партия Беларуси",
                "секретарь ЦК КПБ С.А. Жуков",
                "",
            ),
        ];
        for (country, country_rest, party, office, name) in rows {
            text.push_str(&format!(
                "\n {country:<19}{party:<49}{office}\n {country_rest:<68}{name}\n"
            ));
        }
        let got = crate::extract::signatories::read_names(&text);
        let want: Vec<(String, Option<String>, Option<String>)> = vec![
            (
                "Партия «AMANAT»".into(),
                Some("Е.Б. Примеров".into()),
                Some("заместитель Председателя партии".into()),
            ),
            (
                "«Ата-Журт Кыргызстан»".into(),
                Some("Н.К. Тестов".into()),
                Some("депутат Жогорку Кенеша".into()),
            ),
            (
                "КПРФ".into(),
                Some("А.В. Образцов".into()),
                Some("заместитель Председателя ЦК КПРФ".into()),
            ),
            (
                "Коммунистическая партия Беларуси".into(),
                Some("С.А. Жуков".into()),
                Some("секретарь ЦК КПБ".into()),
            ),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_countrys_parties_under_it_are_rows_of_their_own() {
        // Real parties, a country named once over its parties, blank lines between countries:
        // a line that leaves the first column empty is a row, not the rest of a cell.
        let mut text = String::from("Déclaration\n\nLISTE DES PARTIS SIGNATAIRES\n\n");
        text.push_str(&format!("{:<22}{}\n\n", "PAYS", "PARTI / ORGANISATION"));
        let groups: [(&str, &[&str]); 3] = [
            (
                "Algérie",
                &[
                    "Parti algérien pour la démocratie et le socialisme (PADS)",
                    "Mouvement démocratique et social (MDS)",
                ],
            ),
            (
                "Égypte",
                &[
                    "Parti communiste égyptien",
                    "Parti de l’Alliance populaire socialiste",
                ],
            ),
            (
                "Tunisie",
                &[
                    "Parti des Travailleurs",
                    "Parti des patriotes démocrates unifié (Watad)",
                ],
            ),
        ];
        for (country, parties) in groups {
            text.push_str(&format!("{country:<22}{}\n", parties[0]));
            for party in &parties[1..] {
                text.push_str(&format!("{:<22}{party}\n", ""));
            }
            text.push('\n');
        }
        let got: Vec<String> = crate::extract::signatories::read_names(&text)
            .into_iter()
            .map(|(party, _, _)| party)
            .collect();
        let want: Vec<&str> = groups
            .iter()
            .flat_map(|(_, parties)| parties.iter().copied())
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn an_acronym_and_a_role_wrapped_under_a_row_go_on_with_its_cells() {
        // Real parties, invented signers: country, party and signer, the party's acronym and
        // the signer's role on the line under the row.
        let rows = [
            (
                "Côte d'Ivoire",
                "Parti communiste révolutionnaire de Côte d'Ivoire",
                "Yao Exemple,",
                "(PCRCI)",
                "secrétaire général",
            ),
            (
                "Algérie",
                "Parti algérien pour la démocratie et le socialisme",
                "Rachid Modèle,",
                "(PADS)",
                "membre du Comité central",
            ),
            (
                "Maroc",
                "Annahj Addimocrati (Voie démocratique)",
                "Hassan Fictif,",
                "",
                "secrétaire national",
            ),
        ];
        let mut text = String::from("Déclaration de Dakar\n\nOnt signé :\n\n");
        for (country, party, person, acronym, role) in rows {
            text.push_str(&format!(
                "{country:<16}{party:<53}{person}\n{:<16}{acronym:<53}{role}\n\n",
                ""
            ));
        }
        let got: Vec<(String, Option<String>, Option<String>)> =
            crate::extract::signatories::read_names(&text);
        let parties: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(
            parties,
            [
                "Parti communiste révolutionnaire de Côte d'Ivoire (PCRCI)",
                "Parti algérien pour la démocratie et le socialisme (PADS)",
                "Annahj Addimocrati (Voie démocratique)"
            ]
        );
        assert_eq!(got[1].2.as_deref(), Some("membre du Comité central"));
    }

    #[test]
    fn two_signature_columns_are_read_one_after_the_other() {
        let text = "Für die Organisationen:\n\n\
            Partei A (PA)                        Partei B\n\
            Anna Muster                          Bernd Beispiel\n\
            Vorsitzende                          Sekretär\n\
            \n\
            Neue Partei C                        Partei D (PD)\n\
            (NPC)                                Dora Doe\n\
            Carl Clever\n";
        let found = find(&split_lines(text));
        assert_eq!(found.len(), 1);
        let texts = |c: &[Line]| -> Vec<String> {
            c.iter()
                .filter(|l| !l.text.is_empty())
                .map(|l| l.text.clone())
                .collect()
        };
        assert_eq!(
            texts(&found[0].left),
            [
                "Partei A (PA)",
                "Anna Muster",
                "Vorsitzende",
                "Neue Partei C (NPC)",
                "Carl Clever"
            ]
        );
        assert_eq!(
            texts(&found[0].right),
            [
                "Partei B",
                "Bernd Beispiel",
                "Sekretär",
                "Partei D (PD)",
                "Dora Doe"
            ]
        );
        // Every piece keeps its line's number.
        assert_eq!(found[0].right[1].no, 4);
    }

    #[test]
    fn blocks_whose_organisations_carry_their_country_are_columns() {
        // Invented persons of real parties: no party word in the left column, but each
        // organisation has its country after a comma.
        let text = "Podpisali:\n\n\
            Levitsata!, Bułgaria                          Eestimaa Vasakpartei, Estonia\n\
            Nikolay Przykład                              Svetlana Wzór\n\
            współprzewodniczący                           przewodnicząca\n\
            \n\
            Možemo!, Chorwacja                            Levica, Macedonia Północna\n\
            Ivana Primjer                                 Dimitar Primer\n\
            sekretarz                                     członek Komitetu Centralnego\n";
        let found = find(&split_lines(text));
        assert_eq!(found.len(), 1);
        let left: Vec<&str> = found[0]
            .left
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(
            left,
            [
                "Levitsata!, Bułgaria",
                "Nikolay Przykład",
                "współprzewodniczący",
                "Možemo!, Chorwacja",
                "Ivana Primjer",
                "sekretarz"
            ]
        );
    }

    #[test]
    fn two_lists_of_whole_entries_side_by_side_are_columns() {
        // Invented: "Name, Office, ACR" entries printed in two columns.
        let text = "Anna Berg, General Secretary, CPA          Ben Holt, Chairman, WPB\n\
            Carl Dunn, President, CPC                   Dora Finn, General Secretary, CPD\n\
            Emil Gray, Secretary, CPE                   Fay Hart, President, CPF\n";
        let found = find(&split_lines(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].right[0].text, "Ben Holt, Chairman, WPB");
    }

    #[test]
    fn a_first_row_with_only_two_spaces_between_its_names_belongs_to_the_run() {
        let text = [
            "Kommunistische Partei Deutschlands (KPD)  Partei B",
            "Anna Muster                               Bernd Beispiel",
            "Vorsitzende                               Sekretär",
            "",
            "Partei C                                  Partei D",
            "Carl Clever                               Dora Doe",
        ]
        .join("\n");
        let found = find(&split_lines(&text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].left[0].text, "Kommunistische Partei Deutschlands (KPD)");
        assert_eq!(found[0].right[0].text, "Partei B");
    }

    #[test]
    fn rows_of_one_signer_each_are_not_columns() {
        // Role and name on one row, or country and party: a table, read by its rows.
        let text = "Председатель ПКРМ              С. М. Чебан\n\n\
            Первый секретарь ЦК КПА        А. Г. Мкртчян\n\n\
            Председатель ЕКПГ              Т. Р. Гелашвили\n\n\
            Ägypten          Ägyptische Kommunistische Partei\n\
            Chile            Kommunistische Partei Chiles\n\
            Dänemark         Kommunistische Partei Dänemarks\n";
        assert!(find(&split_lines(text)).is_empty());
    }

    #[test]
    fn prose_and_a_single_gap_are_not_columns() {
        let text = "A sentence with   three spaces in it once.\nAnd a long line of prose that runs across the page without any gap.\n\
            Name   Role\n";
        assert!(find(&split_lines(text)).is_empty());
    }
}
