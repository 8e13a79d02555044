#!/usr/bin/env bash
# The load benchmark: the silo (Release, embedded default, --demo) beside a bare Kestrel app that sends the same
# bytes, driven by the same load in the same run, so each figure stands beside its ceiling on this machine.
#   bash bench/load/run.sh                      (needs wrk: apt-get install wrk)
#   BENCH_DURATION=30s BENCH_WARMUP=20s BENCH_CONNECTIONS=64 bash bench/load/run.sh
# Prints requests/s, p50 and p99 of each scenario for both, and the ratio; bench/RESULTS.md keeps the figures.
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/load"
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-15s}
connections=${BENCH_CONNECTIONS:-64}
. "$here/silo.sh" load silo/Fairtrade.Silo bench/Fairtrade.BareKestrel bench/Fairtrade.LoadTool
now_ms() { date +%s%3N; }

# Cold start: from starting the process to the first answered status of the demo town.
first_status() { wait_for /api/towns/bottrop/status; echo $(( $(now_ms) - $1 )); }
started=$(now_ms); start_silo --demo
echo "cold start, empty data folder, demo town seeded: $(first_status "$started") ms to the first status"
stop_silo
started=$(now_ms); start_silo
echo "cold start, the demo town stored: $(first_status "$started") ms to the first status"

# A city of 700 participants for the authenticated list and the writes of the mixed load.
dotnet "$work/Fairtrade.LoadTool/Fairtrade.LoadTool.dll" seed "$gateway" 1 700 city >/dev/null
api() { curl -sf -H "Authorization: Bearer $token" "$@"; }

# The ceiling: the same bytes from bare Kestrel.
mkdir -p "$work/bodies"
curl -sf "$silo/api/towns/bottrop/status" -o "$work/bodies/status.json"
curl -sf "$silo/towns/bottrop" -o "$work/bodies/page.html"
curl -sf "$silo/towns/bottrop?handler=status" -o "$work/bodies/live.html"
api "$silo/api/towns/city-1/participants" -o "$work/bodies/participants.json"
bare_http=$(free_port)
bare="http://127.0.0.1:$bare_http"
dotnet "$work/Fairtrade.BareKestrel/Fairtrade.BareKestrel.dll" "$work/bodies" "$bare" >"$work/bare.log" 2>&1 &
pids+=("$!")
until curl -sf -o /dev/null "$bare/status.json"; do sleep 0.1; done

# Each measurement after some seconds of the same load: both must have compiled and tiered up their code first
# (in its first 5 s under load the silo answers the status about four times slower than later).
measure() { # url [wrk arguments]
  local url=$1; shift
  wrk -t2 -c"$connections" -d"$warmup" "$@" "$url" >/dev/null 2>&1
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" 2>"$work/wrk-errors.log" \
    | wrk_summary
}
row() { # scenario silo-url bare-url [wrk arguments]
  local name=$1 silo_url=$2 bare_url=$3; shift 3
  read -r rps p50 p99 <<<"$(measure "$silo_url" "$@")"
  local refused=""; [ -s "$work/wrk-errors.log" ] && refused=" ($(wc -l <"$work/wrk-errors.log") refused)"
  read -r bare_rps bare_p50 bare_p99 <<<"$(measure "$bare_url")"
  printf "| %s | %s | %s | %s | %s | %s | %s | %.2f |%s\n" "$name" "$rps" "$p50" "$p99" "$bare_rps" "$bare_p50" "$bare_p99" \
    "$(echo "$rps / $bare_rps" | bc -l)" "$refused"
}

echo
echo "$connections connections, wrk -t2, $duration after $warmup of the same load; ceiling: bare Kestrel sending the same bytes"
echo "| scenario | req/s | p50 | p99 | bare req/s | bare p50 | bare p99 | of bare |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row "public status, GET /api/towns/bottrop/status" "$silo/api/towns/bottrop/status" "$bare/status.json"
row "public town page, GET /towns/bottrop" "$silo/towns/bottrop" "$bare/page.html"
row "live section, GET /towns/bottrop?handler=status" "$silo/towns/bottrop?handler=status" "$bare/live.html"
row "participants of a 700-participant town (signed in)" "$silo/api/towns/city-1/participants" "$bare/participants.json" -H "Authorization: Bearer $token"
FAIRTRADE_TOWN=bottrop FAIRTRADE_TOWN_WRITES=city-1 FAIRTRADE_PARTICIPANTS=700 FAIRTRADE_TOKEN=$token \
  row "mixed: 9 status reads, 1 evidence write in 10" "$silo" "$bare/status.json" -s "$here/mixed.lua"
echo
dotnet "$work/Fairtrade.LoadTool/Fairtrade.LoadTool.dll" visible "$silo" "$token" bottrop 200
