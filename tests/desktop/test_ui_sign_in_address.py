"""The sign-in dialog and the server address rule (docs/SECURITY.md): plain http only for this
computer or a test server the member allowed, and the organisation's own certificate authority
chosen under "Advanced". Real servers (plain http on 127.0.0.2, https with trustme CAs), real
widgets, keyboard only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.app import make_session
from desktop.core.session import Session
from desktop.profile import Profile, ProfileSettings
from desktop.services import build_services
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.server_address import InsecureServerAddress, ServerTrust, set_trust
from desktop.ui.i18n import install_translations
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from server.embedded import LiveServer
from tests.integration.tlskit import Authority, TlsLiveServer, authority
from tests.serverkit import ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def plain_server(kit: ServerKit, org: SmallOrg) -> Iterator[str]:
    """A plain-http server on 127.0.0.2: not "this computer" for the rule, so a test server."""
    with LiveServer(kit.app, host="127.0.0.2") as server:
        yield server.url


@pytest.fixture
def tls(kit: ServerKit, org: SmallOrg, tmp_path: Path) -> Iterator[tuple[str, Authority]]:
    own = authority(tmp_path, "mutuelle-ca")
    with TlsLiveServer(kit.app, own, tmp_path) as server:
        yield server.url, own


@pytest.fixture
def session(tmp_path: Path, qapp: QApplication) -> Iterator[Session]:
    """The member's session; servers a test uses must be set up before it (the app's
    connections close before the servers stop)."""
    install_translations(qapp, "en")
    services = build_services(Profile(tmp_path / "profile"), "", passphrase=PASSPHRASE)
    yield make_session(services)
    services.close()
    set_trust(ServerTrust())  # the system's authorities, no test server, for the next test


def dialog_for(qtbot: Any, session: Session, **prefill: Any) -> SignInDialog:
    dialog = SignInDialog(
        lambda url, email, pw, otp=None: session.sign_in(url, email, pw, "tests", otp),
        ImmediateRunner(),
        **prefill,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot: Any, dialog: SignInDialog, server: str, org: SmallOrg) -> None:
    qtbot.keyClicks(dialog.server_edit, server)
    qtbot.keyClicks(dialog.email_edit, org.alice.email)
    qtbot.keyClicks(dialog.password_edit, org.alice.password)


def press_enter(qtbot: Any, dialog: SignInDialog) -> None:
    widget = dialog.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_plain_http_address_of_another_computer_is_refused_in_words_before_sending(
    qtbot: Any, session: Session, org: SmallOrg
) -> None:
    dialog = dialog_for(qtbot, session)
    type_in(qtbot, dialog, "http://quorum.example.org", org)
    press_enter(qtbot, dialog)

    assert dialog.isVisible() and dialog.account is None
    text = dialog.error_label.text()
    assert text.startswith("This address is not secure.")
    assert "https://" in text and "test server" in text
    assert dialog.trust_panel.test_server_check.isVisible()
    assert dialog.focusWidget() is dialog.trust_panel.test_server_check
    assert session.account() is None


def test_an_https_or_local_address_shows_no_test_server_box(qtbot: Any, session: Session) -> None:
    dialog = dialog_for(qtbot, session)
    box = dialog.trust_panel.test_server_check
    for address, shown in (
        ("quorum.example.org", False),
        ("http://localhost:8000", False),
        ("http://127.0.0.1:8000", False),
        ("http://quorum.test", True),
    ):
        dialog.server_edit.setText(address)
        assert box.isVisible() is shown, address


def test_the_test_server_box_lets_plain_http_through_for_that_address_only(
    qtbot: Any, plain_server: str, session: Session, org: SmallOrg
) -> None:
    dialog = dialog_for(qtbot, session)
    type_in(qtbot, dialog, plain_server, org)
    press_enter(qtbot, dialog)  # refused: the box is not ticked yet
    assert dialog.focusWidget() is dialog.trust_panel.test_server_check
    qtbot.keyClick(dialog.trust_panel.test_server_check, Qt.Key.Key_Space)
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert dialog.account is not None and dialog.account.email == org.alice.email
    settings = ProfileSettings()
    dialog.trust_panel.save_into(settings)
    assert settings.insecure_servers == [plain_server]
    other = ApiClient(build_http_client(plain_server.replace("127.0.0.2", "127.0.0.3")))
    with pytest.raises(InsecureServerAddress):
        other.health()  # refused before any connection, not "no answer"
    other.http.close()


def test_an_unknown_certificate_is_explained_and_the_organisations_file_fixes_it(
    qtbot: Any, tls: tuple[str, Authority], session: Session, org: SmallOrg
) -> None:
    url, own = tls
    dialog = dialog_for(qtbot, session)
    type_in(qtbot, dialog, url, org)
    press_enter(qtbot, dialog)

    text = dialog.error_label.text()
    assert text.startswith("The server could not prove that it is your organisation's server.")
    assert "Advanced" in text and "does not answer" not in text
    assert dialog.trust_panel.advanced.isVisible()
    assert dialog.focusWidget() is dialog.trust_panel.ca_edit

    qtbot.keyClicks(dialog.trust_panel.ca_edit, str(own.pem))
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = ProfileSettings()
    dialog.trust_panel.save_into(settings)
    assert settings.ca_file == str(own.pem)


def test_a_pinned_certificate_of_another_authority_refuses_the_server(
    qtbot: Any, tls: tuple[str, Authority], session: Session, org: SmallOrg, tmp_path: Path
) -> None:
    url, _own = tls
    other = authority(tmp_path, "autre-ca")
    dialog = dialog_for(qtbot, session, ca_file=str(other.pem))
    assert dialog.trust_panel.advanced.isVisible()  # a file is chosen: the part is open
    type_in(qtbot, dialog, url, org)
    press_enter(qtbot, dialog)

    assert dialog.account is None
    assert dialog.error_label.text().startswith("The server could not prove")


def test_a_file_that_is_not_a_certificate_is_said_before_sending(
    qtbot: Any, session: Session, org: SmallOrg, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("pas un certificat", encoding="utf-8")
    dialog = dialog_for(qtbot, session)
    qtbot.keyClick(dialog.trust_panel.advanced_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.trust_panel.ca_edit
    qtbot.keyClicks(dialog.trust_panel.ca_edit, str(junk))
    type_in(qtbot, dialog, "https://quorum.example.org", org)
    press_enter(qtbot, dialog)

    assert dialog.error_label.text().startswith("The certificate file you chose cannot be used.")
    assert dialog.focusWidget() is dialog.trust_panel.ca_edit
    assert session.account() is None


def test_the_choose_button_fills_the_file_and_remove_empties_it(
    qtbot: Any, session: Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = str(tmp_path / "ca.pem")
    monkeypatch.setattr(  # the system's file dialog, as if the member picked the file
        "desktop.ui.server_trust_panel.choose_ca_file", lambda *_args: chosen
    )
    dialog = dialog_for(qtbot, session)
    panel = dialog.trust_panel
    qtbot.keyClick(panel.advanced_button, Qt.Key.Key_Space)
    qtbot.keyClick(panel.choose_button, Qt.Key.Key_Space)
    assert panel.ca_file == chosen
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert panel.ca_file == ""


def test_every_trust_control_has_an_accessible_name(qtbot: Any, session: Session) -> None:
    panel = dialog_for(qtbot, session).trust_panel
    for control in (
        panel.test_server_check,
        panel.advanced_button,
        panel.ca_edit,
        panel.choose_button,
        panel.remove_button,
    ):
        assert control.accessibleName(), control


def test_a_saved_address_the_rule_refuses_is_said_as_soon_as_the_dialog_opens(
    qtbot: Any, session: Session
) -> None:
    dialog = dialog_for(qtbot, session, server_url="http://quorum.example.org", email="a@b.fr")

    assert dialog.error_label.text().startswith("This address is not secure.")
    assert dialog.focusWidget() is dialog.trust_panel.test_server_check


def test_a_test_server_allowed_before_is_ticked_and_needs_no_new_consent(
    qtbot: Any, session: Session
) -> None:
    dialog = dialog_for(
        qtbot,
        session,
        server_url="http://quorum.test:8000",
        insecure_servers=["http://quorum.test:8000"],
    )

    assert dialog.trust_panel.test_server_check.isChecked()
    assert not dialog.error_label.isVisible()
    assert dialog.trust_panel.problem() is None
