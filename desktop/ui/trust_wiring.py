"""Device trust in the running app (docs/SECURITY.md).

``DeviceTrust`` watches the sync status: answered ``wipe_required`` (a sync, a push, the event
stream: the listener then makes the sync that meets it) it stops everything, closes every
window, deletes the profile's data (``desktop.core.device_trust.wipe_profile``), acknowledges
on the worker with the token kept in memory, and shows the ``WipeNotice``; answered
``device_not_approved`` it shows the ``ApprovalView`` until the secretariat approves, then
syncs. It adds "My devices…" (and "Members' devices…" for the secretariat) to the File menu.

``enforce_offline_limit`` runs at start, once the cache is open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from desktop.core.device_trust import (
    Devices,
    WipeOutcome,
    acknowledge_wipe,
    offline_limit_passed,
    wipe_profile,
)
from desktop.profile import Profile
from desktop.services import Services, setup_logging, stop_logging
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.status import SyncStatus
from desktop.ui.approval_view import ApprovalView
from desktop.ui.devices_dialog import DevicesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.wipe_notice import WipeNotice, WipeReason
from protocol.account import SECRETARIAT_ROLES
from protocol.errors import ErrorCode

log = logging.getLogger(__name__)


def _closer(services: Services) -> Callable[[], None]:
    def close() -> None:
        try:
            services.close()
        finally:
            stop_logging()  # the log file is in the profile too

    return close


class DeviceTrust(QObject):
    """``on_wiped(sign_in_again)`` is called once the member answered the wipe notice."""

    def __init__(
        self,
        profile: Profile,
        services: Services,
        window: MainWindow,
        device_name: str,
        on_wiped: Callable[[bool], None],
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(window)
        self._profile = profile
        self._services = services
        self._window = window
        self._device_name = device_name
        self._on_wiped = on_wiped
        self._transport = transport
        self.devices = Devices(window.session._api_and_token)
        self.notice: WipeNotice | None = None
        self.approval: ApprovalView | None = None
        self.outcome: WipeOutcome | None = None
        self.email: str | None = None
        window.events.status_changed.connect(self._on_status_changed)
        self.my_devices_action = QAction(self.tr("My &devices…"), window)
        self.my_devices_action.triggered.connect(lambda: self.show_devices(False))
        self.members_devices_action = QAction(self.tr("&Members' devices…"), window)
        self.members_devices_action.triggered.connect(lambda: self.show_devices(True))
        account = window.session.account()
        roles = set(account.roles) if account else set()
        self.members_devices_action.setVisible(bool(roles & {r.value for r in SECRETARIAT_ROLES}))
        menu = _menu_holding(window, window.quit_action)
        if menu is not None:
            menu.insertActions(
                window.quit_action, [self.my_devices_action, self.members_devices_action]
            )

    # --- the devices dialogs -------------------------------------------------------------

    def show_devices(self, everyone: bool) -> DevicesDialog:
        dialog = DevicesDialog(self.devices, self._window.runner, everyone=everyone)
        dialog.setParent(self._window, dialog.windowFlags())
        dialog.open()
        return dialog

    # --- watching the sync ---------------------------------------------------------------

    def _on_status_changed(self, status: SyncStatus) -> None:
        if status.reason_code == ErrorCode.WIPE_REQUIRED:
            self.wipe()
        elif status.reason_code == ErrorCode.DEVICE_NOT_APPROVED:
            self.wait_for_approval()

    def wait_for_approval(self) -> None:
        if self.approval is not None and self.approval.isVisible():
            return
        self.approval = ApprovalView(self.devices, self._window.runner, self._device_name)
        self.approval.setParent(self._window, self.approval.windowFlags())
        self.approval.approved.connect(self._on_approved)
        self.approval.show()

    def _on_approved(self) -> None:
        self._window.sync.sync_now(manual=False)

    def wipe(self) -> None:
        """Delete this computer's data now; acknowledge on the worker; then tell the member."""
        if self.notice is not None:
            return
        engine = self._services.engine
        token = engine.wipe_token
        try:
            token = token or self._services.store.token()
            account = self._window.session.account()
            self.email = account.email if account else None  # to sign in again, pre-filled
        except Exception:  # a cache already broken: wipe all the same
            log.exception("wipe: the cache could not be read")
        server_url = engine.server_url
        runner = self._window.runner
        self.notice = notice = WipeNotice(WipeReason.REMOTE)
        notice.setModal(True)
        notice.finished.connect(
            lambda result: self._on_wiped(result == QDialog.DialogCode.Accepted)
        )
        notice.show()
        try:
            self._window.sync.stop()
            for widget in QApplication.topLevelWidgets():
                if widget is not notice and widget.isVisible():
                    widget.close()
            # The notice says it all: no error box for the sync that met wipe_required.
            self._window.sync.needs_attention.disconnect()
        except Exception:  # the wipe must go on, and the notice must end
            log.exception("wipe: closing the windows failed")
        closer = _closer(self._services)
        try:
            outcome = wipe_profile(self._profile.path, self._services.keystore, closer)
        except Exception:  # wipe_profile does not raise; should it, say so and stop there
            log.exception("wipe: deleting the profile failed")
            outcome = WipeOutcome(left=(self._profile.path,))
        self.outcome = outcome
        if token is None or not outcome.complete:  # a wipe half done stays pending there
            notice.wiped(outcome.complete, False)
            return
        transport = self._transport

        def acknowledge() -> bool:
            http = build_http_client(server_url, transport)
            try:
                return acknowledge_wipe(ApiClient(http), token)
            finally:
                http.close()

        def done(acknowledged: object) -> None:
            engine.wipe_token = None
            self.outcome = WipeOutcome(outcome.left, bool(acknowledged), outcome.key_left)
            notice.wiped(outcome.complete, bool(acknowledged))

        def failed(_error: BaseException) -> None:
            notice.wiped(outcome.complete, False)

        try:
            runner.run(acknowledge, on_done=done, on_error=failed)
        except Exception as error:  # the notice ends whatever happens
            log.exception("wipe: the acknowledgement could not start")
            failed(error)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def enforce_offline_limit(
    profile: Profile, services: Services, reopen: Callable[[], Services | None]
) -> Services | None:
    """At start: past the organisation's offline limit, delete this computer's data (no
    acknowledgement: nothing is pending on the server), say why, and open an empty cache for a
    new sign-in; None when the member chose to quit. Otherwise ``services`` unchanged."""
    store = services.store
    policy = store.security_policy()
    if not offline_limit_passed(policy, store.last_online_at()):
        return services
    log.warning("offline limit passed: wiping this computer's data")
    wipe_profile(profile.path, services.keystore, _closer(services))
    notice = WipeNotice(WipeReason.OFFLINE_LIMIT, max_offline_days=policy.max_offline_days)
    if notice.exec() != QDialog.DialogCode.Accepted:
        return None  # the folder stays empty
    setup_logging(profile)
    return reopen()
