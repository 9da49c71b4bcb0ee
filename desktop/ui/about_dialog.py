"""Help > "About Quorum" (versions) and "Copy diagnostic information" (for the secretariat's
support: versions, system, server address, sync state, where the log is; never content)."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.core.diagnostics import Diagnostics, DiagnosticsSource
from desktop.ui.widgets import wrapped_label


def qt_version() -> str:
    return f"{qVersion()} (PySide6 {pyside_version})"


class AboutDialog(QDialog):
    def __init__(self, facts: Diagnostics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("About Quorum"))
        intro = wrapped_label(
            self.tr(
                "Quorum keeps your board documents, votes and committee conversations "
                "encrypted on this computer, and syncs them with your secretariat's server."
            )
        )
        form = QFormLayout()
        self.version_labels: list[QLabel] = []
        for name, version in facts.versions():
            label = QLabel(version)
            label.setAccessibleName(f"{name} {version}")
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            form.addRow(QLabel(name), label)
            self.version_labels.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy diagnostic information"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy diagnostic information"))
        self.copy_button.clicked.connect(lambda: copy_diagnostics(self.facts))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close About Quorum"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)


def copy_diagnostics(facts: Diagnostics) -> str:
    """Put the diagnostic text on the clipboard; the text."""
    text = facts.text()
    QGuiApplication.clipboard().setText(text)
    return text


class _HelpActions(QObject):
    """The Help menu's slots, a child of the window: bound methods rather than closures over the
    window, which a signal of one of the window's own children would keep alive from inside
    (the window was then destroyed twice when the app ended)."""

    def __init__(self, window: QMainWindow, source: DiagnosticsSource) -> None:
        super().__init__(window)
        self._source = source

    def _window(self) -> QMainWindow | None:
        window = self.parent()
        return window if isinstance(window, QMainWindow) else None

    def show_about(self) -> None:
        if (window := self._window()) is None:
            return
        dialog = AboutDialog(self._source(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def copy_now(self) -> None:
        copy_diagnostics(self._source())
        if (window := self._window()) is None:
            return
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "HelpMenu", "Diagnostic information copied: paste it into your message to support."
            ),
            8000,
        )


def add_help_menu(window: QMainWindow, source: DiagnosticsSource) -> QMenu:
    """The Help menu: About, and Copy diagnostic information (with a word in the status bar)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    slots = _HelpActions(window, source)
    about = QAction(QCoreApplication.translate("HelpMenu", "&About Quorum"), window)
    about.triggered.connect(slots.show_about)
    copy = QAction(QCoreApplication.translate("HelpMenu", "Copy &diagnostic information"), window)
    copy.triggered.connect(slots.copy_now)
    menu.addActions([about, copy])
    return menu
