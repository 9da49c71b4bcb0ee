"""Sections shown one at a time, chosen with tabs when their titles fit and otherwise with a
labelled list ("Show:"), so that no title is ever hidden behind a tab bar's scroll arrows
(large text in a narrow panel).

``SectionTabs`` offers what a ``QTabWidget`` is used for here: ``addTab``, ``setTabText``,
``tabText``, ``setTabToolTip``, ``count``, ``currentIndex``/``setCurrentIndex``,
``currentWidget``, ``widget(i)`` and ``currentChanged(int)``. It switches between the tab bar
and the list as its width or text size changes, keeping the section shown. The mnemonic of each
title (Alt+N for "&Notes") shows that section in both forms.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)


def plain_title(text: str) -> str:
    """A title without its mnemonic marker: "&Notes (2)" -> "Notes (2)", "A && B" -> "A & B"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class SectionTabs(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QTabBar()
        self._bar.setObjectName("sectionTabsBar")
        self._bar.setDrawBase(True)
        self._bar.setExpanding(False)
        self._bar.setElideMode(Qt.TextElideMode.ElideNone)
        self._label = QLabel(self.tr("Show:"))
        self.chooser = QComboBox()
        self.chooser.setObjectName("sectionTabsChooser")
        self.chooser.setAccessibleName(self.tr("Part of the panel shown"))
        self._label.setBuddy(self.chooser)
        self._stack = QStackedWidget()
        self._keys: list[QShortcut] = []
        self._narrow = False
        self._fit_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._chooser_row = QWidget()
        row = QVBoxLayout(self._chooser_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._label)
        row.addWidget(self.chooser)
        layout.addWidget(self._bar)
        layout.addWidget(self._chooser_row)
        layout.addWidget(self._stack, 1)
        self._chooser_row.setVisible(False)
        self._bar.currentChanged.connect(self.setCurrentIndex)
        self.chooser.currentIndexChanged.connect(self.setCurrentIndex)
        self._bar.installEventFilter(self)
        self.chooser.installEventFilter(self)

    # --- what a QTabWidget offers ------------------------------------------------------

    def addTab(self, page: QWidget, text: str) -> int:
        index = self._stack.addWidget(page)
        with _Blocked(self._bar, self.chooser):
            self._bar.addTab(text)
            self.chooser.addItem(plain_title(text))
        key = QShortcut(QKeySequence.mnemonic(text), self)
        key.setContext(Qt.ShortcutContext.WindowShortcut)
        key.activated.connect(lambda: self.setCurrentIndex(self._keys.index(key)))
        key.setEnabled(self._narrow)
        self._keys.append(key)
        self._fit()
        return index

    def setTabText(self, index: int, text: str) -> None:
        if self._bar.tabText(index) == text:
            return
        self._bar.setTabText(index, text)
        self.chooser.setItemText(index, plain_title(text))
        self._keys[index].setKey(QKeySequence.mnemonic(text))
        self._fit()

    def tabText(self, index: int) -> str:
        return self._bar.tabText(index)

    def setTabToolTip(self, index: int, tip: str) -> None:
        self._bar.setTabToolTip(index, tip)
        self.chooser.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def tabBar(self) -> QTabBar:
        return self._bar

    def count(self) -> int:
        return self._stack.count()

    def currentIndex(self) -> int:
        return self._stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self._stack.widget(index)

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < self.count():
            return
        with _Blocked(self._bar, self.chooser):
            self._bar.setCurrentIndex(index)
            self.chooser.setCurrentIndex(index)
        if index != self._stack.currentIndex():
            self._stack.setCurrentIndex(index)
            self.currentChanged.emit(index)

    # --- tabs or list ------------------------------------------------------------------

    def is_narrow(self) -> bool:
        """True when the sections are chosen in the list (their tabs would not fit)."""
        return self._narrow

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _REFIT:
            self._fit_soon()
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self._bar, self.chooser) and event.type() in _REFIT:
            self._fit_soon()
        return False

    def _fit_soon(self) -> None:
        """Once the change is delivered everywhere (a new text size reaches this widget before
        its pages: laid out then, they would keep the old sizes)."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        narrow = self.count() > 0 and self._bar.sizeHint().width() > self.width()
        # The list asks no more room of the window than the tabs did (they scroll): in a
        # panel too narrow for its longest title, that title is cut (and said so by the
        # a11y checks, which compare with its hint), rather than the window widened.
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        as_tabs = self._bar.minimumSizeHint().width() + 2 * frame  # as a QTabWidget asks
        as_tabs = max(as_tabs, self._label.sizeHint().width())  # and "Show:" in full
        self.chooser.setMinimumWidth(min(self.chooser.minimumSizeHint().width(), as_tabs))
        self.setMinimumWidth(as_tabs)
        if narrow == self._narrow:
            return
        self._narrow = narrow
        had_focus = self._bar.hasFocus() or self.chooser.hasFocus()
        self._bar.setVisible(not narrow)
        self._chooser_row.setVisible(narrow)
        # A hidden tab bar's own mnemonics do not answer: these do, in the list's stead.
        for key in self._keys:
            key.setEnabled(narrow)
        if had_focus:
            (self.chooser if narrow else self._bar).setFocus()


_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LayoutRequest)


class _Blocked:
    """Signals of these widgets held while the three views of the choice are aligned."""

    def __init__(self, *widgets: QObject) -> None:
        self._widgets = widgets
        self._before: list[bool] = []

    def __enter__(self) -> None:
        self._before = [w.blockSignals(True) for w in self._widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, before in zip(self._widgets, self._before, strict=True):
            widget.blockSignals(before)


__all__ = ["SectionTabs", "plain_title"]
