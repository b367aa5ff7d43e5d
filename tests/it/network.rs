//! `cosignet network` at each level on the bundled examples.

use crate::common::{examples, run_ok, Workspace};

/// The edges of a CSV edge list: (source label, target label, first date, last date).
fn edges(csv: &str) -> Vec<(String, String, String, String)> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (s, t, f, l) = (
        col("source_label"),
        col("target_label"),
        col("first_date"),
        col("last_date"),
    );
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            (cells[s].into(), cells[t].into(), cells[f].into(), cells[l].into())
        })
        .collect()
}

#[test]
fn person_level_links_the_persons_who_signed_together_with_dates() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let csv = run_ok(ws.cmd().args(["network", "--level", "person", "--format", "csv"]));
    let edges = edges(&csv);
    // Gennady Zyuganov signed the seed statement (2020-08-18) and the 2022-02-03 appeal;
    // Vladimir Voronin both with him.
    let zyuganov: Vec<_> = edges
        .iter()
        .filter(|(a, b, ..)| a == "Gennady Zyuganov" || b == "Gennady Zyuganov")
        .collect();
    assert!(zyuganov.len() >= 10, "{csv}");
    for (a, b, first, last) in &zyuganov {
        assert!(
            ["2020-08-18", "2022-02-03"].contains(&first.as_str()) && first <= last,
            "{a} - {b}: {first}..{last}"
        );
    }
    assert!(
        zyuganov.iter().any(
            |(a, b, first, last)| (a == "Vladimir Voronin" || b == "Vladimir Voronin")
                && first == "2020-08-18"
                && last == "2022-02-03"
        ),
        "{zyuganov:?}"
    );
    // Every format writes the person network.
    for format in ["graphml", "gexf", "json", "dot", "svg"] {
        let out = run_ok(
            ws.cmd()
                .args(["network", "--level", "person", "--format", format]),
        );
        assert!(out.contains("Gennady Zyuganov"), "{format}");
    }
}

#[test]
fn country_level_links_the_countries_whose_parties_signed_together() {
    let ws = Workspace::new();
    run_ok(ws.cmd().arg("ingest").arg(examples()));
    let csv = run_ok(
        ws.cmd()
            .args(["network", "--level", "country", "--format", "csv"]),
    );
    let edges = edges(&csv);
    assert!(!edges.is_empty(), "{csv}");
    assert!(
        edges.iter().all(|(a, b, ..)| a != b),
        "a country linked to itself: {csv}"
    );
    // Russian and Belarusian parties signed the 2022-02-03 appeal together.
    assert!(
        edges.iter().any(|(a, b, first, last)| {
            [a.as_str(), b.as_str()] == ["Belarus", "Russia"] && first == "2022-02-03" && first <= last
        }),
        "{csv}"
    );
}
