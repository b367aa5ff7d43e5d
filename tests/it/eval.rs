//! `cosignet eval` through the binary: diagnostics name the file and line. (The quality
//! thresholds are measured through the library in crates/cosignet-text/tests/quality.rs.)

use crate::common::cosignet;
use std::path::Path;

#[test]
fn eval_reports_diagnostics_with_file_and_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts");
    let out = cosignet().args(["eval"]).arg(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "en-claimed-count.txt:7: warning: the text speaks of 18 parties but 17 signatories were read"
        ),
        "{err}"
    );
}
