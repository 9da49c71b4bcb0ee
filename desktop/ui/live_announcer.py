"""Live changes said to screen readers without moving the focus (docs/ACCESSIBILITY.md): a new
message in the conversation on screen, a vote that waits for the member's vote and closes
within the hour (once per vote), and a sync that failed (once per kind of failure, until one
succeeds). The notifications list says new notifications itself (``NotificationsView``).

Everything is said through ``desktop.ui.widgets.announce`` (a polite
``QAccessibleAnnouncementEvent``). Nothing is said while the app is locked or the window is
hidden in the tray: a vote closing soon is said once the window shows its content again, if it
still closes soon. What is kept is only ids (the messages on screen, the votes already said),
never the words said, and the messages' ids are forgotten when the app locks.
Installed by ``desktop.app.build_main_window`` (``install_live_announcer``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.cache.errors import CacheError
from desktop.cache.network_records import Message
from desktop.core.votes_views import awaits_a_vote
from desktop.sync.status import SyncState, SyncStatus
from desktop.ui import widgets
from desktop.ui.conv_words import plural_forms
from desktop.ui.errors import error_text
from desktop.ui.formatting import fill
from desktop.ui.message_models import MessageListModel, plain_text
from desktop.ui.votes_words import countdown, now_utc

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: A vote closing sooner than this, still waiting for the member's vote, is announced once.
CLOSING_SOON = timedelta(hours=1)
#: How often the deadlines are looked at, in milliseconds.
CHECK_MS = 30_000
#: The start of a message read out, in characters.
EXCERPT_CHARS = 140
FAILED_STATES = (SyncState.ERROR, SyncState.OFFLINE, SyncState.SIGNED_OUT)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LiveAnnouncer(QObject):
    """Listens to the app's events after the views (they refresh first) and says what
    changed."""

    def __init__(self, window: MainWindow, clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        #: How many things were said (the words themselves are not kept).
        self.said_count = 0
        self._shown: dict[str, tuple[str | None, set[str]]] = {}
        self._closing_said: set[str] = set()
        self._failure_said: tuple[SyncState, str | None] | None = None
        window.events.documents_changed.connect(self.check)
        # Another conversation or thread shown: what it holds is known, not new.
        view = window.network.conversations_view
        channels = view.channels.list.selectionModel()
        channels.currentChanged.connect(self._on_channel_changed)
        for model in (view.model, view.thread_panel.model):
            model.modelReset.connect(self._on_model_reset)
        window.events.sync_finished.connect(self._on_sync_finished)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_votes)
        self.timer.start()
        window.installEventFilter(self)  # shown again (from the tray): the votes looked at
        stack = window.centralWidget()
        if isinstance(stack, QStackedWidget):  # the lock's stack: locked, or unlocked
            stack.currentChanged.connect(self._on_lock_changed)
        self._remember_messages()
        self.check_votes()

    def say(self, widget: QWidget, text: str) -> None:
        self.said_count += 1
        widgets.announce(widget, text)

    @property
    def may_speak(self) -> bool:
        """Not while locked (the lock screen hides the content) nor hidden in the tray."""
        window = self._window
        return window.isVisible() and not window.lock_wiring.locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self.check_votes)  # once the window is on screen
        return False

    def _on_lock_changed(self, _index: int) -> None:
        if self._window.lock_wiring.locked:
            self._shown.clear()  # forgotten while locked; what is on screen at unlock is known
        else:
            self._remember_messages()
            self.check_votes()

    def _on_channel_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._remember_messages()

    def check(self) -> None:
        self.check_messages()
        self.check_votes()

    # --- a new message in the conversation on screen -----------------------------------------

    def _lists(self) -> dict[str, tuple[QWidget, MessageListModel, str | None]]:
        """The message lists on screen: the channel's, and the open thread's."""
        view = self._window.network.conversations_view
        lists: dict[str, tuple[QWidget, MessageListModel, str | None]] = {
            "channel": (view.list, view.model, view.channel_id)
        }
        panel = view.thread_panel
        if panel.root_id is not None:  # a thread open beside the channel
            lists["thread"] = (panel.list, panel.model, f"thread/{panel.root_id}")
        return lists

    def _remember_messages(self) -> None:
        for key, (_widget, model, where) in self._lists().items():
            self._shown[key] = (where, {m.id for m in model.messages()})

    def _on_model_reset(self) -> None:
        """A list shows another conversation or thread: remember it (a refresh of the same
        one is for ``check_messages`` to compare)."""
        for key, (_widget, model, where) in self._lists().items():
            if self._shown.get(key, (None, set()))[0] != where:
                self._shown[key] = (where, {m.id for m in model.messages()})

    def check_messages(self) -> None:
        view = self._window.network.conversations_view
        for key, (widget, model, where) in self._lists().items():
            before_where, before = self._shown.get(key, (None, set()))
            messages = model.messages()
            self._shown[key] = (where, {m.id for m in messages})
            if where != before_where or not view.isVisible():
                continue  # another conversation, or none on screen: nothing new *here*
            new = [m for m in messages if m.id not in before and not m.mine and not m.deleted]
            if new:
                self.say(widget, self._message_words(model, new, thread=key == "thread"))

    def _message_words(self, model: MessageListModel, new: list[Message], thread: bool) -> str:
        if len(new) > 1:
            said = (
                self.tr("%n new repl(y|ies) in this thread", "", len(new))
                if thread
                else self.tr("%n new message(s) in this conversation", "", len(new))
            )
            latest = new[-1]
            text = plural_forms(said, len(new))
            return fill(
                self.tr("%1. The latest, from %2: %3"),
                text,
                latest.author_name,
                excerpt(plain_text(model.html(latest))),
            )
        message = new[0]
        said = self.tr("New reply from %1: %2") if thread else self.tr("New message from %1: %2")
        return fill(said, message.author_name, excerpt(plain_text(model.html(message))))

    # --- a vote closing soon -----------------------------------------------------------------

    def check_votes(self) -> None:
        now = self._clock()
        try:
            views = self._window.session.votes.open_motions()
        except CacheError:  # the cache is closed: the app is stopping
            return
        # Only the votes still open are remembered: the set stays as small as the list.
        self._closing_said &= {view.motion.id for view in views}
        if not self.may_speak:
            return  # said once the window shows its content again, if still closing soon
        for view in views:
            deadline = view.deadline
            motion_id = view.motion.id
            if deadline is None or motion_id in self._closing_said or not awaits_a_vote(view):
                continue
            if timedelta(0) < deadline - now <= CLOSING_SOON:
                self._closing_said.add(motion_id)
                text = fill(
                    self.tr("The vote “%1” %2 and waits for your vote."),
                    view.motion.title,
                    countdown(deadline, now),
                )
                self.say(self._window, text)

    # --- a failed sync -----------------------------------------------------------------------

    def _on_sync_finished(self, status: SyncStatus) -> None:
        if status.state is SyncState.ONLINE:
            self._failure_said = None
            return
        if status.state not in FAILED_STATES:
            return
        failure = (status.state, status.reason_code)
        if failure == self._failure_said:
            return  # said already: the retries are not said again
        self._failure_said = failure
        bar = self._window.status_bar
        state = bar.state_text(status)
        # "Sync problem: ..." says it already; "Offline", "Signed out" say why, not that.
        text = state if status.state is SyncState.ERROR else fill(self.tr("Sync failed. %1"), state)
        step = self._next_step(status)
        self.say(bar.state_label, f"{text} {step}" if step else text)

    def _next_step(self, status: SyncStatus) -> str:
        """What the member may do about it (signed out: the state already says so)."""
        if status.state is SyncState.OFFLINE:
            return self.tr(
                "Quorum will try again by itself; what you do meanwhile waits on this computer."
            )
        if status.state is SyncState.ERROR:
            return error_text(_Reason(status.reason_code or "unknown"))[1]
        return ""


class _Reason(Exception):
    """A sync's reason code, as the error words expect it."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def install_live_announcer(window: MainWindow) -> LiveAnnouncer:
    """The announcer, a child of the window (``window.findChild(LiveAnnouncer)``)."""
    return LiveAnnouncer(window)
