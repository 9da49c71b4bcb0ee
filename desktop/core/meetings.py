"""Meetings: the upcoming and past meetings of the member's committees and of the organisation,
their agenda, and how much of their board pack is ready offline.

Implements ``desktop.core.documents_api.MeetingsApi`` over the cache. The board pack is the
documents of the agenda items and the minutes; a Markdown document is always ready, a PDF when
its file is complete in the cache (downloads are ``desktop.core.board_files``'s job).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop.cache.document_records import COMPLETE, PARTIAL, DocumentDetail, Meeting, PackStatus
from desktop.core.documents_checks import DocumentsStore, utc_now
from protocol.documents import MeetingStatus


class Meetings:
    """Meetings and their board packs (``MeetingsApi``)."""

    def __init__(self, store: DocumentsStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def upcoming(self) -> list[Meeting]:
        """Scheduled meetings from today on, soonest first."""
        today = self._today()
        return [m for m in self._store.meetings() if _upcoming(m, today)]

    def past(self) -> list[Meeting]:
        """Held, cancelled or past meetings, latest first."""
        today = self._today()
        found = [m for m in self._store.meetings() if not _upcoming(m, today)]
        found.sort(key=lambda m: (m.starts_at.timestamp(), m.id), reverse=True)
        return found

    def meeting(self, meeting_id: str) -> Meeting | None:
        return self._store.find_meeting(meeting_id)

    def pack_status(self, meeting_id: str) -> PackStatus:
        documents = self._pack(meeting_id)
        ready = total = received = 0
        for document in documents:
            state = document.file_state
            if document.file is None or state is None:
                ready += 1  # Markdown: in the cache with its text
                continue
            total += document.file.size
            if state.status == COMPLETE:
                ready += 1
                received += document.file.size
            elif state.status == PARTIAL:
                received += min(state.received, document.file.size)
        return PackStatus(
            meeting_id=meeting_id,
            documents=len(documents),
            documents_ready=ready,
            bytes_total=total,
            bytes_ready=received,
        )

    def pack_files(self, meeting_id: str) -> list[str]:
        """sha256 of every file of the meeting's agenda documents and minutes (each once)."""
        found: list[str] = []
        for document in self._pack(meeting_id):
            if document.file is not None and document.file.sha256 not in found:
                found.append(document.file.sha256)
        return found

    def _pack(self, meeting_id: str) -> list[DocumentDetail]:
        """The agenda's documents in agenda order, then the minutes, as far as the cache has
        them."""
        meeting = self._store.find_meeting(meeting_id)
        if meeting is None:
            return []
        ids = [d for item in meeting.agenda for d in item.document_ids]
        if meeting.minutes_document_id is not None:
            ids.append(meeting.minutes_document_id)
        found: list[DocumentDetail] = []
        for document_id in dict.fromkeys(ids):
            detail = self._store.document_detail(document_id, self._clock())
            if detail is not None:
                found.append(detail)
        return found

    def _today(self) -> date:
        return self._clock().astimezone().date()


def _upcoming(meeting: Meeting, today: date) -> bool:
    return (
        meeting.status == MeetingStatus.SCHEDULED and meeting.starts_at.astimezone().date() >= today
    )
