#!/usr/bin/env bash
# Renews the pictures of the main pages in docs/screenshots (the README shows them): the page tests open every main
# page of the demo town in headless Chromium and, with FAIRTRADE_SCREENSHOTS set, save what they see.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-components.sh
FAIRTRADE_SCREENSHOTS="$PWD/docs/screenshots" dotnet test tests/Fairtrade.Silo.Tests -- --filter-class "*EveryPageTests"
