"""Two-step verification from the app, against a real server and a real encrypted cache: the
member turns it on by keyboard (QR code, key, first code), gets the recovery codes once (copy,
save), asks for new ones, turns it off; the sign-in dialog then asks for the code."""

from __future__ import annotations

import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import update

from desktop.app import make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.i18n import install_translations
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from server.db import tables as t
from tests.serverkit import LiveServer, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[ServerKit, SmallOrg, LiveServer]]:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        yield kit, org, server
    kit.close()


@pytest.fixture
def session(
    tmp_path: Path, live: tuple[ServerKit, SmallOrg, LiveServer], qapp: QApplication
) -> Iterator[Session]:
    install_translations(qapp, "en")
    kit, org, server = live
    services: Services = build_services(
        Profile(tmp_path / "profile"), server.url, passphrase=PASSPHRASE
    )
    session = make_session(services)
    session.sign_in(server.url, org.alice.email, org.alice.password, "tests")
    yield session
    services.close()


def require_totp(kit: ServerKit, required: bool = True) -> None:
    with kit.engine.begin() as conn:
        conn.execute(update(t.organisation).values(totp_required=required))


def code(secret: str, steps_ahead: int = 0) -> str:
    """The app's code now, or for a later step (a code never works twice)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def open_dialog(qtbot: Any, session: Session, **kwargs: Any) -> TwoFactorDialog:
    dialog = TwoFactorDialog(session.two_factor, ImmediateRunner(), "alice", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_and_enter(widget: Any, text: str) -> None:
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def turn_on(dialog: TwoFactorDialog) -> str:
    """By keyboard: the focused "Turn on" button, then the first code and Enter; the secret."""
    assert dialog.focusWidget() is dialog.status_page.turn_on_button
    QTest.keyClick(dialog.status_page.turn_on_button, Qt.Key.Key_Space)
    assert dialog.pages.currentWidget() is dialog.enrol_page
    secret = dialog.enrol_page.secret_edit.text().replace(" ", "")
    assert dialog.focusWidget() is dialog.enrol_page.code_edit
    type_and_enter(dialog.enrol_page.code_edit, code(secret))
    return secret


def test_member_turns_it_on_by_keyboard_and_sees_ten_recovery_codes_once(
    qtbot: Any, session: Session, live: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    dialog = open_dialog(qtbot, session)
    assert "off" in dialog.status_page.state_label.text()
    assert dialog.status_page.turn_off_button.isHidden()
    QTest.keyClick(dialog.status_page.turn_on_button, Qt.Key.Key_Space)
    pixmap = dialog.enrol_page.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 150  # large enough for a phone
    secret = dialog.enrol_page.secret_edit.text()
    assert len(secret.split(" ")[0]) == 4  # grouped by four, to type by hand
    type_and_enter(dialog.enrol_page.code_edit, code(secret.replace(" ", "")))

    assert dialog.enabled and dialog.pages.currentWidget() is dialog.codes_page
    shown = dialog.codes_page.codes_edit.toPlainText().splitlines()
    assert len(shown) == 10 and all(len(c) == 9 and c[4] == "-" for c in shown)
    assert dialog.message_label.text() == "Two-step verification is on."
    assert session.two_factor.status().enabled
    assert dialog.close_button.text() == "&Done"


def test_a_wrong_first_code_is_refused_in_words_and_the_field_keeps_the_focus(
    qtbot: Any, session: Session
) -> None:
    dialog = open_dialog(qtbot, session)
    QTest.keyClick(dialog.status_page.turn_on_button, Qt.Key.Key_Space)
    secret = dialog.enrol_page.secret_edit.text().replace(" ", "")
    wrong = f"{(int(code(secret)) + 1) % 1_000_000:06d}"
    type_and_enter(dialog.enrol_page.code_edit, wrong)
    assert dialog.message_label.text().startswith("This code is not right")
    assert dialog.focusWidget() is dialog.enrol_page.code_edit
    assert not dialog.enabled and not session.two_factor.status().enabled

    dialog.enrol_page.code_edit.clear()
    type_and_enter(dialog.enrol_page.code_edit, "12ab")  # not even six digits: not sent
    assert dialog.message_label.text().startswith("Type the 6 digits")


def test_recovery_codes_are_copied_and_saved_for_the_owner_only(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "codes.txt"
    dialog = open_dialog(qtbot, session, choose_path=lambda _parent, _name: target)
    turn_on(dialog)
    codes = dialog.codes
    QTest.keyClick(dialog.codes_page.copy_button, Qt.Key.Key_Space)
    assert all(c in QGuiApplication.clipboard().text() for c in codes)
    QTest.keyClick(dialog.codes_page.save_button, Qt.Key.Key_Space)
    saved = target.read_text(encoding="utf-8")
    assert saved.startswith("Quorum recovery codes\nalice\n")
    assert all(f"\n{c}\n" in saved for c in codes)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in dialog.message_label.text()


def test_new_recovery_codes_need_a_current_code_and_replace_the_old_ones(
    qtbot: Any, session: Session
) -> None:
    dialog = open_dialog(qtbot, session)
    secret = turn_on(dialog)
    old = dialog.codes
    dialog.load_status()
    assert "Unused recovery codes: 10." in dialog.status_page.state_label.text()
    QTest.keyClick(dialog.status_page.new_codes_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.code_page.code_edit
    type_and_enter(dialog.code_page.code_edit, code(secret, steps_ahead=1))
    assert dialog.pages.currentWidget() is dialog.codes_page
    assert len(dialog.codes) == 10 and not set(dialog.codes) & set(old)


def test_turning_it_off_needs_a_code_and_is_not_offered_when_the_organisation_requires_it(
    qtbot: Any, session: Session, live: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    kit = live[0]
    dialog = open_dialog(qtbot, session)
    secret = turn_on(dialog)
    require_totp(kit)
    dialog.load_status()
    assert dialog.status_page.turn_off_button.isHidden()
    assert "cannot be turned off" in dialog.status_page.state_label.text()

    require_totp(kit, False)
    dialog.load_status()
    QTest.keyClick(dialog.status_page.turn_off_button, Qt.Key.Key_Space)
    type_and_enter(dialog.code_page.code_edit, code(secret, steps_ahead=1))
    assert dialog.message_label.text() == "Two-step verification is off."
    assert not session.two_factor.status().enabled
    assert not dialog.status_page.turn_on_button.isHidden()


def test_when_the_organisation_requires_it_the_dialog_starts_with_the_setting_up(
    qtbot: Any, session: Session, live: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    require_totp(live[0])
    dialog = open_dialog(qtbot, session, required=True)
    assert dialog.intro.text().startswith("Your organisation asks every member")
    assert dialog.pages.currentWidget() is dialog.enrol_page
    assert dialog.focusWidget() is dialog.enrol_page.code_edit


def every_control_has_an_accessible_name(dialog: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton

    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    return [type(c).__name__ for c in controls if not c.accessibleName() and c.isVisible()]


def test_every_control_of_the_dialog_has_an_accessible_name(qtbot: Any, session: Session) -> None:
    dialog = open_dialog(qtbot, session)
    assert every_control_has_an_accessible_name(dialog) == []
    QTest.keyClick(dialog.status_page.turn_on_button, Qt.Key.Key_Space)
    assert every_control_has_an_accessible_name(dialog) == []


# --- the sign-in dialog's second step ---------------------------------------------------------


def sign_in_dialog(qtbot: Any, session: Session, server: LiveServer, email: str) -> SignInDialog:
    dialog = SignInDialog(
        lambda url, mail, pw, otp=None: session.sign_in(url, mail, pw, "tests", otp),
        ImmediateRunner(),
        server_url=server.url,
        email=email,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_then_sign_in(dialog: SignInDialog, field: QLineEdit, text: str) -> None:
    """Type in ``field``, then Enter."""
    QTest.keyClicks(field, text)
    assert dialog.sign_in_button.isDefault()  # what Enter presses
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_sign_in_asks_for_the_code_after_the_right_password_then_signs_in_with_it(
    qtbot: Any, session: Session, live: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    _kit, org, server = live
    secret = turn_on(open_dialog(qtbot, session))
    session.engine.sign_out()
    dialog = sign_in_dialog(qtbot, session, server, org.alice.email)
    assert dialog.otp_step.isHidden()
    type_then_sign_in(dialog, dialog.password_edit, org.alice.password)
    assert dialog.isVisible() and dialog.account is None, dialog.error_label.text()
    assert dialog.otp_step.isVisible(), dialog.error_label.text()
    assert dialog.error_label.text().startswith("Your password is right. One more step")
    assert dialog.focusWidget() is dialog.otp_step.code_edit
    assert dialog.password_edit.text() == org.alice.password  # not typed again

    type_then_sign_in(dialog, dialog.otp_step.code_edit, "123")
    assert dialog.error_label.text().startswith("A code has 6 digits")
    dialog.otp_step.code_edit.clear()
    current = code(secret, steps_ahead=1)  # the first code was used to turn it on
    wrong = f"{(int(current) + 1) % 1_000_000:06d}"
    type_then_sign_in(dialog, dialog.otp_step.code_edit, wrong)
    assert dialog.error_label.text().startswith("This code is not right")
    assert dialog.otp_step.code_edit.text() == ""
    type_then_sign_in(dialog, dialog.otp_step.code_edit, current)
    assert dialog.account is not None and not session.needs_sign_in()


def test_a_recovery_code_signs_in_once_and_a_used_code_is_refused(
    qtbot: Any, session: Session, live: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    _kit, org, server = live
    opened = open_dialog(qtbot, session)
    turn_on(opened)
    recovery = opened.codes[0]
    for attempt in range(2):
        session.engine.sign_out()
        dialog = sign_in_dialog(qtbot, session, server, org.alice.email)
        type_then_sign_in(dialog, dialog.password_edit, org.alice.password)
        type_then_sign_in(dialog, dialog.otp_step.code_edit, f" {recovery.upper()} ")
        if attempt == 0:
            assert dialog.account is not None
        else:
            assert dialog.account is None
            assert dialog.error_label.text().startswith("This code is not right")
