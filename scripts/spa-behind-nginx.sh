#!/usr/bin/env bash
# The real app behind the production web server: serves the built SPA (frontend/dist, built by
# `make e2e`) with deploy/nginx/ (CSP, caching, SPA fallback, /api/ proxy) in front of the packaged
# API on a throw-away database of the machine's PostgreSQL, and runs the SPA's own browser tests
# against it (LORKIT_E2E_BASE_URL; one phone size). Catches a CSP or cache rule that breaks the app.
#   FRONTEND=path/to/frontend (default ./frontend)  E2E_PROJECT=iphone
set -euo pipefail
cd "$(dirname "$0")/.."
FRONTEND=$(realpath "${FRONTEND:-frontend}")
[ -f "$FRONTEND/dist/index.html" ] || { echo "$FRONTEND/dist is missing: run 'make e2e' (or npm run build) first" >&2; exit 1; }
WORK=$(mktemp -d)
source scripts/lib/ops.sh
DEPLOY_DIR=$PWD/deploy
source deploy/tools/nginx-harness.sh
DB="lorkit_spa_$(date +%s)_$$"
NGINX_PID=""
cleanup() {
  stop_all_apis
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"
API_PORT=$(free_port); WEB_PORT=$(free_port)
start_api api "$API_PORT" "jdbc:postgresql://127.0.0.1:5432/$DB" LORKIT_TRUSTED_PROXIES=127.0.0.1/32
wait_ready api "$API_PORT"
chmod a+rx "$WORK"   # nginx workers may run as nobody
cp -r "$FRONTEND/dist" "$WORK/html"
start_nginx "$WORK/nginx" "$WORK/html" "http://127.0.0.1:$API_PORT" "$WEB_PORT"
echo "SPA behind nginx: http://127.0.0.1:$WEB_PORT -> API :$API_PORT"
(cd "$FRONTEND" && LORKIT_E2E_BASE_URL="http://127.0.0.1:$WEB_PORT" \
  npx playwright test --project="${E2E_PROJECT:-iphone}" --output="$WORK/playwright")
