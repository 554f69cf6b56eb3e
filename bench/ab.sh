#!/usr/bin/env bash
# An A/B of two APIs on one database, side by side on the same machine: both warm up, then load windows alternate
# A, B, A, B, so that the machine's drift falls on both. Prints API CPU ms per request (from /proc/<pid>/stat),
# req/s and latency per window, and the RSS of each after the load. Needs a seeded database (make bench seeds lorkit_bench) and wrk.
#
#   bench/ab.sh DB PATH [ROUNDS] [SECONDS]
#   AB_ENV_A / AB_ENV_B      extra environment of A / B, e.g. AB_ENV_A=LORKIT_COACHING_ACCOUNTS_IN_MEMORY=0
#   AB_JAR_A / AB_JAR_B      the jars (default backend/target/quarkus-app/quarkus-run.jar); an older jar on a
#                            newer schema needs AB_ENV_A=QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false
#   AB_OPTS_A / AB_OPTS_B    JVM options (default: the pod's, as make bench runs them)
#   AB_METHOD=POST           story creates instead of GETs
#   AB_JAVA                  the JVM of both (default: the images', JDK 25; no AOT cache: an A/B compares steady costs)
#
#   bench/ab.sh lorkit_bench /api/v1/today 4 10
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1 P=$2 ROUNDS=${3:-4} SECS=${4:-10}
WORK=$(mktemp -d)
source scripts/lib/ops.sh
source bench/lib.sh
POD_OPTS=$(pod_java_opts)
declare -A PID PORT JARS OPTS ENVS
JARS[A]=${AB_JAR_A:-$JAR} JARS[B]=${AB_JAR_B:-$JAR}
OPTS[A]=${AB_OPTS_A:-$POD_OPTS} OPTS[B]=${AB_OPTS_B:-$POD_OPTS}
ENVS[A]=${AB_ENV_A:-AB_SIDE=A} ENVS[B]=${AB_ENV_B:-AB_SIDE=B}
trap 'kill ${PID[A]:-} ${PID[B]:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() { # start SIDE PORT
  local n=$1 port=$2
  # shellcheck disable=SC2086 # ENVS holds NAME=value words
  JAVA=${AB_JAVA:-$(image_java)} JAR=${JARS[$n]} start_api "$n" "$port" "jdbc:postgresql://127.0.0.1:5432/$DB" \
    JAVA_TOOL_OPTIONS="${OPTS[$n]}" MALLOC_ARENA_MAX=2 ${ENVS[$n]}
  PID[$n]=${API_PIDS[$n]} PORT[$n]=$port
  wait_ready "$n" "$port"
  log_in_applicants "$port" "$WORK/tokens-$n"
}
window() { # window SIDE SECONDS
  local n=$1 t0 t1
  t0=$(awk '{print $14 + $15}' "/proc/${PID[$n]}/stat")
  BENCH_TOKENS="$WORK/tokens-$n" BENCH_METHOD="${AB_METHOD:-GET}" BENCH_PATH="$P" BENCH_LABEL='"ab": 1' \
    wrk -t2 -c32 -d"$2s" --latency -s bench/wrk/api.lua "http://127.0.0.1:${PORT[$n]}" >"$WORK/w.out" 2>&1
  t1=$(awk '{print $14 + $15}' "/proc/${PID[$n]}/stat")
  grep '^BENCH ' "$WORK/w.out" | cut -c7- | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
cpu = int(sys.argv[1]) * 1000 / int(sys.argv[2]) / max(r["requests"], 1)
print("%s cpu_ms=%.3f rps=%.0f p50=%s p99=%s errors=%d" % (sys.argv[3], cpu, r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"] + r["socket_errors"]))' \
    "$((t1 - t0))" "$(getconf CLK_TCK)" "$n"
}
start A "$(free_port)"
start B "$(free_port)"
for n in A B; do window $n 20 >/dev/null; window $n 20 >/dev/null; done
for ((r = 0; r < ROUNDS; r++)); do window A "$SECS"; window B "$SECS"; done
echo "RSS after the load: A $(( $(awk '/VmRSS/ {print $2}' "/proc/${PID[A]}/status") / 1024 )) MiB, B $(( $(awk '/VmRSS/ {print $2}' "/proc/${PID[B]}/status") / 1024 )) MiB"
echo "ERROR lines: A $(grep -c ' ERROR ' "$WORK/A.log" || true), B $(grep -c ' ERROR ' "$WORK/B.log" || true)"
if [ "${AB_METHOD:-GET}" = POST ]; then forget_created "$DB"; fi
