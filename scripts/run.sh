#!/usr/bin/env bash
# `make run`: LORkit as a person installs it. The packaged API serves the built app (frontend/dist,
# with its service worker, so it opens with no signal) and the API at one address, on this machine
# only (127.0.0.1 unless LORKIT_HTTP_HOST says otherwise), on the embedded PostgreSQL (fsync on)
# unless LORKIT_DB_URL is set. Ctrl-C stops the API and the embedded database.
# `make dev` is the hot-reload set-up for working on the app (scripts/dev.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${LORKIT_HTTP_PORT:-8080}"
JAR=backend/target/quarkus-app/quarkus-run.jar
export LORKIT_SPA_DIR="${LORKIT_SPA_DIR:-$PWD/frontend/dist}"
[ -f "$JAR" ] || { echo "$JAR is missing: start LORkit with 'make run', which builds it." >&2; exit 1; }
[ -f "$LORKIT_SPA_DIR/index.html" ] || { echo "$LORKIT_SPA_DIR has no built app: start LORkit with 'make run', which builds it." >&2; exit 1; }

# make run is a local trial: the contract browser is on (production leaves it off unless LORKIT_SWAGGER_UI=true).
LORKIT_SWAGGER_UI="${LORKIT_SWAGGER_UI:-true}" LORKIT_HTTP_PORT="$PORT" java -jar "$JAR" &
API_PID=$!
stop() {
  trap - INT TERM EXIT
  # SIGTERM lets Quarkus shut down and LorkitMain stop the embedded PostgreSQL.
  kill -TERM "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  echo "LORkit stopped."
}
trap stop INT TERM EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$API_PID" 2>/dev/null; then echo "The API did not start." >&2; exit 1; fi
  sleep 1
done
cat <<MSG

  LORkit is running
    App (phone-first, works offline): http://127.0.0.1:$PORT/
    API:                              http://127.0.0.1:$PORT/api/v1
    Contract (Swagger UI):            http://127.0.0.1:$PORT/q/swagger-ui
  Press Ctrl-C to stop.

MSG
wait "$API_PID"
