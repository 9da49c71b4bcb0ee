"""Accepting an invitation in the app, against a real server on loopback: the code (typed, or
from a ``quorum://invite`` link), whose invitation it is, the password chosen twice, and the
member signed in; refusals said in words; all by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop import cli
from desktop.app import make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.signing_in import invitation_calls
from desktop.ui.i18n import install_translations
from desktop.ui.invitation_dialog import InvitationDialog
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from protocol.invitations import InvitationCreate, InvitationCreated
from server.services import invitations
from tests.server import totp_helpers
from tests.serverkit import LiveServer, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"
PASSWORD = "le train de 7h12 pour Lyon"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ServerKit, SmallOrg, LiveServer]]:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        yield kit, org, server
    kit.close()


@pytest.fixture
def services(tmp_path: Path, world: tuple[ServerKit, SmallOrg, LiveServer]) -> Iterator[Services]:
    opened = build_services(Profile(tmp_path / "profile"), world[2].url, passphrase=PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def session(services: Services, qapp: QApplication) -> Session:
    install_translations(qapp, "en")
    return make_session(services)


def invite(kit: ServerKit, server: LiveServer) -> InvitationCreated:
    request = InvitationCreate(email="nadia.benali@example.org", name="Nadia Benali")
    return invitations.create(kit.engine, request, server.url)


def dialog_for(qtbot: Any, session: Session, server_url: str = "", code: str = "") -> Any:
    dialog = InvitationDialog(invitation_calls(session), ImmediateRunner(), server_url, code)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def enter(qtbot: Any, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_new_member_types_the_code_chooses_a_password_and_is_signed_in(
    qtbot: Any, session: Session, world: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    kit, _org, server = world
    made = invite(kit, server)
    dialog = dialog_for(qtbot, session)
    assert dialog.focusWidget() is dialog.server_edit
    qtbot.keyClicks(dialog.server_edit, server.url)
    qtbot.keyClick(dialog.server_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.code_edit, made.code.lower().replace("-", " "))
    enter(qtbot, dialog.code_edit)

    assert dialog.who_label.isVisible()
    assert "Nadia Benali (nadia.benali@example.org)" in dialog.who_label.text()
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.next_button.accessibleName() == "Choose and sign in"
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.again_edit, PASSWORD)
    enter(qtbot, dialog.again_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.name == "Nadia Benali"
    assert session.account() is not None and not session.needs_sign_in()
    session.sync()  # the new member's device syncs with the password chosen
    assert session.account() is not None


def test_a_short_or_mistyped_password_is_said_and_nothing_is_sent(
    qtbot: Any, session: Session, world: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    kit, _org, server = world
    made = invite(kit, server)
    dialog = dialog_for(qtbot, session, server.url, made.code)
    assert dialog.code_edit.text() == made.code
    enter(qtbot, dialog.code_edit)
    qtbot.keyClicks(dialog.password_edit, "court")
    enter(qtbot, dialog.password_edit)
    assert "at least 10 characters" in dialog.error_label.text()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.again_edit, PASSWORD + "!")
    enter(qtbot, dialog.again_edit)
    assert "differ" in dialog.error_label.text()
    assert dialog.again_edit.text() == "" and dialog.focusWidget() is dialog.again_edit
    assert session.account() is None
    states = [i.state.value for i in invitations.list_all(kit.engine)]
    assert states == ["pending"]


def test_a_wrong_or_used_code_is_said_in_words(
    qtbot: Any, session: Session, world: tuple[ServerKit, SmallOrg, LiveServer]
) -> None:
    kit, _org, server = world
    dialog = dialog_for(qtbot, session, server.url, "AAAA-BBBB-CCCC")
    enter(qtbot, dialog.code_edit)
    assert "No invitation has this code." in dialog.error_label.text()
    assert dialog.preview is None and dialog.focusWidget() is dialog.code_edit

    made = invite(kit, server)
    invitations.accept(kit.engine, made.code, PASSWORD, None)
    dialog.code_edit.setText(made.code)
    enter(qtbot, dialog.code_edit)
    assert "already been used" in dialog.error_label.text()


def test_the_sign_in_dialog_offers_the_invitation_and_signs_in_through_it(
    qtbot: Any,
    session: Session,
    world: tuple[ServerKit, SmallOrg, LiveServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit, _org, server = world
    made = invite(kit, server)
    dialog = SignInDialog(
        lambda url, mail, pw: session.sign_in(url, mail, pw, "tests"),
        ImmediateRunner(),
        server_url=server.url,
        invitation=invitation_calls(session),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.invitation_button.accessibleName() == "I have received an invitation"

    def accept_in_the_invitation_dialog(self: InvitationDialog) -> int:
        assert self.server_edit.text() == server.url
        self.code_edit.setText(made.code)
        self._on_next()
        self.password_edit.setText(PASSWORD)
        self.again_edit.setText(PASSWORD)
        self._on_next()
        return int(self.result())

    monkeypatch.setattr(InvitationDialog, "exec", accept_in_the_invitation_dialog)
    dialog.invitation_button.setFocus()
    qtbot.keyClick(dialog.invitation_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.email == "nadia.benali@example.org"


def test_an_invitation_link_opens_the_app_on_the_invitation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[Any] = []

    def launch(*args: Any) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(cli, "launch_app", launch)
    link = "quorum://invite?server=https://quorum.example.org&code=K7QM-3XPA-9DHT"
    assert cli.main([link]) == 0
    assert seen[0][3] == ("https://quorum.example.org", "K7QM3XPA9DHT")
    assert cli.main(["quorum://elsewhere"]) == 1
    assert "is not a Quorum invitation link" in capsys.readouterr().err


def test_a_member_with_two_step_sign_in_chooses_a_password_then_types_the_code(
    qtbot: Any,
    session: Session,
    world: tuple[ServerKit, SmallOrg, LiveServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit, org, server = world
    with kit.client() as client:
        phone, _codes = totp_helpers.enable(client, kit.headers(org.alice))
    request = InvitationCreate(email=org.alice.email)
    made = invitations.create(kit.engine, request, server.url)
    dialog = SignInDialog(
        lambda url, mail, pw, otp=None: session.sign_in(url, mail, pw, "tests", otp),
        ImmediateRunner(),
        server_url=server.url,
        invitation=invitation_calls(session),
    )
    qtbot.addWidget(dialog)
    dialog.show()

    def choose_the_password(self: InvitationDialog) -> int:
        self.code_edit.setText(made.code)
        self._on_next()
        self.password_edit.setText(PASSWORD)
        self.again_edit.setText(PASSWORD)
        self._on_next()
        return int(self.result())

    monkeypatch.setattr(InvitationDialog, "exec", choose_the_password)
    dialog.open_invitation()
    assert dialog.result() != QDialog.DialogCode.Accepted  # not signed in yet: the code
    assert dialog.email_edit.text() == org.alice.email
    assert dialog.password_edit.text() == PASSWORD
    assert dialog.otp_step.asked and dialog.focusWidget() is dialog.otp_step.code_edit
    totp_helpers.away_from_a_step_change()
    qtbot.keyClicks(dialog.otp_step.code_edit, phone.code())
    qtbot.keyClick(dialog.otp_step.code_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.email == org.alice.email
