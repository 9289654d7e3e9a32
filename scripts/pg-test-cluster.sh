#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for tests: `start DIR PORT` creates it (database and user
# "govcc", password "govcc") and starts it; `stop DIR` stops it. PostgreSQL refuses to run as root, so as root
# the cluster belongs to the "postgres" system user that Debian's package creates.
set -euo pipefail

cmd=${1:?usage: pg-test-cluster.sh start DIR PORT | stop DIR}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "pg-test-cluster: PostgreSQL server binaries not found (install Debian's postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      pw=$(mktemp); echo govcc > "$pw"; chmod 644 "$pw"
      as_owner "$bin/initdb" -D "$dir" -U govcc --pwfile="$pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
      rm -f "$pw"
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    PGPASSWORD=govcc "$bin/psql" -h 127.0.0.1 -p "$port" -U govcc -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='govcc'" | grep -q 1 \
      || PGPASSWORD=govcc "$bin/createdb" -h 127.0.0.1 -p "$port" -U govcc govcc
    echo "pg-test-cluster: running on 127.0.0.1:$port (data in $dir)"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: pg-test-cluster.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
