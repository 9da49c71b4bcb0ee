"""Keeping the offline search index in step, in batches (cache migration 6).

Triggers on the searched tables (documents, motions, messages, ideas) only note which item
changed, in ``search_pending``: a page of changes pays one small row per item, not an FTS5
write (an FTS5 segment per transaction was two thirds of the cost of taking in a live
message, see ``bench.chat_fanout``). ``index_batch`` then brings up to ``BATCH`` noted items
into the index in one transaction: their old entries out, their current rows in (a deleted
row, or a message now a tombstone, just leaves). What is indexed, and how, is defined here.

When it runs: at the end of every sync (``SyncEngine.sync``), and before every search
(``desktop.cache.search_store``), so a search always sees everything in the cache. Works on
any DB-API connection holding the schema (the encrypted cache, or the benchmark's plain copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Items brought into the index per transaction (the store's lock is free between batches).
BATCH = 500

#: A time as the index keeps it: UTC, milliseconds (``2025-03-14T09:30:00.000``).
_AT = "strftime('%Y-%m-%dT%H:%M:%f', {})"
_COMMITTEE_SCOPE = (
    "CASE WHEN r.committee_id IS NULL THEN 'org' ELSE 'committee:' || r.committee_id END"
)
_FIELDS = ("title", "body", "committee_id", "scope", "at")


@dataclass(frozen=True)
class Indexed:
    """A searched table: its kind in the index, the fields as SQL over its row ``r``, and when
    a row is indexed at all (``keep``)."""

    table: str
    kind: str
    fields: dict[str, str]
    keep: str = "1"


INDEXED = (
    Indexed(
        "document",
        "document",
        {
            "title": "r.title",
            "body": "r.body || char(10) || r.text",  # a PDF's text is searched with its body
            "committee_id": "r.committee_id",
            "scope": _COMMITTEE_SCOPE,
            "at": _AT.format("r.published_at"),
        },
    ),
    Indexed(
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
    ),
    Indexed(
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
    ),
    Indexed(
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

#: The batch: noted items up to (:kind, :item_id) in the table's key order.
_IN_BATCH = "(p.kind, p.item_id) <= (:kind, :item_id)"
_NOTED = (
    "SELECT i.id FROM search_pending p JOIN search_item i "
    f"ON i.kind = p.kind AND i.item_id = p.item_id WHERE {_IN_BATCH}"
)


def _statements(indexed: Indexed) -> tuple[str, str]:
    source = (
        f"FROM search_pending p JOIN {indexed.table} r ON r.id = p.item_id "
        f"WHERE {_IN_BATCH} AND p.kind = '{indexed.kind}' AND ({indexed.keep})"
    )
    values = ", ".join(indexed.fields[name] for name in _FIELDS)
    items = f"INSERT INTO search_item (kind, item_id) SELECT '{indexed.kind}', r.id {source}"
    rows = (
        f"INSERT INTO search_index (rowid, {', '.join(_FIELDS)}, kind, item_id) "
        f"SELECT i.id, {values}, '{indexed.kind}', r.id "
        + source.replace(
            "WHERE", f"JOIN search_item i ON i.kind = '{indexed.kind}' AND i.item_id = r.id WHERE"
        )
    )
    return items, rows


_ADD = tuple(_statements(indexed) for indexed in INDEXED)


def pending(conn: Any) -> int:
    """Items noted and not yet brought into the index."""
    return int(conn.execute("SELECT count(*) FROM search_pending").fetchone()[0])


def index_batch(conn: Any, batch: int = BATCH) -> int:
    """Bring up to ``batch`` noted items into the index (in the table's key order); returns
    how many (0: the index is in step). Run it inside a write transaction."""
    noted = conn.execute(
        "SELECT kind, item_id FROM search_pending ORDER BY kind, item_id LIMIT ?", (batch,)
    ).fetchall()
    if not noted:
        return 0
    bound = {"kind": noted[-1][0], "item_id": noted[-1][1]}
    conn.execute(f"DELETE FROM search_index WHERE rowid IN ({_NOTED})", bound)
    conn.execute(f"DELETE FROM search_item WHERE id IN ({_NOTED})", bound)
    for add_items, add_entries in _ADD:
        conn.execute(add_items, bound)
        conn.execute(add_entries, bound)
    conn.execute(f"DELETE FROM search_pending AS p WHERE {_IN_BATCH}", bound)
    return len(noted)
