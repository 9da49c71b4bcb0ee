"""The main window's views are sized to the view shown: a wide view kept in the stack must not
make the window wider while a narrow one is on screen (at 200 % text, wider than a laptop)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.page_stack import PageStack


def test_the_stack_asks_for_the_shown_page_size_and_follows_each_change(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    stack = PageStack()
    QVBoxLayout(window).addWidget(stack)
    narrow, wide = QLabel("Votes"), QLabel("Documents")
    wide.setMinimumWidth(2000)
    stack.addWidget(narrow)
    stack.addWidget(wide)
    window.show()

    assert stack.currentWidget() is narrow
    assert window.minimumSizeHint().width() < 2000
    window.resize(600, 400)
    assert window.width() == 600

    stack.setCurrentWidget(wide)
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() >= 2000)
    stack.setCurrentWidget(narrow)
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() < 2000)
