"""Helpers of the app lock's GUI tests: every text a visible widget shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: What tests.desktop.conftest.realistic_page holds that is content (not the organisation's or
#: the member's name, which the lock screen shows).
CONTENT = (
    "Conseil d'administration",
    "Éthique",
    "Board pack, March",
    "Minutes of February",
    "Budget 2025",
    "Audit plan",
    "Members' charter",
    "Newsletter",
    "See the annex.",
)


def visible_texts() -> list[str]:
    """The texts of every visible widget: labels, buttons, fields, readers, list rows,
    window titles, tool tips and accessible names."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        texts.extend(_texts_of(widget))
    return [text for text in texts if text]


def _texts_of(widget: QWidget) -> list[str]:
    found = [widget.accessibleName(), widget.toolTip()]
    if widget.isWindow():
        found.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        found.append(widget.text())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        found.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(model.rowCount(QModelIndex())):
            for column in range(_columns(model)):
                found.append(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)))
    return found


def _columns(model: QAbstractItemModel) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a list model: one column, and Qt keeps its count private
        return 1
