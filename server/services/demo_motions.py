"""The demo's motions and proxies, from ``resources/demo/motions.json``: motions in every
state relative to the moment the demo is loaded (open ones closing in the coming days, a
draft, closed ones with published results, a cancelled one), ballots already cast by other
members, and proxies between members (one held by the demo's first account).

Runs inside the demo's one transaction, through the same services as the API; only the
dates of motions that are already over are moved into the past afterwards.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, update

from protocol.motions import (
    BallotCastData,
    BallotKind,
    BallotMode,
    MotionDraft,
    MotionRules,
    ProxyGrantData,
)
from protocol.voting import new_receipt, receipt_hash
from server.db import tables as t
from server.services import ballots, directory, motion_store, motions, proxies, results

MOTIONS_FILE = "motions.json"


def load(
    conn: Connection,
    base: Path,
    committees: dict[str, str],
    members: dict[str, str],
    documents: dict[str, str],
) -> None:
    """Add the demo motions when ``base`` holds a ``motions.json`` (else nothing)."""
    path = base / MOTIONS_FILE
    if not path.exists():
        return
    content = json.loads(path.read_text(encoding="utf-8"))
    author = directory.member(conn, members[content["created_by"]])
    for spec in content.get("motions", []):
        _motion(conn, spec, author, committees, members, documents)
    now = t.utcnow()
    for n, spec in enumerate(content.get("range_proxies", [])):
        principal = directory.member(conn, members[spec["principal"]])
        request = ProxyGrantData(
            proxy_id=f"demo-range-{n + 1}",
            holder_id=members[spec["holder"]],
            starts_at=now,
            ends_at=now + timedelta(days=spec["days"]),
        )
        proxies.grant(conn, principal, request)


def _motion(
    conn: Connection,
    spec: dict[str, Any],
    author: Any,
    committees: dict[str, str],
    members: dict[str, str],
    documents: dict[str, str],
) -> None:
    draft = MotionDraft(
        committee_id=committees[spec["committee"]] if spec.get("committee") else None,
        title=spec["title"],
        body=spec.get("body", ""),
        kind=BallotKind(spec.get("kind", "resolution")),
        mode=BallotMode(spec.get("mode", "open")),
        options=spec.get("options", []),
        min_choices=spec.get("min_choices", 1),
        max_choices=spec.get("max_choices", 1),
        seats=spec.get("seats", 1),
        rules=MotionRules.model_validate(spec.get("rules", {})),
        document_ids=[documents[f] for f in spec.get("documents", [])],
    )
    motion = motions.create(conn, author, draft)
    state = spec["state"]
    if state == "draft":
        return
    now = t.utcnow()
    motion = motions.open_motion(conn, author, motion.id, now + timedelta(days=1))
    for n, proxy in enumerate(spec.get("proxies", [])):
        principal = directory.member(conn, members[proxy["principal"]])
        grant = ProxyGrantData(
            proxy_id=f"demo-{spec['key']}-{n + 1}",
            holder_id=members[proxy["holder"]],
            motion_id=motion.id,
        )
        proxies.grant(conn, principal, grant)
    for ballot in spec.get("ballots", []):
        voter = directory.member(conn, members[ballot["by"]])
        secret = motion.mode is BallotMode.SECRET
        request = BallotCastData(
            motion_id=motion.id,
            version=motion.version,
            choices=ballot["choices"],
            on_behalf_of=members[ballot["for"]] if ballot.get("for") else None,
            receipt_hash=receipt_hash(motion.id, new_receipt()) if secret else None,
        )
        ballots.cast(conn, voter, request)
    opened = now - timedelta(days=spec.get("opened_days_ago", 0))
    if state == "open":
        closes = now + timedelta(days=spec["closes_in_days"])
        _dates(conn, motion.id, opened, closes)
    elif state in ("closed", "published"):
        results.close(conn, motion.id, author.id)
        if state == "published":
            results.publish(conn, motion.id, author.id)
        _dates(conn, motion.id, opened, now - timedelta(days=spec["closed_days_ago"]))
    elif state == "cancelled":
        motions.cancel(conn, author, motion.id)
        _dates(conn, motion.id, opened, now + timedelta(days=spec.get("closes_in_days", 1)))


def _dates(conn: Connection, motion_id: str, opens_at: Any, closes_at: Any) -> None:
    """Set the demo's dates (relative to now) and tell the members the motion as it stands."""
    conn.execute(
        update(t.motions)
        .where(t.motions.c.id == motion_id)
        .values(opens_at=opens_at, closes_at=closes_at)
    )
    motion_store.publish_row(conn, motion_id)
