//! The `cosignet` command: parse the arguments (clap exits 2 on bad ones) and run.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    cosignet::cli::run(cosignet::cli::args::Cli::parse())
}
