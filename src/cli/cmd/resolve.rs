//! `cosignet resolve`: the identity names get, or the store's resolution report.

use crate::app::{Resolution, ResolveRequest, Session};
use crate::cli::args::{ReportFormat, ResolveArgs};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::resolve::report::Report;
use anyhow::Result;
use std::io::Write;

/// Prints each name's identity and how it was found, or the report (text or JSON).
pub fn run(a: ResolveArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    let request = if a.report {
        ResolveRequest::Report
    } else {
        ResolveRequest::Names {
            names: a.names,
            country: a.country,
            language: a.language,
        }
    };
    let mut out = ui.stdout();
    match session.resolve(&request)? {
        Resolution::Names(names) => {
            for n in names {
                writeln!(
                    out,
                    "{}\n    {} <{}>\n    country: {}; {}",
                    n.name,
                    n.label,
                    n.iri,
                    n.country.as_deref().unwrap_or("-"),
                    n.how
                )?;
            }
        }
        Resolution::Report(report) => match a.format {
            ReportFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            }
            ReportFormat::Text => print_report(&report, &mut out)?,
        },
    }
    out.flush()?;
    Ok(Outcome::Success)
}

fn print_report(report: &Report, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{} party identities", report.identities.len())?;
    for i in &report.identities {
        let kind = if i.listed { "listed" } else { "fallback" };
        writeln!(out, "\n{} <{}> ({kind})", i.label, i.iri)?;
        for s in &i.spellings {
            writeln!(out, "    \"{}\"  {}", s.as_written, s.places.join(", "))?;
        }
    }
    writeln!(
        out,
        "\nspellings resolved only by the fallback key: {}",
        report.fallback_spellings.len()
    )?;
    for (iri, w) in &report.fallback_spellings {
        writeln!(out, "    \"{w}\" -> <{iri}>")?;
    }
    writeln!(
        out,
        "\nlikely duplicates (same country, similar names): {}",
        report.likely_duplicates.len()
    )?;
    for d in &report.likely_duplicates {
        writeln!(
            out,
            "    {:.2}  {} <{}>  ~  {} <{}>",
            d.similarity, d.a_label, d.a, d.b_label, d.b
        )?;
    }
    if !report.likely_duplicates.is_empty() {
        writeln!(
            out,
            "\nTo merge two, add to the override file:\n[[merge]]\nfrom = \"<IRI>\"\ninto = \"<IRI>\""
        )?;
    }
    Ok(())
}
