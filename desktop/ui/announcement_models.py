"""Announcements in words, and the list model of the Announcements view.

An announcement waiting for my acknowledgement says so in words ("To acknowledge"), in bold
AND as a text badge; one I acknowledged says when. The author's view of who has acknowledged
is two plain lists of names with their counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.cache.network_records import SENT, AckStatus, Announcement
from desktop.core.network_api import AnnouncementsApi
from desktop.ui.formatting import fill, format_date, format_moment
from desktop.ui.idea_models import state_text
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, _RowsModel

Index = QModelIndex | QPersistentModelIndex


def waiting_for_me(announcement: Announcement) -> bool:
    """It asks me for an acknowledgement I have not given (my own never asks me)."""
    return (
        announcement.ack_required and announcement.acknowledged_at is None and not announcement.mine
    )


def ack_badge(announcement: Announcement) -> str | None:
    if announcement.state != SENT:
        return _Q.translate("Announcements", "Not sent yet")
    if waiting_for_me(announcement):
        return _Q.translate("Announcements", "● To acknowledge")
    if announcement.ack_required and announcement.acknowledged_at is not None:
        return _Q.translate("Announcements", "✓ Acknowledged")
    return None


def acknowledged_text(announcement: Announcement) -> str:
    """ "Read and acknowledged on 12 March 2025 at 10:32" (or that it is waiting to go)."""
    if announcement.acknowledged_at is None:
        return ""
    return fill(
        _Q.translate("Announcements", "Read and acknowledged %1"),
        format_moment(announcement.acknowledged_at),
    )


def announcement_info(announcement: Announcement) -> str:
    """ "Audit committee · by Jeanne Martin · 12 March 2025"."""
    return fill(
        _Q.translate("Announcements", "%1 · by %2 · %3"),
        announcement.scope_name,
        announcement.author_name,
        format_date(announcement.posted_at),
    )


def ack_line(status: AckStatus) -> str:
    if status.acknowledged_at is None:
        return status.name
    return fill(
        _Q.translate("Announcements", "%1 — %2"), status.name, format_moment(status.acknowledged_at)
    )


class AnnouncementListModel(_RowsModel):
    """Every announcement I may read, newest first."""

    def __init__(self, announcements: AnnouncementsApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announcements = announcements
        self.refresh()

    def refresh(self) -> None:
        new = self._announcements.announcements()
        self._replace(new)

    def announcement(self, row: int) -> Announcement | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Announcement) else None

    def subtitle(self, announcement: Announcement) -> str:
        lines = [
            announcement.scope_name,
            fill(
                self.tr("%1 · %2"),
                announcement.author_name,
                format_date(announcement.posted_at),
            ),
        ]
        if announcement.mine and announcement.ack_required:
            lines.append(self.tr("You asked for an acknowledgement"))
        state = state_text(
            announcement.state, announcement.failure_code, announcement.failure_message
        )
        if state:
            lines.append(state)
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.announcement(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == IdRole:
            return item.id
        if role == SubtitleRole:
            return self.subtitle(item)
        if role == BadgeRole:
            return ack_badge(item)
        if role == Qt.ItemDataRole.FontRole and waiting_for_me(item):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            badge = (ack_badge(item) or "").lstrip("●✓ ")
            parts = [item.title, badge, self.subtitle(item)]
            return ". ".join(p.replace("\n", ". ").rstrip(".") for p in parts if p) + "."
        return None
