"""A short guided tour (docs/INSTALLED.md, "First run", step 5): where the documents, the votes
and the conversations are, and where help and the settings are. It ends the welcome assistant;
Help > "Visite guidée" shows it again at any time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.welcome_pages import heading_label, paragraph, refit
from desktop.ui.widgets import announce

_Q = QCoreApplication

#: One step of the tour: its heading and its text (English sources, context "TourDialog").
_STEPS = (
    (
        QT_TRANSLATE_NOOP("TourDialog", "Documents: Ctrl+1"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "Your committees are on the left, their documents in the middle, and the document "
            "you open on the right. Press Ctrl+1 to come back to the documents from anywhere.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "Votes: Ctrl+2"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "The votes open to you, the ones you have cast and their results. You can also give "
            "a proxy to another member from here. Press Ctrl+2.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "Conversations: Ctrl+3"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "The messages of your committees and your direct conversations with other members. "
            "Press Ctrl+3.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "Help and settings"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "The Help menu shows this tour again and lists every keyboard shortcut. In File > "
            "Settings you can make the text larger, choose high contrast or change the language "
            "at any time.",
        ),
    ),
)


class TourDialog(QDialog):
    """The steps one after the other: Back, Next, and Finish on the last one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = 0
        self.heading = heading_label()
        self.text = paragraph()
        self.step_label = QLabel()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.next_button.setDefault(True)
        self.show_step(0)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def step_count(self) -> int:
        return len(_STEPS)

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(_STEPS) - 1))
        heading, text = _STEPS[self.index]
        last = self.index == len(_STEPS) - 1
        self.setWindowTitle(self.tr("Guided tour of Quorum"))
        self.heading.setText(_Q.translate("TourDialog", str(heading)))
        self.text.setText(_Q.translate("TourDialog", str(text)))
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(_STEPS)))
        )
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish the tour") if last else self.tr("Next step")
        )
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the tour"))
        for label in (self.heading, self.text):
            refit(label)
            label.setAccessibleName(label.text())
        if self.isVisible():  # the screen reader reads the new step; the focus stays put
            announce(self, f"{self.heading.text()}. {self.text.text()}")

    def _back(self) -> None:
        self.show_step(self.index - 1)

    def _next(self) -> None:
        if self.index == len(_STEPS) - 1:
            self.accept()
        else:
            self.show_step(self.index + 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.show_step(self.index)


def help_menu(window: QMainWindow) -> QMenu | None:
    """The window's Help menu (``desktop.ui.about_dialog.add_help_menu``), found by its title."""
    title = _Q.translate("HelpMenu", "&Help")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title() == title:
            return menu
    return None


class TourLauncher(QObject):
    """Shows the tour over its window (its parent). A bound method, not a lambda: a closure
    over the window, held by the signal of one of the window's own children, kept the window
    alive from inside itself and had it destroyed twice when the app ended."""

    def show_tour(self) -> None:
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        dialog = TourDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # none piles up in the window
        dialog.exec()


def add_tour_action(window: QMainWindow) -> QAction | None:
    """Help > "Guided tour" shows the tour again; None when the window has no Help menu."""
    menu = help_menu(window)
    if menu is None:
        return None
    action = QAction(_Q.translate("HelpMenu", "Guided &tour"), window)
    action.setObjectName("tour_action")
    launcher = TourLauncher(window)
    launcher.setObjectName("tourLauncher")
    action.triggered.connect(launcher.show_tour)
    actions = menu.actions()
    if actions:
        menu.insertAction(actions[0], action)  # first in Help: what a new member looks for
    else:
        menu.addAction(action)
    return action
