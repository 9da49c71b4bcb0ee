"""The page a live poke carries: the new change rows each listening member may see, so their
app applies them without pulling (see ``protocol.models.PokeData``).

The hub (``server.services.events``) reads a small batch's rows whole once (``contents_of``);
``Pages`` builds each audience's page once, by the pull's rule of who sees a row, and each
subscriber's poke around it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from protocol.cursor import encode_cursor
from protocol.network import POKE_PAGE_MAX_BYTES
from server.db import tables as t
from server.db.columns import utcnow
from server.services.sync import change_json


def contents_of(conn: Connection, after: int, end: int) -> Sequence[Any] | None:
    """The rows of the batch whole, or None when their data is too big for a poke."""
    c = t.changes.c
    size = conn.execute(
        select(func.coalesce(func.sum(func.length(c.data)), 0)).where(c.seq > after, c.seq <= end)
    ).scalar_one()
    if int(size) > POKE_PAGE_MAX_BYTES:
        return None
    return conn.execute(
        select(c.seq, c.kind, c.entity_id, c.op, c.data, c.committee_id, c.member_id)
        .where(c.seq > after, c.seq <= end)
        .order_by(c.seq)
    ).all()


class Pages:
    """The page each audience gets with its poke, built once per (member, committees)."""

    def __init__(self, contents: Sequence[Any] | None, start: int, end: int, log_id: str) -> None:
        self._contents = contents
        self._start = start
        self._end = end
        self._log_id = log_id
        self._built: dict[tuple[str, frozenset[str]], str] = {}
        self._time = utcnow().isoformat().replace("+00:00", "Z")

    def poke(self, key: tuple[str, frozenset[str]], seq: int, since: int) -> str | None:
        if self._contents is None:
            return None
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._page(*key)
        return f'{{"seq":{seq},"since":{since},"upto":{self._start},"page":{page}}}'

    def _page(self, member_id: str, committee_ids: frozenset[str]) -> str:
        assert self._contents is not None
        parts = [
            change_json(row.seq, row.kind, row.entity_id, row.op, row.data)
            for row in self._contents
            if _sees(row, member_id, committee_ids)
        ]
        head = {
            "next_cursor": encode_cursor(self._log_id, self._end),
            "has_more": False,
            "reset": False,
            "server_time": self._time,
        }
        return '{"changes":[' + ",".join(parts) + "]," + json.dumps(head)[1:]


def _sees(row: Any, member_id: str, committee_ids: frozenset[str]) -> bool:
    """The rule of ``_visible`` (and of the pull) for one row."""
    if row.member_id is not None and row.member_id != member_id:
        return False
    return row.committee_id is None or row.committee_id in committee_ids
