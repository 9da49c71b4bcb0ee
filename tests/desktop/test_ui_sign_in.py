"""Signing in through the dialog, against a real server on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from desktop.ui.sign_in_dialog import SignInDialog, normalise_server_url
from tests.desktop.uikit import dead_url
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
def services(tmp_path: Path, live: tuple[SmallOrg, LiveServer]) -> Iterator[Services]:
    opened = build_services(Profile(tmp_path / "profile"), live[1].url, passphrase=PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def session(services: Services, qapp: QApplication) -> Session:
    install_translations(qapp, "en")
    return make_session(services)


def dialog_for(qtbot: Any, session: Session, runner: Any = None, **prefill: str) -> SignInDialog:
    dialog = SignInDialog(
        lambda url, email, pw: session.sign_in(url, email, pw, "tests"),
        runner or ImmediateRunner(),
        **prefill,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_member_signs_in_by_typing_and_clicking(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    dialog = dialog_for(qtbot, session)
    qtbot.keyClicks(dialog.server_edit, server.url)
    qtbot.keyClicks(dialog.email_edit, org.alice.email)
    qtbot.keyClicks(dialog.password_edit, org.alice.password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.name == "Alice Martin"
    assert session.account() is not None and not session.needs_sign_in()


def test_the_dialog_is_prefilled_and_focuses_what_is_left_to_type(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    dialog = dialog_for(qtbot, session, server_url=server.url, email=org.alice.email)
    assert dialog.server_edit.text() == server.url
    assert dialog.email_edit.text() == org.alice.email
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password


def test_a_wrong_password_is_said_inline_and_the_dialog_stays_open(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    dialog = dialog_for(qtbot, session, server_url=server.url, email=org.alice.email)
    qtbot.keyClicks(dialog.password_edit, "not-her-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.account is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("The email address or the password is not right.")
    assert "ask your secretariat" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.password_edit
    assert session.needs_sign_in()


def test_an_unreachable_server_says_what_to_do_next(qtbot: Any, session: Session) -> None:
    address = dead_url()
    dialog = dialog_for(qtbot, session, server_url=address, email="alice@exemple.fr")
    qtbot.keyClicks(dialog.password_edit, "whatever")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        f"The server at {address} does not answer.\n"
        "Check the server address and your internet connection, then try again."
    )
    assert dialog.focusWidget() is dialog.server_edit


def test_missing_fields_are_pointed_out_before_anything_is_sent(
    qtbot: Any, session: Session
) -> None:
    runner = ImmediateRunner()
    dialog = dialog_for(qtbot, session, runner)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "address of your organisation's server" in dialog.error_label.text()
    qtbot.keyClicks(dialog.server_edit, "quorum.example.org")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "email address" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.email_edit
    assert runner.calls == 0


class DeferredRunner:
    """Holds the work until the test lets it run: the busy state can be seen."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
        self.waiting.append((fn, on_done, on_error))

    def is_busy(self) -> bool:
        return bool(self.waiting)

    def finish(self) -> None:
        fn, on_done, on_error = self.waiting.pop(0)
        try:
            result = fn()
        except Exception as error:
            on_error(error)
        else:
            on_done(result)


def test_signing_in_shows_a_busy_state_and_cannot_be_sent_twice(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    runner = DeferredRunner()
    dialog = dialog_for(qtbot, session, runner, server_url=server.url, email=org.alice.email)
    qtbot.keyClicks(dialog.password_edit, org.alice.password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.busy_bar.isVisible() and dialog.busy_label.text() == "Signing in…"
    assert not dialog.sign_in_button.isEnabled() and not dialog.password_edit.isEnabled()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert len(runner.waiting) == 1
    runner.finish()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("quorum.example.org", "https://quorum.example.org"),
        ("  https://quorum.example.org/ ", "https://quorum.example.org"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("", ""),
    ],
)
def test_a_bare_server_name_becomes_an_https_address(typed: str, url: str) -> None:
    assert normalise_server_url(typed) == url
