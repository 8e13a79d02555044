#!/usr/bin/env bash
# A throwaway Redis server from Debian's packages, on a loopback port, keeping nothing on disk: for the tests and
# scripts/cluster.sh.
#   redis.sh start DIR PORT   starts it in the background (its pid and log in DIR)
#   redis.sh stop DIR         stops it
set -euo pipefail

command -v redis-server >/dev/null || { echo "redis-server is not installed; run scripts/install-test-components.sh" >&2; exit 1; }

command=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: redis.sh start DIR PORT | stop DIR" >&2; exit 2; }

case "$command" in
  start)
    port=${3:?usage: redis.sh start DIR PORT}
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    for _ in $(seq 100); do
      [ "$(redis-cli -p "$port" ping 2>/dev/null)" = PONG ] && exit 0
      sleep 0.1
    done
    cat "$dir/redis.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/redis.pid" ] || exit 0
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    # Until it has exited: it writes its log on the way out, and the caller deletes the folder next.
    for _ in $(seq 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    rm -f "$dir/redis.pid"
    ;;
  *)
    echo "usage: redis.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
