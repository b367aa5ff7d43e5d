//! `cosignet network`: the co-signature network for Gephi, networkx, Graphviz or a browser.

use crate::app::{NetworkRequest, Networks, Session};
use crate::cli::args::{NetworkArgs, NetworkFormat};
use crate::cli::ui::Ui;
use crate::cli::Outcome;
use crate::network::write::{self as netwrite, ColorBy};
use crate::network::{Network, NetworkNode};
use anyhow::{bail, Result};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Builds the network (with a progress spinner) and writes it, or one per period: GEXF as
/// one dynamic file, other formats as FILE-PERIOD.EXT beside `--output`.
pub fn run(a: NetworkArgs, session: &Session, ui: &Ui) -> Result<Outcome> {
    if a.per.is_some() && a.format != NetworkFormat::Gexf && a.output.is_none() {
        bail!("--per writes one file per period: give --output (or use --format gexf for one dynamic file)");
    }
    let request = NetworkRequest {
        level: a.level.into(),
        weighting: a.weight.into(),
        from: a.from,
        to: a.to,
        countries: a.country,
        min_weight: a.min_weight,
        seed: a.seed,
        metrics: !a.no_metrics,
        per: a.per,
    };
    let networks = {
        let bar = ui.progress();
        session.network(&request, &bar)?
    };
    let by = a.color_by.into();
    match networks {
        Networks::Periods(slices) if a.format == NetworkFormat::Gexf => {
            let mut out = ui.output(a.output.as_deref());
            netwrite::gexf_dynamic(&slices, &mut out)?;
            out.flush()?;
        }
        Networks::Periods(slices) => {
            let base = a.output.as_deref().expect("checked above");
            for (label, net) in &slices {
                write_network(net, a.format, by, Some(&period_path(base, label)), ui)?;
            }
            ui.info(format_args!(
                "wrote {} periods beside {}",
                slices.len(),
                base.display()
            ));
        }
        Networks::One(net) => {
            write_network(&net, a.format, by, a.output.as_deref(), ui)?;
            if a.metrics {
                if a.output.is_some() {
                    let mut out = ui.stdout();
                    print_metrics(&net, &mut out)?;
                    out.flush()?;
                } else {
                    print_metrics(&net, &mut io::stderr().lock())?;
                }
            }
        }
    }
    Ok(Outcome::Success)
}

/// `net.graphml` and period `2019` give `net-2019.graphml`.
fn period_path(base: &Path, label: &str) -> PathBuf {
    let stem = base.file_stem().and_then(|s| s.to_str()).unwrap_or("network");
    let safe: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = match base.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{stem}-{safe}.{ext}"),
        None => format!("{stem}-{safe}"),
    };
    base.with_file_name(name)
}

fn write_network(
    net: &Network,
    format: NetworkFormat,
    by: ColorBy,
    path: Option<&Path>,
    ui: &Ui,
) -> Result<()> {
    let mut out = ui.output(path);
    match format {
        NetworkFormat::Graphml => netwrite::graphml(net, &mut out)?,
        NetworkFormat::Gexf => netwrite::gexf_by(net, by, &mut out)?,
        NetworkFormat::Dot => netwrite::dot(net, &mut out)?,
        NetworkFormat::Json => netwrite::json(net, &mut out)?,
        NetworkFormat::Svg => netwrite::svg_by(net, by, &mut out)?,
        NetworkFormat::Csv => {
            netwrite::csv_edges(net, &mut out)?;
            if let Some(p) = path {
                let mut nodes = ui.create(&p.with_extension("nodes.csv"))?;
                netwrite::csv_nodes(net, &mut nodes)?;
                nodes.flush()?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn print_metrics(net: &Network, m: &mut dyn Write) -> Result<()> {
    let mut nodes: Vec<&NetworkNode> = net.nodes.iter().collect();
    nodes.sort_by(|x, y| {
        y.weighted_degree
            .total_cmp(&x.weighted_degree)
            .then(x.label.cmp(&y.label))
    });
    writeln!(
        m,
        "{:<50} {:>6} {:>9} {:>5} {:>8} {:>8} {:>8} {:>8} {:>4} {:>4}  country",
        "node", "degree", "weighted", "stmts", "between", "close", "eigen", "clust", "comp", "comm"
    )?;
    for n in nodes {
        let label: String = n.label.chars().take(50).collect();
        writeln!(
            m,
            "{:<50} {:>6} {:>9.3} {:>5} {:>8.4} {:>8.4} {:>8.4} {:>8.4} {:>4} {:>4}  {}",
            label,
            n.degree,
            n.weighted_degree,
            n.statements,
            n.betweenness,
            n.closeness,
            n.eigenvector,
            n.clustering,
            n.component,
            n.community,
            n.country.as_deref().unwrap_or("")
        )?;
    }
    match net.modularity {
        Some(q) => writeln!(
            m,
            "{} nodes, {} edges, modularity of the communities {q:.6}",
            net.nodes.len(),
            net.edges.len()
        )?,
        None => writeln!(m, "{} nodes, {} edges", net.nodes.len(), net.edges.len())?,
    }
    Ok(())
}
