//! `cosignet completions SHELL`: a completion script for bash, zsh, fish, elvish or
//! PowerShell.

use crate::cli::args::{Cli, CompletionsArgs};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

/// Prints the script on standard output.
pub fn run(a: CompletionsArgs, ui: &Ui) -> Result<Outcome> {
    // clap_complete panics when a write fails: write to memory, then to a reader that may
    // have gone away.
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "cosignet", &mut script);
    let mut out = ui.stdout();
    out.write_all(&script)?;
    out.flush()?;
    Ok(Outcome::Success)
}
