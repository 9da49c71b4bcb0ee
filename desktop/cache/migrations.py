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
]

#: The schema version this code writes and reads (``PRAGMA user_version``).
SCHEMA_VERSION: int = MIGRATIONS[-1][0]
