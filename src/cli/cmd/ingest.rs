//! `cosignet ingest PATH...`: files and folders into the store.

use crate::app::Session;
use crate::cli::args::IngestArgs;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;
use std::io::Write;

/// Ingests with a progress bar, prints each file's messages on standard error and a summary
/// on standard output; problems when a file failed.
pub fn run(a: IngestArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let report = {
        let bar = ui.progress();
        let options = crate::ingest::Options {
            max_file_size: a.max_file_size,
            compact: a.compact.into(),
        };
        session.ingest(&a.paths, &options, &bar)?
    };
    for m in &report.messages {
        ui.diagnostic(&m.path, m.line.filter(|l| *l > 0), m.severity, &m.text);
    }
    let mut out = ui.stdout();
    writeln!(
        out,
        "read {} statements from {} files: {} signatures, {} parties, {} persons, {} countries; {} triples written",
        report.statements, report.files_stored, report.signatures, report.parties, report.persons, report.countries, report.quads_written
    )?;
    if a.timings {
        for (phase, d) in &report.timings {
            writeln!(out, "{phase}: {:.2} s", d.as_secs_f64())?;
        }
    }
    if report.files_unchanged > 0 {
        writeln!(
            out,
            "{} files were already stored as read; nothing written for them",
            report.files_unchanged
        )?;
    }
    writeln!(
        out,
        "the store at {} holds {} triples{}",
        session.store_path().display(),
        report.store_quads,
        if report.compacted {
            ", compacted for reading"
        } else {
            ""
        }
    )?;
    let outcome = if report.files_failed > 0 {
        writeln!(
            out,
            "{} files failed and stored nothing (see messages above)",
            report.files_failed
        )?;
        Outcome::Problems
    } else {
        Outcome::Success
    };
    out.flush()?;
    Ok(outcome)
}
