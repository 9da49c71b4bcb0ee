"""``FlowLayout`` keeps the Python side of every layout Qt holds (Qt calls its ``itemAt`` while
a window is torn down) and lets go of one built and never installed. Real widgets offscreen."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from desktop.ui import flow_layout
from desktop.ui.flow_layout import FlowLayout


def installed_row(parent: QVBoxLayout) -> weakref.ref[FlowLayout]:
    """A row built in a function, handed to ``parent``: nothing in Python holds it after."""
    row = FlowLayout(spacing=8)
    row.add_widget(QPushButton("Approve"))
    row.add_widget(QPushButton("Reject"))
    parent.addLayout(row)
    return weakref.ref(row)


def test_a_row_qt_holds_stays_alive_and_one_never_installed_is_let_go(
    qtbot: Any, qapp: QApplication
) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    installed = installed_row(column)
    building = FlowLayout()  # still held by its builder: kept, and installable later
    forgotten = weakref.ref(FlowLayout())  # built, never installed, dropped
    FlowLayout()  # the next one built looks for those no one can install any more
    gc.collect()
    assert forgotten() is None
    assert id(building) in flow_layout._ALIVE  # not let go while its builder holds it
    assert installed() is not None  # Qt holds it: its Python side is kept too
    column.addLayout(building)
    window.show()
    window.resize(120, 200)  # narrow: the buttons wrap, through the rows' Python methods
    row = installed()
    assert row is not None and row.count() == 2
    approve, reject = window.findChildren(QPushButton)
    qtbot.waitUntil(lambda: reject.y() > approve.y())  # on a second line

    keys = {id(row), id(building)}
    del row, building
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt tears it down
    gc.collect()
    assert keys.isdisjoint(flow_layout._ALIVE)  # destroyed by Qt: released
    assert installed() is None
