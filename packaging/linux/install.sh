#!/bin/sh
# Install this Quorum bundle for the current user: the program under ~/.local/lib/quorum, the
# `quorum` command in ~/.local/bin, the menu entry, icons and the quorum:// link handler.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
rm -rf "$PREFIX/lib/quorum"
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
cp -r "$HERE" "$PREFIX/lib/quorum"
ln -sf "$PREFIX/lib/quorum/quorum" "$PREFIX/bin/quorum"
cp -r "$HERE/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default org.quorum.Quorum.desktop x-scheme-handler/quorum || true
echo "Quorum is installed: run 'quorum' or find it in your applications menu."
