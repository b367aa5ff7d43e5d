#!/usr/bin/env bash
# The tests: unit, integration (through the built binary and an on-disk store), quality
# (eval thresholds) and tidy tests in `cargo test`; then what cosignet writes, checked by
# the clients users have (scripts/clients-check.sh: rdflib, pySHACL, networkx, Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo test
scripts/clients-check.sh
