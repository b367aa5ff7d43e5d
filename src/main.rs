//! The `cosignet` command: parse the arguments, run, map errors to an exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cosignet::cli::args::Cli::parse();
    match cosignet::cli::run::run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`cosignet export | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
