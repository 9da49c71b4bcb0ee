"""The light diagonal watermark every shown (and printed) PDF page carries: the member's name and
the day, as board portals do, so a photographed or printed page says whose copy it was."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

#: Grey, mostly transparent: readable on white, never in the way of the text beneath.
WATERMARK_COLOR = QColor(90, 100, 120, 56)
#: Copies of the line across the page, one on the diagonal and the others beside it.
WATERMARK_LINES = 3


def watermark_text(member_name: str, day: date) -> str:
    """ "Claire Martin — 27/11/2026" (the day written as in France, whatever the language)."""
    name = member_name.strip()
    stamp = f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{name} — {stamp}" if name else stamp


def paint_watermark(painter: QPainter, rect: QRectF, text: str) -> None:
    """Write ``text`` along the diagonal of ``rect`` (bottom-left to top-right), large and light,
    with a copy above and one below; nothing when ``text`` is empty."""
    if not text or rect.width() < 8 or rect.height() < 8:
        return
    angle = math.degrees(math.atan2(rect.height(), rect.width()))
    diagonal = math.hypot(rect.width(), rect.height())
    font = QFont("Sans Serif")
    font.setBold(True)
    font.setPointSizeF(100.0)
    width_at_100 = QFontMetricsF(font).horizontalAdvance(text) or 1.0
    # The line takes about half the diagonal, and never a giant or unreadable size.
    size = max(6.0, min(100.0 * diagonal * 0.5 / width_at_100, rect.width() / 9))
    font.setPointSizeF(size)
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(rect)
    painter.setFont(font)
    painter.setPen(WATERMARK_COLOR)
    painter.translate(rect.center())
    painter.rotate(-angle)
    line_width = metrics.horizontalAdvance(text)
    gap = max(rect.width(), rect.height()) / WATERMARK_LINES
    for line in range(WATERMARK_LINES):
        offset = (line - (WATERMARK_LINES - 1) / 2) * gap
        box = QRectF(-line_width / 2 - 4, offset - metrics.height() / 2, line_width + 8, 0)
        box.setHeight(metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
