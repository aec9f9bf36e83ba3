#!/usr/bin/env bash
# Browser tests use Debian's Chromium (/usr/bin/chromium), never a downloaded browser.
# Installs it when missing and running as root; otherwise says how.
set -euo pipefail
CHROMIUM="${SATATA_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium tidak ada: memasang paket Debian 'chromium'…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium
else
  echo "Chromium tidak ditemukan di $CHROMIUM. Pasang: sudo apt-get install -y chromium (atau set SATATA_CHROMIUM)." >&2
  exit 1
fi
