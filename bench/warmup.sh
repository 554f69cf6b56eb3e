#!/usr/bin/env bash
# The warm-up curve of a fresh API: from its first request, windows of wrk load on one endpoint, and the API's CPU
# ms per request in each; to compare JVMs and JVM options on how soon a new pod serves at its steady cost.
# Needs a seeded database (make bench seeds lorkit_bench) and wrk.
#
#   bench/warmup.sh DB PATH [SECONDS] [WINDOW]
#   WARMUP_OPTS='-XX:CompileThresholdScaling=0.5'   JVM options added to the pod's (as make bench runs them)
#   WARMUP_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java WARMUP_AOT=0   another JVM (default: the images', JDK 25)
#   WARMUP_AOT=0   without the images' AOT cache (default: trained first, as the Containerfile image does)
#   WARMUP_METHOD=POST   story creates (PATH /api/v1/stories) instead of GETs
#   WARMUP_OPTS='-XX:StartFlightRecording=delay=40s,duration=30s,filename=/tmp/x.jfr,settings=profile'   a profile
#
#   bench/warmup.sh lorkit_bench '/api/v1/stories?page=0&size=20' 60 5
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1 P=$2 TOTAL=${3:-60} WINDOW=${4:-5}
WORK=$(mktemp -d)
source scripts/lib/ops.sh
source bench/lib.sh
java=${WARMUP_JAVA:-$(image_java)}
aot=""
if [ "${WARMUP_AOT:-1}" != 0 ]; then
  JAVA=$java aot_cache "$JAR" "$WORK/api.aot" "jdbc:postgresql://127.0.0.1:5432/$DB" "$WORK/data-warmup/keys"
  aot="-XX:AOTCache=$WORK/api.aot"
fi
port=$(free_port)
JAVA=$java start_api warmup "$port" "jdbc:postgresql://127.0.0.1:5432/$DB" \
  JAVA_TOOL_OPTIONS="$(pod_java_opts) $aot ${WARMUP_OPTS:-}" MALLOC_ARENA_MAX=2
pid=${API_PIDS[warmup]}
trap 'kill $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_ready warmup "$port"
log_in_applicants "$port" "$WORK/tokens"
curve=""
for ((t = WINDOW; t <= TOTAL; t += WINDOW)); do
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  requests=$(BENCH_TOKENS="$WORK/tokens" BENCH_METHOD="${WARMUP_METHOD:-GET}" BENCH_PATH="$P" BENCH_LABEL='"warmup": 1' \
    wrk -t2 -c32 -d"${WINDOW}s" -s bench/wrk/api.lua "http://127.0.0.1:$port" | sed -n 's/^BENCH .*"requests": \([0-9]*\).*/\1/p')
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  curve="$curve $(python3 -c "print('%.2f' % (($t1 - $t0) * 1000 / $(getconf CLK_TCK) / max($requests, 1)))")"
done
echo "CPU ms/request per ${WINDOW}-s window from the first request:$curve"
if [ "${WARMUP_METHOD:-GET}" = POST ]; then forget_created "$DB"; fi
