#!/usr/bin/env bash
# The warm-up curve of a fresh API: from its first request, windows of wrk load on one endpoint, and the API's CPU
# ms per request in each; to compare JVMs and JVM options on how soon a new pod serves at its steady cost.
# Needs a seeded database (make bench seeds lorkit_bench) and wrk.
#
#   bench/warmup.sh DB PATH [SECONDS] [WINDOW]
#   WARMUP_OPTS='-XX:CompileThresholdScaling=0.5'   JVM options added to the pod's (as make bench runs them)
#   WARMUP_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java   another JVM
#   WARMUP_METHOD=POST   story creates (PATH /api/v1/stories) instead of GETs
#   WARMUP_OPTS='-XX:StartFlightRecording=delay=40s,duration=30s,filename=/tmp/x.jfr,settings=profile'   a profile
#
#   bench/warmup.sh lorkit_bench '/api/v1/stories?page=0&size=20' 60 5
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1 P=$2 TOTAL=${3:-60} WINDOW=${4:-5}
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
OPTS="-XX:MaxRAM=768m -XX:ActiveProcessorCount=1 $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' deploy/jvm.options | xargs) ${WARMUP_OPTS:-}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env LORKIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_DB_USER=postgres LORKIT_DB_PASSWORD= LORKIT_HTTP_PORT="$port" \
  LORKIT_DATA_DIR="$WORK/data" JAVA_TOOL_OPTIONS="$OPTS" MALLOC_ARENA_MAX=2 "${WARMUP_JAVA:-java}" -jar "$JAR" >"$WORK/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -5 "$WORK/api.log"; exit 1; }
  sleep 0.2
done
: >"$WORK/tokens"
for ((i = 0; i < 16; i++)); do
  curl -sS -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$(printf 'applicant%05d@bench.example.org' "$i")\",\"password\":\"bench-passphrase-long\"}" \
    "http://127.0.0.1:$port/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' >>"$WORK/tokens"
done
curve=""
for ((t = WINDOW; t <= TOTAL; t += WINDOW)); do
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  requests=$(BENCH_TOKENS="$WORK/tokens" BENCH_METHOD="${WARMUP_METHOD:-GET}" BENCH_PATH="$P" BENCH_LABEL='"warmup": 1' \
    wrk -t2 -c32 -d"${WINDOW}s" -s bench/wrk/api.lua "http://127.0.0.1:$port" | sed -n 's/^BENCH .*"requests": \([0-9]*\).*/\1/p')
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  curve="$curve $(python3 -c "print('%.2f' % (($t1 - $t0) * 1000 / $(getconf CLK_TCK) / max($requests, 1)))")"
done
echo "CPU ms/request per ${WINDOW}-s window from the first request:$curve"
if [ "${WARMUP_METHOD:-GET}" = POST ]; then # the stories a create run made would change what later runs read
  psql -h 127.0.0.1 -U postgres -q -d "$DB" -c "DELETE FROM story WHERE title LIKE 'wrk load story%'; DELETE FROM idempotency_record WHERE idem_key LIKE 'wrk-%'" \
    -c "VACUUM ANALYZE story" -c "VACUUM ANALYZE idempotency_record"
fi
