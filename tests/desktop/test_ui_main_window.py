"""The main window over a real cache, with the server out of reach: reading works offline,
by keyboard and with a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.sync.status import SyncState
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.models import BadgeRole
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from tests.desktop.conftest import account, realistic_page
from tests.desktop.uikit import dead_url

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    address = dead_url()
    opened = build_services(Profile(tmp_path / "profile"), address, passphrase=PASSPHRASE)
    opened.store.save_sign_in(account(server_url=address), "token-1")
    opened.store.apply_page(realistic_page())
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, services: Services) -> MainWindow:
    install_translations(qapp, "en")
    built = build_main_window(make_session(services), ImmediateRunner(), AppEvents())
    qtbot.addWidget(built)
    built.show()
    built.start()
    return built


def select_committee(window: MainWindow, committee_id: str | None) -> None:
    window.committee_view.setCurrentIndex(
        window.committee_model.index(window.committee_model.row_of(committee_id))
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_focusable(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}({w.objectName()})"
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not accessible_name(w).strip()
    ]


def test_the_window_opens_on_the_cache_and_says_it_is_offline(window: MainWindow) -> None:
    assert window.windowTitle() == "Quorum — Mutuelle des Tilleuls"
    assert window._session.status().state is SyncState.OFFLINE
    assert window.status_bar.state_label.text().startswith("Offline — last synced on 14 March")
    assert window.status_bar.outbox_label.text() == "Everything has been sent"
    assert window.document_model.rowCount() == 2  # the organisation-wide documents


def test_enter_opens_a_document_and_its_unread_marker_goes(window: MainWindow, qtbot: Any) -> None:
    select_committee(window, "c-board")
    assert window.document_heading.text() == "Conseil d'administration"
    first = window.document_view.model().index(0, 0)
    assert first.data(BadgeRole) == "● New"
    window.document_view.setFocus()
    window.document_view.setCurrentIndex(first)
    qtbot.keyClick(window.document_view, Qt.Key.Key_Return)
    assert window.reader.document_id == "d-pack"
    assert "Board pack, March" in window.reader.toPlainText()
    assert window.document_model.index(0).data(BadgeRole) is None
    assert window.status_bar.outbox_label.text() == "Waiting to be sent: 1"


def test_a_committee_without_documents_says_so_in_words(window: MainWindow, qtbot: Any) -> None:
    select_committee(window, "c-ethics")
    assert window.document_stack.currentWidget() is window.empty_label
    assert window.empty_label.text().startswith("No documents here yet.")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.committee_view.setFocus()
    qtbot.keyClick(window.committee_view, Qt.Key.Key_Tab)  # what a screen reader then says
    assert QApplication.focusWidget() is window.empty_label
    assert accessible_name(window.empty_label).startswith("No documents here yet. They will")
    select_committee(window, "c-board")
    assert window.document_stack.currentWidget() is window.document_view


def test_sync_now_is_on_ctrl_r_and_f5_and_keeps_the_member_offline_calmly(
    window: MainWindow,
) -> None:
    assert {s.toString() for s in window.sync_action.shortcuts()} == {"Ctrl+R", "F5"}
    assert window.quit_action.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Quit)]
    window.sync_action.trigger()  # the server is unreachable: no dialog, the status says it
    assert window.status_bar.state_label.text().startswith("Offline")
    assert window.sync_action.isEnabled()


def test_offline_the_next_sync_waits_for_the_engines_back_off(window: MainWindow) -> None:
    first = window.sync.next_sync_in_ms
    assert first is not None and 0 < first <= 2_000  # about 2 s after the first failure
    window.sync_action.trigger()
    second = window.sync.next_sync_in_ms
    assert second is not None and 0 < second <= 4_000  # then about 4 s, and so on


def test_every_focusable_control_of_the_main_window_has_an_accessible_name(
    window: MainWindow,
) -> None:
    select_committee(window, "c-board")
    assert unnamed_focusable(window) == []
    assert accessible_name(window.committee_view) == "Committees"
    assert accessible_name(window.document_view) == "Documents of Conseil d'administration"
    assert accessible_name(window.reader) == "Document text"


def test_list_rows_speak_their_unread_state(window: MainWindow) -> None:
    select_committee(window, "c-board")
    view = QAccessible.queryAccessibleInterface(window.document_view)
    names = [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())]
    assert any(name.startswith("New: Board pack, March.") for name in names)
    assert any(name.startswith("Minutes of February.") for name in names)


def test_tab_goes_from_committees_to_documents_to_the_reader(
    window: MainWindow, qtbot: Any
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.committee_view.setFocus()
    qtbot.keyClick(window.committee_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.document_view
    qtbot.keyClick(window.document_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.reader


def test_every_focusable_control_of_the_sign_in_dialog_has_an_accessible_name(
    qtbot: Any, qapp: QApplication
) -> None:
    install_translations(qapp, "en")
    dialog = SignInDialog(lambda *_: None, ImmediateRunner())  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_focusable(dialog) == []
    assert accessible_name(dialog.password_edit) == "Password"


def test_enter_on_a_committee_goes_to_its_first_document_then_enter_opens_it(
    window: MainWindow, qtbot: Any
) -> None:
    window.show()
    qtbot.waitExposed(window)
    select_committee(window, "c-board")
    window.committee_view.setFocus()
    qtbot.keyClick(window.committee_view, Qt.Key.Key_Return)
    assert window.document_view.hasFocus()
    assert window.document_view.currentIndex().row() == 0
    qtbot.keyClick(window.document_view, Qt.Key.Key_Return)
    assert window.reader.document_id == "d-pack"
