"""Help > Keyboard shortcuts: every shortcut of the main window, read from its actions when the
dialog opens (so it is never out of date), in a table a screen reader reads row by row ("Sync
now: Ctrl+R or F5"): what it does, its keys, and where it works (everywhere, or in a
conversation, a PDF…). An action without a text cannot be described, and is left out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.settings_pages import fit_on_screen, note


@dataclass(frozen=True)
class Shortcut:
    action: str
    keys: str
    #: Where it works: "" everywhere in the window, else the part of it (a conversation…).
    where: str = ""


def where_words(action: QAction, window: QWidget) -> str:
    """ "" for a shortcut of the whole window, else where it works."""
    if (
        action.shortcutContext()
        in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        )
        or action.parent() is window
    ):
        return ""
    owner = action.parent()
    kind = owner.metaObject().className() if owner is not None else ""
    if kind == "MessageActions":
        return QCoreApplication.translate("ShortcutsDialog", "In a conversation")
    if kind == "PdfViewer":
        return QCoreApplication.translate("ShortcutsDialog", "In a PDF document")
    if kind == "DocumentPane":
        return QCoreApplication.translate("ShortcutsDialog", "In a document")
    return QCoreApplication.translate("ShortcutsDialog", "In its view")


def action_words(action: QAction) -> str:
    """An action's text as a member reads it: no mnemonic "&", no trailing "…"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def shortcuts_of(window: QWidget, joiner: str = " or ") -> list[Shortcut]:
    """Every visible action of ``window`` and its children that has a shortcut and says what
    it does, once each: the window's own first, in the order they were made (the menus')."""
    rows: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.isVisible() or not action_words(action):
            continue
        words = joiner.join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        row = Shortcut(action_words(action), words, where_words(action, window))
        if (row.action, row.keys) not in seen:
            seen.add((row.action, row.keys))
            rows.append(row)
    return sorted(rows, key=_order)


def _order(row: Shortcut) -> tuple[bool, int]:
    """Everywhere first, and there the views in their order (Ctrl+1 to Ctrl+8), then the rest
    as the menus made them (``sorted`` keeps that order among equals)."""
    first = row.keys.split(" ")[0]
    view = first.startswith("Ctrl+") and first[5:].isdigit()
    return row.where != "", int(first[5:]) if view else 100


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.rows = shortcuts_of(window, self.tr(" or "))
        self.intro = note(
            self.tr(
                "These keys do the same as the menus. Hold the first key down, then press the "
                "second. Alt with a letter underlined in a menu or a button works too."
            )
        )
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("What it does"), self.tr("Keys"), self.tr("Where")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        for row, shortcut in enumerate(self.rows):
            where = shortcut.where or self.tr("Everywhere")
            spoken = fill(self.tr("%1: %2"), shortcut.action, shortcut.keys)
            if shortcut.where:
                spoken = fill(self.tr("%1 (%2)"), spoken, shortcut.where)
            for column, text in enumerate((shortcut.action, shortcut.keys, where)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_on_screen(self, metrics.averageCharWidth() * 90, metrics.height() * 30)
        self.table.setFocus()
