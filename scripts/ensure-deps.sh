#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build cosignet: libclang-dev, which
# the RocksDB build (bindgen) needs. Sourced by the other scripts.
set -euo pipefail
if ! dpkg -s libclang-dev >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing libclang-dev (needed to build RocksDB)" >&2
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq libclang-dev >/dev/null
fi
# RocksDB takes minutes to compile: build it once per machine, outside the work tree.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cosignet-target}"
