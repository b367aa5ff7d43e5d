//! `cosignet site`: the store as a static linked-data site.

use crate::app::Session;
use crate::cli::args::SiteArgs;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;
use std::time::Instant;

/// Writes the site into the folder given, with a progress bar, and says what it wrote.
pub fn run(a: SiteArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let start = Instant::now();
    let bar = ui.progress();
    let report = session.site(&a.out, &bar)?;
    drop(bar);
    for iri in &report.skipped {
        ui.diagnostic(
            iri,
            None,
            crate::record::Severity::Warning,
            "no page: the IRI's path below the base cannot be a folder",
        );
    }
    ui.info(format_args!(
        "wrote {} documents ({} files, {:.1} MB) to {} in {:.1} s",
        report.documents,
        report.files,
        report.bytes as f64 / 1e6,
        a.out.display(),
        start.elapsed().as_secs_f64()
    ));
    Ok(Outcome::Success)
}
