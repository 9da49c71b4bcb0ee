""" "Comments on my documents": for a member who published documents (the secretariat, an
author), every comment on them, newest first, with the document, who wrote it and when. Enter
(or a double click) on a comment opens its document: ``open_requested(document_id)`` is
emitted, ``on_open`` (if given) is called, and the dialog closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.cache.document_records import DocComment
from desktop.core.documents_api import DocumentExtrasApi
from desktop.ui.doc_models import Row, RowsModel, current_row
from desktop.ui.doc_words import anchor_text, state_text
from desktop.ui.formatting import fill, format_moment
from desktop.ui.idea_detail import enter_clicks, list_view
from desktop.ui.votes_widgets import heading, paragraph, plain_button


class MyDocCommentsDialog(QDialog):
    open_requested = Signal(str)

    def __init__(
        self,
        extras: DocumentExtrasApi,
        on_open: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._extras = extras
        self._on_open = on_open
        self.setObjectName("myDocCommentsDialog")
        self.setWindowTitle(self.tr("Comments on my documents"))
        self.setAccessibleName(self.windowTitle())
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Comments on my documents")))
        self.intro = paragraph(
            self.tr("Newest first. Press Enter on a comment to open its document.")
        )
        layout.addWidget(self.intro)
        self.model = RowsModel(self)
        self.list = list_view(self.tr("Comments on the documents you published, newest first"))
        self.list.setModel(self.model)
        layout.addWidget(self.list, 1)
        self.empty_label = paragraph(self.tr("Nobody has commented on your documents yet."), 2)
        self.empty_label.setAccessibleName(self.empty_label.text())
        layout.addWidget(self.empty_label)
        self.open_button = plain_button(
            self.tr("&Open the document"), self.tr("Open the document of the chosen comment")
        )
        self.open_button.clicked.connect(self.open_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the comments on my documents"))
        close.setMinimumHeight(40)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        enter_clicks(self.open_button)
        self.list.activated.connect(lambda _index: self.open_current())
        self.refresh()

    def refresh(self) -> None:
        comments = self._extras.comments_on_my_documents()
        self.model.set_rows([self._row(c) for c in comments])
        self.empty_label.setVisible(not comments)
        self.list.setVisible(bool(comments))
        self.intro.setVisible(bool(comments))
        self.open_button.setEnabled(bool(comments))
        if comments:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.setFocus()

    def _row(self, comment: DocComment) -> Row:
        title = fill(self.tr("%1 — %2"), comment.document_title, comment.author_name)
        where = [format_moment(comment.posted_at)]
        where.append(fill(self.tr("version %1"), str(comment.version)))
        if comment.page is not None or comment.quote.strip():
            where.append(anchor_text(comment.page, comment.quote))
        if comment.parent_id is not None:
            where.append(self.tr("a reply"))
        lines = [" · ".join(where), comment.body]
        state = state_text(comment.state, comment.failure_code, comment.failure_message)
        if state:
            lines.append(state)
        spoken = fill(
            self.tr("On %1. %2. %3"),
            comment.document_title,
            " · ".join(where),
            " ".join(comment.body.split()),
        )
        return Row(comment.id, title, "\n".join(lines), spoken=spoken, record=comment)

    def open_current(self) -> None:
        row = current_row(self.list)
        if row is None or not isinstance(row.record, DocComment):
            return
        document_id = row.record.document_id
        self.open_requested.emit(document_id)
        if self._on_open is not None:
            self._on_open(document_id)
        self.accept()


class DocumentWindow(Protocol):
    """What the menu entry needs of the main window."""

    def show_documents(self) -> None: ...

    def select_document(self, committee_id: str | None, document_id: str) -> None: ...

    def open_document(self, document_id: str) -> None: ...


def doc_comments_action(window: QWidget, extras: DocumentExtrasApi | None) -> QAction:
    """The menu entry "Comments on my documents…" of ``window`` (a ``DocumentWindow``): the
    dialog, then the chosen document shown in the Documents view. Hidden without ``extras``."""

    def go_to(document_id: str) -> None:
        assert extras is not None
        shown = cast(DocumentWindow, window)
        detail = extras.detail(document_id)
        shown.show_documents()
        shown.select_document(detail.committee_id if detail else None, document_id)
        shown.open_document(document_id)

    def show() -> None:
        if extras is None:
            return
        chosen: list[str] = []
        dialog = MyDocCommentsDialog(extras, chosen.append, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if chosen:
            go_to(chosen[0])

    text = QCoreApplication.translate("MyDocCommentsDialog", "Comments on my &documents…")
    action = QAction(text, window)
    action.setToolTip(
        QCoreApplication.translate(
            "MyDocCommentsDialog", "Every comment on the documents you published"
        )
    )
    action.triggered.connect(show)
    action.setVisible(extras is not None)
    return action
