"""The demonstration organisation: committees, members with known passwords and documents,
read from ``resources/demo/organisation.json`` and the Markdown files beside it, motions
and proxies from ``motions.json`` when it is there (``demo_motions``), the committee
network from ``network.json`` (``demo_network``), and meetings, actions, the board pack,
a draft open for comments and a new version from ``meetings.json`` (``demo_meetings``).

``load_demo`` is idempotent: when the database already holds an organisation it changes
nothing and returns the accounts again. The whole load is one transaction.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from server.db.engine import writing
from server.services import demo_meetings, demo_motions, demo_network, directory, organisation
from server.services.errors import ValidationFailed
from server.services.passwords import Passwords, passwords_for

RESOURCES_ENV = "QUORUM_RESOURCES"


def resources_dir() -> Path:
    """The repository's ``resources`` folder, or ``QUORUM_RESOURCES``."""
    env = os.environ.get(RESOURCES_ENV, "").strip()
    return Path(env).expanduser() if env else Path(__file__).resolve().parents[2] / "resources"


def demo_file(resources: Path | None = None) -> Path:
    return (resources or resources_dir()) / "demo" / "organisation.json"


@dataclass(frozen=True)
class DemoAccount:
    """A demo member who can sign in; ``committees`` holds committee names."""

    email: str
    password: str
    name: str
    roles: list[str]
    committees: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _read(path: Path) -> dict[str, Any]:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationFailed(f"No demo content at {path}.") from exc
    except (OSError, ValueError) as exc:
        raise ValidationFailed(f"The demo content at {path} cannot be read: {exc}") from exc
    if not isinstance(content, dict):
        raise ValidationFailed(f"The demo content at {path} is not a JSON object.")
    return content


def _accounts(content: dict[str, Any]) -> list[DemoAccount]:
    names = {c["key"]: c["name"] for c in content.get("committees", [])}
    return [
        DemoAccount(
            email=m["email"],
            password=m["password"],
            name=m["name"],
            roles=list(m.get("roles", ["member"])),
            committees=[names[key] for key in m.get("committees", {})],
        )
        for m in content.get("members", [])
    ]


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_demo(
    engine: Engine, path: Path | None = None, *, passwords: Passwords | None = None
) -> list[DemoAccount]:
    """Load the demo organisation (once) and return its accounts."""
    path = path or demo_file()
    content = _read(path)
    try:
        accounts = _accounts(content)
        _load(engine, path.parent, content, passwords or passwords_for())
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValidationFailed(f"The demo content at {path} is incomplete: {exc!r}.") from exc
    except (OSError, ValueError) as exc:
        raise ValidationFailed(f"The demo content at {path} cannot be read: {exc}") from exc
    return accounts


def _load(engine: Engine, base: Path, content: dict[str, Any], passwords: Passwords) -> None:
    documents = [
        (doc, (base / doc["file"]).read_text(encoding="utf-8"))
        for doc in content.get("documents", [])
    ]
    with writing(engine) as conn:
        if directory.has_organisation(conn):
            return
        org = content["organisation"]
        organisation.create_organisation(conn, org["name"], org.get("short_name", ""))
        committees: dict[str, str] = {}
        for c in content.get("committees", []):
            committees[c["key"]] = organisation.add_committee(
                conn, c["name"], c.get("description", ""), c.get("category", "committee")
            ).id
        members: dict[str, str] = {}
        for m in content.get("members", []):
            member = organisation.add_member(
                conn,
                m["email"],
                m["name"],
                m["password"],
                m.get("roles", ["member"]),
                m.get("title", ""),
                passwords=passwords,
            )
            members[m["key"]] = member.id
            for key, role in m.get("committees", {}).items():
                organisation.add_to_committee(conn, member.id, committees[key], role or "member")
        published: dict[str, str] = {}
        for doc, body in documents:
            committee = doc.get("committee")
            author = doc.get("author")
            published[doc["file"]] = organisation.publish_document(
                conn,
                doc["title"],
                body,
                committees[committee] if committee else None,
                members[author] if author else None,
                _when(doc.get("published_at")),
            ).id
        demo_motions.load(conn, base, committees, members, published)
        demo_network.load(conn, base, committees, members)
        demo_meetings.load(conn, base, committees, members, published)
