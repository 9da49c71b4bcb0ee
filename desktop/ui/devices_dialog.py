"""File > My devices… and, for the secretariat, File > Members' devices…: each device with its
name, its last sync and where it stands, in words; revoking one (its data is deleted when it
next connects), and for the secretariat approving a new device and deactivating a member.

Every call goes to the runner (``desktop.core.device_trust.Devices``); the list is read again
after each action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.device_trust import Devices
from desktop.ui.errors import show_error
from desktop.ui.formatting import fill, format_moment
from desktop.ui.runner import Runner
from protocol.security import DeviceInfo, DeviceState

ID_ROLE = Qt.ItemDataRole.UserRole


def state_words(state: DeviceState) -> str:
    words = {
        DeviceState.ACTIVE: QCoreApplication.translate("Devices", "In use"),
        DeviceState.PENDING_APPROVAL: QCoreApplication.translate(
            "Devices", "Waiting for the secretariat's approval"
        ),
        DeviceState.WIPE_PENDING: QCoreApplication.translate(
            "Devices", "Removed: its data will be deleted when it next connects"
        ),
        DeviceState.WIPED: QCoreApplication.translate("Devices", "Removed: its data was deleted"),
        DeviceState.REVOKED: QCoreApplication.translate("Devices", "Signed out"),
    }
    return words[state]


def last_sync_words(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("Devices", "Never synced")
    return fill(QCoreApplication.translate("Devices", "Synced %1"), format_moment(moment))


class DevicesDialog(QDialog):
    """``everyone=False``: the member's own devices; True: every member's (the secretariat)."""

    def __init__(
        self,
        devices: Devices,
        runner: Runner,
        *,
        everyone: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._runner = runner
        self._everyone = everyone
        self._shown: list[DeviceInfo] = []
        title = self.tr("Members' devices") if everyone else self.tr("My devices")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 420)

        self.intro = QLabel(
            self.tr(
                "Removing a device signs it out and deletes Quorum's data on it the next time "
                "it connects."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Devices"))
        headers = [self.tr("Device"), self.tr("Last sync"), self.tr("State")]
        if everyone:
            headers.insert(0, self.tr("Member"))
        self.table.setHeaderLabels(headers)
        self.table.currentItemChanged.connect(self._on_table_current_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))

        self.revoke_button = self._button(self.tr("&Remove this device…"), self.revoke_selected)
        self.approve_button = self._button(self.tr("&Approve this device"), self.approve_selected)
        self.deactivate_button = self._button(
            self.tr("&Deactivate this member…"), self.deactivate_selected
        )
        self.refresh_button = self._button(self.tr("Re&fresh"), lambda: self.refresh())
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of devices"))
        self.approve_button.setVisible(everyone)
        self.deactivate_button.setVisible(everyone)
        buttons = QHBoxLayout()
        for button in (
            self.revoke_button,
            self.approve_button,
            self.deactivate_button,
            self.refresh_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the list of devices")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._update_buttons()
        self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # --- reading -------------------------------------------------------------------------

    @property
    def shown(self) -> list[DeviceInfo]:
        return list(self._shown)

    def refresh(self, then_say: str = "") -> None:
        """Read the list again; ``then_say`` is shown once it is read."""
        self.status.setText(self.tr("Reading the list of devices…"))
        self._runner.run(
            lambda: self._devices.list_devices(self._everyone),
            on_done=lambda devices: self._on_listed(devices, then_say),
            on_error=self._on_failed,
        )

    def _on_listed(self, devices: object, then_say: str = "") -> None:
        assert isinstance(devices, list)
        selected = self.selected()
        self._shown = devices
        self.table.clear()
        for device in devices:
            name = device.name
            if device.current:
                name = fill(self.tr("%1 (this computer)"), name)
            cells = [name, last_sync_words(device.last_seen_at), state_words(device.state)]
            if self._everyone:
                cells.insert(0, device.member_name)
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, device.id)
            self.table.addTopLevelItem(item)
            if selected is not None and device.id == selected.id:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.status.setText(then_say or ("" if devices else self.tr("No device is signed in.")))
        self._update_buttons()

    def selected(self) -> DeviceInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        device_id = item.data(0, ID_ROLE)
        return next((d for d in self._shown if d.id == device_id), None)

    def _on_table_current_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        device = self.selected()
        live = device is not None and device.state in (
            DeviceState.ACTIVE,
            DeviceState.PENDING_APPROVAL,
        )
        self.revoke_button.setEnabled(live)
        self.approve_button.setEnabled(
            device is not None and device.state is DeviceState.PENDING_APPROVAL
        )
        self.deactivate_button.setEnabled(device is not None)

    # --- acting --------------------------------------------------------------------------

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None or not self._confirm(self._revoke_question(device)):
            return
        secretariat = self._everyone
        self._act(
            lambda: self._devices.revoke(device.id, secretariat=secretariat),
            fill(self.tr("“%1” is removed."), device.name),
        )

    def approve_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        self._act(
            lambda: self._devices.approve(device.id),
            fill(self.tr("“%1” is approved: it can now receive the documents."), device.name),
        )

    def deactivate_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        question = fill(
            self.tr(
                "Deactivate %1? They can no longer sign in, and Quorum's data is deleted on "
                "each of their devices the next time it connects."
            ),
            device.member_name,
        )
        if not self._confirm(question):
            return
        self._act(
            lambda: self._devices.set_member_active(device.member_id, False),
            fill(self.tr("%1 is deactivated."), device.member_name),
        )

    def _revoke_question(self, device: DeviceInfo) -> str:
        if device.current:
            return self.tr(
                "Remove this computer? Quorum's data on it will be deleted and you will have "
                "to sign in again."
            )
        return fill(
            self.tr(
                "Remove “%1”? It is signed out, and Quorum's data on it is deleted the next "
                "time it connects."
            ),
            device.name,
        )

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Confirm"))
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(self.tr("Yes, confirm"))
        box.button(QMessageBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel, change nothing")
        )
        return box.exec() == QMessageBox.StandardButton.Yes

    def _act(self, call: Callable[[], object], done: str) -> None:
        self.status.setText(self.tr("Please wait…"))

        def on_done(_result: object) -> None:
            self.refresh(done)

        self._runner.run(call, on_done=on_done, on_error=self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("That did not work."))
        show_error(self, error)
