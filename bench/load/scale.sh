#!/usr/bin/env bash
# Every Fairtrade town in one silo: seeds BENCH_TOWNS towns of BENCH_PARTICIPANTS participants (default 2,500 x 100),
# each participant with an approved declaration, through the grains; then measures the silo's memory with all of
# them active, status reads across random towns under load, and, after a restart, the first status of towns not
# active yet. The embedded default (SQLite), Release, everything on loopback.
#   bash bench/load/scale.sh                     (needs wrk: apt-get install wrk)
#   BENCH_TOWNS=250 bash bench/load/scale.sh     (a tenth, in a minute)
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/load"
towns=${BENCH_TOWNS:-2500}
participants=${BENCH_PARTICIPANTS:-100}
duration=${BENCH_DURATION:-10s}
. "$here/silo.sh" scale silo/Fairtrade.Silo bench/Fairtrade.LoadTool
memory() { awk '/VmRSS/ {rss=$2} /VmHWM/ {peak=$2} END {printf "%.0f MB now, %.0f MB at most", rss/1024, peak/1024}' "/proc/$silo_pid/status"; }

start_silo; wait_for /health
echo "a silo with nothing active: $(memory)"
dotnet "$work/Fairtrade.LoadTool/Fairtrade.LoadTool.dll" seed "$gateway" "$towns" "$participants" scale
echo "$towns towns of $participants participants, all active: $(memory); data folder $(du -sm "$work/data" | cut -f1) MB"

reads() {
  FAIRTRADE_PREFIX=scale FAIRTRADE_TOWNS=$towns wrk -t2 -c64 -d"$1" --latency -s "$here/random-towns.lua" "$silo" 2>"$work/wrk-errors.log" \
    | wrk_summary | awk '{printf "%s req/s, p50 %s, p99 %s", $1, $2, $3}'
  [ -s "$work/wrk-errors.log" ] && printf " (%s refused)" "$(wc -l <"$work/wrk-errors.log")"; true
}
reads 15s >/dev/null
echo "status of random towns, 64 connections: $(reads "$duration"); then $(memory)"

stop_silo
start_silo; wait_for /health
echo "restarted, nothing active: $(memory)"
# The first read after a start also compiles the path (reported apart); then towns not active yet, one at a time.
echo "first status after the start: $(curl -sf -o /dev/null -w '%{time_total}' "$silo/api/towns/scale-$towns/status" | awk '{printf "%.1f ms", $1*1000}')"
times=()
for n in $(seq 1 50); do
  town=$(( (n * 7919) % (towns - 1) + 1 ))
  times+=("$(curl -sf -o /dev/null -w '%{time_total}' "$silo/api/towns/scale-$town/status")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1*1000} END {printf "first status of a town not active yet (50 towns, one at a time): p50 %.1f ms, max %.1f ms\n", t[int(NR/2)], t[NR]}'
reads 15s >/dev/null
echo "every town active again by reading its status: $(reads "$duration"); $(memory)"
