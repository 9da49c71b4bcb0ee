"""Help > Keyboard shortcuts: every shortcut of the main window, read from its actions, in a
table a screen reader reads row by row. Real encrypted cache, real widgets offscreen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QTableWidgetItem

from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_dialog import ShortcutsDialog, action_words
from tests.desktop.settingskit import ordinary_look, profile, services, window, wiring_of
from tests.desktop.uikit import Modals

__all__ = ["ordinary_look", "profile", "services", "window"]


def cell(dialog: ShortcutsDialog, row: int, column: int) -> QTableWidgetItem:
    item = dialog.table.item(row, column)
    assert item is not None
    return item


def table_rows(dialog: ShortcutsDialog, column: int = 1) -> dict[str, str]:
    """What it does -> its keys (column 1) or where it works (column 2)."""
    rows = range(dialog.table.rowCount())
    return {cell(dialog, r, 0).text(): cell(dialog, r, column).text() for r in rows}


def test_the_shortcuts_table_lists_every_shortcut_of_the_main_window(
    qtbot: Any, window: MainWindow, ordinary_look: None
) -> None:
    dialog = wiring_of(window).shortcuts_dialog()
    rows = table_rows(dialog)

    assert rows["Sync now"] == "Ctrl+R or F5"
    assert rows["Settings"] == "Ctrl+,"
    assert rows["Documents"] == "Ctrl+1" and rows["Votes"] == "Ctrl+2"
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Refused items"] == "Ctrl+Shift+O"
    expected = {
        action_words(action)
        for action in window.findChildren(QAction)
        if action.isVisible()
        and any(not key.isEmpty() for key in action.shortcuts())
        and action_words(action)
    }
    assert set(rows) == expected  # every one, none made up
    assert len(rows) >= 10
    where = table_rows(dialog, 2)
    assert where["Sync now"] == "Everywhere"
    assert where["Reply in a thread"] == "In a conversation"
    assert where["Go to a page"] == "In a PDF document"
    places = list(where.values())
    first_local = next(i for i, place in enumerate(places) if place != "Everywhere")
    assert set(places[first_local:]) == {"In a conversation", "In a PDF document", "In a document"}
    assert "Everywhere" not in places[first_local:]  # the window's own first
    assert list(rows)[:3] == ["Documents", "Votes", "Conversations"]  # the views in their order
    assert where["Next page"] == where["Last page"] == "In a PDF document"


def test_a_screen_reader_hears_each_row_as_what_it_does_and_its_keys(
    qtbot: Any, window: MainWindow, ordinary_look: None
) -> None:
    dialog = wiring_of(window).shortcuts_dialog()
    table = dialog.table
    assert table.accessibleName() == "Keyboard shortcuts"
    row = next(r for r in range(table.rowCount()) if cell(dialog, r, 0).text() == "Sync now")
    for column in (0, 1, 2):
        spoken = cell(dialog, row, column).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken == "Sync now: Ctrl+R or F5"
    reply = next(
        r for r in range(table.rowCount()) if cell(dialog, r, 0).text() == "Reply in a thread"
    )
    spoken = cell(dialog, reply, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Reply in a thread: Ctrl+Shift+R (In a conversation)"
    assert not cell(dialog, row, 0).flags() & Qt.ItemFlag.ItemIsEditable


def test_the_shortcuts_open_from_the_help_menu_and_read_by_arrows_then_escape(
    qtbot: Any, qapp: QApplication, window: MainWindow, ordinary_look: None
) -> None:
    wiring = wiring_of(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu) and wiring.shortcuts_action in help_menu.actions()
    read: list[int] = []

    def read_then_close(dialog: ShortcutsDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        table = dialog.table
        assert qapp.focusWidget() is table and table.currentRow() == 0
        QTest.keyClick(table, Qt.Key.Key_Down)
        QTest.keyClick(table, Qt.Key.Key_Down)
        read.append(table.currentRow())
        QTest.keyClick(table, Qt.Key.Key_Escape)

    modals = Modals().expect(ShortcutsDialog, read_then_close)
    try:
        wiring.shortcuts_action.trigger()
    finally:
        modals.stop()
    assert modals.seen == ["ShortcutsDialog"] and modals.unexpected == []
    assert read == [2]
