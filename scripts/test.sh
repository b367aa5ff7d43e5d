#!/usr/bin/env bash
# The tests: unit, integration (through the built binary and an on-disk store), quality
# (eval thresholds) and tidy tests in `cargo test`; then the networks checked by real
# clients (scripts/network-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo test
# Networks checked by real clients (networkx, headless Chromium).
scripts/network-check.sh
