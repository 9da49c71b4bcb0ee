"""When to sync: at start, on request, periodically, and with the engine's back-off offline.

The sync itself runs in the task runner; this object only decides when, and tells the rest of
the app through :class:`AppEvents` (``sync_started``, ``sync_finished``, ``status_changed``,
``documents_changed``).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.session import Session
from desktop.sync.errors import ServerUnreachable
from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.errors import log_error
from desktop.ui.events import AppEvents
from desktop.ui.runner import Runner

log = logging.getLogger(__name__)

#: After a document is read while online, its receipt leaves this soon (milliseconds).
SEND_RECEIPT_DELAY_MS = 2_000
#: Never sooner than this between two automatic syncs (milliseconds).
MIN_DELAY_MS = 1_000


class SyncController(QObject):
    """Starts syncs in the runner and schedules the next one from ``session.next_delay()``.

    ``needs_attention(error)`` is emitted when a sync the member asked for failed for a reason
    they must act on (being offline is not one: the status bar says it calmly).
    """

    needs_attention = Signal(object)

    def __init__(
        self, session: Session, runner: Runner, events: AppEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._events = events
        self._syncing = False
        self._manual = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def syncing(self) -> bool:
        return self._syncing

    @property
    def next_sync_in_ms(self) -> int | None:
        """Milliseconds until the next automatic sync; None when none is scheduled."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def sync_now(self, manual: bool = True) -> None:
        if self._syncing:
            return
        self._syncing = True
        self._manual = manual
        self._timer.stop()
        self._events.sync_started.emit()
        syncing: SyncStatus = replace(
            self._session.status(), state=SyncState.SYNCING, reason_code=None
        )
        self._events.status_changed.emit(syncing)
        self._runner.run(self._session.sync, on_done=self._on_done, on_error=self._on_failed)

    def local_change(self) -> None:
        """Something was queued in the outbox: recount it, and send it soon when online."""
        status = self._session.refresh_status()
        self._events.status_changed.emit(status)
        if status.state is SyncState.ONLINE and not self._syncing:
            self._timer.start(SEND_RECEIPT_DELAY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def _on_done(self, _report: object) -> None:
        self._events.documents_changed.emit()
        self._finish()

    def _on_failed(self, error: BaseException) -> None:
        log_error(error)
        self._finish()
        if self._manual and not isinstance(error, ServerUnreachable):
            self.needs_attention.emit(error)

    def _finish(self) -> None:
        self._syncing = False
        status = self._session.status()
        self._events.sync_finished.emit(status)
        self._events.status_changed.emit(status)
        delay = self._session.next_delay()
        if delay is not None:
            self._timer.start(max(MIN_DELAY_MS, int(delay * 1000)))

    def _on_timer_timeout(self) -> None:
        self.sync_now(manual=False)
