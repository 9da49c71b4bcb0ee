"""The organisation's security policy (docs/SECURITY.md): the offline limit, device approval,
the lock delay and two-factor sign-in. Set by the secretariat as a whole; each change is
audited (``policy.changed`` with the policy before and after) and published to every app as
an ``organisation`` change."""

from __future__ import annotations

from sqlalchemy import update

from protocol.models import Kind
from protocol.security import PolicyUpdate, SecurityPolicy
from server.db import tables as t
from server.services import audit, changelog, directory
from server.services.changelog import Audience
from server.services.tx import DB, read, write


def get_policy(db: DB) -> SecurityPolicy:
    """The policy in force (``NotConfigured`` before the organisation exists)."""
    with read(db) as conn:
        return directory.organisation(conn).security


def set_policy(db: DB, policy: PolicyUpdate, actor_id: str | None = None) -> SecurityPolicy:
    """Replace the whole policy (``actor_id`` None: the command line); answers it as it now
    is. Audited and published even when nothing changed: it is the secretariat's act."""
    new = SecurityPolicy.model_validate(policy.model_dump())
    with write(db) as conn:
        before = directory.organisation(conn).security
        conn.execute(update(t.organisation).values(**new.model_dump()))
        org = directory.organisation(conn)
        detail = {"before": before.model_dump(mode="json"), "after": new.model_dump(mode="json")}
        audit.append(conn, "policy.changed", actor_id=actor_id, detail=detail)
        changelog.upsert(conn, Kind.ORGANISATION, org, Audience.organisation())
        return org.security
