#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK: Debian's Chromium, which the browser tests drive headless.
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo "$0" "$@"
  fi
  echo "Chromium is missing and installing it needs root: run 'apt-get install chromium' as root." >&2
  exit 1
fi

echo "Installing Chromium for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
