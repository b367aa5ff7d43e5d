#!/usr/bin/env bash
# The tests: unit, integration (through the built binary and an on-disk store), quality
# (eval thresholds) and tidy tests in `cargo test`; then what cosignet writes, checked by
# the clients users have (scripts/clients-check.sh: rdflib, pySHACL, networkx, Chromium); what
# site, serve and push publish, with nginx, pyld, SPARQLWrapper, Chromium and a real Oxigraph
# server (scripts/publish-check.sh); the publishing figures' script (scripts/publish-bench.sh);
# the answer keys of the held-out sets and the layout fixtures agree with their texts, and the
# reference data is sound (the Python checkers, standard library only; a tidy test checks that
# every data/check_*.py and tests/fixtures/check_*.py is run here).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
cargo test
python3 tests/fixtures/check_keys.py tests/fixtures/heldout tests/fixtures/heldout2/a tests/fixtures/heldout2/b tests/fixtures/heldout3 \
  tests/fixtures/heldout4/a tests/fixtures/heldout4/b tests/fixtures/heldout4/c tests/fixtures/heldout4/d \
  tests/fixtures/heldout5/a tests/fixtures/heldout5/b tests/fixtures/heldout5/c tests/fixtures/heldout5/d \
  tests/fixtures/heldout6/a tests/fixtures/heldout6/b tests/fixtures/heldout6/c tests/fixtures/heldout6/d \
  tests/fixtures/heldout7/a tests/fixtures/heldout7/b tests/fixtures/heldout7/c tests/fixtures/heldout7/d \
  tests/fixtures/heldout8/a tests/fixtures/heldout8/b tests/fixtures/heldout8/c tests/fixtures/heldout8/d \
  tests/fixtures/heldout9/a tests/fixtures/heldout9/b tests/fixtures/heldout9/c tests/fixtures/heldout9/d \
  tests/fixtures/heldout10/a tests/fixtures/heldout10/b tests/fixtures/heldout10/c tests/fixtures/heldout10/d \
  tests/fixtures/heldout11/a tests/fixtures/heldout11/b tests/fixtures/heldout11/c tests/fixtures/heldout11/d \
  tests/fixtures/heldout12/a tests/fixtures/heldout12/b tests/fixtures/heldout12/c tests/fixtures/heldout12/d \
  tests/fixtures/heldout13/a tests/fixtures/heldout13/b tests/fixtures/heldout13/c tests/fixtures/heldout13/d \
  tests/fixtures/heldout14/a tests/fixtures/heldout14/b tests/fixtures/heldout14/c tests/fixtures/heldout14/d \
  tests/fixtures/heldout15/a tests/fixtures/heldout15/b tests/fixtures/heldout15/c tests/fixtures/heldout15/d \
  tests/fixtures/heldout16/a tests/fixtures/heldout16/b tests/fixtures/heldout16/c tests/fixtures/heldout16/d \
  tests/fixtures/heldout17/a tests/fixtures/heldout17/b tests/fixtures/heldout17/c \
  tests/fixtures/heldout17/d \
  tests/fixtures/heldout18/a tests/fixtures/heldout18/b tests/fixtures/heldout18/c \
  tests/fixtures/heldout18/d \
  tests/fixtures/heldout19/a tests/fixtures/heldout19/b tests/fixtures/heldout19/c \
  tests/fixtures/heldout19/d \
  tests/fixtures/heldout20/a tests/fixtures/heldout20/b tests/fixtures/heldout20/d \
  tests/fixtures/heldout21/b tests/fixtures/heldout21/d \
  tests/fixtures/heldout22/a tests/fixtures/heldout22/b tests/fixtures/heldout22/c \
  tests/fixtures/heldout22/d \
  tests/fixtures/heldout23/a tests/fixtures/heldout23/b tests/fixtures/heldout23/c \
  tests/fixtures/heldout23/d \
  tests/fixtures/heldout24/a tests/fixtures/heldout24/b tests/fixtures/heldout24/c \
  tests/fixtures/heldout24/d \
  tests/fixtures/heldout25/a tests/fixtures/heldout25/b tests/fixtures/heldout25/c \
  tests/fixtures/heldout25/d \
  tests/fixtures/heldout26/a tests/fixtures/heldout26/b tests/fixtures/heldout26/d \
  tests/fixtures/heldout27/b tests/fixtures/heldout27/c \
  tests/fixtures/heldout28/b tests/fixtures/heldout28/c tests/fixtures/heldout28/d \
  tests/fixtures/heldout28/e tests/fixtures/heldout28/f tests/fixtures/heldout28/h \
  tests/fixtures/heldout29/a tests/fixtures/heldout29/b tests/fixtures/heldout29/c \
  tests/fixtures/heldout29/d tests/fixtures/heldout29/e tests/fixtures/heldout29/f \
  tests/fixtures/heldout29/g tests/fixtures/heldout29/h \
  tests/fixtures/heldout30/a tests/fixtures/heldout30/b tests/fixtures/heldout30/c \
  tests/fixtures/heldout30/d tests/fixtures/heldout30/e tests/fixtures/heldout30/f \
  tests/fixtures/heldout30/g tests/fixtures/heldout30/h \
  tests/fixtures/heldout31/a tests/fixtures/heldout31/b tests/fixtures/heldout31/c \
  tests/fixtures/heldout31/d tests/fixtures/heldout31/e tests/fixtures/heldout31/f \
  tests/fixtures/heldout31/g tests/fixtures/heldout31/h \
  tests/fixtures/heldout32/a tests/fixtures/heldout32/b tests/fixtures/heldout32/c \
  tests/fixtures/heldout32/d tests/fixtures/heldout32/e tests/fixtures/heldout32/f \
  tests/fixtures/heldout32/g tests/fixtures/heldout32/h \
  tests/fixtures/heldout33/a tests/fixtures/heldout33/b tests/fixtures/heldout33/c \
  tests/fixtures/heldout33/d tests/fixtures/heldout33/e tests/fixtures/heldout33/f \
  tests/fixtures/heldout33/g tests/fixtures/heldout33/h \
  tests/fixtures/heldout34/a tests/fixtures/heldout34/b tests/fixtures/heldout34/c \
  tests/fixtures/heldout34/d tests/fixtures/heldout34/e tests/fixtures/heldout34/f \
  tests/fixtures/heldout34/g tests/fixtures/heldout34/h \
  tests/fixtures/heldout35/a tests/fixtures/heldout35/b tests/fixtures/heldout35/c \
  tests/fixtures/heldout35/d tests/fixtures/heldout35/e tests/fixtures/heldout35/f \
  tests/fixtures/heldout35/g tests/fixtures/heldout35/h \
  tests/fixtures/heldout36/a tests/fixtures/heldout36/b tests/fixtures/heldout36/c \
  tests/fixtures/heldout36/d tests/fixtures/heldout36/e tests/fixtures/heldout36/f \
  tests/fixtures/heldout36/g tests/fixtures/heldout36/h \
  tests/fixtures/heldout37/a tests/fixtures/heldout37/b tests/fixtures/heldout37/c \
  tests/fixtures/heldout37/d tests/fixtures/heldout37/e tests/fixtures/heldout37/f \
  tests/fixtures/heldout37/g tests/fixtures/heldout37/h \
  tests/fixtures/heldout38/a tests/fixtures/heldout38/b tests/fixtures/heldout38/c \
  tests/fixtures/heldout38/d tests/fixtures/heldout38/e tests/fixtures/heldout38/f \
  tests/fixtures/heldout38/g tests/fixtures/heldout38/h \
  tests/fixtures/heldout39/a tests/fixtures/heldout39/b tests/fixtures/heldout39/c \
  tests/fixtures/heldout39/d tests/fixtures/heldout39/e tests/fixtures/heldout39/f \
  tests/fixtures/heldout39/g tests/fixtures/heldout39/h \
  tests/fixtures/heldout40/a tests/fixtures/heldout40/b tests/fixtures/heldout40/c \
  tests/fixtures/heldout40/d tests/fixtures/heldout40/e tests/fixtures/heldout40/f \
  tests/fixtures/heldout40/g tests/fixtures/heldout40/h \
  tests/fixtures/heldout41/a tests/fixtures/heldout41/b tests/fixtures/heldout41/c \
  tests/fixtures/heldout41/d tests/fixtures/heldout41/e tests/fixtures/heldout41/f \
  tests/fixtures/heldout41/g tests/fixtures/heldout41/h \
  tests/fixtures/heldout42/a tests/fixtures/heldout42/b tests/fixtures/heldout42/c \
  tests/fixtures/heldout42/d tests/fixtures/heldout42/e tests/fixtures/heldout42/f \
  tests/fixtures/heldout42/g tests/fixtures/heldout42/h \
  tests/fixtures/heldout43/a tests/fixtures/heldout43/b tests/fixtures/heldout43/c \
  tests/fixtures/heldout43/d tests/fixtures/heldout43/e tests/fixtures/heldout43/f \
  tests/fixtures/heldout43/g tests/fixtures/heldout43/h \
  tests/fixtures/heldout44/a tests/fixtures/heldout44/b tests/fixtures/heldout44/c \
  tests/fixtures/heldout44/d tests/fixtures/heldout44/e tests/fixtures/heldout44/f \
  tests/fixtures/heldout44/g tests/fixtures/heldout44/h \
  tests/fixtures/heldout45/a tests/fixtures/heldout45/b tests/fixtures/heldout45/c \
  tests/fixtures/heldout45/d tests/fixtures/heldout45/e tests/fixtures/heldout45/f \
  tests/fixtures/heldout45/g tests/fixtures/heldout45/h \
  tests/fixtures/heldout46/a tests/fixtures/heldout46/b tests/fixtures/heldout46/c \
  tests/fixtures/heldout46/d tests/fixtures/heldout46/e tests/fixtures/heldout46/f \
  tests/fixtures/heldout46/g tests/fixtures/heldout46/h \
  tests/fixtures/heldout47/a tests/fixtures/heldout47/b tests/fixtures/heldout47/c \
  tests/fixtures/heldout47/d tests/fixtures/heldout47/e tests/fixtures/heldout47/f \
  tests/fixtures/heldout47/g tests/fixtures/heldout47/h \
  tests/fixtures/heldout48/a tests/fixtures/heldout48/b tests/fixtures/heldout48/c \
  tests/fixtures/heldout48/d tests/fixtures/heldout48/e tests/fixtures/heldout48/f \
  tests/fixtures/heldout48/g tests/fixtures/heldout48/h \
  tests/fixtures/heldout49/a tests/fixtures/heldout49/b tests/fixtures/heldout49/c \
  tests/fixtures/heldout49/d tests/fixtures/heldout49/e tests/fixtures/heldout49/f \
  tests/fixtures/heldout49/g tests/fixtures/heldout49/h \
  tests/fixtures/heldout50/a tests/fixtures/heldout50/b tests/fixtures/heldout50/c \
  tests/fixtures/heldout50/d tests/fixtures/heldout50/e tests/fixtures/heldout50/f \
  tests/fixtures/heldout50/g tests/fixtures/heldout50/h \
  tests/fixtures/heldout51/a tests/fixtures/heldout51/b tests/fixtures/heldout51/c \
  tests/fixtures/heldout51/d tests/fixtures/heldout51/e tests/fixtures/heldout51/f \
  tests/fixtures/heldout51/g tests/fixtures/heldout51/h \
  tests/fixtures/heldout52/a tests/fixtures/heldout52/b tests/fixtures/heldout52/c \
  tests/fixtures/heldout52/d tests/fixtures/heldout52/e tests/fixtures/heldout52/f \
  tests/fixtures/heldout52/g tests/fixtures/heldout52/h \
  tests/fixtures/heldout53/a tests/fixtures/heldout53/b tests/fixtures/heldout53/c \
  tests/fixtures/heldout53/d tests/fixtures/heldout53/e tests/fixtures/heldout53/f \
  tests/fixtures/heldout53/g tests/fixtures/heldout53/h \
  tests/fixtures/heldout54/a tests/fixtures/heldout54/b tests/fixtures/heldout54/c \
  tests/fixtures/heldout54/d tests/fixtures/heldout54/e tests/fixtures/heldout54/f \
  tests/fixtures/heldout54/g tests/fixtures/heldout54/h \
  tests/fixtures/heldout55/a tests/fixtures/heldout55/b tests/fixtures/heldout55/c \
  tests/fixtures/heldout55/d tests/fixtures/heldout55/e tests/fixtures/heldout55/f \
  tests/fixtures/heldout55/g tests/fixtures/heldout55/h \
  tests/fixtures/heldout56/a tests/fixtures/heldout56/b tests/fixtures/heldout56/c \
  tests/fixtures/heldout56/d tests/fixtures/heldout56/e tests/fixtures/heldout56/f \
  tests/fixtures/heldout56/g tests/fixtures/heldout56/h \
  tests/fixtures/heldout57/a tests/fixtures/heldout57/b tests/fixtures/heldout57/c \
  tests/fixtures/heldout57/d tests/fixtures/heldout57/e tests/fixtures/heldout57/f \
  tests/fixtures/heldout57/g tests/fixtures/heldout57/h \
  tests/fixtures/heldout58/a tests/fixtures/heldout58/b tests/fixtures/heldout58/c \
  tests/fixtures/heldout58/d tests/fixtures/heldout58/e tests/fixtures/heldout58/f \
  tests/fixtures/heldout58/g tests/fixtures/heldout58/h \
  tests/fixtures/heldout59/a tests/fixtures/heldout59/b tests/fixtures/heldout59/c \
  tests/fixtures/heldout59/d tests/fixtures/heldout59/e tests/fixtures/heldout59/f \
  tests/fixtures/heldout59/g tests/fixtures/heldout59/h \
  tests/fixtures/heldout60/a tests/fixtures/heldout60/b tests/fixtures/heldout60/c \
  tests/fixtures/heldout60/d tests/fixtures/heldout60/e tests/fixtures/heldout60/f \
  tests/fixtures/heldout60/g tests/fixtures/heldout60/h \
  tests/fixtures/heldout61/a tests/fixtures/heldout61/b tests/fixtures/heldout61/c \
  tests/fixtures/heldout61/d tests/fixtures/heldout61/e tests/fixtures/heldout61/f \
  tests/fixtures/heldout61/g tests/fixtures/heldout61/h \
  tests/fixtures/heldout62/a tests/fixtures/heldout62/b tests/fixtures/heldout62/c \
  tests/fixtures/heldout62/d tests/fixtures/heldout62/e tests/fixtures/heldout62/f \
  tests/fixtures/heldout62/g tests/fixtures/heldout62/h \
  tests/fixtures/heldout63/a tests/fixtures/heldout63/b tests/fixtures/heldout63/c \
  tests/fixtures/heldout63/d tests/fixtures/heldout63/e tests/fixtures/heldout63/f \
  tests/fixtures/heldout63/g tests/fixtures/heldout63/h \
  tests/fixtures/heldout64/a tests/fixtures/heldout64/b tests/fixtures/heldout64/c \
  tests/fixtures/heldout64/d tests/fixtures/heldout64/e tests/fixtures/heldout64/f \
  tests/fixtures/heldout64/g tests/fixtures/heldout64/h \
  tests/fixtures/heldout65/a tests/fixtures/heldout65/b tests/fixtures/heldout65/c \
  tests/fixtures/heldout65/d tests/fixtures/heldout65/e tests/fixtures/heldout65/f \
  tests/fixtures/heldout65/g tests/fixtures/heldout65/h \
  tests/fixtures/heldout66/a tests/fixtures/heldout66/b tests/fixtures/heldout66/c \
  tests/fixtures/heldout66/d tests/fixtures/heldout66/e tests/fixtures/heldout66/f \
  tests/fixtures/heldout66/g tests/fixtures/heldout66/h \
  tests/fixtures/heldout67/a tests/fixtures/heldout67/b tests/fixtures/heldout67/c \
  tests/fixtures/heldout67/d tests/fixtures/heldout67/e tests/fixtures/heldout67/f \
  tests/fixtures/heldout67/g tests/fixtures/heldout67/h \
  tests/fixtures/heldout68/a tests/fixtures/heldout68/b tests/fixtures/heldout68/c \
  tests/fixtures/heldout68/d tests/fixtures/heldout68/e tests/fixtures/heldout68/f \
  tests/fixtures/heldout68/g tests/fixtures/heldout68/h \
  tests/fixtures/heldout69/a tests/fixtures/heldout69/b tests/fixtures/heldout69/c \
  tests/fixtures/heldout69/d tests/fixtures/heldout69/e tests/fixtures/heldout69/f \
  tests/fixtures/heldout69/g tests/fixtures/heldout69/h \
  tests/fixtures/heldout70/a tests/fixtures/heldout70/b tests/fixtures/heldout70/c \
  tests/fixtures/heldout70/d tests/fixtures/heldout70/e tests/fixtures/heldout70/f \
  tests/fixtures/heldout70/g tests/fixtures/heldout70/h
python3 tests/fixtures/check_layouts.py
python3 data/check_countries.py
python3 data/check_parties.py
scripts/clients-check.sh
scripts/publish-check.sh
# The publishing figures' script runs end to end (on the debug build: its figures are not
# the point here, its checks are: every request answered, the remote holding the store).
COSIGNET_BIN="$CARGO_TARGET_DIR/debug/cosignet" scripts/publish-bench.sh 60
