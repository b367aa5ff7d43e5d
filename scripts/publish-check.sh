#!/usr/bin/env bash
# Checks what `cosignet site`, `serve` and `push` publish with the real parts users have
# (tests/publish_check.py): rdflib and pyld read every document; nginx serves the site with
# the generated rules, and Apache with the generated .htaccess, negotiate as `serve` does
# (asked by urllib and by curl); every link resolves; headless Chromium
# opens pages from nginx and `serve` without errors or outside requests; SPARQLWrapper
# queries the endpoint; `push` to a real Oxigraph server (and Virtuoso when it is
# Virtuoso) gives the same answers remotely. Installs nginx, apache2-bin, curl, virtuoso-opensource,
# python3-venv and chromium when missing, and pyld, SPARQLWrapper, websocket-client, rdflib and oxigraph (its server)
# into ~/.cache/cosignet-venv.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
need_apt=()
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
# Apache's binary and modules only: no service of the system is started.
[ -x /usr/sbin/apache2 ] || need_apt+=(apache2-bin)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v virtuoso-t >/dev/null 2>&1 || need_apt+=(virtuoso-opensource)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin"
venv="$HOME/.cache/cosignet-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c "import pyld, SPARQLWrapper, websocket, rdflib" 2>/dev/null || [ ! -x "$venv/bin/oxigraph" ]; then
  "$venv/bin/pip" install --quiet pyld SPARQLWrapper websocket-client rdflib oxigraph
fi
virtuoso=()
if command -v virtuoso-t >/dev/null 2>&1; then virtuoso=(--virtuoso); fi
cargo build --quiet
cosignet="$CARGO_TARGET_DIR/debug/cosignet"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The examples, and a party whose name is markup.
mkdir -p "$work/hostile"
cat > "$work/hostile/hostile.yaml" <<'YAML'
id: 2024-01-01-a-statement-with-a-hostile-name
title: A statement with a hostile name
date: 2024-01-01
language: en
signatories:
- as_written: <script>alert(1)</script> & "Co"
  party: <script>alert(1)</script> & "Co"
  country: Greece
  country_code: GR
- as_written: Communist Party of Greece
  country: Greece
YAML
"$cosignet" --quiet --store "$work/store" ingest examples "$work/hostile" >/dev/null
# The same without one statement, to see --prune delete it remotely.
cp -r examples "$work/examples-pruned"
rm "$work/examples-pruned/texts/2022-appeal-against-war.txt"
"$cosignet" --quiet --store "$work/store-pruned" ingest "$work/examples-pruned" "$work/hostile" >/dev/null
"$cosignet" --quiet --store "$work/store" site "$work/site"
"$venv/bin/python" tests/publish_check.py --cosignet "$cosignet" --work "$work" "${virtuoso[@]}"
