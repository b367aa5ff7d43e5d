#!/usr/bin/env bash
# The main job on the bundled examples: ingest examples/ into an on-disk store
# (./cosignet.db), list the statements, export Turtle and write the party network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo build --quiet
cosignet="$CARGO_TARGET_DIR/debug/cosignet"
mkdir -p out
"$cosignet" ingest examples
"$cosignet" query statements
"$cosignet" export --format turtle --output out/cosignet.ttl
"$cosignet" network --format graphml --output out/network.graphml --metrics
echo "wrote out/cosignet.ttl and out/network.graphml"
