//! `cosignet parse FILE`: the statement record of one file, or its numbered lines.

use crate::app::{ParseWhat, Parsed, Session};
use crate::cli::args::{ParseArgs, RecordFormat};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;
use std::io::Write;

/// Prints the record (one object, or a list for a file of several) with every doubt on
/// standard error, or the numbered lines with `--lines`.
pub fn run(a: ParseArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let what = if a.lines {
        ParseWhat::Lines
    } else {
        ParseWhat::Records
    };
    let mut out = ui.stdout();
    match session.parse(&a.file, what)? {
        Parsed::Lines(lines) => {
            for l in lines {
                writeln!(out, "{:>5}  {}", l.no, l.text)?;
            }
        }
        Parsed::Records { shown, records } => {
            for rec in &records {
                for d in &rec.diagnostics {
                    ui.diagnostic(&shown, d.line, d.severity, &d.message);
                }
            }
            match (a.format, records.as_slice()) {
                (RecordFormat::Json, [one]) => serde_json::to_writer_pretty(&mut out, one)?,
                (RecordFormat::Json, many) => serde_json::to_writer_pretty(&mut out, many)?,
                (RecordFormat::Yaml, [one]) => serde_yaml::to_writer(&mut out, one)?,
                (RecordFormat::Yaml, many) => serde_yaml::to_writer(&mut out, many)?,
            }
            if a.format == RecordFormat::Json {
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}
