"""When to sync: at start, on request, periodically, with the engine's back-off offline, and
whenever the server's live event stream pokes.

The sync itself runs in the task runner; this object only decides when, and tells the rest of
the app through :class:`AppEvents` (``sync_started``, ``sync_finished``, ``status_changed``,
``documents_changed``).

Once a sync succeeds (signed in and online) the controller starts an ``EventListener`` on the
session's server; it restarts it when the server or the token changes and stops it when the
member is signed out or the window closes. A poke arrives in the listener's thread and hops to
this object's thread through a queued signal; pokes that come during a sync make one more sync
right after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.core.session import Session
from desktop.sync.errors import NotLetIn, ServerUnreachable
from desktop.sync.events import EventListener
from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.errors import log_error
from desktop.ui.events import AppEvents
from desktop.ui.runner import Runner
from protocol.models import PokeData

log = logging.getLogger(__name__)

#: What the member did while online (a message, a vote, a read receipt) leaves this soon
#: (milliseconds): at once for a person waiting for an answer, with a moment to gather the
#: actions of one gesture (opening a channel marks it read, say) into one push.
SEND_SOON_MS = 150
#: Never sooner than this between two automatic syncs (milliseconds), pokes apart.
MIN_DELAY_MS = 1_000


class Listener(Protocol):
    """What the controller needs of an ``EventListener``."""

    @property
    def server_url(self) -> str: ...

    @property
    def running(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


#: Builds a listener: (server url, token getter, on_poke, on_signed_out, on_page).
ListenerFactory = Callable[
    [
        str,
        Callable[[], str | None],
        Callable[[], None],
        Callable[[], None],
        Callable[[PokeData], None],
    ],
    Listener,
]


def event_listener(
    server_url: str,
    token: Callable[[], str | None],
    on_poke: Callable[[], None],
    on_signed_out: Callable[[], None],
    on_page: Callable[[PokeData], None],
) -> Listener:
    return EventListener(server_url, token, on_poke, on_signed_out=on_signed_out, on_page=on_page)


class SyncController(QObject):
    """Starts syncs in the runner and schedules the next one from ``session.next_delay()``.

    ``needs_attention(error)`` is emitted when a sync the member asked for failed for a reason
    they must act on (being offline is not one: the status bar says it calmly).
    """

    needs_attention = Signal(object)
    #: Emitted in the listener's thread; delivered in this object's (queued).
    _poked = Signal()
    _paged = Signal(object)  # a PokeData that carries its page

    def __init__(
        self,
        session: Session,
        runner: Runner,
        events: AppEvents,
        parent: QObject | None = None,
        *,
        listener_factory: ListenerFactory | None = event_listener,
    ) -> None:
        """``listener_factory=None``: no live events (syncs on request and on the timer)."""
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._events = events
        self._syncing = False
        self._manual = False
        self._poke_pending = False
        self._stopped = False
        self._listener_factory = listener_factory
        self._listener: Listener | None = None
        self._listener_token: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._poked.connect(self._on_poke, Qt.ConnectionType.QueuedConnection)
        self._paged.connect(self._on_page, Qt.ConnectionType.QueuedConnection)

    @property
    def syncing(self) -> bool:
        return self._syncing

    @property
    def next_sync_in_ms(self) -> int | None:
        """Milliseconds until the next automatic sync; None when none is scheduled."""
        if not self._timer.isActive():
            return None
        # Qt's timer may answer its interval plus a rounding millisecond: never more than asked.
        return min(self._timer.remainingTime(), self._timer.interval())

    @property
    def listener(self) -> Listener | None:
        """The live event listener, while one runs."""
        return self._listener

    def sync_now(self, manual: bool = True) -> None:
        self._stopped = False
        if self._syncing:
            return
        self._syncing = True
        self._poke_pending = False
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
            self._timer.start(SEND_SOON_MS)

    def stop(self) -> None:
        """No more automatic syncs, and no live events (until the next ``sync_now``)."""
        self._stopped = True
        self._timer.stop()
        self._stop_listener()

    def _on_done(self, _report: object) -> None:
        self._events.documents_changed.emit()
        self._finish()

    def _on_failed(self, error: BaseException) -> None:
        log_error(error)
        self._finish()
        # Offline, or waiting to be let in (approval, two-step set-up): their own views say so.
        if self._manual and not isinstance(error, ServerUnreachable | NotLetIn):
            self.needs_attention.emit(error)

    def _finish(self) -> None:
        self._syncing = False
        status = self._session.status()
        self._events.sync_finished.emit(status)
        self._events.status_changed.emit(status)
        if self._stopped:
            return
        self._update_listener(status)
        if self._poke_pending:  # the server poked during this sync: once more, now
            self._poke_pending = False
            self._timer.start(0)
            return
        delay = self._session.next_delay()
        if delay is not None:
            self._timer.start(max(MIN_DELAY_MS, int(delay * 1000)))

    def _on_timer_timeout(self) -> None:
        self.sync_now(manual=False)

    # --- live events -----------------------------------------------------------------------

    def _on_poke(self) -> None:
        """The server has something new (or refused the token: the sync will say so)."""
        if self._stopped:
            return
        if self._syncing:
            self._poke_pending = True
        else:
            self.sync_now(manual=False)

    def _on_page(self, poke: PokeData) -> None:
        """A poke with its page: applied on the worker as if pulled, else a sync."""
        if self._stopped:
            return
        if self._syncing:
            self._poke_pending = True
            return
        self._syncing = True
        self._manual = False
        self._runner.run(
            lambda: self._session.apply_poke(poke),
            on_done=self._on_page_done,
            on_error=self._on_failed,
        )

    def _on_page_done(self, applied: object) -> None:
        self._syncing = False
        if not applied:
            self.sync_now(manual=False)
            return
        self._events.documents_changed.emit()
        status = self._session.status()
        self._events.sync_finished.emit(status)
        self._events.status_changed.emit(status)
        if self._poke_pending:
            self._poke_pending = False
            self._timer.start(0)

    def _token(self) -> str | None:
        return self._session.token()

    def _update_listener(self, status: SyncStatus) -> None:
        """Listen while signed in and online; follow a change of server or token."""
        if status.state is SyncState.SIGNED_OUT:
            self._stop_listener()
            return
        if status.state is not SyncState.ONLINE or self._listener_factory is None:
            return  # offline: a running listener reconnects by itself, with its back-off
        token = self._token()
        listener = self._listener
        if (
            listener is not None
            and listener.running
            and listener.server_url == self._session.server_url
            and token == self._listener_token
        ):
            return
        self._stop_listener()
        if token is None:
            return
        self._listener_token = token
        self._listener = self._listener_factory(
            self._session.server_url,
            self._token,
            self._poked.emit,
            self._poked.emit,
            self._paged.emit,
        )
        self._listener.start()

    def _stop_listener(self) -> None:
        listener, self._listener = self._listener, None
        self._listener_token = None
        if listener is not None:
            listener.stop()
