#!/usr/bin/env bash
# The browser tests drive a real Chromium. Use CHROMIUM_PATH or /usr/bin/chromium; if neither exists and we are
# root on a Debian-family system, install Debian's chromium package. Otherwise fail and say what to do: a browser
# test that cannot find its browser fails, it never skips.
set -euo pipefail
path=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$path" ]; then
  "$path" --version
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $path; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  /usr/bin/chromium --version
  exit 0
fi
echo "Chromium is needed for the browser tests: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
