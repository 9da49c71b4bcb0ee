"""How values are stored in the cache, how a change's payload is checked, and the upsert and
delete every synced table uses.

Times are ISO 8601 UTC text with microseconds (text order is time order). Payloads are
validated with the protocol's models; a payload that does not match raises InvalidChange, whose
message names the change and the fields, never their content.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import ValidationError

from desktop.cache.database import Connection
from desktop.cache.errors import InvalidChange
from protocol.base import Payload
from protocol.models import Change

P = TypeVar("P", bound=Payload)


def to_text(moment: datetime) -> str:
    """A time as stored: UTC ISO 8601 with microseconds (text order is time order)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def payload(change: Change, model: type[P]) -> P:
    """The change's data as ``model``; InvalidChange when it does not match or has another id."""
    if change.data is None:
        raise InvalidChange(f"change {change.seq} ({change.kind} {change.id}) has no data")
    try:
        found = model.model_validate(change.data)
    except ValidationError as error:
        fields = sorted({".".join(str(p) for p in e["loc"]) for e in error.errors()})
        raise InvalidChange(
            f"change {change.seq} ({change.kind} {change.id}) does not match the protocol: "
            f"invalid {', '.join(fields)}"
        ) from None
    if getattr(found, "id", None) != change.id:
        raise InvalidChange(f"change {change.seq} ({change.kind} {change.id}) has another id")
    return found


def upsert(conn: Connection, table: str, row: dict[str, Any], key: str = "id") -> None:
    """Insert ``row`` or update the one with the same ``key``."""
    # ON CONFLICT DO UPDATE, never INSERT OR REPLACE: a replace is a delete, and would drop
    # what depends on the row if a cascade were ever added.
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != key)
    conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates}",
        tuple(row.values()),
    )


def deleter(table: str, key: str = "id") -> Callable[[Connection, str], None]:
    """What deletes one row of ``table`` by its ``key`` (a delete of an unknown id does nothing)."""

    def delete(conn: Connection, row_id: str) -> None:
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (row_id,))

    return delete
