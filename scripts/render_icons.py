"""Render packaging/icons/quorum.svg to the PNG sizes of the hicolor theme and a Windows .ico
(run after changing the SVG; the results are committed)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "packaging" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "quorum.svg"))
    if not renderer.isValid():
        print("quorum.svg cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"quorum-{size}.png"))
    if not render(renderer, 256).save(str(ICONS / "quorum.ico")):
        print("no .ico writer in this Qt: quorum.ico not made", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
