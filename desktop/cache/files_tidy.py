"""Which downloaded files to fetch next and which to let go: the queries behind
``desktop.cache.files`` (called inside its transactions; nothing here commits).

Letting go, in this order: files no document or document version names any more; files whose
every document belongs to a meeting older than the organisation's retention rule
(``retention_months``); then, while the bytes stored exceed the budget, the least recently used
(opened, or else completed; partial files first). A pinned document's files always stay.
Deleting documents (or leaving their committee) drops their files at once: ``let_go_of`` then
``drop_unnamed``, called by ``desktop.cache.changes``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from desktop.cache.codec import to_text
from desktop.cache.database import Connection

#: Meta key where the apply code keeps the organisation's retention rule (absent: none).
RETENTION_KEY = "retention_months"

#: Every file some document or document version names, with that document's id.
_NAMED = (
    "SELECT file_sha256 AS sha256, id AS document_id FROM document "
    "WHERE file_sha256 IS NOT NULL UNION "
    "SELECT file_sha256, document_id FROM document_version WHERE file_sha256 IS NOT NULL"
)


def usage(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(sum(received), 0) FROM file").fetchone()[0])


def budget(conn: Connection, key: str, default: int) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    try:
        return default if row is None else max(0, int(row[0]))
    except ValueError:
        return default


def retention_months(conn: Connection) -> int | None:
    """The organisation's rule: an ``organisation.retention_months`` column when the cache has
    one, else the meta key the apply code writes; None: documents are kept."""
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(organisation)")}
    row = None
    if "retention_months" in columns:
        row = conn.execute(
            "SELECT retention_months FROM organisation WHERE retention_months IS NOT NULL LIMIT 1"
        ).fetchone()
    if row is None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (RETENTION_KEY,)).fetchone()
    try:
        months = None if row is None or row[0] is None else int(row[0])
    except ValueError:
        return None
    return months if months is not None and months > 0 else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def missing(conn: Connection, now: str) -> list[str]:
    rows = conn.execute(
        "SELECT d.file_sha256 FROM document d "
        "LEFT JOIN file f ON f.sha256 = d.file_sha256 "
        "LEFT JOIN pinned_document p ON p.document_id = d.id "
        "LEFT JOIN meeting m ON m.id = d.meeting_id AND m.starts_at >= ? "
        "WHERE d.file_sha256 IS NOT NULL AND (f.status IS NULL OR f.status != 'complete') "
        "ORDER BY p.document_id IS NULL, m.id IS NULL, m.starts_at, d.published_at DESC, d.id",
        (now,),
    ).fetchall()
    return list(dict.fromkeys(str(row[0]) for row in rows))


def drop(conn: Connection, sha256s: Iterable[str]) -> int:
    """Delete files and their chunks; returns the bytes freed."""
    freed = 0
    for sha256 in sha256s:
        row = conn.execute("SELECT received FROM file WHERE sha256 = ?", (sha256,)).fetchone()
        freed += 0 if row is None else int(row[0])
        conn.execute("DELETE FROM file_chunk WHERE sha256 = ?", (sha256,))
        conn.execute("DELETE FROM file WHERE sha256 = ?", (sha256,))
    return freed


def let_go_of(conn: Connection, document_ids: Sequence[str]) -> set[str]:
    """Unpin documents about to be deleted; answers the files they and their versions name
    (for ``drop_unnamed`` once they are gone)."""
    named: set[str] = set()
    for document_id in document_ids:
        conn.execute("DELETE FROM pinned_document WHERE document_id = ?", (document_id,))
        rows = conn.execute(
            "SELECT file_sha256 FROM document WHERE id = ? AND file_sha256 IS NOT NULL UNION "
            "SELECT file_sha256 FROM document_version WHERE document_id = ? "
            "AND file_sha256 IS NOT NULL",
            (document_id, document_id),
        )
        named.update(str(row[0]) for row in rows)
    return named


def drop_unnamed(conn: Connection, sha256s: Iterable[str]) -> int:
    """Drop at once those of the files no document or document version names any more (their
    documents were deleted, or their committee left); returns the bytes freed."""
    unnamed = [
        sha256
        for sha256 in sha256s
        if conn.execute(
            "SELECT 1 FROM document WHERE file_sha256 = ? UNION ALL "
            "SELECT 1 FROM document_version WHERE file_sha256 = ? LIMIT 1",
            (sha256, sha256),
        ).fetchone()
        is None
    ]
    return drop(conn, unnamed)


def tidy(conn: Connection, today: date, budget_bytes: int, keep: set[str]) -> int:
    protected = keep | {
        str(row[0])
        for row in conn.execute(
            f"SELECT n.sha256 FROM ({_NAMED}) n "
            "JOIN pinned_document p ON p.document_id = n.document_id"
        )
    }
    orphans = [
        str(row[0])
        for row in conn.execute(f"SELECT sha256 FROM file WHERE sha256 NOT IN ({_NAMED_SHAS})")
    ]
    freed = drop(conn, (s for s in orphans if s not in keep))
    months = retention_months(conn)
    if months is not None:
        cutoff = datetime.combine(months_before(today, months), datetime.min.time(), UTC)
        # A file goes when no document naming it escapes the rule: each is in a meeting that
        # started before the cutoff.
        expired = [
            str(row[0])
            for row in conn.execute(
                f"SELECT n.sha256 FROM ({_NAMED}) n "
                "JOIN document d ON d.id = n.document_id "
                "LEFT JOIN meeting m ON m.id = d.meeting_id "
                "GROUP BY n.sha256 "
                "HAVING min(m.starts_at IS NOT NULL AND m.starts_at < ?) = 1",
                (to_text(cutoff),),
            )
        ]
        freed += drop(conn, (s for s in expired if s not in protected))
    stored = usage(conn)
    if stored > budget_bytes:
        candidates = conn.execute(
            "SELECT sha256, received FROM file WHERE received > 0 "
            "ORDER BY status = 'complete', coalesce(opened_at, completed_at, ''), sha256"
        ).fetchall()
        victims: list[str] = []
        for sha256, received in candidates:
            if stored <= budget_bytes:
                break
            if str(sha256) in protected:
                continue
            victims.append(str(sha256))
            stored -= int(received)
        freed += drop(conn, victims)
    return freed


_NAMED_SHAS = f"SELECT sha256 FROM ({_NAMED})"


def clear(conn: Connection) -> None:
    """Forget every downloaded file and pin (another member signs in on this profile)."""
    for table in ("file_chunk", "file", "pinned_document"):
        conn.execute(f"DELETE FROM {table}")
