"""The sign-in dialog says, in words, how long to wait once the server limits failed sign-ins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import make_session
from desktop.cache.records import Account
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.sync.errors import TooManyAttempts
from desktop.ui.i18n import install_translations
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from server.services.signin_limits import SignInLimits
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


def dialog_for(qtbot: Any, sign_in: Any, server_url: str, email: str) -> SignInDialog:
    dialog = SignInDialog(sign_in, ImmediateRunner(), server_url=server_url, email=email)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_sign_in(qtbot: Any, dialog: SignInDialog, password: str) -> None:
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_after_too_many_wrong_passwords_the_dialog_says_to_wait_one_minute(
    qtbot: Any, session: Session, live: tuple[SmallOrg, LiveServer]
) -> None:
    org, server = live
    dialog = dialog_for(
        qtbot,
        lambda url, email, pw: session.sign_in(url, email, pw, "tests"),
        server_url=server.url,
        email=org.alice.email,
    )
    for _ in range(SignInLimits().max_failures - 1):
        click_sign_in(qtbot, dialog, "pas-le-bon")
        assert dialog.error_label.text().startswith("The email address or the password")
    click_sign_in(qtbot, dialog, "pas-le-bon")
    expected = (
        "Too many unsuccessful attempts to sign in.\n"
        "For your security, signing in is paused: try again in one minute. If you have "
        "forgotten your password, ask your secretariat."
    )
    assert dialog.error_label.isVisible() and dialog.error_label.text() == expected
    assert dialog.focusWidget() is dialog.password_edit
    click_sign_in(qtbot, dialog, org.alice.password)  # even the right one waits
    assert dialog.isVisible() and dialog.account is None
    assert dialog.error_label.text() == expected
    assert session.needs_sign_in()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (None, "a few minutes"),
        (1, "one minute"),
        (60, "one minute"),
        (61, "2 minutes"),
        (300, "5 minutes"),
        (3600, "one hour"),
        (3601, "2 hours"),
    ],
)
def test_the_wait_is_said_in_words_rounded_up(
    qtbot: Any, qapp: QApplication, seconds: int | None, words: str
) -> None:
    install_translations(qapp, "en")

    def refused(_url: str, _email: str, _password: str) -> Account:
        raise TooManyAttempts("Too many failed sign-ins.", retry_after=seconds)

    dialog = dialog_for(qtbot, refused, server_url="https://q.example", email="a@example.fr")
    click_sign_in(qtbot, dialog, "secret")
    assert dialog.isVisible()
    assert f"try again in {words}." in dialog.error_label.text()
