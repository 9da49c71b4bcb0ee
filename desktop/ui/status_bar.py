"""The status bar: online, offline, syncing or a problem, always said in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.errors import error_text
from desktop.ui.formatting import fill, format_moment


class _Reason(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SyncStatusBar(QStatusBar):
    """Shows the state of the sync, the last sync time and what waits to be sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("outboxCount")
        self.addWidget(self.state_label, 1)
        self.addPermanentWidget(self.outbox_label)
        self.setContentsMargins(8, 2, 8, 2)

    def state_text(self, status: SyncStatus) -> str:
        last = format_moment(status.last_sync) if status.last_sync else None
        state = status.state
        if state is SyncState.SYNCING:
            return self.tr("Syncing…")
        if state is SyncState.ONLINE:
            return fill(self.tr("Online — synced %1"), last) if last else self.tr("Online")
        if state is SyncState.OFFLINE:
            if last:
                return fill(self.tr("Offline — last synced %1"), last)
            return self.tr("Offline — not synced yet")
        if state is SyncState.SIGNED_OUT:
            return self.tr("Signed out — sign in again to sync")
        summary = error_text(_Reason(status.reason_code or "unknown"))[0]
        return fill(self.tr("Sync problem: %1"), summary)

    def outbox_text(self, status: SyncStatus) -> str:
        parts = []
        if status.pending:
            parts.append(self.tr("Waiting to be sent: %n", "", status.pending))
        if status.rejected:
            parts.append(self.tr("Refused by the server: %n", "", status.rejected))
        return " · ".join(parts) if parts else self.tr("Everything has been sent")

    def show_status(self, status: SyncStatus) -> None:
        state = self.state_text(status)
        outbox = self.outbox_text(status)
        self.state_label.setText(state)
        self.outbox_label.setText(outbox)
        self.state_label.setAccessibleName(fill(self.tr("Connection: %1"), state))
        self.outbox_label.setAccessibleName(outbox)
