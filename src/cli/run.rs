//! One function per subcommand: parse arguments' meaning, call the library, print.

use super::args::{
    Cli, Command, EvalArgs, EvalFormat, ExportArgs, IngestArgs, NetworkArgs, NetworkFormat, ParseArgs,
    QueryArgs, RecordFormat,
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
    let base = Base::new(&cli.global.base)?;
    let resolver = Resolver::new(base);
    let store = &cli.global.store;
    match cli.command {
        Command::Parse(a) => parse(a, &resolver),
        Command::Ingest(a) => ingest_cmd(a, store, &resolver),
        Command::Query(a) => query(a, store, &resolver),
        Command::Export(a) => export_cmd(a, store),
        Command::Network(a) => network(a, store, &resolver),
        Command::Eval(a) => eval(a, &resolver),
    }
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
    let shown = ingest::shown_path(&a.file);
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
        "stored {} statements from {} files: {} signatures, {} parties, {} persons, {} countries, {} triples written",
        report.statements, report.files_stored, report.signatures, report.parties, report.persons, report.countries, report.quads_written
    )?;
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
    let store = open_existing(dir)?;
    let net = app::party_network(&store, resolver)?;
    let mut out = output(&a.output)?;
    match a.format {
        NetworkFormat::Graphml => netwrite::graphml(&net, &mut out)?,
        NetworkFormat::Dot => netwrite::dot(&net, &mut out)?,
        NetworkFormat::Json => netwrite::json(&net, &mut out)?,
        NetworkFormat::Csv => {
            netwrite::csv_edges(&net, &mut out)?;
            if let Some(p) = &a.output {
                let nodes = p.with_extension("nodes.csv");
                netwrite::csv_nodes(&net, io::BufWriter::new(File::create(&nodes)?))?;
            }
        }
    }
    out.flush()?;
    if a.metrics {
        let mut table: Vec<&crate::network::NetworkNode> = net.nodes.iter().collect();
        table.sort_by(|x, y| {
            y.weighted_degree
                .total_cmp(&x.weighted_degree)
                .then(x.label.cmp(&y.label))
        });
        let mut m: Box<dyn Write> = if a.output.is_some() {
            Box::new(io::stdout().lock())
        } else {
            Box::new(io::stderr().lock())
        };
        writeln!(
            m,
            "{:<60} {:>7} {:>9} {:>10}  country",
            "party", "degree", "weighted", "statements"
        )?;
        for n in table {
            writeln!(
                m,
                "{:<60} {:>7} {:>9} {:>10}  {}",
                n.label,
                n.degree,
                n.weighted_degree,
                n.statements,
                n.country.as_deref().unwrap_or("")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
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
