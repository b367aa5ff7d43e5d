//! `cosignet export`: the whole store as Turtle, TriG, N-Quads, N-Triples, JSON-LD or
//! RDF/XML.

use crate::app::Session;
use crate::cli::args::ExportArgs;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;

/// Writes the store to `--output` or standard output, with a progress bar.
pub fn run(a: ExportArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let mut out = ui.output(a.output.as_deref());
    let bar = ui.progress();
    session.export(a.format.into(), &mut out, &bar)?;
    drop(bar);
    out.flush()?;
    Ok(Outcome::Success)
}
