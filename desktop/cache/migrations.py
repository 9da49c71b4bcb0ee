"""Numbered, named migrations of the cache schema, applied in order in one transaction.

Append only: never edit a migration that has shipped; add the next number instead. The
highest number is the schema version (``PRAGMA user_version``).

No foreign keys between synced tables on purpose: the server's change log may name a committee
before the cache has it (permissions, resets), and a page must never be refused for that.
Deleting a committee removes its documents and memberships explicitly (desktop.cache.changes).
Times are ISO 8601 UTC text with microseconds, so text order is time order.
"""

from __future__ import annotations

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


# Migrations 4 and later are in the next module, to keep each file readable.
from desktop.cache.migrations_later import LATER_MIGRATIONS  # noqa: E402

MIGRATIONS.extend(LATER_MIGRATIONS)

#: The schema version this code writes and reads (``PRAGMA user_version``).
SCHEMA_VERSION: int = MIGRATIONS[-1][0]
