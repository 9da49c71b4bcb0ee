"""A cache as version 3 of the schema left it (before offline search and board documents),
filled with SQL as that version wrote its tables: today's apply code writes newer columns."""

from __future__ import annotations

import json

from desktop.cache.database import Connection
from tests.desktop.conftest import NOW
from tests.desktop.motion_builders import motion
from tests.desktop.network_builders import BOB, ME, idea, message


def _insert(conn: Connection, table: str, **columns: object) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(columns.values()))


def fill_version_3(conn: Connection, document_body: str) -> None:
    """What a version-3 cache held (its own tables and columns, written as that version did):
    me on the board, a document, two messages (one deleted), an idea and a motion."""
    at = NOW.isoformat(timespec="microseconds")
    _insert(
        conn,
        "account",
        id=1,
        server_url="https://quorum.example.org",
        email="m-me@example.org",
        member_id=ME,
        name="Jeanne Martin",
        roles='["member"]',
        organisation_id="org",
        organisation_name="Mutuelle des Tilleuls",
        device_id="dev-1",
        token="token-1",
    )
    _insert(conn, "organisation", id="org", name="Mutuelle des Tilleuls", short_name="MT")
    _insert(conn, "member", id=ME, name="Jeanne Martin", roles='["member"]', title="")
    _insert(conn, "committee", id="c-board", name="Conseil", description="", category="board")
    _insert(conn, "membership", id="c-board:m-me", committee_id="c-board", member_id=ME, role="")
    _insert(
        conn,
        "document",
        id="d-1",
        committee_id="c-board",
        title="Fonds propres",
        body=document_body,
        author_id=None,
        author_name="Claire",
        published_at=at,
        updated_at=at,
    )
    for number, (message_id, body, deleted) in enumerate(
        [("msg-1", "La réserve est votée", 0), ("msg-2", "Une réserve effacée", 1)], start=1
    ):
        change = message(message_id, number=number, body=body, deleted=bool(deleted))
        _insert(
            conn,
            "messages",
            id=message_id,
            channel_id="committee:c-board",
            number=number,
            thread_root_id=None,
            author_id=BOB,
            posted_at=at,
            deleted=deleted,
            pinned=0,
            mentions="",
            data=json.dumps(change.data),
        )
    found_idea = idea("id-1", title="Réserve d'idées")
    _insert(
        conn,
        "ideas",
        id="id-1",
        committee_id="c-board",
        status="new",
        author_id=BOB,
        submitted_at=at,
        support_count=0,
        data=json.dumps(found_idea.data),
    )
    found_motion = motion("mo-1", title="Doter la réserve")
    _insert(
        conn,
        "motions",
        id="mo-1",
        committee_id="c-board",
        status="open",
        closes_at=None,
        version=1,
        data=json.dumps(found_motion.data),
    )
