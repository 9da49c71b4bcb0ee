"""The icon in the system tray: desktop notifications after each sync, and the unread count in
its tooltip. Where the desktop has no tray (or offscreen), there is none, and no error: the
in-app list and its screen-reader announcements still say everything.

What to show comes from ``NotificationsApi.take_for_desktop()`` (it follows the member's
choice: each one at once, a daily summary, or nothing) and is marked shown in the cache, in the
worker. A click on a notification brings the window forward on the notifications list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QStyle, QSystemTrayIcon, QWidget

from desktop.cache.network_records import Notification
from desktop.core.network_api import NotificationsApi
from desktop.ui.conv_words import plural_forms
from desktop.ui.errors import log_error
from desktop.ui.formatting import fill
from desktop.ui.runner import Runner

#: More than this many at once: one summary instead of a pile of bubbles.
MAX_BUBBLES = 3
BUBBLE_MS = 8_000


class Tray(QObject):
    """``icon`` is None when the desktop has no system tray."""

    def __init__(
        self,
        notifications: NotificationsApi,
        runner: Runner,
        window: QWidget,
        show_notifications: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._notifications = notifications
        self._runner = runner
        self._window = window
        self._show_notifications = show_notifications
        #: What was shown last (for the record, and for tests).
        self.shown: list[Notification] = []
        self.icon: QSystemTrayIcon | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        icon = window.windowIcon()
        if icon.isNull():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon = QSystemTrayIcon(QIcon(icon), self)
        menu = QMenu(window)
        open_action = QAction(self.tr("Open Quorum"), menu)
        open_action.triggered.connect(self._bring_forward)
        list_action = QAction(self.tr("See the notifications"), menu)
        list_action.triggered.connect(self._open_list)
        menu.addActions([open_action, list_action])
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(lambda _reason: self._bring_forward())
        self.icon.messageClicked.connect(self._open_list)
        self.icon.setToolTip(self.tr("Quorum"))
        self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def update_count(self, unread: int) -> None:
        if self.icon is None:
            return
        if unread:
            text = plural_forms(self.tr("Quorum — %n unread notification(s)", "", unread), unread)
        else:
            text = self.tr("Quorum — nothing new")
        self.icon.setToolTip(text)

    def after_sync(self) -> None:
        """Show what the member asked to be told on the desktop (nothing without a tray).
        While the icon is hidden (the app is locked) nothing is taken: it waits for unlock."""
        if self.icon is None or not self.icon.isVisible():
            return
        self._runner.run(self._notifications.take_for_desktop, self.show, log_error)

    def show(self, items: list[Notification]) -> None:
        self.shown = list(items)
        if self.icon is None or not items:
            return
        if len(items) > MAX_BUBBLES:
            title = plural_forms(self.tr("%n new notification(s)", "", len(items)), len(items))
            text = fill(self.tr("The latest: %1"), items[0].title)
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, BUBBLE_MS)
            return
        for item in items:
            self.icon.showMessage(
                item.title, item.text, QSystemTrayIcon.MessageIcon.Information, BUBBLE_MS
            )

    def _bring_forward(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _open_list(self) -> None:
        self._bring_forward()
        self._show_notifications()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
