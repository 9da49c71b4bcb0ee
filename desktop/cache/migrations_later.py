"""Cache migrations 4 and later (``desktop.cache.migrations`` appends them): the offline search
index and its triggers (4), board documents in depth (5), the search index kept in batches (6),
downloaded files moved to their own database, files.db (7).
Same rules: append only, never edit a migration that has shipped."""

from __future__ import annotations

import re

LATER_MIGRATIONS: list[tuple[int, str, str]] = []


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

LATER_MIGRATIONS.append(
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

LATER_MIGRATIONS.append(
    (
        5,
        "board documents in depth: PDF files, versions, meetings, actions, annotations, comments",
        """
        -- The current version of a document; data is its whole payload (file ref, flags).
        ALTER TABLE document ADD COLUMN format TEXT NOT NULL DEFAULT 'markdown';
        ALTER TABLE document ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE document ADD COLUMN file_sha256 TEXT;
        ALTER TABLE document ADD COLUMN text TEXT NOT NULL DEFAULT '';
        ALTER TABLE document ADD COLUMN meeting_id TEXT;
        ALTER TABLE document ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
        CREATE INDEX document_meeting ON document (meeting_id);
        CREATE INDEX document_file ON document (file_sha256);
        ALTER TABLE read_receipt ADD COLUMN version INTEGER;

        CREATE TABLE document_version (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            file_sha256 TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX document_version_document ON document_version (document_id, version);

        CREATE TABLE meeting (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            starts_at TEXT NOT NULL,
            status TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX meeting_committee ON meeting (committee_id, starts_at);

        CREATE TABLE action (
            id TEXT PRIMARY KEY,
            committee_id TEXT,
            meeting_id TEXT,
            due_on TEXT,
            status TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX action_committee ON action (committee_id);
        CREATE TABLE action_assignee (
            action_id TEXT NOT NULL,
            member_id TEXT NOT NULL,
            PRIMARY KEY (action_id, member_id)
        ) WITHOUT ROWID;
        CREATE INDEX action_assignee_member ON action_assignee (member_id);

        CREATE TABLE annotation (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX annotation_document ON annotation (document_id);

        CREATE TABLE document_comment (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX document_comment_document ON document_comment (document_id, posted_at);

        -- Downloaded files (local, never synced): bytes in chunks inside this encrypted
        -- database, never in a file of their own. status: 'partial' (received bytes so far, the
        -- ETag they came with), 'complete' (hash checked), 'failed' (error says why).
        CREATE TABLE file (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            status TEXT NOT NULL CHECK (status IN ('partial', 'complete', 'failed')),
            error TEXT,
            completed_at TEXT,
            opened_at TEXT
        );
        CREATE TABLE file_chunk (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            idx INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (sha256, idx)
        );
        -- Documents the member keeps offline whatever the retention rule and the size budget.
        CREATE TABLE pinned_document (
            document_id TEXT PRIMARY KEY,
            pinned_at TEXT NOT NULL
        );

        -- Search: a PDF's extracted text is searched with the document's body.
        DROP TRIGGER search_document_insert;
        DROP TRIGGER search_document_update;
        DROP TRIGGER search_document_delete;
        DELETE FROM search_index
            WHERE rowid IN (SELECT id FROM search_item WHERE kind = 'document');
        DELETE FROM search_item WHERE kind = 'document';
        """
        + _search_triggers(
            "document",
            "document",
            {
                "title": "r.title",
                "body": "r.body || char(10) || r.text",
                "committee_id": "r.committee_id",
                "scope": _COMMITTEE_SCOPE,
                "at": _AT.format("r.published_at"),
            },
        ),
    )
)


def _note_triggers(table: str, kind: str) -> str:
    """Migration 6's triggers on a searched table: note which item changed, nothing more
    (``desktop.cache.search_queue`` brings it into the index). FROZEN with migration 6."""
    note = (
        "INSERT INTO search_pending (kind, item_id) VALUES ('{kind}', {row}.id) "
        "ON CONFLICT (kind, item_id) DO NOTHING"
    )
    return "".join(
        f"DROP TRIGGER search_{table}_{event};\n"
        f"CREATE TRIGGER search_{table}_note_{event} AFTER {event.upper()} ON {table} "
        f"BEGIN {note.format(kind=kind, row=row)}; END;\n"
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))
    )


LATER_MIGRATIONS.append(
    (
        6,
        "offline search: changed items are noted, then indexed in batches",
        """
        -- Items whose index entry is out of step (new, changed or gone): the triggers below
        -- note them; desktop.cache.search_queue brings them into the index in batches.
        -- One b-tree (no rowid): a page of changes writes as few pages as it can.
        CREATE TABLE search_pending (
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            PRIMARY KEY (kind, item_id)
        ) WITHOUT ROWID;
        """
        + _note_triggers("document", "document")
        + _note_triggers("motions", "motion")
        + _note_triggers("messages", "message")
        + _note_triggers("ideas", "idea"),
    )
)

LATER_MIGRATIONS.append(
    (
        7,
        "files move to files.db",
        """
        -- Downloaded files now live in their own encrypted database (desktop.cache.files_db).
        -- Those stored here are set aside, and the store's open moves them there (a member
        -- who updates, then reads offline, keeps the board packs downloaded), then drops
        -- these tables (files_db.adopt_legacy_files). Pins stay: they are about documents.
        ALTER TABLE file RENAME TO legacy_file;
        ALTER TABLE file_chunk RENAME TO legacy_file_chunk;
        """,
    )
)
