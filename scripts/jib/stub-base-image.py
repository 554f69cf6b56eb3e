#!/usr/bin/env python3
"""Writes a tiny base image (docker-save format) for checking the Jib build where no registry can be
reached. It holds only /etc/passwd (root and lorkit 10001) and /tmp: an image built on it shows the
layers, user, entrypoint and settings Jib produces, but it has no Java and CANNOT run.
Real images use the default base (a JRE 17 image from a registry)."""
import hashlib, io, json, sys, tarfile

out = sys.argv[1]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w") as t:
    for name, mode in (("etc", 0o755), ("tmp", 0o1777)):
        d = tarfile.TarInfo(name); d.type = tarfile.DIRTYPE; d.mode = mode; t.addfile(d)
    passwd = b"root:x:0:0:root:/root:/bin/sh\nlorkit:x:10001:0:LORkit:/deployments:/usr/sbin/nologin\n"
    f = tarfile.TarInfo("etc/passwd"); f.size = len(passwd); f.mode = 0o644; t.addfile(f, io.BytesIO(passwd))
blob = layer.getvalue()
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(blob).hexdigest()]},
          "history": [{"created_by": "scripts/jib/stub-base-image.py (no Java: for checks only)"}]}
manifest = [{"Config": "config.json", "RepoTags": ["lorkit-stub-base:check"], "Layers": ["layer.tar"]}]
with tarfile.open(out, "w") as t:
    for name, data in (("layer.tar", blob), ("config.json", json.dumps(config).encode()),
                       ("manifest.json", json.dumps(manifest).encode())):
        i = tarfile.TarInfo(name); i.size = len(data); i.mode = 0o644; t.addfile(i, io.BytesIO(data))
