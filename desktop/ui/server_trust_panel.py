"""The sign-in dialog's server trust choices (docs/SECURITY.md, "Server address and
certificates"): the "test server" checkbox that allows plain http for one address, and an
"Advanced" part to choose the organisation's certificate authority file. It also words the
refusals (an address that is not https, a certificate not trusted, an unusable file)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.profile import ProfileSettings
from desktop.sync.server_address import (
    CaFileUnusable,
    InsecureServerAddress,
    ServerTrust,
    UntrustedCertificate,
    needs_permission,
    origin,
    set_trust,
    ssl_context,
)
from desktop.ui.widgets import wrapped_label


def choose_ca_file(parent: QWidget, title: str, filters: str) -> str:
    """The file the member picked in the system's file dialog ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


class ServerTrustPanel(QWidget):
    """Shown under the sign-in form; ``update_for(address)`` as the address is typed."""

    def __init__(
        self, insecure_servers: Iterable[str] = (), ca_file: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._allowed = {origin(url) for url in insecure_servers if url.strip()}
        self._address = ""

        self.test_server_check = QCheckBox(
            self.tr("This is a &test server: allow an unprotected connection to this address only")
        )
        self.test_server_check.setAccessibleName(
            self.tr("Test server: allow an unprotected connection to this address only")
        )
        self.test_server_check.hide()

        self.advanced_button = QPushButton(self.tr("&Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAccessibleName(self.tr("Advanced: your organisation's certificate"))
        self.advanced = QWidget()
        hint = wrapped_label(
            self.tr(
                "Only if your secretariat gave you a certificate file: Quorum will then trust "
                "only this certificate to recognise your organisation's server."
            )
        )
        self.ca_edit = QLineEdit(ca_file)
        self.ca_edit.setAccessibleName(self.tr("Your organisation's certificate file"))
        ca_label = QLabel(self.tr("&Certificate file:"))
        ca_label.setBuddy(self.ca_edit)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the certificate file"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the certificate file and trust this computer's usual authorities")
        )
        row = QHBoxLayout()
        row.addWidget(ca_label)
        row.addWidget(self.ca_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        advanced_layout = QVBoxLayout(self.advanced)
        advanced_layout.setContentsMargins(0, 0, 0, 0)
        advanced_layout.addWidget(hint)
        advanced_layout.addLayout(row)
        self.advanced.setVisible(bool(ca_file))
        self.advanced_button.setChecked(bool(ca_file))

        for button in (self.advanced_button, self.choose_button, self.remove_button):
            button.setAutoDefault(False)  # Enter signs in, whichever field it is typed in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.test_server_check)
        layout.addWidget(self.advanced_button)
        layout.addWidget(self.advanced)

        self.advanced_button.toggled.connect(self._show_advanced)
        self.choose_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.ca_edit.clear)

    # --- what the member chose ---------------------------------------------------------------

    @property
    def ca_file(self) -> str:
        return self.ca_edit.text().strip()

    def update_for(self, address: str) -> None:
        """Show the test-server checkbox only for a plain-http address of another computer,
        ticked when the member allowed that address before."""
        same = bool(self._address) and origin(address) == origin(self._address)
        self._address = address
        permission = needs_permission(address)
        self.test_server_check.setVisible(permission)
        if not same:  # another address: what the member allowed for it before
            self.test_server_check.setChecked(permission and origin(address) in self._allowed)

    def trust(self) -> ServerTrust:
        """The choices in force once signed in to the current address."""
        allowed = set(self._allowed)
        if needs_permission(self._address):
            if self.test_server_check.isChecked():
                allowed.add(origin(self._address))
            else:
                allowed.discard(origin(self._address))
        return ServerTrust(self.ca_file, frozenset(allowed))

    def problem(self) -> tuple[str, QWidget] | None:
        """Why the current choices cannot be used (and where to fix it), before sending."""
        if needs_permission(self._address) and not self.test_server_check.isChecked():
            return self.insecure_text(), self.test_server_check
        if self.ca_file:
            try:
                ssl_context(self.ca_file)
            except CaFileUnusable:
                self.advanced_button.setChecked(True)
                return self.unusable_text(), self.ca_edit
        return None

    def apply(self) -> None:
        """Use the current choices for every connection of the app from now on."""
        set_trust(self.trust())

    def save_into(self, settings: ProfileSettings) -> None:
        trust = self.trust()
        settings.insecure_servers = sorted(trust.insecure_servers)
        settings.ca_file = trust.ca_file

    # --- the refusals in words ---------------------------------------------------------------

    def failure(self, error: BaseException) -> tuple[str, QWidget] | None:
        """The words and the control to fix it for a refusal; None for other errors."""
        if isinstance(error, InsecureServerAddress):
            return self.insecure_text(), self.test_server_check
        if isinstance(error, UntrustedCertificate):
            self.advanced_button.setChecked(True)
            text = "{}\n{}".format(
                self.tr("The server could not prove that it is your organisation's server."),
                self.tr(
                    "Its certificate is not signed by an authority this computer trusts. If "
                    "your organisation gave you its own certificate file, choose it under "
                    "“Advanced”. Otherwise, ask your secretariat before going further."
                ),
            )
            return text, self.ca_edit
        if isinstance(error, CaFileUnusable):
            self.advanced_button.setChecked(True)
            return self.unusable_text(), self.ca_edit
        return None

    def insecure_text(self) -> str:
        return "{}\n{}".format(
            self.tr("This address is not secure."),
            self.tr(
                "Quorum only connects to addresses that begin with https://, which protect "
                "everything sent. Check the address your secretariat gave you. If it is a test "
                "server, tick the box “This is a test server”."
            ),
        )

    def unusable_text(self) -> str:
        return "{}\n{}".format(
            self.tr("The certificate file you chose cannot be used."),
            self.tr(
                "Choose the file your organisation gave you (its name usually ends in .pem or "
                ".crt), or remove it under “Advanced”."
            ),
        )

    # --- reactions ---------------------------------------------------------------------------

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        if shown:
            self.ca_edit.setFocus()
        window = self.window()
        if window is not None:
            window.adjustSize()

    def _choose(self) -> None:
        path = choose_ca_file(
            self,
            self.tr("Choose your organisation's certificate file"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)
        self.ca_edit.setFocus()
