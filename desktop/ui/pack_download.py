"""Downloading a meeting's board pack for offline reading: the button, a progress bar in
words ("1.2 MB of 3.4 MB"), and a way to stop.

The download (``BoardFilesApi.download``) runs on the runner's worker; its progress arrives
from that thread through a queued signal, and "Stop" sets a flag the download checks between
chunks. What was received stays: the next download resumes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from desktop.cache.document_records import FileState
from desktop.core.documents_api import BoardFilesApi, MeetingsApi
from desktop.ui.formatting import fill
from desktop.ui.meeting_models import pack_words, size_words
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import big_button, framed_note, paragraph, plain_button, set_note
from desktop.ui.votes_words import plural


class _Relay(QObject):
    """Carries progress from the worker to the UI thread (queued when they differ)."""

    progress = Signal(int, int)


class PackDownload(QWidget):
    """The board pack of one meeting: how much is offline, and downloading the rest.

    ``finished`` is emitted (on the UI thread) when a download ends, done, stopped or not."""

    finished = Signal()

    def __init__(
        self,
        meetings: MeetingsApi,
        files: BoardFilesApi,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._files = files
        self._runner = runner
        self.meeting_id: str | None = None
        self.running = False
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.AutoConnection)
        self.status_label = paragraph("", 2)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.download_button = big_button(
            self.tr("Download the board pack"),
            self.tr("Download the board pack"),
            self.tr("Every document of the meeting, to read offline"),
        )
        self.download_button.setAutoDefault(True)
        self.download_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setMinimumHeight(28)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.stop_button = plain_button(
            self.tr("Stop"), self.tr("Stop the download"), self.tr("What is received is kept")
        )
        self.stop_button.setAutoDefault(True)
        self.stop_button.clicked.connect(self.stop)
        self.result_note = framed_note("", "warn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        row.addWidget(self.download_button, 2)
        row.addWidget(self.progress, 3)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        layout.addWidget(self.result_note)
        self._show_running(False)
        set_note(self.result_note, "")

    def show_meeting(self, meeting_id: str | None) -> None:
        if self.running and meeting_id != self.meeting_id:
            return  # the download goes on; its meeting comes back when it ends
        if meeting_id != self.meeting_id:
            set_note(self.result_note, "")
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        pack = self._meetings.pack_status(self.meeting_id)
        text = pack_words(pack)
        if pack.bytes_total and not pack.complete:
            left = size_words(max(0, pack.bytes_total - pack.bytes_ready))
            text = fill(self.tr("%1 (%2 to download)"), text, left)
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        if not self.running:
            missing = pack.documents > pack.documents_ready
            self.download_button.setEnabled(missing)
            self.download_button.setText(
                self.tr("Download the board pack")
                if missing
                else self.tr("Board pack available offline")
            )
            self.download_button.setAccessibleName(self.download_button.text())

    def _show_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.download_button.setEnabled(not running)

    def start(self) -> None:
        """Download what is missing of the meeting's pack on the worker."""
        if self.running or self.meeting_id is None:
            return
        shas = self._meetings.pack_files(self.meeting_id)
        self._stop.clear()
        set_note(self.result_note, "")
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self._show_running(True)
        self.download_button.setText(self.tr("Downloading…"))
        self.stop_button.setFocus()
        files, relay, stop = self._files, self._relay, self._stop
        work: Callable[[], list[FileState]] = lambda: files.download(  # noqa: E731
            shas, relay.progress.emit, stop.is_set
        )
        self._runner.run(work, on_done=self._on_done, on_error=self._on_error)

    def stop(self) -> None:
        if self.running:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self.progress.setFormat(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        if not self.running:
            return  # a late report from the cache's writer thread, after the end
        if total > 0:
            self.progress.setValue(min(1000, int(done * 1000 / total)))
        text = fill(self.tr("%1 of %2"), size_words(done), size_words(total))
        self.progress.setFormat(text)
        self.progress.setAccessibleDescription(text)

    def _on_done(self, states: list[FileState]) -> None:
        stopped = self._stop.is_set()
        failed = [s for s in states if s.status == "failed" and s.error != "cancelled"]
        self._show_running(False)
        if not failed and not stopped:
            self.progress.setValue(self.progress.maximum())
        if failed:
            count = len(failed)
            note = fill(
                plural(self.tr("%n file(s) could not be downloaded: %1", "", count), count),
                self.error_words(failed[0].error),
            )
        elif stopped:
            note = self.tr("Download stopped. What was received is kept: it will resume.")
        else:
            note = ""
        set_note(self.result_note, note)
        self.refresh()
        self.download_button.setFocus()
        self.finished.emit()

    def error_words(self, code: str) -> str:
        texts = {
            "server_unreachable": self.tr(
                "the server cannot be reached. Try again when you are online."
            ),
            "unauthenticated": self.tr("you need to sign in again."),
            "not_found": self.tr("the document is no longer available to you."),
        }
        return texts.get(code, self.tr("the file did not arrive whole. Try again later."))

    def _on_error(self, error: BaseException) -> None:
        self._show_running(False)
        set_note(
            self.result_note,
            fill(self.tr("The board pack could not be downloaded: %1"), str(error)),
        )
        self.refresh()
        self.finished.emit()
