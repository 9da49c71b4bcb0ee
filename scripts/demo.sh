#!/usr/bin/env bash
# `make demo`: the demo organisation on the embedded SQLite server, the server on localhost in
# the background, and the app opened ready to sign in as a demo member. The server stops when
# the app closes. `--offline` opens the same demo profile with no server at all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.venv/bin"
demo="${QUORUM_DEMO_DIR:-$root/.demo}"
mkdir -p "$demo"
db="sqlite:///$demo/server.db"
profile="$demo/profile"
# Where no secure keychain exists (a headless Linux, say) the demo cache uses this passphrase;
# with a keychain the random key in the keychain is used and this is ignored.
export QUORUM_CACHE_PASSPHRASE="${QUORUM_CACHE_PASSPHRASE:-demo-cache-passphrase}"

if [ "${1:-}" = "--offline" ]; then
  exec "$bin/quorum" --profile "$profile"
fi

accounts=$("$bin/quorum-server" demo --database "$db" --json)
read -r email password < <(printf '%s' "$accounts" | "$bin/python" -c \
  'import json,sys; a=json.load(sys.stdin)["accounts"][0]; print(a["email"], a["password"])')
# The same port every time keeps the demo profile's server address stable; another one when busy.
port=$("$bin/python" -c '
import socket
s = socket.socket()
try:
    s.bind(("127.0.0.1", 8765))
except OSError:
    s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

"$bin/quorum-server" serve --database "$db" --host 127.0.0.1 --port "$port" \
  >"$demo/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT INT TERM

"$bin/python" - "$url" <<'PY'
import sys, time, httpx
for _ in range(100):
    try:
        if httpx.get(sys.argv[1] + "/v1/health", timeout=1).status_code == 200:
            sys.exit(0)
    except httpx.HTTPError:
        time.sleep(0.1)
sys.exit("The demo server did not start; see .demo/server.log")
PY

echo "Quorum demo: server $url, signing in as $email (password: $password)"
echo "Other demo accounts: .venv/bin/quorum-server demo --database $db"
QUORUM_PASSWORD="$password" "$bin/quorum" --profile "$profile" --server "$url" --user "$email"
