"""A small load client for scripts/faults.sh: WORKERS threads send requests to the API for SECONDS and log
every answer (one JSON line: time, worker, kind, status, media type, milliseconds, id of a created story).

  python3 load_client.py BASE_URL TOKEN LOG WORKERS SECONDS MIX
    MIX: "create" (story creates only) or "mixed" (creates and story list reads, alternating)

With LOAD_STOP_FILE set, SECONDS is only a cap: the workers stop as soon as that file exists, so a run can
last "until N seconds after the database is back" however slowly a busy machine gets there.

Every create carries its own Idempotency-Key, so the log can be compared with the table afterwards: a 2xx
whose id is not stored is a lost write. Requests time out after 30 s (a hung thread shows as status 0).
"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
import uuid

base, token, log_path, workers, seconds, mix = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
url = urllib.parse.urlparse(base)
lock = threading.Lock()
log = open(log_path, "w")
deadline = time.time() + seconds
stop_file = os.environ.get("LOAD_STOP_FILE")


def running():
    return time.time() < deadline and not (stop_file and os.path.exists(stop_file))


def worker(n):
    conn = None
    i = 0
    while running():
        i += 1
        create = mix == "create" or i % 2 == 0
        headers = {"Authorization": "Bearer " + token}
        if create:
            key = f"faults-{n}-{i}-{uuid.uuid4()}"
            headers.update({"Content-Type": "application/json", "Idempotency-Key": key})
            body = json.dumps({"title": f"Fault run story {n}-{i}", "summary": "Presented a patient in their seventies at morning report."})
            method, path = "POST", "/api/v1/stories"
        else:
            body, method, path = None, "GET", "/api/v1/stories?page=0&size=20"
        started = time.time()
        status, media, story_id = 0, "", None
        try:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            conn.request(method, path, body=body, headers=headers)
            answer = conn.getresponse()
            raw = answer.read()
            status, media = answer.status, answer.getheader("Content-Type", "")
            if create and 200 <= status < 300:
                story_id = json.loads(raw)["id"]
        except Exception as e:  # refused, reset, timeout: no HTTP answer at all
            media = type(e).__name__
            if conn is not None:
                conn.close()
            conn = None
        ms = (time.time() - started) * 1000
        with lock:
            log.write(json.dumps({"t": round(started, 3), "worker": n, "kind": "create" if create else "read", "status": status,
                                  "media": media, "ms": round(ms, 1), "id": story_id}) + "\n")
        if status == 0 or status == 503:
            time.sleep(0.05)  # like a client backing off a little; keeps a refused socket from spinning


threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.close()
