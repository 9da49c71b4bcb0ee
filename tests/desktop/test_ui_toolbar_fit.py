"""The main tool bar wraps onto more rows along the top when its buttons no longer fit the
window's width (large text), and the button that had the keyboard focus keeps it. Real widgets
offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

from desktop.ui.toolbar_fit import ToolbarFit, fit_toolbar

VIEWS = ["Documents", "Votes", "Conversations", "Ideas", "Announcements", "Notifications"]


@pytest.fixture
def window(qapp: QApplication) -> Iterator[QMainWindow]:
    built = QMainWindow()
    bar = QToolBar("Views")
    bar.setObjectName("mainToolbar")
    for name in VIEWS:
        bar.addAction(QAction(name, built))
    built.addToolBar(bar)
    built.resize(1600, 400)
    built.show()
    yield built
    built.close()
    built.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_narrow_window_wraps_the_bar_and_the_focused_button_keeps_the_focus(
    qtbot: Any, window: QMainWindow
) -> None:
    fit = fit_toolbar(window)
    assert isinstance(fit, ToolbarFit)
    assert len(fit.bars) == 1
    last = fit.actions[-1]
    assert last is not None
    button = fit.toolbar.widgetForAction(last)
    assert button is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button.setFocus()
    assert QApplication.focusWidget() is button

    window.resize(360, 400)  # large text on a narrow screen: the rest goes below
    qtbot.waitUntil(lambda: len(fit.bars) > 1)
    where = [bar for bar in fit.bars if bar.widgetForAction(last) is not None]
    assert len(where) == 1 and where[0] is not fit.toolbar  # on a row below the first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is where[0].widgetForAction(last))
    assert [a for bar in fit.bars for a in bar.actions()] == fit.actions  # all, in order

    window.resize(1600, 400)  # wide again: one row, the focus still on the same view
    qtbot.waitUntil(lambda: len(fit.bars) == 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fit.toolbar.widgetForAction(last))
