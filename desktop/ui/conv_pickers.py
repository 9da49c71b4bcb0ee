"""Choosing someone to mention, or a document or a vote to link to, from the composer.

One small dialog: a search field and a list; typing filters, the arrow keys move, Enter
chooses. What is chosen comes back as the Markdown to insert, a ``quorum://`` link:
``[@Name](quorum://member/ID)`` for a mention, ``[Title](quorum://document/ID)`` for a link.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.links import link_to
from desktop.ui.widgets import roomy


@dataclass(frozen=True)
class Choice:
    label: str  # what the list shows ("Alice Martin", "Budget 2025")
    detail: str  # a second word ("Administratrice", "Document", "Vote")
    markdown: str  # what is inserted


def mention_choice(kind: str, target_id: str, name: str, detail: str) -> Choice:
    """``kind`` is "member" or "committee"; brackets in a name are dropped (Markdown)."""
    clean = name.replace("[", "").replace("]", "")
    return Choice(name, detail, f"[@{clean}]({link_to(kind, target_id)})")


def link_choice(kind: str, target_id: str, title: str, detail: str) -> Choice:
    clean = title.replace("[", "").replace("]", "")
    return Choice(title, detail, f"[{clean}]({link_to(kind, target_id)})")


class PickerDialog(QDialog):
    """``exec()``, then ``chosen`` (None when cancelled)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.chosen: Choice | None = None
        self._choices = choices
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.search = roomy(QLineEdit(), 36)
        self.search.setAccessibleName(prompt)
        self.search.setPlaceholderText(self.tr("Type to search"))
        label.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setMinimumHeight(260)
        self.list.setSpacing(2)
        self.empty = QLabel(self.tr("Nothing matches."))
        self.empty.setVisible(False)
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(
            self.tr("&Insert"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setAccessibleName(self.tr("Insert the chosen item"))
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel, insert nothing"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self._filter("")
        self.resize(520, 460)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        self.list.clear()
        for choice in self._choices:
            if wanted and wanted not in f"{choice.label} {choice.detail}".casefold():
                continue
            item = QListWidgetItem(f"{choice.label} — {choice.detail}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{choice.label}, {choice.detail}")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.choose_button.setEnabled(self.list.count() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Up and Down in the search field move in the list: type, arrow, Enter.
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = min(max(0, self.list.currentRow() + step), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def choose(self, label: str) -> None:
        """Choose the row whose label is ``label`` (for tests and scripts)."""
        for row in range(self.list.count()):
            choice = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if choice.label == label:
                self.list.setCurrentRow(row)
                self._choose()
                return
        raise LookupError(label)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
