"""Helpers for the settings tests: a main window over a real encrypted cache (no server), the
settings window opened from it, key presses, colour contrast (WCAG 2.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.appearance import apply_appearance
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.settings_wiring import SettingsWiring
from tests.desktop.conftest import account, page, realistic_page, upsert
from tests.desktop.uikit import dead_url

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def ordinary_look(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends at 100 %, ordinary contrast, in English."""
    install_translations(qapp, "en")
    apply_appearance(qapp, 100, False)
    yield
    apply_appearance(qapp, 100, False)
    install_translations(qapp, "en")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """A signed-in cache with committees and documents, and an organisation whose policy
    locks after 10 minutes at most."""
    address = dead_url()
    opened = build_services(Profile(tmp_path / "profile"), address, passphrase=PASSPHRASE)
    opened.store.save_sign_in(account(server_url=address), "token-1")
    opened.store.apply_page(realistic_page())
    organisation = {"id": "org", "name": "Mutuelle des Tilleuls", "security": {"lock_minutes": 10}}
    opened.store.apply_page(page(upsert("organisation", organisation), cursor="c2"))
    yield opened
    opened.close()


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile")


@pytest.fixture
def window(qapp: QApplication, services: Services, profile: Profile) -> Iterator[MainWindow]:
    """The main window over ``services``, with the profile; closed and deleted when the test
    ends, before the cache closes (nothing of it is left for the next test to meet)."""
    built = build_main_window(make_session(services), ImmediateRunner(), AppEvents(), profile)
    built.show()
    yield built
    for widget in qapp.topLevelWidgets():
        if widget is not built and widget.isVisible():
            widget.close()
    built.close()
    built.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wiring_of(window: MainWindow) -> SettingsWiring:
    wiring = window.findChild(SettingsWiring)
    assert isinstance(wiring, SettingsWiring)
    return wiring


def open_settings(qtbot: Any, window: MainWindow) -> SettingsDialog:
    """The settings window, shown without blocking (the tests of Ctrl+, use ``exec``)."""
    dialog = wiring_of(window).settings_dialog()  # the window's child: closed with it
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a member's would
    return dialog


def press(widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(widget, key)


def type_value(widget: QWidget, text: str) -> None:
    """Select what the field holds, type ``text``, leave with Tab (the value is then taken)."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def choose(combo: Any, data: object) -> None:
    """Move a combo box to the item holding ``data`` with the arrow keys."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() < target:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        QTest.keyClick(combo, Qt.Key.Key_Up)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pixels_of(widget: QWidget, colour: QColor) -> int:
    """How many pixels of ``widget``, as drawn now, are exactly ``colour``."""
    image = widget.grab().toImage()
    target = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == target
    )


def frame_thickness(widget: QWidget, colour: QColor) -> int:
    """How thick the frame of ``colour`` drawn on ``widget`` is, on its left side, halfway
    down (0: no such frame)."""
    image = widget.grab().toImage()
    target = colour.rgb()
    points = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == target
    ]
    if not points:
        return 0
    left = min(x for x, _ in points)
    top, bottom = min(y for _, y in points), max(y for _, y in points)
    row = (top + bottom) // 2
    thickness = 0
    while left + thickness < image.width() and image.pixel(left + thickness, row) == target:
        thickness += 1
    return thickness
