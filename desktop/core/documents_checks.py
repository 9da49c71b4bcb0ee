"""What the documents use cases share: the store they need, the checks of what the member
typed, and new ids.

The error codes (``DocumentsError.code``) the UI puts in words: ``empty``, ``too_long``,
``invalid_value``, ``not_signed_in``, ``no_assignees``, ``document_not_found``,
``action_not_found``, ``annotation_not_found``, and the ``protocol.errors.DocumentErrorCode``
values checked here before the server would (``not_moderator``, ``not_assignee``,
``comments_closed``, ``comment_invalid``, ``version_unknown``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, Protocol

from desktop.cache.document_records import (
    Action,
    Annotation,
    DocComment,
    DocumentDetail,
    DocumentVersion,
    Meeting,
)
from desktop.cache.records import Account, OutboxEntry
from desktop.core.documents_api import DocumentsError
from protocol.models import MutationKind

EMPTY = "empty"
TOO_LONG = "too_long"
INVALID_VALUE = "invalid_value"
NOT_SIGNED_IN = "not_signed_in"
NO_ASSIGNEES = "no_assignees"
DOCUMENT_NOT_FOUND = "document_not_found"
ACTION_NOT_FOUND = "action_not_found"
ANNOTATION_NOT_FOUND = "annotation_not_found"


class DocumentsStore(Protocol):
    """What the documents use cases need from the cache (``desktop.cache.store.CacheStore``)."""

    def account(self) -> Account | None: ...

    def my_committee_role(self, committee_id: str) -> str | None: ...

    def document_detail(
        self, document_id: str, now: datetime | None = None
    ) -> DocumentDetail | None: ...

    def document_versions(self, document_id: str) -> list[DocumentVersion]: ...

    def meetings(self) -> list[Meeting]: ...

    def find_meeting(self, meeting_id: str) -> Meeting | None: ...

    def actions(self, today: date | None = None) -> list[Action]: ...

    def find_action(self, action_id: str, today: date | None = None) -> Action | None: ...

    def annotations(self, document_id: str) -> list[Annotation]: ...

    def document_comments(self, document_id: str) -> list[DocComment]: ...

    def comments_on_my_documents(self) -> list[DocComment]: ...

    def queue(self, kind: MutationKind, data: Mapping[str, Any]) -> OutboxEntry: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """An app-made id (uuid4 hex): a repeated push names the same thing."""
    return uuid.uuid4().hex


def text(value: str, limit: int, *, required: bool = True) -> str:
    """The member's text, checked: not blank when ``required`` (``empty``), at most ``limit``
    characters (``too_long``). Returned with surrounding blank lines trimmed."""
    trimmed = value.strip("\n\r")
    if required and not trimmed.strip():
        raise DocumentsError(EMPTY)
    if len(trimmed) > limit:
        raise DocumentsError(TOO_LONG)
    return trimmed


def me(store: DocumentsStore) -> Account:
    account = store.account()
    if account is None:
        raise DocumentsError(NOT_SIGNED_IN)
    return account
