"""Meetings in words, and the list model of the Meetings view.

A date is said in words with its weekday ("Thursday 12 March 2026 at 14:00", "jeudi 12 mars
2026 à 14 h 00") and how far it is ("in 10 days"); a status is a word; what is ready offline is a
sentence ("2 of 3 documents available offline"), never a colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.cache.document_records import Meeting, PackStatus
from desktop.core.documents_api import ActionsApi, BoardFilesApi, DocumentExtrasApi, MeetingsApi
from desktop.ui.formatting import fill, format_time, to_local
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, _RowsModel
from desktop.ui.votes_words import plural

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BoardUseCases:
    """What the Meetings and My actions views (and the reader's extras) work with."""

    meetings: MeetingsApi
    actions: ActionsApi
    files: BoardFilesApi
    extras: DocumentExtrasApi | None = None


def status_words(status: str) -> str:
    words = {
        "scheduled": _Q.translate("Meetings", "Scheduled"),
        "held": _Q.translate("Meetings", "Held"),
        "cancelled": _Q.translate("Meetings", "Cancelled"),
    }
    return words.get(status, status)


def day_words(moment: datetime) -> str:
    """ "Thursday 12 March 2026": the weekday, the day, the month and the year, in words."""
    from PySide6.QtCore import QLocale

    local = to_local(moment)
    pattern = _Q.translate("Meetings", "dddd d MMMM yyyy")
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)


def when_words(meeting: Meeting) -> str:
    """ "Thursday 12 March 2026, 14:00 to 16:00" (or "…, at 14:00" without an end)."""
    day = day_words(meeting.starts_at)
    start = format_time(meeting.starts_at)
    ends = meeting.ends_at
    if ends is not None and to_local(ends).date() == to_local(meeting.starts_at).date():
        return fill(_Q.translate("Meetings", "%1, %2 to %3"), day, start, format_time(ends))
    return fill(_Q.translate("Meetings", "%1 at %2"), day, start)


def distance_words(moment: datetime, today: date | None = None) -> str:
    """ "today", "tomorrow", "in 10 days", "yesterday", "30 days ago"."""
    today = today or datetime.now().astimezone().date()
    days = (to_local(moment).date() - today).days
    if days == 0:
        return _Q.translate("Meetings", "today")
    if days == 1:
        return _Q.translate("Meetings", "tomorrow")
    if days == -1:
        return _Q.translate("Meetings", "yesterday")
    if days > 0:
        return plural(_Q.translate("Meetings", "in %n day(s)", "", days), days)
    return plural(_Q.translate("Meetings", "%n day(s) ago", "", -days), -days)


def pack_words(status: PackStatus) -> str:
    """ "2 of 3 documents available offline" ("No document yet" for an empty pack)."""
    if status.documents == 0:
        return _Q.translate("Meetings", "No document in the board pack yet")
    template = _Q.translate("Meetings", "%1 of %2 document(s) available offline")
    text = fill(template, str(status.documents_ready), str(status.documents))
    return plural(text, status.documents)


def size_words(size: int) -> str:
    """ "3.2 MB", "820 KB": a file's size for a member."""
    if size >= 1_000_000:
        return fill(_Q.translate("Meetings", "%1 MB"), f"{size / 1_000_000:.1f}")
    return fill(_Q.translate("Meetings", "%1 KB"), str(max(1, round(size / 1000))))


def offline_words(ready: bool) -> str:
    """The mark of one document: "✓ Available offline" or "↓ To download"."""
    if ready:
        return _Q.translate("Meetings", "✓ Available offline")
    return _Q.translate("Meetings", "↓ To download")


def where_words(meeting: Meeting) -> str:
    """ "Head office, Clermont-Ferrand · and by video" / "By video" / ""."""
    if meeting.place and meeting.video_url:
        return fill(_Q.translate("Meetings", "%1, and by video"), meeting.place)
    if meeting.video_url:
        return _Q.translate("Meetings", "By video")
    return meeting.place


class MeetingListModel(_RowsModel):
    """Upcoming meetings (soonest first) or past ones (latest first)."""

    def __init__(self, meetings: MeetingsApi, upcoming: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._meetings = meetings
        self.upcoming = upcoming
        self._packs: dict[str, PackStatus] = {}
        self.refresh()

    def refresh(self) -> None:
        rows = self._meetings.upcoming() if self.upcoming else self._meetings.past()
        self._packs = {m.id: self._meetings.pack_status(m.id) for m in rows}
        self._replace(rows)

    def meeting(self, row: int) -> Meeting | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Meeting) else None

    def subtitle(self, meeting: Meeting) -> str:
        lines = [
            fill(self.tr("%1 (%2)"), when_words(meeting), distance_words(meeting.starts_at)),
            meeting.committee_name,
        ]
        where = where_words(meeting)
        if where:
            lines.append(where)
        pack = self._packs.get(meeting.id)
        if pack is not None and pack.documents:
            lines.append(pack_words(pack))
        return "\n".join(lines)

    def badge(self, meeting: Meeting) -> str | None:
        if meeting.status != "scheduled" or not self.upcoming:
            return status_words(meeting.status)
        pack = self._packs.get(meeting.id)
        if pack is not None and pack.documents and pack.complete:
            return self.tr("✓ Offline")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.meeting(index.row())
        if meeting is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return meeting.title
        if role == IdRole:
            return meeting.id
        if role == SubtitleRole:
            return self.subtitle(meeting)
        if role == BadgeRole:
            return self.badge(meeting)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [meeting.title, status_words(meeting.status), self.subtitle(meeting)]
            return ". ".join(p.replace("\n", ". ").rstrip(".") for p in parts) + "."
        return None
