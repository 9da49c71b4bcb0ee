"""The committee network's UI over the real thing: a live server on loopback with the small
organisation (alice and sara in committee A "Commission finances", bob and sara in committee B,
sara the secretary), and for each member a real encrypted cache, a real session, the real
network use cases (``desktop.core``) and a real main window offscreen. Work runs at once
(``ImmediateRunner``), so a keystroke, a sync and what the member then reads happen in order.

Other members act through the server's push service (``world.post(...)``), as their own apps
would. The UI tests of conversations, notifications, ideas and announcements share this world::

    from tests.desktop.netapp import NetworkWorld, modals, world
    window = world.window(world.org.alice)            # signed in, synced, on Conversations
    world.post(world.org.sara, committee_channel(a), "Bonjour")
    window.sync_now()
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QListView, QWidget

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.conv_network import build_network
from desktop.ui.conversations_view import ConversationsView
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.message_models import RecordRole
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole
from desktop.ui.runner import ImmediateRunner
from protocol.models import MutationResult
from protocol.network import committee_channel
from tests.desktop.uikit import Modals
from tests.serverkit import Account, Outbox, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


def new_id(prefix: str = "msg") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


@dataclass
class NetworkWorld:
    kit: ServerKit
    org: SmallOrg
    url: str
    tmp_path: Path
    qtbot: Any
    opened: list[tuple[MainWindow, Services]] = field(default_factory=list)
    devices: dict[str, Outbox] = field(default_factory=dict)

    @property
    def channel_a(self) -> str:
        return committee_channel(self.org.committee_a.id)

    @property
    def channel_b(self) -> str:
        return committee_channel(self.org.committee_b.id)

    def window(self, account: Account, view: str = "conversations") -> MainWindow:
        """The member's app, signed in and synced, on ``view`` ("conversations",
        "notifications", "ideas", "announcements", "documents" or "votes")."""
        services = build_services(
            Profile(self.tmp_path / f"profile-{account.key}"), self.url, passphrase=PASSPHRASE
        )
        session = make_session(services)
        session.sign_in(self.url, account.email, account.password, "tests")
        window = build_main_window(
            session, ImmediateRunner(), AppEvents(), network=build_network(services.store)
        )
        self.opened.append((window, services))
        self.qtbot.addWidget(window)
        window.show()
        window.start()
        actions = {
            "conversations": window.network.conversations_action,
            "ideas": window.network.ideas_action,
            "announcements": window.network.announcements_action,
            "notifications": window.network.notifications_action,
            "documents": window.documents_action,
            "votes": window.votes_action,
        }
        actions[view].trigger()
        self.activate(window)
        return window

    def activate(self, window: MainWindow) -> None:
        """Make ``window`` the active one (shortcuts and focus work in the active window only),
        keeping the focus where it was in it."""
        focused = window.focusWidget()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        if focused is not None:
            focused.setFocus()

    def device(self, account: Account) -> Outbox:
        """Another app of ``account``, pushing through the server's push service."""
        if account.key not in self.devices:
            self.devices[account.key] = self.kit.outbox(account)
        return self.devices[account.key]

    def send(self, account: Account, kind: str, data: dict[str, Any]) -> MutationResult:
        result = self.device(account).send(kind, data)
        assert result.status == "applied", result
        return result

    def post(
        self, account: Account, channel_id: str, body: str, thread_root_id: str | None = None
    ) -> str:
        """A message posted by ``account`` from their own app; its id."""
        message_id = new_id()
        data: dict[str, Any] = {"message_id": message_id, "channel_id": channel_id, "body": body}
        if thread_root_id is not None:
            data["thread_root_id"] = thread_root_id
        self.send(account, "message.post", data)
        return message_id

    def close(self) -> None:
        for window, services in self.opened:
            window.sync.stop()
            window.votes_view.timer.stop()
            window.close()
            services.close()


@pytest.fixture
def world(tmp_path: Path, qtbot: Any, qapp: QApplication) -> Iterator[NetworkWorld]:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        built = NetworkWorld(kit, org, server.url, tmp_path, qtbot)
        try:
            yield built
        finally:
            built.close()
    kit.close()
    install_translations(qapp, "en")


@pytest.fixture
def modals() -> Iterator[Modals]:
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == []
    assert driver.pending == []


def conversations(window: MainWindow) -> ConversationsView:
    return window.network.conversations_view


def row(view: QListView, row_id: str | int) -> QModelIndex:
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(IdRole) == row_id:
            return index
    raise AssertionError(f"no row {row_id} in {view.accessibleName()}")


def badge(view: QListView, row_id: str) -> str | None:
    found = row(view, row_id).data(BadgeRole)
    return None if found is None else str(found)


def subtitle(view: QListView, row_id: str) -> str:
    return str(row(view, row_id).data(SubtitleRole))


def bodies(view: QListView) -> list[str]:
    """The plain text of each message of a list, in order."""
    model = view.model()
    return [
        str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)) for r in range(model.rowCount())
    ]


def records(view: QListView) -> list[Any]:
    model = view.model()
    return [model.index(r, 0).data(RecordRole) for r in range(model.rowCount())]


def sentence(view: QListView, row_id: str) -> str:
    return str(row(view, row_id).data(Qt.ItemDataRole.AccessibleTextRole))


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest types ASCII only: accents are sent as key events)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def later(action: Any) -> Any:
    """A Modals answer that acts once its dialog's own loop runs."""
    from PySide6.QtCore import QTimer

    return lambda _dialog: QTimer.singleShot(0, action)


__all__ = [
    "NetworkWorld",
    "badge",
    "bodies",
    "conversations",
    "later",
    "modals",
    "records",
    "row",
    "sentence",
    "subtitle",
    "type_text",
    "world",
]
