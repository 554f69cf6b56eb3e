#!/usr/bin/env bash
# Runs the SPA image's nginx configuration (deploy/nginx/) with the machine's nginx, without a
# container engine: fills the template the way the image's envsubst step does, checks it with
# `nginx -t`, serves a small fake build on a free loopback port with a stub API behind /api/,
# and checks routing, caching, the SPA fallback, gzip and the security headers over HTTP.
# Only the listen address, the web root and the snippet path differ from the image (test harness).
set -euo pipefail
cd "$(dirname "$0")/.."

T=$(mktemp -d)
NGINX_PID="" STUB_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$T"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
UP=$(free_port)

# A stub API: answers every request with what it received (path and the headers that matter).
cat >"$T/stub.py" <<'PY'
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"path": self.path, "origin": self.headers.get("Origin"),
                           "proto": self.headers.get("X-Forwarded-Proto"), "host": self.headers.get("Host")}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        # As the API behind a trusted proxy that says https would (nginx must decide these itself).
        self.send_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        self.send_header("X-XSS-Protection", "0")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    do_POST = do_GET
    def log_message(self, *a): pass
HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$T/stub.py" "$UP" & STUB_PID=$!

# A fake build: index, a hashed asset (big enough to be gzipped), the service worker, the manifest.
mkdir -p "$T/html/assets"
echo '<!doctype html><title>LORkit</title><script type="module" src="/assets/index-abc123.js"></script>' >"$T/html/index.html"
python3 -c 'print("export const x = [" + ",".join(str(i) for i in range(2000)) + "];")' >"$T/html/assets/index-abc123.js"
echo 'self.addEventListener("fetch", () => {});' >"$T/html/sw.js"
echo '{"name":"LORkit"}' >"$T/html/manifest.webmanifest"

DEPLOY_DIR=$PWD
source tools/nginx-harness.sh
start_nginx "$T" "$T/html" "http://127.0.0.1:$UP" "$PORT"

BASE="http://127.0.0.1:$PORT"

fails=0 passes=0
check() { # check NAME CONDITION-RESULT
  if [ "$2" = ok ]; then passes=$((passes + 1)); else echo "  ✗ $1" >&2; fails=$((fails + 1)); fi
}
headers() { curl -sS -o /dev/null -D - "$@" | tr -d '\r'; }
has() { grep -qi -- "$2" <<<"$1" && echo ok || echo no; }
hasnt() { grep -qi -- "$2" <<<"$1" && echo no || echo ok; }

h=$(headers "$BASE/")
check "/ answers 200" "$(has "$h" '^HTTP/1.1 200')"
check "index.html is not cached" "$(has "$h" '^Cache-Control: no-cache')"
check "CSP allows self only" "$(has "$h" "^Content-Security-Policy: default-src 'self'; script-src 'self'")"
check "CSP forbids framing" "$(has "$h" "frame-ancestors 'none'")"
check "CSP: API calls to self only" "$(has "$h" "connect-src 'self'")"
check "nosniff" "$(has "$h" '^X-Content-Type-Options: nosniff')"
check "X-Frame-Options DENY" "$(has "$h" '^X-Frame-Options: DENY')"
check "Referrer-Policy" "$(has "$h" '^Referrer-Policy: no-referrer')"
check "Permissions-Policy" "$(has "$h" '^Permissions-Policy: camera=()')"
check "no HSTS over plain http" "$(hasnt "$h" '^Strict-Transport-Security')"
check "X-XSS-Protection: 0 (OWASP: filter off, the CSP defends)" "$(has "$h" '^X-XSS-Protection: 0$')"
check "no nginx version" "$(hasnt "$h" '^Server: nginx/')"
h=$(headers -H 'X-Forwarded-Proto: https' "$BASE/")
check "HSTS behind TLS" "$(has "$h" '^Strict-Transport-Security: max-age=31536000; includeSubDomains')"

h=$(headers "$BASE/letters/123/board")
check "client-side route falls back to index.html" "$(has "$h" '^HTTP/1.1 200')"
check "the fallback is not cached" "$(has "$h" '^Cache-Control: no-cache')"
body=$(curl -sS "$BASE/letters/123/board")
check "the fallback is the SPA" "$(has "$body" '<title>LORkit</title>')"

h=$(headers -H 'Accept-Encoding: gzip' "$BASE/assets/index-abc123.js")
check "hashed assets are immutable for a year" "$(has "$h" '^Cache-Control: public, max-age=31536000, immutable')"
check "assets are gzipped" "$(has "$h" '^Content-Encoding: gzip')"
check "assets keep the security headers" "$(has "$h" '^X-Content-Type-Options: nosniff')"
check "a missing asset is a 404, not the SPA" "$(has "$(headers "$BASE/assets/index-gone999.js")" '^HTTP/1.1 404')"
for f in sw.js manifest.webmanifest; do
  check "$f is not cached" "$(has "$(headers "$BASE/$f")" '^Cache-Control: no-cache')"
done

h=$(headers -H 'Origin: https://evil.example' "$BASE/api/v1/stories?page=0")
check "/api/ answers through the proxy" "$(has "$h" '^HTTP/1.1 200')"
check "API answers are not cached" "$(has "$h" '^Cache-Control: no-store')"
check "API answers carry nosniff" "$(has "$h" '^X-Content-Type-Options: nosniff')"
check "API answers: no HSTS over plain http, even if the API sends it" "$(hasnt "$h" '^Strict-Transport-Security')"
check "API answers: X-XSS-Protection once" "$([ "$(grep -ci '^X-XSS-Protection: 0$' <<<"$h")" = 1 ] && echo ok || echo no)"
h=$(headers -H 'X-Forwarded-Proto: https' "$BASE/api/v1/stories?page=0")
check "API answers: HSTS once behind TLS" "$([ "$(grep -ci '^Strict-Transport-Security: max-age' <<<"$h")" = 1 ] && echo ok || echo no)"
body=$(curl -sS -H 'Origin: https://evil.example' -H 'X-Forwarded-Proto: https' "$BASE/api/v1/stories?page=0")
check "the API gets the full path" "$(has "$body" '"path": "/api/v1/stories?page=0"')"
check "the browser's Origin is not forwarded" "$(has "$body" '"origin": null')"
check "the outer scheme is forwarded" "$(has "$body" '"proto": "https"')"
check "/healthz answers ok" "$(has "$(curl -sS "$BASE/healthz")" '^ok$')"

if [ "$fails" -gt 0 ]; then
  echo "nginx: $fails of $((fails + passes)) checks failed" >&2
  exit 1
fi
echo "nginx: deploy/nginx passes nginx -t and $passes HTTP checks (routing, caching, SPA fallback, gzip, headers, /api proxy)"
