//! `cosignet push`: the store to a remote triple store, credentials from the environment.

use crate::app::Session;
use crate::cli::args::PushArgs;
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::push::{Credentials, PushOptions};
use anyhow::{bail, Result};
use std::time::Duration;

/// Credentials from COSIGNET_PUSH_USER and COSIGNET_PUSH_PASSWORD, or COSIGNET_PUSH_TOKEN
/// (never from the command line, where other users of the machine could read them).
fn credentials() -> Result<Option<Credentials>> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match (
        var("COSIGNET_PUSH_USER"),
        var("COSIGNET_PUSH_PASSWORD"),
        var("COSIGNET_PUSH_TOKEN"),
    ) {
        (Some(_), _, Some(_)) => bail!("set COSIGNET_PUSH_USER or COSIGNET_PUSH_TOKEN, not both"),
        (Some(user), Some(password), None) => Ok(Some(Credentials::Basic(user, password))),
        (Some(_), None, None) => bail!("COSIGNET_PUSH_USER is set but COSIGNET_PUSH_PASSWORD is not"),
        (None, _, Some(token)) => Ok(Some(Credentials::Bearer(token))),
        (None, _, None) => Ok(None),
    }
}

/// Pushes with a progress bar and prints a summary.
pub fn run(a: PushArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let credentials = credentials()?;
    if credentials.is_some() && a.endpoint.starts_with("http://") {
        ui.diagnostic(
            &a.endpoint,
            None,
            crate::record::Severity::Warning,
            "credentials go to it unencrypted (http)",
        );
    }
    let options = PushOptions {
        endpoint: a.endpoint,
        query_endpoint: a.query_endpoint,
        prune: a.prune,
        jobs: usize::from(a.jobs),
        tries: a.tries,
        backoff: Duration::from_millis(500),
        timeout: a.timeout,
    };
    let bar = ui.progress();
    let report = session.push(&options, credentials.as_ref(), &bar)?;
    drop(bar);
    for g in &report.deleted {
        ui.info(format_args!("deleted {g}"));
    }
    ui.info(format_args!(
        "pushed {} graphs ({} triples) to {} in {:.1} s; {} deleted, {} retries",
        report.graphs,
        report.triples,
        options.endpoint,
        report.elapsed.as_secs_f64(),
        report.deleted.len(),
        report.retries
    ));
    Ok(Outcome::Success)
}
