"""The voting UI over the real thing: a live server on loopback with a board of five voters
and a secretary, and for each member a real encrypted cache, a real session (its real
VotesService) and a real main window offscreen. Work runs at once (``ImmediateRunner``), so a
click, a sync and what the member then reads happen in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QListView

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole
from desktop.ui.runner import ImmediateRunner
from desktop.ui.votes_view import VotesView
from protocol.motions import Fraction, MajorityRule, MotionData, MotionRules
from tests.desktop.uikit import Modals
from tests.serverkit import Account, Board, ServerKit, make_server

PASSPHRASE = "phrase secrète de test"


@dataclass
class VotingWorld:
    kit: ServerKit
    board: Board
    url: str
    tmp_path: Path
    qtbot: Any
    opened: list[tuple[MainWindow, Services]] = field(default_factory=list)

    def motion(self, title: str, **draft: Any) -> MotionData:
        rules = draft.pop(
            "rules",
            MotionRules(quorum=Fraction(numerator=1, denominator=2), majority=MajorityRule.SIMPLE),
        )
        draft.setdefault("body", f"Le conseil est invité à approuver : **{title}**.")
        return self.kit.motion(
            title, self.board.committee.id, rules=rules, open_for=timedelta(days=2), **draft
        )

    def window(self, account: Account) -> MainWindow:
        """The member's app, signed in and synced, on the Votes view."""
        services = build_services(
            Profile(self.tmp_path / f"profile-{account.key}"), self.url, passphrase=PASSPHRASE
        )
        session = make_session(services)
        session.sign_in(self.url, account.email, account.password, "tests")
        window = build_main_window(session, ImmediateRunner(), AppEvents())
        self.opened.append((window, services))
        self.qtbot.addWidget(window)
        window.show()
        window.start()
        window.votes_action.trigger()
        return window

    def close(self) -> None:
        for window, services in self.opened:
            window.sync.stop()
            window.votes_view.timer.stop()
            window.close()
            services.close()


@pytest.fixture
def world(tmp_path: Path, qtbot: Any, qapp: QApplication) -> Iterator[VotingWorld]:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    board = kit.seed_board(5)
    with kit.live() as server:
        built = VotingWorld(kit, board, server.url, tmp_path, qtbot)
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


def click(qtbot: Any, view: QListView, row_id: str) -> None:
    index = row(view, row_id)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def later(action: Callable[[], object]) -> Callable[[Any], None]:
    """A Modals answer that acts once its dialog's own loop runs (so a dialog it opens in
    turn is answered too)."""
    from PySide6.QtCore import QTimer

    return lambda _dialog: QTimer.singleShot(0, action)


__all__ = ["VotesView", "badge", "click", "later", "modals", "row", "subtitle", "world"]
