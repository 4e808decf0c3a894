#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium (nothing may download a browser
# here). Installs it with apt when missing and we are root; otherwise says how, and fails.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium package for the browser tests (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: install Debian's 'chromium' package (sudo apt-get install -y chromium)." >&2
exit 1
