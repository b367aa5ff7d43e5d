#!/usr/bin/env bash
# The tests: unit, integration (through the built binary and an on-disk store), quality
# (eval thresholds) and tidy tests in `cargo test`; then what cosignet writes, checked by
# the clients users have (scripts/clients-check.sh: rdflib, pySHACL, networkx, Chromium);
# the answer keys of the held-out sets agree with their texts (tests/fixtures/check_keys.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo test
python3 tests/fixtures/check_keys.py tests/fixtures/heldout tests/fixtures/heldout2/a tests/fixtures/heldout2/b tests/fixtures/heldout3
scripts/clients-check.sh
