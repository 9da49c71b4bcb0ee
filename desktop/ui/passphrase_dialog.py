"""Protecting the local copy without a keychain, and starting over when it cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import roomy, wrapped_label

#: Shorter passphrases are refused when choosing one.
MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """Choose (``creating``) or enter the passphrase of the local copy.

    After ``exec()``: ``passphrase`` holds what was typed on Accepted; ``reset_requested`` is
    True when the member said they have forgotten it (the caller then offers a reset).
    """

    def __init__(
        self, creating: bool, parent: QWidget | None = None, wrong_before: bool = False
    ) -> None:
        super().__init__(parent)
        self.creating = creating
        self.passphrase: str | None = None
        self.reset_requested = False
        self.setMinimumWidth(580)
        if creating:
            self.setWindowTitle(self.tr("Choose a passphrase"))
            explanation = self.tr(
                "Quorum keeps a copy of your documents on this computer so that you can read "
                "them without a connection. This copy is locked, and this computer has no "
                "secure keychain to keep its key.\n\n"
                "Choose a passphrase: Quorum will ask for it each time it starts. Write it "
                "down somewhere safe. If you lose it, nothing is lost for good: the copy is "
                "deleted and downloaded again from the server."
            )
        else:
            self.setWindowTitle(self.tr("Unlock your documents"))
            explanation = self.tr(
                "Type the passphrase you chose to lock the copy of your documents on this computer."
            )
        text = wrapped_label(explanation)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Passphrase again"))
        for edit in (self.passphrase_edit, self.confirm_edit):
            roomy(edit, 30)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, self.passphrase_edit)
        if creating:
            again = QLabel(self.tr("&Type it again:"))
            again.setBuddy(self.confirm_edit)
            form.addRow(again, self.confirm_edit)
        else:
            self.confirm_edit.hide()

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("QLabel { color: #8a1c1c; }")
        self.error_label.setVisible(wrong_before)
        if wrong_before:
            self.error_label.setText(self.tr("This passphrase does not open the copy. Try again."))

        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("Choose this passphrase") if creating else self.tr("Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setDefault(True)
        ok.setAccessibleName(ok.text())
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAccessibleName(self.tr("Quit Quorum"))
        if not creating:
            forgot = QPushButton(self.tr("I have forgotten it…"))
            forgot.setAccessibleName(self.tr("I have forgotten the passphrase"))
            forgot.clicked.connect(self._on_forgot_clicked)
            buttons.addButton(forgot, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        # The dialog grows with a message rather than squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase_edit.setFocus()

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()
        field.setAccessibleDescription(text)
        field.selectAll()
        field.setFocus()

    def _on_ok_clicked(self) -> None:
        value = self.passphrase_edit.text()
        if not value:
            self._fail(self.tr("Type a passphrase."), self.passphrase_edit)
            return
        if self.creating and len(value) < MIN_PASSPHRASE:
            self._fail(
                self.tr("Use at least %n characters.", "", MIN_PASSPHRASE), self.passphrase_edit
            )
            return
        if self.creating and value != self.confirm_edit.text():
            self._fail(self.tr("The two passphrases are not the same."), self.confirm_edit)
            return
        self.passphrase = value
        self.accept()

    def _on_forgot_clicked(self) -> None:
        self.reset_requested = True
        self.reject()


class ResetCacheDialog(QMessageBox):
    """Offers to delete the local copy and download everything again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your documents cannot be opened"))
        self.setText(
            self.tr(
                "The copy of your documents on this computer cannot be opened: its key is "
                "missing or has changed."
            )
        )
        self.setInformativeText(
            self.tr(
                "Quorum can delete this copy and download everything again: the server keeps "
                "it all. Only changes made on this computer and not yet sent would be lost."
            )
        )
        self.reset_button = self.addButton(
            self.tr("Reset and download again"), QMessageBox.ButtonRole.AcceptRole
        )
        self.reset_button.setAccessibleName(self.tr("Reset the copy and download again"))
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit Quorum"))
        self.setDefaultButton(self.reset_button)
        self.setEscapeButton(self.quit_button)

    def reset_chosen(self) -> bool:
        return self.clickedButton() is self.reset_button
