"""How values are stored in the cache, and how a change's payload is checked.

Times are ISO 8601 UTC text with microseconds (text order is time order). Payloads are
validated with the protocol's models; a payload that does not match raises InvalidChange, whose
message names the change and the fields, never their content.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

from pydantic import ValidationError

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
