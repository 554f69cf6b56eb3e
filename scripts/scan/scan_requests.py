#!/usr/bin/env python3
"""Helper of scripts/security-scan.sh (standard library + PyYAML).

  scan_requests.py seed BASE STATE.json
      Registers the scan's accounts on a running API and creates one record of each kind (rotation,
      attending, story, letter request, feedback, program, share links; an admin with TOTP), so that
      every {id} of the contract has a real value. Writes the ids and tokens to STATE.json.
  scan_requests.py requests CONTRACT STATE.json OUTDIR
      One raw HTTP request file (sqlmap -r) per operation of the contract that takes a query parameter
      or a JSON body, with real ids, example values and the bearer token; OUTDIR/manifest.tsv lists them
      (file, method, path, group: scan | last | skipped, why).
  scan_requests.py summary MANIFEST RESULTS_DIR
      The per-operation table (injectable yes/no, HTTP codes sqlmap saw) from the sqlmap logs.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

PASSWORD = "scan-applicant-passphrase"
ADMIN_EMAIL = "scan-admin@example.org"
ADMIN_PASSWORD = "scan-admin-passphrase-2027"

# Operations that end the scan's own session or account, or change its credentials: sqlmap replays the
# original request many times, so the first would sign the scan out (or delete it) and every later one
# would answer 401 without reaching a query. Not scanned; listed as skipped in the summary.
SKIPPED = {
    ("POST", "/api/v1/auth/logout-everywhere"): "ends every session of the scan account",
    ("DELETE", "/api/v1/me"): "deletes the scan account",
    ("POST", "/api/v1/me/password"): "changes the password and ends the other sessions",
    ("POST", "/api/v1/me/totp"): "second-factor enrolment (5 per 15 min per account, fixed)",
    ("POST", "/api/v1/me/totp/confirm"): "second-factor enrolment (10 per 15 min per account, fixed)",
    ("POST", "/api/v1/me/totp/disable"): "turns the second factor off (5 per 15 min per account, fixed)",
}
# Run after all others: corrections (their If-Match is read just before), deletions (their first
# request deletes the record the others use), refresh and logout.
LAST = {("POST", "/api/v1/auth/refresh"), ("POST", "/api/v1/auth/logout")}


# ---------------------------------------------------------------- HTTP
def call(base, method, path, body=None, token=None, expect=(200, 201, 204)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            status, text = res.status, res.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if expect and status not in expect:
        raise SystemExit(f"{method} {path}: HTTP {status}: {text[:400]}")
    return json.loads(text) if text.strip().startswith(("{", "[")) else text


def totp(secret_b32, at=None):
    key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    step = int((at or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    off = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[off:off + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def session(base, email, password, display, register=True):
    if register:
        call(base, "POST", "/api/v1/auth/register",
             {"email": email, "password": password, "displayName": display}, expect=(200, 201, 202))
    return call(base, "POST", "/api/v1/auth/login", {"email": email, "password": password})


def seed(base, state_path):
    s = {"base": base}
    a = session(base, "scan-applicant@example.org", PASSWORD, "Scan Applicant")
    tok = a["accessToken"]
    s["applicant"] = {"email": "scan-applicant@example.org", "token": tok}
    # A second account for sqlmap on /auth/login (wrong passwords count against it, not the scan's).
    session(base, "scan-login@example.org", PASSWORD, "Scan Login")
    # A session whose refresh token, turned into one that names no session, is sent to refresh and logout.
    r = session(base, "scan-session@example.org", PASSWORD, "Scan Session")
    s["session"] = {"refreshToken": r["refreshToken"]}

    rot = call(base, "POST", "/api/v1/rotations", {
        "institution": "Mercy General Hospital", "location": "Chicago, IL", "specialty": "Internal Medicine",
        "kind": "OBSERVERSHIP", "startsOn": "2026-11-02", "endsOn": "2026-11-27"}, tok)
    att = call(base, "POST", "/api/v1/attendings", {
        "name": "Dr. Maria Okafor", "role": "CORE_FACULTY", "specialty": "Internal Medicine",
        "institution": "Mercy General Hospital", "email": "m.okafor@example.org"}, tok)
    story = call(base, "POST", "/api/v1/stories", {
        "title": "caught a low potassium before discharge", "rotationId": rot["id"],
        "witnessAttendingIds": [att["id"]]}, tok)
    letter = call(base, "POST", "/api/v1/letters", {"attendingId": att["id"]}, tok)
    fb = call(base, "POST", "/api/v1/feedback", {"attendingId": att["id"], "rotationId": rot["id"],
                                                 "wentWell": "organised presentations"}, tok)
    prog = call(base, "POST", "/api/v1/programs", {"name": "Lakeside Internal Medicine Residency",
                                                   "specialty": "Internal Medicine"}, tok)
    writer = call(base, "POST", "/api/v1/share-links", {"kind": "WRITER", "letterId": letter["id"],
                                                        "label": "for dr okafor"}, tok)
    adviser = call(base, "POST", "/api/v1/share-links", {"kind": "ADVISER", "label": "my adviser"}, tok)
    plan = call(base, "GET", "/api/v1/plan", token=tok)
    checkpoint = (plan.get("checkpoints") or [{"id": "submission-target"}])[0]["id"]
    s["ids"] = {"rotation": rot["id"], "attending": att["id"], "story": story["id"], "letter": letter["id"],
                "feedback": fb["id"], "program": prog["id"], "checkpoint": checkpoint,
                "shareLink": writer["id"], "writerToken": writer["url"].rstrip("/").rsplit("/", 1)[-1],
                "writerUrl": writer["url"], "adviserUrl": adviser["url"]}

    # The admin (bootstrapped from LORKIT_ADMIN_EMAIL) needs the second factor for admin screens.
    ad = call(base, "POST", "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    enrol = call(base, "POST", "/api/v1/me/totp", {"password": ADMIN_PASSWORD}, ad["accessToken"])
    call(base, "POST", "/api/v1/me/totp/confirm", {"code": totp(enrol["secret"])}, ad["accessToken"])
    time.sleep(max(0.0, 30 - time.time() % 30) + 1)  # a fresh step: a used code is not taken twice
    ad = call(base, "POST", "/api/v1/auth/login",
              {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD, "totpCode": totp(enrol["secret"])})
    s["admin"] = {"token": ad["accessToken"]}
    seasons = call(base, "GET", "/api/v1/seasons", token=tok)
    items = seasons.get("items", []) if isinstance(seasons, dict) else seasons
    s["ids"]["season"] = items[0]["id"]
    s["season"] = items[0]
    # import restores into an empty account only: one of its own.
    imp = session(base, "scan-import@example.org", PASSWORD, "Scan Import")
    s["import"] = {"token": imp["accessToken"]}
    users = call(base, "GET", "/api/v1/admin/users", token=ad["accessToken"])
    s["ids"]["user"] = users["items"][0]["id"]
    with open(state_path, "w") as f:
        json.dump(s, f, indent=1)
    print(f"seeded: {', '.join(f'{k}={v}' for k, v in s['ids'].items() if 'Url' not in k)}")


# ---------------------------------------------------------------- request files
def load_contract(path):
    import yaml  # PyYAML (python3-yaml)
    with open(path) as f:
        return yaml.safe_load(f)


class Values:
    def __init__(self, contract, state):
        self.schemas = contract["components"]["schemas"]
        self.ids = state["ids"]

    def resolve(self, s):
        while isinstance(s, dict) and "$ref" in s:
            extra = {k: v for k, v in s.items() if k != "$ref"}
            s = {**self.schemas[s["$ref"].split("/")[-1]], **extra}
        for key in ("anyOf", "oneOf"):
            if isinstance(s, dict) and key in s:
                options = [o for o in s[key] if o.get("type") != "null"]
                merged = {k: v for k, v in s.items() if k != key}
                return self.resolve({**merged, **(options[0] if options else {})})
        if isinstance(s, dict) and "allOf" in s:
            merged = {k: v for k, v in s.items() if k != "allOf"}
            for part in s["allOf"]:
                merged.update(self.resolve(part))
            return merged
        return s

    def id_for(self, name):
        n = name.lower()
        for key, field in (("rotation", "rotation"), ("attending", "attending"), ("witness", "attending"),
                           ("letter", "letter"), ("story", "story"), ("feedback", "feedback"),
                           ("program", "program"), ("season", "season")):
            if key in n:
                return self.ids[field]
        return self.ids["story"]

    def scalar(self, name, s):
        s = self.resolve(s)
        types = s.get("type")
        t = [x for x in types if x != "null"][0] if isinstance(types, list) else types
        examples = s.get("examples") or ([s["example"]] if "example" in s else [])
        n = name.lower()
        if "enum" in s:
            return s["enum"][0]
        if t in ("integer", "number"):
            if examples and isinstance(examples[0], (int, float)):
                return examples[0]
            return s.get("minimum", 1)
        if t == "boolean":
            return bool(examples[0]) if examples else True
        if s.get("format") == "uuid" or (t == "string" and name.endswith("Id") and n != "erasletterid"):
            return self.id_for(name)
        if s.get("format") == "date":
            # Days ahead for deadlines and expiries; days that happened in the past (not in the future).
            ahead = any(w in n for w in ("expires", "deadline", "target", "opens", "review", "match", "carry"))
            return "2027-02-15" if ahead else "2026-11-16"
        if s.get("format") == "date-time":
            return "2026-11-16T14:30:00Z"
        if n in ("digestat", "quietfrom", "quietuntil"):
            return "07:30"
        if n == "timezone":
            return "America/Chicago"
        if "email" in n:
            return "dr.okafor@example.org"
        if "password" in n:
            return PASSWORD
        if n == "shareurl":
            return self.ids["writerUrl"]
        if examples and isinstance(examples[0], str):
            return examples[0]
        return "scan text"

    def body(self, s, name="", depth=0):
        s = self.resolve(s)
        types = s.get("type")
        t = [x for x in types if x != "null"][0] if isinstance(types, list) else types
        if t == "object" or "properties" in s:
            out = {}
            required = set(s.get("required", []))
            for key, prop in s.get("properties", {}).items():
                p = self.resolve(prop)
                if p.get("readOnly"):
                    continue
                ptypes = p.get("type")
                pt = [x for x in ptypes if x != "null"][0] if isinstance(ptypes, list) else ptypes
                if key not in required and depth >= 2:
                    continue
                if pt == "array":
                    item = self.resolve(p.get("items", {}))
                    scalar_items = "properties" not in item and item.get("type") != "object"
                    if key in required or scalar_items or depth == 0:
                        out[key] = [self.body(item, key.rstrip("s"), depth + 1)]
                elif pt == "object" or "properties" in p:
                    if key in required or depth < 2:
                        out[key] = self.body(p, key, depth + 1)
                elif "additionalProperties" in p:
                    continue
                else:
                    out[key] = self.scalar(key, p)
            return out
        if t == "array":
            return [self.body(s.get("items", {}), name, depth + 1)]
        return self.scalar(name, s)


def operations(contract):
    for path, item in contract["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            params = [p for p in op.get("parameters", []) + item.get("parameters", [])]
            query = [p for p in params if p.get("in") == "query"]
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
            yield method.upper(), path, op, query, body


def etag_of(state, path):
    req = urllib.request.Request(state["base"] + path, headers={"Authorization": "Bearer " + state["applicant"]["token"]})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.headers.get("ETag", '"0"')
    except urllib.error.HTTPError:
        return '"0"'


def query_schema(p):
    return {**p.get("schema", {}), **({"example": p["example"]} if "example" in p else {})}


def text(value):
    return json.dumps(value) if isinstance(value, bool) else str(value)


def fill_path(path, ids):
    table = {"/admin/seasons/": ids["season"], "/admin/users/": ids["user"], "/attendings/": ids["attending"],
             "/letters/": ids["letter"], "/stories/": ids["story"], "/feedback/": ids["feedback"],
             "/programs/": ids["program"], "/rotations/": ids["rotation"], "/share-links/": ids["shareLink"],
             "/shared/": ids["writerToken"], "/plan/": ids["checkpoint"], "/seasons/": ids["season"]}
    def one(m):
        prefix = path[:m.start()]
        for key, value in table.items():
            if prefix.endswith(key):
                return quote(str(value), safe="")
        raise SystemExit(f"no id for {m.group(0)} in {path}")
    return re.sub(r"\{[^}]+\}", one, path)


def write_requests(contract_path, state_path, outdir):
    contract = load_contract(contract_path)
    with open(state_path) as f:
        state = json.load(f)
    values = Values(contract, state)
    host = urlsplit(state["base"]).netloc
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for n, (method, path, op, query, body) in enumerate(operations(contract), 1):
        if not query and not body:
            continue
        key = (method, path)
        name = f"{n:03d}-{op.get('operationId', method.lower())}"
        group = "skipped" if key in SKIPPED else ("last" if key in LAST or method == "DELETE" or path.endswith("/corrections") else "scan")
        why = SKIPPED.get(key, "")
        target = fill_path(path, state["ids"])
        if query:
            target += "?" + "&".join(f"{p['name']}={quote(text(values.scalar(p['name'], query_schema(p))), safe=',')}"
                                     for p in query)
        headers = [f"Host: {host}", "Accept: application/json", "User-Agent: lorkit-security-scan"]
        if op.get("security"):
            token = state["admin"]["token"] if path.startswith("/api/v1/admin/") else state["applicant"]["token"]
            if path == "/api/v1/import":
                token = state["import"]["token"]
            headers.append(f"Authorization: Bearer {token}")
        if path.endswith("/corrections"):
            # A correction needs the letter's current ETag (read now: the files of the last group are
            # written again just before it runs).
            etag = etag_of(state, fill_path(path.rsplit("/", 1)[0], state["ids"]))
            headers.append(f"If-Match: {etag}")
        payload = ""
        if body:
            doc = values.body(body["schema"])
            if path == "/api/v1/auth/login":
                doc = {"email": "scan-login@example.org", "password": PASSWORD}
            elif path == "/api/v1/auth/register":
                doc = {"email": "scan-new@example.org", "password": PASSWORD, "displayName": "Scan New"}
            elif path in ("/api/v1/auth/refresh", "/api/v1/auth/logout"):
                # A token that names no session: a valid one is used up by sqlmap's first request, and
                # the answers then change (200, then 401) so that sqlmap gives the parameter up.
                doc = {"refreshToken": "scan-" + state["session"]["refreshToken"][::-1]}
            elif path == "/api/v1/admin/seasons/{id}":
                doc = {k: state["season"][k] for k in doc if k in state["season"]}
            elif path.startswith("/api/v1/attendings"):
                doc["rotations"] = [{"rotationId": state["ids"]["rotation"], "from": "2026-11-02", "to": "2026-11-27"}]
            elif path.startswith("/api/v1/feedback"):
                doc.update(kind="SUMMATIVE", receivedOn="2026-11-20", checkedBackOn="2026-11-25")
                doc.pop("formFields", None)
            elif path.startswith("/api/v1/stories"):
                doc.update(occurredOn="2026-11-12")
                doc.pop("formFields", None)
            elif path in ("/api/v1/letters", "/api/v1/letters/{id}"):
                doc.pop("forSpecialty", None)
                if method == "POST":  # one request per attending, type and specialty: the seeded one has the default
                    doc.update(letterType="RESEARCH", standardized=True)
            elif path == "/api/v1/import":
                # Without the records that point at each other (their ids must name records of the document).
                doc = {k: doc[k] for k in ("formatVersion", "exportedAt", "account", "profile", "programs") if k in doc}
                for program in doc.get("programs", []):
                    program.pop("letterIds", None)
            elif path == "/api/v1/letters/{id}/transitions":
                doc["to"] = "ASKED"
            elif path == "/api/v1/share-links":
                # A new writer link for a letter ends the one before: the seeded link must stay for /shared.
                doc.update(kind="ADVISER")
                doc.pop("letterId", None)
            elif path == "/api/v1/me/notifications":
                doc.update(quietFrom="22:00", quietUntil="07:00")
            elif path == "/api/v1/phi/check":
                doc = {"text": "pt in bed 4 was hypokalemic, I flagged it to the senior"}
            payload = json.dumps(doc)
            headers.append("Content-Type: application/json")
            headers.append(f"Content-Length: {len(payload.encode())}")
        elif method == "DELETE":
            # sqlmap sends a form content type on a DELETE without one; the API answers that 415.
            headers.append("Content-Type: application/json")
        with open(os.path.join(outdir, name + ".req"), "w") as f:
            f.write(f"{method} {target} HTTP/1.1\r\n" + "\r\n".join(headers) + "\r\n\r\n" + payload)
        rows.append((name, method, path, group, why))
    # The last group: corrections (fresh ETag), then deletions (letter, attending, rotation), then the session.
    order = ["/corrections", "/letters/{id}", "/attendings/{id}", "/rotations/{id}", "/refresh", "/logout"]
    rows.sort(key=lambda r: (r[3] != "scan", next((i for i, o in enumerate(order) if r[2].endswith(o)), 0)
                             if r[3] == "last" else 0))
    with open(os.path.join(outdir, "manifest.tsv"), "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} request files in {outdir} "
          f"({sum(r[3] != 'skipped' for r in rows)} to scan, {sum(r[3] == 'skipped' for r in rows)} skipped)")


# ---------------------------------------------------------------- summary
def summary(manifest, results):
    out, hits = [], 0
    for line in open(manifest):
        name, method, path, group, why = line.rstrip("\n").split("\t")
        log = os.path.join(results, name + ".log")
        if group == "skipped":
            out.append(f"| {method} {path} | skipped: {why} | | |")
            continue
        text = open(log, errors="replace").read() if os.path.exists(log) else ""
        params = sorted(set(re.findall(r"testing (?:if|for SQL injection on) (?:\(custom\) )?\w+ parameter '([^']+)'", text)))
        injectable = bool(re.search(r"is vulnerable|sqlmap identified the following injection point", text))
        clean = "do not appear to be injectable" in text or ("parameter" in text and not injectable and params)
        codes = re.search(r"HTTP error codes detected during run:\s*\n?(.*)", text)
        verdict = "YES" if injectable else ("no" if clean else "not completed")
        hits += injectable
        out.append(f"| {method} {path} | {verdict} | {len(params)} | {codes.group(1).strip() if codes else ''} |")
    print("| Operation | Injectable | Parameters tested | HTTP errors sqlmap saw |")
    print("|---|---|---|---|")
    print("\n".join(out))
    return hits


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "seed":
        seed(sys.argv[2], sys.argv[3])
    elif cmd == "requests":
        write_requests(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "summary":
        sys.exit(1 if summary(sys.argv[2], sys.argv[3]) else 0)
    else:
        raise SystemExit(__doc__)
