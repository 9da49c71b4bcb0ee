"""The status bar: online, offline, syncing or a problem, always said in words; what waits to
be sent, and what the server refused as a button that opens the refused items."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.errors import error_text
from desktop.ui.formatting import fill, format_moment


class _Reason(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class _WrapLabel(QLabel):
    """A label of the status bar whose words go onto more lines when the bar is narrower than
    its text (200 % text, a long sync problem), rather than squeezing its neighbours: it keeps
    the height its width needs, and the status bar grows to hold it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        metrics = self.fontMetrics()
        if self.text() and self.width() < metrics.averageCharWidth() * 12:
            return  # not laid out yet: a sliver's height would stretch the window
        need = self.heightForWidth(self.width()) if self.text() else 0
        need = min(need, metrics.lineSpacing() * 3 + 8)  # three lines at most
        if need != self.minimumHeight():
            self.setMinimumHeight(need)  # the status bar makes room for it (LayoutRequest)


class SyncStatusBar(QStatusBar):
    """Shows the state of the sync, the last sync time and what waits to be sent;
    ``refused_requested`` when the member asks to see what the server refused."""

    refused_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.state_label = _WrapLabel(self)
        self.state_label.setObjectName("syncState")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("outboxCount")
        self.refused_button = QPushButton(self)
        self.refused_button.setObjectName("refusedButton")
        self.refused_button.setFlat(True)
        self.refused_button.setAutoDefault(False)
        self.refused_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refused_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.refused_button.setStyleSheet(
            "QPushButton#refusedButton { color: #8a4b00; text-decoration: underline;"
            " border: 1px solid transparent; padding: 2px 6px; }"
            "QPushButton#refusedButton:focus { border: 2px solid #0b4f9c; }"
        )
        self.refused_button.setToolTip(self.tr("See what the server refused (Ctrl+Shift+O)"))
        self.refused_button.setAccessibleDescription(
            self.tr("Opens the refused items, to send them again or give them up")
        )
        self.refused_button.setVisible(False)
        self.refused_button.clicked.connect(lambda _checked=False: self.refused_requested.emit())
        self.addWidget(self.state_label, 1)
        self.addPermanentWidget(self.outbox_label)
        self.addPermanentWidget(self.refused_button)
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
        """What waits to be sent; "" when nothing waits but something was refused."""
        if status.pending:
            return self.tr("Waiting to be sent: %n", "", status.pending)
        return "" if status.rejected else self.tr("Everything has been sent")

    def refused_text(self, status: SyncStatus) -> str:
        """ "Refused by the server: 2 — See"; "" when nothing was refused."""
        if not status.rejected:
            return ""
        return self.tr("Refused by the server: %n — See", "", status.rejected)

    def show_status(self, status: SyncStatus) -> None:
        state = self.state_text(status)
        outbox = self.outbox_text(status)
        self.state_label.setText(state)
        refused = self.refused_text(status)
        self.outbox_label.setText(outbox)
        self.outbox_label.setVisible(bool(outbox))
        self.state_label.setAccessibleName(fill(self.tr("Connection: %1"), state))
        self.outbox_label.setAccessibleName(outbox)
        self.refused_button.setText(refused)
        self.refused_button.setAccessibleName(refused)
        self.refused_button.setVisible(bool(refused))
