"""Actions, annotations and comments as the member sees them: the synced rows with what the
outbox holds merged in (as ``desktop.cache.network_pending`` does for the network).

- Things created (an action, an action's comment, a document comment, an annotation) show at
  once: ``waiting`` while pending, ``failed`` when refused (an action or a document comment then
  carries the code and message), ``sent`` once applied until the next pull brings them.
- An action's status change shows at once while pending (the action's ``state`` is then
  ``waiting``); a refused one shows nothing but the action's ``state`` ``failed`` with the code.
- An annotation saved again shows its new content at once; a deleted one disappears at once.

Called by ``desktop.cache.documents_store`` under the store's lock; read-only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desktop.cache import outbox as _outbox
from desktop.cache.codec import from_text
from desktop.cache.database import Connection
from desktop.cache.document_queries import committee_names, document_titles, member_names
from desktop.cache.document_records import Action, ActionComment, Annotation, DocComment
from desktop.cache.network_records import FAILED, SENT, WAITING
from desktop.cache.records import Account, OutboxEntry
from protocol.documents import (
    CLOSED_ACTION_STATUSES,
    ActionCreateData,
    ActionData,
    ActionStatus,
    AnnotationData,
    AnnotationSaveData,
    DocumentCommentData,
    DocumentCommentPostData,
)
from protocol.models import MutationKind as K

_STATES = {_outbox.PENDING: WAITING, _outbox.REJECTED: FAILED, _outbox.SENT: SENT}
_ALL = (_outbox.PENDING, _outbox.REJECTED, _outbox.SENT)


def _entries(conn: Connection, kinds: list[str]) -> list[OutboxEntry]:
    """The outbox entries of these kinds that the synced rows may not show yet: pending,
    refused, and applied ones written after the last pull (an older applied one is in the synced
    rows, or was deleted since: it must not come back)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'last_sync'").fetchone()
    pulled = None if row is None else from_text(str(row[0]))
    return [
        entry
        for entry in _outbox.of_kinds(conn, kinds, _ALL)
        if entry.state != _outbox.SENT or pulled is None or entry.created_at > pulled
    ]


# --- actions ----------------------------------------------------------------------------------


def actions(conn: Connection, me: Account | None, today: date) -> list[Action]:
    """Every action the cache holds, mine not yet back included, with pending changes shown."""
    names = committee_names(conn)
    people = member_names(conn)
    myself = "" if me is None else me.member_id
    found: dict[str, Action] = {}
    for (data,) in conn.execute("SELECT data FROM action ORDER BY id").fetchall():
        action = _action(ActionData.model_validate_json(data), names, people, myself, today)
        found[action.id] = action
    kinds = [str(K.CREATE_ACTION), str(K.UPDATE_ACTION), str(K.COMMENT_ACTION)]
    for entry in _entries(conn, kinds):
        if entry.kind == str(K.CREATE_ACTION):
            _created(found, entry, me, names, people, today)
        elif entry.kind == str(K.UPDATE_ACTION):
            _updated(found, entry, me, today)
        else:
            _commented(found, entry, me)
    return list(found.values())


def _action(
    data: ActionData,
    names: dict[str | None, str],
    people: dict[str, str],
    myself: str,
    today: date,
) -> Action:
    return Action(
        id=data.id,
        committee_id=data.committee_id,
        committee_name=names.get(data.committee_id, ""),
        meeting_id=data.meeting_id,
        title=data.title,
        description=data.description,
        assignee_ids=tuple(data.assignee_ids),
        assignee_names=tuple(people.get(i, "") for i in data.assignee_ids),
        due_on=data.due_on,
        status=str(data.status),
        created_by_name=data.created_by_name,
        created_at=data.created_at,
        updated_at=data.updated_at,
        comments=tuple(
            ActionComment(
                id=c.id,
                author_id=c.author_id,
                author_name=c.author_name,
                body=c.body,
                posted_at=c.posted_at,
                status=None if c.status is None else str(c.status),
            )
            for c in data.comments
        ),
        late=_late(data.due_on, str(data.status), today),
        mine=myself in data.assignee_ids,
    )


def _late(due_on: date | None, status: str, today: date) -> bool:
    return due_on is not None and due_on < today and status not in CLOSED_ACTION_STATUSES


def _created(
    found: dict[str, Action],
    entry: OutboxEntry,
    me: Account | None,
    names: dict[str | None, str],
    people: dict[str, str],
    today: date,
) -> None:
    data = ActionCreateData.model_validate(entry.data)
    if entry.state == _outbox.SENT and data.id in found:
        return
    synced = ActionData(
        id=data.id,
        committee_id=data.committee_id,
        meeting_id=data.meeting_id,
        title=data.title,
        description=data.description,
        assignee_ids=data.assignee_ids,
        due_on=data.due_on,
        status=ActionStatus.OPEN,
        created_by_name="" if me is None else me.name,
        created_at=entry.created_at,
        updated_at=entry.created_at,
    )
    action = _action(synced, names, people, "" if me is None else me.member_id, today)
    found[data.id] = replace(
        action,
        state=_STATES[entry.state],
        failure_code=entry.code if entry.state == _outbox.REJECTED else None,
        failure_message=entry.message if entry.state == _outbox.REJECTED else None,
    )


def _my_comment(
    entry: OutboxEntry, me: Account | None, comment_id: str, body: str, status: str | None
) -> ActionComment:
    return ActionComment(
        id=comment_id,
        author_id="" if me is None else me.member_id,
        author_name="" if me is None else me.name,
        body=body,
        posted_at=entry.created_at,
        status=status,
        state=_STATES[entry.state],
    )


def _updated(found: dict[str, Action], entry: OutboxEntry, me: Account | None, today: date) -> None:
    action = found.get(str(entry.data.get("action_id", "")))
    if action is None:
        return
    status = str(entry.data["status"])
    comment_id = entry.data.get("comment_id")
    already = any(c.id == comment_id for c in action.comments)
    if entry.state == _outbox.SENT and (comment_id is None or already):
        return  # applied, and the pull that brings it back is near
    comments = action.comments
    if comment_id is not None and not already:
        body = str(entry.data.get("comment", ""))
        comments = (*comments, _my_comment(entry, me, str(comment_id), body, status))
    if entry.state == _outbox.REJECTED:
        changed = replace(
            action,
            comments=comments,
            state=FAILED,
            failure_code=entry.code,
            failure_message=entry.message,
        )
    else:
        changed = replace(
            action,
            status=status,
            comments=comments,
            updated_at=max(action.updated_at, entry.created_at),
            late=_late(action.due_on, status, today),
            state=WAITING if entry.state == _outbox.PENDING else action.state,
        )
    found[action.id] = changed


def _commented(found: dict[str, Action], entry: OutboxEntry, me: Account | None) -> None:
    action = found.get(str(entry.data.get("action_id", "")))
    comment_id = str(entry.data.get("id", ""))
    if action is None or any(c.id == comment_id for c in action.comments):
        return
    comment = _my_comment(entry, me, comment_id, str(entry.data.get("body", "")), None)
    found[action.id] = replace(action, comments=(*action.comments, comment))


# --- annotations ------------------------------------------------------------------------------


def my_annotations(conn: Connection, document_id: str) -> list[Annotation]:
    """My notes and highlights on a document, by page (none first) then creation."""
    found: dict[str, Annotation] = {}
    rows = conn.execute("SELECT data FROM annotation WHERE document_id = ?", (document_id,))
    for (data,) in rows.fetchall():
        note = AnnotationData.model_validate_json(data)
        found[note.id] = _annotation(note.model_dump(), note.created_at, note.updated_at, SENT)
    synced = set(found)
    kinds = [str(K.SAVE_ANNOTATION), str(K.DELETE_ANNOTATION)]
    for entry in _entries(conn, kinds):
        note_id = str(entry.data.get("id", ""))
        if entry.kind == str(K.DELETE_ANNOTATION):
            if entry.state != _outbox.REJECTED:
                found.pop(note_id, None)
            continue
        if entry.data.get("document_id") != document_id:
            continue
        known = found.get(note_id)
        if entry.state == _outbox.PENDING or (known is None and note_id not in synced):
            saved = AnnotationSaveData.model_validate(entry.data).model_dump()
            created = entry.created_at if known is None else known.created_at
            found[note_id] = _annotation(saved, created, entry.created_at, _STATES[entry.state])
    return sorted(
        found.values(),
        key=lambda a: (a.page is not None, a.page or 0, a.created_at.timestamp(), a.id),
    )


def _annotation(
    data: dict[str, Any], created: datetime, updated: datetime, state: str
) -> Annotation:
    return Annotation(
        id=str(data["id"]),
        document_id=str(data["document_id"]),
        version=int(data["version"]),
        kind=str(data["kind"]),
        page=data.get("page"),
        quote=str(data.get("quote", "")),
        rects=tuple(
            (float(r[0]), float(r[1]), float(r[2]), float(r[3])) for r in data.get("rects", [])
        ),
        body=str(data.get("body", "")),
        color=str(data.get("color", "yellow")),
        created_at=created,
        updated_at=updated,
        state=state,
    )


# --- document comments ------------------------------------------------------------------------


def comments(
    conn: Connection, me: Account | None, document_ids: set[str] | None = None
) -> list[DocComment]:
    """Comments on these documents (all when None), mine not yet back included, in no order."""
    titles = document_titles(conn)
    found: dict[str, DocComment] = {}
    for (data,) in conn.execute("SELECT data FROM document_comment").fetchall():
        comment = DocumentCommentData.model_validate_json(data)
        if document_ids is None or comment.document_id in document_ids:
            found[comment.id] = _comment(comment, titles)
    for entry in _entries(conn, [str(K.COMMENT_DOCUMENT)]):
        posted = DocumentCommentPostData.model_validate(entry.data)
        if posted.id in found or (
            document_ids is not None and posted.document_id not in document_ids
        ):
            continue
        if (
            entry.state == _outbox.SENT
            and conn.execute("SELECT 1 FROM document_comment WHERE id = ?", (posted.id,)).fetchone()
        ):
            continue
        mine = DocumentCommentData(
            **posted.model_dump(),
            author_id="" if me is None else me.member_id,
            author_name="" if me is None else me.name,
            posted_at=entry.created_at,
        )
        rejected = entry.state == _outbox.REJECTED
        found[posted.id] = replace(
            _comment(mine, titles),
            state=_STATES[entry.state],
            failure_code=entry.code if rejected else None,
            failure_message=entry.message if rejected else None,
        )
    return list(found.values())


def threaded(found: list[DocComment]) -> list[DocComment]:
    """Top-level comments oldest first, each followed by its replies (oldest first)."""
    ordered = sorted(found, key=lambda c: (c.posted_at.timestamp(), c.id))
    tops = {c.id for c in ordered if c.parent_id is None}
    result: list[DocComment] = []
    for top in ordered:
        if top.parent_id is None or top.parent_id not in tops:
            result.append(top)
            result.extend(c for c in ordered if c.parent_id == top.id and top.parent_id is None)
    return result


def _comment(data: DocumentCommentData, titles: dict[str, str]) -> DocComment:
    return DocComment(
        id=data.id,
        document_id=data.document_id,
        document_title=titles.get(data.document_id, ""),
        version=data.version,
        page=data.page,
        quote=data.quote,
        parent_id=data.parent_id,
        author_id=data.author_id,
        author_name=data.author_name,
        body=data.body,
        posted_at=data.posted_at,
    )
