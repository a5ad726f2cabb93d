#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian/Ubuntu machine (run as root or with sudo):
# the Python and Go toolchains for the fixtures (Debian packages: no PyPI or module proxy needed), then the npm
# dependencies of flakegate and of the JavaScript fixture projects.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
if command -v apt-get >/dev/null; then
  need=""
  /usr/bin/python3 -c 'import pytest, xdist' 2>/dev/null || need="python3-pytest python3-pytest-xdist"
  # The retries fixture (test/fixtures/pytest/retries): reruns configured in the project.
  /usr/bin/python3 -c 'import pytest_rerunfailures' 2>/dev/null || need="$need python3-pytest-rerunfailures"
  # The Go fixture: Go and gotestsum from Debian (bookworm: Go 1.19, gotestsum 1.8.2).
  { command -v go && command -v gotestsum; } >/dev/null 2>&1 || need="$need golang-go gotestsum"
  # The HTML report's browser test (test/e2e/html-report.test.ts) drives Debian's Chromium.
  [ -x /usr/bin/chromium ] || need="$need chromium"
  if [ -n "$need" ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  fi
fi
npm ci --no-fund --no-audit
for fixture in test/fixtures/*/*/; do
  if [ -f "$fixture/package-lock.json" ]; then npm ci --no-fund --no-audit --prefix "$fixture"; fi
done
