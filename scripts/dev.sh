#!/usr/bin/env bash
# `make dev`: hot reload for working on the app. Starts the packaged API (embedded PostgreSQL unless LORKIT_DB_URL is set) and the
# SPA dev server, and stops both — and the embedded database — on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
API_PORT="${LORKIT_HTTP_PORT:-8080}"
SPA_PORT="${LORKIT_SPA_PORT:-5173}"

LORKIT_SWAGGER_UI="${LORKIT_SWAGGER_UI:-true}" LORKIT_HTTP_PORT="$API_PORT" java -jar backend/target/quarkus-app/quarkus-run.jar &
API_PID=$!
stop() {
  trap - INT TERM EXIT
  kill -TERM -- "-$SPA_PID" 2>/dev/null || true
  # SIGTERM lets Quarkus shut down and LorkitMain stop the embedded PostgreSQL.
  kill -TERM "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  echo "LORkit stopped."
}
# Own process group, so stopping it also stops npm's child (vite).
setsid bash -c "cd frontend && LORKIT_API_URL=http://127.0.0.1:$API_PORT exec npm run dev -- --port $SPA_PORT --strictPort --host 127.0.0.1" &
SPA_PID=$!
trap stop INT TERM EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$API_PID" 2>/dev/null; then echo "The API did not start." >&2; exit 1; fi
  sleep 1
done
cat <<MSG

  LORkit is running
    App (phone-first SPA): http://127.0.0.1:$SPA_PORT/
    API:                   http://127.0.0.1:$API_PORT/api/v1
    Contract (Swagger UI): http://127.0.0.1:$API_PORT/q/swagger-ui
  Press Ctrl-C to stop both.

MSG
wait "$API_PID"
