#!/usr/bin/env bash
# Median latency (warm) of GET /api/v1/today, /plan and /portfolio for one applicant with
# 6 rotations, 15 attendings and 500 stories, against the packaged jar on its own embedded
# PostgreSQL in a temporary data directory. Goal: each median under 50 ms.
#
#   bench/coach-bench.sh            # builds the jar if missing
#   ROUNDS=200 bench/coach-bench.sh # more samples
#
# Not part of `mvn test`. Needs java 17+, python3 and a free local port.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=backend/target/quarkus-app/quarkus-run.jar
if [[ ! -f "$JAR" ]]; then
  (cd backend && mvn -q -B package -DskipTests)
fi
DATA=$(mktemp -d -t lorkit-bench-XXXXXX)
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
LOG="$DATA/server.log"
LORKIT_DATA_DIR="$DATA" LORKIT_HTTP_PORT="$PORT" java -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "server exited:"; cat "$LOG"; exit 1; fi
  sleep 0.5
done

BASE="http://127.0.0.1:$PORT" ROUNDS="${ROUNDS:-100}" python3 - <<'PY'
import datetime as dt, json, os, statistics, time, urllib.request, uuid

BASE, ROUNDS = os.environ["BASE"], int(os.environ["ROUNDS"])
token = None

def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        raw = r.read()
        return json.loads(raw) if raw and r.headers.get("Content-Type", "").startswith("application/json") else None

email = f"bench-{uuid.uuid4()}@example.org"
call("POST", "/api/v1/auth/register", {"email": email, "password": "bench-passphrase-long", "displayName": "Bench Applicant"})
token = call("POST", "/api/v1/auth/login", {"email": email, "password": "bench-passphrase-long"})["accessToken"]
today = dt.date.today()
day = lambda n: (today + dt.timedelta(days=n)).isoformat()
call("PUT", "/api/v1/profile", {"targetSpecialty": "Internal Medicine", "season": today.year,
     "submissionTargetOn": day(60), "erasOpensOn": day(-30), "strengths": ["CLINICAL_REASONING", "COMMUNICATION"]})

start = time.time()
rotations = [call("POST", "/api/v1/rotations", {"institution": f"Hospital {i}", "specialty": "Internal Medicine",
             "kind": "EXTERNSHIP", "startsOn": day(-200 + i * 30), "endsOn": day(-200 + i * 30 + 27)})["id"] for i in range(6)]
attendings = []
for i in range(15):
    a = call("POST", "/api/v1/attendings", {"name": f"Writer {i}", "role": "CORE_FACULTY", "specialty": "Internal Medicine",
             "email": f"w{i}@example.org", "hasSeenMePresent": True, "rotations": [{"rotationId": rotations[i % 6]}]})["id"]
    attendings.append(a)
    call("POST", "/api/v1/feedback", {"attendingId": a, "rotationId": rotations[i % 6], "kind": "SUMMATIVE",
         "enthusiasm": "POSITIVE", "receivedOn": day(-200 + (i % 6) * 30 + 20)})
for i, a in enumerate(attendings[:6]):
    letter = call("POST", "/api/v1/letters", {"attendingId": a, "erasLetterId": f"L-{i}"})["id"]
    for to in ["ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS"][: 1 + i % 4]:
        call("POST", f"/api/v1/letters/{letter}/transitions", {"to": to})
for i in range(500):
    r = i % 6
    call("POST", "/api/v1/stories", {"title": f"Story {i}", "summary": "A de-identified case summary. " * 5,
         "rotationId": rotations[r], "witnessAttendingIds": [attendings[(i % 15)]],
         "occurredOn": day(-200 + r * 30 + (i % 27)), "kind": "TEACHING" if i % 50 == 0 else "CASE"})
print(f"seeded 6 rotations, 15 attendings, 6 letters, 500 stories in {time.time() - start:.1f} s")

paths = ["/api/v1/today", "/api/v1/plan", "/api/v1/portfolio"]
for _ in range(100):  # warm the JIT and the pools on all three before measuring any
    for path in paths:
        call("GET", path)
for path in paths:
    samples = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        call("GET", path)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    p90 = samples[int(len(samples) * 0.9) - 1]
    median = statistics.median(samples)
    print(f"GET {path:20s} median {median:6.1f} ms   p90 {p90:6.1f} ms   ({ROUNDS} warm requests){'' if median < 50 else '   ABOVE 50 ms GOAL'}")
PY
