#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from Debian's packages: Chromium, which the browser tests drive
# headless; LibreOffice Calc, which opens the workbooks the export writes; PostgreSQL 15, Redis and nginx, which the
# cluster tests start on loopback ports (scripts/servers/); docker-compose, which checks docker-compose.yml.
# Then, from the npm registry, the OpenAPI linter the API description's test runs (scripts/openapi-lint/).
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The linter at exactly the version its lock file pins; npm ci only when that is not what is there.
install_linter() {
  local folder=scripts/openapi-lint
  local wanted installed
  wanted=$(node -p "require('./$folder/package-lock.json').packages['node_modules/@redocly/cli'].version")
  installed=$(node -p "try { require('./$folder/node_modules/@redocly/cli/package.json').version } catch { '' }")
  if [ "$wanted" != "$installed" ]; then
    echo "Installing the OpenAPI linter (@redocly/cli $wanted)..."
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-calc)
[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || missing+=(postgresql-15)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  install_linter
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
install_linter
