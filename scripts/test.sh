#!/usr/bin/env bash
# The tests: unit, integration (through the built binary and an on-disk store) and tidy
# tests, all in `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo test
