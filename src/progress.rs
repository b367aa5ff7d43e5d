//! Progress of long operations (ingest, export, network, eval), reported to whoever shows
//! it: the CLI draws a progress bar on a terminal, tests and quiet runs pass [`Silent`].
//! The library never draws or prints.

/// Receives the progress of a long operation, phase after phase.
pub trait Progress: Sync {
    /// A phase begins: `total` units of work when known (a count of files or quads), or an
    /// unknown amount.
    fn phase(&self, name: &str, total: Option<u64>);
    /// `n` more units of the current phase are done.
    fn advance(&self, n: u64);
}

/// Progress nobody watches.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn phase(&self, _name: &str, _total: Option<u64>) {}
    fn advance(&self, _n: u64) {}
}
