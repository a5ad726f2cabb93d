#!/usr/bin/env bash
# What the README's quick-start example needs, and nothing else: pytest and pytest-xdist from
# Debian's packages (run as root or with sudo). flakegate itself needs no install in a clone:
# dist/cli.js is committed with every dependency bundled. scripts/setup.sh installs everything the
# test suite needs (Go, gotestsum, Chromium, the JS fixtures' packages ...).
set -euo pipefail
cd "$(dirname "$0")/.."
node -e 'if (Number(process.versions.node.split(".")[0]) < 20) { console.error(`flakegate needs Node 20 or newer (this is ${process.version})`); process.exit(1); }'
if /usr/bin/python3 -c 'import pytest, xdist' 2>/dev/null; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "install pytest and pytest-xdist for /usr/bin/python3 (e.g. pip install pytest pytest-xdist), or set FLAKEGATE_PYTHON to a Python that has them" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pytest python3-pytest-xdist >/dev/null
