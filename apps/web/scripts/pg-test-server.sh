#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the storage tests (no service manager needed).
#   scripts/pg-test-server.sh start   # prints the TEST_DATABASE_URL to use
#   scripts/pg-test-server.sh stop
#   scripts/pg-test-server.sh status
# Idempotent: starting a running cluster or stopping a stopped one is fine. Runs as root
# (the cluster itself runs as the `postgres` user) or as `postgres`.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_ROOT="${PG_ROOT:-/tmp/diemmac-pg}"
PG_PORT="${PG_PORT:-55432}"
DATA="$PG_ROOT/data"
URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

running() { as_postgres "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

case "${1:-start}" in
  start)
    mkdir -p "$PG_ROOT"
    [ "$(id -un)" = postgres ] || chown postgres "$PG_ROOT"
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_postgres "$PG_BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! running; then
      as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -w -l "$PG_ROOT/log" \
        -o "-p $PG_PORT -k $PG_ROOT -c listen_addresses=127.0.0.1" start >/dev/null
    fi
    echo "TEST_DATABASE_URL=$URL"
    ;;
  stop)
    if [ -f "$DATA/PG_VERSION" ] && running; then
      as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -w -m fast stop >/dev/null
    fi
    echo "stopped"
    ;;
  status)
    if [ -f "$DATA/PG_VERSION" ] && running; then echo "running: $URL"; else echo "stopped"; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
