#!/usr/bin/env python3
"""Check what `cosignet site`, `serve` and `push` publish, with the real parts users have.

    python3 tests/publish_check.py --cosignet BIN --work DIR [--virtuoso]

DIR holds `store` (the examples and a party with a hostile name, ingested) and `site`
(`cosignet site`). Checks, exiting 1 with a message at the first problem:

- rdflib parses every data.ttl and data.jsonld; their union is the store's export;
  pyld expands every data.jsonld (and the JSON-LD export) to the same triples as the
  Turtle beside it (as the N-Quads export);
- nginx serves the site with the generated rules: a party IRI asked with Accept
  text/turtle, application/ld+json, text/html, q-value lists and suffixes answers with the
  right body and Content-Type, as `cosignet serve` does; the q comparison expression
  orders every pair of qualities; Apache 2.4 with the generated .htaccess answers the same,
  and curl, following the 303, gets the site's document each time;
- every page of the site, crawled through nginx and Apache, links only to pages that exist (and the
  same from file://); `serve` gives the same bytes as the site's files;
- headless Chromium opens the index, a statement, a party and a country page from nginx and
  from `serve`: no console error, no request outside the site;
- SPARQLWrapper queries `serve` in JSON and XML; an INSERT is refused; a query that runs
  past the limit is answered 503 at the limit (how long it took is reported);
- the party named `<script>alert(1)</script> & "Co"` is text in every page;
- `cosignet push` to a real Oxigraph server (and Virtuoso with --virtuoso): every bundled
  query gives the same rows remotely as locally; pushing again changes nothing; --prune
  deletes a statement removed locally.
"""

import argparse
import csv
import glob
import hashlib
import html.parser
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HOSTILE = '<script>alert(1)</script> & "Co"'


def fail(message):
    sys.exit(f"publish check: {message}")


def note(message):
    print(f"publish check: {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, proc, what, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            fail(f"{what} stopped (exit {proc.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    fail(f"{what} does not listen on port {port}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url, accept=None, method="GET", data=None, headers=None):
    """(status, headers, body) without following redirects."""
    h = dict(headers or {})
    if accept is not None:
        h["Accept"] = accept
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with OPENER.open(req, timeout=120) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


# --- RDF: rdflib and pyld ---------------------------------------------------------------

def check_documents(site, work, cosignet, store):
    import rdflib
    from pyld import jsonld

    export_nq = os.path.join(work, "export.nq")
    run([cosignet, "--store", store, "export", "--format", "nquads", "--output", export_nq])
    export_jsonld = os.path.join(work, "export.jsonld")
    run([cosignet, "--store", store, "export", "--format", "jsonld", "--output", export_jsonld])
    want = rdflib.Dataset()
    want.parse(export_nq, format="nquads")
    want_triples = set()
    for s, p, o, _g in want.quads((None, None, None, None)):
        want_triples.add((s, p, o))

    def loader(url, options=None):
        path = urllib.parse.urlparse(url).path
        with open(urllib.parse.unquote(path), encoding="utf-8") as f:
            return {"contextUrl": None, "documentUrl": url, "document": json.load(f)}

    # JSON-LD's conversion to RDF writes an xsd:double in the canonical form "%1.15E" (JSON-LD
    # 1.1, Object to RDF Conversion), 16 significant digits: pyld does as the spec says. A
    # double is therefore compared as that form gives it, everything else exactly.
    double = "http://www.w3.org/2001/XMLSchema#double"

    def as_jsonld_gives(triples):
        out = set()
        for s, p, o in triples:
            if isinstance(o, rdflib.Literal) and str(o.datatype) == double:
                o = ("double", float("%1.15E" % float(o)))
            out.add((s, p, o))
        return out

    def pyld_triples(path, base):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        nq = jsonld.to_rdf(doc, {"base": base, "format": "application/n-quads", "documentLoader": loader})
        g = rdflib.Dataset()
        g.parse(data=nq, format="nquads")
        return as_jsonld_gives((s, p, o) for s, p, o, _ in g.quads((None, None, None, None)))

    union = set()
    files = sorted(glob.glob(os.path.join(site, "**", "data.ttl"), recursive=True))
    if len(files) < 50:
        fail(f"only {len(files)} data.ttl files in the site")
    for ttl in files:
        g = rdflib.Graph()
        g.parse(ttl, format="turtle")
        triples = set(g)
        if not triples:
            fail(f"{ttl} is empty")
        jl = ttl[: -len("data.ttl")] + "data.jsonld"
        g2 = rdflib.Graph()
        g2.parse(jl, format="json-ld")
        if set(g2) != triples:
            fail(f"{jl}: rdflib reads {len(set(g2))} triples, the Turtle beside it has {len(triples)}")
        expanded = pyld_triples(jl, "file://" + os.path.abspath(jl))
        wanted = as_jsonld_gives(triples)
        if expanded != wanted:
            missing = list(wanted - expanded)[:3]
            extra = list(expanded - wanted)[:3]
            fail(f"{jl}: pyld expands to other triples (missing {missing}, extra {extra})")
        union |= triples
    if union != want_triples:
        fail(f"the union of the site's data files has {len(union)} triples, the store {len(want_triples)}: "
             f"missing {list(want_triples - union)[:3]}, extra {list(union - want_triples)[:3]}")
    if pyld_triples(export_jsonld, "file://" + export_jsonld) != as_jsonld_gives(want_triples):
        fail("pyld expands `export --format jsonld` to other triples than the N-Quads export")
    note(f"rdflib and pyld read {len(files)} documents twice each; their union is the store ({len(union)} triples)")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        fail(f"{' '.join(map(str, cmd))} exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


# --- negotiation ------------------------------------------------------------------------

ACCEPTS = [
    (None, "html"),
    ("", "html"),
    ("*/*", "html"),
    ("text/html", "html"),
    ("text/turtle", "ttl"),
    ("application/ld+json", "jsonld"),
    ("text/html;q=0.5, text/turtle;q=0.9, application/ld+json;q=0.8", "ttl"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"),
    ("application/ld+json;q=0.95, text/turtle;q=0.9", "jsonld"),
    ("text/turtle;q=0.901, application/ld+json;q=0.9", "ttl"),
    ("text/turtle;q=0.8, application/ld+json;q=0.8", "ttl"),
    ("text/html;q=0.8, text/turtle;q=0.8", "html"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", "html"),
    ("application/ld+json, */*;q=0.1", "jsonld"),
    ("text/*;q=0.5, text/turtle", "ttl"),
    ("text/turtle;q=0, */*", "html"),
    ("text/html;q=0, text/turtle;q=0, */*", "jsonld"),
    ("application/*", "jsonld"),
    ("image/png", None),
    ("text/turtle;q=2", None),
    ("text/turtle; charset=utf-8; q=0.7, text/html;q=0.6", "ttl"),
]
TYPES = {"html": "text/html", "ttl": "text/turtle", "jsonld": "application/ld+json"}
FILES = {"html": "index.html", "ttl": "data.ttl", "jsonld": "data.jsonld"}


def check_greater(site):
    text = open(os.path.join(site, "conneg", "nginx-maps.conf"), encoding="utf-8").read()
    m = re.search(r'"~(\^\(\\d\*\)\(\?:1[^"]*)" jsonld;', text)
    if not m:
        fail("nginx-maps.conf has no comparison expression")
    gt = re.compile(m.group(1))
    qs = sorted({0, 1, 9, 10, 99, 100, 101, 500, 501, 899, 900, 901, 999, 1000} | set(range(0, 1001, 37)))
    for a in qs:
        for b in qs:
            key = f"{a:04d}:{b:04d}"
            if bool(gt.search(key)) != (a > b):
                fail(f"the comparison expression is wrong on {key}")
    note(f"the q comparison expression orders {len(qs) ** 2} pairs right")


def check_negotiation(origin, party_path, site, name):
    for accept, want in ACCEPTS:
        status, headers, body = get(origin + party_path, accept)
        if want is None:
            if status != 406:
                fail(f"{name}: Accept {accept!r} gives {status}, not 406")
            continue
        if status != 303:
            fail(f"{name}: Accept {accept!r} on {party_path} gives {status}, not 303")
        location = headers.get("Location", "")
        if not location.endswith(party_path + "/" + FILES[want]):
            fail(f"{name}: Accept {accept!r} sees other at {location!r}, not {FILES[want]}")
        if "accept" not in headers.get("Vary", "").lower():
            fail(f"{name}: the 303 has no Vary: Accept")
        status, headers, body = get(urllib.parse.urljoin(origin + party_path, location), accept)
        if status != 200 or not headers.get("Content-Type", "").startswith(TYPES[want]):
            fail(f"{name}: {location} gives {status} {headers.get('Content-Type')}")
        local = open(os.path.join(site, party_path.lstrip("/"), FILES[want]), "rb").read()
        if body != local:
            fail(f"{name}: {location} is not the site's file")
    for suffix, kind in [("ttl", "ttl"), ("jsonld", "jsonld"), ("html", "html")]:
        status, headers, body = get(f"{origin}{party_path}.{suffix}", "text/html")
        if status != 200 or not headers.get("Content-Type", "").startswith(TYPES[kind]):
            fail(f"{name}: {party_path}.{suffix} gives {status} {headers.get('Content-Type')}")
        if body != open(os.path.join(site, party_path.lstrip("/"), FILES[kind]), "rb").read():
            fail(f"{name}: {party_path}.{suffix} is not the site's {FILES[kind]}")
    note(f"{name}: {len(ACCEPTS)} Accept headers and 3 suffixes on {party_path} answer as the rules say")


def check_subresource(origin, statement_path, name):
    status, headers, _ = get(f"{origin}{statement_path}/signature/anything", "text/turtle")
    if status != 303 or not headers.get("Location", "").endswith(statement_path + "/data.ttl"):
        fail(f"{name}: a signature IRI gives {status} {headers.get('Location')}")
    status, _, _ = get(f"{origin}/party/zz/no-such-party", "text/html")
    if status != 404:
        fail(f"{name}: a missing entity gives {status}")


# --- crawling ---------------------------------------------------------------------------

class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.assets = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href"):
            self.assets.append(a["href"])
        if tag in ("script", "img", "iframe") or (tag == "link" and a.get("rel") == "stylesheet" and a["href"].startswith("http")):
            self.assets.append(a.get("src") or a.get("href") or "")
        if tag == "script":
            fail(f"a page has a <script> tag: {attrs}")


def crawl(origin, start, name):
    seen, queue, pages = set(), [start], 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, headers, body = get(url)
        if status != 200:
            fail(f"{name}: {url} gives {status}")
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        parser = Links()
        parser.feed(body.decode("utf-8"))
        for href in parser.links + parser.assets:
            if href.startswith("data:"):
                continue  # inline, not a request
            target = urllib.parse.urljoin(url, href).split("#")[0]
            if target.startswith(origin):
                if target not in seen:
                    queue.append(target)
            elif not href.startswith("https://www.wikidata.org/") and not href.startswith("http"):
                fail(f"{name}: {url} links to {href}")
    note(f"{name}: crawled {pages} pages and {len(seen)} links, none broken")
    return pages


def check_file_links(site):
    count = 0
    for page in glob.glob(os.path.join(site, "**", "*.html"), recursive=True):
        parser = Links()
        parser.feed(open(page, encoding="utf-8").read())
        for href in parser.links + parser.assets:
            if href.startswith("http") or href.startswith("data:"):
                continue
            target = urllib.parse.unquote(href.split("#")[0])
            if not target:
                continue  # a fragment of the same page
            path = os.path.normpath(os.path.join(os.path.dirname(page), target))
            if not os.path.isfile(path):
                fail(f"file://{page} links to {href}, which is not a file")
            count += 1
    note(f"from file://, {count} links of the site's pages resolve to files")


def check_hostile(site, origin_serve):
    pages = glob.glob(os.path.join(site, "**", "*.html"), recursive=True)
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"
    shown = 0
    for page in pages:
        text = open(page, encoding="utf-8").read()
        if "<script" in text or "alert(1)</" in text:
            fail(f"{page} holds the hostile name as markup")
        shown += escaped in text
    if shown < 3:
        fail(f"the hostile party's name shows as text in only {shown} pages")
    party = [p for p in pages if escaped in open(p, encoding="utf-8").read() and "/party/" in p]
    if not party:
        fail("the hostile party has no page")
    rel = os.path.relpath(party[0], site)
    status, _, body = get(f"{origin_serve}/{rel}")
    text = body.decode("utf-8")
    if status != 200 or escaped not in text or "<script" in text:
        fail(f"serve shows the hostile party's page wrongly ({status})")
    note(f"the hostile name is text in {shown} pages of the site and in serve")


def check_serve_matches_site(site, origin):
    n = 0
    for path in glob.glob(os.path.join(site, "**", "*"), recursive=True):
        rel = os.path.relpath(path, site)
        if not os.path.isfile(path) or not (rel.endswith((".html", ".ttl", ".jsonld")) or rel == "style.css"):
            continue
        if rel.startswith("dump") or rel == "index.html":
            continue  # dumps are streamed; the home page names the endpoint in serve
        url = origin + "/" + urllib.parse.quote(rel)
        status, _, body = get(url)
        if status != 200 or body != open(path, "rb").read():
            fail(f"serve's /{rel} ({status}) differs from the site's file")
        n += 1
    note(f"serve gives the same bytes as the site for {n} files")


# --- Chromium ---------------------------------------------------------------------------

class Chrome:
    def __init__(self, work):
        import websocket

        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--remote-debugging-port=0", f"--user-data-dir={work}/chrome-profile",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = None
        deadline = time.time() + 60
        while time.time() < deadline and url is None:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
        if url is None:
            fail("Chromium did not start")
        self.ws = websocket.create_connection(url, timeout=60)
        self.next_id = 0
        self.events = []

    def call(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    fail(f"Chromium: {method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def visit(self, url):
        """(requested URLs, console errors) of loading one page."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Page", "Network", "Runtime", "Log"]:
            self.call(f"{domain}.enable", session=session)
        self.events = []
        self.call("Page.navigate", {"url": url}, session=session)
        deadline = time.time() + 30
        loaded = False
        while time.time() < deadline and not loaded:
            ev = json.loads(self.ws.recv())
            self.events.append(ev)
            loaded = ev.get("method") == "Page.loadEventFired" and ev.get("sessionId") == session
        if not loaded:
            fail(f"Chromium: {url} did not load")
        time.sleep(0.3)
        self.call("Runtime.evaluate", {"expression": "1"}, session=session)
        requests, errors = [], []
        for ev in self.events:
            if ev.get("sessionId") != session:
                continue
            m, p = ev.get("method"), ev.get("params", {})
            if m == "Network.requestWillBeSent":
                requests.append(p["request"]["url"])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                errors.append(str(p.get("args")))
            elif m == "Runtime.exceptionThrown":
                errors.append(str(p.get("exceptionDetails")))
            elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
                errors.append(p["entry"].get("text", ""))
            elif m == "Network.loadingFailed":
                errors.append(f"failed: {p.get('errorText')}")
            elif m == "Network.responseReceived" and p["response"].get("status", 200) >= 400:
                errors.append(f"{p['response']['status']} {p['response']['url']}")
        self.call("Target.closeTarget", {"targetId": target})
        return requests, errors

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.kill()
            self.proc.wait()


def check_browser(chrome, origin, paths, name):
    for path in paths:
        requests, errors = chrome.visit(origin + path)
        if errors:
            fail(f"Chromium on {name}{path}: {errors}")
        outside = [u for u in requests if not u.startswith(origin)]
        if outside:
            fail(f"Chromium on {name}{path} asked outside the site: {outside}")
        if not any(u.endswith("style.css") for u in requests):
            fail(f"Chromium on {name}{path} did not load the stylesheet: {requests}")
    note(f"Chromium opened {len(paths)} pages from {name}: no console error, no request outside the site")


# --- SPARQL endpoint --------------------------------------------------------------------

def check_endpoint(origin, slow_origin):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    q = "PREFIX cosig: <https://w3id.org/cosignet/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?s cosig:signedBy ?p }"
    w = SPARQLWrapper(origin + "/sparql")
    w.setQuery(q)
    w.setReturnFormat(JSON)
    n_json = int(w.query().convert()["results"]["bindings"][0]["n"]["value"])
    w.setReturnFormat(XML)
    doc = w.query().convert()
    n_xml = int(doc.getElementsByTagName("literal")[0].firstChild.data)
    if n_json != n_xml or n_json < 10:
        fail(f"SPARQLWrapper counts {n_json} signings in JSON, {n_xml} in XML")
    w = SPARQLWrapper(origin + "/sparql")
    w.setMethod("POST")
    w.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    try:
        w.query()
        fail("an INSERT through SPARQLWrapper was not refused")
    except (SPARQLWrapperException, urllib.error.HTTPError) as e:
        # SPARQLWrapper wraps some statuses in its own exceptions and lets others (403)
        # through as urllib's.
        if "read-only" not in str(e) and "403" not in str(e) and "Forbidden" not in str(e):
            fail(f"an INSERT was refused with an unexpected error: {e}")
    status, _, body = get(origin + "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))
    if status != 400 or b"SERVICE" not in body:
        fail(f"a SERVICE query gives {status} {body[:100]!r}")
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    start = time.time()
    status, _, body = get(slow_origin + "/sparql?query=" + urllib.parse.quote(slow))
    took = time.time() - start
    if status != 503 or b"time limit" not in body:
        fail(f"a runaway query gives {status} {body[:200]!r}")
    # Not before the limit; how long after it depends on the machine's load, so it is
    # reported, not asserted.
    if took < 1.9:
        fail(f"a runaway query with a 2 s limit stopped after {took:.1f} s, before its limit")
    note(f"SPARQLWrapper: JSON and XML agree ({n_json}); INSERT and SERVICE refused; a runaway query stopped after {took:.1f} s (limit 2 s)")


# --- push -------------------------------------------------------------------------------

def bundled_queries(root):
    out = {}
    for path in sorted(glob.glob(os.path.join(root, "queries", "*.rq"))):
        out[os.path.basename(path)[:-3]] = open(path, encoding="utf-8").read()
    return out


def cell(value):
    """A cell as compared: a list a query joined with spaces (GROUP_CONCAT) has no order in
    SPARQL, so its items are sorted; a number with a fraction to six significant digits, as
    Virtuoso's CSV prints a double."""
    if "." in value or "e" in value.lower():
        try:
            return "%.6g" % float(value)
        except ValueError:
            pass
    items = value.split(" ")
    if len(items) > 1 and all(i.startswith("http") for i in items):
        return " ".join(sorted(items))
    return value


def csv_rows(text):
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], sorted([cell(c) for c in r] for r in rows[1:])


def with_values(text, values):
    """The query with the parameter's VALUES block at the start of its outer WHERE group,
    where every store applies it (Virtuoso ignores a trailing VALUES after a sub-select)."""
    if not values:
        return text
    m = re.search(r"WHERE\s*\{", text, re.IGNORECASE)
    if not m:
        return text + "\n" + values
    return text[:m.end()] + "\n  " + values + "\n" + text[m.end():]


def remote_rows(query_url, text, union_param):
    data = urllib.parse.urlencode({"query": text}).encode()
    url = query_url + (("?" + union_param) if union_param else "")
    status, _, body = get(url, "text/csv", "POST", data, {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:
        fail(f"{query_url} answers {status}: {body[:300]!r}")
    return csv_rows(body.decode("utf-8"))


def remote_digest(query_url, union_param, base):
    q = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    head, rows = remote_rows(query_url, q, union_param)
    rows = [r for r in rows if r[0].startswith(base)]
    return len(rows), hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def check_push(name, cosignet, store, store_pruned, gsp, query_url, union_param, root, env=None):
    base = "https://w3id.org/cosignet/data/"
    start = time.time()
    run([cosignet, "--quiet", "--store", store, "push", "--endpoint", gsp], env=env)
    took = time.time() - start
    parties = run([cosignet, "--store", store, "query", "parties", "--format", "csv"])
    party = next(r[0] for r in csv.reader(io.StringIO(parties)) if "communist-party-of-greece" in r[0])
    statement = base + "statement/2020-08-18-the-communists-of-belarus-need-fraternal-solidarity"
    params = {
        "signatories": (["--param", f"statement={statement}"], f"VALUES ?statement {{ <{statement}> }}"),
        "cosigners": (["--param", f"party={party}"], f"VALUES ?party {{ <{party}> }}"),
    }
    checked = 0
    for qname, text in bundled_queries(root).items():
        args, values = params.get(qname, ([], ""))
        local = csv_rows(run([cosignet, "--store", store, "query", qname, "--format", "csv"] + args))
        remote = remote_rows(query_url, with_values(text, values), union_param)
        if local != remote:
            fail(f"{name}: query {qname} gives {len(local[1])} rows locally, {len(remote[1])} remotely; "
                 f"first differences: {[r for r in local[1] if r not in remote[1]][:2]} / {[r for r in remote[1] if r not in local[1]][:2]}")
        checked += 1
    count, digest = remote_digest(query_url, union_param, base)
    local_count = int(run([cosignet, "--store", store, "query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]).split()[1])
    if count != local_count:
        fail(f"{name}: the remote store holds {count} quads below the base, the local one {local_count}")
    run([cosignet, "--quiet", "--store", store, "push", "--endpoint", gsp], env=env)
    if remote_digest(query_url, union_param, base) != (count, digest):
        fail(f"{name}: pushing again changed the remote store")
    # A statement removed locally goes with --prune.
    run([cosignet, "--quiet", "--store", store_pruned, "push", "--endpoint", gsp, "--prune", "--query-endpoint", query_url], env=env)
    pruned_count = int(run([cosignet, "--store", store_pruned, "query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]).split()[1])
    after, _ = remote_digest(query_url, union_param, base)
    if after != pruned_count:
        fail(f"{name}: after --prune the remote store holds {after} quads, the pruned store {pruned_count}")
    note(f"{name}: pushed {local_count} quads in {took:.1f} s; {checked} bundled queries agree; a second push changed nothing; --prune removed {count - after} quads")


def start_oxigraph(venv_bin, work):
    port = free_port()
    proc = subprocess.Popen([os.path.join(venv_bin, "oxigraph"), "serve", "--location", os.path.join(work, "oxigraph-remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc, "oxigraph serve")
    return proc, f"http://127.0.0.1:{port}"


def start_virtuoso(work):
    port, sql = free_port(), free_port()
    db = os.path.join(work, "virtuoso")
    os.makedirs(db, exist_ok=True)
    ini = os.path.join(db, "virtuoso.ini")
    with open(ini, "w") as f:
        f.write(f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {db}
[HTTPServer]
ServerPort = {port}
ServerRoot = /usr/share/virtuoso-opensource-7/vad
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
""")
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", ini], cwd=db,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc, "virtuoso", 120)
    wait_port(sql, proc, "virtuoso (SQL)", 120)
    grant = 'GRANT SPARQL_UPDATE TO "SPARQL";'
    for _ in range(30):
        r = subprocess.run(["isql-vt", str(sql), "dba", "dba", f"exec={grant}"], capture_output=True, text=True)
        if r.returncode == 0:
            break
        time.sleep(1)
    else:
        fail(f"virtuoso: the grant failed: {r.stdout} {r.stderr}")
    return proc, f"http://127.0.0.1:{port}"


# --- nginx ------------------------------------------------------------------------------

def start_nginx(site, work):
    port = free_port()
    conf_dir = os.path.join(work, "nginx")
    os.makedirs(os.path.join(conf_dir, "logs"), exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = os.path.join(conf_dir, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""{user}worker_processes 1;
daemon off;
error_log {conf_dir}/logs/error.log warn;
pid {conf_dir}/nginx.pid;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {conf_dir}/body;
    proxy_temp_path {conf_dir}/proxy;
    fastcgi_temp_path {conf_dir}/fastcgi;
    uwsgi_temp_path {conf_dir}/uwsgi;
    scgi_temp_path {conf_dir}/scgi;
    default_type application/octet-stream;
    include {site}/conneg/nginx-maps.conf;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        index index.html;
        include {site}/conneg/nginx-locations.conf;
    }}
}}
""")
    test = subprocess.run(["nginx", "-t", "-c", conf, "-p", conf_dir], capture_output=True, text=True)
    if test.returncode != 0:
        fail(f"nginx rejects the generated rules: {test.stderr}")
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", conf_dir], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_port(port, proc, "nginx")
    return proc, f"http://127.0.0.1:{port}"


def start_apache(site, work):
    """Apache 2.4 (Debian's apache2-bin, no service of the system) serving the site with
    the generated .htaccess, allowed as README says."""
    port = free_port()
    conf_dir = os.path.join(work, "apache")
    os.makedirs(conf_dir, exist_ok=True)
    modules = "/usr/lib/apache2/modules"
    if os.geteuid() == 0:
        # Apache will not serve as root: its workers run as nobody, who must read the site.
        for d in [work, site]:
            os.chmod(d, 0o755)
        user = "User nobody\nGroup nogroup\n"
    else:
        user = ""
    open(os.path.join(conf_dir, "mime.types"), "w").close()
    conf = os.path.join(conf_dir, "httpd.conf")
    with open(conf, "w") as f:
        f.write(f"""ServerRoot "{conf_dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {conf_dir}/httpd.pid
ErrorLog {conf_dir}/error.log
LogLevel warn
{user}""" + "".join(f"LoadModule {m}_module {modules}/mod_{m}.so\n"
                     for m in ["mpm_event", "authz_core", "mime", "dir", "rewrite", "headers"]) + f"""
TypesConfig {conf_dir}/mime.types
AddType text/html .html
AddType text/css .css
AddType application/xml .xml
DocumentRoot "{site}"
<Directory "{site}">
    AllowOverride FileInfo Indexes Options=MultiViews,Indexes
    Require all granted
</Directory>
""")
    test = subprocess.run(["apache2", "-t", "-f", conf], capture_output=True, text=True)
    if test.returncode != 0:
        fail(f"apache rejects its configuration: {test.stderr}")
    proc = subprocess.Popen(["apache2", "-f", conf, "-DFOREGROUND"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_port(port, proc, "apache")
    return proc, f"http://127.0.0.1:{port}"


def check_curl(origin, party_path, site, name):
    """curl, as a user would type it, follows the 303 to the right body and type."""
    for accept, want in [("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("text/html", "html"),
                         ("text/html;q=0.5, application/ld+json;q=0.8, text/turtle;q=0.7", "jsonld")]:
        out = subprocess.run(["curl", "-sS", "-L", "-H", f"Accept: {accept}", "-o", "-", "-w", "\n%{content_type}",
                              origin + party_path], capture_output=True, check=True).stdout
        body, _, content_type = out.rpartition(b"\n")
        if not content_type.decode().startswith(TYPES[want]):
            fail(f"curl on {name}: Accept {accept!r} gives {content_type!r}")
        if body != open(os.path.join(site, party_path.lstrip("/"), FILES[want]), "rb").read():
            fail(f"curl on {name}: Accept {accept!r} does not give the site's {FILES[want]}")
    out = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{content_type}",
                          f"{origin}{party_path}.ttl"], capture_output=True, text=True, check=True).stdout
    if not out.startswith("200 text/turtle"):
        fail(f"curl on {name}: {party_path}.ttl gives {out}")
    note(f"curl on {name}: Accept and suffix give the site's documents")


def start_serve(cosignet, store, *extra):
    port = free_port()
    proc = subprocess.Popen([cosignet, "--quiet", "--store", store, "serve", "--bind", f"127.0.0.1:{port}", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_port(port, proc, "cosignet serve")
    return proc, f"http://127.0.0.1:{port}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cosignet", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--virtuoso", action="store_true")
    a = ap.parse_args()
    work, cosignet = os.path.abspath(a.work), a.cosignet
    store, pruned, site = f"{work}/store", f"{work}/store-pruned", f"{work}/site"
    venv_bin = os.path.dirname(sys.executable)
    procs = []
    try:
        check_greater(site)
        check_documents(site, work, cosignet, store)
        nginx, nginx_origin = start_nginx(site, work)
        procs.append(nginx)
        serve, serve_origin = start_serve(cosignet, store)
        procs.append(serve)
        slow, slow_origin = start_serve(cosignet, store, "--timeout", "2")
        procs.append(slow)
        party_path = "/party/gr/communist-party-of-greece"
        statement_path = "/statement/2020-08-18-the-communists-of-belarus-need-fraternal-solidarity"
        apache, apache_origin = start_apache(site, work)
        procs.append(apache)
        for origin, name in [(nginx_origin, "nginx"), (apache_origin, "apache"), (serve_origin, "serve")]:
            check_negotiation(origin, party_path, site, name)
            check_subresource(origin, statement_path, name)
            check_curl(origin, party_path, site, name)
        crawl(nginx_origin, nginx_origin + "/index.html", "nginx")
        crawl(apache_origin, apache_origin + "/index.html", "apache")
        crawl(serve_origin, serve_origin + "/index.html", "serve")
        check_file_links(site)
        check_serve_matches_site(site, serve_origin)
        check_hostile(site, serve_origin)
        country = "/country/gr/index.html"
        pages = ["/index.html", statement_path + "/index.html", party_path + "/index.html", country]
        chrome = Chrome(work)
        try:
            check_browser(chrome, nginx_origin, pages, "nginx")
            check_browser(chrome, serve_origin, pages, "serve")
        finally:
            chrome.close()
        check_endpoint(serve_origin, slow_origin)
        oxi, oxi_origin = start_oxigraph(venv_bin, work)
        procs.append(oxi)
        check_push("oxigraph", cosignet, store, pruned, oxi_origin + "/store", oxi_origin + "/query", "union-default-graph", a.root)
        if a.virtuoso:
            virt, virt_origin = start_virtuoso(work)
            procs.append(virt)
            check_push("virtuoso", cosignet, store, pruned, virt_origin + "/sparql-graph-crud", virt_origin + "/sparql", "", a.root)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
    note("passed")


if __name__ == "__main__":
    main()
