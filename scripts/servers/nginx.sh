#!/usr/bin/env bash
# A throwaway nginx from Debian's packages on a loopback port, in front of silos, with the configuration
# docker-compose.yml uses (deploy/nginx/fairtrade.conf.template): for the tests and scripts/cluster.sh.
#   nginx.sh start DIR PORT HOST:PORT...   spreads requests on 127.0.0.1:PORT over the silos given
#   nginx.sh stop DIR                      stops it
set -euo pipefail

[ -x /usr/sbin/nginx ] || { echo "nginx is not installed; run scripts/install-test-components.sh" >&2; exit 1; }
template="$(cd "$(dirname "$0")/../.." && pwd)/deploy/nginx/fairtrade.conf.template"

command=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: nginx.sh start DIR PORT HOST:PORT... | stop DIR" >&2; exit 2; }

case "$command" in
  start)
    port=${3:?usage: nginx.sh start DIR PORT HOST:PORT...}
    shift 3
    [ $# -gt 0 ] || { echo "nginx.sh: no silo given" >&2; exit 2; }
    silos=""
    for silo in "$@"; do silos+="server $silo max_fails=1 fail_timeout=10s; "; done
    mkdir -p "$dir/temp"
    # As root the workers run as nobody, who must be able to write the temp folders.
    [ "$(id -u)" -ne 0 ] || { chmod 755 "$dir"; chmod 1777 "$dir/temp"; }
    {
      echo "pid $dir/nginx.pid;"
      echo "error_log $dir/error.log warn;"
      echo "worker_processes 1;"
      [ "$(id -u)" -ne 0 ] || echo "user nobody nogroup;"
      echo "events { worker_connections 1024; }"
      echo "http {"
      echo "  access_log off;"
      for kind in client_body proxy fastcgi uwsgi scgi; do echo "  ${kind}_temp_path $dir/temp/$kind;"; done
      FAIRTRADE_LISTEN="127.0.0.1:$port" FAIRTRADE_SILOS="$silos" envsubst '${FAIRTRADE_LISTEN} ${FAIRTRADE_SILOS}' <"$template"
      echo "}"
    } >"$dir/nginx.conf"
    /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    ;;
  stop)
    [ -f "$dir/nginx.pid" ] || exit 0
    kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$dir/nginx.pid" ] || break; sleep 0.1; done
    ;;
  *)
    echo "usage: nginx.sh start DIR PORT HOST:PORT... | stop DIR" >&2
    exit 2
    ;;
esac
