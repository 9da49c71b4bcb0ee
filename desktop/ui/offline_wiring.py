"""Offline documents in the main window: the background downloads (``BackgroundFiles``) after
each online sync, their calm line in the status bar, the "Keep offline" row of the document
pane, and File > Offline storage… (``StorageDialog``). Kept apart from ``main_window.py`` so
that each stays small, as ``meetings_wiring`` is.

The window builds this first (``board`` then holds the files its views use, which step the
background aside while the member downloads something themselves), calls ``attach()`` once
its panes and status bar exist, and ``stop()`` when it closes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop.sync.status import SyncState
from desktop.ui.meeting_models import BoardUseCases
from desktop.ui.offline_files import BackgroundFiles
from desktop.ui.storage_dialog import StorageDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class OfflineWiring(QObject):
    def __init__(self, window: MainWindow, board: BoardUseCases) -> None:
        super().__init__(window)
        self.window = window
        self.files = board.files
        self.background = BackgroundFiles(board.files, self)
        self.background.connect_events(window.events)
        #: The use cases for the window's views: their downloads go before the background's.
        self.board = replace(board, files=self.background.foreground())
        self.storage_action = QAction(self.tr("&Offline storage…"), window)
        self.storage_action.setToolTip(
            self.tr("Space taken by documents kept offline, and its limit")
        )
        self.storage_action.triggered.connect(self.show_storage)
        self.status_label = QLabel()
        self.status_label.setObjectName("offlineFiles")
        self.status_label.hide()
        self.storage_dialog: StorageDialog | None = None

    def attach(self) -> None:
        """Once the window's panes and status bar exist."""
        window = self.window
        window.status_bar.addPermanentWidget(self.status_label)
        self.background.status_text_changed.connect(self._show_status)
        self.background.files_changed.connect(window.document_pane.refresh)
        self.background.files_changed.connect(window.board.meetings_view.refresh)
        window.document_pane.keep_offline.fetch_requested.connect(self.background.fetch_now)
        if window.session.status().state is SyncState.ONLINE:
            self.background.request()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.setVisible(bool(text))

    def storage(self) -> StorageDialog:
        """The Offline storage dialog, as things stand now."""
        if self.storage_dialog is not None:
            self.storage_dialog.deleteLater()
        months = self.files.retention_months()
        dialog = StorageDialog(self.files, self.window.runner, months, self.window)
        dialog.budget_changed.connect(lambda: self.background.request())
        self.storage_dialog = dialog
        return dialog

    def show_storage(self) -> None:
        self.storage().exec()

    def stop(self) -> None:
        self.background.stop()
