"""The member's preferences for this computer, kept with QSettings in the profile folder
(``preferences.ini``): how the app looks and behaves, never any synced content.

What the headless commands need too (the server address, the language, the lock delay, the
member's trust choices) stays in ``settings.json`` (``desktop.profile.ProfileSettings``); the
notification mode and the cache size are the member's choices kept in the encrypted cache
(``NotificationsApi``, ``BoardFilesApi``). The settings window edits all of them
(docs/INSTALLED.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

#: The text sizes offered, in percent of the base size (``desktop.ui.appearance``).
TEXT_SCALES = (100, 125, 150, 175, 200)
FILE_NAME = "preferences.ini"


class Preferences:
    """Typed access to ``<profile>/preferences.ini``; every setter writes through at once."""

    def __init__(self, profile_path: Path) -> None:
        self.path = Path(profile_path) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # --- appearance -------------------------------------------------------------------

    @property
    def text_scale(self) -> int:
        """Percent of the base text size, one of ``TEXT_SCALES`` (100 when unset or odd)."""
        value = self._int("appearance/text_scale", 100)
        return value if value in TEXT_SCALES else 100

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        if value not in TEXT_SCALES:
            raise ValueError(f"text scale {value} is not one of {TEXT_SCALES}")
        self._set("appearance/text_scale", value)

    @property
    def high_contrast(self) -> bool:
        return self._bool("appearance/high_contrast", False)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._set("appearance/high_contrast", bool(value))

    # --- behaviour --------------------------------------------------------------------

    @property
    def close_to_tray(self) -> bool:
        """Closing the window keeps Quorum syncing in the tray (only where there is a tray)."""
        return self._bool("behaviour/close_to_tray", False)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._set("behaviour/close_to_tray", bool(value))

    @property
    def welcome_done(self) -> bool:
        """The welcome assistant ran to its end once on this profile."""
        return self._bool("first_run/welcome_done", False)

    @welcome_done.setter
    def welcome_done(self, value: bool) -> None:
        self._set("first_run/welcome_done", bool(value))

    @property
    def tour_done(self) -> bool:
        return self._bool("first_run/tour_done", False)

    @tour_done.setter
    def tour_done(self, value: bool) -> None:
        self._set("first_run/tour_done", bool(value))

    # --- plumbing ---------------------------------------------------------------------

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._settings.value(key, default)))
        except ValueError:
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1", "yes")

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
