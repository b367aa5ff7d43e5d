#!/usr/bin/env bash
# Checks what cosignet writes with the clients users have: rdflib reads every RDF export and
# pySHACL finds it conforming to our shapes; networkx (in a virtual environment) reads our
# GraphML and GEXF and agrees with our metrics to 1e-9, on the bundled examples and on a
# generated corpus of 3,000 statements; headless Chromium renders our SVG. Installs
# python3-venv and chromium when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
need_apt=()
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
venv="$HOME/.cache/cosignet-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import networkx, rdflib, pyshacl" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet networkx rdflib pyshacl
fi
py="$venv/bin/python"
cargo build --quiet
cosignet="$CARGO_TARGET_DIR/debug/cosignet"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$py" scripts/gen_corpus.py "$work/generated" 3000 >/dev/null

for corpus in examples "$work/generated"; do
  name=$(basename "$corpus")
  store="$work/$name.db"
  out="$work/$name"
  mkdir -p "$out"
  "$cosignet" --store "$store" ingest "$corpus" >/dev/null 2>"$out/ingest.log"
  if [ "$name" = examples ]; then
    for pair in turtle:ttl trig:trig nquads:nq ntriples:nt jsonld:jsonld rdfxml:rdf; do
      "$cosignet" --store "$store" export --format "${pair%%:*}" --output "$out/export.${pair##*:}"
    done
    "$py" tests/rdflib_check.py "$out" ontology/shapes.ttl
  fi
  for format in graphml gexf json svg; do
    "$cosignet" --store "$store" network --format "$format" --output "$out/net.$format"
  done
  "$cosignet" --store "$store" network --format csv --output "$out/net.csv"
  "$cosignet" --store "$store" network --format gexf --per year --output "$out/dynamic.gexf"
  echo "networkx on $name:" >&2
  "$py" tests/networkx_check.py "$out/net.graphml" "$out/net.gexf" --json "$out/net.json" \
    --nodes-csv "$out/net.nodes.csv" --edges-csv "$out/net.csv" --dynamic "$out/dynamic.gexf"
  for weight in newman jaccard; do
    "$cosignet" --store "$store" network --weight "$weight" --format graphml --output "$out/$weight.graphml"
    "$cosignet" --store "$store" network --weight "$weight" --format gexf --output "$out/$weight.gexf"
    "$py" tests/networkx_check.py "$out/$weight.graphml" "$out/$weight.gexf"
  done
  "$cosignet" --store "$store" network --level bipartite --format graphml --output "$out/bip.graphml"
  "$cosignet" --store "$store" network --level bipartite --format gexf --output "$out/bip.gexf"
  "$py" tests/networkx_check.py "$out/bip.graphml" "$out/bip.gexf"
  # The SVG: well-formed XML, and a browser draws it (not a blank page).
  "$py" -c "import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); assert r.tag.endswith('svg'), r.tag" "$out/net.svg"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chrome-$name" --window-size=1200,900 \
    --screenshot="$out/net.png" "file://$out/net.svg" >/dev/null 2>&1
  "$py" tests/png_check.py "$out/net.png"
done
echo "client checks passed" >&2
