#!/usr/bin/env bash
# The runtime stage of deploy/api.Containerfile, acted out without a container engine: the packaged
# jar copied as the image lays it out, started with the image's ENTRYPOINT and ENV (JAVA_OPTS
# expanded by sh) as UID 10001 / GID 0 with an empty environment, a data folder owned like /data,
# the machine's PostgreSQL; then the image's HEALTHCHECK command, word for word, must pass. The JVM is the
# image's (JDK 25, first on the PATH), and the AOT cache step (deploy/aot-cache.sh) runs first as the image's
# RUN line does, as UID 10001 (on the machine's PostgreSQL rather than the embedded one the image build starts);
# the started API's JVM must then have opened the cache, with no error processing it.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
source scripts/lib/ops.sh
command -v setpriv >/dev/null || { echo "setpriv (util-linux) is needed" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "run as root (to switch to UID 10001)" >&2; exit 1; }
DB="lorkit_entry_$(date +%s)_$$"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"
chmod 755 "$WORK"
cp -r backend/target/quarkus-app "$WORK/deployments" && cp deploy/jvm.options "$WORK/deployments/jvm.options" \
  && cp deploy/aot-cache.sh "$WORK/deployments/aot-cache.sh" && chmod -R a+rX "$WORK/deployments"
mkdir "$WORK/deployments/aot" && chown 10001:0 "$WORK/deployments/aot"
JVM_BIN=$(dirname "$(image_java)")
mkdir "$WORK/data" && chown 10001:0 "$WORK/data" && chmod 0770 "$WORK/data"
file=deploy/api.Containerfile
grep -q '^ *JAVA_OPTS="' "$file" || { echo "no JAVA_OPTS in the ENV of $file" >&2; exit 1; }
java_opts=$(sed -n 's/^ *JAVA_OPTS="\(.*\)"$/\1/p' "$file")
http_host=$(sed -n 's/^ *LORKIT_HTTP_HOST=\([^ ]*\) *\\$/\1/p' "$file")
entry=$(sed -n 's/^ENTRYPOINT \["\/bin\/sh", "-c", "\(.*\)", "lorkit-api"\]$/\1/p' "$file" | sed 's/\\"/"/g')
health=$(sed -n 's/^ *CMD \["bash", "-c", "\(.*\)"\]$/\1/p' "$file" | sed 's/\\\\/\\/g')
aot_run=$(sed -n '/^RUN .*aot-cache.sh/,/[^\\]$/p' "$file" | sed -e 's/^RUN //' -e 's/\\$//' | tr '\n' ' ')
[ -n "$http_host" ] && [ -n "$entry" ] && [ -n "$health" ] && [ -n "$aot_run" ] || { echo "could not read ENV/ENTRYPOINT/HEALTHCHECK/the AOT cache RUN from $file" >&2; exit 1; }
PORT=$(free_port)
mkdir "$WORK/tmp" && chown 10001:0 "$WORK/tmp"
# The RUN line, its /tmp/ and /deployments/ moved into $WORK (in that order: $WORK is under /tmp).
aot_run=${aot_run//\/tmp\//$WORK/tmp/}
aot_run=${aot_run//\/deployments\//$WORK/deployments/}
(cd "$WORK/deployments" && env -i PATH="$JVM_BIN:/usr/bin:/bin" LANG=C.UTF-8 LORKIT_HTTP_PORT="$PORT" \
  LORKIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_DB_USER="$PGUSER" \
  setpriv --reuid=10001 --regid=0 --clear-groups /bin/sh -c "$aot_run") >"$WORK/aot.log" 2>&1 \
  || { cat "$WORK/aot.log" >&2; echo "the AOT cache step failed" >&2; exit 1; }
[ -s "$WORK/deployments/aot/app.aot" ] || { echo "the AOT cache step wrote no $WORK/deployments/aot/app.aot" >&2; exit 1; }
# exec all the way down, so that $PID is the JVM itself and cleanup stops it.
(cd "$WORK/deployments" && exec env -i PATH="$JVM_BIN:/usr/bin:/bin" LANG=C.UTF-8 LORKIT_HTTP_PORT="$PORT" LORKIT_DATA_DIR="$WORK/data" \
  LORKIT_HTTP_HOST="$http_host" JAVA_OPTS="$java_opts -Xlog:aot=info:file=$WORK/tmp/aot-use.log" LORKIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_DB_USER="$PGUSER" \
  setpriv --reuid=10001 --regid=0 --clear-groups /bin/sh -c "${entry//\/deployments\//$WORK/deployments/}" lorkit-api \
  >"$WORK/api.log" 2>&1) &
PID=$!
for i in $(seq 1 90); do
  if env LORKIT_HTTP_PORT="$PORT" bash -c "$health" 2>/dev/null; then
    [ -f "$WORK/data/keys/access-token-private.pem" ] || { echo "no keys were generated in the data folder" >&2; exit 1; }
    owner=$(stat -c %u "$WORK/data/keys/access-token-private.pem")
    [ "$owner" = 10001 ] || { echo "keys owned by $owner, not 10001" >&2; exit 1; }
    jvm_args=$(tr '\0' ' ' <"/proc/$PID/cmdline")
    case "$jvm_args" in *"@$WORK/deployments/jvm.options"*) ;; *) echo "the JVM was not given deploy/jvm.options: $jvm_args" >&2; exit 1 ;; esac
    collector=$(setpriv --reuid=10001 --regid=0 --clear-groups "$JVM_BIN/jcmd" "$PID" VM.flags 2>/dev/null | tr ' ' '\n' | grep -c '^-XX:+UseSerialGC$' || true)
    [ "$collector" = 1 ] || { echo "the JVM does not run with the options of deploy/jvm.options (no -XX:+UseSerialGC in its flags)" >&2; exit 1; }
    # JAVA_OPTS above adds a log of the cache to the image's (empty) JAVA_OPTS: opened, and no error processing it.
    if ! grep -q "Opened AOT cache $WORK/deployments/aot/app.aot" "$WORK/tmp/aot-use.log" || grep -q '\[error' "$WORK/tmp/aot-use.log"; then
      grep -E 'error|warning' "$WORK/tmp/aot-use.log" >&2 || true; echo "the JVM did not use the AOT cache" >&2; exit 1
    fi
    echo "entrypoint: the image's ENTRYPOINT runs the API as UID 10001 with deploy/jvm.options and its AOT cache, and its HEALTHCHECK passes after ${i} s"
    exit 0
  fi
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/api.log" >&2; echo "the API died" >&2; exit 1; }
  sleep 1
done
cat "$WORK/api.log" >&2; echo "HEALTHCHECK never passed" >&2; exit 1
