"""Around a document: its versions and what changed since I read it, my private notes and
highlights, and the comments on a draft.

Implements ``desktop.core.documents_api.DocumentExtrasApi`` over the cache. Notes and comments
are outbox mutations with app-made ids: they show at once, the server decides at the next sync.
A comment on a document not open for comments (or whose period has ended) is refused here
(``comments_closed``) before the server would. Error codes: ``desktop.core.documents_checks``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from datetime import datetime

from pydantic import ValidationError

from desktop.cache.document_records import (
    Annotation,
    DiffLine,
    DocComment,
    DocumentDetail,
    DocumentVersion,
    VersionChange,
)
from desktop.core.documents_api import DocumentsError
from desktop.core.documents_checks import (
    ANNOTATION_NOT_FOUND,
    DOCUMENT_NOT_FOUND,
    INVALID_VALUE,
    DocumentsStore,
    me,
    new_id,
    text,
    utc_now,
)
from protocol.documents import (
    MAX_QUOTE,
    AnnotationDeleteData,
    AnnotationKind,
    AnnotationSaveData,
    DocumentCommentPostData,
    DocumentFormat,
)
from protocol.errors import DocumentErrorCode
from protocol.models import MutationKind
from protocol.network import MAX_BODY

MAX_NOTE = 20_000


class DocumentExtras:
    """Versions, notes and comments of a document (``DocumentExtrasApi``)."""

    def __init__(self, store: DocumentsStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def detail(self, document_id: str) -> DocumentDetail | None:
        return self._store.document_detail(document_id, self._clock())

    def versions(self, document_id: str) -> list[DocumentVersion]:
        """Newest first; the current one has ``current`` set."""
        return self._store.document_versions(document_id)

    def changes_since_read(self, document_id: str) -> VersionChange | None:
        """What changed between the version I last read and the current one: a line diff of a
        Markdown document's text, the secretariat's notes of each newer version (newest last).
        None when I never read it or I am up to date."""
        found = self.detail(document_id)
        if found is None or found.read_version is None or found.read_version >= found.version:
            return None
        versions = {v.version: v for v in self.versions(document_id)}
        newer = [versions[n] for n in sorted(versions) if found.read_version < n <= found.version]
        notes = "\n".join(v.change_note for v in newer if v.change_note)
        read, current = versions.get(found.read_version), versions.get(found.version)
        lines: tuple[DiffLine, ...] = ()
        if (
            found.format == DocumentFormat.MARKDOWN
            and read is not None
            and current is not None
            and read.format == DocumentFormat.MARKDOWN
        ):
            lines = diff(read.body, current.body)
        return VersionChange(
            document_id=document_id,
            read_version=found.read_version,
            current_version=found.version,
            change_note=notes,
            lines=lines,
        )

    # --- annotations -------------------------------------------------------------------------

    def annotations(self, document_id: str) -> list[Annotation]:
        """My notes and highlights on the document (any version), by page then creation."""
        return self._store.annotations(document_id)

    def save_annotation(
        self,
        document_id: str,
        version: int,
        body: str = "",
        *,
        kind: str = "note",
        page: int | None = None,
        quote: str = "",
        rects: Sequence[tuple[float, float, float, float]] = (),
        color: str = "yellow",
        annotation_id: str | None = None,
    ) -> Annotation:
        """A new note (``annotation_id`` None) or one of mine saved again. A note needs words;
        a highlight needs none."""
        if kind not in AnnotationKind.__members__.values():
            raise DocumentsError(INVALID_VALUE)
        checked = text(body, MAX_NOTE, required=kind == AnnotationKind.NOTE)
        if len(quote) > MAX_QUOTE:
            raise DocumentsError(INVALID_VALUE)
        self._version_of(document_id, version)
        if annotation_id is not None and all(
            a.id != annotation_id for a in self.annotations(document_id)
        ):
            raise DocumentsError(ANNOTATION_NOT_FOUND)
        try:
            data = AnnotationSaveData(
                id=annotation_id or new_id(),
                document_id=document_id,
                version=version,
                kind=AnnotationKind(kind),
                page=page,
                quote=quote,
                rects=[list(r) for r in rects],
                body=checked,
                color=color,
            )
        except ValidationError:
            raise DocumentsError(INVALID_VALUE) from None
        self._store.queue(MutationKind.SAVE_ANNOTATION, data.model_dump(mode="json"))
        return next(a for a in self.annotations(document_id) if a.id == data.id)

    def delete_annotation(self, annotation_id: str) -> None:
        """Delete one of my notes (it disappears at once); nothing to do for an unknown id."""
        data = AnnotationDeleteData(id=annotation_id)
        self._store.queue(MutationKind.DELETE_ANNOTATION, data.model_dump(mode="json"))

    # --- comments ----------------------------------------------------------------------------

    def comments(self, document_id: str) -> list[DocComment]:
        """Top-level comments in order, each followed by its replies."""
        return self._store.document_comments(document_id)

    def comment(
        self,
        document_id: str,
        body: str,
        *,
        page: int | None = None,
        quote: str = "",
        parent_id: str | None = None,
    ) -> DocComment:
        """Comment on the current version (``comments_closed`` when the document is not open
        for comments, or no longer); a reply answers a top-level comment of the document."""
        checked = text(body, MAX_BODY)
        if len(quote) > MAX_QUOTE:
            raise DocumentsError(INVALID_VALUE)
        found = self.detail(document_id)
        if found is None:
            raise DocumentsError(DOCUMENT_NOT_FOUND)
        if not found.comments_open:
            raise DocumentsError(DocumentErrorCode.COMMENTS_CLOSED)
        if parent_id is not None and not any(
            c.id == parent_id and c.parent_id is None for c in self.comments(document_id)
        ):
            raise DocumentsError(DocumentErrorCode.COMMENT_INVALID)
        try:
            data = DocumentCommentPostData(
                id=new_id(),
                document_id=document_id,
                version=found.version,
                page=page,
                quote=quote,
                parent_id=parent_id,
                body=checked,
            )
        except ValidationError:
            raise DocumentsError(INVALID_VALUE) from None
        me(self._store)
        self._store.queue(MutationKind.COMMENT_DOCUMENT, data.model_dump(mode="json"))
        return next(c for c in self.comments(document_id) if c.id == data.id)

    def comments_on_my_documents(self) -> list[DocComment]:
        """For an author: every comment on the documents they published, newest first."""
        return self._store.comments_on_my_documents()

    def _version_of(self, document_id: str, version: int) -> None:
        found = self.detail(document_id)
        if found is None:
            raise DocumentsError(DOCUMENT_NOT_FOUND)
        known = {v.version for v in self.versions(document_id)} | {found.version}
        if version not in known:
            raise DocumentsError(DocumentErrorCode.VERSION_UNKNOWN)


def diff(before: str, after: str) -> tuple[DiffLine, ...]:
    """Every line of both texts, in order: kept, removed (from ``before``) or added."""
    old, new = before.splitlines(), after.splitlines()
    found: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            found.extend(DiffLine("same", line) for line in old[i1:i2])
            continue
        found.extend(DiffLine("removed", line) for line in old[i1:i2])
        found.extend(DiffLine("added", line) for line in new[j1:j2])
    return tuple(found)
