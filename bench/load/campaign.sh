#!/usr/bin/env bash
# The campaign office's console over every town: seeds BENCH_TOWNS towns (default 2,500) of BENCH_PARTICIPANTS
# participants (default 10) through the grains, waits until every town has posted its console row, then measures
# the console's page, its live table, the API's full list, the summary and the workbook, each beside bare Kestrel
# sending the same bytes in the same run. The embedded default (SQLite), Release, everything on loopback.
#   bash bench/load/campaign.sh                     (needs wrk: apt-get install wrk)
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/load"
towns=${BENCH_TOWNS:-2500}
participants=${BENCH_PARTICIPANTS:-10}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-10s}
connections=${BENCH_CONNECTIONS:-8}
. "$here/silo.sh" campaign silo/Fairtrade.Silo bench/Fairtrade.BareKestrel bench/Fairtrade.LoadTool
auth=(-H "Authorization: Bearer $token")
now_ms() { date +%s%3N; }

start_silo; wait_for /health
dotnet "$work/Fairtrade.LoadTool/Fairtrade.LoadTool.dll" seed "$gateway" "$towns" "$participants" campaign
started=$(now_ms)
until [ "$(curl -sf "${auth[@]}" "$silo/api/campaign/summary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["towns"])')" = "$towns" ]; do sleep 0.2; done
echo "every town's row on the console $(( $(now_ms) - started )) ms after the seeding ended"

mkdir -p "$work/bodies"
curl -sf "${auth[@]}" "$silo/campaign" -o "$work/bodies/page.html"
curl -sf "${auth[@]}" "$silo/campaign?handler=table&sort=-safeUntil&state=awarded" -o "$work/bodies/table.html"
curl -sf "${auth[@]}" "$silo/api/campaign/towns" -o "$work/bodies/towns.json"
curl -sf "${auth[@]}" "$silo/api/campaign/summary" -o "$work/bodies/summary.json"
curl -sf "${auth[@]}" "$silo/api/campaign/exports/towns.xlsx" -o "$work/bodies/towns.xlsx"
bare="http://127.0.0.1:$(free_port)"
dotnet "$work/Fairtrade.BareKestrel/Fairtrade.BareKestrel.dll" "$work/bodies" "$bare" >"$work/bare.log" 2>&1 &
pids+=("$!")
until curl -sf -o /dev/null "$bare/summary.json"; do sleep 0.1; done

measure() { # url [wrk arguments]
  local url=$1; shift
  wrk -t2 -c"$connections" -d"$warmup" "$@" "$url" >/dev/null 2>&1
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" 2>"$work/wrk-errors.log" | wrk_summary
}
row() { # scenario silo-url bare-url
  read -r rps p50 p99 <<<"$(measure "$2" "${auth[@]}")"
  read -r bare_rps bare_p50 bare_p99 <<<"$(measure "$3")"
  printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$1" "$(stat -c %s "$work/bodies/${3##*/}" | numfmt --to=iec)" "$rps" "$p50" "$p99" "$bare_rps" "$bare_p50" "$bare_p99"
}

echo
echo "$towns towns of $participants participants; $connections connections, wrk -t2, $duration after $warmup; ceiling: bare Kestrel sending the same bytes"
echo "| scenario | bytes | req/s | p50 | p99 | bare req/s | bare p50 | bare p99 |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row "console page, first 100 of $towns by name, GET /campaign" "$silo/campaign" "$bare/page.html"
row "live table, awarded towns by safe-until descending" "$silo/campaign?handler=table&sort=-safeUntil&state=awarded" "$bare/table.html"
row "every town as JSON, GET /api/campaign/towns" "$silo/api/campaign/towns" "$bare/towns.json"
row "summary, GET /api/campaign/summary" "$silo/api/campaign/summary" "$bare/summary.json"
row "the table as a workbook, GET /api/campaign/exports/towns.xlsx" "$silo/api/campaign/exports/towns.xlsx" "$bare/towns.xlsx"
echo
printf "one console page alone, nothing else running: %s\n" "$(curl -sf "${auth[@]}" -o /dev/null -w '%{time_total}' "$silo/campaign" | awk '{printf "%.1f ms", $1*1000}')"
