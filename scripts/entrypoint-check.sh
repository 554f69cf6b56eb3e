#!/usr/bin/env bash
# The runtime stage of deploy/api.Containerfile, acted out without a container engine: the packaged
# fast-jar copied as the image lays it out, started with the image's ENTRYPOINT and ENV (JAVA_OPTS
# expanded by sh) as UID 10001 / GID 0 with an empty environment, a data folder owned like /data,
# the machine's PostgreSQL; then the image's HEALTHCHECK command, word for word, must pass.
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
  && chmod -R a+rX "$WORK/deployments"
mkdir "$WORK/data" && chown 10001:0 "$WORK/data" && chmod 0770 "$WORK/data"
file=deploy/api.Containerfile
grep -q '^ *JAVA_OPTS="' "$file" || { echo "no JAVA_OPTS in the ENV of $file" >&2; exit 1; }
java_opts=$(sed -n 's/^ *JAVA_OPTS="\(.*\)"$/\1/p' "$file")
http_host=$(sed -n 's/^ *LORKIT_HTTP_HOST=\([^ ]*\) *\\$/\1/p' "$file")
entry=$(sed -n 's/^ENTRYPOINT \["\/bin\/sh", "-c", "\(.*\)", "lorkit-api"\]$/\1/p' "$file" | sed 's/\\"/"/g')
health=$(sed -n 's/^ *CMD \["bash", "-c", "\(.*\)"\]$/\1/p' "$file" | sed 's/\\\\/\\/g')
[ -n "$http_host" ] && [ -n "$entry" ] && [ -n "$health" ] || { echo "could not read ENV/ENTRYPOINT/HEALTHCHECK from $file" >&2; exit 1; }
PORT=$(free_port)
# exec all the way down, so that $PID is the JVM itself and cleanup stops it.
(cd "$WORK/deployments" && exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 LORKIT_HTTP_PORT="$PORT" LORKIT_DATA_DIR="$WORK/data" \
  LORKIT_HTTP_HOST="$http_host" JAVA_OPTS="$java_opts" LORKIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_DB_USER="$PGUSER" \
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
    collector=$(setpriv --reuid=10001 --regid=0 --clear-groups jcmd "$PID" VM.flags 2>/dev/null | tr ' ' '\n' | grep -c '^-XX:+UseSerialGC$' || true)
    [ "$collector" = 1 ] || { echo "the JVM does not run with the options of deploy/jvm.options (no -XX:+UseSerialGC in its flags)" >&2; exit 1; }
    echo "entrypoint: the image's ENTRYPOINT runs the API as UID 10001 with deploy/jvm.options and its HEALTHCHECK passes after ${i} s"
    exit 0
  fi
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/api.log" >&2; echo "the API died" >&2; exit 1; }
  sleep 1
done
cat "$WORK/api.log" >&2; echo "HEALTHCHECK never passed" >&2; exit 1
