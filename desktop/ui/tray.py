"""The icon in the system tray: the unread notifications and the votes waiting for the member's
vote (in its tooltip, and drawn as a count on the icon), desktop notifications after each sync,
and a menu to open Quorum, sync now or quit. Where the desktop has no tray (or offscreen),
there is none, and no error: the in-app list and its screen-reader announcements still say
everything.

What to show comes from ``NotificationsApi.take_for_desktop()`` (it follows the member's
choice: each one at once, a daily summary, or nothing) and is marked shown in the cache, in the
worker. A click on a notification brings the window forward on the notifications list.
"Sync now" and "Quit" are wired by ``desktop.ui.tray_wiring`` (``sync_requested``,
``quit_requested``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPen, QPixmap
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
#: The icon drawn with its count, in pixels (the desktop scales it down).
ICON_SIZE = 64
#: The count's disc: dark red with a white figure and a white ring (readable on any panel).
BADGE_FILL = QColor("#b00020")


def badge_text(count: int) -> str:
    """What the disc on the icon says: "" for nothing, "99+" past 99."""
    if count <= 0:
        return ""
    return str(count) if count < 100 else "99+"


def badged_pixmap(base: QIcon, count: int, size: int = ICON_SIZE) -> QPixmap:
    """``base`` at ``size`` with ``count`` in a disc at its top right (none for 0)."""
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    text = badge_text(count)
    if not text:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = int(size * (0.62 if len(text) < 3 else 0.8))
    disc = QRect(size - side, 0, side, int(size * 0.62))
    painter.setPen(QPen(QColor("white"), max(2, size // 24)))
    painter.setBrush(BADGE_FILL)
    painter.drawRoundedRect(disc, disc.height() / 2, disc.height() / 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(disc.height() * (0.7 if len(text) == 1 else 0.55)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class Tray(QObject):
    """``icon`` is None when the desktop has no system tray."""

    sync_requested = Signal()
    quit_requested = Signal()

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
        #: The counts the icon shows: unread notifications, votes waiting for my vote.
        self.unread = 0
        self.waiting_votes = 0
        self.icon: QSystemTrayIcon | None = None
        base = window.windowIcon()
        if base.isNull():
            base = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self._base_icon = QIcon(base)
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("Quorum in the notification area"))
        self.open_action = self._menu_action(self.tr("&Open Quorum"), self.bring_forward)
        self.notifications_action = self._menu_action(
            self.tr("See the &notifications"), self._open_list
        )
        self.menu.addSeparator()
        self.sync_action = self._menu_action(self.tr("&Sync now"), self.sync_requested)
        self.menu.addSeparator()
        self.quit_action = self._menu_action(self.tr("&Quit Quorum"), self.quit_requested)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.build_icon()

    def _menu_action(self, text: str, slot: Callable[[], object] | SignalInstance) -> QAction:
        """A bound method or a signal, never a closure: one over this tray (which holds the
        window), kept by an action the window owns, made the window outlive itself."""
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def build_icon(self) -> QSystemTrayIcon:
        """The icon in the tray, with its menu (done at once where the desktop has a tray)."""
        if self.icon is None:
            self.icon = QSystemTrayIcon(self._base_icon, self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self._open_list)
            self._refresh()
            self.icon.show()
        return self.icon

    @property
    def available(self) -> bool:
        return self.icon is not None

    # --- the counts --------------------------------------------------------------------------

    def update_count(self, unread: int) -> None:
        """The unread notifications (the notifications list says when it changes)."""
        self.unread = max(0, unread)
        self._refresh()

    def update_votes(self, waiting: int) -> None:
        """The open votes waiting for the member's vote."""
        self.waiting_votes = max(0, waiting)
        self._refresh()

    @property
    def count(self) -> int:
        """What the icon's disc says: everything waiting for the member."""
        return self.unread + self.waiting_votes

    def summary(self) -> str:
        """The tooltip: "Quorum — 2 unread notifications, 1 vote waiting for your vote"."""
        parts = []
        if self.unread:
            said = self.tr("%n unread notification(s)", "", self.unread)
            parts.append(plural_forms(said, self.unread))
        if self.waiting_votes:
            said = self.tr("%n vote(s) waiting for your vote", "", self.waiting_votes)
            parts.append(plural_forms(said, self.waiting_votes))
        if not parts:
            return self.tr("Quorum — nothing new")
        return fill(self.tr("Quorum — %1"), self.tr(", ").join(parts))

    def _refresh(self) -> None:
        text = self.summary()
        self.open_action.setToolTip(text)
        unread = self.unread
        self.notifications_action.setText(
            fill(self.tr("See the &notifications (%1)"), str(unread))
            if unread
            else self.tr("See the &notifications")
        )
        if self.icon is None:
            return
        self.icon.setToolTip(text)
        self.icon.setIcon(QIcon(badged_pixmap(self._base_icon, self.count)))

    # --- desktop notifications ---------------------------------------------------------------

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

    # --- the window --------------------------------------------------------------------------

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is not QSystemTrayIcon.ActivationReason.Context:  # the menu opens by itself
            self.bring_forward()

    def bring_forward(self) -> None:
        """Shown again as it was: restored only if minimised (a maximised window stays so)."""
        window = self._window
        if window.isMinimized():  # showNormal() would un-maximise a maximised window
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        self._window.raise_()
        self._window.activateWindow()

    def _open_list(self) -> None:
        self.bring_forward()
        self._show_notifications()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
