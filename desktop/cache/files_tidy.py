"""Which downloaded files to fetch next and which to let go: the queries behind
``desktop.cache.files`` (called inside its reads and transactions; nothing here commits).

What names a file (documents, versions, pins, meetings, the retention rule, the budget) is in
``cache.db``; the files themselves are in ``files.db`` (``desktop.cache.files_db``). Each
function says which of the two connections it takes: ``cache`` or ``files``. A tidy reads the
cache first (:func:`plan`), then writes the files database (:func:`tidy`), never both at once.

Letting go, in this order: files no document or document version names any more; files whose
every document belongs to a meeting older than the organisation's retention rule
(``retention_months``); then, while the bytes stored exceed the budget, the least recently used
(opened, or else completed; partial files first). A pinned document's files always stay.
Deleting documents (or leaving their committee) lets go of their files at once: ``let_go_of``
then ``drop_unnamed``, called by ``desktop.cache.changes`` inside the sync's transaction, ask
for a sweep; the next file operation drops the files no document names (``sweep``).
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop.cache.codec import to_text
from desktop.cache.database import Connection
from desktop.cache.files_db import request_sweep

#: Meta key where the apply code keeps the organisation's retention rule (absent: none).
RETENTION_KEY = "retention_months"

#: Every file some document or document version names, with that document's id.
_NAMED = (
    "SELECT file_sha256 AS sha256, id AS document_id FROM document "
    "WHERE file_sha256 IS NOT NULL UNION "
    "SELECT file_sha256, document_id FROM document_version WHERE file_sha256 IS NOT NULL"
)


# --- cache.db -----------------------------------------------------------------------------


def budget(cache: Connection, key: str, default: int) -> int:
    row = cache.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    try:
        return default if row is None else max(0, int(row[0]))
    except ValueError:
        return default


def retention_months(cache: Connection) -> int | None:
    """The organisation's rule: an ``organisation.retention_months`` column when the cache has
    one, else the meta key the apply code writes; None: documents are kept."""
    columns = {str(row[1]) for row in cache.execute("PRAGMA table_info(organisation)")}
    row = None
    if "retention_months" in columns:
        row = cache.execute(
            "SELECT retention_months FROM organisation WHERE retention_months IS NOT NULL LIMIT 1"
        ).fetchone()
    if row is None:
        row = cache.execute("SELECT value FROM meta WHERE key = ?", (RETENTION_KEY,)).fetchone()
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


def wanted(cache: Connection, now: str) -> list[str]:
    """The files of the documents' current versions: pinned documents' first, then upcoming
    meetings' (soonest first), then the newest documents'."""
    rows = cache.execute(
        "SELECT d.file_sha256 FROM document d "
        "LEFT JOIN pinned_document p ON p.document_id = d.id "
        "LEFT JOIN meeting m ON m.id = d.meeting_id AND m.starts_at >= ? "
        "WHERE d.file_sha256 IS NOT NULL "
        "ORDER BY p.document_id IS NULL, m.id IS NULL, m.starts_at, d.published_at DESC, d.id",
        (now,),
    ).fetchall()
    return list(dict.fromkeys(str(row[0]) for row in rows))


def named(cache: Connection) -> set[str]:
    """Every file a document or a document version names."""
    return {str(row[0]) for row in cache.execute(f"SELECT sha256 FROM ({_NAMED})")}


def let_go_of(cache: Connection, document_ids: Sequence[str]) -> set[str]:
    """Unpin documents about to be deleted; answers the files they and their versions name
    (for ``drop_unnamed`` once they are gone)."""
    found: set[str] = set()
    for document_id in document_ids:
        cache.execute("DELETE FROM pinned_document WHERE document_id = ?", (document_id,))
        rows = cache.execute(
            "SELECT file_sha256 FROM document WHERE id = ? AND file_sha256 IS NOT NULL UNION "
            "SELECT file_sha256 FROM document_version WHERE document_id = ? "
            "AND file_sha256 IS NOT NULL",
            (document_id, document_id),
        )
        found.update(str(row[0]) for row in rows)
    return found


def drop_unnamed(cache: Connection, sha256s: Iterable[str]) -> list[str]:
    """Let go at once of those of the files no document or document version names any more
    (their documents were deleted, or their committee left): the files database drops them at
    its next operation (a sweep; the sync never waits on it). Returns them."""
    unnamed = [
        sha256
        for sha256 in sha256s
        if cache.execute(
            "SELECT 1 FROM document WHERE file_sha256 = ? UNION ALL "
            "SELECT 1 FROM document_version WHERE file_sha256 = ? LIMIT 1",
            (sha256, sha256),
        ).fetchone()
        is None
    ]
    if unnamed:
        request_sweep(cache)
    return unnamed


def clear(cache: Connection) -> None:
    """Forget every pin, and let go of every file no document names (another member signs in
    on this profile: the synced documents were just wiped, so that is every file)."""
    cache.execute("DELETE FROM pinned_document")
    request_sweep(cache)


@dataclass(frozen=True)
class TidyPlan:
    """What the cache says of the files, for :func:`tidy` (read in one go, then released)."""

    named: frozenset[str]
    #: Pinned documents' files and those the caller keeps: never dropped but when unnamed.
    protected: frozenset[str]
    keep: frozenset[str]
    #: Files whose every document is in a meeting past the retention rule.
    expired: frozenset[str]
    budget: int


def plan(cache: Connection, today: date, budget_bytes: int, keep: Collection[str]) -> TidyPlan:
    kept = frozenset(keep)
    pinned = {
        str(row[0])
        for row in cache.execute(
            f"SELECT n.sha256 FROM ({_NAMED}) n "
            "JOIN pinned_document p ON p.document_id = n.document_id"
        )
    }
    expired: set[str] = set()
    months = retention_months(cache)
    if months is not None:
        cutoff = datetime.combine(months_before(today, months), datetime.min.time(), UTC)
        # A file goes when no document naming it escapes the rule: each is in a meeting that
        # started before the cutoff.
        expired = {
            str(row[0])
            for row in cache.execute(
                f"SELECT n.sha256 FROM ({_NAMED}) n "
                "JOIN document d ON d.id = n.document_id "
                "LEFT JOIN meeting m ON m.id = d.meeting_id "
                "GROUP BY n.sha256 "
                "HAVING min(m.starts_at IS NOT NULL AND m.starts_at < ?) = 1",
                (to_text(cutoff),),
            )
        }
    return TidyPlan(frozenset(named(cache)), kept | pinned, kept, frozenset(expired), budget_bytes)


# --- files.db -----------------------------------------------------------------------------


def usage(files: Connection) -> int:
    return int(files.execute("SELECT coalesce(sum(received), 0) FROM file").fetchone()[0])


def complete(files: Connection) -> set[str]:
    return {
        str(row[0]) for row in files.execute("SELECT sha256 FROM file WHERE status = 'complete'")
    }


def drop(files: Connection, sha256s: Iterable[str]) -> int:
    """Delete files and their chunks; returns the bytes freed."""
    freed = 0
    for sha256 in sha256s:
        row = files.execute("SELECT received FROM file WHERE sha256 = ?", (sha256,)).fetchone()
        freed += 0 if row is None else int(row[0])
        files.execute("DELETE FROM file_chunk WHERE sha256 = ?", (sha256,))
        files.execute("DELETE FROM file WHERE sha256 = ?", (sha256,))
    return freed


def sweep(files: Connection, names: Collection[str], keep: Collection[str] = ()) -> int:
    """Drop the files ``names`` (what the cache names) does not hold, but those of ``keep``;
    returns the bytes freed."""
    stored = [str(row[0]) for row in files.execute("SELECT sha256 FROM file")]
    return drop(files, (s for s in stored if s not in names and s not in keep))


def tidy(files: Connection, plan: TidyPlan) -> int:
    """Let go of files as the module says, by ``plan``; returns the bytes freed."""
    freed = sweep(files, plan.named, plan.keep)
    freed += drop(files, sorted(plan.expired - plan.protected))
    stored = usage(files)
    if stored > plan.budget:
        candidates = files.execute(
            "SELECT sha256, received FROM file WHERE received > 0 "
            "ORDER BY status = 'complete', coalesce(opened_at, completed_at, ''), sha256"
        ).fetchall()
        victims: list[str] = []
        for sha256, received in candidates:
            if stored <= plan.budget:
                break
            if str(sha256) in plan.protected:
                continue
            victims.append(str(sha256))
            stored -= int(received)
        freed += drop(files, victims)
    return freed
