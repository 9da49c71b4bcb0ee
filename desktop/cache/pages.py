"""Applying a page of changes inside the caller's write transaction: the changes, what they are
worth telling (``desktop.cache.notify``), the member's unsent read receipts kept, and the
position reached (cursor, last sync, last contact with the server).

The store (``desktop.cache.store``) opens the transaction: a page and its cursor are committed
together. A live poke's page (``apply_pushed`` ) is applied only where it follows on from the
stored cursor, and only when nothing the member wrote waits to be sent. This runs for every
message of a busy committee on every member's app (``bench.chat_fanout``): few statements.
"""

from __future__ import annotations

from desktop.cache import notify as _notify
from desktop.cache.changes import apply_change, to_text, wipe_synced
from desktop.cache.database import Connection
from desktop.cache.documents_store import keep_pending_reads
from desktop.cache.outbox import PENDING
from desktop.cache.trust import record_online
from protocol.cursor import decode_cursor
from protocol.models import Kind, SyncPage

_READ_RECEIPT = str(Kind.READ_RECEIPT)


def apply(conn: Connection, page: SyncPage) -> dict[str, int]:
    """Apply a pulled page; returns the changes applied per kind."""
    cursor, catch_up = _position(conn)
    return _apply(conn, page, cursor, catch_up)


def apply_pushed(conn: Connection, page: SyncPage, since: int, upto: int) -> dict[str, int] | None:
    """Apply a page a live poke carried when the stored cursor is on the page's log at a seq
    from ``since`` to ``upto``, the member is signed in and nothing waits in the outbox (see
    ``protocol.models.PokeData``); None when not (nothing applied: pull instead)."""
    row = conn.execute(
        "SELECT (SELECT token FROM account WHERE id = 1) IS NOT NULL, "
        "EXISTS (SELECT 1 FROM outbox WHERE state = ?)",
        (PENDING,),
    ).fetchone()
    if not row[0] or row[1]:
        return None
    cursor, catch_up = _position(conn)
    target = decode_cursor(page.next_cursor)
    held = None if cursor is None else decode_cursor(cursor)
    if page.reset or target is None or held is None or held[0] != target[0]:
        return None
    if not since <= held[1] <= upto:
        return None
    return _apply(conn, page, cursor, catch_up)


def _position(conn: Connection) -> tuple[str | None, bool]:
    """The stored cursor, and whether a run of pages that catches up is under way."""
    found = dict(
        conn.execute("SELECT key, value FROM meta WHERE key IN ('cursor', 'catch_up')").fetchall()
    )
    cursor = found.get("cursor")
    return (None if cursor is None else str(cursor)), "catch_up" in found


def _apply(conn: Connection, page: SyncPage, cursor: str | None, catch_up: bool) -> dict[str, int]:
    applied: dict[str, int] = {}
    # A first sync or a reset brings history, not news: no notifications until the
    # run of pages that catches up is over.
    catching_up = page.reset or cursor is None or catch_up
    notifier = None if catching_up else _notify.Notifier(conn, page.server_time)
    if page.reset:
        wipe_synced(conn)
    for change in page.changes:
        note = None if notifier is None else notifier.observe(change)
        kind = apply_change(conn, change)
        if kind is not None:
            applied[str(kind)] = applied.get(str(kind), 0) + 1
        if note is not None and notifier is not None:
            notifier.record(note)
    # A receipt not yet sent is still the member's: keep showing it as read (only a reset or
    # a receipt from the server could lower it).
    if page.reset or any(change.kind == _READ_RECEIPT for change in page.changes):
        keep_pending_reads(conn, insert=page.reset)
    store_position(conn, page)
    if catching_up and page.has_more:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('catch_up', '1') ON CONFLICT (key) DO NOTHING"
        )
        return applied
    if catch_up:
        conn.execute("DELETE FROM meta WHERE key = 'catch_up'")
    if catching_up:
        _notify.after_catch_up(conn, page.server_time)
    return applied


def store_position(conn: Connection, page: SyncPage) -> None:
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [("cursor", page.next_cursor), ("last_sync", to_text(page.server_time))],
    )
    record_online(conn)  # a page from the server: this device is in contact
