#!/usr/bin/env bash
# `make bench`: the packaged API under load on the machine's PostgreSQL (127.0.0.1:5432), next to a
# pgbench baseline on the same server, and the result written to docs/BENCHMARKS.md.
#
#   make bench                                        # 10 000 applicants, 20 s per measurement
#   BENCH_APPLICANTS=300 BENCH_SECONDS=5 make bench   # a quick run
#   BENCH_JAVA_OPTS=-Xmx256m make bench               # JVM options of the measured APIs (default: the k8s pod's)
#   BENCH_JAVA_OPTS= make bench                       # the JVM's own defaults (a quarter of this machine's memory)
#   BENCH_WARM_MAX=60 BENCH_STABLE_PCT=10 make bench  # warm-up: until CPU/request is stable within 10 %, at most 60 s
#   BENCH_AOT=0 make bench                            # the measured APIs without the images' AOT cache
#   BENCH_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java BENCH_AOT=0 make bench   # another JVM (default: the images', JDK 25)
#
# Steps: seed two databases through the app's own services (`java -jar` the bench build's jar `seed`, idempotent:
# a re-run only adds what is missing): a small one (BENCH_SMALL_APPLICANTS) and the big one; pgbench -S
# for the baseline (over TCP, as the API); then for each database start the API, log in BENCH_USERS seeded
# applicants and run wrk (BENCH_CONNECTIONS connections) on the read endpoints, each warmed up until its CPU per
# request is stable; on the big one also the story create; next to them the floor endpoint of the bench build;
# start-up time and RSS of each. Seeded applicant n is the same in both databases, so the growth ratio compares
# the same applicants' requests, only the tables around them grow.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${BENCH_SECONDS:-20}
APPLICANTS=${BENCH_APPLICANTS:-10000}
SMALL=${BENCH_SMALL_APPLICANTS:-20}
USERS=${BENCH_USERS:-16}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SEED_THREADS=${BENCH_SEED_THREADS:-2}
BIG_DB=${BENCH_DB:-lorkit_bench}
SMALL_DB=${BENCH_SMALL_DB:-lorkit_bench_small}
PGBENCH_DB=lorkit_pgbench
OUT=${BENCH_OUT:-docs/BENCHMARKS.md}
WORK=$(mktemp -d)
source scripts/lib/ops.sh
source bench/lib.sh
# The JVM as a pod of deploy/k8s runs it (bench/lib.sh) unless BENCH_JAVA_OPTS says otherwise.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-$(pod_java_opts)}
# And on the images' JVM (JDK 25, scripts/lib/ops.sh) unless BENCH_JAVA says otherwise.
BENCH_JAVA=${BENCH_JAVA:-$(image_java)}
# The seeder and the floor endpoint live only in the bench build (make bench-seeder); the measured APIs run the
# production jar, the floor runs from the bench jar.
SEED_JAR=backend/target/bench/quarkus-app/quarkus-run.jar
[ -f "$SEED_JAR" ] || { echo "$SEED_JAR is missing: run 'make bench', which builds it" >&2; exit 1; }
RESULTS="$WORK/results.jsonl"
cleanup() {
  stop_all_apis
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
# The machine as the run found it (another job on the 2 cores changes every figure).
fact() { python3 -c 'import json,sys; print(json.dumps({"kind": "fact", "name": sys.argv[1], "value": sys.argv[2]}))' "$1" "$2" >>"$RESULTS"; }
fact date "$(date -u '+%Y-%m-%d %H:%M UTC')"
fact cpus "$(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
fact memory "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
fact load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
fact java "$("$BENCH_JAVA" -version 2>&1 | head -1)"
fact postgres "$(psql -tAq -d postgres -c 'SHOW server_version')"
fact settings "BENCH_JAVA_OPTS='${BENCH_JAVA_OPTS:-}' BENCH_APPLICANTS=$APPLICANTS BENCH_SMALL_APPLICANTS=$SMALL BENCH_SECONDS=$SECONDS_EACH BENCH_CONNECTIONS=$CONNECTIONS BENCH_USERS=$USERS BENCH_WARM_WINDOW=${BENCH_WARM_WINDOW:-5} BENCH_WARM_MAX=${BENCH_WARM_MAX:-120} BENCH_STABLE_PCT=${BENCH_STABLE_PCT:-10}"

db_url() { echo "jdbc:postgresql://127.0.0.1:5432/$1"; }
ensure_db() { psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 || psql -q -d postgres -c "CREATE DATABASE $1"; }

# Seeding goes through the services (rules, PHI guard, reference checks); see org.lorkit.bench.BenchSeeder.
seed() { # seed DB APPLICANTS
  ensure_db "$1"
  echo "== seeding $1 with $2 applicants"
  local start=$SECONDS
  LORKIT_DB_URL="$(db_url "$1")" LORKIT_DB_USER="$PGUSER" LORKIT_DB_PASSWORD="" LORKIT_DATA_DIR="$WORK/data-seed" \
    java -jar "$SEED_JAR" seed --applicants "$2" --threads "$SEED_THREADS" 2>&1 | tee "$WORK/seed-$1.log" | grep --line-buffered -E '^seed|seeded|failed|ERROR'
  local summary
  summary=$(grep -o 'seeded .*' "$WORK/seed-$1.log" | tail -1)
  printf '{"kind":"seed","db":"%s","seconds":%d,"summary":"%s"}\n' "$1" $((SECONDS - start)) "$summary" >>"$RESULTS"
}
seed "$SMALL_DB" "$SMALL"
seed "$BIG_DB" "$APPLICANTS"
for db in "$SMALL_DB" "$BIG_DB"; do
  psql -q -d "$db" -c "VACUUM ANALYZE" >/dev/null
  psql -tAq -d "$db" -c "SELECT json_build_object('kind','size','db','$db','applicants',(SELECT count(*) FROM app_user),
    'stories',(SELECT count(*) FROM story),'attendings',(SELECT count(*) FROM attending),'size',pg_size_pretty(pg_database_size('$db')))" >>"$RESULTS"
done

# Baseline: PostgreSQL's own select-only benchmark on the same server, same connections and duration, over
# TCP to 127.0.0.1 as the API connects (the Unix socket would flatter the database against the API).
ensure_db "$PGBENCH_DB"
psql -tAq -d "$PGBENCH_DB" -c "SELECT to_regclass('pgbench_accounts')" | grep -q pgbench_accounts || pgbench -q -i -s 10 "$PGBENCH_DB"
PGBENCH_CMD="pgbench -h 127.0.0.1 -p 5432 -n -S -c $CONNECTIONS -j 2 -T $SECONDS_EACH $PGBENCH_DB"
echo "== $PGBENCH_CMD"
tps=$($PGBENCH_CMD 2>&1 | tee "$WORK/pgbench.log" | awk '/^tps = / {print $3; exit}')
printf '{"kind":"pgbench","tps":%s,"command":"%s"}\n' "$tps" "$PGBENCH_CMD" >>"$RESULTS"

# wrk_window API SECONDS METHOD PATH LABEL: one window of load on API (a key of PORTS); its JSON result
# (wrk's figures plus cpu_ms, the CPU time the API process spent per request) in $WORK/window.json.
declare -A PORTS=() DB_OF=() LOADED=()
wrk_window() {
  local api=$1 seconds=$2
  # CPU time the API process spent (user + system, in clock ticks): per request it depends much less on
  # what else runs on the machine than req/s and latency do.
  local ticks0 ticks1
  ticks0=$(awk '{print $14 + $15}' "/proc/${API_PIDS[$api]}/stat")
  BENCH_TOKENS="$WORK/tokens-$api" BENCH_METHOD="$3" BENCH_PATH="$4" BENCH_LABEL="$5" \
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -s bench/wrk/api.lua "http://127.0.0.1:${PORTS[$api]}" >"$WORK/wrk.out" 2>&1
  ticks1=$(awk '{print $14 + $15}' "/proc/${API_PIDS[$api]}/stat")
  LOADED[$api]=$(( ${LOADED[$api]:-0} + seconds ))
  grep '^BENCH ' "$WORK/wrk.out" | cut -c7- | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); r["cpu_ms"]=round(int(sys.argv[1])*1000/int(sys.argv[2])/max(r["requests"],1),3); print(json.dumps(r))' \
    "$((ticks1 - ticks0))" "$(getconf CLK_TCK)" >"$WORK/window.json"
}
# wrk_run API NAME METHOD PATH: warm up in windows of BENCH_WARM_WINDOW s until the CPU per request of three
# windows in a row lies within BENCH_STABLE_PCT % (at most BENCH_WARM_MAX s: then "stable" is false; two in a
# row were fooled by the compiler's plateaus: 0.88 then 0.90 ms, then 0.67 in the recorded window),
# then BENCH_SECONDS of recorded load. The warm-up's length is the endpoint's time to steady state (after
# the endpoints measured before it on the same process, which share most of its code).
WARM_WINDOW=${BENCH_WARM_WINDOW:-5}
WARM_MAX=${BENCH_WARM_MAX:-120}
STABLE_PCT=${BENCH_STABLE_PCT:-10}
wrk_run() {
  local api=$1 label="\"kind\": \"wrk\", \"db\": \"${DB_OF[$1]}\", \"api\": \"$1\", \"endpoint\": \"$2\", \"method\": \"$3\", \"path\": \"$4\""
  local current warmed=0 stable=false windows="" loaded_before=${LOADED[$1]:-0}
  while [ "$warmed" -lt "$WARM_MAX" ]; do
    wrk_window "$api" "$WARM_WINDOW" "$3" "$4" "$label"
    warmed=$((warmed + WARM_WINDOW))
    current=$(json "['cpu_ms']" <"$WORK/window.json")
    windows="$windows${windows:+,}$current"
    if python3 -c 'import sys; w = [float(x) for x in sys.argv[1].split(",")][-3:]; sys.exit(len(w) < 3 or max(w) - min(w) > float(sys.argv[2]) / 100 * max(max(w), 1e-9))' "$windows" "$STABLE_PCT"; then
      stable=true
      break
    fi
  done
  echo "   $2 on $api: warm after ${warmed} s ($stable), CPU ms/request per window: $windows"
  wrk_window "$api" "$SECONDS_EACH" "$3" "$4" "$label"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); r.update(warmup_s=int(sys.argv[2]), stable=sys.argv[3]=="true", loaded_before_s=int(sys.argv[4]), warmup_cpu_ms=[float(x) for x in sys.argv[5].split(",")]); print(json.dumps(r))' \
    "$WORK/window.json" "$warmed" "$stable" "$loaded_before" "$windows" | tee -a "$RESULTS"
}
READS=("list stories|/api/v1/stories?page=0&size=20" "attendings ranked|/api/v1/attendings?sort=rank" "today|/api/v1/today")
# The floor (bench build only, org.lorkit.bench.FloorResource): JWT verified, one SQL query of 20 rows, JSON.
FLOOR="floor|/api/v1/bench-floor"
# Each jar's AOT cache as the Containerfile image makes it (deploy/aot-cache.sh), trained on the small database;
# the keys of the training run go to every measured API, which then starts as a pod with its keys mounted.
declare -A AOT_OF=()
if [ "${BENCH_AOT:-1}" != 0 ]; then
  for jar in "$JAR" "$SEED_JAR"; do
    AOT_OF[$jar]="$WORK/aot-${#AOT_OF[@]}.aot"
    JAVA=$BENCH_JAVA aot_cache "$jar" "${AOT_OF[$jar]}" "$(db_url "$SMALL_DB")" "$WORK/keys"
  done
  echo "== AOT caches written for ${!AOT_OF[*]}"
fi
fact aot_cache "$([ ${#AOT_OF[@]} -gt 0 ] && echo "the images' (deploy/aot-cache.sh), trained on $SMALL_DB" || echo none)"
start_measured() { # start_measured API DB [JAR]: an API process on DB (the production jar unless told), its start-up time, BENCH_USERS logged in
  local api=$1 db=$2 jar=${3:-$JAR} t0 opts
  PORTS[$api]=$(free_port)
  DB_OF[$api]=$db
  forget_created "$db"
  opts="$BENCH_JAVA_OPTS${AOT_OF[$jar]:+ -XX:AOTCache=${AOT_OF[$jar]}}"
  if [ -d "$WORK/keys" ]; then mkdir -p "$WORK/data-$api/keys" && cp -r "$WORK/keys/." "$WORK/data-$api/keys/"; fi
  # Start-up: from launching the process to the first successful request (polled every 50 ms).
  t0=$(date +%s%N)
  # MALLOC_ARENA_MAX as both images set it (deploy/jvm.options says why).
  JAVA=$BENCH_JAVA JAR=$jar start_api "$api" "${PORTS[$api]}" "$(db_url "$db")" MALLOC_ARENA_MAX=2 ${opts:+"JAVA_TOOL_OPTIONS=$opts"}
  until curl -fsS -o /dev/null "http://127.0.0.1:${PORTS[$api]}/q/health/ready" 2>/dev/null; do
    kill -0 "${API_PIDS[$api]}" 2>/dev/null || { cat "$WORK/$api.log" >&2; echo "API died" >&2; exit 1; }
    sleep 0.05
  done
  printf '{"kind":"startup","db":"%s","api":"%s","ms":%d}\n' "$db" "$api" $(( ($(date +%s%N) - t0) / 1000000 )) >>"$RESULTS"
  log_in_applicants "${PORTS[$api]}" "$WORK/tokens-$api" "$USERS"
  echo "== $api: API on $db, port ${PORTS[$api]}, $USERS applicants logged in"
}
finish_measured() { # finish_measured API: RSS after the load, errors in the log, stop
  local api=$1 db=${DB_OF[$1]}
  printf '{"kind":"rss","db":"%s","api":"%s","mib":%d}\n' "$db" "$api" $(( $(awk '/VmRSS/ {print $2}' "/proc/${API_PIDS[$api]}/status") / 1024 )) >>"$RESULTS"
  printf '{"kind":"log_errors","db":"%s","api":"%s","count":%d}\n' "$db" "$api" "$(grep -c ' ERROR ' "$WORK/$api.log" || true)" >>"$RESULTS"
  grep -E ' ERROR |^Caused by' "$WORK/$api.log" | cut -c10- | sort | uniq -c | sort -rn | head -5 || true
  stop_api "$api"
  forget_created "$db"
}

# The APIs run side by side and each endpoint is measured on the small database, then right away on the
# big one (and the floor right before them): on a shared machine the load drifts, and this keeps the growth
# ratio and the ratio to the floor from measuring the drift.
start_measured "$SMALL_DB" "$SMALL_DB"
start_measured "$BIG_DB" "$BIG_DB"
start_measured floor "$BIG_DB" "$SEED_JAR"
for entry in "${READS[@]}"; do
  wrk_run floor "${FLOOR%%|*}" GET "${FLOOR#*|}"
  for db in "$SMALL_DB" "$BIG_DB"; do wrk_run "$db" "${entry%%|*}" GET "${entry#*|}"; done
done
wrk_run "$BIG_DB" "create story" POST /api/v1/stories
finish_measured floor
finish_measured "$SMALL_DB"
finish_measured "$BIG_DB"
fact load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/report.py "$RESULTS" "$OUT"
echo "Benchmark written to $OUT"
