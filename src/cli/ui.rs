//! What the command line writes besides its results: messages and progress bars on standard
//! error (silenced by `--quiet`, bars only on a terminal), and the output streams, which
//! notice when the reader of standard output goes away.

use crate::progress::Progress;
use crate::record::Severity;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Set when a write to standard output failed because its reader closed the pipe.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Whether the reader of standard output went away (`cosignet query ... | head -1`).
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// How the command line talks to the person running it.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    quiet: bool,
}

impl Ui {
    /// Messages and progress, unless `quiet`.
    pub fn new(quiet: bool) -> Self {
        Self { quiet }
    }

    /// An informational message on standard error (not with `--quiet`).
    pub fn info(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A diagnostic about a file, as `file:line: severity: message`; informational ones are
    /// left out with `--quiet`.
    pub fn diagnostic(&self, file: &str, line: Option<usize>, severity: Severity, message: &str) {
        if self.quiet && severity == Severity::Info {
            return;
        }
        match line {
            Some(l) => eprintln!("{file}:{l}: {severity}: {message}"),
            None => eprintln!("{file}: {severity}: {message}"),
        }
    }

    /// A progress bar on standard error when it is a terminal and not `--quiet`; otherwise
    /// one that draws nothing. It clears itself when dropped.
    pub fn progress(&self) -> Bar {
        let shown = !self.quiet && io::stderr().is_terminal();
        Bar {
            shown,
            current: Mutex::new(None),
        }
    }

    /// Standard output, buffered.
    pub fn stdout(&self) -> io::BufWriter<Stdout> {
        io::BufWriter::new(Stdout(io::stdout()))
    }

    /// The width of the terminal standard output goes to, if it goes to one.
    pub fn stdout_width(&self) -> Option<usize> {
        let term = console::Term::stdout();
        if !term.is_term() {
            return None;
        }
        term.size_checked().map(|(_, cols)| usize::from(cols))
    }

    /// A buffered output: the file at `path`, created when first written to or flushed (a
    /// command that fails before writing leaves no file), or standard output.
    pub fn output(&self, path: Option<&Path>) -> Box<dyn Write> {
        match path {
            Some(p) => Box::new(LazyFile {
                path: p.to_path_buf(),
                file: None,
            }),
            None => Box::new(self.stdout()),
        }
    }

    /// Where a second output of a command goes: the file at `path`, created.
    pub fn create(&self, path: &Path) -> Result<io::BufWriter<File>> {
        Ok(io::BufWriter::new(
            File::create(path).with_context(|| format!("creating {}", path.display()))?,
        ))
    }
}

/// A file created on its first write or flush.
struct LazyFile {
    path: std::path::PathBuf,
    file: Option<io::BufWriter<File>>,
}

impl LazyFile {
    fn file(&mut self) -> io::Result<&mut io::BufWriter<File>> {
        if self.file.is_none() {
            let file = File::create(&self.path)
                .map_err(|e| io::Error::new(e.kind(), format!("creating {}: {e}", self.path.display())))?;
            self.file = Some(io::BufWriter::new(file));
        }
        Ok(self.file.as_mut().expect("just created"))
    }
}

impl Write for LazyFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file()?.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file()?.flush()
    }
}

/// Standard output that remembers when its reader went away.
pub struct Stdout(io::Stdout);

impl Stdout {
    fn note<T>(result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
            }
        }
        result
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        Self::note(self.0.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        Self::note(self.0.flush())
    }
}

/// A phase of known length.
const BAR: &str = "{msg} [{bar:30}] {human_pos}/{human_len} ({elapsed})";
/// A phase of unknown length.
const SPINNER: &str = "{spinner} {msg} ({elapsed})";
/// A phase of unknown length that counts what it has done.
const COUNTER: &str = "{spinner} {msg}: {human_pos} ({elapsed})";

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .expect("the templates are valid")
        .progress_chars("=> ")
}

/// A progress bar on standard error, one per phase, or nothing when progress is not shown.
pub struct Bar {
    shown: bool,
    current: Mutex<Option<ProgressBar>>,
}

impl Bar {
    fn current(&self) -> std::sync::MutexGuard<'_, Option<ProgressBar>> {
        self.current.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Progress for Bar {
    fn phase(&self, name: &str, total: Option<u64>) {
        if !self.shown {
            return;
        }
        // A new bar, styled before it is drawn, replaces the last phase's.
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden())
            .with_style(style(if total.is_some() { BAR } else { SPINNER }))
            .with_message(name.to_owned());
        bar.set_draw_target(ProgressDrawTarget::stderr());
        bar.enable_steady_tick(Duration::from_millis(120));
        if let Some(last) = self.current().replace(bar) {
            last.finish_and_clear();
        }
    }

    fn advance(&self, n: u64) {
        if let Some(bar) = &*self.current() {
            // A phase of unknown length that counts something shows the count.
            if bar.length().is_none() && bar.position() == 0 {
                bar.set_style(style(COUNTER));
            }
            bar.inc(n);
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(bar) = self.current().take() {
            bar.finish_and_clear();
        }
    }
}
