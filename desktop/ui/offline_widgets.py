"""The "Keep offline" row of the document pane (``desktop.ui.reader.DocumentPane``), for a PDF:
a check box that pins the document (``BoardFilesApi.pin``: kept whatever the retention rule and
the size budget) and its state in words, "Available offline" or "Not yet offline" (never a
colour alone). Pinning a document not yet offline asks for it at once (``fetch_requested``,
which the main window hands to ``desktop.ui.offline_files.BackgroundFiles``)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop.cache.document_records import DocumentDetail
from desktop.core.documents_api import BoardFilesApi
from desktop.ui.errors import log_error
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.runner import Runner


class KeepOffline(QWidget):
    """``show_detail(detail)``: shown for a PDF document, hidden otherwise (or without files)."""

    #: The sha256 of a document just pinned and not yet offline: to download at once.
    fetch_requested = Signal(str)

    def __init__(
        self, runner: Runner, files: BoardFilesApi | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keepOffline")
        self._runner = runner
        self._files = files
        self.detail: DocumentDetail | None = None
        self.check = QCheckBox(self.tr("&Keep offline"))
        self.check.setAccessibleName(self.tr("Keep this document offline"))
        self.check.setAccessibleDescription(
            self.tr("Kept in the cache whatever the storage limit and the retention rule")
        )
        self.check.setToolTip(self.check.accessibleDescription())
        self.check.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.check.toggled.connect(self._on_toggled)
        self.state_label = QLabel()
        self.state_label.setObjectName("offlineState")
        self.state_label.setWordWrap(True)  # large text: two lines rather than cut
        layout = FlowLayout(self, spacing=12)  # large text: the state goes under the box
        layout.setContentsMargins(6, 2, 6, 2)
        layout.add_widget(self.check)
        layout.add_widget(self.state_label, stretch=1)
        self.hide()

    def show_detail(self, detail: DocumentDetail | None) -> None:
        if self._files is None or detail is None or detail.format != "pdf" or detail.file is None:
            self.detail = None
            self.hide()
            return
        self.detail = detail
        with QSignalBlocker(self.check):
            self.check.setChecked(detail.pinned)
        ready = detail.file_state is not None and detail.file_state.ready
        self._show_ready(ready)
        self.show()

    def _show_ready(self, ready: bool) -> None:
        text = self.tr("Available offline") if ready else self.tr("Not yet offline")
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        self.check.setAccessibleDescription(text)

    @property
    def words(self) -> str:
        return self.state_label.text()

    def _on_toggled(self, checked: bool) -> None:
        detail, files = self.detail, self._files
        if detail is None or detail.file is None or files is None:
            return
        document_id, sha256 = detail.id, detail.file.sha256
        self._runner.run(
            lambda: files.pin(document_id, checked),
            on_done=lambda _none: self._on_pinned(document_id, sha256, checked),
            on_error=lambda error: self._on_failed(document_id, checked, error),
        )

    def _on_pinned(self, document_id: str, sha256: str, pinned: bool) -> None:
        if self._files is None:
            return
        ready = self._files.state(sha256).ready
        if self.detail is not None and self.detail.id == document_id:
            self._show_ready(ready)
        if pinned and not ready:
            self.fetch_requested.emit(sha256)

    def _on_failed(self, document_id: str, checked: bool, error: BaseException) -> None:
        log_error(error)
        if self.detail is not None and self.detail.id == document_id:
            with QSignalBlocker(self.check):
                self.check.setChecked(not checked)
