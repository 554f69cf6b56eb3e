#!/usr/bin/env bash
# Builds the API image with Jib into a tarball, without a Docker engine and without a registry (the
# base is a stub made by scripts/jib/stub-base-image.py: the result shows Jib's layers and settings
# but has no Java and cannot run), then inspects it: the fast-jar in separate layers, a numeric
# non-root user, the entrypoint, the port, and no keys or local data inside.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/jib/stub-base-image.py "$WORK/base.tar"
LORKIT_BASE_IMAGE="tar://$WORK/base.tar" bash scripts/jib/build-image.sh "$WORK/lorkit-api.tar" >/dev/null
python3 - "$WORK/lorkit-api.tar" deploy/jvm.options <<'PY'
import io, json, re, sys, tarfile
image = tarfile.open(sys.argv[1])
manifest = json.load(image.extractfile("manifest.json"))[0]
config = json.load(image.extractfile(manifest["Config"]))
c = config["config"]
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)
need(manifest["RepoTags"] == ["lorkit-api:0.1.0"], f"tag is {manifest['RepoTags']}")
need(c.get("User", "").isdigit() and c["User"] != "0", f"user must be a numeric non-root UID, is {c.get('User')!r}")
entry = c.get("Entrypoint") or []
need(entry[:1] == ["java"] and "-jar" in entry and entry[-1].endswith("quarkus-run.jar"), f"entrypoint {entry}")
# The JVM options are those of deploy/jvm.options, in order (the heap follows the memory limit).
options = [re.sub(r"#.*", "", l).strip() for l in open(sys.argv[2])]
options = [o for o in options if o]
need(any(o.startswith("-XX:MaxRAMPercentage=") for o in options), "deploy/jvm.options must size the heap by the memory limit")
need(entry[1:1 + len(options)] == options, f"the entrypoint's JVM options {entry[1:1 + len(options)]} are not those of deploy/jvm.options {options}")
need("8080/tcp" in (c.get("ExposedPorts") or {}), "port 8080 must be exposed")
need(c.get("WorkingDir") == "/deployments", f"working dir {c.get('WorkingDir')}")
need(any(e.startswith("LORKIT_DATA_DIR=") for e in c.get("Env", [])), "LORKIT_DATA_DIR must be set")
need("LORKIT_HTTP_HOST=0.0.0.0" in c.get("Env", []), "LORKIT_HTTP_HOST must be 0.0.0.0 (the API's own default, 127.0.0.1, is out of reach in a container)")
where = {}
for i, name in enumerate(manifest["Layers"]):
    with tarfile.open(fileobj=io.BytesIO(image.extractfile(name).read())) as layer:
        for m in layer.getmembers():
            path = "/" + m.name.lstrip("./")
            for part in ("/deployments/lib/boot/", "/deployments/lib/main/", "/deployments/quarkus-run.jar",
                         "/deployments/app/", "/deployments/quarkus/"):
                if path.startswith(part):
                    where.setdefault(part, set()).add(i)
            need(not path.endswith(".pem"), f"a key file is in the image: {path}")
            need(".lorkit-data" not in path, f"local data is in the image: {path}")
for part in ("/deployments/lib/boot/", "/deployments/lib/main/", "/deployments/quarkus-run.jar",
             "/deployments/app/", "/deployments/quarkus/"):
    need(part in where, f"{part} is missing")
libs = where.get("/deployments/lib/main/", set()) | where.get("/deployments/lib/boot/", set())
need(not (libs & where.get("/deployments/app/", set())), "the application must not share a layer with the libraries")
if problems:
    sys.exit("image check failed:\n  " + "\n  ".join(problems))
print(f"image: {len(manifest['Layers'])} layers (base + {len(manifest['Layers']) - 1} from Jib: libraries apart from the app), "
      f"user {c['User']}, entrypoint {' '.join(entry[-2:])}, port 8080, no keys or local data")
PY
