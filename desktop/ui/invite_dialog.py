"""File > "Inviter un membre…" for the secretariat (docs/INSTALLED.md): the member's email and
name, the committees they join, how long the invitation lasts; the server answers a one-time
code and a ``quorum://`` link to give the member by any channel (never a password)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.records import Committee
from desktop.ui.errors import error_text, log_error
from desktop.ui.formatting import fill, format_date
from desktop.ui.runner import Runner
from desktop.ui.widgets import roomy, wrapped_label
from protocol.account import SECRETARIAT_ROLES
from protocol.invitations import (
    DEFAULT_VALID_DAYS,
    MAX_VALID_DAYS,
    InvitationCreate,
    InvitationCreated,
)

#: invite(request) -> the created invitation; runs in the worker.
Invite = Callable[[InvitationCreate], InvitationCreated]


class InviteDialog(QDialog):
    def __init__(
        self,
        invite: Invite,
        runner: Runner,
        committees: list[Committee],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._invite = invite
        self._runner = runner
        self.created: InvitationCreated | None = None
        self.setWindowTitle(self.tr("Invite a member"))
        intro = wrapped_label(
            self.tr(
                "Quorum makes a one-time code and a link for the member, valid for the days "
                "you choose. Give them by any channel: the member chooses their own password."
            )
        )
        self.email_edit = roomy(QLineEdit())
        self.email_edit.setAccessibleName(self.tr("Email address"))
        self.name_edit = roomy(QLineEdit())
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setAccessibleDescription(self.tr("Needed for a new member."))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_VALID_DAYS)
        self.days_spin.setValue(DEFAULT_VALID_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Valid for, in days"))
        self.committee_list = QListWidget()
        self.committee_list.setAccessibleName(self.tr("Committees the member joins"))
        for committee in committees:
            item = QListWidgetItem(committee.name)
            item.setData(Qt.ItemDataRole.UserRole, committee.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.committee_list.addItem(item)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        for text, widget in (
            (self.tr("&Email address:"), self.email_edit),
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Committees:"), self.committee_list),
            (self.tr("&Valid for:"), self.days_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.message_label.hide()
        self.copy_link_button = QPushButton(self.tr("Copy the &link"))
        self.copy_code_button = QPushButton(self.tr("Copy the c&ode"))
        for button in (self.copy_link_button, self.copy_code_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)  # Enter invites; it never copies
            button.hide()
        self.copy_link_button.clicked.connect(
            lambda: self._copy(self.created.link if self.created else "")
        )
        self.copy_code_button.clicked.connect(
            lambda: self._copy(self.created.code if self.created else "")
        )

        self.buttons = QDialogButtonBox()
        self.invite_button = self.buttons.addButton(
            self.tr("&Invite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.invite_button.setAccessibleName(self.tr("Send the invitation"))
        self.invite_button.setDefault(True)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close the invitation window"))
        self.buttons.accepted.connect(self._on_invite)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.copy_link_button)
        layout.addWidget(self.copy_code_button)
        layout.addWidget(self.buttons)
        self.email_edit.setFocus()

    def _checked_committees(self) -> list[str]:
        items = (self.committee_list.item(row) for row in range(self.committee_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _on_invite(self) -> None:
        email = self.email_edit.text().strip()
        if "@" not in email:
            self._say(self.tr("Type the member's email address, for example marie@example.fr."))
            self.email_edit.setFocus()
            return
        request = InvitationCreate(
            email=email,
            name=self.name_edit.text().strip(),
            committee_ids=self._checked_committees(),
            valid_days=self.days_spin.value(),
        )
        self.invite_button.setEnabled(False)
        invite = self._invite
        self._runner.run(lambda: invite(request), on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, created: InvitationCreated) -> None:
        self.invite_button.setEnabled(True)
        self.created = created
        self._say(
            fill(
                self.tr(
                    "Invitation for %1 (%2), valid until %3.\nCode: %4\nLink: %5\n"
                    "Give the member the link, or the code with the server address."
                ),
                created.member_name,
                created.email,
                format_date(created.expires_at),
                created.code,
                created.link,
            )
        )
        for button in (self.copy_link_button, self.copy_code_button):
            button.show()
        self.copy_link_button.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        self.invite_button.setEnabled(True)
        log_error(error)
        summary, advice = error_text(error)
        self._say(f"{summary}\n{advice}")

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.message_label.show()
        self.adjustSize()

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)


def add_invite_action(
    window: QMainWindow,
    roles: tuple[str, ...],
    invite: Invite,
    runner: Runner,
    committees: Callable[[], list[Committee]],
    before: QAction,
) -> QAction | None:
    """File > "Invite a member…" for the secretariat, placed before ``before``; None for
    other members."""
    if not set(roles) & {role.value for role in SECRETARIAT_ROLES}:
        return None
    action = QAction(QCoreApplication.translate("InviteDialog", "&Invite a member…"), window)

    def open_dialog() -> None:
        InviteDialog(invite, runner, committees(), window).exec()

    action.triggered.connect(open_dialog)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu) and before in menu.actions():
            menu.insertAction(before, action)
            return action
    window.addAction(action)
    return action
