"""Driving the app with the keyboard alone, as a member who cannot use a mouse does.

Every key goes to the widget that has the focus (``QApplication.focusWidget()``), never to a
widget the test picks: if the focus is not where the member would expect, the flow fails.
``tab_to`` presses Tab (or Shift+Tab) until the focus reaches what the member is after, as a
screen-reader user walks a window; ``arrow_to`` moves along a list with the arrows.

    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_2, CTRL)          # Ctrl+2: Votes
    keys.arrow_to(view.open_view, motion_id)
    keys.press(Qt.Key.Key_Return)
    keys.tab_to(dialog.grant_button); keys.press(Qt.Key.Key_Space)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from desktop.ui.models import IdRole

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier

#: The most Tab presses a member would make to reach a control before giving up.
TAB_LIMIT = 60


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName() or getattr(widget, "text", str)()
    return f"{type(widget).__name__}({name!r})"


class Keys:
    """Key presses on the focused widget of the active window (or open menu)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.window: QWidget | None = None  # the app's main window, once activated

    def activate(self, window: QWidget) -> None:
        """Make ``window`` the active one, as the member's click on it or Alt+Tab would
        (keys reach the active window only), keeping the focus where it was in it."""
        self.window = window
        focused = window.focusWidget()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        if focused is not None:
            focused.setFocus()

    def focused(self) -> QWidget:
        """The widget keys go to. The window manager activates a dialog once it shows, and
        gives the window under it back its activation when it closes; offscreen nobody does,
        so it is done here before looking for the focus."""
        popup = QApplication.activePopupWidget()  # an open menu takes every key
        if popup is not None:
            return popup
        window = QApplication.activeModalWidget() or QApplication.activeWindow() or self.window
        assert window is not None, "no window has the focus"
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        return QApplication.focusWidget() or window

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        """One key on the focused widget (a shortcut reaches its action from there)."""
        QTest.keyClick(self.focused(), key, modifiers)

    def type(self, text: str) -> None:
        """Text typed into the focused widget, key by key (accents as key events: QTest
        types ASCII only)."""
        for char in text:
            widget = self.focused()
            if char.isascii() and char != "\n":
                QTest.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, char))

    def tab_to(
        self, target: QWidget | Callable[[QWidget], bool], *, backwards: bool = False
    ) -> QWidget:
        """Tab (or Shift+Tab) until the focus is on ``target``; fails saying where it went."""

        def reached(widget: QWidget) -> bool:
            return widget is target if isinstance(target, QWidget) else target(widget)

        visited: list[str] = []
        for _ in range(TAB_LIMIT):
            widget = self.focused()
            if reached(widget):
                return widget
            visited.append(describe(widget))
            key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
            QTest.keyClick(widget, key, SHIFT if backwards else NONE)
        raise AssertionError(
            f"Tab never reached {describe(target) if isinstance(target, QWidget) else target}:"
            f" {' -> '.join(visited)}"
        )

    def arrow_to(self, view: QAbstractItemView, row_id: object, role: int = IdRole) -> None:
        """With the focus on ``view``: Home, then Down until the current row is ``row_id``."""
        assert self.focused() is view, f"the focus is on {describe(self.focused())}"
        QTest.keyClick(view, Qt.Key.Key_Home)
        for _ in range(view.model().rowCount() + 1):
            if view.currentIndex().data(role) == row_id:
                return
            QTest.keyClick(view, Qt.Key.Key_Down)
        raise AssertionError(f"no row {row_id!r} in {describe(view)}")
