"""File > Settings… (Ctrl+,): text size, high contrast, language, lock delay, desktop
notifications, space for offline documents and closing to the tray (docs/INSTALLED.md).

Every choice is saved as soon as it is made, and said ("Saved."), so there is nothing to
confirm: text size and contrast apply to the whole app at once, the language at the next start.
Where each choice is kept: ``preferences.ini`` (appearance, tray), ``settings.json`` (language,
lock delay, which the headless commands read too), the encrypted cache (notifications and
the space for documents, which the sync and the file store use)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents_api import BoardFilesApi
from desktop.core.network_api import NotificationsApi
from desktop.profile import Profile
from desktop.ui.appearance import apply_appearance
from desktop.ui.errors import log_error
from desktop.ui.preferences import Preferences
from desktop.ui.runner import Runner
from desktop.ui.settings_pages import (
    AppearanceSection,
    LanguageSection,
    LockSection,
    NotificationsSection,
    StorageSection,
    WindowSection,
    fit_on_screen,
    note,
    set_note,
)
from desktop.ui.storage_dialog import GIB, usage_words
from desktop.ui.widgets import announce


@dataclass
class SettingsContext:
    """What the settings window reads and writes, and whom it tells of a change."""

    profile: Profile
    preferences: Preferences
    runner: Runner
    notifications: NotificationsApi
    files: BoardFilesApi
    #: The organisation's longest lock delay, in minutes.
    policy_minutes: Callable[[], int]
    tray_available: bool
    on_lock_changed: Callable[[], None] = lambda: None
    on_notifications_changed: Callable[[], None] = lambda: None
    on_budget_changed: Callable[[], None] = lambda: None


class SettingsDialog(QDialog):
    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        preferences = context.preferences
        settings = context.profile.load_settings()
        notify = context.notifications.preferences()
        self.intro = note(
            self.tr("Each choice is saved as soon as you make it. Close this window when done.")
        )
        self.appearance = AppearanceSection(preferences.text_scale, preferences.high_contrast)
        self.language = LanguageSection(settings.language)
        self.lock = LockSection(context.policy_minutes(), settings.lock_minutes)
        self.notifications = NotificationsSection(notify.notify, notify.digest_hour)
        used, budget = context.files.usage()
        self.storage = StorageSection(usage_words(used, budget), budget / GIB)
        self.closing = WindowSection(preferences.close_to_tray, context.tray_available)
        #: The last thing said: "Saved.", or what went wrong.
        self.status_label = note("")
        self.status_label.setObjectName("settingsStatus")
        self.status_label.hide()
        self._build()
        self.appearance.changed.connect(self._on_appearance_changed)
        self.language.changed.connect(self._on_language_changed)
        self.lock.changed.connect(self._on_lock_changed)
        self.notifications.changed.connect(self._on_notifications_changed)
        self.storage.changed.connect(self._on_budget_changed)
        self.closing.changed.connect(self._on_tray_changed)
        self._fit()
        self.appearance.scale_combo.setFocus()

    def _build(self) -> None:
        content = self.content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(14)
        for widget in (
            self.intro,
            self.appearance,
            self.language,
            self.lock,
            self.notifications,
            self.storage,
            self.closing,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the settings"))
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    def _fit(self) -> None:
        """As large as the content needs, within the screen: the rest scrolls."""
        metrics = self.fontMetrics()
        width = max(metrics.averageCharWidth() * 70, self.content.sizeHint().width() + 40)
        height = self.content.sizeHint().height() + metrics.height() * 6
        fit_on_screen(self, width, height)

    # --- saving --------------------------------------------------------------------------

    def _saved(self) -> None:
        self._say(self.tr("Saved."))

    def _failed(self, error: BaseException) -> None:
        log_error(error)
        if not shiboken6.isValid(self):  # closed (Escape) while the worker was at it
            return
        self._say(self.tr("This choice could not be saved. Try again in a moment."))

    def _say(self, text: str) -> None:
        set_note(self.status_label, text)
        self.status_label.show()
        announce(self.status_label, text)

    def _on_appearance_changed(self, text_scale: int, high_contrast: bool) -> None:
        preferences = self._context.preferences
        preferences.text_scale = text_scale
        preferences.high_contrast = high_contrast
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, text_scale, high_contrast)
        self._fit()
        self._saved()

    def _on_language_changed(self, language: str) -> None:
        profile = self._context.profile
        settings = profile.load_settings()
        settings.language = language
        profile.save_settings(settings)
        self._say(self.tr("Saved: the new language applies the next time you start Quorum."))

    def _on_lock_changed(self, minutes: int) -> None:
        profile = self._context.profile
        settings = profile.load_settings()
        settings.lock_minutes = minutes
        profile.save_settings(settings)
        self._context.on_lock_changed()
        self._saved()

    def _on_notifications_changed(self, mode: str, hour: int) -> None:
        context = self._context
        notifications = context.notifications

        def done(_none: object) -> None:
            context.on_notifications_changed()  # saved: the app follows, window open or not
            if shiboken6.isValid(self):
                self._saved()

        self._context.runner.run(
            lambda: notifications.set_preferences(mode, hour), on_done=done, on_error=self._failed
        )

    def _on_budget_changed(self, gigabytes: float) -> None:
        context = self._context
        files, budget = context.files, round(gigabytes * GIB)

        def done(_none: object) -> None:
            context.on_budget_changed()  # saved: the downloads follow, window open or not
            if not shiboken6.isValid(self):  # closed (Escape) while the worker was at it
                return
            used, stored = files.usage()
            self.storage.show_budget(usage_words(used, stored), stored / GIB)
            self._saved()

        self._context.runner.run(
            lambda: files.set_budget(budget), on_done=done, on_error=self._failed
        )

    def _on_tray_changed(self, close_to_tray: bool) -> None:
        self._context.preferences.close_to_tray = close_to_tray
        self._saved()
