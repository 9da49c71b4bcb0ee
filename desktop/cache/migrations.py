"""Numbered, named migrations of the cache schema, applied in order in one transaction.

Append only: never edit a migration that has shipped; add the next number instead. The
highest number is the schema version (``PRAGMA user_version``).

No foreign keys between synced tables on purpose: the server's change log may name a committee
before the cache has it (permissions, resets), and a page must never be refused for that.
Deleting a committee removes its documents and memberships explicitly (desktop.cache.changes).
Times are ISO 8601 UTC text with microseconds, so text order is time order.
"""

from __future__ import annotations

import re

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT NOT NULL,
            email TEXT NOT NULL,
            member_id TEXT NOT NULL,
            name TEXT NOT NULL,
            roles TEXT NOT NULL,
            organisation_id TEXT NOT NULL,
            organisation_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            token TEXT
        );

        CREATE TABLE organisation (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL
        );

        CREATE TABLE committee (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            category TEXT NOT NULL
        );

        CREATE TABLE member (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            roles TEXT NOT NULL,
            title TEXT NOT NULL
        );

        CREATE TABLE membership (
            id TEXT PRIMARY KEY,
            committee_id TEXT NOT NULL,
            member_id TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE INDEX membership_committee ON membership (committee_id);
        CREATE INDEX membership_member ON membership (member_id);

        CREATE TABLE document (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            author_id TEXT,
            author_name TEXT NOT NULL,
            published_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX document_committee ON document (committee_id, published_at);

        CREATE TABLE read_receipt (
            document_id TEXT PRIMARY KEY,
            read_at TEXT NOT NULL
        );

        -- AUTOINCREMENT: the per-device sequence is never reused, even after rows are pruned.
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            data TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
            code TEXT,
            message TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX outbox_state ON outbox (state, seq);
        """,
    ),
    (
        2,
        "motions, proxies, participations, motion events, my ballots, outbox results",
        """
        -- Each synced row keeps the server's payload whole (``data``, JSON) and copies out the
        -- columns the app filters or sorts on.
        CREATE TABLE motions (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            status TEXT NOT NULL,
            closes_at TEXT,
            version INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX motions_status ON motions (status, closes_at);
        CREATE INDEX motions_committee ON motions (committee_id);

        CREATE TABLE proxies (
            id TEXT PRIMARY KEY,
            principal_id TEXT NOT NULL,
            holder_id TEXT NOT NULL,
            motion_id TEXT,
            revoked_at TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX proxies_principal ON proxies (principal_id);
        CREATE INDEX proxies_holder ON proxies (holder_id);

        CREATE TABLE participations (
            id TEXT PRIMARY KEY,
            motion_id TEXT NOT NULL,
            principal_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX participations_motion ON participations (motion_id, principal_id);

        CREATE TABLE motion_events (
            id TEXT PRIMARY KEY,
            motion_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX motion_events_motion ON motion_events (motion_id, seq);

        -- The ballots this device cast (mine, and those cast as a proxy holder), with the
        -- receipt codes of secret ballots: kept only here, never sent. Not synced, so a reset
        -- page keeps them; another member's sign-in deletes them.
        CREATE TABLE my_ballots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            motion_id TEXT NOT NULL,
            principal_id TEXT NOT NULL,
            receipt TEXT,
            choices TEXT NOT NULL,
            version INTEGER NOT NULL,
            outbox_seq INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX my_ballots_motion ON my_ballots (motion_id, principal_id, id);
        CREATE INDEX my_ballots_outbox ON my_ballots (outbox_seq);

        -- What the server made of an applied mutation (MutationResult.result, JSON).
        ALTER TABLE outbox ADD COLUMN result TEXT;
        """,
    ),
    (
        3,
        "the committee network: conversations, messages, ideas, announcements, notifications",
        """
        CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            member_key TEXT NOT NULL,  -- the sorted member ids joined by commas
            started_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX conversations_members ON conversations (member_key);

        CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            thread_root_id TEXT,
            author_id TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            deleted INTEGER NOT NULL,
            pinned INTEGER NOT NULL,
            mentions TEXT NOT NULL,  -- ",member:ID,committee:ID," (for unread mention counts)
            data TEXT NOT NULL
        );
        CREATE INDEX messages_channel ON messages (channel_id, number);
        CREATE INDEX messages_thread ON messages (thread_root_id, number);

        CREATE TABLE channel_state (
            id TEXT PRIMARY KEY,
            last_read_number INTEGER NOT NULL,
            muted INTEGER NOT NULL,
            data TEXT NOT NULL
        );

        CREATE TABLE preferences (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL
        );

        CREATE TABLE ideas (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            status TEXT NOT NULL,
            author_id TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            support_count INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX ideas_committee ON ideas (committee_id, status);

        CREATE TABLE idea_comments (
            id TEXT PRIMARY KEY,
            idea_id TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX idea_comments_idea ON idea_comments (idea_id, posted_at);

        CREATE TABLE announcements (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            author_id TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            ack_required INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX announcements_committee ON announcements (committee_id, posted_at);
        CREATE INDEX announcements_posted ON announcements (posted_at);

        CREATE TABLE acknowledgements (
            id TEXT PRIMARY KEY,
            announcement_id TEXT NOT NULL,
            member_id TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX acknowledgements_announcement ON acknowledgements (announcement_id, member_id);

        -- Made here from applied changes, never synced: a reset page keeps them, another
        -- member's sign-in deletes them.
        CREATE TABLE notifications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            target TEXT NOT NULL,
            created_at TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            shown INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX notifications_read ON notifications (read, id);
        CREATE INDEX notifications_shown ON notifications (shown, id);
        """,
    ),
]


def _search_triggers(table: str, kind: str, fields: dict[str, str], keep: str = "1") -> str:
    """Migration 4's triggers on ``table`` and the statement that indexes its rows already
    there. ``fields`` are SQL expressions over the row ``r`` (title, body, committee_id, scope,
    at); a row is indexed when ``keep`` holds. FROZEN with migration 4: never edit; a change of
    the index is a new migration."""

    def add(row: str, source: str) -> str:
        values = ", ".join(_ROW.sub(f"{row}.", fields[c]) for c in _SEARCH_FIELDS)
        where = _ROW.sub(f"{row}.", keep)
        return (
            f"INSERT INTO search_item (kind, item_id) SELECT '{kind}', {row}.id {source} "
            f"WHERE {where};\n"
            f"INSERT INTO search_index (rowid, {', '.join(_SEARCH_FIELDS)}, kind, item_id) "
            f"SELECT i.id, {values}, '{kind}', {row}.id {source} JOIN search_item i "
            f"ON i.kind = '{kind}' AND i.item_id = {row}.id;\n"
        )

    def remove(row: str) -> str:
        return (
            "DELETE FROM search_index WHERE rowid = (SELECT id FROM search_item "
            f"WHERE kind = '{kind}' AND item_id = {row}.id);\n"
            f"DELETE FROM search_item WHERE kind = '{kind}' AND item_id = {row}.id;\n"
        )

    new_row = "FROM (SELECT 1)"
    return (
        f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN\n"
        f"{remove('NEW')}{add('NEW', new_row)}END;\n"
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN\n"
        f"{remove('OLD')}{add('NEW', new_row)}END;\n"
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN\n"
        f"{remove('OLD')}END;\n"
        f"{add('r', f'FROM {table} r')}"
    )


_SEARCH_FIELDS = ("title", "body", "committee_id", "scope", "at")
#: A time as the index keeps it: UTC, milliseconds (``2025-03-14T09:30:00.000``).
_AT = "strftime('%Y-%m-%dT%H:%M:%f', {})"
_COMMITTEE_SCOPE = (
    "CASE WHEN r.committee_id IS NULL THEN 'org' ELSE 'committee:' || r.committee_id END"
)
_ROW = re.compile(r"\br\.")

MIGRATIONS.append(
    (
        4,
        "offline search: an FTS5 index of documents, motions, messages and ideas",
        """
        -- What each row of the index is (its rowid is search_item.id): the triggers below keep
        -- both in step with the synced tables on every path (pages, resets, cascades, wipes).
        CREATE TABLE search_item (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            UNIQUE (kind, item_id)
        );

        -- scope: 'org', 'committee:<id>' or a message's channel ('direct:<id>' too).
        -- at: UTC, milliseconds, so text order is time order.
        CREATE VIRTUAL TABLE search_index USING fts5 (
            title, body,
            kind UNINDEXED, item_id UNINDEXED, committee_id UNINDEXED, scope UNINDEXED,
            at UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
        """
        + _search_triggers(
            "document",
            "document",
            {
                "title": "r.title",
                "body": "r.body",
                "committee_id": "r.committee_id",
                "scope": _COMMITTEE_SCOPE,
                "at": _AT.format("r.published_at"),
            },
        )
        + _search_triggers(
            "motions",
            "motion",
            {
                "title": "json_extract(r.data, '$.title')",
                "body": "json_extract(r.data, '$.body') || char(10) || coalesce((SELECT "
                "group_concat(json_extract(o.value, '$.label'), char(10)) "
                "FROM json_each(r.data, '$.options') o), '')",
                "committee_id": "r.committee_id",
                "scope": _COMMITTEE_SCOPE,
                "at": _AT.format("coalesce(json_extract(r.data, '$.opens_at'), r.closes_at)"),
            },
        )
        + _search_triggers(
            "messages",
            "message",
            {
                "title": "json_extract(r.data, '$.author_name')",
                "body": "json_extract(r.data, '$.body')",
                "committee_id": "CASE WHEN r.channel_id LIKE 'committee:%' "
                "THEN substr(r.channel_id, 11) END",
                "scope": "r.channel_id",
                "at": _AT.format("r.posted_at"),
            },
            keep="r.deleted = 0",
        )
        + _search_triggers(
            "ideas",
            "idea",
            {
                "title": "json_extract(r.data, '$.title')",
                "body": "json_extract(r.data, '$.body') || char(10) || "
                "coalesce(json_extract(r.data, '$.answer'), '')",
                "committee_id": "r.committee_id",
                "scope": _COMMITTEE_SCOPE,
                "at": _AT.format("r.submitted_at"),
            },
        ),
    )
)

#: The schema version this code writes and reads (``PRAGMA user_version``).
SCHEMA_VERSION: int = MIGRATIONS[-1][0]
