"""The world of the idea box and announcements tests (no test here): a live server on loopback
with an organisation, a committee "Conseil" and five people, and for each member who opens the
app a real encrypted cache, a real sync engine, the real use cases (``IdeaBox``,
``Announcements``) and the real views offscreen. The other members act through the server kit.

People: Alice and Bob (members of the Conseil), Chloé (the Conseil's chair), Sam (secretary,
not in the Conseil) and Anna (an announcer in the Conseil).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QListView, QWidget

from desktop.app import make_session
from desktop.core.announcements import Announcements
from desktop.core.conversations import Conversations
from desktop.core.ideas import IdeaBox
from desktop.core.library import Library
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.announcements_view import AnnouncementsView
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.ideas_view import IdeasView
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole
from protocol.models import CommitteeData
from tests.desktop.uikit import Modals
from tests.serverkit import Account, Outbox, ServerKit, make_server

PASSPHRASE = "phrase secrète de test"


@dataclass
class MemberApp:
    """One member's app: the cache, the sync, the use cases and both views."""

    account: Account
    services: Services
    session: Session
    events: AppEvents
    ideas: IdeaBox
    announcements: Announcements
    ideas_view: IdeasView
    announcements_view: AnnouncementsView
    local_changes: list[str] = field(default_factory=list)

    def sent(self) -> list[tuple[str, str, dict[str, Any] | None]]:
        """What this app queued: (kind, "pending" / "sent" / "rejected", the server's answer)."""
        return [(e.kind, e.state, e.result) for e in self.services.store.outbox()]

    def sync(self) -> None:
        """A sync, then what the sync controller tells the views."""
        self.session.sync()
        self.events.documents_changed.emit()


@dataclass
class NetWorld:
    kit: ServerKit
    url: str
    tmp_path: Path
    qtbot: Any
    conseil: CommitteeData
    people: dict[str, Account]
    opened: list[MemberApp] = field(default_factory=list)

    def outbox(self, key: str) -> Outbox:
        """A device of ``key`` pushing straight to the server (another member's app)."""
        return self.kit.outbox(self.people[key])

    def app(self, key: str) -> MemberApp:
        account = self.people[key]
        services = build_services(
            Profile(self.tmp_path / f"profile-{key}"), self.url, passphrase=PASSPHRASE
        )
        session = make_session(services)
        session.sign_in(self.url, account.email, account.password, "tests")
        session.sync()
        events = AppEvents()
        library = Library(services.store)
        ideas = IdeaBox(services.store)
        announcements = Announcements(services.store)
        outbox = Conversations(services.store)  # "Send again" / "Give up on it"
        ideas_view = IdeasView(ideas, library, events, outbox=outbox)
        announcements_view = AnnouncementsView(announcements, library, events, outbox=outbox)
        for view in (ideas_view, announcements_view):
            self.qtbot.addWidget(view)
            view.resize(1280, 800)
        app = MemberApp(
            account, services, session, events, ideas, announcements, ideas_view,
            announcements_view,
        )  # fmt: skip
        ideas_view.local_change.connect(lambda: app.local_changes.append("ideas"))
        announcements_view.local_change.connect(lambda: app.local_changes.append("announcements"))
        self.opened.append(app)
        return app

    def close(self) -> None:
        for app in self.opened:
            app.ideas_view.close()
            app.announcements_view.close()
            app.services.close()


@pytest.fixture
def net(tmp_path: Path, qtbot: Any, qapp: QApplication) -> Iterator[NetWorld]:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    kit.create_organisation("Mutuelle des Volcans", "MdV")
    conseil = kit.add_committee("Conseil", "Le conseil d'administration.", "board")
    people = {
        "alice": kit.add_member("alice", "Alice Martin"),
        "bob": kit.add_member("bob", "Bob Durand"),
        "chloe": kit.add_member("chloe", "Chloé Présidente"),
        "sam": kit.add_member("sam", "Sam Secrétaire", roles=("secretary",)),
        "anna": kit.add_member("anna", "Anna Qualité", roles=("announcer",)),
    }
    for key in ("alice", "bob", "anna"):
        kit.add_to_committee(people[key], conseil.id)
    kit.add_to_committee(people["chloe"], conseil.id, role="chair")
    with kit.live() as server:
        world = NetWorld(kit, server.url, tmp_path, qtbot, conseil, people)
        try:
            yield world
        finally:
            world.close()
    kit.close()


@pytest.fixture
def modals() -> Iterator[Modals]:
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == []
    assert driver.pending == []


def present(qtbot: Any, view: QWidget) -> None:
    """Show ``view`` as the active window (its keyboard shortcuts work only then)."""
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)


def press(qtbot: Any, widget: QWidget, key: Qt.Key, ctrl: bool = False) -> None:
    """A key pressed in ``widget`` once its window is the active one (as on screen)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, key, modifier)


def focusable(view: QWidget) -> list[QWidget]:
    """The visible widgets Tab reaches (not the viewports inside named lists and texts)."""
    found = []
    for widget in view.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is not None and parent.inherits("QAbstractScrollArea"):
            continue
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def ids(view: QListView) -> list[str]:
    model = view.model()
    return [str(model.index(r, 0).data(IdRole)) for r in range(model.rowCount())]


def row(view: QListView, row_id: str) -> QModelIndex:
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(IdRole) == row_id:
            return index
    raise AssertionError(f"no row {row_id} in {view.accessibleName()}")


def badge(view: QListView, row_id: str) -> str:
    return str(row(view, row_id).data(BadgeRole))


def subtitle(view: QListView, row_id: str) -> str:
    return str(row(view, row_id).data(SubtitleRole))


def spoken(view: QListView, row_id: str) -> str:
    return str(row(view, row_id).data(Qt.ItemDataRole.AccessibleTextRole))
