//! Measuring extraction and resolution against hand-made answer keys (`NAME.expected.json`
//! beside `NAME.txt`/`.md`/`.html`): signatory precision, recall and F1 (one-to-one matching
//! on word sets), country, person, role and date accuracy, and identity precision, recall
//! and F1 over all pairs of matched signatories.

use crate::load::{load, LoadError};
use crate::record::{Diagnostic, StatementRecord};
use crate::resolve::Resolver;
use crate::text::fold::words;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// Least word-set Jaccard similarity for two `as_written` to match.
pub const MATCH_THRESHOLD: f64 = 0.6;
/// Least word-set Jaccard similarity for two roles to agree.
pub const ROLE_THRESHOLD: f64 = 0.6;

/// An answer key (the corpus format).
#[derive(Debug, Clone, Deserialize)]
pub struct AnswerKey {
    /// The statement's date, if it has one.
    #[serde(default)]
    pub date: Option<String>,
    /// The signatories.
    pub signatories: Vec<KeySignatory>,
}

/// One signatory in an answer key.
#[derive(Debug, Clone, Deserialize)]
pub struct KeySignatory {
    /// As the text writes it.
    pub as_written: String,
    /// One key per real-world party.
    pub party_key: String,
    /// English short name, or null.
    #[serde(default)]
    pub country: Option<String>,
    /// Person, or null.
    #[serde(default)]
    pub person: Option<String>,
    /// Role, or null.
    #[serde(default)]
    pub role: Option<String>,
}

/// Correct out of measured; `None` when nothing was measured.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ratio {
    /// Correct.
    pub hits: usize,
    /// Measured.
    pub total: usize,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += usize::from(hit);
    }
    fn merge(&mut self, o: Ratio) {
        self.hits += o.hits;
        self.total += o.total;
    }
    /// hits / total, or `None`.
    pub fn value(self) -> Option<f64> {
        (self.total > 0).then(|| self.hits as f64 / self.total as f64)
    }
}

/// Counts behind precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Found and right.
    pub true_positives: usize,
    /// Found.
    pub predicted: usize,
    /// In the key.
    pub expected: usize,
}

impl Prf {
    fn merge(&mut self, o: Prf) {
        self.true_positives += o.true_positives;
        self.predicted += o.predicted;
        self.expected += o.expected;
    }
    /// Precision, `None` when nothing was predicted.
    pub fn precision(self) -> Option<f64> {
        (self.predicted > 0).then(|| self.true_positives as f64 / self.predicted as f64)
    }
    /// Recall, `None` when nothing was expected.
    pub fn recall(self) -> Option<f64> {
        (self.expected > 0).then(|| self.true_positives as f64 / self.expected as f64)
    }
    /// F1, `None` when neither is defined.
    pub fn f1(self) -> Option<f64> {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (None, None) => None,
            _ => Some(0.0),
        }
    }
}

/// The scores of one file (or of the whole folder).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Signatory extraction.
    pub extraction: Prf,
    /// Country of matched signatories.
    pub country: Ratio,
    /// Person of matched signatories whose key has one.
    pub person: Ratio,
    /// Role of matched signatories whose key has one.
    pub role: Ratio,
    /// Same-party pairs.
    pub identity: Prf,
    /// Date, where the key has one.
    pub date: Ratio,
}

/// A matched pair, kept for the folder-wide identity score.
#[derive(Debug, Clone)]
pub struct MatchedPair {
    /// Our party IRI.
    pub ours: Option<String>,
    /// The key's party key.
    pub key: String,
    /// The signatory as written, for reports.
    pub as_written: String,
}

/// Identity errors over matched pairs: key parties we split into several IRIs, and IRIs
/// we gave to several key parties. Each line lists the spellings involved.
pub fn identity_errors(files: &[FileResult]) -> Vec<String> {
    let mut by_key: std::collections::BTreeMap<&str, std::collections::BTreeMap<&str, BTreeSet<&str>>> =
        Default::default();
    let mut by_ours: std::collections::BTreeMap<&str, std::collections::BTreeMap<&str, BTreeSet<&str>>> =
        Default::default();
    for p in files.iter().flat_map(|f| &f.pairs) {
        let ours = p.ours.as_deref().unwrap_or("(none)");
        by_key
            .entry(&p.key)
            .or_default()
            .entry(ours)
            .or_default()
            .insert(&p.as_written);
        by_ours
            .entry(ours)
            .or_default()
            .entry(&p.key)
            .or_default()
            .insert(&p.as_written);
    }
    let mut out = Vec::new();
    for (key, ids) in by_key.iter().filter(|(_, ids)| ids.len() > 1) {
        let parts: Vec<String> = ids
            .iter()
            .map(|(id, names)| format!("<{id}> {names:?}"))
            .collect();
        out.push(format!("split {key}: {}", parts.join(" | ")));
    }
    for (id, keys) in by_ours.iter().filter(|(_, keys)| keys.len() > 1) {
        let parts: Vec<String> = keys.iter().map(|(k, names)| format!("{k} {names:?}")).collect();
        out.push(format!("merged <{id}>: {}", parts.join(" | ")));
    }
    out
}

/// One file's result.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The text file's name.
    pub file: String,
    /// Its scores.
    pub scores: Scores,
    /// Its matched pairs.
    pub pairs: Vec<MatchedPair>,
    /// Signatories we read that the key does not have.
    pub extra: Vec<String>,
    /// Key signatories we missed.
    pub missed: Vec<String>,
}

fn word_set(s: &str) -> BTreeSet<String> {
    words(s).into_iter().collect()
}

/// Jaccard similarity of two word sets.
pub fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}

fn same_text(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

fn country_agrees(
    rec: &crate::record::Signatory,
    key: Option<&str>,
    g: &crate::reference::countries::Gazetteer,
) -> bool {
    match key {
        None => rec.country.is_none() && rec.country_code.is_none(),
        Some(k) => {
            let by_name = rec.country.as_deref().is_some_and(|c| same_text(c, k));
            let key_code = g.lookup(k).and_then(|(i, _)| g.get(i).alpha2.clone());
            let by_code = rec.country_code.is_some() && rec.country_code == key_code;
            by_name || by_code
        }
    }
}

/// Same-party pairs: in both, in ours, in the key.
fn pair_counts(pairs: &[MatchedPair]) -> Prf {
    let choose2 = |n: usize| n * n.saturating_sub(1) / 2;
    let mut ours: HashMap<&str, usize> = HashMap::new();
    let mut keys: HashMap<&str, usize> = HashMap::new();
    let mut both: HashMap<(&str, &str), usize> = HashMap::new();
    for p in pairs {
        *keys.entry(&p.key).or_default() += 1;
        if let Some(o) = &p.ours {
            *ours.entry(o).or_default() += 1;
            *both.entry((o, &p.key)).or_default() += 1;
        }
    }
    Prf {
        true_positives: both.values().map(|n| choose2(*n)).sum(),
        predicted: ours.values().map(|n| choose2(*n)).sum(),
        expected: keys.values().map(|n| choose2(*n)).sum(),
    }
}

/// Scores one record against its key.
pub fn score_file(file: &str, rec: &StatementRecord, key: &AnswerKey) -> FileResult {
    let g = crate::reference::countries::Gazetteer::bundled();
    let ours: Vec<BTreeSet<String>> = rec.signatories.iter().map(|s| word_set(&s.as_written)).collect();
    let theirs: Vec<BTreeSet<String>> = key.signatories.iter().map(|s| word_set(&s.as_written)).collect();
    // Every candidate pair above the threshold, best first; then greedy one-to-one.
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, a) in ours.iter().enumerate() {
        for (j, b) in theirs.iter().enumerate() {
            let sim = jaccard(a, b);
            if sim >= MATCH_THRESHOLD {
                candidates.push((sim, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used_ours = vec![false; ours.len()];
    let mut used_theirs = vec![false; theirs.len()];
    let mut matches = Vec::new();
    for (_, i, j) in candidates {
        if !used_ours[i] && !used_theirs[j] {
            used_ours[i] = true;
            used_theirs[j] = true;
            matches.push((i, j));
        }
    }
    let mut s = Scores {
        extraction: Prf {
            true_positives: matches.len(),
            predicted: ours.len(),
            expected: theirs.len(),
        },
        ..Scores::default()
    };
    let mut pairs = Vec::new();
    for &(i, j) in &matches {
        let (o, k) = (&rec.signatories[i], &key.signatories[j]);
        s.country.add(country_agrees(o, k.country.as_deref(), g));
        if let Some(kp) = &k.person {
            s.person
                .add(o.person.as_deref().is_some_and(|p| same_text(p, kp)));
        }
        if let Some(kr) = &k.role {
            s.role.add(
                o.role
                    .as_deref()
                    .is_some_and(|r| jaccard(&word_set(r), &word_set(kr)) >= ROLE_THRESHOLD),
            );
        }
        pairs.push(MatchedPair {
            ours: o.party_id.clone(),
            key: k.party_key.clone(),
            as_written: k.as_written.clone(),
        });
    }
    s.identity = pair_counts(&pairs);
    if let Some(kd) = &key.date {
        s.date
            .add(rec.date.map(|d| d.to_string()).as_deref() == Some(kd.as_str()));
    }
    FileResult {
        file: file.to_owned(),
        scores: s,
        pairs,
        extra: (0..ours.len())
            .filter(|i| !used_ours[*i])
            .map(|i| rec.signatories[i].as_written.clone())
            .collect(),
        missed: (0..theirs.len())
            .filter(|j| !used_theirs[*j])
            .map(|j| key.signatories[j].as_written.clone())
            .collect(),
    }
}

/// The folder's totals: sums of the per-file counts, identity over all matched pairs.
pub fn totals(files: &[FileResult]) -> Scores {
    let mut t = Scores::default();
    for f in files {
        t.extraction.merge(f.scores.extraction);
        t.country.merge(f.scores.country);
        t.person.merge(f.scores.person);
        t.role.merge(f.scores.role);
        t.date.merge(f.scores.date);
    }
    let all: Vec<MatchedPair> = files.iter().flat_map(|f| f.pairs.clone()).collect();
    t.identity = pair_counts(&all);
    t
}

/// The JSON shape of a set of scores (numbers from 0 to 1, null where nothing was measured).
#[derive(Debug, Serialize)]
pub struct ScoresJson {
    /// Present for per-file entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Signatory precision.
    pub extraction_precision: Option<f64>,
    /// Signatory recall.
    pub extraction_recall: Option<f64>,
    /// Signatory F1.
    pub extraction_f1: Option<f64>,
    /// Country accuracy.
    pub country_accuracy: Option<f64>,
    /// Person accuracy.
    pub person_accuracy: Option<f64>,
    /// Role accuracy.
    pub role_accuracy: Option<f64>,
    /// Identity precision.
    pub identity_precision: Option<f64>,
    /// Identity recall.
    pub identity_recall: Option<f64>,
    /// Identity F1.
    pub identity_f1: Option<f64>,
    /// Date accuracy.
    pub date_accuracy: Option<f64>,
}

impl ScoresJson {
    /// The JSON shape of `s`.
    pub fn of(s: &Scores, file: Option<&str>) -> Self {
        Self {
            file: file.map(str::to_owned),
            extraction_precision: s.extraction.precision(),
            extraction_recall: s.extraction.recall(),
            extraction_f1: s.extraction.f1(),
            country_accuracy: s.country.value(),
            person_accuracy: s.person.value(),
            role_accuracy: s.role.value(),
            identity_precision: s.identity.precision(),
            identity_recall: s.identity.recall(),
            identity_f1: s.identity.f1(),
            date_accuracy: s.date.value(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_of_word_sets() {
        let a = word_set("Communist Party of Greece");
        let b = word_set("communist party of GREECE");
        assert_eq!(jaccard(&a, &b), 1.0);
        let c = word_set("Communist Party of Greece (KKE)");
        assert!((jaccard(&a, &c) - 0.8).abs() < 1e-9);
    }

    #[test]
    fn identity_counts_pairs() {
        let p = |o: &str, k: &str| MatchedPair {
            ours: Some(o.into()),
            key: k.into(),
            as_written: String::new(),
        };
        // Keys: a a b ; ours: x x x (one wrong merge of b).
        let prf = pair_counts(&[p("x", "a"), p("x", "a"), p("x", "b")]);
        assert_eq!((prf.true_positives, prf.predicted, prf.expected), (1, 3, 1));
    }
}

/// What `eval` measured, file by file and in total.
#[derive(Debug)]
pub struct Evaluation {
    /// One result per text with an answer key, by file name.
    pub files: Vec<FileResult>,
    /// The folder's totals.
    pub totals: Scores,
    /// Diagnostics met while reading the texts: (file, diagnostic).
    pub diagnostics: Vec<(String, Diagnostic)>,
}

/// Why a folder could not be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A statement text that cannot be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// An answer key that does not parse.
    #[error("{path}:{line}: {message}")]
    Key {
        /// The key file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A folder or key that cannot be read.
    #[error("{path}: {source}")]
    Io {
        /// The folder or file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Parses every `NAME.txt`/`.md`/`.html` with a `NAME.expected.json` beside it (folders
/// recursively) and scores it against the key.
pub fn evaluate(dir: &Path, resolver: &Resolver) -> Result<Evaluation, EvalError> {
    let mut keys = Vec::new();
    collect_keys(dir, &mut keys)?;
    keys.sort();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for key_path in keys {
        let name = key_path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let stem = name.trim_end_matches(".expected.json");
        let Some(text) = ["txt", "md", "html", "htm"]
            .iter()
            .map(|e| key_path.with_file_name(format!("{stem}.{e}")))
            .find(|p| p.is_file())
        else {
            continue;
        };
        let shown = crate::load::shown_path(&key_path);
        let raw = std::fs::read_to_string(&key_path).map_err(|e| EvalError::Io {
            path: shown.clone(),
            source: e,
        })?;
        let key: AnswerKey = serde_json::from_str(&raw).map_err(|e| EvalError::Key {
            path: shown.clone(),
            line: e.line(),
            message: e.to_string(),
        })?;
        let text_shown = crate::load::shown_path(&text);
        let record = load(&text, &text_shown, resolver)?.remove(0);
        for d in &record.diagnostics {
            diagnostics.push((text_shown.clone(), d.clone()));
        }
        let file = text.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        files.push(score_file(file, &record, &key));
    }
    let totals = totals(&files);
    Ok(Evaluation {
        files,
        totals,
        diagnostics,
    })
}

/// Collects the answer keys under `dir`: regular files only (a FIFO or device named
/// `*.expected.json` would block or never end), each folder entered once, so that symlinks
/// to a parent folder neither loop forever nor read files many times.
fn collect_keys(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), EvalError> {
    let mut entered = std::collections::HashSet::new();
    walk_keys(dir, &mut entered, out)
}

fn walk_keys(
    dir: &Path,
    entered: &mut std::collections::HashSet<std::path::PathBuf>,
    out: &mut Vec<std::path::PathBuf>,
) -> Result<(), EvalError> {
    let io = |e| EvalError::Io {
        path: dir.display().to_string(),
        source: e,
    };
    // The canonical path names a folder however it is reached.
    if !entered.insert(std::fs::canonicalize(dir).map_err(io)?) {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk_keys(&path, entered, out)?;
        } else if path.is_file() && path.to_string_lossy().ends_with(".expected.json") {
            out.push(path);
        }
    }
    Ok(())
}
