//! `cosignet serve`: the site's pages and a SPARQL endpoint from the store, until stopped.

use crate::app::Session;
use crate::cli::args::ServeArgs;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::limits::QueryLimits;
use crate::serve::ServeOptions;
use anyhow::Result;
use std::time::Duration;

/// Starts the server, says where it listens, and runs until killed.
pub fn run(a: ServeArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let running = session.serve(ServeOptions {
        bind: a.bind,
        limits: QueryLimits {
            timeout: Some(a.timeout),
            max_rows: Some(a.max_rows),
            max_memory: a.max_memory.or_else(crate::limits::default_max_memory),
        },
        max_body: a.max_body,
        max_connections: a.max_connections,
        refresh: Duration::from_secs(2),
    })?;
    for addr in &running.addresses {
        ui.info(format_args!(
            "serving {} at http://{addr}/ (SPARQL: http://{addr}/sparql)",
            session.store_path().display()
        ));
    }
    running.wait()?;
    Ok(Outcome::Success)
}
