#!/usr/bin/env bash
# Fresh Debian/Ubuntu machine: Chromium and Firefox ESR for the demo and the end-to-end tests
# (Debian's own packages: no browser download by the test tools), then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
MISSING=()
[ -x /usr/bin/chromium ] || MISSING+=(chromium)
[ -x /usr/bin/firefox-esr ] || MISSING+=(firefox-esr)
if [ "${#MISSING[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}"
fi
npm ci --no-audit --no-fund
