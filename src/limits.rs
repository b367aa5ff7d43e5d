//! Limits on one query's evaluation: a time limit that really stops Oxigraph, a guard on the
//! process's memory, and a cap on the rows (or triples) an answer may hold.
//!
//! Oxigraph checks a [`CancellationToken`] every time its evaluator reads from the store, so
//! cancelling the token stops even a cross product that yields nothing for minutes. One
//! watchdog thread per process holds the deadlines of the queries running and cancels each
//! token when its time is up (a thread per query, as Oxigraph's own server does, would leave
//! thousands of sleeping threads behind a busy endpoint). Dropping a [`Deadline`] removes
//! it from the watchdog.

use oxigraph::sparql::CancellationToken;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long a query may run and how large its answer may grow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueryLimits {
    /// Stop evaluating after this long (none: no time limit).
    pub timeout: Option<Duration>,
    /// Refuse answers of more rows (or triples) than this (none: no cap).
    pub max_rows: Option<usize>,
    /// Stop evaluating once the process's resident memory passes this many bytes (none: no
    /// guard).
    pub max_memory: Option<u64>,
}

/// The memory guard users get unless they choose one: half the machine's memory, so that a
/// runaway query stops before the machine starts swapping (none where the machine's memory
/// cannot be read).
pub fn default_max_memory() -> Option<u64> {
    proc_bytes("/proc/meminfo", "MemTotal:").map(|total| total / 2)
}

/// The resident memory of this process in bytes (Linux; none elsewhere).
fn resident_memory() -> Option<u64> {
    proc_bytes("/proc/self/status", "VmRSS:")
}

/// A size in bytes from a Linux /proc file's "Field:   1234 kB" line.
fn proc_bytes(path: &str, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(path).ok()?;
    let kib: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix(field))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib * 1024)
}

/// How often the memory guard looks at the process's memory.
const MEMORY_CHECK: Duration = Duration::from_millis(50);

/// A limit a query ran into.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    /// The time limit was reached and evaluation was stopped.
    #[error("the query ran past its time limit of {} and was stopped", seconds(.0))]
    Timeout(Duration),
    /// The process's memory passed the guard while the query ran, and evaluation was
    /// stopped.
    #[error("the query took the process past its memory limit of {} and was stopped", mebibytes(*.0))]
    Memory(u64),
    /// The answer grew past the row cap.
    #[error("the answer has more than {0} rows (or triples), the most allowed")]
    TooManyRows(usize),
    /// The thread evaluating the query could not start or stopped without an answer.
    #[error("the query's evaluation stopped without an answer")]
    Crashed,
}

/// A size as people read it: `512 MiB`.
fn mebibytes(bytes: u64) -> String {
    format!("{} MiB", bytes >> 20)
}

/// A duration as people write it: `30 s`, `0.5 s`.
fn seconds(d: &Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s} s")
    }
}

/// One query's time limit: a cancellation token for Oxigraph that the watchdog cancels when
/// the time is up. Without a time limit, the token is never cancelled.
pub struct Deadline {
    token: CancellationToken,
    expired: Arc<AtomicBool>,
    limit: Option<Duration>,
    key: Option<(Instant, u64)>,
    max_memory: Option<u64>,
    over_memory: AtomicBool,
}

impl Deadline {
    /// Starts the clock (nothing to watch without a limit).
    pub fn start(limit: Option<Duration>) -> Self {
        let token = CancellationToken::new();
        let expired = Arc::new(AtomicBool::new(false));
        let key = limit.map(|l| {
            watchdog().watch(
                Instant::now() + l,
                Watched {
                    token: token.clone(),
                    expired: expired.clone(),
                },
            )
        });
        Self {
            token,
            expired,
            limit,
            key,
            max_memory: None,
            over_memory: AtomicBool::new(false),
        }
    }

    /// Starts the clock of `limits` and arms its memory guard (used by [`Deadline::within`]).
    pub fn for_limits(limits: &QueryLimits) -> Self {
        let mut deadline = Self::start(limits.timeout);
        deadline.max_memory = limits.max_memory;
        deadline
    }

    /// The token to give Oxigraph's evaluator.
    pub fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// Whether the time ran out (and the token was cancelled).
    pub fn expired(&self) -> bool {
        self.expired.load(Ordering::Acquire)
    }

    /// The error to report when evaluation failed: the time limit when it was reached, else
    /// none (the failure has another cause).
    pub fn error(&self) -> Option<LimitError> {
        match (self.limit, self.max_memory) {
            (_, Some(max)) if self.over_memory.load(Ordering::Acquire) => Some(LimitError::Memory(max)),
            (Some(limit), _) if self.expired() => Some(LimitError::Timeout(limit)),
            _ => None,
        }
    }
}

impl Deadline {
    /// Runs `work` and returns what it gives, or [`LimitError::Timeout`] as soon as the
    /// time is up, or [`LimitError::Memory`] as soon as the process's memory passes the
    /// guard. With a limit or a guard, `work` runs on a thread of its own that is watched
    /// until it answers: the caller gets its answer in time even when the evaluation does
    /// not read the store for a long while (a cross product held in memory), and Oxigraph
    /// stops at its next read from the store, the token being cancelled. In a command that
    /// exits on the error (`cosignet query`), that ends the evaluation with the process.
    pub fn within<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, LimitError> {
        let at = self.key.map(|(at, _)| at);
        let guard = self.max_memory.filter(|_| resident_memory().is_some());
        if at.is_none() && guard.is_none() {
            return Ok(work());
        }
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        std::thread::Builder::new()
            .name("cosignet query".into())
            .spawn(move || {
                let _ = sender.send(work());
            })
            .map_err(|_| LimitError::Crashed)?;
        loop {
            let left = at.map(|at| at.saturating_duration_since(Instant::now()));
            let wait = match (left, guard) {
                (Some(left), Some(_)) => left.min(MEMORY_CHECK),
                (Some(left), None) => left,
                (None, _) => MEMORY_CHECK,
            };
            match receiver.recv_timeout(wait) {
                Ok(answer) => return Ok(answer),
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Err(LimitError::Crashed),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            }
            if let (Some(limit), Some(at)) = (self.limit, at) {
                if Instant::now() >= at {
                    self.expired.store(true, Ordering::Release);
                    self.token.cancel();
                    return Err(LimitError::Timeout(limit));
                }
            }
            if let Some(max) = guard {
                if resident_memory().is_some_and(|rss| rss > max) {
                    self.over_memory.store(true, Ordering::Release);
                    self.token.cancel();
                    return Err(LimitError::Memory(max));
                }
            }
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(key) = self.key {
            watchdog().forget(key);
        }
    }
}

/// What the watchdog cancels when a deadline passes.
struct Watched {
    token: CancellationToken,
    expired: Arc<AtomicBool>,
}

/// The deadlines of the running queries, earliest first, and the thread that waits for them.
struct Watchdog {
    deadlines: Mutex<BTreeMap<(Instant, u64), Watched>>,
    changed: Condvar,
    next_id: AtomicU64,
}

fn watchdog() -> &'static Watchdog {
    static WATCHDOG: OnceLock<&'static Watchdog> = OnceLock::new();
    WATCHDOG.get_or_init(|| {
        let w: &'static Watchdog = Box::leak(Box::new(Watchdog {
            deadlines: Mutex::new(BTreeMap::new()),
            changed: Condvar::new(),
            next_id: AtomicU64::new(0),
        }));
        std::thread::Builder::new()
            .name("cosignet query deadlines".into())
            .spawn(move || w.run())
            .expect("the watchdog thread starts");
        w
    })
}

impl Watchdog {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<(Instant, u64), Watched>> {
        self.deadlines.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn watch(&self, at: Instant, watched: Watched) -> (Instant, u64) {
        let key = (at, self.next_id.fetch_add(1, Ordering::Relaxed));
        self.lock().insert(key, watched);
        self.changed.notify_one();
        key
    }

    fn forget(&self, key: (Instant, u64)) {
        self.lock().remove(&key);
    }

    /// Cancels each token when its deadline passes; sleeps until the earliest one, or until
    /// a deadline is added.
    fn run(&self) {
        let mut deadlines = self.lock();
        loop {
            let now = Instant::now();
            while let Some(entry) = deadlines.first_entry() {
                if entry.key().0 > now {
                    break;
                }
                let watched = entry.remove();
                watched.expired.store(true, Ordering::Release);
                watched.token.cancel();
            }
            deadlines = match deadlines.keys().next() {
                Some((at, _)) => {
                    let wait = at.saturating_duration_since(now);
                    self.changed
                        .wait_timeout(deadlines, wait)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => self.changed.wait(deadlines).unwrap_or_else(|e| e.into_inner()),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_cancelled_when_the_time_is_up_and_not_before() {
        let later = Deadline::start(Some(Duration::from_secs(3600)));
        assert!(!later.token().is_cancelled());
        assert_eq!(later.error(), None);
        let d = Deadline::start(Some(Duration::from_millis(50)));
        while !d.token().is_cancelled() {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(!later.expired());
        assert_eq!(d.error(), Some(LimitError::Timeout(Duration::from_millis(50))));
        assert_eq!(
            d.error().unwrap().to_string(),
            "the query ran past its time limit of 0.05 s and was stopped"
        );
    }

    #[test]
    fn the_memory_guard_stops_work_once_the_process_passes_it() {
        if resident_memory().is_none() {
            return; // not Linux: no guard to test
        }
        let limits = QueryLimits {
            max_memory: Some(1),
            ..QueryLimits::default()
        };
        let d = Deadline::for_limits(&limits);
        let got = d.within(|| std::thread::sleep(Duration::from_secs(30)));
        assert_eq!(got, Err(LimitError::Memory(1)));
        assert!(d.token().is_cancelled());
        assert_eq!(d.error(), Some(LimitError::Memory(1)));
        let roomy = QueryLimits {
            max_memory: Some(u64::MAX),
            ..QueryLimits::default()
        };
        let d = Deadline::for_limits(&roomy);
        assert_eq!(d.within(|| 7), Ok(7));
        assert!(default_max_memory().is_some_and(|m| m > 0));
    }

    #[test]
    fn without_a_limit_or_once_dropped_nothing_is_cancelled() {
        let free = Deadline::start(None);
        let short = Deadline::start(Some(Duration::from_millis(300)));
        let token = short.token();
        drop(short);
        let later = Deadline::start(Some(Duration::from_secs(3600)));
        std::thread::sleep(Duration::from_millis(600));
        assert!(!free.token().is_cancelled());
        assert!(!token.is_cancelled(), "a dropped deadline is forgotten");
        assert!(!later.expired());
    }

    #[test]
    fn within_answers_at_the_deadline_even_when_the_work_does_not_stop() {
        let d = Deadline::start(Some(Duration::from_millis(50)));
        let (_keep, never) = std::sync::mpsc::channel::<()>();
        let stuck = d.within(move || never.recv().is_ok());
        assert_eq!(stuck, Err(LimitError::Timeout(Duration::from_millis(50))));
        assert!(d.token().is_cancelled() && d.expired());
        let quick = Deadline::start(Some(Duration::from_secs(3600)));
        assert_eq!(quick.within(|| 42), Ok(42));
        assert_eq!(Deadline::start(None).within(|| 7), Ok(7));
    }
}
