#!/usr/bin/env bash
# Builds the solution and runs every test project; ends with the line "N passed, N failed".
# Needs the .NET 10 SDK; installs Chromium for the browser tests if it is missing (see install-test-components.sh).
# SQLite runs in-process and every test uses loopback ports and temp folders.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is not installed (no 'dotnet' on PATH)." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if ! bash scripts/install-test-components.sh; then
  echo "A component the tests need could not be installed."
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test --solution Fairtrade.sln --no-progress --no-ansi "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
if [ -z "$passed" ]; then
  echo "The tests did not run (see the build output above)."
  echo "0 passed, 1 failed"
  exit 1
fi

echo "${passed} passed, ${failed:-0} failed"
exit "$status"
