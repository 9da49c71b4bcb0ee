"""A member's export: everything the server holds about them, as JSON (``GET /v1/me/export``).

One read transaction (one snapshot). Each section is a list of the member's own rows of one
table, column by column, with times in ISO 8601 and JSON columns decoded. What is left out, on
purpose: password and token hashes, file bytes (a file's description is there, its bytes are
fetched as usual), the change log (a copy of the rest), the stored outcomes of pushes, and
anything that is another member's. A secret ballot's choices cannot be in it: the server keeps
them with no member (``secret_ballots``), and ``participations`` says only who took part.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Table, or_, select

from protocol.account import MemberExport
from server.db import tables as t
from server.db.engine import reading
from server.services import directory
from server.services.records import Member

#: Columns never exported, whatever the table.
SECRET_COLUMNS = frozenset({"password_hash", "token_hash", "data"})
#: Columns that hold JSON text, decoded in the export.
JSON_COLUMNS = frozenset({"roles", "mentions", "document_ids", "motion_ids", "rects", "detail"})


def _value(name: str, value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if name in JSON_COLUMNS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _records(
    conn: Connection,
    table: Table,
    where: ColumnElement[bool],
    *,
    drop: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    columns = [c for c in table.c if c.name not in SECRET_COLUMNS | drop]
    order = [c for c in table.primary_key.columns if c.name not in SECRET_COLUMNS]
    rows = conn.execute(select(*columns).where(where).order_by(*order))
    return [{name: _value(name, value) for name, value in row._mapping.items()} for row in rows]


def _sections(conn: Connection, member: Member) -> dict[str, list[dict[str, Any]]]:
    me = member.id
    mine = select(t.messages.c.id).where(t.messages.c.author_id == me)
    assigned = select(t.action_assignees.c.action_id).where(t.action_assignees.c.member_id == me)
    in_conversation = select(t.conversation_members.c.conversation_id).where(
        t.conversation_members.c.member_id == me
    )
    pc = t.participations.c
    ob = t.open_ballots.c
    sections: dict[str, list[dict[str, Any]]] = {
        "memberships": _records(conn, t.memberships, t.memberships.c.member_id == me),
        "devices": _records(
            conn, t.devices, t.devices.c.member_id == me, drop=frozenset({"last_mutation_seq"})
        ),
        "read_receipts": _records(conn, t.read_receipts, t.read_receipts.c.member_id == me),
        "messages": _records(conn, t.messages, t.messages.c.author_id == me),
        "message_edits": _records(
            conn, t.message_revisions, t.message_revisions.c.message_id.in_(mine)
        ),
        "conversations": _records(conn, t.conversations, t.conversations.c.id.in_(in_conversation)),
        "ideas": _records(conn, t.ideas, t.ideas.c.author_id == me),
        "idea_comments": _records(conn, t.idea_comments, t.idea_comments.c.author_id == me),
        "idea_supports": _records(conn, t.idea_supports, t.idea_supports.c.member_id == me),
        "announcements": _records(conn, t.announcements, t.announcements.c.author_id == me),
        "acknowledgements": _records(
            conn, t.acknowledgements, t.acknowledgements.c.member_id == me
        ),
        "annotations": _records(conn, t.member_annotations, t.member_annotations.c.member_id == me),
        "document_comments": _records(
            conn, t.document_comments, t.document_comments.c.author_id == me
        ),
        "actions_created": _records(conn, t.actions, t.actions.c.created_by == me),
        "actions_assigned": _records(conn, t.actions, t.actions.c.id.in_(assigned)),
        "action_comments": _records(conn, t.action_comments, t.action_comments.c.author_id == me),
        "proxies_given": _records(conn, t.proxies, t.proxies.c.principal_id == me),
        "proxies_held": _records(conn, t.proxies, t.proxies.c.holder_id == me),
        "participations": _records(
            conn, t.participations, or_(pc.principal_id == me, pc.cast_by == me)
        ),
        # Named votes are recorded against the member: they are theirs to see.
        "named_ballots": _records(
            conn, t.open_ballots, or_(ob.principal_id == me, ob.cast_by == me)
        ),
        "channel_states": _records(conn, t.channel_states, t.channel_states.c.member_id == me),
        "preferences": _records(conn, t.preferences, t.preferences.c.member_id == me),
        "documents_authored": _records(
            conn, t.documents, t.documents.c.author_id == me, drop=frozenset({"body"})
        ),
        "files_uploaded": _records(
            conn, t.files, t.files.c.uploaded_by == me, drop=frozenset({"text"})
        ),
        "motions_created": _records(
            conn,
            t.motions,
            t.motions.c.created_by == me,
            drop=frozenset({"result", "ballots", "voters", "recused"}),
        ),
        "audit_entries": _records(
            conn,
            t.audit_log,
            or_(t.audit_log.c.actor_id == me, t.audit_log.c.on_behalf_of == me),
            drop=frozenset({"prev_hash", "hash"}),
        ),
    }
    failures = t.metadata.tables.get("signin_failures")  # with the security migration (0005)
    if failures is not None and {"kind", "subject"} <= set(failures.c.keys()):
        where = (failures.c.kind == "account") & (failures.c.subject == member.email.lower())
        sections["signin_failures"] = _records(conn, failures, where)
    return sections


def export_member(engine: Engine, member: Member) -> MemberExport:
    """Everything the server holds about ``member``."""
    organisation = directory.current_organisation(engine)
    with reading(engine) as conn:
        profile = _records(conn, t.members, t.members.c.id == member.id)[0]
        sections = _sections(conn, member)
    return MemberExport(
        exported_at=t.utcnow(),
        organisation=organisation,
        profile=profile,
        sections=sections,
    )
