#!/usr/bin/env bash
# Benchmark: every cosignet step beside the tool a user would pick instead, measured in the
# same run on the same data, with the ratio of wall-clock times and the peak memory of each.
#   scripts/bench.sh [--anchored] [N]
# Generates N synthetic statements (default 20,000; scripts/gen_corpus.py, with persons),
# builds the release profile (as `cargo install` does) and, in a virtual environment it
# creates when missing (~/.cache/cosignet-venv), PyPI's `oxigraph` (the Oxigraph CLI),
# pyoxigraph and networkx. Then:
#   - ingest into a fresh store (compacted at the end), beside `oxigraph load` of the same
#     quads (cosignet's own N-Quads export of that store) into another fresh store and
#     `oxigraph optimize` of it;
#   - export N-Quads, beside `oxigraph dump` of that store; every other export format;
#   - the party network with every metric, beside pyoxigraph + networkx on the same store
#     (scripts/bench_networkx.py); the country and person networks, the person network
#     without metrics;
#   - every bundled query, those with a parameter with typical values (a statement, the
#     party and the country of median activity), beside the same pattern with the value
#     written in (scripts/bench_anchor_query.py) run by `oxigraph query`; the time of a
#     query is the median of 5 runs, process start included;
#   - validate and eval.
# With --anchored, only the steps that have an anchor (ingest, N-Quads export, party network,
# the queries with a parameter): the figures of the goal, in a fraction of the time.
# Prints one line per step: cosignet's wall clock and peak resident memory, the anchor's, and
# the ratios cosignet / anchor (time, memory); then the sizes of what was measured.
# BENCH_KEEP=DIR keeps the work folder (corpus, store) in DIR.
# Needs about 40 GB of disk at N = 200,000 (stores, exports, the sort's runs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
anchored=false
if [ "${1:-}" = --anchored ]; then
  anchored=true
  shift
fi
n="${1:-20000}"
venv="$HOME/.cache/cosignet-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import networkx, pyoxigraph" 2>/dev/null || [ ! -x "$venv/bin/oxigraph" ]; then
  "$venv/bin/pip" install --quiet networkx pyoxigraph oxigraph
fi
if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null
fi
py="$venv/bin/python"
oxigraph="$venv/bin/oxigraph"
cargo build --release --quiet
cosignet="$CARGO_TARGET_DIR/release/cosignet"
# BENCH_KEEP=DIR: work in DIR (a new or empty folder) and keep it, the store and corpus
# included, to measure more steps on the same data afterwards; otherwise a temporary folder,
# removed at the end.
if [ -n "${BENCH_KEEP:-}" ]; then
  work="$BENCH_KEEP"
  mkdir -p "$work"
  if [ -n "$(ls -A "$work")" ]; then
    echo "BENCH_KEEP=$work is not empty; give a new or empty folder" >&2
    exit 2
  fi
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
python3 scripts/gen_corpus.py "$work/corpus" "$n" 2>/dev/null

# measure CMD...: runs CMD once; sets `secs` (wall clock) and `kib` (peak resident memory).
measure() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$@" >"$work/out" 2>"$work/err" || {
    echo "failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  }
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  kib=$(tail -1 "$work/mem")
}
# measure_median CMD...: the median wall clock of 5 runs (peak memory of the last).
measure_median() {
  local times=()
  for _ in 1 2 3 4 5; do
    measure "$@"
    times+=("$secs")
  done
  secs=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
}
human() { # KIB -> "123 MiB" or "1.23 GiB"
  awk -v k="$1" 'BEGIN { if (k >= 1048576) printf "%.2f GiB", k / 1048576; else printf "%.0f MiB", k / 1024 }'
}
# row STEP SECS KIB [ANCHOR ASECS AKIB]: one line of the table; with an anchor, the ratios
# cosignet / anchor of wall clock and of peak memory.
row() {
  if [ $# -gt 3 ]; then
    printf '%-42s %9.3f s %9s   %-22s %9.3f s %9s   %5.2f %5.2f\n' "$1" "$2" "$(human "$3")" \
      "$4" "$5" "$(human "$6")" "$(echo "$2 / $5" | bc -l)" "$(echo "$3 / $6" | bc -l)"
  else
    printf '%-42s %9.3f s %9s\n' "$1" "$2" "$(human "$3")"
  fi
}

notes=()
echo "cosignet benchmark: $n statements, $(nproc) cores, release build, $(date -u +%F)"
printf '%-42s %11s %9s   %-22s %11s %9s   %5s %5s\n' step cosignet peak anchor anchor peak time mem
store="$work/store"
measure "$cosignet" --quiet --store "$store" ingest "$work/corpus"
ingest_s=$secs ingest_k=$kib
measure "$cosignet" --store "$store" export --format nquads --output "$work/all.nq"
export_s=$secs export_k=$kib
notes+=("store: $(wc -l <"$work/all.nq") quads, $(du -sh "$store" | cut -f1) on disk")
# cosignet's ingest leaves the store compacted for reading; the same with Oxigraph's CLI
# is a load and then an optimize (which its load recommends before a read-heavy workload).
measure "$oxigraph" load --location "$work/oxstore" --file "$work/all.nq"
load_s=$secs load_k=$kib
measure "$oxigraph" optimize --location "$work/oxstore"
secs=$(echo "$load_s + $secs" | bc)
kib=$((kib > load_k ? kib : load_k))
row "ingest" "$ingest_s" "$ingest_k" "oxigraph load+optimize" "$secs" "$kib"
measure "$oxigraph" dump --location "$work/oxstore" --file "$work/dump.nq"
row "export nquads" "$export_s" "$export_k" "oxigraph dump" "$secs" "$kib"
rm -rf "$work/oxstore" "$work/dump.nq" "$work/all.nq"

# graph_size LEVEL: the nodes and edges of the GraphML just written.
graph_size() {
  notes+=("$1 network: $(grep -c '<node ' "$work/net.graphml") nodes, $(grep -c '<edge ' "$work/net.graphml") edges")
}
measure "$cosignet" --store "$store" network --format graphml --output "$work/net.graphml"
net_s=$secs net_k=$kib
graph_size party
measure "$py" scripts/bench_networkx.py "$store"
notes+=("$(cat "$work/out")")
row "network party, every metric" "$net_s" "$net_k" "pyoxigraph + networkx" "$secs" "$kib"
if ! $anchored; then
  measure "$cosignet" --store "$store" network --level country --format graphml --output "$work/net.graphml"
  graph_size country
  row "network country, every metric" "$secs" "$kib"
  measure "$cosignet" --store "$store" network --level person --format graphml --output "$work/net.graphml"
  graph_size person
  row "network person, every metric" "$secs" "$kib"
  measure "$cosignet" --store "$store" network --level person --no-metrics --format graphml --output "$work/net.graphml"
  row "network person, --no-metrics" "$secs" "$kib"
  rm -f "$work/net.graphml"

  for format in turtle trig ntriples jsonld rdfxml; do
    measure "$cosignet" --store "$store" export --format "$format" --output "$work/export"
    row "export $format" "$secs" "$kib"
    rm -f "$work/export"
  done
fi

# Typical parameters: a statement from the middle of the corpus, the party and the country
# of median activity.
statement=$("$py" -c 'import json, sys, glob
files = sorted(glob.glob(sys.argv[1] + "/*.json"))
records = json.load(open(files[len(files) // 2]))
print(records[len(records) // 2]["id"])' "$work/corpus")
median() { # CSV COLUMN COUNT-COLUMN: COLUMN of the row of median COUNT-COLUMN
  "$py" -c 'import csv, sys
rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: int(r[sys.argv[3]]))
print(rows[len(rows) // 2][sys.argv[2]])' "$@"
}
"$cosignet" --store "$store" query parties-by-country --format csv >"$work/parties.csv"
party=$(median "$work/parties.csv" party statements)
"$cosignet" --store "$store" query countries --format csv >"$work/countries.csv"
country=$(median "$work/countries.csv" country statements)
code=$(median "$work/countries.csv" code statements)
base=${party%%/party/*}
notes+=("parameters: statement=$statement party=$party country=$code")
for q in queries/*.rq; do
  name=$(basename "$q" .rq)
  param=$(sed -n 's/^# param: \([a-z_]*\) \([a-z]*\).*/\1 \2/p' "$q" | head -1)
  if [ -z "$param" ]; then
    if $anchored; then continue; fi
    measure "$cosignet" --store "$store" query "$name" --format csv
    notes+=("query $name: $(($(wc -l <"$work/out") - 1)) rows")
    row "query $name" "$secs" "$kib"
    continue
  fi
  var=${param% *}
  case ${param#* } in
    statement) value=$statement term="<$base/statement/$statement>" ;;
    party) value=$party term="<$party>" ;;
    country) value=$code term="<$country>" ;;
  esac
  measure_median "$cosignet" --store "$store" query "$name" --param "$var=$value" --format csv
  c_s=$secs c_k=$kib c_rows=$(($(wc -l <"$work/out") - 1))
  "$py" scripts/bench_anchor_query.py "$q" "$var" "$term" >"$work/anchor.rq"
  measure_median "$oxigraph" query --location "$store" --union-default-graph \
    --query-file "$work/anchor.rq" --results-format csv
  notes+=("query $name --param $var: $c_rows rows, oxigraph query $(($(wc -l <"$work/out") - 1)) rows")
  row "query $name --param $var" "$c_s" "$c_k" "oxigraph query" "$secs" "$kib"
done

if ! $anchored; then
    measure "$cosignet" --store "$store" validate
    row "validate" "$secs" "$kib"
    measure "$cosignet" eval tests/fixtures/heldout
    row "eval tests/fixtures/heldout" "$secs" "$kib"
fi
echo
printf '%s\n' "${notes[@]}"
