#!/usr/bin/env python3
"""Write a `docker save`-format image tarball from uncompressed layer tars.

Usage:
  mkimage.py --out IMAGE.tar --tag NAME:TAG --layer L1.tar [--layer L2.tar ...]
             [--env K=V ...] [--user UID:GID] [--entrypoint JSON] [--cmd JSON]
             [--workdir DIR] [--label K=V ...] [--created ISO8601] [--gzip]

Layers are given in order, base first, as plain (uncompressed) tar files;
--gzip stores them compressed.
The result loads with `docker load -i`, can be used by Jib as a base image
(`tar:///path/IMAGE.tar`), and can be pushed with
`skopeo copy docker-archive:IMAGE.tar docker://REGISTRY/NAME:TAG`.
Needs only the Python 3 standard library.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def add_bytes(tar, name, data, mtime):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o644
    tar.addfile(info, fileobj=io.BytesIO(data))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", required=True)
    p.add_argument("--tag", required=True, help="repository:tag, e.g. rtk-warehouse:latest")
    p.add_argument("--layer", action="append", required=True)
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--label", action="append", default=[])
    p.add_argument("--user")
    p.add_argument("--entrypoint", help='JSON list, e.g. ["java","-jar","/app/x.jar"]')
    p.add_argument("--cmd", help="JSON list")
    p.add_argument("--workdir")
    p.add_argument("--created", default="1970-01-01T00:00:00Z")
    p.add_argument("--arch", default="amd64")
    p.add_argument("--gzip", action="store_true",
                   help="store layers gzip-compressed (docker load, skopeo and Jib accept both)")
    a = p.parse_args()

    diff_ids = ["sha256:" + sha256_of(layer) for layer in a.layer]
    config = {"Env": a.env}
    if a.user:
        config["User"] = a.user
    if a.entrypoint:
        config["Entrypoint"] = json.loads(a.entrypoint)
    if a.cmd:
        config["Cmd"] = json.loads(a.cmd)
    if a.workdir:
        config["WorkingDir"] = a.workdir
    if a.label:
        config["Labels"] = dict(kv.split("=", 1) for kv in a.label)
    image_config = {
        "architecture": a.arch,
        "os": "linux",
        "created": a.created,
        "config": config,
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": [{"created": a.created, "created_by": "mkimage.py layer %d" % i}
                    for i in range(len(a.layer))],
    }
    config_bytes = json.dumps(image_config, sort_keys=True, separators=(",", ":")).encode()
    config_id = hashlib.sha256(config_bytes).hexdigest()

    repo, _, tag = a.tag.rpartition(":")
    if not repo or "/" in tag:
        repo, tag = a.tag, "latest"
    layer_paths = [d.split(":", 1)[1] + ("/layer.tar.gz" if a.gzip else "/layer.tar")
                   for d in diff_ids]
    manifest = [{"Config": config_id + ".json", "RepoTags": ["%s:%s" % (repo, tag)],
                 "Layers": layer_paths}]
    repositories = {repo: {tag: diff_ids[-1].split(":", 1)[1]}}

    out_dir = os.path.dirname(os.path.abspath(a.out))
    fd, tmp = tempfile.mkstemp(dir=out_dir, suffix=".tmp")
    os.close(fd)
    try:
        with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
            seen = set()
            for layer, path in zip(a.layer, layer_paths):
                if path in seen:  # identical layer given twice: store once
                    continue
                seen.add(path)
                src = layer
                if a.gzip:
                    src = tmp + ".layer.gz"
                    with open(layer, "rb") as f, open(src, "wb") as raw, \
                            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=6) as gz:
                        shutil.copyfileobj(f, gz, 1 << 20)
                info = tar.gettarinfo(src, arcname=path)
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                info.mtime = 0
                info.mode = 0o644
                with open(src, "rb") as f:
                    tar.addfile(info, fileobj=f)
                if src != layer:
                    os.unlink(src)
            add_bytes(tar, config_id + ".json", config_bytes, 0)
            add_bytes(tar, "manifest.json", json.dumps(manifest).encode(), 0)
            add_bytes(tar, "repositories", json.dumps(repositories).encode(), 0)
        os.chmod(tmp, 0o644)
        shutil.move(tmp, a.out)
    except BaseException:
        for leftover in (tmp, tmp + ".layer.gz"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    print("image id sha256:%s  %s" % (config_id, a.out))


if __name__ == "__main__":
    main()
