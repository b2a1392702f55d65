#!/usr/bin/env bash
# Installs everything and runs every test: the README's test command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
npm ci --no-audit --no-fund

# A private PostgreSQL cluster on 127.0.0.1 for the storage tests; stopped on exit.
if [ -f apps/web/scripts/pg-test-server.sh ] && [ -z "${TEST_DATABASE_URL:-}" ]; then
  export "$(bash apps/web/scripts/pg-test-server.sh start | tail -n 1)"
  trap 'bash apps/web/scripts/pg-test-server.sh stop >/dev/null 2>&1 || true' EXIT
fi

npm test
