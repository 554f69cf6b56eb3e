#!/usr/bin/env bash
# The JVM's AOT cache of the API (JDK 25, JEP 483/514): a training run that starts the packaged aot-jar, waits until
# it answers ready, and stops it; the JVM writes at exit the classes it loaded and linked, which the next start
# maps instead of reading, verifying and linking them again (start-up 5.3-7.4 s -> 2.3-2.5 s, docs/BENCHMARKS.md).
# Used by deploy/api.Containerfile (at image build, with the image's own JVM: a cache works only with the JVM
# that wrote it and the same jars at the same paths) and by `make bench` (bench/run.sh) and the entrypoint check.
#
#   deploy/aot-cache.sh JAR OUT [JVM options...]
#   JAVA=/path/to/java           the JVM (default: java on the PATH); it must be the one that will run the cache
#   LORKIT_HTTP_PORT             the port of the training run (default 8080)
#   LORKIT_DB_URL, _USER, ...    as for the API; unset: the API starts its embedded PostgreSQL in LORKIT_DATA_DIR
#
# Only the start is trained, no requests: a cache trained under load (with method profiles) started slower
# (3.1 vs 2.4 s) and did not reach its steady cost sooner (docs/BENCHMARKS.md, eleventh session).
set -euo pipefail
JAR=$1 OUT=$2
shift 2
PORT=${LORKIT_HTTP_PORT:-8080}
rm -f "$OUT"
LORKIT_HTTP_PORT=$PORT "${JAVA:-java}" "$@" -XX:AOTCacheOutput="$OUT" -jar "$JAR" &
pid=$!
ready() {
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && head -n1 <&3 | grep -q ' 200 '
}
for _ in $(seq 1 900); do
  if (ready) 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" || true
    [ -s "$OUT" ] || { echo "aot-cache: the JVM wrote no cache at $OUT" >&2; exit 1; }
    echo "aot-cache: $OUT written ($(du -h "$OUT" | cut -f1))"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "aot-cache: the training run stopped before it was ready" >&2; exit 1; }
  sleep 0.2
done
kill -TERM "$pid" 2>/dev/null || true
echo "aot-cache: the training run was not ready after 180 s" >&2
exit 1
