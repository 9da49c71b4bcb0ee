#!/usr/bin/env bash
# Run a command with a real Secret Service keychain: a private D-Bus session and an unlocked
# gnome-keyring whose files live in a throw-away folder (never the user's own keyrings).
# Without dbus-run-session or gnome-keyring-daemon, run the command as it is: the keychain
# tests then skip with a message saying what to install (and fail in CI, which installs both).
set -euo pipefail

if [ "${QUORUM_IN_KEYRING_SESSION:-}" = 1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  printf 'quorum-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  "$@"
  exit $?
fi

if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export QUORUM_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
fi
echo "note: no dbus-run-session/gnome-keyring-daemon here; keychain tests will skip" \
     "(apt-get install dbus gnome-keyring)" >&2
exec "$@"
