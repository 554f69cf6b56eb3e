#!/usr/bin/env bash
# Start-up A/B: two builds (or two sets of JVM options) started in turn, each from its own AOT cache trained as the
# Containerfile image trains it (deploy/aot-cache.sh), with the pod's options and its keys already in the data
# folder, as `make bench` starts its APIs. Prints launch → first ready answer per start, alternating A, B, A, B so
# that the machine's drift falls on both. Needs a migrated database (make bench seeds lorkit_bench_small).
#
#   bench/startup.sh [DB] [STARTS]
#   STARTUP_JAR_A / STARTUP_JAR_B    the jars (default backend/target/quarkus-app/quarkus-run.jar for both)
#   STARTUP_OPTS_A / STARTUP_OPTS_B  extra JVM options after the pod's (a change of them retrains the cache)
#   STARTUP_ENV_A / STARTUP_ENV_B    extra environment, NAME=value words
#   STARTUP_JFR=1                    a JFR recording of each start in /tmp/startup-SIDE-N.jfr
#
#   bench/startup.sh lorkit_bench_small 6
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-lorkit_bench_small} STARTS=${2:-6}
WORK=$(mktemp -d)
source scripts/lib/ops.sh
source bench/lib.sh
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
POD_OPTS=$(pod_java_opts)
trap 'stop_all_apis; rm -rf "$WORK"' EXIT
declare -A JARS OPTS ENVS
for side in A B; do
  jar_var=STARTUP_JAR_$side opts_var=STARTUP_OPTS_$side env_var=STARTUP_ENV_$side
  JARS[$side]=${!jar_var:-$JAR} OPTS[$side]=${!opts_var:-} ENVS[$side]=${!env_var:-STARTUP_SIDE=$side}
  # The cache is trained with the options it will run with (a cache refuses other heap or header settings).
  # shellcheck disable=SC2086 # options are words
  JAVA=$(image_java) aot_cache "${JARS[$side]}" "$WORK/$side.aot" "$URL" "$WORK/keys-$side" ${OPTS[$side]}
done
for ((n = 0; n < STARTS; n++)); do
  for side in A B; do
    rm -rf "$WORK/data-$side" && mkdir -p "$WORK/data-$side/keys" && cp -r "$WORK/keys-$side/." "$WORK/data-$side/keys/"
    port=$(free_port)
    jfr=""
    [ "${STARTUP_JFR:-0}" = 1 ] && jfr=" -XX:StartFlightRecording=filename=/tmp/startup-$side-$n.jfr,settings=profile"
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # ENVS holds NAME=value words
    JAVA=$(image_java) JAR=${JARS[$side]} start_api "$side" "$port" "$URL" MALLOC_ARENA_MAX=2 ${ENVS[$side]} \
      "JAVA_TOOL_OPTIONS=$POD_OPTS ${OPTS[$side]} -XX:AOTCache=$WORK/$side.aot$jfr"
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
      kill -0 "${API_PIDS[$side]}" 2>/dev/null || { cat "$WORK/$side.log" >&2; exit 1; }
      sleep 0.05
    done
    echo "$side start $n: $(( ($(date +%s%N) - t0) / 1000000 )) ms ($(grep -o 'started in [0-9.]*s' "$WORK/$side.log"))"
    stop_api "$side"
  done
done
