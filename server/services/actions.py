"""Action items: ``action.create``, ``action.update`` and ``action.comment``.

An action belongs to a committee (None: the organisation), at a meeting or not, and is seen by
the committee's members (everyone for the organisation); its comments travel inside it. Rules,
each refusal with its code:

- create: in a committee one belongs to, or the organisation (else ``not_found``); by the
  secretariat or the committee's chair (``not_moderator``); the assignees are active members
  of the committee, any active member for the organisation (``assignee_invalid``); a meeting
  named is one of the same committee (``meeting_invalid``); the id is new (``id_taken``,
  unless its author repeats the same action from another device: applied);
- update: an action one may see; by an assignee, the chair or the secretariat
  (``not_assignee``); sets the status, and adds the comment when one is given;
- comment: an action one may see; the id is new (as for create).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from protocol.base import Request
from protocol.documents import (
    ActionCommentData,
    ActionCommentPostData,
    ActionCreateData,
    ActionData,
    ActionStatus,
    ActionUpdateData,
)
from protocol.errors import DocumentErrorCode
from protocol.models import Kind
from server.db import tables as t
from server.services import audit, changelog, directory, ideas
from server.services.changelog import Audience
from server.services.errors import DocumentRefused, NotFound
from server.services.records import Member

Code = DocumentErrorCode
_ac, _as, _co, _mb = t.actions.c, t.action_assignees.c, t.action_comments.c, t.members.c


def _names(conn: Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(conn.execute(select(_mb.id, _mb.name).where(_mb.id.in_(ids))).all())


def data(conn: Connection, row: Row[Any]) -> ActionData:
    assignees = list(
        conn.execute(
            select(_as.member_id).where(_as.action_id == row.id).order_by(_as.position)
        ).scalars()
    )
    comments = conn.execute(
        select(t.action_comments).where(_co.action_id == row.id).order_by(_co.posted_at, _co.id)
    ).all()
    names = _names(conn, {row.created_by, *(c.author_id for c in comments)})
    return ActionData(
        id=row.id,
        committee_id=row.committee_id,
        meeting_id=row.meeting_id,
        title=row.title,
        description=row.description,
        assignee_ids=assignees,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        created_by_name=names.get(row.created_by, ""),
        created_at=row.created_at,
        updated_at=row.updated_at,
        comments=[
            ActionCommentData(
                id=c.id,
                author_id=c.author_id,
                author_name=names.get(c.author_id, ""),
                body=c.body,
                posted_at=c.posted_at,
                status=None if c.status is None else ActionStatus(c.status),
            )
            for c in comments
        ],
    )


def _tell(conn: Connection, action_id: str) -> None:
    row = conn.execute(select(t.actions).where(_ac.id == action_id)).one()
    changelog.upsert(conn, Kind.ACTION, data(conn, row), Audience.committee(row.committee_id))


def _in_scope(conn: Connection, member: Member, committee_id: str | None) -> bool:
    return committee_id is None or committee_id in directory.committee_ids_of(conn, member.id)


def _visible(conn: Connection, member: Member, action_id: str) -> Row[Any]:
    row = conn.execute(select(t.actions).where(_ac.id == action_id)).first()
    if row is None or not _in_scope(conn, member, row.committee_id):
        raise NotFound("No such action.")
    return row


def _assignees_valid(conn: Connection, committee_id: str | None, ids: list[str]) -> bool:
    query = select(_mb.id).where(_mb.id.in_(ids), _mb.active.is_(True))
    if committee_id is not None:
        m = t.memberships.c
        query = query.join(t.memberships, m.member_id == _mb.id).where(
            m.committee_id == committee_id
        )
    return set(conn.execute(query).scalars()) == set(ids)


def create(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ActionCreateData)
    if not _in_scope(conn, member, request.committee_id):
        raise NotFound("No such committee.")
    assignees = list(dict.fromkeys(request.assignee_ids))
    found = conn.execute(select(t.actions).where(_ac.id == request.id)).first()
    if found is not None:
        mine = (found.created_by, found.committee_id, found.title, found.description)
        if mine == (member.id, request.committee_id, request.title, request.description):
            return None  # the same action again, from another device of its author: done
        raise DocumentRefused(Code.ID_TAKEN, "That action id is taken.")
    if not ideas.may_moderate(conn, member, request.committee_id):
        raise DocumentRefused(
            Code.NOT_MODERATOR, "Only the secretariat or the committee's chair may add actions."
        )
    if request.meeting_id is not None:
        m = t.meetings.c
        meeting = conn.execute(select(m.committee_id).where(m.id == request.meeting_id)).first()
        if meeting is None or not _in_scope(conn, member, meeting.committee_id):
            raise NotFound("No such meeting.")
        if meeting.committee_id != request.committee_id:
            raise DocumentRefused(Code.MEETING_INVALID, "That meeting is another committee's.")
    if not _assignees_valid(conn, request.committee_id, assignees):
        raise DocumentRefused(
            Code.ASSIGNEE_INVALID, "Every assignee must be an active member of the committee."
        )
    now = now or t.utcnow()
    conn.execute(
        insert(t.actions).values(
            id=request.id,
            committee_id=request.committee_id,
            meeting_id=request.meeting_id,
            title=request.title,
            description=request.description,
            due_on=request.due_on,
            status=ActionStatus.OPEN.value,
            created_by=member.id,
            created_at=now,
            updated_at=now,
        )
    )
    for position, assignee in enumerate(assignees, start=1):
        conn.execute(
            insert(t.action_assignees).values(
                action_id=request.id, member_id=assignee, position=position
            )
        )
    detail = {"action_id": request.id, "committee_id": request.committee_id}
    audit.append(conn, "action.created", actor_id=member.id, detail=detail)
    _tell(conn, request.id)
    return None


def _assignee_ids(conn: Connection, action_id: str) -> set[str]:
    return set(conn.execute(select(_as.member_id).where(_as.action_id == action_id)).scalars())


def _add_comment(
    conn: Connection,
    member: Member,
    action_id: str,
    comment_id: str,
    body: str,
    status: ActionStatus | None,
    now: datetime,
) -> bool:
    """Store a comment; False when its author already stored this same comment (a repeat)."""
    found = conn.execute(select(t.action_comments).where(_co.id == comment_id)).first()
    if found is not None:
        if (found.author_id, found.action_id, found.body) == (member.id, action_id, body):
            return False
        raise DocumentRefused(Code.ID_TAKEN, "That comment id is taken.")
    conn.execute(
        insert(t.action_comments).values(
            id=comment_id,
            action_id=action_id,
            author_id=member.id,
            body=body,
            status=None if status is None else status.value,
            posted_at=now,
        )
    )
    return True


def update_status(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ActionUpdateData)
    row = _visible(conn, member, request.action_id)
    if member.id not in _assignee_ids(conn, row.id) and not ideas.may_moderate(
        conn, member, row.committee_id
    ):
        raise DocumentRefused(
            Code.NOT_ASSIGNEE, "Only its assignees, the chair or the secretariat may update it."
        )
    now = now or t.utcnow()
    changed = request.status.value != row.status
    if request.comment.strip():
        comment_id = request.comment_id or uuid.uuid4().hex
        status = request.status if changed else None
        if not _add_comment(conn, member, row.id, comment_id, request.comment, status, now):
            return None  # this very update came before, from another device
    elif not changed:
        return None
    conn.execute(
        update(t.actions)
        .where(_ac.id == row.id)
        .values(status=request.status.value, updated_at=now)
    )
    _tell(conn, row.id)
    return None


def comment(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ActionCommentPostData)
    row = _visible(conn, member, request.action_id)
    now = now or t.utcnow()
    if not _add_comment(conn, member, row.id, request.id, request.body, None, now):
        return None
    conn.execute(update(t.actions).where(_ac.id == row.id).values(updated_at=now))
    _tell(conn, row.id)
    return None


def replay_committee(conn: Connection, committee_id: str, audience: Audience) -> None:
    """Send a committee's actions again to ``audience`` (a newcomer)."""
    rows = conn.execute(
        select(t.actions).where(_ac.committee_id == committee_id).order_by(_ac.created_at, _ac.id)
    ).all()
    for row in rows:
        changelog.upsert(conn, Kind.ACTION, data(conn, row), audience)
