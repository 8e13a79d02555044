#!/usr/bin/env bash
# Measures the cluster on this machine, in one run (bench/RESULTS.md has the figures and what follows from them):
#   - status reads and evidence writes per second through one silo, and through three silos behind nginx;
#   - how long the towns of a silo killed with SIGKILL take to answer again from the others.
# Everything on loopback: PostgreSQL, Redis, the silos (Release) and nginx from scripts/servers, load from wrk.
#   bash bench/cluster/run.sh            (needs wrk: apt-get install wrk)
#   BENCH_DURATION=30s BENCH_FAILOVERS=5 BENCH_VERBOSE=1 bash bench/cluster/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
servers="$root/scripts/servers"
here="$root/bench/cluster"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

token=bench-admin-token-0123456789
duration=${BENCH_DURATION:-10s}
work=$(mktemp -d /tmp/fairtrade-bench-XXXXXX)
chmod 755 "$work"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bash "$servers/nginx.sh" stop "$work/nginx" || true
  bash "$servers/redis.sh" stop "$work/redis" || true
  bash "$servers/postgres.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap stop EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build "$root/silo/Fairtrade.Silo/Fairtrade.Silo.csproj" -c Release -o "$work/app" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
postgres_port=$(free_port)
redis_port=$(free_port)
bash "$servers/postgres.sh" start "$work/postgres" "$postgres_port"
bash "$servers/redis.sh" start "$work/redis" "$redis_port"

declare -A http
start_silo() { # name database clustering [extra arguments]
  local name=$1 database=$2 clustering=$3
  shift 3
  http[$name]=$(free_port)
  mkdir -p "$work/$name"
  (
    cd "$work/$name"
    export Fairtrade__Storage=postgres Fairtrade__Clustering="$clustering" Fairtrade__ClusterId="$database" Fairtrade__AdminToken=$token
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$postgres_port;Database=$database;Username=postgres"
    export ConnectionStrings__Redis="127.0.0.1:$redis_port" Fairtrade__SiloPort=$(free_port) Fairtrade__GatewayPort=$(free_port)
    export Logging__LogLevel__Default=Warning
    exec dotnet "$work/app/Fairtrade.Silo.dll" --urls "http://127.0.0.1:${http[$name]}" "$@"
  ) >"$work/$name.log" 2>&1 &
  pids+=("$!")
  eval "pid_$name=$!"
}
wait_healthy() {
  for _ in $(seq 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${http[$1]}/health")" = 200 ] && return 0
    sleep 0.25
  done
  echo "$1 did not become healthy" >&2; tail -n 20 "$work/$1.log" >&2; exit 1
}
api() { curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" "$@"; }

# Twelve towns of ten shops each, so the writes spread over many grains (and, in the cluster, over the silos).
seed() { # base-url
  subjects=""
  for t in $(seq 12); do
    api -X POST "$1/api/towns" -d "{\"slug\":\"bench-$t\",\"name\":\"Bench $t\",\"population\":60000,\"ruleset\":\"de-town\"}"
    for p in $(seq 10); do
      api -X POST "$1/api/towns/bench-$t/participants" -d "{\"id\":\"shop-$p\",\"kind\":\"retail\",\"name\":\"Shop $p\",\"products\":[\"Kaffee\",\"Tee\"]}"
      subjects+="bench-$t/shop-$p,"
    done
  done
  echo "${subjects%,}"
}
# Each measurement after a few seconds of the same load, so the silos' code is compiled and tiered up.
reads() { wrk -t2 -c32 -d3s "$1/api/towns/bottrop/status" >/dev/null; wrk -t2 -c32 -d"$duration" --latency "$1/api/towns/bottrop/status" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", rps, p50, p99}'; }
writes() { FAIRTRADE_TOKEN=$token FAIRTRADE_SUBJECTS=$2 wrk -t2 -c16 -d3s -s "$here/evidence.lua" "$1" >/dev/null 2>&1; FAIRTRADE_TOKEN=$token FAIRTRADE_SUBJECTS=$2 wrk -t2 -c16 -d"$duration" --latency -s "$here/evidence.lua" "$1" 2>"$work/wrk-errors.log" \
  | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", rps, p50, p99}'; \
  [ -s "$work/wrk-errors.log" ] && printf " (%s refused)" "$(wc -l <"$work/wrk-errors.log")"; true; }

echo "== one silo (PostgreSQL, Redis membership) =="
psql -q -h 127.0.0.1 -p "$postgres_port" -U postgres -c "CREATE DATABASE single;"
start_silo single single redis --demo
wait_healthy single
one="http://127.0.0.1:${http[single]}"
sleep 3
subjects=$(seed "$one")
echo "status reads:    $(reads "$one")"
echo "evidence writes: $(writes "$one" "$subjects")"
kill "$pid_single"; wait "$pid_single" 2>/dev/null || true

echo "== three silos behind nginx =="
psql -q -h 127.0.0.1 -p "$postgres_port" -U postgres -c "CREATE DATABASE cluster;"
start_silo silo1 cluster redis --demo
start_silo silo2 cluster redis
start_silo silo3 cluster redis
for s in silo1 silo2 silo3; do wait_healthy $s; done
bash "$servers/nginx.sh" start "$work/nginx" "$(free_port)" "127.0.0.1:${http[silo1]}" "127.0.0.1:${http[silo2]}" "127.0.0.1:${http[silo3]}"
entry="http://127.0.0.1:$(sed -n 's/.*listen 127.0.0.1:\([0-9]*\);.*/\1/p' "$work/nginx/nginx.conf")"
sleep 3
subjects=$(seed "$entry")
for s in silo1 silo2 silo3; do echo "status reads straight to $s (no nginx): $(reads "http://127.0.0.1:${http[$s]}")"; done
echo "status reads:    $(reads "$entry")"
echo "evidence writes: $(writes "$entry" "$subjects")"

echo "== the live page on silo 3 after a change through silo 1 =="
( curl -sN "http://127.0.0.1:${http[silo3]}/towns/bench-1/live" | while read -r line; do
    [ "${line%$'\r'}" = "event: changed" ] && date +%s.%N >>"$work/seen"; done ) &
live=$!
sleep 2
for i in $(seq 10); do
  date +%s.%N >>"$work/changed"
  api -X PATCH "http://127.0.0.1:${http[silo1]}/api/towns/bench-1" -d "{\"population\":$((60000 + i))}"
  sleep 1.5
done
kill "$live" 2>/dev/null || true
paste "$work/changed" "$work/seen" | awk '{d = $2 - $1; sum += d; if (d > max) max = d} END {printf "seen on silo 3 after %.0f ms on average, %.0f ms at most (%d changes)\n", 1000 * sum / NR, 1000 * max, NR}'

echo "== failover: silo 2 killed, time until every town answers again from silo 1 =="
for round in $(seq "${BENCH_FAILOVERS:-3}"); do
  for t in $(seq 12); do curl -s -o /dev/null "$entry/api/towns/bench-$t/status"; done
  kill -9 "$pid_silo2"
  killed=$(date +%s.%N)
  for t in $(seq 12) bottrop; do
    town=$t; [ "$t" = bottrop ] || town="bench-$t"
    ( until [ "$(curl -s -o /dev/null -m 30 -w '%{http_code}' "http://127.0.0.1:${http[silo1]}/api/towns/$town/status")" = 200 ]; do sleep 0.05; done
      echo "$(date +%s.%N) $town" >>"$work/answered-$round" ) &
  done
  wait_all=$(jobs -p | grep -v -F "$(printf '%s\n' "${pids[@]}")" || true)
  for job in $wait_all; do wait "$job" 2>/dev/null || true; done
  last=$(sort -n "$work/answered-$round" | tail -n 1)
  printf "round %s: every town answered %.1f s after the kill\n" "$round" "$(echo "${last% *} - $killed" | bc)"
  [ -z "${BENCH_VERBOSE:-}" ] || sort -n "$work/answered-$round" | awk -v k="$killed" '{printf "  %s answered %.2f s after the kill\n", $2, $1 - k}'
  start_silo silo2 cluster redis
  wait_healthy silo2
  sleep 5
done
