//! `cosignet man`: the manual page, in roff.

use crate::cli::args::Cli;
use crate::cli::ui::Ui;
use crate::cli::{Outcome, EXIT_STATUSES};
use anyhow::Result;
use clap::CommandFactory;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;
use std::io::Write;

/// Prints the page on standard output: name, synopsis, description, options, subcommands,
/// exit status and version.
pub fn run(ui: &Ui) -> Result<Outcome> {
    let man = Man::new(Cli::command());
    let mut out = ui.stdout();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    let mut exit = Roff::new();
    exit.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_STATUSES {
        exit.control("TP", []);
        exit.text([bold(code.to_string())]);
        exit.text([roman(meaning)]);
    }
    exit.to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    out.flush()?;
    Ok(Outcome::Success)
}
