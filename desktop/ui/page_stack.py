"""A stack of pages sized to the page shown, not to the largest of them.

``QStackedWidget`` asks for the largest minimum of all its pages, hidden ones too: one wide
view at 200 % text made the whole main window wider than a laptop screen even while a narrow
view was shown. ``PageStack`` asks for the shown page's size only, and tells its layout again
each time another page comes up.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._on_current_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return super().minimumSizeHint() if page is None else page.minimumSizeHint()

    def _on_current_changed(self, _index: int) -> None:
        self.updateGeometry()
