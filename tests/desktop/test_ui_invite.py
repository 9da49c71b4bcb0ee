"""The secretariat invites a member from the app: email, name, a committee, by keyboard; the
server makes the invitation and the dialog shows the code and link to copy. Other members have
no such menu entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from desktop.app import build_main_window, make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.invite_dialog import InviteDialog
from desktop.ui.runner import ImmediateRunner
from protocol.invitations import parse_invitation_link
from server.services import invitations
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ServerKit, SmallOrg, LiveServer]]:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        yield kit, org, server
    kit.close()


def signed_in(
    tmp_path: Path, server: LiveServer, account: Account, qapp: QApplication
) -> tuple[Services, Session]:
    install_translations(qapp, "en")
    services = build_services(Profile(tmp_path / account.key), server.url, passphrase=PASSPHRASE)
    session = make_session(services)
    session.sign_in(server.url, account.email, account.password, "tests")
    session.sync()
    return services, session


def file_menu_texts(window: Any) -> list[str]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == "&File":
            return [a.text() for a in menu.actions()]
    return []


def test_the_secretariat_invites_a_member_by_keyboard_and_copies_the_link(
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    world: tuple[ServerKit, SmallOrg, LiveServer],
) -> None:
    kit, org, server = world
    services, session = signed_in(tmp_path, server, org.sara, qapp)
    try:
        window = build_main_window(session, ImmediateRunner(), AppEvents())
        qtbot.addWidget(window)
        assert "&Invite a member…" in file_menu_texts(window)
        committees = session.library.committees()
        dialog = InviteDialog(session.invite, ImmediateRunner(), committees)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.email_edit, "nadia.benali@example.org")
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.name_edit, "Nadia Benali")
        dialog.committee_list.setFocus()
        dialog.committee_list.setCurrentRow(0)
        qtbot.keyClick(dialog.committee_list, Qt.Key.Key_Space)  # ticks the first committee
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

        created = dialog.created
        assert created is not None and created.member_name == "Nadia Benali"
        assert created.code in dialog.message_label.text()
        assert parse_invitation_link(created.link) is not None
        assert dialog.focusWidget() is dialog.copy_link_button
        qtbot.keyClick(dialog.copy_link_button, Qt.Key.Key_Space)
        assert QGuiApplication.clipboard().text() == created.link
        [made] = invitations.list_all(kit.engine)
        assert made.email == "nadia.benali@example.org" and made.state.value == "pending"
        preview = invitations.preview(kit.engine, created.code, None)
        assert preview.member_name == "Nadia Benali"
    finally:
        services.close()


def test_a_bad_address_is_said_and_a_member_has_no_invite_entry(
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    world: tuple[ServerKit, SmallOrg, LiveServer],
) -> None:
    _kit, org, server = world
    services, session = signed_in(tmp_path, server, org.alice, qapp)
    try:
        window = build_main_window(session, ImmediateRunner(), AppEvents())
        qtbot.addWidget(window)
        assert "&Invite a member…" not in file_menu_texts(window)
        dialog = InviteDialog(session.invite, ImmediateRunner(), [])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.email_edit, "pas-une-adresse")
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
        assert "email address" in dialog.message_label.text()
        dialog.email_edit.setText("x@example.org")
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)  # alice is not the secretariat
        assert "not allowed" in dialog.message_label.text() and dialog.created is None
    finally:
        services.close()
