"""Helpers of the two-factor sign-in tests: an authenticator app (pyotp, like the member's
phone), enrolling a member through the API, and reading the audit log."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
from sqlalchemy import delete, select, update

from server.db import tables as t
from server.services import totp
from server.services.records import Member
from server.services.tx import read, write
from tests.serverkit import Account, ServerKit, TestClient

STEP = 30


@dataclass
class Phone:
    """The member's authenticator app, holding the secret shown at enrolment."""

    secret: str

    def code(self, steps: int = 0) -> str:
        """The code of the current step, or of ``steps`` later (negative: earlier)."""
        return pyotp.TOTP(self.secret).at(time.time() + steps * STEP)


def away_from_a_step_change(margin: float = 2.0) -> None:
    """Wait, if needed, so the current 30-second step lasts a little longer: a code computed
    now is still of the same step when the server checks it."""
    left = STEP - time.time() % STEP
    if left < margin:
        time.sleep(left + 0.05)


def sign_in(client: TestClient, account: Account, otp: str | None = None) -> Any:
    body: dict[str, Any] = {
        "email": account.email,
        "password": account.password,
        "device_name": "Portable",
    }
    if otp is not None:
        body["otp"] = otp
    return client.post("/v1/auth/sign-in", json=body)


def enrol(client: TestClient, headers: dict[str, str]) -> Phone:
    response = client.post("/v1/me/totp/enrol", headers=headers)
    assert response.status_code == 200, response.text
    return Phone(response.json()["secret"])


def enable(client: TestClient, headers: dict[str, str]) -> tuple[Phone, list[str]]:
    """Enrol and confirm with the code of the previous step (within the drift), so the
    current step's code is still unused; the phone and the recovery codes."""
    away_from_a_step_change()
    phone = enrol(client, headers)
    response = client.post("/v1/me/totp/confirm", json={"code": phone.code(-1)}, headers=headers)
    assert response.status_code == 200, response.text
    codes = response.json()["codes"]
    assert isinstance(codes, list)
    return phone, codes


def require_totp(kit: ServerKit, required: bool = True) -> None:
    """The organisation's policy (as ``PUT /v1/security/policy`` would set it)."""
    with write(kit.engine) as conn:
        conn.execute(update(t.organisation).values(totp_required=required))


def audit_entries(kit: ServerKit, event: str) -> list[dict[str, Any]]:
    with read(kit.engine) as conn:
        rows = conn.execute(
            select(t.audit_log).where(t.audit_log.c.event == event).order_by(t.audit_log.c.seq)
        ).all()
    return [{"actor_id": r.actor_id, "detail": json.loads(r.detail)} for r in rows]


def prepare(kit: ServerKit, account: Account, *, enabled: bool) -> str:
    """Through the service: a pending enrolment (``enabled`` False) or two-factor sign-in in
    force, confirmed with the previous step's code; the current step's code, unused."""
    away_from_a_step_change()
    with read(kit.engine) as conn:
        member = Member.from_row(
            conn.execute(select(t.members).where(t.members.c.id == account.id)).one()
        )
    phone = Phone(totp.enrol(kit.engine, member).secret)
    if enabled:
        earlier = datetime.now(UTC) - timedelta(seconds=STEP)
        totp.confirm(kit.engine, member, phone.code(-1), at=earlier)
    return phone.code()


def forget(kit: ServerKit, account: Account) -> None:
    """Undo ``prepare`` without a trace (the next test signs in without a code)."""
    with write(kit.engine) as conn:
        conn.execute(delete(t.member_totp).where(t.member_totp.c.member_id == account.id))
        codes = t.totp_recovery_codes
        conn.execute(delete(codes).where(codes.c.member_id == account.id))
