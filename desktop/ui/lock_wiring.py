"""The app lock in the main window: "Lock" (Ctrl+L) and "Lock delay…" in the File menu, the
inactivity timer, and what locking hides (docs/SECURITY.md, "Locking the app").

While locked the main window shows only the lock screen: its content, menu bar, tool bars and
status bar are hidden, its actions disabled (but Quit), and every other top-level window is
hidden until unlock (a dialog waiting for an answer is closed, as if cancelled).

"Sign in online" on the lock screen may be used by someone else than the member who locked
(another member, or another server): the cache then forgot the previous member's content, and so
does the window before it shows again: the hidden windows are closed, not shown, and every view
reads the cache again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QToolBar, QWidget
from shiboken6 import isValid

from desktop.cache.errors import CacheError
from desktop.core.app_lock import AppLock
from desktop.core.session import same_server
from desktop.profile import Profile
from desktop.ui.inactivity import InactivityWatcher
from desktop.ui.lock_screen import LockScreen
from desktop.ui.lock_settings import LockSettingsDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class LockWiring(QObject):
    """Built by the main window before its menus; ``attach()`` once they exist. Emits
    ``unlocked`` once the window shows its content again."""

    unlocked = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._profile: Profile | None = None
        self.app_lock = AppLock(window.session._store, self._member_minutes)  # type: ignore[arg-type]
        self.lock_screen = LockScreen(self.app_lock)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.sign_in_requested.connect(self._on_sign_in_requested)
        self._timeout = self._timeout_ms()
        self.watcher = InactivityWatcher(self._timeout, self)
        self.watcher.idle.connect(self._on_idle)
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock Quorum now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        self.settings_action = QAction(self.tr("Loc&k delay…"), window)
        self.settings_action.triggered.connect(self.choose_delay)
        self.settings_action.setVisible(False)  # with a profile only
        self._stack: QStackedWidget | None = None
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._disabled: list[QAction] = []
        self._bars: list[QWidget] = []
        #: Who locked: (member id, server), to tell whether "Sign in online" let in another one.
        self._locked_for: tuple[str, str] | None = None
        window.events.sync_finished.connect(self._on_sync_finished)
        window.installEventFilter(self)

    def _on_sync_finished(self, _status: object) -> None:
        self.refresh_timeout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.watcher.uninstall()  # no more watching once the window is gone
        elif watched is self._window and event.type() == QEvent.Type.Show and self.locked:
            self.lock_screen.focus_first()  # opened locked: the password field is ready
        return False

    @property
    def locked(self) -> bool:
        return self._stack is not None and self._stack.currentWidget() is self.lock_screen

    def actions(self) -> list[QAction]:
        return [self.lock_action, self.settings_action]

    def use_profile(self, profile: Profile) -> None:
        """The member's own delay is read from, and saved in, this profile's settings."""
        self._profile = profile
        self.settings_action.setVisible(True)
        self.refresh_timeout()

    def attach(self) -> None:
        """Put the window's content and the lock screen in one stack; lock at once when the
        app was locked when it last stopped."""
        window = self._window
        content = window.takeCentralWidget()
        self._stack = QStackedWidget()
        self._stack.setObjectName("lockStack")
        if content is not None:
            self._stack.addWidget(content)
        self._stack.addWidget(self.lock_screen)
        window.setCentralWidget(self._stack)
        if self._cache_says_locked():
            self.lock()
        else:
            self.watcher.start()

    # --- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        if self._stack is None or self.locked:
            return
        try:
            self.app_lock.lock()
        except CacheError:  # a closed cache (the app is stopping): nothing left to show
            return
        window = self._window
        self.watcher.stop()
        self._focus = QApplication.focusWidget()  # given back at unlock
        app = QApplication.instance()
        others = app.topLevelWidgets() if isinstance(app, QApplication) else []
        for widget in others:
            if widget is window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()  # its exec() returns: the dialog is cancelled
            elif widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                self._hidden.append(widget)  # tool tips and menus just go
            widget.hide()
        self._bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar)]
        self._bars = [bar for bar in self._bars if not bar.isHidden()]
        for bar in self._bars:
            bar.hide()
        self._tray(visible=False)  # no notification bubble (their text is content) until unlock
        keep = {window.quit_action, self.settings_action}
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        self._disabled = [a for a in self._disabled if a not in keep]
        for action in self._disabled:
            action.setEnabled(False)
        account = window.session.account()
        self._locked_for = (account.member_id, account.server_url) if account else None
        self.lock_screen.prepare(
            window.session.organisation_name(), account.name if account else ""
        )
        self._stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.focus_first()

    def _on_unlocked(self) -> None:
        if self._stack is None:
            return
        window = self._window
        self._stack.setCurrentIndex(0)
        for bar in self._bars:
            bar.show()
        self._tray(visible=True)
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            if isValid(widget):  # closed and deleted meanwhile: nothing to show again
                widget.show()
        self._bars, self._disabled, self._hidden = [], [], []
        window.update_title()
        focus = self._focus
        self._focus = None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus()
        else:
            window.committee_view.setFocus()
        self.refresh_timeout()
        self.watcher.start()
        self.unlocked.emit()

    def _tray(self, visible: bool) -> None:
        network = getattr(self._window, "network", None)
        icon = getattr(getattr(network, "tray", None), "icon", None)
        if icon is not None:
            icon.setVisible(visible)
        if visible and network is not None:
            network.tray.after_sync()  # what arrived while locked, shown now

    def _on_sign_in_requested(self) -> None:
        sign_in: Callable[[], bool] | None = self._window._sign_in_again
        if sign_in is None or not sign_in():
            self.lock_screen.focus_first()
            return
        # The sign-in stored the new password's hash and lifted the lock in the cache.
        if not self._same_member():
            self._forget_previous_member()
        self._on_unlocked()
        self._window.sync.sync_now(manual=False)

    def _same_member(self) -> bool:
        """The member who signed in online is the one who locked (same server)."""
        account = self._window.session.account()
        if account is None or self._locked_for is None:
            return False
        member_id, server_url = self._locked_for
        return account.member_id == member_id and same_server(account.server_url, server_url)

    def _forget_previous_member(self) -> None:
        """Another member signed in: nothing of the previous one's shows again. Their windows
        are closed, and every view reads the cache (which forgot their content) again."""
        log.info("app lock: another member signed in, the previous one's windows are closed")
        for widget in self._hidden:
            if isValid(widget):
                widget.close()
        self._hidden, self._focus = [], None
        window = self._window
        window.events.documents_changed.emit()
        # The lists are empty until the new member's sync: no committee of the previous one.
        window.document_heading.setText(QCoreApplication.translate("MainWindow", "Documents"))
        window.document_view.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Documents")
        )
        window.committee_view.setCurrentIndex(window.committee_model.index(0))

    def _on_idle(self) -> None:
        if self._window.isVisible():
            self.lock()
        else:  # not shown now: count again, or the app would never lock again
            self.watcher.start()

    # --- the delay -------------------------------------------------------------------------

    def refresh_timeout(self) -> None:
        """Follow the organisation's policy (after a sync) and the member's choice."""
        try:
            timeout_ms = self._timeout_ms()
        except CacheError:  # a closed cache (the app is stopping)
            return
        if timeout_ms != self._timeout:  # unchanged: the count goes on
            self._timeout = timeout_ms
            self.watcher.set_timeout_ms(timeout_ms)

    def choose_delay(self) -> None:
        if self._profile is None:
            return
        settings = self._profile.load_settings()
        dialog = LockSettingsDialog(self.app_lock.policy_minutes(), settings.lock_minutes)
        dialog.setParent(self._window, dialog.windowFlags())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings = self._profile.load_settings()
        settings.lock_minutes = dialog.chosen_minutes
        self._profile.save_settings(settings)
        self.refresh_timeout()

    def _timeout_ms(self) -> int:
        return self.app_lock.timeout_minutes() * 60_000

    def _member_minutes(self) -> int:
        return self._profile.load_settings().lock_minutes if self._profile is not None else 0

    def _cache_says_locked(self) -> bool:
        try:
            return self.app_lock.is_locked()
        except CacheError:
            return False
