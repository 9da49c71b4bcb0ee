"""Recording a new action (for a committee's chair or the secretariat): its title, the
committee, who is in charge, the due date and a description. It goes to the outbox (sent at
the next sync), so the dialog closes at once; what the app can refuse first (no title, nobody
in charge) is said in the dialog, in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.document_records import Action
from desktop.core.documents_api import ActionsApi, DocumentsError
from desktop.ui.action_models import refusal_text
from desktop.ui.formatting import fill
from desktop.ui.idea_dialog import combo, form_label, send_shortcut, text_field
from desktop.ui.votes_widgets import (
    big_button,
    big_choice,
    enlarge,
    framed_note,
    heading,
    paragraph,
    plain_button,
    set_note,
)
from protocol.network import MAX_TITLE

#: (committee id or None for the organisation, name)
Scopes = list[tuple[str | None, str]]
#: (member id, name)
People = list[tuple[str, str]]


class NewActionDialog(QDialog):
    """``people(committee_id)`` gives who may be put in charge in that committee."""

    def __init__(
        self,
        actions: ActionsApi,
        scopes: Scopes,
        people: Callable[[str | None], People],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._people = people
        self.created: Action | None = None
        self.setObjectName("newActionDialog")
        self.setWindowTitle(self.tr("New action"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("New action")))
        layout.addWidget(
            paragraph(self.tr("The people in charge see it in My actions and say how it goes."))
        )
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setMinimumHeight(40)
        enlarge(self.title_edit, 1)
        self.title_edit.setAccessibleName(self.tr("Title of the action"))
        form.addRow(form_label(self.tr("&Title:"), self.title_edit), self.title_edit)
        self.committee_combo = combo(self.tr("Committee of the action"))
        for committee_id, name in scopes:
            self.committee_combo.addItem(name, committee_id)
        form.addRow(form_label(self.tr("&Committee:"), self.committee_combo), self.committee_combo)
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People in charge (Space ticks a name)"))
        enlarge(self.people_list, 1)
        self.people_list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; }"
            " QListWidget::indicator { width: 22px; height: 22px; }"
        )
        self.people_list.setMinimumHeight(self.people_list.fontMetrics().lineSpacing() * 5 + 16)
        form.addRow(form_label(self.tr("In c&harge:"), self.people_list), self.people_list)
        self.due_check = big_choice(QCheckBox(self.tr("&Due date:")))
        self.due_check.setAccessibleName(self.tr("The action has a due date"))
        self.due_check.setChecked(True)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumHeight(40)
        enlarge(self.due_edit, 1)
        self.due_edit.setDisplayFormat(self.tr("d MMMM yyyy"))
        soon = date.today() + timedelta(days=14)
        self.due_edit.setDate(QDate(soon.year, soon.month, soon.day))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        form.addRow(self.due_check, self.due_edit)
        self.description_edit = text_field(self.tr("Description (Markdown, optional)"), 4)
        self.description_edit.setPlaceholderText(self.tr("What is to be done, and how."))
        form.addRow(
            form_label(self.tr("D&escription:"), self.description_edit), self.description_edit
        )
        layout.addLayout(form, 1)
        self.error_note = framed_note("", "warn")
        self.error_note.setVisible(False)
        layout.addWidget(self.error_note)
        self.create_button = big_button(
            self.tr("Record the action"),
            self.tr("Record the action"),
            self.tr("Sent at the next sync (Ctrl+Enter)"),
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel without recording"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.create_button, 2)
        layout.addLayout(row)
        send_shortcut(self, self.submit)
        self.committee_combo.currentIndexChanged.connect(self._fill_people)
        self._fill_people()
        self.title_edit.setFocus()

    def _fill_people(self) -> None:
        ticked = set(self.assignee_ids())
        self.people_list.clear()
        for member_id, name in self._people(self.committee_combo.currentData()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        if self.people_list.count():
            self.people_list.setCurrentRow(0)

    def assignee_ids(self) -> list[str]:
        ids = []
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def tick(self, member_id: str) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked)

    def due_on(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        chosen = self.due_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def submit(self) -> None:
        title = self.title_edit.text().strip()
        assignees = self.assignee_ids()
        if not title:
            set_note(self.error_note, self.tr("Write a title before recording the action."))
            self.title_edit.setFocus()
            return
        if not assignees:
            set_note(self.error_note, self.tr("Tick at least one person in charge."))
            self.people_list.setFocus()
            return
        try:
            self.created = self._actions.create(
                self.committee_combo.currentData(),
                title,
                assignees,
                self.due_on(),
                self.description_edit.toPlainText().strip(),
            )
        except DocumentsError as error:
            set_note(
                self.error_note,
                fill(self.tr("Not recorded: %1"), refusal_text(error.code, str(error))),
            )
            return
        self.accept()
