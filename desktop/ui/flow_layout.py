"""A row of controls that wraps onto the next line when the room runs out, like words.

With large text (200 %) a row of buttons no longer fits beside the lists of a laptop screen;
``FlowLayout`` puts what does not fit on a second line instead of cutting it or pushing the
window wider than the screen. Items keep their size hints; a line is as tall as its tallest
item, whose others are centred in it. ``stretch`` items (``add_widget(w, stretch=1)``) take the
room left at the end of their line.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

#: Every FlowLayout, its Python side held here until Qt destroys the layout. A layout handed to
#: a widget or another layout (``addLayout``) belongs to Qt, but its methods (``itemAt``,
#: ``count``) are Python's: when Python let go of it, Qt, tearing the window down, called a
#: Python object that was gone ("pure virtual method QLayout.itemAt"). The ``destroyed`` signal
#: removes the entry; one built and never installed is released by ``_release_unused``.
_ALIVE: dict[int, FlowLayout] = {}
#: The references to a layout while ``_release_unused`` looks at it, when nothing else holds it:
#: the registry, the list looked through, the loop's name and ``sys.getrefcount``'s argument.
_ONLY_HERE = 4


def _release_unused() -> None:
    """Let go of the layouts no parent took and nothing else holds: none can be installed any
    more, so Python may delete them (a layout still being built is held by its builder)."""
    for key, layout in list(_ALIVE.items()):
        if layout.parent() is None and sys.getrefcount(layout) <= _ONLY_HERE:
            del _ALIVE[key]


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        _release_unused()
        key = id(self)
        _ALIVE[key] = self
        self.destroyed.connect(lambda *_: _ALIVE.pop(key, None))
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- adding --------------------------------------------------------------------------

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def add_layout(self, layout: QLayout) -> None:
        self.addChildLayout(layout)
        self.addItem(layout)

    # --- QLayout -------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.pop(id(item), None)
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._gap if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest single item: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing -------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = item.sizeHint().width()
            if lines[-1] and used + self._gap + need > width:
                lines.append([])
                used = 0
            used += need + (self._gap if lines[-1] else 0)
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the lines in ``rect`` (when ``apply``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            room = area.width() - sum(widths) - self._gap * (len(widths) - 1)
            stretches = [self._stretch.get(id(item), 0) for item in line]
            total: int = sum(stretches)
            if room > 0 and total > 0:
                widths = [w + room * s // total for w, s in zip(widths, stretches, strict=True)]
            heights = [_height(item, width) for item, width in zip(line, widths, strict=True)]
            tallest = max(heights)
            x = area.x()
            for item, width, height in zip(line, widths, heights, strict=True):
                if apply:
                    top = y + (tallest - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                x += width + self._gap
            y += tallest + self._gap
        used = y - self._gap - area.y() if y > area.y() else 0
        return used + margins.top() + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()
