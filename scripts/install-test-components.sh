#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK: Debian's Chromium, which the browser tests drive headless, and
# LibreOffice Calc, which opens the workbooks the export writes. Idempotent; needs root (or sudo) only when
# something is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-calc)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo "$0" "$@"
  fi
  echo "Missing ${missing[*]}; installing needs root: run 'apt-get install ${missing[*]}' as root." >&2
  exit 1
fi

echo "Installing ${missing[*]} for the tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version
/usr/bin/soffice --version
