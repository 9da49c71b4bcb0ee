"""The notifications panel: what concerns the member (mentions, direct messages,
announcements to acknowledge, their ideas' news), newest first; Enter opens what it is about.

"Mark all as read" empties the count. Below, how the member wants to be told on the desktop:
each one at once, one summary a day at an hour they choose, or not at all (the list here always
has them all). New notifications are said to a screen reader without taking the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.network_records import Notification
from desktop.core.network_api import NotificationsApi
from desktop.ui.conv_words import plural_forms
from desktop.ui.delegate import RowDelegate
from desktop.ui.errors import show_error
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill, format_moment
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, UnreadRole, _bold, _RowsModel
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import heading, paragraph, plain_button
from desktop.ui.widgets import announce
from protocol.network import NotifyMode


class NotificationListModel(_RowsModel):
    def __init__(self, notifications: NotificationsApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifications = notifications
        self.refresh()

    def refresh(self) -> None:
        self._replace(self._notifications.notifications())

    def notification(self, row: int) -> Notification | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _subtitle(self, item: Notification) -> str:
        when = format_moment(item.created_at)
        return fill(self.tr("%1 · %2"), item.text, when) if item.text else when

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: Notification | None = self._at(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == IdRole:
            return item.id
        if role == SubtitleRole:
            return self._subtitle(item)
        if role == BadgeRole:
            return None if item.read else self.tr("● New")
        if role == UnreadRole:
            return not item.read
        if role == Qt.ItemDataRole.FontRole and not item.read:
            return _bold()
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = fill(self.tr("%1. %2"), item.title, self._subtitle(item))
            return text if item.read else fill(self.tr("New: %1"), text)
        return None


class NotificationsView(QWidget):
    """``count_changed(unread)`` whenever the number of unread notifications may have moved."""

    count_changed = Signal(int)

    def __init__(
        self,
        notifications: NotificationsApi,
        runner: Runner,
        events: AppEvents,
        *,
        open_link: Callable[[str], object] | None = None,
        on_local_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifications = notifications
        self._runner = runner
        self._open_link = open_link or (lambda _url: None)
        self._on_local_change = on_local_change or (lambda: None)
        self.setObjectName("notificationsView")
        self.unread = notifications.unread_count()
        #: The last sentence said to a screen reader (also shown, for everyone).
        self.announced = ""
        self.model = NotificationListModel(notifications, self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Notifications, newest first"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary = paragraph("", 1)
        self.live_label = paragraph("", 0)
        self.empty_label = paragraph(self.tr("No notification yet."))
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.mark_all_button = plain_button(
            self.tr("&Mark all as read"), self.tr("Mark all notifications as read")
        )
        self._build_settings()
        self._build()
        events.documents_changed.connect(self.refresh)
        self.list.activated.connect(self._on_list_activated)
        self.mark_all_button.clicked.connect(self.mark_all_read)
        self.refresh()

    def _build_settings(self) -> None:
        self.settings = QGroupBox(self.tr("Desktop notifications"))
        self.immediate_radio = QRadioButton(self.tr("Show &each one at once"))
        self.digest_radio = QRadioButton(self.tr("One &summary a day, at"))
        self.off_radio = QRadioButton(self.tr("&None: only this list"))
        self.hour_spin = QSpinBox()
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setSuffix(self.tr(" h"))
        self.hour_spin.setAccessibleName(self.tr("Hour of the daily summary"))
        self.hour_spin.setMinimumHeight(36)
        self.modes = QButtonGroup(self)
        for radio, mode in (
            (self.immediate_radio, NotifyMode.IMMEDIATE),
            (self.digest_radio, NotifyMode.DIGEST),
            (self.off_radio, NotifyMode.OFF),
        ):
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setProperty("mode", mode.value)
            radio.setMinimumHeight(32)
            self.modes.addButton(radio)
        self.save_button = plain_button(
            self.tr("Sa&ve this choice"), self.tr("Save the choice of desktop notifications")
        )
        digest_row = QHBoxLayout()
        digest_row.addWidget(self.digest_radio)
        digest_row.addWidget(self.hour_spin)
        digest_row.addStretch(1)
        box = QVBoxLayout(self.settings)
        box.addWidget(self.immediate_radio)
        box.addLayout(digest_row)
        box.addWidget(self.off_radio)
        box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.modes.buttonToggled.connect(self._update_settings)
        self.hour_spin.valueChanged.connect(self._update_settings)
        self.save_button.clicked.connect(self.save_preferences)
        self.refresh_preferences()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Notifications"), 4), 1)
        top.addWidget(self.mark_all_button)
        column = QVBoxLayout()
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.live_label)
        column.addWidget(self.empty_label)
        column.addWidget(self.list, 1)
        column.addWidget(self.settings)
        self.setLayout(column)
        self.live_label.setVisible(False)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        before = self.unread
        self.model.refresh()
        self.unread = self._notifications.unread_count()
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.mark_all_button.setEnabled(self.unread > 0)
        self.summary.setText(
            plural_forms(self.tr("%n unread notification(s)", "", self.unread), self.unread)
            if self.unread
            else self.tr("Everything has been read.")
        )
        self.summary.setAccessibleName(self.summary.text())
        if self.unread > before:
            self._announce_new(self.unread - before)
        self.count_changed.emit(self.unread)

    def _announce_new(self, count: int) -> None:
        newest = self.model.notification(0)
        text = plural_forms(self.tr("%n new notification(s)", "", count), count)
        if newest is not None:
            text = fill(self.tr("%1: %2"), text, newest.title)
        self.announced = text
        self.live_label.setText(text)
        self.live_label.setVisible(True)
        announce(self.live_label, text)

    def focus_first(self) -> None:
        if self.model.rowCount():
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0))
            self.list.setFocus()
        else:
            self.empty_label.setFocus()

    # --- acting ----------------------------------------------------------------------------

    def _on_list_activated(self, index: QModelIndex) -> None:
        item = self.model.notification(index.row()) if index.isValid() else None
        if item is not None:
            self.open_notification(item)

    def open_notification(self, item: Notification) -> None:
        """Mark it read, then open what it is about."""
        notifications, notification_id = self._notifications, item.id
        if not item.read:
            self._runner.run(
                lambda: notifications.mark_read(notification_id),
                on_done=lambda _none: self.refresh(),
                on_error=lambda error: show_error(self, error),
            )
        self._open_link(item.target)

    def mark_all_read(self) -> None:
        notifications = self._notifications
        self._runner.run(
            notifications.mark_all_read,
            on_done=lambda _none: self.refresh(),
            on_error=lambda error: show_error(self, error),
        )

    def refresh_preferences(self) -> None:
        """Show the member's notification choice as the cache holds it (it may have been
        changed elsewhere, in the settings window)."""
        preferences = self._notifications.preferences()
        for radio in self.modes.buttons():
            radio.setChecked(radio.property("mode") == preferences.notify)
        self.hour_spin.setValue(preferences.digest_hour)
        self._update_settings()

    def _chosen_mode(self) -> str:
        checked = self.modes.checkedButton()
        return str(checked.property("mode")) if checked is not None else NotifyMode.IMMEDIATE.value

    def _update_settings(self, *_args: object) -> None:
        preferences = self._notifications.preferences()
        self.hour_spin.setEnabled(self._chosen_mode() == NotifyMode.DIGEST.value)
        changed = (self._chosen_mode(), self.hour_spin.value()) != (
            preferences.notify,
            preferences.digest_hour,
        )
        self.save_button.setEnabled(changed)

    def save_preferences(self) -> None:
        notifications, mode, hour = self._notifications, self._chosen_mode(), self.hour_spin.value()

        def done(_none: object) -> None:
            self._on_local_change()
            self.refresh_preferences()

        self._runner.run(
            lambda: notifications.set_preferences(mode, hour),
            on_done=done,
            on_error=lambda error: show_error(self, error),
        )
