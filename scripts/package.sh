#!/usr/bin/env bash
# `make package`: the Linux bundle (one folder, PyInstaller) as dist/quorum-VERSION-linux-ARCH.tar.gz,
# with the desktop entry, icons and AppStream metadata laid out under share/. Prints its sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
VERSION=$($BIN/python -c "import importlib.metadata as m; print(m.version('quorum'))")
ARCH=$(uname -m)
NAME="quorum-$VERSION-linux-$ARCH"
BUILD=build/pyinstaller
DIST=dist

# The Qt X11 platform plugin needs these on the build machine, else it is broken in the bundle.
missing=()
for p in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 binutils; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "install first: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

$BIN/python -m pip install --quiet "pyinstaller>=6.10,<7"
rm -rf "$DIST/quorum" "$DIST/$NAME" "$DIST/$NAME.tar.gz"
QT_QPA_PLATFORM=offscreen $BIN/pyinstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD" packaging/quorum.spec

# The freedesktop files, where `share/` of an install prefix expects them.
mv "$DIST/quorum" "$DIST/$NAME"
SHARE="$DIST/$NAME/share"
install -Dm644 packaging/linux/org.quorum.Quorum.desktop "$SHARE/applications/org.quorum.Quorum.desktop"
install -Dm644 packaging/linux/org.quorum.Quorum.metainfo.xml "$SHARE/metainfo/org.quorum.Quorum.metainfo.xml"
install -Dm644 packaging/icons/quorum.svg "$SHARE/icons/hicolor/scalable/apps/org.quorum.Quorum.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "packaging/icons/quorum-$size.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/org.quorum.Quorum.png"
done
install -m755 packaging/linux/install.sh "$DIST/$NAME/install.sh"

tar -C "$DIST" -czf "$DIST/$NAME.tar.gz" "$NAME"
unpacked=$(du -sm --apparent-size "$DIST/$NAME" | cut -f1)
packed=$(( $(stat -c %s "$DIST/$NAME.tar.gz") / 1048576 ))
echo "bundle: $DIST/$NAME ($unpacked MB unpacked), $DIST/$NAME.tar.gz ($packed MB)"
