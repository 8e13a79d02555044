#!/usr/bin/env bash
# A cluster on this machine, without Docker, wired as docker-compose.yml wires it: a throwaway PostgreSQL 15 and Redis,
# three silos (Fairtrade__Storage=postgres, Fairtrade__Clustering=redis) and nginx in front, all on loopback ports,
# with the demo town. Prints the entry URL and stops everything, data included, on Ctrl+C.
#   bash scripts/cluster.sh            entry on http://127.0.0.1:8080
#   FAIRTRADE_CLUSTER_PORT=9000 bash scripts/cluster.sh
# Needs the .NET SDK and Debian's postgresql-15, redis-server and nginx (scripts/install-test-components.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
servers="$root/scripts/servers"
entry=${FAIRTRADE_CLUSTER_PORT:-8080}
silos=3

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports=("$entry" $((entry + 1)) $((entry + 2)) $((entry + 3)) $((entry + 10)) $((entry + 11)) $((entry + 12)) \
  $((entry + 20)) $((entry + 21)) $((entry + 22)) $((entry + 30)) $((entry + 31)))
for port in "${ports[@]}"; do
  if in_use "$port"; then
    echo "Port $port is taken; choose other ports with FAIRTRADE_CLUSTER_PORT (it uses that port and the next 31)." >&2
    exit 1
  fi
done
postgres_port=$((entry + 30))
redis_port=$((entry + 31))

work=$(mktemp -d /tmp/fairtrade-cluster-XXXXXX)
chmod 755 "$work"
pids=()
stop() {
  # Whatever happens from here (a second Ctrl+C, a closed terminal pipe), everything started here is stopped.
  trap - EXIT
  trap '' INT TERM PIPE
  set +e
  echo "Stopping the cluster..." >&2
  kill "${pids[@]}" 2>/dev/null
  for _ in $(seq 150); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  kill -9 "${pids[@]}" 2>/dev/null
  bash "$servers/nginx.sh" stop "$work/nginx"
  bash "$servers/redis.sh" stop "$work/redis"
  bash "$servers/postgres.sh" stop "$work/postgres"
  rm -rf "$work"
  exit 0
}
trap stop INT TERM EXIT

echo "Building the silo (Release)..."
dotnet build "$root/silo/Fairtrade.Silo/Fairtrade.Silo.csproj" -c Release -o "$work/app" -v quiet -nologo >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

echo "Starting PostgreSQL on 127.0.0.1:$postgres_port and Redis on 127.0.0.1:$redis_port..."
bash "$servers/postgres.sh" start "$work/postgres" "$postgres_port"
psql -q -h 127.0.0.1 -p "$postgres_port" -U postgres -c "CREATE DATABASE fairtrade;"
bash "$servers/redis.sh" start "$work/redis" "$redis_port"

upstreams=()
for i in $(seq "$silos"); do
  http=$((entry + i))
  mkdir -p "$work/silo$i"
  demo=()
  [ "$i" -eq 1 ] && demo=(--demo)
  (
    cd "$work/silo$i"
    export Fairtrade__Storage=postgres
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$postgres_port;Database=fairtrade;Username=postgres"
    export Fairtrade__Clustering=redis
    export ConnectionStrings__Redis="127.0.0.1:$redis_port"
    export Fairtrade__ClusterId=local
    export Fairtrade__SiloPort=$((entry + 10 + i - 1))
    export Fairtrade__GatewayPort=$((entry + 20 + i - 1))
    export Fairtrade__PublicUrl="http://127.0.0.1:$entry/"
    exec dotnet "$work/app/Fairtrade.Silo.dll" --urls "http://127.0.0.1:$http" "${demo[@]}"
  ) >"$work/silo$i.log" 2>&1 &
  pids+=("$!")
  upstreams+=("127.0.0.1:$http")
done

echo "Starting ${silos} silos..."
for i in $(seq "$silos"); do
  for attempt in $(seq 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((entry + i))/health")" = 200 ] && break
    if ! kill -0 "${pids[$((i - 1))]}" 2>/dev/null || [ "$attempt" -eq 120 ]; then
      echo "Silo $i did not start:" >&2
      tail -n 30 "$work/silo$i.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done

bash "$servers/nginx.sh" start "$work/nginx" "$entry" "${upstreams[@]}"

echo
echo "Fairtrade cluster: http://127.0.0.1:$entry/towns/bottrop (the demo town); sign in at http://127.0.0.1:$entry/login"
for i in $(seq "$silos"); do echo "  silo $i: http://127.0.0.1:$((entry + i)) (log: $work/silo$i.log)"; done
cat "$work"/silo*/data/first-start-secrets.txt 2>/dev/null || true
echo "Ctrl+C stops the cluster and removes its data."
wait -n "${pids[@]}" || true
echo "A silo stopped; see its log above." >&2
