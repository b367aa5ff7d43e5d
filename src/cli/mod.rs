//! The command line: clap types in [`args`], one file per subcommand in [`cmd`], messages,
//! progress and output streams in [`ui`]. Each subcommand makes one call into
//! [`crate::app`] and prints what it returns. Only this module prints, opens files for output
//! and picks exit codes ([`EXIT_STATUSES`], as ripgrep does).

pub mod args;
pub mod cmd;
pub mod ui;

use crate::app::{Session, Settings};
use args::{Cli, Command};
use std::process::ExitCode;
use ui::Ui;

/// How a command that ran to its end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well.
    Success,
    /// It ran, but found problems (a file that failed to ingest, violations of the shapes).
    Problems,
}

/// The exit statuses and what each means (README, `--help` and the man page give them).
pub const EXIT_STATUSES: [(u8, &str); 3] = [
    (
        0,
        "success (also when the reader of standard output goes away, as in `cosignet query statements | head -1`)",
    ),
    (
        1,
        "the command ran but found problems: a file failed to ingest (the others are stored), or `validate` found violations",
    ),
    (
        2,
        "an error stopped the command: bad arguments, a missing or unreadable store, an unreadable input or override file",
    ),
];

/// The exit statuses as `--help` shows them.
pub fn exit_status_help() -> String {
    let mut text = String::from("Exit status:");
    for (code, meaning) in EXIT_STATUSES {
        text.push_str(&format!("\n  {code}  {meaning}"));
    }
    text
}

/// Runs the command line and gives its exit status: 0, 1 or 2 ([`EXIT_STATUSES`]).
pub fn run(cli: Cli) -> ExitCode {
    let ui = Ui::new(cli.global.quiet);
    match dispatch(cli, &ui) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        // A closed pipe (`cosignet export | head`) is not an error.
        Err(_) if ui::stdout_closed() => ExitCode::SUCCESS,
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Maps each subcommand to its one function (those that read or write statements get a
/// [`Session`]).
fn dispatch(cli: Cli, ui: &Ui) -> anyhow::Result<Outcome> {
    let session = |override_folders: Vec<std::path::PathBuf>| -> anyhow::Result<Session> {
        let session = Session::open(&Settings {
            store: cli.global.store.clone(),
            base: cli.global.base.clone(),
            overrides: cli.global.overrides.clone(),
            override_folders,
        })?;
        if let Some(shown) = session.overrides() {
            ui.info(format_args!("overrides: {shown}"));
        }
        Ok(session)
    };
    match cli.command {
        Command::Parse(a) => cmd::parse::run(a, &session(vec![])?, ui),
        Command::Ingest(a) => {
            let s = session(a.paths.clone())?;
            cmd::ingest::run(a, &s, ui)
        }
        Command::Query(a) => cmd::query::run(a, &session(vec![])?, ui),
        Command::Export(a) => cmd::export::run(a, &session(vec![])?, ui),
        Command::Network(a) => cmd::network::run(a, &session(vec![])?, ui),
        Command::Eval(a) => cmd::eval::run(a, &session(vec![])?, ui),
        Command::Resolve(a) => cmd::resolve::run(a, &session(vec![])?, ui),
        Command::Validate => cmd::validate::run(&session(vec![])?, ui),
        Command::Site(a) => cmd::site::run(a, &session(vec![])?, ui),
        Command::Serve(a) => cmd::serve::run(a, &session(vec![])?, ui),
        Command::Push(a) => cmd::push::run(a, &session(vec![])?, ui),
        Command::Completions(a) => cmd::completions::run(a, ui),
        Command::Man => cmd::man::run(ui),
    }
}

/// Whether an error comes from writing to a reader that went away.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
