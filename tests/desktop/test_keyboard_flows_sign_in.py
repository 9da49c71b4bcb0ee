"""Signing in by keyboard alone (issue 8), against a real server on loopback and a real
encrypted cache: the dialog's first empty field has the focus, Tab goes field to field, Enter
signs in; a wrong password is said inline and the focus goes back to the password, ready to be
typed again. Every key goes to the focused widget (``tests.desktop.keyflow``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.app import make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.i18n import install_translations
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from tests.desktop.keyflow import Keys
from tests.serverkit import LiveServer, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[SmallOrg, LiveServer]]:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        yield org, server
    kit.close()


@pytest.fixture
def session(
    tmp_path: Path, live: tuple[SmallOrg, LiveServer], qapp: QApplication
) -> Iterator[Session]:
    install_translations(qapp, "en")
    services: Services = build_services(
        Profile(tmp_path / "profile"), live[1].url, passphrase=PASSPHRASE
    )
    yield make_session(services)
    services.close()


def shown(qtbot: Any, session: Session, keys: Keys) -> SignInDialog:
    dialog = SignInDialog(
        lambda url, email, pw: session.sign_in(url, email, pw, "tests"), ImmediateRunner()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    keys.activate(dialog)
    return dialog


def test_a_member_signs_in_typing_tab_and_enter_only(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    keys = Keys(qtbot)
    dialog = shown(qtbot, session, keys)
    assert keys.focused() is dialog.server_edit
    keys.type(server.url)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is dialog.email_edit
    keys.type(org.alice.email)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is dialog.password_edit
    keys.type(org.alice.password)
    keys.press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.name == "Alice Martin"
    assert not session.needs_sign_in()


def test_a_wrong_password_is_said_and_typed_again_without_leaving_the_keyboard(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    keys = Keys(qtbot)
    dialog = shown(qtbot, session, keys)
    keys.type(server.url)
    keys.press(Qt.Key.Key_Tab)
    keys.type(org.alice.email)
    keys.press(Qt.Key.Key_Tab)
    keys.type("not-her-password")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert keys.focused() is dialog.password_edit  # its words chosen: typing replaces them
    assert dialog.password_edit.accessibleDescription() == dialog.error_label.text()
    keys.type(org.alice.password)
    keys.press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not session.needs_sign_in()


def test_escape_leaves_the_sign_in_without_sending_anything(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    keys = Keys(qtbot)
    dialog = shown(qtbot, session, keys)
    keys.type(live[1].url)
    keys.press(Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session.needs_sign_in()
