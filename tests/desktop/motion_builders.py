"""Builders of the voting payloads the server sends (motions, proxies, participations, events),
shared by the cache and votes-service tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from protocol.models import Change
from tests.desktop.conftest import NOW, upsert

ME = "m-me"
BOB = "m-bob"
CLAIRE = "m-claire"
DAN = "m-dan"


def motion_data(
    id_: str = "mo-1",
    *,
    committee_id: str | None = "c-board",
    title: str = "Approve the 2025 budget",
    status: str = "open",
    version: int = 1,
    closes_in: timedelta | None = timedelta(days=2),
    mode: str = "open",
    kind: str = "resolution",
    entitled: tuple[str, ...] = (ME, BOB, CLAIRE, DAN),
    recused: tuple[str, ...] = (),
    rules: dict[str, Any] | None = None,
    options: list[dict[str, str]] | None = None,
    ballots: list[dict[str, Any]] | None = None,
    result: dict[str, Any] | None = None,
    now: datetime = NOW,
) -> dict[str, Any]:
    if options is None:
        options = [
            {"id": "for", "label": "For"},
            {"id": "against", "label": "Against"},
            {"id": "abstain", "label": "Abstain"},
        ]
    data: dict[str, Any] = {
        "id": id_,
        "committee_id": committee_id,
        "title": title,
        "body": f"# {title}\n\nThe board is asked to vote.",
        "version": version,
        "kind": kind,
        "mode": mode,
        "options": options,
        "rules": rules or {},
        "status": status,
        "opens_at": (now - timedelta(days=1)).isoformat(),
        "closes_at": None if closes_in is None else (now + closes_in).isoformat(),
        "entitled": list(entitled),
        "recused": list(recused),
    }
    if ballots is not None:
        data["ballots"] = ballots
    if result is not None:
        data["result"] = result
    return data


def motion(id_: str = "mo-1", **fields: Any) -> Change:
    return upsert("motion", motion_data(id_, **fields))


def participation(
    motion_id: str = "mo-1",
    principal_id: str = ME,
    *,
    cast_by: str | None = None,
    version: int = 1,
    choices: list[str] | None = None,
) -> Change:
    return upsert(
        "participation",
        {
            "id": f"{motion_id}:{principal_id}",
            "motion_id": motion_id,
            "principal_id": principal_id,
            "cast_by": cast_by or principal_id,
            "version": version,
            "cast_at": NOW.isoformat(),
            "choices": choices,
        },
    )


def proxy(
    id_: str,
    principal_id: str,
    holder_id: str,
    *,
    motion_id: str | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    revoked: bool = False,
    used_on: list[str] | None = None,
) -> Change:
    return upsert(
        "proxy",
        {
            "id": id_,
            "principal_id": principal_id,
            "holder_id": holder_id,
            "motion_id": motion_id,
            "starts_at": None if starts_at is None else starts_at.isoformat(),
            "ends_at": None if ends_at is None else ends_at.isoformat(),
            "granted_at": (NOW - timedelta(hours=1)).isoformat(),
            "revoked_at": NOW.isoformat() if revoked else None,
            "used_on": used_on or [],
        },
    )


def event(motion_id: str, seq: int, name: str, actor: str | None = "m-sec") -> Change:
    return upsert(
        "motion_event",
        {
            "id": f"ev-{motion_id}-{seq}",
            "motion_id": motion_id,
            "seq": seq,
            "at": (NOW + timedelta(minutes=seq)).isoformat(),
            "event": name,
            "actor_id": actor,
        },
    )


def members() -> list[Change]:
    names = {ME: "Jeanne Martin", BOB: "Bob Durand", CLAIRE: "Claire Petit", DAN: "Dan Roux"}
    return [upsert("member", {"id": k, "name": v, "roles": ["member"]}) for k, v in names.items()]
