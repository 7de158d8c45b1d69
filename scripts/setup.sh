#!/usr/bin/env bash
# Fresh Debian/Ubuntu machine: Chromium for the demo and the end-to-end tests, then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
npm ci --no-audit --no-fund
