"""Board documents made ready offline in the background, with no click: after each sync that
ends online, ``BackgroundFiles`` tidies the cache (retention rule, size budget) and downloads
what is missing, one file after the other, on ITS OWN thread.

Not the app's ``Runner``: that one has a single thread and a board pack must never hold up a
sync. The cache store is thread-safe (``desktop.cache.files``: one short transaction per call),
so the two run side by side. The thread touches no Qt object: it only emits the signals of a
small relay that lives on the UI thread (queued). There is never more than one run; a request
during a run makes one more run after it.

What the member asks for themselves (a board pack, one document: ``ForegroundFiles``) comes
first: while such a download runs, the background run stops between two chunks (what arrived
stays) and starts again after it, so the two never write the same file at once.

The size budget is kept: a file that would not fit is left for later (the member can pin it,
or raise the budget). Failures are logged, never shown in a dialog; while it works the status
bar says so calmly ("Offline documents: 3 of 12…"), and nothing once done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.cache.document_records import FileState
from desktop.core.documents_api import BoardFilesApi, Progress
from desktop.sync.errors import ProtocolMismatch, ServerUnreachable
from desktop.sync.files import DownloadCancelled
from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill

log = logging.getLogger(__name__)

#: After a sync, the background run waits this long (ms): the member's first clicks go first.
START_DELAY_MS = 2_000
#: Files completed within this many ms make one ``files_changed``.
COALESCE_MS = 300
#: Closing waits at most this long (s) for the thread, which stops between two chunks.
JOIN_TIMEOUT_S = 5.0
#: A file failing with one of these would fail every file after it: the run stops.
_STOPPING = frozenset(
    {
        ServerUnreachable.code,
        ProtocolMismatch.code,
        DownloadCancelled.code,
        "unauthenticated",
        "device_revoked",
    }
)


class _Gate:
    """Plain Python, shared with the thread: foreground downloads first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.foreground = 0
        #: Set while no background run is downloading.
        self.idle = threading.Event()
        self.idle.set()

    def yielding(self) -> bool:
        with self.lock:
            return self.foreground > 0


class _Relay(QObject):
    """Lives on the UI thread; the background thread (and a foreground download) emit."""

    progress = Signal(int, int)  # files handled, files in this run
    file_ready = Signal()
    finished = Signal()
    resume = Signal()


class ForegroundFiles:
    """``BoardFilesApi`` for what the member asks: its downloads step the background aside."""

    def __init__(self, files: BoardFilesApi, gate: _Gate, resume: Callable[[], None]) -> None:
        self._files = files
        self._gate = gate
        self._resume = resume

    def download(
        self,
        sha256s: Sequence[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FileState]:
        with self._gate.lock:
            self._gate.foreground += 1
        try:
            # The background run stops between two chunks; what it received stays, resumed here.
            self._gate.idle.wait(JOIN_TIMEOUT_S)
            return self._files.download(sha256s, progress, cancelled)
        finally:
            with self._gate.lock:
                self._gate.foreground -= 1
            self._resume()

    def state(self, sha256: str) -> FileState:
        return self._files.state(sha256)

    def read(self, sha256: str) -> bytes:
        return self._files.read(sha256)

    def missing(self) -> list[str]:
        return self._files.missing()

    def pin(self, document_id: str, pinned: bool) -> None:
        self._files.pin(document_id, pinned)

    def pinned(self) -> set[str]:
        return self._files.pinned()

    def retention_months(self) -> int | None:
        return self._files.retention_months()

    def usage(self) -> tuple[int, int]:
        return self._files.usage()

    def set_budget(self, budget_bytes: int) -> None:
        self._files.set_budget(budget_bytes)

    def tidy(self, today: date | None = None) -> int:
        return self._files.tidy(today)


def plan(files: BoardFilesApi, urgent: Sequence[str] = ()) -> list[str]:
    """What one run fetches: ``urgent`` first (a document just pinned), then what is missing in
    ``missing()``'s order, as long as it fits in the budget (a pinned document's file always
    does)."""
    used, budget = files.usage()
    wanted = list(dict.fromkeys(urgent))
    pinned = files.pinned()
    for sha256 in files.missing():
        if sha256 in wanted:
            continue
        if sha256 in pinned:
            wanted.append(sha256)
            continue
        state = files.state(sha256)
        more = max(0, state.size - state.received)
        if used + more > budget:
            continue  # left for later: a smaller one may still fit
        used += more
        wanted.append(sha256)
    return wanted


def _run(
    files: BoardFilesApi, urgent: list[str], cancel: threading.Event, gate: _Gate, relay: _Relay
) -> None:
    """The background thread: no Qt object touched, the relay's signals only."""

    def stop() -> bool:
        return cancel.is_set() or gate.yielding()

    try:
        if not stop():
            freed = files.tidy()
            if freed:
                log.info("offline files: %s bytes freed by the retention rule or the budget", freed)
            wanted = [] if stop() else plan(files, urgent)
            relay.progress.emit(0, len(wanted))
            for done, sha256 in enumerate(wanted, start=1):
                if stop():
                    break
                [state] = files.download([sha256], cancelled=stop)
                if state.ready:
                    relay.file_ready.emit()
                elif state.error in _STOPPING:
                    log.info("offline files: stopped (%s)", state.error)
                    break
                else:
                    log.warning("offline files: %s failed (%s)", sha256[:12], state.error)
                relay.progress.emit(done, len(wanted))
    except Exception:  # a run that fails is logged; the next sync tries again
        log.exception("offline files: the background run failed")
    finally:
        gate.idle.set()
        try:
            relay.finished.emit()
        except RuntimeError:  # the window is gone (closed without waiting)
            pass


class BackgroundFiles(QObject):
    """Runs ``tidy`` then ``download(missing)`` on its own thread after each online sync.

    ``files_changed()``: files became ready (several within ``COALESCE_MS`` make one);
    ``status_text_changed(text)``: what to show in the status bar ("" when nothing runs);
    ``run_finished()``: a run ended (done, stopped or failed)."""

    files_changed = Signal()
    status_text_changed = Signal(str)
    run_finished = Signal()

    def __init__(
        self,
        files: BoardFilesApi,
        parent: QObject | None = None,
        *,
        delay_ms: int = START_DELAY_MS,
        coalesce_ms: int = COALESCE_MS,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self.delay_ms = delay_ms
        self._gate = _Gate()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._again = False
        self._stopped = False
        self._urgent: list[str] = []
        self.status_text = ""
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.file_ready.connect(self._on_file_ready, queued)
        self._relay.finished.connect(self._on_finished, queued)
        self._relay.resume.connect(lambda: self.request(), queued)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(coalesce_ms)
        self._coalesce.timeout.connect(self.files_changed.emit)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def scheduled(self) -> bool:
        return self._timer.isActive()

    def foreground(self) -> ForegroundFiles:
        """The files for what the member asks (the reader, the board pack)."""
        return ForegroundFiles(self._files, self._gate, self._relay.resume.emit)

    def connect_events(self, events: AppEvents) -> None:
        events.sync_finished.connect(self.on_sync_finished)
        events.signed_out.connect(self.cancel)

    def on_sync_finished(self, status: SyncStatus) -> None:
        if status.state is SyncState.ONLINE:
            self.request()
        elif status.state is SyncState.SIGNED_OUT:
            self.cancel()

    def request(self, delay_ms: int | None = None) -> None:
        """A run soon (after ``delay_ms``, the usual delay by default); one more after the
        current one when it runs."""
        if self._stopped:
            return
        if self.running:
            self._again = True
            return
        delay = self.delay_ms if delay_ms is None else delay_ms
        if self._timer.isActive() and self._timer.remainingTime() <= delay:
            return
        self._timer.start(delay)

    def fetch_now(self, sha256: str) -> None:
        """Download this file first, at once (a document the member just pinned)."""
        if sha256 not in self._urgent:
            self._urgent.append(sha256)
        self.request(0)

    def cancel(self) -> None:
        """Stop the current run between two chunks (what arrived stays) and forget requests."""
        self._again = False
        self._urgent.clear()
        self._timer.stop()
        self._cancel.set()

    def stop(self, timeout: float = JOIN_TIMEOUT_S) -> None:
        """For good (sign-out of the window, closing): cancel and wait for the thread."""
        self._stopped = True
        self.cancel()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("offline files: the download thread did not stop in %ss", timeout)
        if self._coalesce.isActive():
            self._coalesce.stop()
        self._set_status("")

    def _start(self) -> None:
        if self._stopped or self.running:
            return
        if self._gate.yielding():
            return  # the member's own download goes first; its end asks again
        urgent, self._urgent = self._urgent, []
        self._cancel = threading.Event()
        self._gate.idle.clear()
        self._again = False
        self._thread = threading.Thread(
            target=_run,
            args=(self._files, urgent, self._cancel, self._gate, self._relay),
            name="quorum-offline-files",
            daemon=True,
        )
        self._thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self._stopped or total == 0:
            self._set_status("")
            return
        self._set_status(fill(self.tr("Offline documents: %1 of %2…"), str(done), str(total)))

    def _on_file_ready(self) -> None:
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _on_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(JOIN_TIMEOUT_S)  # it has emitted its last signal: a moment at most
        if self._coalesce.isActive():
            self._coalesce.stop()
            self.files_changed.emit()
        self._set_status("")
        self.run_finished.emit()
        if self._again and not self._stopped:
            self._again = False
            self.request(0 if self._urgent else None)

    def _set_status(self, text: str) -> None:
        if text != self.status_text:
            self.status_text = text
            self.status_text_changed.emit(text)
