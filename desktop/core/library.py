"""The member's library: committees and the documents they can read, from the cache.

The UI asks this, never the store directly, so the reading rules live in one place: a
document opened is a document read (at its current version), and the read receipt goes through
the store's outbox, which keeps it while offline and sends it at the next sync.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from desktop.cache.records import Committee, Document, DocumentSummary


class LibraryStore(Protocol):
    """What the library needs from the cache (``desktop.cache.store.CacheStore``)."""

    def organisation_name(self) -> str | None: ...

    def committees(self) -> list[Committee]: ...

    def documents(self, committee_id: str | None) -> list[DocumentSummary]: ...

    def document(self, document_id: str) -> Document | None: ...

    def unread_count(self, committee_id: str | None) -> int: ...

    def mark_read(
        self, document_id: str, read_at: datetime, version: int | None = None
    ) -> bool: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DocumentNotFound(LookupError):
    """The document is not (or no longer) in the cache: removed, or access withdrawn."""

    code = "document_not_found"


class Library:
    """Reading use cases over the encrypted cache."""

    def __init__(self, store: LibraryStore, clock: Callable[[], datetime] = _utc_now) -> None:
        self._store = store
        self._clock = clock

    def organisation_name(self) -> str:
        return self._store.organisation_name() or ""

    def committees(self) -> list[Committee]:
        """The member's committees: board first, then bureau, then by name."""
        return self._store.committees()

    def documents(self, committee_id: str | None) -> list[DocumentSummary]:
        """Documents of a committee, newest first; ``None`` for organisation-wide ones."""
        return self._store.documents(committee_id)

    def unread_count(self, committee_id: str | None) -> int:
        return self._store.unread_count(committee_id)

    def document(self, document_id: str) -> Document | None:
        return self._store.document(document_id)

    def open_document(self, document_id: str) -> Document:
        """The document, marked read at its current version (a receipt queued in the outbox if
        it was unread, or read at an older version).

        Raises :class:`DocumentNotFound` when the cache no longer holds it.
        """
        found = self._store.document(document_id)
        if found is None:
            raise DocumentNotFound(document_id)
        if found.unread or found.updated_since_read:
            self._store.mark_read(document_id, self._clock(), found.version)
            refreshed = self._store.document(document_id)
            if refreshed is not None:
                return refreshed
        return found
