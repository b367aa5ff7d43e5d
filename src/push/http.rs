//! The requests of a push: the Graph Store Protocol's PUT and DELETE, and one SPARQL query
//! listing the remote graphs, each retried on network errors, 429 and 5xx.

use super::{PushError, PushOptions};
use oxhttp::model::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Uri};
use oxhttp::Client;
use std::time::Duration;

/// Who the push is, for the remote store.
#[derive(Clone)]
pub enum Credentials {
    /// HTTP Basic: user and password.
    Basic(String, String),
    /// A bearer token.
    Bearer(String),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Basic(user, _) => write!(f, "Basic({user}, ***)"),
            Self::Bearer(_) => f.write_str("Bearer(***)"),
        }
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

impl Credentials {
    fn header(&self) -> String {
        match self {
            Self::Basic(user, password) => {
                format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
            }
            Self::Bearer(token) => format!("Bearer {token}"),
        }
    }
}

/// A query parameter value, percent-encoded.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One remote endpoint with its client, credentials and retry policy.
pub struct Endpoint {
    url: String,
    client: Client,
    authorization: Option<String>,
    tries: u32,
    backoff: Duration,
}

/// One request: what it does (for messages), and its parts.
struct Call<'a> {
    what: &'static str,
    graph: &'a str,
    method: Method,
    url: String,
    content_type: Option<&'a str>,
    body: &'a [u8],
    accept: Option<&'a str>,
}

/// What one attempt gave: an answer with status and body, or a network error.
enum Attempt {
    Answer(u16, String),
    Network(String),
}

/// A URL for messages: any user information (`user:password@`) replaced by `***@`.
fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) if scheme.is_empty() => format!("***{}", &rest[at..]),
        Some(at) => format!("{scheme}://***{}", &rest[at..]),
        None => url.to_owned(),
    }
}

impl Endpoint {
    /// Checks the URL: http or https, no credentials in it.
    pub fn new(
        url: &str,
        credentials: Option<&Credentials>,
        options: &PushOptions,
    ) -> Result<Self, PushError> {
        let uri: Uri = url
            .parse()
            .map_err(|e| PushError::Url(format!("`{}` is not a URL: {e}", redact(url))))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
            return Err(PushError::Url(format!(
                "`{}` must be an http or https URL",
                redact(url)
            )));
        }
        if let Some(authority) = uri.authority().filter(|a| a.as_str().contains('@')) {
            // Name the host only: the user information is what must not be echoed.
            let host = authority.as_str().rsplit('@').next().unwrap_or("");
            return Err(PushError::Url(format!(
                "the endpoint URL for {host} holds credentials: give them in COSIGNET_PUSH_USER and COSIGNET_PUSH_PASSWORD (or COSIGNET_PUSH_TOKEN) instead"
            )));
        }
        let client = Client::new().with_global_timeout(options.timeout);
        let client = client
            .with_user_agent(concat!("cosignet/", env!("CARGO_PKG_VERSION")))
            .unwrap_or_else(|_| Client::new().with_global_timeout(options.timeout));
        Ok(Self {
            url: url.to_owned(),
            client,
            authorization: credentials.map(Credentials::header),
            tries: options.tries.max(1),
            backoff: options.backoff,
        })
    }

    fn with_param(&self, name: &str, value: &str) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        format!("{}{sep}{name}={}", self.url, encode(value))
    }

    fn attempt(&self, call: &Call<'_>) -> Attempt {
        let mut builder = Request::builder().method(call.method.clone()).uri(&call.url);
        if let Some(a) = &self.authorization {
            builder = builder.header(AUTHORIZATION, a);
        }
        if let Some(c) = call.content_type {
            builder = builder.header(CONTENT_TYPE, c);
        }
        if let Some(a) = call.accept {
            builder = builder.header(ACCEPT, a);
        }
        let request = match builder.body(Body::from(call.body.to_vec())) {
            Ok(r) => r,
            Err(e) => return Attempt::Network(e.to_string()),
        };
        match self.client.request(request) {
            Ok(response) => {
                let status = response.status().as_u16();
                let text = response.into_body().to_string().unwrap_or_default();
                Attempt::Answer(status, text)
            }
            Err(e) => Attempt::Network(e.to_string()),
        }
    }

    /// Sends a request until it succeeds, retrying what may pass on a second try; the
    /// answer's body and the retries made.
    fn send(&self, call: &Call<'_>, ok: impl Fn(u16) -> bool) -> Result<(String, usize), PushError> {
        let mut pause = self.backoff;
        let mut last = String::new();
        for attempt in 0..self.tries {
            if attempt > 0 {
                std::thread::sleep(pause);
                pause *= 2;
            }
            match self.attempt(call) {
                Attempt::Answer(status, text) if ok(status) => return Ok((text, attempt as usize)),
                Attempt::Answer(status, text) if status == 429 || status >= 500 => {
                    last = format!("{status} {}", excerpt(&text));
                }
                Attempt::Answer(status, text) => {
                    return Err(PushError::Request {
                        method: call.what,
                        graph: call.graph.to_owned(),
                        reason: format!("{} answered {status} {}", self.url, excerpt(&text)),
                    })
                }
                Attempt::Network(e) => last = e,
            }
        }
        Err(PushError::Request {
            method: call.what,
            graph: call.graph.to_owned(),
            reason: format!("{} failed {} times, last: {last}", self.url, self.tries),
        })
    }

    /// Replaces a graph; the retries made.
    pub fn put(&self, graph: &str, turtle: Vec<u8>) -> Result<usize, PushError> {
        let call = Call {
            what: "PUT",
            graph,
            method: Method::PUT,
            url: self.with_param("graph", graph),
            content_type: Some("text/turtle; charset=utf-8"),
            body: &turtle,
            accept: None,
        };
        Ok(self.send(&call, |s| (200..300).contains(&s))?.1)
    }

    /// Deletes a graph (one already gone is fine); the retries made.
    pub fn delete(&self, graph: &str) -> Result<usize, PushError> {
        let call = Call {
            what: "DELETE",
            graph,
            method: Method::DELETE,
            url: self.with_param("graph", graph),
            content_type: None,
            body: &[],
            accept: None,
        };
        Ok(self.send(&call, |s| (200..300).contains(&s) || s == 404)?.1)
    }

    /// The remote named graphs whose IRI starts with `base`; the retries made.
    pub fn graphs_below(&self, base: &str) -> Result<(Vec<String>, usize), PushError> {
        let query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        let body = format!("query={}", encode(query));
        let call = Call {
            what: "listing graphs at",
            graph: &self.url,
            method: Method::POST,
            url: self.url.clone(),
            content_type: Some("application/x-www-form-urlencoded"),
            body: body.as_bytes(),
            accept: Some("application/sparql-results+json"),
        };
        let (text, retries) = self.send(&call, |s| (200..300).contains(&s))?;
        let bad = |reason: String| PushError::Request {
            method: "listing graphs at",
            graph: self.url.clone(),
            reason,
        };
        let json: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| bad(format!("the answer is not SPARQL JSON results: {e}")))?;
        let rows = json["results"]["bindings"]
            .as_array()
            .ok_or_else(|| bad("the answer has no results.bindings".into()))?;
        let mut out: Vec<String> = rows
            .iter()
            .filter_map(|r| r["g"]["value"].as_str())
            .filter(|g| g.starts_with(base))
            .map(str::to_owned)
            .collect();
        out.sort();
        out.dedup();
        Ok((out, retries))
    }
}

fn excerpt(text: &str) -> String {
    let t: String = text.trim().chars().take(300).collect();
    if t.is_empty() {
        "(no message)".into()
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_never_show_user_information() {
        assert_eq!(redact("ftp://me:secret@host/x"), "ftp://***@host/x");
        assert_eq!(redact("me:secret@host"), "***@host");
        assert_eq!(redact("http://host/a@b"), "http://host/a@b");
    }

    #[test]
    fn base64_and_query_values_are_encoded() {
        assert_eq!(base64(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(encode("https://x/a b"), "https%3A%2F%2Fx%2Fa%20b");
    }

    #[test]
    fn credentials_never_show() {
        let c = Credentials::Basic("me".into(), "secret".into());
        assert!(!format!("{c:?}").contains("secret"));
        assert!(!format!("{:?}", Credentials::Bearer("tok".into())).contains("tok"));
    }
}
