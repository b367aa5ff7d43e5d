//! One function per subcommand: parse arguments' meaning, call the library, print.

use super::args::{
    Cli, Command, EvalArgs, EvalFormat, ExportArgs, IngestArgs, NetworkArgs, NetworkFormat, ParseArgs,
    QueryArgs, RecordFormat, ReportFormat, ResolveArgs,
};
use crate::app;
use crate::export::export;
use crate::ingest;
use crate::iri::Base;
use crate::network::write as netwrite;
use crate::queries;
use crate::resolve::Resolver;
use crate::results;
use crate::store::Store;
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs the command line; the exit code says whether everything succeeded.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let store = &cli.global.store;
    let folders: Vec<PathBuf> = match &cli.command {
        Command::Ingest(a) => a.paths.iter().filter(|p| p.is_dir()).cloned().collect(),
        _ => Vec::new(),
    };
    let resolver = resolver(&cli.global, &folders)?;
    match cli.command {
        Command::Parse(a) => parse(a, &resolver),
        Command::Ingest(a) => ingest_cmd(a, store, &resolver),
        Command::Query(a) => query(a, store, &resolver),
        Command::Export(a) => export_cmd(a, store),
        Command::Network(a) => network(a, store, &resolver),
        Command::Eval(a) => eval(a, &resolver),
        Command::Resolve(a) => resolve(a, store, &resolver),
        Command::Validate => validate(store),
    }
}

/// The resolver, with the override file given, or `cosignet.toml` found in the working
/// directory or in a folder being ingested.
fn resolver(global: &super::args::Global, folders: &[PathBuf]) -> Result<Resolver> {
    let base = Base::new(&global.base)?;
    let found = global.overrides.clone().or_else(|| {
        std::iter::once(PathBuf::from("."))
            .chain(folders.iter().cloned())
            .map(|d| d.join("cosignet.toml"))
            .find(|p| p.is_file())
    });
    let Some(path) = found else {
        return Ok(Resolver::new(base));
    };
    let (resolver, shown) = app::resolver_with_overrides(base, &path)?;
    eprintln!("overrides: {shown}");
    Ok(resolver)
}

fn open_existing(dir: &Path) -> Result<Store> {
    if !dir.exists() {
        bail!(
            "no store at {}: run `cosignet ingest` first (or pass --store)",
            dir.display()
        );
    }
    Store::open_read_only(dir).with_context(|| format!("opening the store at {}", dir.display()))
}

/// Output to a file or to standard output.
fn output(path: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(io::BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    })
}

fn parse(a: ParseArgs, resolver: &Resolver) -> Result<ExitCode> {
    if a.lines {
        let mut out = io::stdout().lock();
        for l in app::text_lines(&a.file)? {
            writeln!(out, "{:>5}  {}", l.no, l.text)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let records = app::parse_file(&a.file, resolver)?;
    let mut out = io::stdout().lock();
    let shown = crate::load::shown_path(&a.file);
    for rec in &records {
        for d in &rec.diagnostics {
            match d.line {
                Some(l) => eprintln!("{shown}:{l}: {}: {}", d.severity, d.message),
                None => eprintln!("{shown}: {}: {}", d.severity, d.message),
            }
        }
    }
    // One record prints as an object, several as a list.
    match (a.format, records.as_slice()) {
        (RecordFormat::Json, [one]) => serde_json::to_writer_pretty(&mut out, one)?,
        (RecordFormat::Json, many) => serde_json::to_writer_pretty(&mut out, many)?,
        (RecordFormat::Yaml, [one]) => serde_yaml::to_writer(&mut out, one)?,
        (RecordFormat::Yaml, many) => serde_yaml::to_writer(&mut out, many)?,
    }
    if a.format == RecordFormat::Json {
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn ingest_cmd(a: IngestArgs, dir: &Path, resolver: &Resolver) -> Result<ExitCode> {
    let files = ingest::collect(&a.paths).map_err(|(p, e)| anyhow::anyhow!("{}: {e}", p.display()))?;
    if files.is_empty() {
        bail!("no statement files (.txt .md .html .json .yaml .yml .toml) under the given paths");
    }
    let store = Store::open(dir).with_context(|| format!("opening the store at {}", dir.display()))?;
    let report = ingest::ingest(&store, resolver, &files)?;
    for m in &report.messages {
        eprintln!("{m}");
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "read {} statements from {} files: {} signatures, {} parties, {} persons, {} countries; {} triples written",
        report.statements, report.files_stored, report.signatures, report.parties, report.persons, report.countries, report.quads_written
    )?;
    if a.timings {
        for (phase, d) in &report.timings {
            writeln!(out, "{phase}: {:.2} s", d.as_secs_f64())?;
        }
    }
    if report.files_unchanged > 0 {
        writeln!(
            out,
            "{} files were already stored as read; nothing written for them",
            report.files_unchanged
        )?;
    }
    writeln!(
        out,
        "the store at {} holds {} triples",
        dir.display(),
        report.store_quads
    )?;
    if report.files_failed > 0 {
        writeln!(
            out,
            "{} files failed and stored nothing (see messages above)",
            report.files_failed
        )?;
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn query(a: QueryArgs, dir: &Path, resolver: &Resolver) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    if a.list {
        for q in queries::bundled() {
            writeln!(out, "{}\n    {}", q.name, q.description)?;
            for p in &q.params {
                let opt = if p.optional { ", optional" } else { "" };
                writeln!(
                    out,
                    "    --param {}=<{}{}>  {}",
                    p.name,
                    p.kind.name(),
                    opt,
                    p.description
                )?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = open_existing(dir)?;
    let table = match (&a.name, &a.sparql, &a.file) {
        (Some(name), None, None) => app::run_bundled(&store, resolver, name, &a.params)?,
        (None, Some(text), None) => app::run_sparql(&store, text, vec![])?,
        (None, None, Some(file)) => {
            let text =
                std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
            app::run_sparql(&store, &text, vec![])?
        }
        _ => bail!("give a bundled query name, --sparql TEXT or --file Q.rq (or --list)"),
    };
    if a.name.is_none() && !a.params.is_empty() {
        bail!("--param applies to bundled queries only");
    }
    results::write(&table, a.format, &mut out)?;
    Ok(ExitCode::SUCCESS)
}

fn export_cmd(a: ExportArgs, dir: &Path) -> Result<ExitCode> {
    let store = open_existing(dir)?;
    export(&store, a.format, output(&a.output)?)?;
    Ok(ExitCode::SUCCESS)
}

fn network(a: NetworkArgs, dir: &Path, resolver: &Resolver) -> Result<ExitCode> {
    use super::args::{ColorArg, Level as L, WeightArg};
    use crate::network::{write::ColorBy, Options, Period, Weighting};
    for d in [&a.from, &a.to].into_iter().flatten() {
        crate::record::IsoDate::parse(d).map_err(|e| anyhow::anyhow!("--from/--to: {e}"))?;
    }
    let store = open_existing(dir)?;
    let level = match a.level {
        L::Party => app::Level::Party,
        L::Person => app::Level::Person,
        L::Country => app::Level::Country,
        L::Bipartite => app::Level::Bipartite,
    };
    let options = Options {
        weighting: match a.weight {
            WeightArg::Count => Weighting::Count,
            WeightArg::Newman => Weighting::Newman,
            WeightArg::Jaccard => Weighting::Jaccard,
        },
        from: a.from.clone(),
        to: a.to.clone(),
        countries: a.country.iter().map(|c| c.trim().to_ascii_uppercase()).collect(),
        min_weight: a.min_weight,
        seed: a.seed,
        metrics: !a.no_metrics,
    };
    let by = match a.color_by {
        ColorArg::Community => ColorBy::Community,
        ColorArg::Country => ColorBy::Country,
    };
    if let Some(per) = &a.per {
        let period: Period = Period::parse(per).map_err(|e| anyhow::anyhow!("--per: {e}"))?;
        let slices = app::network_slices(&store, resolver, level, &period, &options)?;
        if a.format == NetworkFormat::Gexf {
            let mut out = output(&a.output)?;
            netwrite::gexf_dynamic(&slices, &mut out)?;
            out.flush()?;
        } else {
            let Some(base) = &a.output else {
                bail!("--per writes one file per period: give --output (or use --format gexf for one dynamic file)");
            };
            for (label, net) in &slices {
                let path = period_path(base, label);
                write_network(net, a.format, by, &Some(path))?;
            }
            eprintln!("wrote {} periods beside {}", slices.len(), base.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let net = app::network(&store, resolver, level, &options)?;
    write_network(&net, a.format, by, &a.output)?;
    if a.metrics {
        let mut m: Box<dyn Write> = if a.output.is_some() {
            Box::new(io::stdout().lock())
        } else {
            Box::new(io::stderr().lock())
        };
        print_metrics(&net, &mut m)?;
    }
    Ok(ExitCode::SUCCESS)
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
    net: &crate::network::Network,
    format: NetworkFormat,
    by: crate::network::write::ColorBy,
    path: &Option<PathBuf>,
) -> Result<()> {
    let mut out = output(path)?;
    match format {
        NetworkFormat::Graphml => netwrite::graphml(net, &mut out)?,
        NetworkFormat::Gexf => netwrite::gexf_by(net, by, &mut out)?,
        NetworkFormat::Dot => netwrite::dot(net, &mut out)?,
        NetworkFormat::Json => netwrite::json(net, &mut out)?,
        NetworkFormat::Svg => netwrite::svg_by(net, by, &mut out)?,
        NetworkFormat::Csv => {
            netwrite::csv_edges(net, &mut out)?;
            if let Some(p) = path {
                let nodes = p.with_extension("nodes.csv");
                let mut w = io::BufWriter::new(
                    File::create(&nodes).with_context(|| format!("creating {}", nodes.display()))?,
                );
                netwrite::csv_nodes(net, &mut w)?;
                w.flush()?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn print_metrics(net: &crate::network::Network, m: &mut dyn Write) -> Result<()> {
    let mut nodes: Vec<&crate::network::NetworkNode> = net.nodes.iter().collect();
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

fn eval(a: EvalArgs, resolver: &Resolver) -> Result<ExitCode> {
    use crate::eval::ScoresJson;
    let ev = app::evaluate(&a.dir, resolver)?;
    for (file, d) in &ev.diagnostics {
        match d.line {
            Some(l) => eprintln!("{file}:{l}: {}: {}", d.severity, d.message),
            None => eprintln!("{file}: {}: {}", d.severity, d.message),
        }
    }
    let mut out = io::stdout().lock();
    match a.format {
        EvalFormat::Json => {
            let mut total = serde_json::to_value(ScoresJson::of(&ev.totals, None))?;
            let files: Vec<ScoresJson> = ev
                .files
                .iter()
                .map(|f| ScoresJson::of(&f.scores, Some(&f.file)))
                .collect();
            total["files"] = serde_json::to_value(files)?;
            serde_json::to_writer_pretty(&mut out, &total)?;
            writeln!(out)?;
        }
        EvalFormat::Table => {
            let cell = |v: Option<f64>| v.map_or("-".to_owned(), |x| format!("{x:.3}"));
            let width = ev.files.iter().map(|f| f.file.len()).max().unwrap_or(5).max(5);
            writeln!(
                out,
                "{:<width$}  {:>4} {:>4}  {:>5} {:>5} {:>5}  {:>7} {:>6} {:>5}  {:>5} {:>5}  {:>5}",
                "file", "key", "read", "P", "R", "F1", "country", "person", "role", "id-P", "id-R", "date"
            )?;
            let mut row = |name: &str, s: &crate::eval::Scores| -> io::Result<()> {
                let j = ScoresJson::of(s, None);
                writeln!(
                    out,
                    "{:<width$}  {:>4} {:>4}  {:>5} {:>5} {:>5}  {:>7} {:>6} {:>5}  {:>5} {:>5}  {:>5}",
                    name,
                    s.extraction.expected,
                    s.extraction.predicted,
                    cell(j.extraction_precision),
                    cell(j.extraction_recall),
                    cell(j.extraction_f1),
                    cell(j.country_accuracy),
                    cell(j.person_accuracy),
                    cell(j.role_accuracy),
                    cell(j.identity_precision),
                    cell(j.identity_recall),
                    cell(j.date_accuracy)
                )
            };
            for f in &ev.files {
                row(&f.file, &f.scores)?;
            }
            row("TOTAL", &ev.totals)?;
            let j = ScoresJson::of(&ev.totals, None);
            writeln!(out, "identity F1 over all pairs: {}", cell(j.identity_f1))?;
        }
    }
    if a.details {
        for line in crate::eval::identity_errors(&ev.files) {
            eprintln!("identity: {line}");
        }
        for f in &ev.files {
            for m in &f.missed {
                eprintln!("{}: missed: {m}", f.file);
            }
            for x in &f.extra {
                eprintln!("{}: extra: {x}", f.file);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn resolve(a: ResolveArgs, dir: &Path, resolver: &Resolver) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    if !a.report {
        if a.names.is_empty() {
            bail!("give names to resolve, or --report");
        }
        let g = resolver.gazetteer();
        let country = match &a.country {
            Some(c) => Some(
                g.by_code(c)
                    .or_else(|| g.lookup(c).map(|(i, _)| i))
                    .with_context(|| format!("unknown country `{c}`"))?,
            ),
            None => None,
        };
        for name in &a.names {
            let id = resolver.party(name, country, a.language.as_deref());
            let how = match (&id.rule, id.method) {
                (Some(rule), _) => format!("override {rule}"),
                (None, crate::resolve::Method::Listed(kind)) => format!("listed party ({kind:?} match)"),
                (None, crate::resolve::Method::Fallback) => "not listed: normalised key".to_owned(),
            };
            let country = id
                .country
                .map(|c| g.get(c).name.clone())
                .unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "{name}\n    {} <{}>\n    country: {country}; {how}",
                id.label, id.iri
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = open_existing(dir)?;
    let report = app::resolution_report(&store, resolver)?;
    match a.format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        ReportFormat::Text => {
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
                writeln!(out, "\nTo merge two, add to the override file:\n[[merge]]\nfrom = \"<IRI>\"\ninto = \"<IRI>\"")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn validate(dir: &Path) -> Result<ExitCode> {
    let store = open_existing(dir)?;
    let violations = crate::validate::validate(&store)?;
    let mut out = io::stdout().lock();
    for v in &violations {
        writeln!(out, "{v}")?;
    }
    if violations.is_empty() {
        writeln!(out, "the store conforms to the bundled shapes")?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(out, "{} violations of the bundled shapes", violations.len())?;
        Ok(ExitCode::FAILURE)
    }
}
