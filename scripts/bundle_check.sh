#!/usr/bin/env bash
# `make bundle-check` (CI): the built bundle must pass its self-test and sync headless with a live
# demo server, started from the source tree (the server is not in the desktop bundle).
# Prints the bundle's sizes and the median start-to-self-test-done time of 5 runs, the bundle's
# and `python -m desktop`'s, measured here in the same run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.venv/bin"
bundle=$(ls -d "$root"/dist/quorum-*-linux-*/ 2>/dev/null | grep -v '\.tar\.gz' | head -1)
[ -n "$bundle" ] || { echo "no bundle in dist/: run make package" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "== self-test from the bundle"
"$bundle/quorum" --self-test

echo "== headless sync from the bundle"
db="sqlite:///$work/server.db"
accounts=$("$bin/quorum-server" demo --database "$db" --json)
read -r email password < <(printf '%s' "$accounts" | "$bin/python" -c \
  'import json,sys; a=json.load(sys.stdin)["accounts"][0]; print(a["email"], a["password"])')
port=$("$bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin/quorum-server" serve --database "$db" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
"$bin/python" - "http://127.0.0.1:$port" <<'PY'
import sys, time, httpx
for _ in range(150):
    try:
        if httpx.get(sys.argv[1] + "/v1/health", timeout=1).status_code == 200:
            sys.exit(0)
    except httpx.HTTPError:
        time.sleep(0.1)
sys.exit("the server did not start")
PY
out=$(QUORUM_PASSWORD="$password" "$bundle/quorum" --profile "$work/profile" sync \
  --server "http://127.0.0.1:$port" --user "$email")
echo "$out"
echo "$out" | grep -q '^document: [1-9]' || { echo "the bundle's sync brought no document" >&2; exit 1; }

echo "== figures"
"$bin/python" - "$bundle" "$root" <<'PY'
import json, os, statistics, subprocess, sys, time
from pathlib import Path
bundle, root = Path(sys.argv[1]), Path(sys.argv[2])
tarball = Path(str(bundle).rstrip("/") + ".tar.gz")
unpacked = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
def median(cmd):
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=root)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
b = median([str(bundle / "quorum"), "--self-test"])
s = median([str(root / ".venv/bin/python"), "-m", "desktop", "--self-test"])
figures = {"unpacked_mb": round(unpacked / 2**20, 1), "tar_gz_mb": round(tarball.stat().st_size / 2**20, 1),
           "bundle_self_test_s": round(b, 2), "source_self_test_s": round(s, 2)}
print(f"bundle {figures['unpacked_mb']} MB unpacked, {figures['tar_gz_mb']} MB tar.gz; "
      f"self-test median of 5: bundle {b:.2f} s, from source {s:.2f} s")
print(json.dumps(figures))
PY
