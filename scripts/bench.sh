#!/usr/bin/env bash
# Benchmark: generate N synthetic statements (default 20,000; scripts/gen_corpus.py),
# ingest them into a fresh on-disk store, then build the party network with every metric.
# Prints wall-clock seconds and peak memory of each step (GNU time when present).
#   scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
n="${1:-20000}"
cargo build --quiet
cosignet="$CARGO_TARGET_DIR/debug/cosignet"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_corpus.py "$work/corpus" "$n" >/dev/null
measure() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/mem" "$@" >"$work/out" 2>"$work/err"
    mem="$(awk '{printf "%.0f MiB", $1/1024}' "$work/mem")"
  else
    "$@" >"$work/out" 2>"$work/err"
    mem="n/a"
  fi
  end=$(date +%s.%N)
  printf '%-34s %8.2f s   peak %s\n' "$label" "$(echo "$end - $start" | bc)" "$mem"
}
echo "cosignet benchmark, $n statements ($(nproc) cores)"
measure "ingest into an on-disk store" "$cosignet" --store "$work/store" ingest "$work/corpus"
tail -2 "$work/out"
measure "party network, all metrics" "$cosignet" --store "$work/store" network --format graphml --output "$work/net.graphml" --metrics
tail -1 "$work/out"
measure "export Turtle" "$cosignet" --store "$work/store" export --format turtle --output "$work/all.ttl"
measure "query co-signature pairs" "$cosignet" --store "$work/store" query cosignature-pairs --format csv
