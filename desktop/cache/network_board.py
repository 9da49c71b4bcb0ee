"""Reading ideas, their comments and announcements from the cache, outbox merged in (no Qt).

Called by ``desktop.cache.network_store`` under the store's lock. Ideas, comments and
announcements the member wrote and the server has not sent back yet come from the outbox
(``waiting``, ``failed``, or ``sent`` until the next pull); pending supports, statuses,
acknowledgements and reminders show at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktop.cache.codec import from_text
from desktop.cache.database import Connection
from desktop.cache.network_messages import Me, me, overlay
from desktop.cache.network_pending import Created, Pending
from desktop.cache.network_records import AckStatus, Announcement, Idea, IdeaComment
from protocol.models import MutationKind as K
from protocol.network import AnnouncementData, IdeaCommentData, IdeaData, IdeaStatus


def _scope_names(conn: Connection, myself: Me) -> dict[str | None, str]:
    names: dict[str | None, str] = {
        str(i): str(n) for i, n in conn.execute("SELECT id, name FROM committee")
    }
    names[None] = myself.organisation_name
    return names


# --- ideas -------------------------------------------------------------------------------------


def ideas(conn: Connection, idea_id: str | None = None) -> list[Idea]:
    """Every idea the cache holds (or the one), synced then the member's new ones."""
    myself = me(conn)
    if myself is None:
        return []
    over = overlay(conn)
    params: tuple[str, ...]
    sql, params = "SELECT data FROM ideas", ()
    if idea_id is not None:
        sql, params = sql + " WHERE id = ?", (idea_id,)
    synced = [IdeaData.model_validate_json(row[0]) for row in conn.execute(sql, params)]
    counts = {
        str(i): int(n)
        for i, n in conn.execute("SELECT idea_id, count(*) FROM idea_comments GROUP BY idea_id")
    }
    for item in over.of(K.COMMENT_IDEA):
        key = str(item.data.get("idea_id"))
        counts[key] = counts.get(key, 0) + 1
    names = _scope_names(conn, myself)
    found = [_idea(data, over, myself, names, counts.get(data.id, 0)) for data in synced]
    for item in over.of(K.SUBMIT_IDEA):
        if (idea_id is None or item.id == idea_id) and myself.keeps(
            item, item.data.get("committee_id")
        ):
            found.append(_new_idea(item, over, myself, names, counts.get(item.id, 0)))
    return found


def _idea(
    data: IdeaData, over: Pending, myself: Me, names: dict[str | None, str], comments: int
) -> Idea:
    supporters = list(data.supporter_ids)
    if data.id in over.supports and myself.id not in supporters:
        supporters.append(myself.id)
    found = Idea(
        id=data.id,
        committee_id=data.committee_id,
        scope_name=names.get(data.committee_id, ""),
        kind=str(data.kind),
        title=data.title,
        body=data.body,
        author_id=data.author_id,
        author_name=data.author_name,
        submitted_at=data.submitted_at,
        status=str(data.status),
        answer=data.answer,
        answered_by_name=data.answered_by_name,
        status_changed_at=data.status_changed_at,
        support_count=len(supporters),
        supported_by_me=myself.id in supporters,
        mine=data.author_id == myself.id,
        comment_count=comments,
    )
    return _status(found, over, myself)


def _new_idea(
    item: Created, over: Pending, myself: Me, names: dict[str | None, str], comments: int
) -> Idea:
    committee = item.data.get("committee_id")
    committee_id = None if committee is None else str(committee)
    found = Idea(
        id=item.id,
        committee_id=committee_id,
        scope_name=names.get(committee_id, ""),
        kind=str(item.data.get("kind", "idea")),
        title=str(item.data.get("title", "")),
        body=str(item.data.get("body", "")),
        author_id=myself.id,
        author_name=myself.name,
        submitted_at=item.written_at,
        status=str(IdeaStatus.NEW),
        answer="",
        answered_by_name="",
        status_changed_at=None,
        support_count=0,
        supported_by_me=False,
        mine=True,
        comment_count=comments,
        state=item.state,
        failure_code=item.code,
        failure_message=item.message,
        outbox_seq=item.seq,
    )
    return _status(found, over, myself)


def _status(found: Idea, over: Pending, myself: Me) -> Idea:
    if found.id not in over.statuses:
        return found
    status, answer, when = over.statuses[found.id]
    return replace(
        found, status=status, answer=answer, answered_by_name=myself.name, status_changed_at=when
    )


def comments(conn: Connection, idea_id: str) -> list[IdeaComment]:
    """An idea's comments, oldest first, the member's new ones last."""
    myself = me(conn)
    if myself is None:
        return []
    rows = conn.execute(
        "SELECT data FROM idea_comments WHERE idea_id = ? ORDER BY posted_at, id", (idea_id,)
    ).fetchall()
    found = []
    for (text,) in rows:
        data = IdeaCommentData.model_validate_json(text)
        found.append(
            IdeaComment(
                id=data.id,
                idea_id=data.idea_id,
                author_name=data.author_name,
                body=data.body,
                posted_at=data.posted_at,
                mine=data.author_id == myself.id,
            )
        )
    for item in overlay(conn).of(K.COMMENT_IDEA):
        if item.data.get("idea_id") == idea_id:
            found.append(
                IdeaComment(
                    id=item.id,
                    idea_id=idea_id,
                    author_name=myself.name,
                    body=str(item.data.get("body", "")),
                    posted_at=item.written_at,
                    mine=True,
                    state=item.state,
                    failure_code=item.code,
                    failure_message=item.message,
                    outbox_seq=item.seq,
                )
            )
    return found


# --- announcements -----------------------------------------------------------------------------


def announcements(conn: Connection, announcement_id: str | None = None) -> list[Announcement]:
    """Newest first (the member's new ones by when they were written)."""
    myself = me(conn)
    if myself is None:
        return []
    over = overlay(conn)
    names = _scope_names(conn, myself)
    params: tuple[str, ...]
    sql, params = "SELECT data FROM announcements", ()
    if announcement_id is not None:
        sql, params = sql + " WHERE id = ?", (announcement_id,)
    mine_acked = {
        str(a): from_text(str(t))
        for a, t in conn.execute(
            "SELECT announcement_id, json_extract(data, '$.acknowledged_at') "
            "FROM acknowledgements WHERE member_id = ?",
            (myself.id,),
        )
    }
    found = []
    for (text,) in conn.execute(sql, params).fetchall():
        data = AnnouncementData.model_validate_json(text)
        found.append(
            Announcement(
                id=data.id,
                committee_id=data.committee_id,
                scope_name=names.get(data.committee_id, ""),
                title=data.title,
                body=data.body,
                author_id=data.author_id,
                author_name=data.author_name,
                posted_at=data.posted_at,
                ack_required=data.ack_required,
                acknowledged_at=mine_acked.get(data.id, over.acks.get(data.id)),
                reminded_at=over.reminders.get(data.id, data.reminded_at),
                mine=data.author_id == myself.id,
            )
        )
    for item in over.of(K.POST_ANNOUNCEMENT):
        if (announcement_id is None or item.id == announcement_id) and myself.keeps(
            item, item.data.get("committee_id")
        ):
            found.append(_new_announcement(item, over, myself, names))
    found.sort(key=lambda a: (a.posted_at, a.id), reverse=True)
    return found


def _new_announcement(
    item: Created, over: Pending, myself: Me, names: dict[str | None, str]
) -> Announcement:
    committee = item.data.get("committee_id")
    committee_id = None if committee is None else str(committee)
    return Announcement(
        id=item.id,
        committee_id=committee_id,
        scope_name=names.get(committee_id, ""),
        title=str(item.data.get("title", "")),
        body=str(item.data.get("body", "")),
        author_id=myself.id,
        author_name=myself.name,
        posted_at=item.written_at,
        ack_required=bool(item.data.get("ack_required", False)),
        acknowledged_at=over.acks.get(item.id),
        reminded_at=over.reminders.get(item.id),
        mine=True,
        state=item.state,
        failure_code=item.code,
        failure_message=item.message,
        outbox_seq=item.seq,
    )


def acknowledgements(conn: Connection, announcement: Announcement) -> list[AckStatus]:
    """Everyone the announcement is for (its committee's members, or every member), by name,
    with when they acknowledged (those the cache has: the author receives them all)."""
    if announcement.committee_id is None:
        rows = conn.execute("SELECT id, name FROM member").fetchall()
    else:
        rows = conn.execute(
            "SELECT m.id, m.name FROM member m JOIN membership s ON s.member_id = m.id "
            "WHERE s.committee_id = ?",
            (announcement.committee_id,),
        ).fetchall()
    acked: dict[str, tuple[str, datetime]] = {}
    for member_id, name, at in conn.execute(
        "SELECT member_id, json_extract(data, '$.member_name'), "
        "json_extract(data, '$.acknowledged_at') FROM acknowledgements "
        "WHERE announcement_id = ?",
        (announcement.id,),
    ):
        acked[str(member_id)] = (str(name), from_text(str(at)))
    people = {str(i): str(n) for i, n in rows if i != announcement.author_id}
    for member_id, (name, _at) in acked.items():
        people.setdefault(member_id, name)
    found = [
        AckStatus(member_id=i, name=n, acknowledged_at=acked[i][1] if i in acked else None)
        for i, n in people.items()
    ]
    found.sort(key=lambda a: (a.name.casefold(), a.member_id))
    return found
