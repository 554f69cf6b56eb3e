# Shared by backup-roundtrip.sh and readiness-outage.sh: the machine's PostgreSQL (127.0.0.1:5432),
# throw-away databases, the packaged API on free ports, small HTTP helpers. Source it; needs $WORK.
JAR=backend/target/quarkus-app/quarkus-run.jar
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER="${OPS_PGUSER:-postgres}"
[ -f "$JAR" ] || { echo "$JAR is missing: run 'make backend-package' first" >&2; exit 1; }
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
# totp BASE32_SECRET: the authenticator app's code now (RFC 6238: SHA-1, 6 digits, 30 s), as a phone shows it.
totp() {
  python3 - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
secret = sys.argv[1].upper()
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}
# totp_after STEP: waits for the 30-s step after STEP (each code works once), then prints the new step.
totp_after() { while [ "$(( $(date +%s) / 30 ))" -le "$1" ]; do sleep 1; done; echo $(( $(date +%s) / 30 )); }

# image_java: the JVM of both images (deploy/api.Containerfile, Jib: Temurin 25) as this machine has it, or IMAGE_JAVA.
image_java() {
  local java=${IMAGE_JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
  [ -x "$java" ] || { echo "no JDK 25 under /usr/lib/jvm (the images' JVM): set IMAGE_JAVA" >&2; return 1; }
  echo "$java"
}

# start_api NAME PORT DB_URL [VAR=value ...]: the packaged API in the background; its pid in API_PIDS[NAME].
# JAR=… and JAVA=… before the call run another jar or JVM.
declare -gA API_PIDS=()
start_api() {
  local name=$1 port=$2 url=$3; shift 3
  env LORKIT_DB_URL="$url" LORKIT_DB_USER="$PGUSER" LORKIT_DB_PASSWORD="" LORKIT_HTTP_PORT="$port" \
    LORKIT_DATA_DIR="$WORK/data-$name" "$@" "${JAVA:-java}" -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  API_PIDS[$name]=$!
}
wait_ready() { # wait_ready NAME PORT
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${API_PIDS[$1]}" 2>/dev/null || { cat "$WORK/$1.log" >&2; echo "API $1 died" >&2; return 1; }
    sleep 0.5
  done
  echo "API $1 not ready after 60 s" >&2; return 1
}
stop_api() {
  local pid=${API_PIDS[$1]:-}
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  API_PIDS[$1]=""
}
stop_all_apis() { for name in "${!API_PIDS[@]}"; do stop_api "$name"; done; }

# call METHOD URL [BODY] [TOKEN]: the body goes to $WORK/body, the status to stdout.
call() {
  local args=(-sS -o "$WORK/body" -w '%{http_code}' -X "$1" "$2")
  [ -n "${3:-}" ] && args+=(-H 'Content-Type: application/json' -d "$3")
  [ -n "${4:-}" ] && args+=(-H "Authorization: Bearer $4")
  curl "${args[@]}"
}
expect() { [ "$1" = "$2" ] || { echo "expected HTTP $2, got $1: $(cat "$WORK/body")" >&2; exit 1; }; }
step() { echo "  - $*"; }
