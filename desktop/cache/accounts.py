"""The signed-in account row of the cache (one row, id 1). Called by the store under its lock."""

from __future__ import annotations

import json

from desktop.cache.database import Connection
from desktop.cache.records import Account

_COLUMNS = (
    "server_url",
    "email",
    "member_id",
    "name",
    "roles",
    "organisation_id",
    "organisation_name",
    "device_id",
    "token",
)


def read(conn: Connection) -> Account | None:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS[:-1])} FROM account WHERE id = 1").fetchone()
    if row is None:
        return None
    server_url, email, member_id, name, roles, org_id, org_name, device_id = row
    return Account(
        server_url=server_url,
        email=email,
        member_id=member_id,
        name=name,
        roles=tuple(json.loads(roles)),
        organisation_id=org_id,
        organisation_name=org_name,
        device_id=device_id,
    )


def token(conn: Connection) -> str | None:
    row = conn.execute("SELECT token FROM account WHERE id = 1").fetchone()
    return None if row is None else row[0]


def save(conn: Connection, account: Account, token: str | None) -> None:
    values = (
        account.server_url,
        account.email,
        account.member_id,
        account.name,
        json.dumps(list(account.roles)),
        account.organisation_id,
        account.organisation_name,
        account.device_id,
        token,
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    conn.execute(
        f"INSERT INTO account (id, {', '.join(_COLUMNS)}) VALUES (1, {', '.join('?' * 9)}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        values,
    )


def forget_token(conn: Connection) -> None:
    conn.execute("UPDATE account SET token = NULL")


def same_identity(a: Account, b: Account) -> bool:
    """Same member on the same server: their cache may be kept across sign-ins."""
    return a.member_id == b.member_id and _server(a.server_url) == _server(b.server_url)


def _server(url: str) -> str:
    return url.strip().rstrip("/").lower()
