//! What users expect of a command line: shell completions, a man page, `--quiet`, a
//! progress bar only on a terminal, and tables that fit one while the machine formats keep
//! whole IRIs.

use crate::common::{cosignet, examples, run, run_in_terminal, run_ok, Workspace};

const SUBCOMMANDS: [&str; 10] = [
    "parse",
    "ingest",
    "query",
    "export",
    "network",
    "eval",
    "resolve",
    "validate",
    "completions",
    "man",
];

#[test]
fn completions_for_every_shell_name_the_subcommands_and_options() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = run_ok(cosignet().args(["completions", shell]));
        for word in SUBCOMMANDS.iter().chain(&["store", "quiet", "format"]) {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    // Bash reads the script and registers it for `cosignet`.
    let bash = run_ok(cosignet().args(["completions", "bash"]));
    let check = std::process::Command::new("bash")
        .args(["-c", "eval \"$1\" && complete -p cosignet", "-", &bash])
        .output()
        .expect("bash runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains("cosignet"));
}

#[test]
fn the_man_page_is_roff_with_every_subcommand_and_the_exit_statuses() {
    let page = run_ok(cosignet().arg("man"));
    assert!(
        page.contains("\n.TH cosignet 1 "),
        "{}",
        &page[..page.len().min(200)]
    );
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "SUBCOMMANDS",
        "\"EXIT STATUS\"",
        "VERSION",
    ] {
        assert!(page.contains(&format!(".SH {section}")), "no {section} section");
    }
    for word in SUBCOMMANDS.iter().chain(&["\\-\\-store", "\\-\\-quiet"]) {
        assert!(page.contains(word), "the page does not mention {word}");
    }
    for (code, _) in cosignet::cli::EXIT_STATUSES {
        assert!(
            page.contains(&format!(".TP\n\\fB{code}\\fR")),
            "exit status {code}"
        );
    }
    // Where groff is installed, it formats the page without complaint.
    let Ok(mut groff) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        eprintln!("groff is absent: the page was checked as text only");
        return;
    };
    use std::io::Write;
    groff.stdin.take().unwrap().write_all(page.as_bytes()).unwrap();
    let out = groff.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warnings");
    assert!(text.contains("EXIT STATUS") && text.contains("ingest"), "{text}");
}

#[test]
fn quiet_silences_information_but_not_warnings() {
    let ws = Workspace::new();
    let text = ws.dir.path().join("cut.txt");
    std::fs::write(
        &text,
        "Joint statement on peace\n\nSignatories:\n1. Communist Party of Greece\n2. Bohemian Reds\n3. AKEL, Cyprus\n4. Co",
    )
    .unwrap();
    let overrides = ws.dir.path().join("o.toml");
    std::fs::write(
        &overrides,
        "[[party]]\nkey = \"CZ:KSCM\"\naliases = [\"Bohemian Reds\"]\n",
    )
    .unwrap();
    let ingest = |quiet: bool| {
        let mut cmd = ws.cmd();
        cmd.arg("--overrides").arg(&overrides).arg("ingest").arg(&text);
        if quiet {
            // A global option: after the subcommand too.
            cmd.arg("--quiet");
        }
        run(&mut cmd)
    };
    let loud = ingest(false);
    assert_eq!(loud.code, Some(0));
    assert!(loud.stderr.contains("overrides: "), "{}", loud.stderr);
    assert!(
        loud.stderr.contains("cut.txt:5: info: override"),
        "{}",
        loud.stderr
    );
    assert!(loud.stderr.contains("cut.txt:7: warning:"), "{}", loud.stderr);
    let quiet = ingest(true);
    assert_eq!(quiet.code, Some(0));
    assert!(!quiet.stderr.contains("overrides: "), "{}", quiet.stderr);
    assert!(!quiet.stderr.contains("info:"), "{}", quiet.stderr);
    assert!(quiet.stderr.contains("cut.txt:7: warning:"), "{}", quiet.stderr);
    // The results on standard output are the same.
    assert!(
        quiet.stdout.contains("1 files were already stored as read"),
        "{}",
        quiet.stdout
    );
}

#[test]
fn progress_shows_on_a_terminal_only_and_not_with_quiet() {
    let ws = Workspace::new();
    let store = ws.store_path();
    let store = store.to_str().unwrap();
    let piped = run(ws.cmd().arg("ingest").arg(examples()));
    assert!(!piped.stderr.contains("reading files"), "{}", piped.stderr);
    assert!(!piped.stderr.contains('\x1b'), "escape codes in piped stderr");
    let Some(shown) = run_in_terminal(
        &[
            "--store",
            store,
            "export",
            "--format",
            "turtle",
            "-o",
            "/dev/null",
        ],
        100,
    ) else {
        eprintln!("skipped: util-linux `script` is absent");
        return;
    };
    assert!(shown.contains("reading the store"), "{shown:?}");
    let ingest = run_in_terminal(&["--store", store, "ingest", "examples"], 100).unwrap();
    assert!(ingest.contains("reading files ["), "{ingest:?}");
    let quiet = run_in_terminal(&["--store", store, "--quiet", "ingest", "examples"], 100).unwrap();
    assert!(!quiet.contains("reading files"), "{quiet:?}");
    assert!(quiet.contains("read 9 statements"), "{quiet:?}");
}

#[test]
fn tables_show_short_names_and_fit_the_terminal_while_machine_formats_keep_whole_iris() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let base = "https://w3id.org/cosignet/data/";
    let seed = "statement/2020-08-18-the-communists-of-belarus-need-fraternal-solidarity";
    let table = run_ok(ws.cmd().args(["query", "statements"]));
    assert!(table.lines().any(|l| l.starts_with(seed)), "{table}");
    assert!(!table.contains(base), "{table}");
    let parties = run_ok(
        ws.cmd()
            .args(["query", "parties-by-country", "--param", "country=GR"]),
    );
    assert!(parties.contains("party/gr/"), "{parties}");
    assert!(!parties.contains(base), "{parties}");
    for format in ["csv", "tsv", "json", "xml"] {
        let whole = run_ok(ws.cmd().args(["query", "statements", "--format", format]));
        assert!(whole.contains(&format!("{base}{seed}")), "{format}: {whole}");
    }
    // Piped, the table keeps every cell whole; in a terminal, it fits its width.
    assert!(!table.contains('…'));
    let store = ws.store_path();
    let Some(shown) = run_in_terminal(&["--store", store.to_str().unwrap(), "query", "statements"], 120)
    else {
        eprintln!("skipped: util-linux `script` is absent");
        return;
    };
    assert!(shown.lines().count() > 10, "{shown}");
    for line in shown.lines() {
        assert!(line.chars().count() <= 120, "wider than the terminal: {line}");
    }
    assert!(shown.contains("statement/2020-08-18"), "{shown}");
    assert!(!shown.contains(base), "{shown}");
}
