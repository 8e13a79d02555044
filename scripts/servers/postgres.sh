#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server from Debian's packages, on a loopback port, for the tests and scripts/cluster.sh.
#   postgres.sh start DIR PORT   makes a new cluster in DIR (trust authentication, loopback only) and starts it
#   postgres.sh restart DIR PORT starts the server of DIR again, on its data
#   postgres.sh stop DIR         stops it at once, as a crash would (its data stays in DIR until the caller removes it)
# As root, the server runs as the 'postgres' user, which PostgreSQL insists on.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL 15 is not installed ($bin/pg_ctl); run scripts/install-test-components.sh" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

serve() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $1 -c listen_addresses=127.0.0.1 -k $dir -c max_connections=300" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
}

command=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: postgres.sh start DIR PORT | restart DIR PORT | stop DIR" >&2; exit 2; }

case "$command" in
  start)
    port=${3:?usage: postgres.sh start DIR PORT}
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    as_owner test -w "$dir" || { echo "The postgres user cannot write to $dir (and every folder above it must let it pass)." >&2; exit 1; }
    as_owner "$bin/initdb" -D "$dir/data" --auth=trust --username=postgres --encoding=UTF8 --no-instructions >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    serve "$port"
    ;;
  restart)
    serve "${3:?usage: postgres.sh restart DIR PORT}"
    ;;
  stop)
    [ -d "$dir/data" ] || exit 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT | restart DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
