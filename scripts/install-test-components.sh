#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from Debian's packages: Chromium, which the browser tests drive
# headless; LibreOffice Calc, which opens the workbooks the export writes; PostgreSQL 15, Redis and nginx, which the
# cluster tests start on loopback ports (scripts/servers/); docker-compose, which checks docker-compose.yml.
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-calc)
[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || missing+=(postgresql-15)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
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
# The packages' own services are not wanted: the tests start throwaway servers of their own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version
/usr/bin/soffice --version
/usr/lib/postgresql/15/bin/postgres --version
redis-server --version
/usr/sbin/nginx -v
docker-compose version --short
