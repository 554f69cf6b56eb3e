#!/usr/bin/env bash
# Builds the API image with Jib, without a Docker engine, into a tarball:
#   scripts/jib/build-image.sh [OUTPUT.tar]         (default backend/target/lorkit-api-image.tar)
# LORKIT_BASE_IMAGE   base image: a registry reference (default below, needs the registry) or
#                     tar:///abs/path/base.tar (a `docker save` tarball)
# LORKIT_IMAGE        name:tag recorded in the tarball (default lorkit-api:0.1.0)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(realpath -m "${1:-backend/target/lorkit-api-image.tar}")
mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
# The JVM of deploy/api.Containerfile's runtime stage. Jib runs no build step, so its image has no AOT cache
# (deploy/aot-cache.sh) and starts the slower way: the Containerfile image is the one to deploy where start-up counts.
BASE="${LORKIT_BASE_IMAGE:-eclipse-temurin:25.0.3_9-jre-noble}"
export JIB_TARBALL="$OUT"
# The JVM options of deploy/jvm.options (comments and blank lines left out), as Jib's comma-separated list.
JVM_ARGS=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' deploy/jvm.options | paste -sd, -)
[ -n "$JVM_ARGS" ] || { echo "deploy/jvm.options holds no options" >&2; exit 1; }
(cd backend && mvn -B -ntp -q package -DskipTests -Pimage \
  -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.image="${LORKIT_IMAGE:-lorkit-api:0.1.0}" \
  -Dquarkus.jib.base-jvm-image="$BASE" \
  -Dquarkus.jib.docker-executable-name="$PWD/../scripts/jib/docker" \
  -Dquarkus.jib.user=10001 \
  -Dquarkus.jib.working-directory=/deployments \
  -Dquarkus.jib.ports=8080 \
  -Dquarkus.jib.jvm-arguments="$JVM_ARGS",-Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dquarkus.jib.environment-variables.LORKIT_HTTP_PORT=8080 \
  -Dquarkus.jib.environment-variables.LORKIT_HTTP_HOST=0.0.0.0 \
  -Dquarkus.jib.environment-variables.LORKIT_DATA_DIR=/tmp/lorkit \
  -Dquarkus.jib.environment-variables.MALLOC_ARENA_MAX=2 \
  -Dquarkus.jib.use-current-timestamp=false)
[ -s "$OUT" ] || { echo "Jib produced no tarball" >&2; exit 1; }
echo "Image tarball: $OUT ($(du -h "$OUT" | cut -f1)); load it with: docker load -i $OUT"
