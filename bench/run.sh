#!/usr/bin/env bash
# `make bench`: the packaged API under load on the machine's PostgreSQL (127.0.0.1:5432), next to a
# pgbench baseline on the same server, and the result written to docs/BENCHMARKS.md.
#
#   make bench                                        # 10 000 applicants, 20 s per measurement
#   BENCH_APPLICANTS=300 BENCH_SECONDS=5 make bench   # a quick run
#
# Steps: seed two databases through the app's own services (`java -jar quarkus-run.jar seed`, idempotent:
# a re-run only adds what is missing): a small one (BENCH_SMALL_APPLICANTS) and the big one; pgbench -S
# for the baseline; then for each database start the API, log in BENCH_USERS seeded applicants and run
# wrk (BENCH_CONNECTIONS connections) on the read endpoints; on the big one also the story create,
# start-up time and RSS. Seeded applicant n is the same in both databases, so the growth ratio compares
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
RESULTS="$WORK/results.jsonl"
cleanup() {
  stop_all_apis
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
# The machine as the run found it (another job on the 2 cores changes every figure).
fact() { python3 -c 'import json,sys; print(json.dumps({"kind": "fact", "name": sys.argv[1], "value": sys.argv[2]}))' "$1" "$2" >>"$RESULTS"; }
fact date "$(date -u '+%Y-%m-%d %H:%M UTC')"
fact cpus "$(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
fact memory "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
fact load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
fact java "$(java -version 2>&1 | head -1)"
fact postgres "$(psql -tAq -d postgres -c 'SHOW server_version')"
fact settings "BENCH_APPLICANTS=$APPLICANTS BENCH_SMALL_APPLICANTS=$SMALL BENCH_SECONDS=$SECONDS_EACH BENCH_CONNECTIONS=$CONNECTIONS BENCH_USERS=$USERS"

db_url() { echo "jdbc:postgresql://127.0.0.1:5432/$1"; }
ensure_db() { psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 || psql -q -d postgres -c "CREATE DATABASE $1"; }

# Seeding goes through the services (rules, PHI guard, reference checks); see org.lorkit.bench.BenchSeeder.
seed() { # seed DB APPLICANTS
  ensure_db "$1"
  echo "== seeding $1 with $2 applicants"
  local start=$SECONDS
  LORKIT_DB_URL="$(db_url "$1")" LORKIT_DB_USER="$PGUSER" LORKIT_DB_PASSWORD="" LORKIT_DATA_DIR="$WORK/data-seed" \
    java -jar "$JAR" seed --applicants "$2" --threads "$SEED_THREADS" 2>&1 | tee "$WORK/seed-$1.log" | grep --line-buffered -E '^seed|seeded|failed|ERROR'
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

# Baseline: PostgreSQL's own select-only benchmark on the same server, same connections and duration.
ensure_db "$PGBENCH_DB"
psql -tAq -d "$PGBENCH_DB" -c "SELECT to_regclass('pgbench_accounts')" | grep -q pgbench_accounts || pgbench -q -i -s 10 "$PGBENCH_DB"
PGBENCH_CMD="pgbench -n -S -c $CONNECTIONS -j 2 -T $SECONDS_EACH $PGBENCH_DB"
echo "== $PGBENCH_CMD"
tps=$($PGBENCH_CMD 2>&1 | tee "$WORK/pgbench.log" | awk '/^tps = / {print $3; exit}')
printf '{"kind":"pgbench","tps":%s,"command":"%s"}\n' "$tps" "$PGBENCH_CMD" >>"$RESULTS"

# wrk_run NAME METHOD PATH [record]: BENCH_SECONDS of load; without "record" it is a warm-up.
wrk_run() {
  local label="\"kind\": \"wrk\", \"db\": \"$DB\", \"endpoint\": \"$1\", \"method\": \"$2\", \"path\": \"$3\""
  local seconds=$SECONDS_EACH
  [ "${4:-}" = record ] || seconds=$(( SECONDS_EACH / 4 > 2 ? SECONDS_EACH / 4 : 2 ))
  # CPU time the API process spent (user + system, in clock ticks): per request it does not depend on
  # what else runs on the machine, unlike req/s and latency.
  local ticks0 ticks1
  ticks0=$(awk '{print $14 + $15}' "/proc/${API_PIDS[$DB]}/stat")
  BENCH_TOKENS="$WORK/tokens" BENCH_METHOD="$2" BENCH_PATH="$3" BENCH_LABEL="$label" \
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -s bench/wrk/api.lua "http://127.0.0.1:$PORT" >"$WORK/wrk.out" 2>&1
  ticks1=$(awk '{print $14 + $15}' "/proc/${API_PIDS[$DB]}/stat")
  if [ "${4:-}" = record ]; then
    grep '^BENCH ' "$WORK/wrk.out" | cut -c7- | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); r["cpu_ms"]=round(int(sys.argv[1])*1000/int(sys.argv[2])/max(r["requests"],1),2); print(json.dumps(r))' \
      "$((ticks1 - ticks0))" "$(getconf CLK_TCK)" | tee -a "$RESULTS"
  fi
}
READS=("list stories|/api/v1/stories?page=0&size=20" "attendings ranked|/api/v1/attendings?sort=rank" "today|/api/v1/today")

measure() { # measure DB: start the API on DB, log in, load the endpoints
  DB=$1
  PORT=$(free_port)
  # Start-up: from launching the process to the first successful request (polled every 50 ms).
  local t0
  t0=$(date +%s%N)
  start_api "$DB" "$PORT" "$(db_url "$DB")"
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
    kill -0 "${API_PIDS[$DB]}" 2>/dev/null || { cat "$WORK/$DB.log" >&2; echo "API died" >&2; exit 1; }
    sleep 0.05
  done
  printf '{"kind":"startup","db":"%s","ms":%d}\n' "$DB" $(( ($(date +%s%N) - t0) / 1000000 )) >>"$RESULTS"
  : >"$WORK/tokens"
  for ((n = 0; n < USERS; n++)); do
    email=$(printf 'applicant%05d@bench.example.org' "$n")
    expect "$(call POST "http://127.0.0.1:$PORT/api/v1/auth/login" "{\"email\":\"$email\",\"password\":\"bench-passphrase-long\"}")" 200
    json "['accessToken']" <"$WORK/body" >>"$WORK/tokens"
  done
  # Stories left by an earlier create run would change what the lists read.
  psql -q -d "$DB" -c "DELETE FROM story WHERE title LIKE 'wrk load story%'; DELETE FROM idempotency_record WHERE idem_key LIKE 'wrk-%'" >/dev/null
  echo "== $DB: API on port $PORT, $USERS applicants logged in"
  for entry in "${READS[@]}"; do wrk_run "${entry%%|*}" GET "${entry#*|}"; done
  for entry in "${READS[@]}"; do wrk_run "${entry%%|*}" GET "${entry#*|}" record; done
  if [ "$DB" = "$BIG_DB" ]; then
    wrk_run "create story" POST /api/v1/stories
    wrk_run "create story" POST /api/v1/stories record
    psql -q -d "$DB" -c "DELETE FROM story WHERE title LIKE 'wrk load story%'; DELETE FROM idempotency_record WHERE idem_key LIKE 'wrk-%'" >/dev/null
  fi
  printf '{"kind":"rss","db":"%s","mib":%d}\n' "$DB" $(( $(awk '/VmRSS/ {print $2}' "/proc/${API_PIDS[$DB]}/status") / 1024 )) >>"$RESULTS"
  grep -c ' ERROR ' "$WORK/$DB.log" | xargs printf '{"kind":"log_errors","db":"%s","count":%d}\n' "$DB" >>"$RESULTS" || true
  stop_api "$DB"
}
measure "$SMALL_DB"
measure "$BIG_DB"
fact load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/report.py "$RESULTS" "$OUT"
echo "Benchmark written to $OUT"
