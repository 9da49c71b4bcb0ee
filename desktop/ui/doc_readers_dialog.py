""" "Who has read this document", for the secretariat: every member entitled to it, with when
they first and last opened it and the version they read, asked of the server on the worker
(never kept on this computer). Offline, it says so plainly and offers to try again."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.doc_receipts import DocReader, DocReceipts
from desktop.sync.errors import ApiError, AuthRequired, ServerUnreachable
from desktop.ui.formatting import fill, format_moment
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import enlarge, framed_note, heading, plain_button, set_note, set_tone

NAME, FIRST, LAST, VERSION = range(4)


class ReadersDialog(QDialog):
    """``ReadersDialog(receipts, runner, document_id, title, current_version)``: asks at once."""

    def __init__(
        self,
        receipts: DocReceipts,
        runner: Runner,
        document_id: str,
        title: str,
        current_version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._receipts = receipts
        self._runner = runner
        self.document_id = document_id
        self.current_version = current_version
        self.readers: list[DocReader] = []
        self.setObjectName("docReadersDialog")
        self.setWindowTitle(fill(self.tr("Who has read it — %1"), title))
        self.setAccessibleName(self.windowTitle())
        self.resize(940, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Who has read this document")))
        layout.addWidget(heading(title, 2))
        self.status_note = framed_note("", "info")
        layout.addWidget(self.status_note)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Members and when they read the document"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("First opened"), self.tr("Last opened"), self.tr("Version")]
        )
        enlarge(self.table, 1)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        for column in (FIRST, LAST, VERSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 14)
        layout.addWidget(self.table, 1)
        self.retry_button = plain_button(self.tr("&Try again"), self.tr("Ask the server again"))
        self.retry_button.setAutoDefault(True)
        self.retry_button.clicked.connect(self.load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the list of readers"))
        close.setMinimumHeight(40)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        """Ask the server on the worker; the answer (or why not) shows when it comes."""
        self.retry_button.setVisible(False)
        self.table.setVisible(False)
        set_tone(self.status_note, "info")
        set_note(self.status_note, self.tr("Asking the server who has read it…"))
        document_id = self.document_id
        receipts = self._receipts
        self._runner.run(
            lambda: receipts.readers(document_id),
            on_done=self._on_readers,
            on_error=self._on_error,
        )

    def _on_readers(self, readers: list[DocReader]) -> None:
        if not shiboken6.isValid(self):
            return
        self.readers = readers
        done = sum(1 for r in readers if r.has_read)
        set_note(
            self.status_note,
            fill(self.tr("%1 of %2 members have opened it."), str(done), str(len(readers))),
        )
        self.table.setRowCount(len(readers))
        for row, reader in enumerate(readers):
            never = self.tr("Not opened yet")
            cells = [
                reader.name,
                format_moment(reader.first_read_at) if reader.first_read_at else never,
                format_moment(reader.last_read_at) if reader.last_read_at else "—",
                self._version_text(reader.version),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(reader, text, column))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(readers))
        if readers:
            self.table.setCurrentCell(0, NAME)
            self.table.setFocus()

    def _version_text(self, version: int | None) -> str:
        if version is None:
            return "—"
        if self.current_version is not None and version < self.current_version:
            return fill(self.tr("%1 (older)"), str(version))
        return str(version)

    def _spoken(self, reader: DocReader, text: str, column: int) -> str:
        if column == NAME:
            if not reader.has_read:
                return fill(self.tr("%1, has not opened it yet"), reader.name)
            return fill(self.tr("%1, has opened it"), reader.name)
        labels = {
            FIRST: self.tr("First opened"),
            LAST: self.tr("Last opened"),
            VERSION: self.tr("Version"),
        }
        return fill(self.tr("%1: %2"), labels[column], text)

    def _on_error(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, ServerUnreachable):
            text = self.tr(
                "You are offline. Who has read a document is known only by the server: "
                "try again once you are connected."
            )
        elif isinstance(error, AuthRequired):
            text = self.tr("The server asks you to sign in again first.")
        elif isinstance(error, ApiError) and error.code == "forbidden":
            text = self.tr("Only the secretariat may see who has read a document.")
        elif isinstance(error, ApiError) and error.code == "not_found":
            text = self.tr("This document no longer exists on the server.")
        else:
            text = self.tr("The server could not answer. Try again in a moment.")
        set_tone(self.status_note, "warn")
        set_note(self.status_note, text)
        self.table.setVisible(False)
        self.retry_button.setVisible(True)
        self.retry_button.setFocus()
