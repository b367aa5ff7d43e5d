//! `cosignet eval DIR`: extraction and resolution scored against answer keys.

use crate::app::Session;
use crate::cli::args::{EvalArgs, EvalFormat};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::eval::{Scores, ScoresJson};
use anyhow::Result;
use std::io::{self, Write};

/// Prints the scores per file and in total (a table or JSON), the texts' diagnostics on
/// standard error, and with `--details` what was missed, read in excess, split or merged.
pub fn run(a: EvalArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let ev = {
        let bar = ui.progress();
        session.evaluate(&a.dir, &bar)?
    };
    for (file, d) in &ev.diagnostics {
        ui.diagnostic(file, d.line, d.severity, &d.message);
    }
    let mut out = ui.stdout();
    match a.format {
        EvalFormat::Json => {
            let mut total = serde_json::to_value(ScoresJson::of(&ev.totals, None))?;
            let files: Vec<ScoresJson> = ev
                .files
                .iter()
                .map(|f| ScoresJson::of(&f.scores, Some(&f.file)))
                .collect();
            total["files"] = serde_json::to_value(files)?;
            serde_json::to_writer_pretty(&mut out, &total)?;
            writeln!(out)?;
        }
        EvalFormat::Table => {
            let cell = |v: Option<f64>| v.map_or("-".to_owned(), |x| format!("{x:.3}"));
            let width = ev.files.iter().map(|f| f.file.len()).max().unwrap_or(5).max(5);
            writeln!(
                out,
                "{:<width$}  {:>4} {:>4}  {:>5} {:>5} {:>5}  {:>7} {:>6} {:>5}  {:>5} {:>5}  {:>5}",
                "file", "key", "read", "P", "R", "F1", "country", "person", "role", "id-P", "id-R", "date"
            )?;
            let mut row = |name: &str, s: &Scores| -> io::Result<()> {
                let j = ScoresJson::of(s, None);
                writeln!(
                    out,
                    "{:<width$}  {:>4} {:>4}  {:>5} {:>5} {:>5}  {:>7} {:>6} {:>5}  {:>5} {:>5}  {:>5}",
                    name,
                    s.extraction.expected,
                    s.extraction.predicted,
                    cell(j.extraction_precision),
                    cell(j.extraction_recall),
                    cell(j.extraction_f1),
                    cell(j.country_accuracy),
                    cell(j.person_accuracy),
                    cell(j.role_accuracy),
                    cell(j.identity_precision),
                    cell(j.identity_recall),
                    cell(j.date_accuracy)
                )
            };
            for f in &ev.files {
                row(&f.file, &f.scores)?;
            }
            row("TOTAL", &ev.totals)?;
            let j = ScoresJson::of(&ev.totals, None);
            writeln!(out, "identity F1 over all pairs: {}", cell(j.identity_f1))?;
        }
    }
    out.flush()?;
    if a.details {
        for line in crate::eval::identity_errors(&ev.files) {
            eprintln!("identity: {line}");
        }
        for f in &ev.files {
            for m in &f.missed {
                eprintln!("{}: missed: {m}", f.file);
            }
            for x in &f.extra {
                eprintln!("{}: extra: {x}", f.file);
            }
        }
    }
    Ok(Outcome::Success)
}
