"""Who has read a document, for the secretariat: asked of the server online
(``GET /v1/documents/{id}/receipts``), never kept in the cache.

``DocReceipts(account, session_api)``: ``session_api`` gives the API client and the member's
token (as for ``desktop.core.votes_admin``); offline or refused, the ``desktop.sync.errors``
are raised as they come (``ServerUnreachable`` when there is no server or no answer). Call
``readers`` on a worker: it blocks on the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop.cache.records import Account
from desktop.core.votes_admin import SessionApi
from desktop.sync.errors import ServerUnreachable
from protocol.models import SECRETARIAT_ROLES


@dataclass(frozen=True)
class DocReader:
    """A member entitled to read the document; ``first_read_at`` None: not opened yet."""

    member_id: str
    name: str
    first_read_at: datetime | None
    last_read_at: datetime | None
    version: int | None  # the newest version they opened

    @property
    def has_read(self) -> bool:
        return self.first_read_at is not None


class DocReceipts:
    def __init__(
        self, account: Callable[[], Account | None], session_api: SessionApi | None
    ) -> None:
        self._account = account
        self._session_api = session_api

    def can_see(self) -> bool:
        """Only the secretariat roles may see who has read a document."""
        account = self._account()
        if account is None:
            return False
        return bool(set(account.roles) & {str(role) for role in SECRETARIAT_ROLES})

    def readers(self, document_id: str) -> list[DocReader]:
        """Every member entitled to the document: readers first (latest opening first), then
        those who have not opened it, by name. Blocking, online."""
        if self._session_api is None:
            raise ServerUnreachable("No server for this session: the app is offline.")
        api, token = self._session_api()
        answer = api.document_receipts(token, document_id)
        readers = [
            DocReader(
                entry.member_id,
                entry.member_name,
                entry.read_at,
                entry.last_read_at or entry.read_at,
                entry.version,
            )
            for entry in answer.readers
        ]
        read = [r for r in readers if r.last_read_at is not None]
        read.sort(key=lambda r: r.last_read_at or datetime.min, reverse=True)
        unread = sorted((r for r in readers if r.last_read_at is None), key=lambda r: r.name)
        return read + unread
