#!/usr/bin/env bash
# Proves the external mode: the packaged API on the machine's own PostgreSQL
# (127.0.0.1:5432, a throw-away database), then register → story → list over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=backend/target/quarkus-app/quarkus-run.jar
PGHOST=127.0.0.1 PGPORT=5432 PGUSER="${SMOKE_PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
DB="lorkit_smoke_$(date +%s)_$$"
psql -q -d postgres -c "CREATE DATABASE $DB"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
LOG="$DATA/api.log"

LORKIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_DB_USER="$PGUSER" LORKIT_DB_PASSWORD="" \
  LORKIT_DATA_DIR="$DATA" LORKIT_HTTP_PORT="$PORT" java -jar "$JAR" >"$LOG" 2>&1 &
API=$!
cleanup() {
  kill -TERM "$API" 2>/dev/null || true
  wait "$API" 2>/dev/null || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" || true
  rm -rf "$DATA"
}
trap cleanup EXIT

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 90); do
  curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API" 2>/dev/null || { cat "$LOG"; echo "API died" >&2; exit 1; }
  sleep 1
done
grep -m1 "started in" "$LOG" || true

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -sS -o "$DATA/body" -w '%{http_code}' -H 'Content-Type: application/json' "$@"; }
expect() { [ "$1" = "$2" ] || { echo "expected HTTP $2, got $1: $(cat "$DATA/body")" >&2; exit 1; }; }

EMAIL="smoke-$$@example.org"
expect "$(post -d "{\"email\":\"$EMAIL\",\"password\":\"smoke-test-passphrase\",\"displayName\":\"Smoke\"}" "$BASE/api/v1/auth/register")" 201
expect "$(post -d "{\"email\":\"$EMAIL\",\"password\":\"smoke-test-passphrase\"}" "$BASE/api/v1/auth/login")" 200
TOKEN=$(json "['accessToken']" <"$DATA/body")
expect "$(post -H "Authorization: Bearer $TOKEN" -d '{"title":"Smoke story from CI"}' "$BASE/api/v1/stories")" 201
STORY=$(json "['id']" <"$DATA/body")
code=$(curl -sS -o "$DATA/body" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stories")
expect "$code" 200
[ "$(json "['items'][0]['title']" <"$DATA/body")" = "Smoke story from CI" ] || { echo "story not listed" >&2; exit 1; }
expect "$(post -H "Authorization: Bearer $TOKEN" -d '{"title":' "$BASE/api/v1/stories")" 400

EMAIL2="smoke2-$$@example.org"
expect "$(post -d "{\"email\":\"$EMAIL2\",\"password\":\"smoke-test-passphrase\",\"displayName\":\"Other\"}" "$BASE/api/v1/auth/register")" 201
expect "$(post -d "{\"email\":\"$EMAIL2\",\"password\":\"smoke-test-passphrase\"}" "$BASE/api/v1/auth/login")" 200
TOKEN2=$(json "['accessToken']" <"$DATA/body")
code=$(curl -sS -o "$DATA/body" -w '%{http_code}' -H "Authorization: Bearer $TOKEN2" "$BASE/api/v1/stories/$STORY")
expect "$code" 404
rows=$(psql -tAq -d "$DB" -c "SELECT count(*) FROM story WHERE title = 'Smoke story from CI'")
[ "$rows" = "1" ] || { echo "story not in PostgreSQL ($rows rows)" >&2; exit 1; }
echo "External-mode smoke passed on PostgreSQL $(psql -tAq -d postgres -c 'SHOW server_version')."
