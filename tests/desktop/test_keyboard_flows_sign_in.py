"""Signing in by keyboard alone (issue 8), against a real server on loopback and a real
encrypted cache: the dialog's first empty field has the focus, Tab goes field to field, Enter
signs in; a wrong password is said inline and the focus goes back to the password, ready to be
typed again. Every key goes to the focused widget (``tests.desktop.keyflow``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.session import Session
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from tests.desktop.keyflow import Keys
from tests.desktop.test_ui_sign_in_limits import live, session
from tests.serverkit import LiveServer, SmallOrg

__all__ = ["live", "session"]  # fixtures: a live server, a session on it


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
