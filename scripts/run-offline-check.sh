#!/usr/bin/env bash
# `make run-check` (in `make test`): starts `make run`'s server (scripts/run.sh) on a free port with a
# throw-away data folder, then Chromium loads the app, goes offline and reloads: the app must open
# (frontend/run-check). Needs the packaged API and the built app, which the make target builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/lorkit-run-check.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Own process group: run.sh and the JVM it starts are stopped together.
setsid env LORKIT_HTTP_PORT="$PORT" LORKIT_DATA_DIR="$WORK/data" bash scripts/run.sh >"$WORK/run.log" 2>&1 &
RUN_PID=$!
cleanup() {
  # TERM to run.sh: its trap stops the API, which stops the embedded PostgreSQL.
  kill -TERM "$RUN_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$RUN_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for i in $(seq 1 120); do
  if grep -q "LORkit is running" "$WORK/run.log" 2>/dev/null; then break; fi
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$WORK/run.log" >&2; echo "make run's server died" >&2; exit 1; }
  [ "$i" = 120 ] && { cat "$WORK/run.log" >&2; echo "make run's server was not ready after 120 s" >&2; exit 1; }
  sleep 1
done
# It listens on this machine only: not on the machine's other addresses.
other=$(hostname -I 2>/dev/null | awk '{print $1}')
if [ -n "$other" ] && curl -fsS -m 2 "http://$other:$PORT/q/health/live" >/dev/null 2>&1; then
  echo "make run's API answers on $other: it must listen on 127.0.0.1 only" >&2; exit 1
fi
cd frontend
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 LORKIT_E2E_BASE_URL="http://127.0.0.1:$PORT" npx playwright test -c playwright.run.config.ts
