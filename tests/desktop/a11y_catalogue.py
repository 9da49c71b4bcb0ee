"""Every window and dialog of the app over the demo organisation, for the accessibility tests.

``demo_app`` is the real thing: the demo organisation (``server.services.demo``, the French
content of ``resources/demo``) on a live server on loopback, and Philippe Garnier, secretary of
the board, its bureau and "Vie mutualiste", signed in with a real encrypted cache, a real
session, the real use cases and a real main window offscreen, synced (``ImmediateRunner``:
work runs at once). ``catalogue(app)`` yields ``(name, widget)`` for the main window in each of
its views (Ctrl+1..8 and search), with the first row of each list chosen so that the detail
panes are filled, and in a few more states (search results, a PDF open, searching in it, its
side panel, a conversation's thread), then every dialog of ``desktop/ui`` (``a11y_dialogs``,
``a11y_installed``), built as the app builds it, some in more than one state::

    from tests.desktop.a11y_catalogue import catalogue, demo_app
    for name, window in catalogue(demo_app):
        window.show() ...

In French: ``@pytest.mark.parametrize("demo_app", ["fr"], indirect=True)`` (the language is
installed before anything is built). A yielded dialog is not shown; it is closed and deleted
once the loop asks for the next one, so take what you need from it before. The main window is
yielded once per state (the same window). ``test_a11y_catalogue`` fails when a dialog class
of ``desktop/ui`` is missing here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget

from desktop.app import board_use_cases, build_main_window, make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from server.embedded import LiveServer
from server.services.demo import demo_file, load_demo
from tests.desktop.a11y_dialogs import dialogs
from tests.serverkit import ServerKit, make_server

PASSPHRASE = "phrase secrète de test"
#: The password of the demo's secretary (resources/demo/organisation.json).
DEMO_PASSWORD = "Secretariat-Quorum-2026"
#: The secretary of the board, its bureau and "Vie mutualiste": the member who sees the most.
MEMBER = "philippe.garnier@demo.quorum.example"


@dataclass
class DemoApp:
    kit: ServerKit
    url: str
    profile: Profile
    services: Services
    window: MainWindow

    @property
    def session(self) -> Session:
        return self.window.session

    def close(self) -> None:
        window = self.window
        window.sync.stop()
        window.votes_view.timer.stop()
        window.close()
        self.services.close()


@pytest.fixture
def demo_app(
    request: pytest.FixtureRequest, tmp_path: Path, qtbot: Any, qapp: QApplication
) -> Iterator[DemoApp]:
    """The demo organisation on a live server and its secretary's app, signed in and synced,
    in English, or in the language given by ``@pytest.mark.parametrize("demo_app", ["fr"],
    indirect=True)`` (installed before anything is built)."""
    install_translations(qapp, getattr(request, "param", "en"))
    kit = make_server(tmp_path)
    load_demo(kit.engine, demo_file(), passwords=kit.passwords)
    with LiveServer(kit.app) as server:
        app = open_demo_app(kit, server.url, tmp_path, qtbot)
        try:
            yield app
        finally:
            app.close()
    kit.close()
    install_translations(qapp, "en")


def open_demo_app(kit: ServerKit, url: str, tmp_path: Path, qtbot: Any) -> DemoApp:
    profile = Profile(tmp_path / "profile-demo")
    services = build_services(profile, url, passphrase=PASSPHRASE)
    session = make_session(services)
    session.sign_in(url, MEMBER, DEMO_PASSWORD, "tests")
    window = build_main_window(
        session,
        ImmediateRunner(),
        AppEvents(),
        profile,
        build_network(services.store),
        board_use_cases(services),
    )
    qtbot.addWidget(window)
    window.offline.background.stop()  # only what a view asks for is downloaded
    window.show()
    window.start()
    return DemoApp(kit, url, profile, services, window)


# --- the main window in each of its views ------------------------------------------------------


def choose_first_rows(root: QWidget, rounds: int = 3) -> None:
    """Choose the first row of every shown list that has none chosen, so that the detail panes
    are filled (again, for the lists a choice reveals)."""
    for _ in range(rounds):
        chosen = False
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if not view.isVisibleTo(root) or model is None or model.rowCount() == 0:
                continue
            if view.currentIndex().isValid():
                continue
            view.setCurrentIndex(model.index(0, 0))
            chosen = True
        QCoreApplication.processEvents()
        if not chosen:
            return


def views(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    network, board = window.network, window.board
    return [
        ("documents (Ctrl+1)", window.documents_action.trigger),
        ("votes (Ctrl+2)", window.votes_action.trigger),
        ("conversations (Ctrl+3)", network.conversations_action.trigger),
        ("idea box (Ctrl+4)", network.ideas_action.trigger),
        ("announcements (Ctrl+5)", network.announcements_action.trigger),
        ("notifications (Ctrl+6)", network.notifications_action.trigger),
        ("meetings (Ctrl+7)", board.meetings_action.trigger),
        ("my actions (Ctrl+8)", board.my_actions_action.trigger),
        ("search (Ctrl+Shift+F)", network.search_action.trigger),
    ]


def pdf_document_id(app: DemoApp) -> str:
    """A PDF of the board pack the member may read."""
    library = app.session.library
    for committee in library.committees():
        for doc in library.documents(committee.id):
            if doc.format == "pdf":
                return str(doc.id)
    raise AssertionError("the demo has no PDF the member may read")


def main_views(app: DemoApp) -> Iterator[tuple[str, QWidget]]:
    window = app.window
    for name, show in views(window):
        show()
        QCoreApplication.processEvents()
        choose_first_rows(window)
        yield f"main window: {name}", window
    search = window.network.search_view
    search.field.setText("budget")
    search.search_now()
    QCoreApplication.processEvents()
    choose_first_rows(window)
    yield "main window: search, results for a word", window
    window.documents_action.trigger()
    choose_first_rows(window)
    window.open_document(pdf_document_id(app))
    QCoreApplication.processEvents()
    yield "main window: documents, a PDF open", window
    pdf = window.document_pane.pdf
    assert pdf is not None
    pdf.viewer.search_bar.open_search()  # Ctrl+F in the PDF
    pdf.viewer.search_bar.field.setText("budget")
    QCoreApplication.processEvents()
    yield "main window: documents, searching in a PDF", window
    window.document_pane.panel_button.setChecked(True)  # F9: notes, comments, versions
    QCoreApplication.processEvents()
    choose_first_rows(window)
    yield "main window: documents, a PDF open with its side panel", window
    window.document_pane.panel_button.setChecked(False)
    window.network.conversations_action.trigger()
    conversations = window.network.conversations_view
    channel = conversations.channel()
    assert channel is not None, "the demo's secretary has a channel"
    messages = conversations.conversations.messages(channel.id)
    assert messages, "the demo's first channel has messages"
    conversations.open_thread(messages[-1].id)
    QCoreApplication.processEvents()
    yield "main window: conversations, a thread open", window


def catalogue(app: DemoApp) -> Iterator[tuple[str, QWidget]]:
    """``(name, widget)`` for every window and dialog of the app (see the module's text)."""
    yield from main_views(app)
    for name, make in dialogs(app):
        dialog = make()
        try:
            yield name, dialog
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()
            dialog.close()
            dialog.deleteLater()
            QCoreApplication.processEvents()


__all__ = ["DemoApp", "catalogue", "choose_first_rows", "demo_app", "main_views"]
