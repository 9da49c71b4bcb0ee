"""A PDF document in the reader: the viewer when its file is ready offline, otherwise "Not yet
available offline" with "Download" and the progress.

The bytes are read from the encrypted cache on the worker (``BoardFilesApi.read``) and handed
to the viewer in memory; a download runs on the worker too (``BoardFilesApi.download``), its
progress coming back to the UI thread through a queued signal. An answer for a document the
member has left meanwhile is dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.cache.document_records import DocumentDetail, FileState
from desktop.core.documents_api import BoardFilesApi, DocumentsError
from desktop.ui.formatting import fill
from desktop.ui.pdf_viewer import PdfViewer
from desktop.ui.pdf_widgets import note_label, set_note, tool_button
from desktop.ui.runner import Runner

_tokens = itertools.count(1)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, the UI thread runs the slot."""

    progress = Signal(int, int, int)  # token, bytes received, bytes in all


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


class PdfDocumentView(QWidget):
    """``show_file(detail, watermark)``; ``viewer`` shows the pages once they are loaded;
    ``opened()`` when a PDF is on screen."""

    opened = Signal()

    def __init__(self, runner: Runner, files: BoardFilesApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._files = files
        self._token = 0
        self._detail: DocumentDetail | None = None
        self._watermark = ""
        # Downloaded from the keyboard: the pages take the focus once they show.
        self._focus_pages = False
        self._relay = _Relay()
        # From the worker thread the call is queued to the UI thread (Qt's automatic choice).
        self._relay.progress.connect(self._on_progress)
        self.viewer = PdfViewer()
        self.loading_label = note_label(self.tr("Opening the document…"))
        self.missing_note = note_label(self.tr("Not yet available offline."))
        self.download_button = tool_button(
            self.tr("&Download"),
            self.tr("Download the document"),
            self.tr("Fetch this document now to read it, online or offline."),
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setMinimumHeight(28)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        self.failure_note = note_label("", "warn")
        self.failure_note.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self._padded(self.loading_label))
        self.stack.addWidget(
            self._padded(
                self.missing_note,
                self.failure_note,
                self.download_button,
                self.progress,
                self.progress_label,
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.download_button.clicked.connect(self.download)

    @staticmethod
    def _padded(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        for widget in widgets:
            column.addWidget(widget)  # a button keeps its own width, on the left
        column.addStretch(1)
        return holder

    # --- showing -------------------------------------------------------------------------

    def show_file(self, detail: DocumentDetail, watermark: str) -> None:
        """Load the PDF of ``detail`` if it is ready offline, else offer to download it."""
        self._token = next(_tokens)
        if self._detail is None or self._detail.id != detail.id:
            self._focus_pages = False  # another document: its pages never take the focus
        self._detail, self._watermark = detail, watermark
        self.viewer.clear()
        file = detail.file
        if file is None:
            self.viewer.show_message(self.tr("This document has no file to show."))
            self.stack.setCurrentWidget(self.viewer)
            return
        state = self._files.state(file.sha256)
        if state.ready:
            self._load(file.sha256)
        else:
            self._show_missing(state)

    def refresh(self, detail: DocumentDetail) -> None:
        """After a sync or a download elsewhere (the board pack): a new version of the file, or
        the file now ready offline, shows at once; otherwise nothing moves."""
        shown = self._detail
        if shown is None or shown.id != detail.id:
            return
        same_file = (shown.file and shown.file.sha256) == (detail.file and detail.file.sha256)
        waiting = self.stack.currentIndex() == 2 and self.download_button.isEnabled()
        if not same_file or (
            waiting and detail.file and self._files.state(detail.file.sha256).ready
        ):
            self.show_file(detail, self._watermark)
        else:
            self._detail = detail

    def clear(self) -> None:
        """Leave the document: its bytes are dropped, late answers ignored."""
        self._token = next(_tokens)
        self._detail = None
        self._focus_pages = False
        self.viewer.clear()

    @property
    def is_loaded(self) -> bool:
        return self.viewer.page_count > 0

    def _load(self, sha256: str) -> None:
        token = self._token
        self.stack.setCurrentIndex(1)
        files = self._files  # the worker's function must not hold the widget
        self._runner.run(
            lambda: files.read(sha256),
            on_done=self._guard(token, self._on_read),
            on_error=self._guard(token, self._on_read_failed),
        )

    def _guard(self, token: int, slot: Callable[[object], None]) -> Callable[[object], None]:
        def deliver(value: object) -> None:
            if isValid(self) and token == self._token:
                slot(value)

        return deliver

    def _on_read(self, data: object) -> None:
        assert isinstance(data, bytes) and self._detail is not None
        file = self._detail.file
        self.viewer.load(
            data,
            allow_copy=self._detail.allow_copy,
            watermark=self._watermark,
            name=file.name if file is not None else "",
        )
        del data
        self.stack.setCurrentWidget(self.viewer)
        if self._focus_pages:
            self._focus_pages = False
            self.viewer.pages.setFocus(Qt.FocusReason.OtherFocusReason)
        self.opened.emit()

    def _on_read_failed(self, error: object) -> None:
        if isinstance(error, DocumentsError) and self._detail and self._detail.file:
            self._show_missing(self._files.state(self._detail.file.sha256))
            return
        self.viewer.show_message(
            self.tr("This document cannot be opened from the cache. Try to download it again.")
        )
        self.stack.setCurrentWidget(self.viewer)

    # --- downloading ---------------------------------------------------------------------

    def _show_missing(self, state: FileState, failure: str = "") -> None:
        self.stack.setCurrentIndex(2)
        size = _megabytes(state.size) if state.size else ""
        text = self.tr("Not yet available offline.")
        if size:
            text = fill(self.tr("Not yet available offline (%1 MB)."), size)
        set_note(self.missing_note, text)
        set_note(self.failure_note, failure)
        self.download_button.setEnabled(True)
        self.download_button.setText(self.tr("Try &again") if failure else self.tr("&Download"))
        if self._focus_pages:  # downloaded from the keyboard and failed: "Try again" is next
            self._focus_pages = False
            self.download_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.progress.setVisible(state.received > 0)
        self.progress_label.setVisible(state.received > 0)
        if state.received:
            self._on_progress(self._token, state.received, state.size)

    def download(self) -> None:
        if self._detail is None or self._detail.file is None:
            return
        token, sha256 = self._token, self._detail.file.sha256
        self._focus_pages = self.download_button.hasFocus()
        self.download_button.setEnabled(False)
        set_note(self.failure_note, "")
        self.progress.show()
        self.progress_label.show()
        self.progress_label.setText(self.tr("Downloading…"))
        files, relay = self._files, self._relay

        def fetch() -> list[FileState]:
            return files.download(
                [sha256], lambda done, total: relay.progress.emit(token, done, total)
            )

        self._runner.run(
            fetch,
            on_done=self._guard(token, self._on_downloaded),
            on_error=self._guard(token, lambda _error: self._on_downloaded([])),
        )

    def _on_progress(self, token: int, done: int, total: int) -> None:
        if token != self._token or total <= 0:
            return
        percent = min(100, round(done * 100 / total))
        self.progress.setValue(percent)
        words = fill(
            self.tr("%1 MB of %2 MB downloaded (%3 %)"),
            _megabytes(done),
            _megabytes(total),
            str(percent),
        )
        self.progress_label.setText(words)
        self.progress.setAccessibleDescription(words)

    def _on_downloaded(self, result: object) -> None:
        assert self._detail is not None and self._detail.file is not None
        sha256 = self._detail.file.sha256
        states = [s for s in result if isinstance(s, FileState)] if isinstance(result, list) else []
        if states and states[0].ready:
            self._load(sha256)
            return
        self._show_missing(
            self._files.state(sha256),
            self.tr(
                "The download did not finish. Check the connection, then try again:"
                " what has arrived is kept."
            ),
        )
