#!/usr/bin/env bash
# Readiness follows the database, liveness does not: the packaged API reaches the machine's
# PostgreSQL through a small TCP relay; stopping the relay makes PostgreSQL unreachable
# (connection refused, as when the server or the network is down), starting it again brings it back.
# Expected: /q/health/ready 200 -> 503 -> 200 by itself, /q/health/live 200 throughout, API calls
# answer a 503 problem (with Retry-After) during the outage and work again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
source scripts/lib/ops.sh
DB="lorkit_outage_$(date +%s)_$$"
RELAY_PID=""
cleanup() {
  stop_all_apis
  [ -n "$RELAY_PID" ] && kill "$RELAY_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"

cat >"$WORK/relay.py" <<'PY'
import socket, sys, threading
listen_port, target_port = int(sys.argv[1]), int(sys.argv[2])
def pump(a, b):
    try:
        while (data := a.recv(65536)):
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            try: s.shutdown(socket.SHUT_RDWR)
            except OSError: pass
server = socket.socket(); server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", listen_port)); server.listen(64)
while True:
    client, _ = server.accept()
    upstream = socket.create_connection(("127.0.0.1", target_port))
    for a, b in ((client, upstream), (upstream, client)):
        threading.Thread(target=pump, args=(a, b), daemon=True).start()
PY
RELAY=$(free_port)
relay_up() {
  python3 "$WORK/relay.py" "$RELAY" 5432 & RELAY_PID=$!
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$RELAY") 2>/dev/null && return 0; sleep 0.1; done
  echo "relay did not start" >&2; return 1
}
relay_down() { kill "$RELAY_PID"; wait "$RELAY_PID" 2>/dev/null || true; RELAY_PID=""; }
status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$1"; }
wait_status() { # wait_status PATH CODE SECONDS
  for _ in $(seq 1 $(($3 * 2))); do [ "$(status "$1")" = "$2" ] && return 0; sleep 0.5; done
  echo "$1 did not answer $2 within $3 s (last: $(status "$1"))" >&2; return 1
}

relay_up
PORT=$(free_port)
start_api api "$PORT" "jdbc:postgresql://127.0.0.1:$RELAY/$DB"
wait_ready api "$PORT"
API="http://127.0.0.1:$PORT/api/v1"
expect "$(call POST "$API/auth/register" '{"email":"outage@example.org","password":"outage-passphrase","displayName":"O"}')" 201
expect "$(call POST "$API/auth/login" '{"email":"outage@example.org","password":"outage-passphrase"}')" 200
TOKEN=$(json "['accessToken']" <"$WORK/body")
step "database reachable: ready $(status /q/health/ready), live $(status /q/health/live)"

relay_down
start=$(date +%s)
wait_status /q/health/ready 503 30
step "database unreachable: ready 503 after $(( $(date +%s) - start )) s"
[ "$(status /q/health/live)" = 200 ] || { echo "liveness failed during the outage" >&2; exit 1; }
step "liveness still 200"
code=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API/stories")
[ "$code" = 503 ] && grep -qi '^Content-Type: application/problem+json' "$WORK/headers" && grep -qi '^Retry-After:' "$WORK/headers" \
  || { echo "an API call during the outage answered $code: $(cat "$WORK/body")" >&2; exit 1; }
step "API calls answer 503 problem+json with Retry-After"

relay_up
start=$(date +%s)
wait_status /q/health/ready 200 30
step "database back: ready 200 after $(( $(date +%s) - start )) s, without a restart"
expect "$(call GET "$API/stories" "" "$TOKEN")" 200
[ "$(status /q/health/live)" = 200 ]
step "API calls work again"
echo "Readiness outage check passed."
