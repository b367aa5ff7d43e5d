#!/usr/bin/env bash
# Publishing figures: the static site, `serve` under load and `push` to a real Oxigraph
# server, on N synthetic statements.
#   scripts/publish-bench.sh [N]
# Generates N statements (default 20,000; scripts/gen_corpus.py) and ingests them into a
# fresh store, or, with BENCH_STORE=DIR, uses the store already in DIR (N is then ignored).
# Builds the release profile; installs ApacheBench (`ab`, Debian apache2-utils) and, in
# ~/.cache/cosignet-venv, PyPI's `oxigraph` (its server) when missing. Then prints:
#   - `site`: wall clock, peak memory, size on disk (`du -sb`; the dumps apart) and files;
#   - `serve`: the home page and a party page asked right after start, then ApacheBench
#     (keep-alive) with 1 and 8 concurrent clients on a statement page, a party page (the
#     party of median activity), a SPARQL count of every statement and a count of one
#     party's signatures: requests per second and the p50/p99 latency in ms;
#   - `push` to `oxigraph serve` on loopback, twice (the second changes nothing): wall
#     clock, peak memory, and the remote's triple count beside the store's.
# The machine's other work shares the cores: compare figures of the same run only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
n="${1:-20000}"
venv="$HOME/.cache/cosignet-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
[ -x "$venv/bin/oxigraph" ] || "$venv/bin/pip" install --quiet oxigraph
apt_install() {
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "$@" >/dev/null; else sudo apt-get install -y -qq "$@" >/dev/null; fi
}
command -v ab >/dev/null 2>&1 || apt_install apache2-utils
[ -x /usr/bin/time ] || apt_install time
# COSIGNET_BIN=PATH runs that binary instead (the tests run this script with the debug
# build, to check that it works end to end; its figures are then not the release's).
if [ -n "${COSIGNET_BIN:-}" ]; then
  cosignet="$COSIGNET_BIN"
  build="$COSIGNET_BIN"
else
  build="release build"
  cargo build --release --quiet
  cosignet="$CARGO_TARGET_DIR/release/cosignet"
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "${BENCH_STORE:-}" ]; then
  store="$BENCH_STORE"
else
  python3 scripts/gen_corpus.py "$work/corpus" "$n" 2>/dev/null
  store="$work/store"
  "$cosignet" --quiet --store "$store" ingest "$work/corpus" >/dev/null
fi
# A free loopback port.
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# wait_for URL: until the server at URL answers (at most a minute).
wait_for() {
  for _ in $(seq 600); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "no answer from $1" >&2
  exit 1
}
statements=$("$cosignet" --store "$store" query statements --format csv | tail -n +2 | wc -l)
echo "cosignet publishing figures: $statements statements, $(nproc) cores, $build, $(date -u +%F)"

# site
/usr/bin/time -f "%e %M" -o "$work/time" "$cosignet" --quiet --store "$store" site "$work/site"
read -r secs kib <"$work/time"
total=$(du -sb "$work/site" | cut -f1)
dumps=$(du -cb "$work/site"/dump.* | tail -1 | cut -f1)
files=$(find "$work/site" -type f | wc -l)
printf 'site: %.1f s, peak %d MiB, %d MB on disk (dumps %d MB), %d files\n' \
  "$secs" $((kib / 1024)) $((total / 1000000)) $((dumps / 1000000)) "$files"
rm -rf "$work/site"

# serve
p=$(port)
url="http://127.0.0.1:$p"
"$cosignet" --quiet --store "$store" serve --bind "127.0.0.1:$p" &
pids+=($!)
wait_for "$url/style.css"
home=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$url/")
"$cosignet" --store "$store" query parties-by-country --format csv >"$work/parties.csv"
party=$(python3 -c 'import csv, sys
rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: int(r["statements"]))
print(rows[len(rows) // 2]["party"])' "$work/parties.csv")
statement=$("$cosignet" --store "$store" query statements --format csv | tail -n +2 |
  sed -n "$((statements / 2 + 1))p" | cut -d, -f1)
base=${party%%/party/*}
party_page="$url${party#"$base"}/index.html"
statement_page="$url${statement#"$base"}/index.html"
first=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$party_page")
printf 'serve: once it listens, the home page %.2f s (HTTP %s); a party page next %.2f s (HTTP %s)\n' \
  "${home#* }" "${home% *}" "${first#* }" "${first% *}"
if [ "${home% *}" != 200 ] || [ "${first% *}" != 200 ]; then
  echo "serve did not answer 200" >&2
  exit 1
fi
sparql() { python3 -c 'import sys, urllib.parse; print(sys.argv[1] + "/sparql?query=" + urllib.parse.quote(sys.argv[2]))' "$url" "$1"; }
count_all=$(sparql "PREFIX cosig: <https://w3id.org/cosignet/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?s a cosig:Statement }")
count_party=$(sparql "PREFIX cosig: <https://w3id.org/cosignet/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?s cosig:signedBy <$party> }")
# load NAME REQUESTS URL: ApacheBench with 1 and 8 clients.
load() {
  local c
  for c in 1 8; do
    ab -k -q -n "$2" -c "$c" -H 'Accept: text/html, application/sparql-results+json' "$3" >"$work/ab" 2>&1 || {
      cat "$work/ab" >&2
      exit 1
    }
    awk -v name="$1" -v c="$c" '
      /^Complete requests/ { done = $3 } /^Failed requests/ { failed = $3 }
      /^Non-2xx/ { bad = $3 } /^Requests per second/ { rps = $4 }
      /^Document Length/ { size = $3 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
      END { printf "serve %-26s %d clients: %8.1f requests/s, p50 %4d ms, p99 %4d ms (%d requests, %d failed, %d not 2xx, %d bytes each)\n",
            name, c, rps, p50, p99, done, failed, bad + 0, size
            exit (failed + bad > 0) }' "$work/ab" || {
      echo "serve: failed or not 2xx answers for $3" >&2
      exit 1
    }
  done
}
load "statement page" 2000 "$statement_page"
load "party page" 500 "$party_page"
load "SPARQL count statements" 500 "$count_all"
load "SPARQL count one party" 2000 "$count_party"
notes=("party page: $party_page" "statement page: $statement_page")

# push
p=$(port)
"$venv/bin/oxigraph" serve --location "$work/remote" --bind "127.0.0.1:$p" >/dev/null 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$p/"
local_triples=$("$cosignet" --store "$store" export --format nquads | wc -l)
for try in first second; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$cosignet" --quiet --store "$store" push --endpoint "http://127.0.0.1:$p/store"
  read -r secs kib <"$work/time"
  remote=$(curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' \
    "http://127.0.0.1:$p/query" | tail -1 | tr -d '\r')
  printf 'push (%s): %.1f s, peak %d MiB; the remote holds %d triples in named graphs, the store %d\n' \
    "$try" "$secs" $((kib / 1024)) "$remote" "$local_triples"
  if [ "$remote" != "$local_triples" ]; then
    echo "push: the remote does not hold what the store does" >&2
    exit 1
  fi
done
printf '%s\n' "${notes[@]}"
