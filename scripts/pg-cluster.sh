#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (CI and developers alike):
#   scripts/pg-cluster.sh start <dir>   initdb in <dir>, start on a free loopback port, print its URL
#   scripts/pg-cluster.sh stop <dir>    stop it (the caller removes <dir>)
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user (created
# by Debian's package) or, failing that, a `sg17pg` user created here. Binaries: the newest
# /usr/lib/postgresql/*/bin, else whatever is on PATH.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?cluster directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
[ -x "$bin/pg_ctl" ] || { echo "pg-cluster: no PostgreSQL binaries (apt-get install -y postgresql)" >&2; exit 3; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id -u postgres >/dev/null 2>&1 || { id -u sg17pg >/dev/null 2>&1 || useradd --system --no-create-home sg17pg; user=sg17pg; }
    chown -R "$user" "$dir"
    su "$user" -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    as_owner "'$bin/initdb' -D '$dir/data' -U sg17 --auth=trust --no-sync -E UTF8 >'$dir/initdb.log' 2>&1"
    # fsync off: a throwaway cluster trades durability for speed.
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 30 -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null"
    echo "postgres://sg17@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "'$bin/pg_ctl' -D '$dir/data' -m immediate -w stop >/dev/null 2>&1" || true
    ;;
  restart)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w restart >/dev/null"
    ;;
  *) echo "usage: $0 start|stop|restart <dir>" >&2; exit 2 ;;
esac
