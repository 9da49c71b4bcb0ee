"""The "Two-step verification" dialog (docs/SECURITY.md): turn it on with a QR code (segno,
drawn from memory), the key to type by hand and a first code; then the recovery codes, shown
once, to copy or save as a text file. When it is on: new recovery codes, or turn it off, each
with a current code. Opened from File, and first of all when the organisation requires it of a
member who has not set it up (``required=True``: the dialog starts with the setting up)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.two_factor import (
    TwoFactor,
    grouped,
    is_totp_code,
    qr_png,
    recovery_codes_text,
    save_text,
)
from desktop.sync.errors import OtpNeeded
from desktop.ui.errors import error_code, error_text, log_error
from desktop.ui.formatting import fill
from desktop.ui.runner import Runner
from desktop.ui.two_factor_pages import CodePage, CodesPage, EnrolPage, StatusPage
from desktop.ui.widgets import announce, wrapped_label
from protocol.security import RecoveryCodes, TotpEnrolment, TotpStatus

#: Asks where to save the recovery codes (a suggested file name); None: cancelled.
ChoosePath = Callable[[QWidget, str], Path | None]


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("TwoFactorDialog", "Save the recovery codes")
    text_files = QCoreApplication.translate("TwoFactorDialog", "Text files (*.txt)")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), text_files)
    return Path(path) if path else None


class TwoFactorDialog(QDialog):
    """``enabled``: two-step verification is on (after this dialog turned it on, or already)."""

    def __init__(
        self,
        two_factor: TwoFactor,
        runner: Runner,
        account: str = "",
        parent: QWidget | None = None,
        *,
        required: bool = False,
        choose_path: ChoosePath = choose_save_path,
    ) -> None:
        super().__init__(parent)
        self._two_factor = two_factor
        self._runner = runner
        self._account = account
        self._choose_path = choose_path
        self._purpose = ""
        self.enabled = False
        self.codes: list[str] = []
        self.setWindowTitle(self.tr("Two-step verification"))

        self.intro = wrapped_label(
            self.tr(
                "Your organisation asks every member to sign in in two steps. Set it up now "
                "to continue: it takes two minutes, with your phone."
            )
            if required
            else self.tr(
                "With two-step verification, signing in needs your password and a code from "
                "an app on your phone: someone who learns your password still cannot get in."
            )
        )
        self.status_page, self.enrol_page = StatusPage(), EnrolPage()
        self.code_page, self.codes_page = CodePage(), CodesPage()
        self.pages = QStackedWidget()
        for page in (self.status_page, self.enrol_page, self.code_page, self.codes_page):
            self.pages.addWidget(page)
        self.message_label = QLabel()
        self.message_label.setObjectName("twoFactorMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close two-step verification"))
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.status_page.turn_on_button.clicked.connect(self.start_enrolment)
        self.status_page.new_codes_button.clicked.connect(lambda: self._ask_code("codes"))
        self.status_page.turn_off_button.clicked.connect(lambda: self._ask_code("disable"))
        self.enrol_page.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.code_page.action_button.clicked.connect(self._on_code_action_clicked)
        self.code_page.back_button.clicked.connect(self.load_status)
        self.codes_page.copy_button.clicked.connect(self.copy_codes)
        self.codes_page.save_button.clicked.connect(self.save_codes)
        if required:
            self.start_enrolment()
        else:
            self.load_status()

    # --- steps -------------------------------------------------------------------------

    def load_status(self) -> None:
        two_factor = self._two_factor  # the worker's function must not hold the dialog
        self._run(two_factor.status, self._on_status)

    def start_enrolment(self) -> None:
        two_factor = self._two_factor
        self._run(two_factor.start, self._on_enrolment)

    def _ask_code(self, purpose: str) -> None:
        self._purpose = purpose
        if purpose == "disable":
            self.code_page.prepare(
                self.tr(
                    "To turn off two-step verification, type the code your authenticator "
                    "app shows now. Signing in will then need your password only."
                ),
                self.tr("T&urn off"),
                self.tr("Turn off two-step verification"),
            )
        else:
            self.code_page.prepare(
                self.tr(
                    "To get new recovery codes, type the code your authenticator app shows "
                    "now. Your old recovery codes will stop working."
                ),
                self.tr("&Get new codes"),
                self.tr("Get new recovery codes"),
            )
        self._show(self.code_page, self.code_page.code_edit, self.code_page.action_button)

    def _on_confirm_clicked(self) -> None:
        code = self.enrol_page.code_edit.text()
        if self._code_refused(code, self.enrol_page.code_edit):
            return
        two_factor = self._two_factor
        self._run(lambda: two_factor.confirm(code), self._on_codes, self.enrol_page.code_edit)

    def _on_code_action_clicked(self) -> None:
        code = self.code_page.code_edit.text()
        if self._code_refused(code, self.code_page.code_edit):
            return
        two_factor, edit = self._two_factor, self.code_page.code_edit
        if self._purpose == "disable":
            self._run(lambda: two_factor.disable(code), self._on_disabled, edit)
        else:
            self._run(lambda: two_factor.new_recovery_codes(code), self._on_codes, edit)

    def _code_refused(self, code: str, edit: QLineEdit) -> bool:
        if is_totp_code(code):
            return False
        self.show_message(
            self.tr("Type the 6 digits your authenticator app shows, for example 123456."), edit
        )
        return True

    # --- answers -----------------------------------------------------------------------

    def _on_status(self, status: TotpStatus) -> None:
        self.enabled = status.enabled
        page = self.status_page
        if status.enabled:
            text = fill(
                self.tr("Two-step verification is on. Unused recovery codes: %1."),
                str(status.recovery_codes_left),
            )
            if status.required:
                text += " " + self.tr("Your organisation requires it: it cannot be turned off.")
        else:
            text = self.tr("Two-step verification is off: signing in needs your password only.")
        page.state_label.setText(text)
        page.state_label.setAccessibleName(text)
        page.turn_on_button.setVisible(not status.enabled)
        page.new_codes_button.setVisible(status.enabled)
        page.turn_off_button.setVisible(status.enabled and not status.required)
        first = page.new_codes_button if status.enabled else page.turn_on_button
        self._show(page, first, first)

    def _on_enrolment(self, enrolment: TotpEnrolment) -> None:
        self.enrol_page.show_enrolment(qr_png(enrolment.uri), grouped(enrolment.secret))
        page = self.enrol_page
        self._show(page, page.code_edit, page.confirm_button)

    def _on_codes(self, codes: RecoveryCodes) -> None:
        self.enabled = True
        self.codes = list(codes.codes)
        self.codes_page.show_codes(self.codes)
        self._show(self.codes_page, self.codes_page.codes_edit, self.codes_page.save_button)
        self.close_button.setText(self.tr("&Done"))
        self.show_message(self.tr("Two-step verification is on."), None, error=False)

    def _on_disabled(self, _result: object) -> None:
        self.load_status()
        self.show_message(self.tr("Two-step verification is off."), None, error=False)

    def copy_codes(self) -> None:
        QGuiApplication.clipboard().setText(self._codes_text())
        self.show_message(self.tr("The recovery codes are copied."), None, error=False)

    def save_codes(self) -> None:
        path = self._choose_path(self, self.tr("quorum-recovery-codes.txt"))
        if path is None:
            return
        try:
            save_text(path, self._codes_text())
        except OSError as exc:
            log_error(exc)
            self.show_message(self.tr("The file could not be saved. Choose another place."))
            return
        self.show_message(
            fill(self.tr("The recovery codes are saved in %1."), str(path)), None, error=False
        )

    def _codes_text(self) -> str:
        return recovery_codes_text(self.codes, self.tr("Quorum recovery codes"), self._account)

    # --- plumbing ----------------------------------------------------------------------

    def _show(self, page: QWidget, focus: QWidget, default: QPushButton) -> None:
        self.pages.setCurrentWidget(page)
        default.setDefault(True)
        focus.setFocus()

    def show_message(self, text: str, focus: QWidget | None = None, *, error: bool = True) -> None:
        """An inline message, read out; ``error``: in red, with the focus on the field."""
        colour = "color: #8a1c1c; background: #fdecea;" if error else "color: #1d4d1d;"
        self.message_label.setStyleSheet(f"QLabel {{ {colour} padding: 8px; }}")
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.message_label.show()
        announce(self.message_label, text)
        if isinstance(focus, QLineEdit):
            focus.selectAll()
            focus.setFocus()

    def _run(
        self,
        fn: Callable[[], object],
        on_done: Callable[..., None],
        field: QLineEdit | None = None,
    ) -> None:
        self.message_label.hide()
        self.pages.setEnabled(False)

        def done(result: object) -> None:
            self.pages.setEnabled(True)
            on_done(result)

        def failed(error: BaseException) -> None:
            self.pages.setEnabled(True)
            self._on_failed(error, field)

        self._runner.run(fn, on_done=done, on_error=failed)

    def _on_failed(self, error: BaseException, field: QLineEdit | None) -> None:
        log_error(error)
        if isinstance(error, OtpNeeded):
            text = self.tr(
                "This code is not right, or it has already been used. Wait for the next "
                "code in your authenticator app and type it."
            )
        elif error_code(error) == "forbidden":
            text = self.tr(
                "Your organisation requires two-step verification: it cannot be turned off."
            )
        else:
            text = " ".join(error_text(error))
        self.show_message(text, field)
