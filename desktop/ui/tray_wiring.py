"""The tray in the main window: the count of votes waiting for the member's vote, "Sync now"
and "Quit" from its menu, and closing the window to the tray (docs/INSTALLED.md, "Tray").

With ``Preferences.close_to_tray`` and a tray on the desktop, closing the window from its title
bar (or Alt+F4: a close the desktop asks for) hides it: the sync and the live events go on, the
tray keeps its counts, and "Open Quorum" brings the window back. File > Quitter, the tray's
"Quit" and the app stopping close it for good. Without a tray, closing quits (the settings
window shows the option off, and says why: ``desktop.ui.settings_pages.WindowSection``).

Installed by ``desktop.app.build_main_window`` (``install_tray``), outside ``main_window.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QSystemTrayIcon

from desktop.cache.errors import CacheError
from desktop.core.votes_views import count_awaiting
from desktop.ui.preferences import Preferences
from desktop.ui.tray import BUBBLE_MS, Tray

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often the votes waiting for the member are counted again (deadlines pass), in ms.
RECOUNT_MS = 60_000


class TrayWiring(QObject):
    """``preferences`` None (no profile: tests of other views): closing always quits."""

    def __init__(self, window: MainWindow, preferences: Preferences | None) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self.tray: Tray = window.network.tray
        #: The window is hidden in the tray (closed by the member with ``close_to_tray``).
        self.in_tray = False
        self._told_once = False
        self.tray.sync_requested.connect(window.sync_now)
        self.tray.quit_requested.connect(self.quit)
        window.installEventFilter(self)
        window.events.documents_changed.connect(self.count_votes)
        window.events.status_changed.connect(self._on_status_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(RECOUNT_MS)
        self.timer.timeout.connect(self.count_votes)
        self.timer.start()
        stack = window.centralWidget()
        if isinstance(stack, QStackedWidget):  # the lock's stack: locked while in the tray
            stack.currentChanged.connect(self._on_lock_changed)
        self.count_votes()

    @property
    def closes_to_tray(self) -> bool:
        """Closing the window now would hide it in the tray (not while locked: the icon is
        hidden then, and the window could not be found again)."""
        return (
            self._preferences is not None
            and self._preferences.close_to_tray
            and self.tray.available
            and not self._window.lock_wiring.locked
        )

    def count_votes(self) -> None:
        try:
            waiting = count_awaiting(self._window.session.votes.open_motions())
        except CacheError:  # the cache is closed: the app is stopping
            return
        self.tray.update_votes(waiting)

    # --- closing -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self._window:
            return False
        if event.type() == QEvent.Type.Close and event.spontaneous() and self.closes_to_tray:
            event.ignore()  # not closed: the sync and the live events go on
            self.hide_to_tray()
            return True
        if event.type() == QEvent.Type.Show and self.in_tray:
            self.in_tray = False
            QApplication.setQuitOnLastWindowClosed(True)
        return False

    def hide_to_tray(self) -> None:
        # A dialog closed while the window is hidden must not end the app.
        QApplication.setQuitOnLastWindowClosed(False)
        self.in_tray = True
        self._window.hide()
        log.info("window closed to the tray")
        icon = self.tray.icon
        if icon is not None and not self._told_once:
            self._told_once = True
            icon.showMessage(
                self.tr("Quorum keeps running"),
                self.tr(
                    "Quorum goes on receiving your documents, votes and messages here. "
                    "To stop it, choose Quit Quorum in this icon's menu."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                BUBBLE_MS,
            )

    def quit(self) -> None:
        """Close the window for good (the sync stops) and end the app."""
        hidden = self.in_tray or not self._window.isVisible()
        self.in_tray = False
        QApplication.setQuitOnLastWindowClosed(True)
        self._window.close()  # not a close the desktop asked for: the window really closes
        if hidden:  # no visible window closed: the app would not end by itself
            QCoreApplication.quit()

    def _on_status_changed(self, _status: object) -> None:
        self.count_votes()

    def _on_lock_changed(self, _index: int = 0) -> None:
        """Locked while in the tray: the icon goes (its bubbles would show content), so the
        window comes back minimised, on its lock screen, where the member can find it."""
        if self.in_tray and self._window.lock_wiring.locked:
            self._window.showMinimized()


def install_tray(window: MainWindow, profile_path: Path | None) -> TrayWiring:
    """The tray's wiring, a child of the window (``window.findChild(TrayWiring)``); the
    member's choice read from the profile's preferences (none without a profile)."""
    return TrayWiring(window, Preferences(profile_path) if profile_path is not None else None)
