//! The command line: clap types in `args`, one function per subcommand in `run`. Only this
//! module prints, opens files for output and picks exit codes.

pub mod args;
pub mod run;
