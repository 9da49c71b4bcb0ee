"""Starting a direct conversation: choose one or more people, and a title if the member
wants one. Space ticks a person; the search field narrows the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.network_records import Person
from desktop.ui.formatting import fill
from desktop.ui.widgets import roomy
from protocol.network import MAX_CONVERSATION_MEMBERS, MAX_TITLE


class NewConversationDialog(QDialog):
    """``exec()``; then ``member_ids`` and ``title``."""

    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = self.tr("New conversation")
        self.setWindowTitle(name)
        self.setAccessibleName(name)
        self.member_ids: list[str] = []
        self.title = ""
        intro = QLabel(
            self.tr("Choose the people to talk with (Space ticks a name). Only they will see it.")
        )
        intro.setWordWrap(True)
        self.search = roomy(QLineEdit(), 36)
        self.search.setAccessibleName(self.tr("Search for a person"))
        self.search.setPlaceholderText(self.tr("Type a name to search"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.list.setMinimumHeight(240)
        self.list.setSpacing(2)
        for person in people:
            label = f"{person.name} — {person.title}" if person.title else person.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.title_edit = roomy(QLineEdit(), 36)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Title of the conversation (optional)"))
        self.title_edit.setPlaceholderText(self.tr("Optional: named after the people otherwise"))
        form = QFormLayout()
        form.addRow(self.tr("&Search:"), self.search)
        form.addRow(self.tr("&Title:"), self.title_edit)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start the conversation"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(self.tr("Start the conversation"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, start no conversation"))
        buttons.accepted.connect(self._on_start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._update)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.title_edit)
        self._update()
        self.resize(560, 520)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> list[str]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def tick(self, person_id: str, ticked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def _update(self, *_args: object) -> None:
        names = [
            self.list.item(r).text().split(" — ")[0]
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
        too_many = len(names) > MAX_CONVERSATION_MEMBERS - 1
        if not names:
            text = self.tr("Nobody chosen yet.")
        elif too_many:
            text = fill(
                self.tr("At most %1 people besides you."), str(MAX_CONVERSATION_MEMBERS - 1)
            )
        else:
            text = fill(self.tr("With: %1"), ", ".join(names))
        self.chosen_label.setText(text)
        self.chosen_label.setAccessibleName(text)
        self.start_button.setEnabled(bool(names) and not too_many)

    def _on_start(self) -> None:
        self.member_ids = self.chosen()
        self.title = self.title_edit.text().strip()
        if self.member_ids:
            self.accept()
