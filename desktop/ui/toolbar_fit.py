"""The main tool bar always shows every view: one row along the top while its buttons fit the
window's width, two or more rows (in the same order) when they do not.

A row of nine views and "Sync now" at 200 % text is wider than a laptop screen; Qt would hide
the last ones behind a small "»" button. Here the buttons that do not fit go on a second row,
like words on a line; Tab, the shortcuts and the View menu are unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

_WATCHED = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show)
_TOP = Qt.ToolBarArea.TopToolBarArea


class ToolbarFit(QObject):
    """Spreads ``toolbar``'s actions over as many rows as ``window``'s width needs."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = toolbar
        # Every action in order, whatever row it is on; None: a separator (the tool bar owns
        # its separators and deletes them when cleared: new ones are made).
        self.actions: list[QAction | None] = [
            None if action.isSeparator() else action for action in toolbar.actions()
        ]
        self.extra: list[QToolBar] = []  # the second row and after
        self._widths: dict[QAction, int] = {}
        self._pending = False
        #: The action whose button had the focus when the rows were rebuilt.
        self._refocus: QAction | None = None
        window.installEventFilter(self)
        self.fit()

    @property
    def bars(self) -> list[QToolBar]:
        return [self.toolbar, *self.extra]

    def _width(self, action: QAction) -> int:
        """The width of ``action``'s button (measured where it is shown)."""
        for bar in self.bars:
            button = bar.widgetForAction(action)
            if button is not None:
                self._widths[action] = button.sizeHint().width()
                break
        return self._widths.get(action, 0)

    def rows(self) -> list[list[QAction | None]]:
        """The actions by row, none wider than the window."""
        bar = self.toolbar
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = bar.contentsMargins()
        room = self.window.width() - margins.left() - margins.right() - 4 * spacing - 24
        rows: list[list[QAction | None]] = [[]]
        used = 0
        for action in self.actions:
            if action is None:
                width = 2 * spacing + 2
            else:
                width = self._width(action) + spacing if action.isVisible() else 0
            if rows[-1] and used + width > room and action is not None:
                rows.append([])
                used = 0
            rows[-1].append(action)
            used += width
        return rows

    def fit(self) -> None:
        self._pending = False
        rows = self.rows()
        if [self._shown(bar) for bar in self.bars] == rows:
            return
        focused = self._focused_action()
        for bar in self.bars:
            bar.clear()
        while len(self.extra) > len(rows) - 1:
            bar = self.extra.pop()
            self.window.removeToolBar(bar)
            bar.deleteLater()
        while len(self.extra) < len(rows) - 1:
            self.extra.append(self._new_row(len(self.extra) + 2))
        for bar, row in zip(self.bars, rows, strict=True):
            for action in row:
                if action is None:
                    bar.addSeparator()
                else:
                    bar.addAction(action)
        if focused is not None:  # new buttons: the same one takes the focus once shown
            self._refocus = focused
            QTimer.singleShot(0, self, self._give_focus_back)

    def _focused_action(self) -> QAction | None:
        """The action whose button has the keyboard focus, if one has."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for bar in self.bars:
            for action in bar.actions():
                if bar.widgetForAction(action) is focus:
                    return action
        return None

    def _give_focus_back(self) -> None:
        action, self._refocus = self._refocus, None
        if action is None:
            return
        for bar in self.bars:
            button = bar.widgetForAction(action)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    @staticmethod
    def _shown(bar: QToolBar) -> list[QAction | None]:
        return [None if action.isSeparator() else action for action in bar.actions()]

    def _new_row(self, number: int) -> QToolBar:
        bar = QToolBar(self.toolbar.windowTitle())
        bar.setObjectName(f"mainToolbar{number}")
        bar.setMovable(False)
        bar.setToolButtonStyle(self.toolbar.toolButtonStyle())
        bar.setAccessibleName(self.toolbar.windowTitle())
        self.window.addToolBarBreak(_TOP)
        self.window.addToolBar(_TOP, bar)
        return bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() in _WATCHED and not self._pending:
            self._pending = True  # once the buttons have their new size
            QTimer.singleShot(0, self, self.fit)
        return False


def fit_toolbar(window: QMainWindow) -> ToolbarFit | None:
    """Keep the window's main tool bar (``mainToolbar``) whole; None without one."""
    toolbar = window.findChild(QToolBar, "mainToolbar")
    return ToolbarFit(window, toolbar) if toolbar is not None else None
