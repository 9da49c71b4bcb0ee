"""File > Settings… (Ctrl+,) and Help > Keyboard shortcuts in the main window, installed by
``desktop.app.build_main_window`` as the Help menu is, so that ``main_window.py`` stays small.

The settings window is built over what the main window already holds: its runner, the
notifications and files use cases, the lock's policy; after a change the parts concerned follow
(the lock's timer, the sync of the notification choice, the background downloads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.profile import Profile
from desktop.ui.preferences import Preferences
from desktop.ui.settings_dialog import SettingsContext, SettingsDialog
from desktop.ui.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SETTINGS_KEYS = "Ctrl+,"


class SettingsWiring(QObject):
    """``settings_action`` (with a profile only) and ``shortcuts_action``."""

    def __init__(self, window: MainWindow, help_menu: QMenu, profile: Profile | None) -> None:
        super().__init__(window)
        self.setObjectName("settingsWiring")
        self._window = window
        self._profile = profile
        self.settings_action: QAction | None = None
        if profile is not None:
            self.settings_action = QAction(self.tr("Se&ttings…"), window)
            self.settings_action.setShortcut(QKeySequence(SETTINGS_KEYS))
            self.settings_action.setToolTip(self.tr("Text size, contrast, language… (Ctrl+,)"))
            self.settings_action.triggered.connect(self.show_settings)
            window.addAction(self.settings_action)
            self._add_to_file_menu(self.settings_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)

    def _add_to_file_menu(self, action: QAction) -> None:
        """Just above Quit (and the line before it)."""
        quit_action = self._window.quit_action
        for entry in self._window.menuBar().actions():
            menu = entry.menu()
            if not isinstance(menu, QMenu) or quit_action not in menu.actions():
                continue
            items = menu.actions()
            at = items.index(quit_action)
            before = items[at - 1] if at > 0 and items[at - 1].isSeparator() else quit_action
            menu.insertAction(before, action)
            return

    # --- settings --------------------------------------------------------------------------

    def settings_context(self) -> SettingsContext:
        window = self._window
        assert self._profile is not None
        network = window.network

        def notifications_changed() -> None:
            window.sync.local_change()  # the choice goes to the server with the next sync
            # The Notifications view shows the same choice: it reads it again.
            network.notifications_view.refresh_preferences()

        return SettingsContext(
            profile=self._profile,
            preferences=Preferences(self._profile.path),
            runner=window.runner,
            notifications=network.network.notifications,
            files=window.offline.files,
            policy_minutes=window.lock_wiring.app_lock.policy_minutes,
            tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
            on_lock_changed=window.lock_wiring.refresh_timeout,
            on_notifications_changed=notifications_changed,
            on_budget_changed=lambda: window.offline.background.request(),
        )

    def settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings_context(), self._window)
        dialog.setObjectName("settingsDialog")
        return dialog

    def show_settings(self) -> None:
        if self._profile is not None:
            dialog = self.settings_dialog()
            dialog.exec()
            dialog.deleteLater()

    # --- shortcuts -------------------------------------------------------------------------

    def shortcuts_dialog(self) -> ShortcutsDialog:
        return ShortcutsDialog(self._window, self._window)

    def show_shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        dialog.exec()
        dialog.deleteLater()


def install_settings(
    window: MainWindow, help_menu: QMenu, profile: Profile | None
) -> SettingsWiring:
    """Add the two actions to the window's menus; the wiring stays the window's child
    (``window.findChild(SettingsWiring)``)."""
    return SettingsWiring(window, help_menu, profile)
