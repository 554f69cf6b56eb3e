# Shared by bench/run.sh, bench/ab.sh and bench/warmup.sh (after scripts/lib/ops.sh): the pod's JVM options
# (pod_java_opts), the seeded applicants logged in, and the stories a create run made taken away again.

# The JVM options of a pod of deploy/k8s: the image's options
# (deploy/jvm.options), the pod's extra JAVA_OPTS (api-configmap.yaml) and its limits (api-deployment.yaml): memory
# as -XX:MaxRAM and CPU as -XX:ActiveProcessorCount, so the heap, the collector and the RSS measured are those the
# container settings imply, not those of this 2-core machine.
pod_java_opts() {
  local opts extra memory cpu
  opts=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' deploy/jvm.options | xargs)
  extra=$(sed -n 's/^ *JAVA_OPTS: *"\(.*\)"$/\1/p' deploy/k8s/base/api-configmap.yaml)
  memory=$(awk '/limits:/ {l = 1} l && /memory:/ {print $2; exit}' deploy/k8s/base/api-deployment.yaml)
  cpu=$(awk '/limits:/ {l = 1} l && /cpu:/ {gsub(/"/, "", $2); print $2; exit}' deploy/k8s/base/api-deployment.yaml)
  case "$memory" in *Mi) memory="${memory%Mi}m" ;; *Gi) memory="${memory%Gi}g" ;; esac
  case "$cpu" in *m) cpu=$(( (${cpu%m} + 999) / 1000 )) ;; esac
  echo "-XX:MaxRAM=$memory -XX:ActiveProcessorCount=$cpu $opts${extra:+ $extra}"
}

# log_in_applicants PORT FILE [N]: the access tokens of seeded applicants 0 … N-1 (16 unless told), one per line.
log_in_applicants() {
  local port=$1 file=$2 n=${3:-16} i
  : >"$file"
  for ((i = 0; i < n; i++)); do
    expect "$(call POST "http://127.0.0.1:$port/api/v1/auth/login" \
      "{\"email\":\"$(printf 'applicant%05d@bench.example.org' "$i")\",\"password\":\"bench-passphrase-long\"}")" 200
    json "['accessToken']" <"$WORK/body" >>"$file"
  done
}

# forget_created DB: stories left by a create run would change what the lists read; the dead rows their removal
# leaves would slow the next run's creates until autovacuum came by (4.2 against 2.6 ms a create in one A/B),
# so they are vacuumed away at once (each -c is its own statement: VACUUM cannot run in a transaction block).
forget_created() {
  psql -q -d "$1" -c "DELETE FROM story WHERE title LIKE 'wrk load story%'; DELETE FROM idempotency_record WHERE idem_key LIKE 'wrk-%'" \
    -c "VACUUM ANALYZE story" -c "VACUUM ANALYZE story_witness" -c "VACUUM ANALYZE idempotency_record" >/dev/null
}

# aot_cache JAR OUT DB_URL KEYS_DIR [JVM options...]: the AOT cache of JAR as the Containerfile image makes it (deploy/aot-cache.sh), with
# the images' JVM (JAVA=… before the call, as for start_api, for another), the pod's options and any given after them, trained on DB_URL; the keys it generated are left in KEYS_DIR for the measured
# starts, so that they start as a pod with its keys mounted does (generating them is a first start's cost only).
# The cache holds the jar's path as given: the API must be started with the same JAR string.
aot_cache() {
  local jar=$1 out=$2 url=$3 keys=$4 data
  shift 4
  data=$(mktemp -d)
  # shellcheck disable=SC2046 # the pod's options are words
  env LORKIT_DB_URL="$url" LORKIT_DB_USER="$PGUSER" LORKIT_DB_PASSWORD="" LORKIT_HTTP_PORT="$(free_port)" \
    LORKIT_DATA_DIR="$data" MALLOC_ARENA_MAX=2 JAVA="${JAVA:-$(image_java)}" \
    bash deploy/aot-cache.sh "$jar" "$out" $(pod_java_opts) "$@" >"$out.log" 2>&1 || { cat "$out.log" >&2; return 1; }
  mkdir -p "$keys" && cp -r "$data/keys/." "$keys/" && rm -rf "$data"
}
