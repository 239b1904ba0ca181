#!/usr/bin/env bash
# A private PostgreSQL server for the tests: started on a free loopback port
# as a non-root user, with a random password; its URL (to the "postgres"
# maintenance database) is written to STATE_DIR/url. The server's own files
# live in a fresh folder under /tmp that the server's user can reach (the
# checkout may sit below folders it cannot enter); STATE_DIR/data names it.
# Any failure to start is an error: the tests that need it must not be
# skipped silently.
#
#   pg-test-server.sh start STATE_DIR
#   pg-test-server.sh stop STATE_DIR
set -euo pipefail

action=${1:?usage: pg-test-server.sh start|stop STATE_DIR}
dir=${2:?usage: pg-test-server.sh start|stop STATE_DIR}
dir=$(realpath -m "$dir")
cd / # the server's user may not enter the caller's folder

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/pg_ctl" ]]; then
  echo "pg-test-server: PostgreSQL server binaries not found (apt package 'postgresql')" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  local data
  data=$(cat "$dir/data" 2>/dev/null || true)
  [[ -n "$data" && -d "$data" ]] || return 0
  if [[ -f "$data/pgdata/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data"
}

case "$action" in
start)
  stop_server # a server left over from an interrupted run
  rm -rf "$dir"
  mkdir -p "$dir"
  data=$(mktemp -d /tmp/exchange-pgtest.XXXXXX)
  chmod 700 "$data"
  printf '%s\n' "$data" >"$dir/data"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "pg-test-server: no 'postgres' user to run the server as" >&2; exit 1; }
    chown postgres "$data"
  fi
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$data/pwfile"
  [[ $(id -u) -eq 0 ]] && chown postgres "$data/pwfile"
  as_owner "$bindir/initdb" -D "$data/pgdata" -U exchange --auth=scram-sha-256 \
    --pwfile="$data/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$data/pwfile"

  # A free port: try random ones until nothing answers there and the server
  # starts (another process may take it in between; then try the next).
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if as_owner "$bindir/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 30 \
         -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null; then
      printf 'postgresql://exchange:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/url"
      chmod 600 "$dir/url"
      echo "pg-test-server: PostgreSQL on 127.0.0.1:$port (data in $data)"
      exit 0
    fi
  done
  echo "pg-test-server: PostgreSQL did not start; its log:" >&2
  cat "$data/server.log" >&2 || true
  exit 1
  ;;
stop)
  stop_server
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-test-server.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
