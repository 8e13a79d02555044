# Sourced by the load benchmarks: a work folder removed at exit with every process started there, free loopback
# ports, Release builds of the projects named, and one silo on the embedded default (SQLite in the work folder).
#   . "$here/silo.sh" <name> <project>...   then: start_silo [arguments]; $silo is its URL, $gateway its Orleans gateway
set -euo pipefail
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
token=bench-admin-token-0123456789
work=$(mktemp -d "/tmp/fairtrade-$1-XXXXXX")
shift
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for project in "$@"; do
  name=$(basename "$project")
  dotnet build "$root/$project/$name.csproj" -c Release -o "$work/$name" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done

silo="http://127.0.0.1:$(free_port)"
gateway=$(free_port)
start_silo() { # arguments for the silo; returns at once (wait_for tells when it answers)
  (
    cd "$work"
    export Fairtrade__DataDir="$work/data" Fairtrade__AdminToken=$token Fairtrade__GatewayPort=$gateway Fairtrade__SiloPort=$(free_port)
    export Logging__LogLevel__Default=Warning
    exec dotnet "$work/Fairtrade.Silo/Fairtrade.Silo.dll" --urls "$silo" "$@"
  ) >>"$work/silo.log" 2>&1 &
  silo_pid=$!
  pids+=("$silo_pid")
}
wait_for() { # path: until the silo answers it with 200
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$silo$1")" = 200 ]; do
    kill -0 "$silo_pid" 2>/dev/null || { tail -n 30 "$work/silo.log" >&2; exit 1; }
    sleep 0.01
  done
}
stop_silo() { kill "$silo_pid"; wait "$silo_pid" 2>/dev/null || true; }
# A wrk run summed up as "req/s p50 p99"; what the scripts refused lands in $work/wrk-errors.log.
wrk_summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s", rps, p50, p99}'; }
