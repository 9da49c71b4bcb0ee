"""Two-step verification in the main window: File > "Two-step verification…", and the dialog
opened first of all when the server says the member must set it up (a sync answered
``totp_enrolment_required``, e.g. the organisation required it while the app was running).
While the app is locked that dialog waits: it opens after unlock, if still required."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.session import Session
from desktop.sync.status import SyncStatus
from desktop.ui.events import AppEvents
from desktop.ui.runner import Runner
from desktop.ui.two_factor_dialog import TwoFactorDialog

ENROLMENT_REQUIRED = "totp_enrolment_required"


def account_label(session: Session) -> str:
    """Who the recovery codes are for, in their text file: the member and the organisation."""
    account = session.account()
    if account is None:
        return session.organisation_name()
    return f"{account.email} — {session.organisation_name()}"


class TwoFactorWiring(QObject):
    """``action``: the menu entry; ``dialog``: the dialog while it is open."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        runner: Runner,
        events: AppEvents,
        sync_now: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._runner = runner
        self._sync_now = sync_now
        self.dialog: TwoFactorDialog | None = None
        self._waiting = False  # for the unlock, to open the dialog
        self.action = QAction(self.tr("T&wo-step verification…"), window)
        self.action.setToolTip(self.tr("Sign in with a code from your phone as well"))
        self.action.triggered.connect(lambda: self.open())
        events.sync_finished.connect(self._on_sync_finished)

    def open(self, required: bool = False) -> TwoFactorDialog:
        """Show the dialog (window-modal, without blocking); once it is closed after being
        turned on where it was required, sync at once."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = TwoFactorDialog(
            self._session.two_factor,
            self._runner,
            account_label(self._session),
            self._window,
            required=required,
        )
        dialog.finished.connect(lambda _result: self._on_closed(dialog, required))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_closed(self, dialog: TwoFactorDialog, required: bool) -> None:
        self.dialog = None
        dialog.deleteLater()
        if required and dialog.enabled and self._sync_now is not None:
            self._sync_now()

    def _on_sync_finished(self, status: SyncStatus) -> None:
        if status.reason_code != ENROLMENT_REQUIRED or self.dialog is not None:
            return
        lock = getattr(self._window, "lock_wiring", None)
        if lock is None or not lock.locked:
            self.open(required=True)
        elif not self._waiting:  # never over the lock screen (its QR code and key are secret)
            self._waiting = True
            lock.unlocked.connect(self._on_unlocked, Qt.ConnectionType.SingleShotConnection)

    def _on_unlocked(self) -> None:
        """Unlocked: set it up now, if the member who unlocked still has to."""
        self._waiting = False
        if self._session.status().reason_code == ENROLMENT_REQUIRED and self.dialog is None:
            self.open(required=True)
