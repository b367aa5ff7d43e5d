//! `cosignet serve`: the site's documents straight from the store, and a SPARQL endpoint,
//! for local browsing and small deployments. Read-only.
//!
//! The HTTP crate is oxhttp, the one Oxigraph's own server uses: it is synchronous (a
//! thread per connection, capped), which suits Oxigraph's synchronous store and evaluator
//! without an async runtime around them; it brings two small crates (`http`, `httparse`)
//! where axum would bring tokio, hyper and tower, which would more than double what this
//! crate compiles; its caps on connections, header size and socket timeouts are the ones
//! Oxigraph's server runs with. What it lacks (HTTP/2, TLS) belongs to a reverse proxy in
//! front of it in any deployment.
//!
//! Entity IRIs dereference as the site's rules say ([`crate::pages::Pages::route`]): 303 to
//! the page or the data by `Accept`, suffixes for one representation, statement
//! sub-resources to their statement. `/sparql` is the endpoint ([`sparql`]); the dumps and
//! VoID are made from the store on request.

pub mod snapshot;
pub mod sparql;

use crate::export::ExportFormat;
use crate::limits::QueryLimits;
use crate::negotiate::{choose, Representation};
use crate::pages::html::{page, Frame};
use crate::pages::paths::percent_decode;
use crate::pages::Route;
use crate::store::StoreError;
use oxhttp::model::header::{CONTENT_TYPE, LOCATION, VARY};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use snapshot::{Snapshots, View};
use sparql::Reply;
use std::io::Read;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Where to listen (`host:port`).
    pub bind: String,
    /// Limits of each SPARQL query.
    pub limits: QueryLimits,
    /// Largest request body (a POSTed query), in bytes.
    pub max_body: usize,
    /// Most connections answered at once.
    pub max_connections: usize,
    /// How often to look whether another process changed the store.
    pub refresh: Duration,
}

/// What went wrong starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address.
    #[error("cannot listen on {bind}: {source}")]
    Bind {
        /// The address asked for.
        bind: String,
        /// Why.
        source: std::io::Error,
    },
}

/// A running server.
pub struct Running {
    server: oxhttp::ListeningServer,
    /// The addresses it listens on.
    pub addresses: Vec<SocketAddr>,
}

impl Running {
    /// Blocks while the server runs.
    pub fn wait(self) -> std::io::Result<()> {
        self.server.join()
    }
}

/// Starts serving the store at `store` (identities under `base` unless the store says).
pub fn start(store: &Path, base: &str, options: ServeOptions) -> Result<Running, ServeError> {
    let snapshots = Snapshots::open(store, base)?;
    snapshots.watch(options.refresh);
    let bind_err = |source| ServeError::Bind {
        bind: options.bind.clone(),
        source,
    };
    let addresses: Vec<SocketAddr> = options.bind.to_socket_addrs().map_err(bind_err)?.collect();
    // Fail now, with a clear message, when the address is taken.
    for a in &addresses {
        drop(std::net::TcpListener::bind(a).map_err(bind_err)?);
    }
    let opts = Arc::new(options.clone());
    let mut server = oxhttp::Server::new(move |request| handle(&snapshots.current(), &opts, request))
        .with_max_concurrent_connections(options.max_connections)
        .with_global_timeout(
            options.limits.timeout.unwrap_or(Duration::from_secs(30)) + Duration::from_secs(30),
        );
    server = server
        .with_server_name(concat!("cosignet/", env!("CARGO_PKG_VERSION")))
        .expect("the server's name is a valid header value");
    for a in &addresses {
        server = server.bind(*a);
    }
    let server = server.spawn().map_err(bind_err)?;
    Ok(Running { server, addresses })
}

fn respond(status: u16, content_type: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(CONTENT_TYPE, content_type)
        .body(body.into())
        .expect("valid response")
}

fn reply(r: Reply) -> Response<Body> {
    respond(r.status, &r.content_type, r.body)
}

/// A page saying what went wrong, for people.
fn error_page(status: u16, message: &str) -> Response<Body> {
    let html = page(
        &Frame {
            title: message,
            title_lang: None,
            root: "/",
            iri: None,
            data: false,
        },
        "<p><a href=\"/index.html\">Home</a></p>\n",
    );
    respond(status, "text/html; charset=utf-8", html)
}

/// `application/x-www-form-urlencoded` (and query strings) to pairs.
pub fn form(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " "));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

fn header<'a>(request: &'a Request<Body>, name: &str) -> Option<&'a str> {
    request.headers().get(name).and_then(|v| v.to_str().ok())
}

fn handle(view: &Arc<View>, options: &ServeOptions, request: &mut Request<Body>) -> Response<Body> {
    let path = request.uri().path().to_owned();
    let Some(rel) = path.strip_prefix('/') else {
        return error_page(400, "Bad request");
    };
    if rel == "sparql" {
        return endpoint(view, options, request);
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return respond(
            405,
            "text/plain; charset=utf-8",
            "only GET and HEAD here (POST to /sparql)\n",
        );
    }
    let accept = header(request, "accept").map(str::to_owned);
    match rel {
        "dump.ttl" | "dump.ttl.gz" | "dump.nq" | "dump.nq.gz" => return dump(view, rel),
        ".well-known/void" => {
            let text = view.void.get_or_init(|| {
                let summary = match view.pages.facts().summary() {
                    Ok(s) => s,
                    Err(e) => return format!("# {e}\n"),
                };
                let docs = view.pages.docs().map(|d| d.len()).unwrap_or(0);
                match crate::site::void::count(&view.store, docs) {
                    Ok(c) => crate::site::void::turtle(
                        &view.base,
                        c,
                        &summary,
                        Some(&format!("{}sparql", view.base)),
                    ),
                    Err(e) => format!("# {e}\n"),
                }
            });
            return respond(200, "text/turtle; charset=utf-8", text.clone());
        }
        _ => {}
    }
    match view.pages.route(rel) {
        Ok(Route::Doc(doc, r)) => match view.pages.render(&doc, r) {
            Ok(body) => respond(200, r.content_type(), body),
            Err(e) => error_page(500, &e.to_string()),
        },
        Ok(Route::Negotiate(folder)) => {
            let mut response = match choose(accept.as_deref()) {
                Some(r) => Response::builder()
                    .status(StatusCode::SEE_OTHER)
                    .header(LOCATION, format!("/{folder}/{}", r.file()))
                    .header(CONTENT_TYPE, "text/plain; charset=utf-8")
                    .body(Body::from(format!("See /{folder}/{}\n", r.file())))
                    .expect("valid response"),
                None => respond(
                    406,
                    "text/plain; charset=utf-8",
                    format!(
                        "no acceptable representation: {}\n",
                        Representation::ALL.map(Representation::media_type).join(", ")
                    ),
                ),
            };
            response
                .headers_mut()
                .insert(VARY, HeaderValue::from_static("Accept"));
            response
        }
        Ok(Route::Asset("style.css")) => respond(200, "text/css; charset=utf-8", crate::pages::html::STYLE),
        Ok(Route::Asset(_)) => respond(200, "application/ld+json", crate::jsonld::context_document()),
        Ok(Route::NotFound) => error_page(404, &format!("Nothing at /{rel}")),
        Err(e) => error_page(500, &e.to_string()),
    }
}

/// A dump of the store, written as it is sent.
fn dump(view: &View, name: &str) -> Response<Body> {
    let format = if name.starts_with("dump.ttl") {
        ExportFormat::Turtle
    } else {
        ExportFormat::Nquads
    };
    let gz = name.ends_with(".gz");
    let Ok((reader, writer)) = std::io::pipe() else {
        return error_page(500, "cannot make a pipe");
    };
    let store = view.store.clone();
    std::thread::spawn(move || {
        let progress = crate::progress::Silent;
        let _ = if gz {
            let mut w = flate2::write::GzEncoder::new(writer, flate2::Compression::fast());
            crate::export::export(&store, format, &mut w, &progress)
                .and_then(|()| Ok(w.finish().map(drop)?))
        } else {
            crate::export::export(&store, format, writer, &progress)
        };
    });
    let media = match (format, gz) {
        (_, true) => "application/gzip",
        (ExportFormat::Turtle, _) => "text/turtle; charset=utf-8",
        _ => "application/n-quads",
    };
    respond(200, media, Body::from_read(reader))
}

/// `/sparql`: a query by GET or POST, or the query form.
fn endpoint(view: &Arc<View>, options: &ServeOptions, request: &mut Request<Body>) -> Response<Body> {
    let mut params = form(request.uri().query().unwrap_or(""));
    match *request.method() {
        Method::GET | Method::HEAD => {}
        Method::POST => {
            let too_big = || {
                respond(
                    413,
                    "text/plain; charset=utf-8",
                    format!("the request is larger than {} bytes\n", options.max_body),
                )
            };
            if request.body().len().is_some_and(|n| n > options.max_body as u64) {
                return too_big();
            }
            let mut body = Vec::new();
            let read = request
                .body_mut()
                .take(options.max_body as u64 + 1)
                .read_to_end(&mut body);
            if read.is_err() {
                return respond(
                    400,
                    "text/plain; charset=utf-8",
                    "the request body could not be read\n",
                );
            }
            if body.len() > options.max_body {
                return too_big();
            }
            let content_type = header(request, "content-type")
                .unwrap_or("")
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Ok(text) = String::from_utf8(body) else {
                return respond(
                    400,
                    "text/plain; charset=utf-8",
                    "the request body is not UTF-8\n",
                );
            };
            match content_type.as_str() {
                "application/x-www-form-urlencoded" => params.extend(form(&text)),
                "application/sparql-query" => params.push(("query".into(), text)),
                "application/sparql-update" => {
                    return reply(Reply::text(
                        403,
                        "this endpoint is read-only: updates are refused",
                    ))
                }
                other => {
                    return reply(Reply::text(
                        415,
                        format!(
                            "unsupported Content-Type `{other}`: send application/sparql-query or a form"
                        ),
                    ))
                }
            }
        }
        _ => return respond(405, "text/plain; charset=utf-8", "GET or POST a query\n"),
    }
    if params.iter().any(|(k, _)| k == "update") {
        return reply(Reply::text(
            403,
            "this endpoint is read-only: updates are refused",
        ));
    }
    if params
        .iter()
        .any(|(k, _)| k == "default-graph-uri" || k == "named-graph-uri")
    {
        return reply(Reply::text(
            400,
            "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all graphs, and GRAPH reaches each",
        ));
    }
    let queries: Vec<&String> = params
        .iter()
        .filter(|(k, _)| k == "query")
        .map(|(_, v)| v)
        .collect();
    match queries.as_slice() {
        [] => query_form(),
        [q] => reply(sparql::answer(
            view.clone(),
            q,
            header(request, "accept"),
            options.limits,
        )),
        _ => reply(Reply::text(400, "give one query")),
    }
}

/// The endpoint's page for people: a form.
fn query_form() -> Response<Body> {
    let body = "<form method=\"post\" action=\"sparql\">\n<p><textarea name=\"query\" rows=\"12\" cols=\"80\">\
PREFIX cosig: &lt;https://w3id.org/cosignet/ns#&gt;\nSELECT ?statement ?party WHERE { ?statement cosig:signedBy ?party } LIMIT 20</textarea></p>\n\
<p><button type=\"submit\">Run</button></p>\n</form>\n\
<p>Queries run over the union of all graphs; updates and SERVICE are refused.</p>\n";
    let html = page(
        &Frame {
            title: "SPARQL endpoint",
            title_lang: None,
            root: "",
            iri: None,
            data: false,
        },
        body,
    );
    respond(200, "text/html; charset=utf-8", html)
}
