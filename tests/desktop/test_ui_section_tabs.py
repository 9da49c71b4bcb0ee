"""Sections shown one at a time (``SectionTabs``, meant for the document side panel: Notes,
Comments, Versions): tabs when their titles fit, else a labelled list "Show:" (large text in a
narrow panel), so that no title hides behind a tab bar's scroll arrows; the section shown and
the Alt+letter of each title survive the switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QTabBar, QVBoxLayout, QWidget

from desktop.ui.appearance import apply_appearance
from desktop.ui.section_tabs import SectionTabs, plain_title

ALT = Qt.KeyboardModifier.AltModifier
NOTES, COMMENTS, VERSIONS = 0, 1, 2
NARROW, WIDE = 260, 900


@pytest.fixture
def restored_font(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    try:
        yield
    finally:
        apply_appearance(qapp, 100)
        qapp.setFont(before)


class Panel(QWidget):
    """A panel of three sections, each with a field to type in (the focus inside a page)."""

    def __init__(self) -> None:
        super().__init__()
        self.tabs = SectionTabs()
        for title in ("&Notes (2)", "&Comments", "&Versions"):
            page = QWidget()
            QVBoxLayout(page).addWidget(QLineEdit(page))
            self.tabs.addTab(page, title)
        QVBoxLayout(self).addWidget(self.tabs)

    def field(self, index: int) -> QLineEdit:
        page = self.tabs.widget(index)
        assert page is not None
        field = page.findChild(QLineEdit)
        assert field is not None
        return field


def shown_panel(qtbot: Any, width: int) -> Panel:
    panel = Panel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    QCoreApplication.processEvents()
    return panel


def tab_bar(tabs: SectionTabs) -> QTabBar:
    return tabs.tabBar()


def test_narrow_at_200_percent_every_section_is_in_a_list_chosen_by_keyboard(
    qtbot: Any, qapp: QApplication, restored_font: None
) -> None:
    apply_appearance(qapp, 200)
    panel = shown_panel(qtbot, NARROW)
    tabs = panel.tabs
    assert tabs.is_narrow()
    assert tab_bar(tabs).isHidden()
    assert tabs.chooser.isVisible()
    assert tabs.chooser.accessibleName() == "Part of the panel shown"
    assert [tabs.chooser.itemText(i) for i in range(tabs.chooser.count())] == [
        plain_title(tabs.tabText(i)) for i in (NOTES, COMMENTS, VERSIONS)
    ]
    assert [tabs.chooser.itemText(i) for i in range(3)] == ["Notes (2)", "Comments", "Versions"]
    # The list is as wide as its longest title: nothing of it is cut.
    assert tabs.chooser.width() >= tabs.chooser.minimumSizeHint().width()
    assert tabs.currentIndex() == NOTES
    tabs.chooser.setFocus()
    qtbot.waitUntil(tabs.chooser.hasFocus, timeout=2000)
    qtbot.keyClick(tabs.chooser, Qt.Key.Key_Down)
    assert tabs.currentIndex() == COMMENTS
    assert tabs.currentWidget() is tabs.widget(COMMENTS)
    assert panel.field(COMMENTS).isVisible() and not panel.field(NOTES).isVisible()
    qtbot.keyClick(tabs.chooser, Qt.Key.Key_Down)
    assert tabs.currentIndex() == VERSIONS


def test_wide_at_100_percent_the_sections_are_tabs(
    qtbot: Any, qapp: QApplication, restored_font: None
) -> None:
    apply_appearance(qapp, 100)
    panel = shown_panel(qtbot, WIDE)
    tabs = panel.tabs
    assert not tabs.is_narrow()
    assert tab_bar(tabs).isVisible()
    assert tab_bar(tabs).width() >= tab_bar(tabs).sizeHint().width()  # no scroll arrows
    assert not tabs.chooser.isVisible()
    qtbot.mouseClick(
        tab_bar(tabs), Qt.MouseButton.LeftButton, pos=tab_bar(tabs).tabRect(VERSIONS).center()
    )
    assert tabs.currentIndex() == VERSIONS
    assert tabs.currentWidget() is tabs.widget(VERSIONS)


def test_the_section_shown_survives_a_narrower_panel_and_larger_text(
    qtbot: Any, qapp: QApplication, restored_font: None
) -> None:
    apply_appearance(qapp, 100)
    panel = shown_panel(qtbot, WIDE)
    tabs = panel.tabs
    tabs.setCurrentIndex(COMMENTS)
    panel.resize(NARROW, 500)
    QCoreApplication.processEvents()
    assert tabs.is_narrow() and tabs.chooser.isVisible()
    assert tabs.currentIndex() == COMMENTS and tabs.chooser.currentIndex() == COMMENTS
    tabs.chooser.setCurrentIndex(VERSIONS)
    panel.resize(WIDE, 500)
    QCoreApplication.processEvents()
    assert not tabs.is_narrow() and tab_bar(tabs).isVisible()
    assert tabs.currentIndex() == VERSIONS and tab_bar(tabs).currentIndex() == VERSIONS
    # Same width, the text grows to 200 %: the tabs no longer fit, the list takes over.
    panel.resize(WIDE // 2, 500)
    QCoreApplication.processEvents()
    assert not tabs.is_narrow()
    apply_appearance(qapp, 200)
    QCoreApplication.processEvents()
    assert tabs.is_narrow() and tabs.chooser.isVisible() and tab_bar(tabs).isHidden()
    assert tabs.chooser.currentIndex() == VERSIONS
    apply_appearance(qapp, 100)
    QCoreApplication.processEvents()
    assert not tabs.is_narrow() and tab_bar(tabs).isVisible()


@pytest.mark.parametrize(("scale", "width"), [(200, NARROW), (100, WIDE)])
def test_alt_c_shows_the_comments_with_tabs_or_with_the_list(
    scale: int,
    width: int,
    qtbot: Any,
    qapp: QApplication,
    restored_font: None,
) -> None:
    apply_appearance(qapp, scale)
    panel = shown_panel(qtbot, width)
    tabs = panel.tabs
    assert tabs.is_narrow() == (scale == 200)
    field = panel.field(NOTES)  # the focus inside the notes
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_C, ALT)
    assert tabs.currentIndex() == COMMENTS
    assert panel.field(COMMENTS).isVisible()
    qtbot.keyClick(panel.field(COMMENTS), Qt.Key.Key_V, ALT)
    assert tabs.currentIndex() == VERSIONS
    qtbot.keyClick(panel.field(VERSIONS), Qt.Key.Key_N, ALT)
    assert tabs.currentIndex() == NOTES


def test_a_title_without_its_mnemonic_marker() -> None:
    assert plain_title("&Notes (2)") == "Notes (2)"
    assert plain_title("Q&&A") == "Q&A"
