//! `cosignet validate`: the store against the bundled SHACL shapes.

use crate::app::Session;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;
use std::io::Write;

/// Lists every violation; problems when there is one.
pub fn run(session: &Session, ui: &Ui) -> Result<Outcome> {
    let violations = session.validate()?;
    let mut out = ui.stdout();
    for v in &violations {
        writeln!(out, "{v}")?;
    }
    let outcome = if violations.is_empty() {
        writeln!(out, "the store conforms to the bundled shapes")?;
        Outcome::Success
    } else {
        writeln!(out, "{} violations of the bundled shapes", violations.len())?;
        Outcome::Problems
    };
    out.flush()?;
    Ok(outcome)
}
