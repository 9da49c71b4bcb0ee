"""Security events go into the hash-chained audit log: sign-ins and their failures, locks,
unlocks, device registrations and revocations; never a password or a token, and the chain
still verifies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from server import cli
from server.db import tables as t
from server.services import audit
from server.services.signin_limits import SignInLimits
from server.services.tx import read
from tests.serverkit import ServerKit, SmallOrg, TestClient

ATTEMPTS = SignInLimits().max_failures


def entries(kit: ServerKit) -> list[dict[str, Any]]:
    with read(kit.engine) as conn:
        rows = conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)).all()
    return [
        {"event": r.event, "actor_id": r.actor_id, "detail": json.loads(r.detail)} for r in rows
    ]


def of(kit: ServerKit, event: str) -> list[dict[str, Any]]:
    return [e for e in entries(kit) if e["event"] == event]


def sign_in(client: TestClient, email: str, password: str, device: str = "Portable") -> Any:
    body = {"email": email, "password": password, "device_name": device}
    return client.post("/v1/auth/sign-in", json=body)


def test_a_sign_in_logs_its_success_and_the_device_it_registers(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    answer = sign_in(client, org.alice.email, org.alice.password, "Tablette de Alice")
    assert answer.status_code == 200
    [success] = of(kit, "signin.succeeded")
    assert success["actor_id"] == org.alice.id
    assert success["detail"] == {"address": "testclient"}
    [device] = of(kit, "device.registered")
    assert device["actor_id"] == org.alice.id
    assert device["detail"] == {
        "device_id": answer.json()["device_id"],
        "device_name": "Tablette de Alice",
        "approval_pending": False,
    }


def test_failures_and_the_lock_they_cause_are_logged_for_known_and_unknown_emails(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    for _ in range(ATTEMPTS):
        sign_in(client, org.bob.email, "mauvais-1")
    sign_in(client, "Personne@Exemple.fr", "mauvais-2")
    failed = of(kit, "signin.failed")
    assert len(failed) == ATTEMPTS + 1
    assert failed[0] == {
        "event": "signin.failed",
        "actor_id": org.bob.id,
        "detail": {
            "email": org.bob.email,
            "address": "testclient",
            "reason": "invalid_credentials",
        },
    }
    assert failed[-1]["actor_id"] is None
    assert failed[-1]["detail"]["email"] == "personne@exemple.fr"
    [locked] = of(kit, "signin.locked")
    assert locked["actor_id"] == org.bob.id
    assert locked["detail"] == {"kind": "account", "subject": org.bob.email, "seconds": 60}
    assert sign_in(client, org.bob.email, org.bob.password).status_code == 429
    assert len(of(kit, "signin.failed")) == ATTEMPTS + 1  # a refused attempt writes nothing


def test_a_disabled_member_s_sign_in_is_logged_as_refused(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    kit.set_active(org.bob, False)
    assert sign_in(client, org.bob.email, org.bob.password).status_code == 403
    [refused] = of(kit, "signin.refused")
    assert refused["actor_id"] == org.bob.id
    assert refused["detail"]["reason"] == "account_disabled"


def test_unlocks_and_revocations_name_who_did_them(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    for _ in range(ATTEMPTS):
        sign_in(client, org.alice.email, "mauvais")
    sara = kit.headers(org.sara)
    client.post("/v1/security/unlock", json={"email": org.alice.email}, headers=sara)
    [unlocked] = of(kit, "signin.unlocked")
    assert unlocked["actor_id"] == org.sara.id
    assert unlocked["detail"] == {"email": org.alice.email, "had": True}

    token = sign_in(client, org.alice.email, org.alice.password).json()["token"]
    device_id = client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).json()[
        "device_id"
    ]
    out = client.post("/v1/auth/sign-out", headers={"Authorization": f"Bearer {token}"})
    assert out.status_code == 204
    other = kit.sign_in(org.alice, "Bureau")
    kit.revoke_device(other.device.id)
    kit.revoke_device(other.device.id)  # already revoked: not logged twice
    revoked = of(kit, "device.revoked")
    assert [(e["actor_id"], e["detail"]) for e in revoked] == [
        (
            org.alice.id,
            {
                "device_id": device_id,
                "member_id": org.alice.id,
                "wipe": False,
                "reason": "sign_out",
            },
        ),
        (
            None,
            {
                "device_id": other.device.id,
                "member_id": org.alice.id,
                "wipe": False,
                "reason": "revoked",
            },
        ),
    ]


def test_no_password_nor_token_ever_reaches_the_audit_log_and_the_chain_verifies(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    secrets = ["mauvais-secret-1", "mauvais-secret-2", org.alice.password, org.bob.password]
    sign_in(client, org.alice.email, secrets[0])
    sign_in(client, "personne@exemple.fr", secrets[1])
    tokens = [sign_in(client, a.email, a.password).json()["token"] for a in (org.alice, org.bob)]
    for _ in range(ATTEMPTS):
        sign_in(client, org.bob.email, secrets[1])
    with read(kit.engine) as conn:
        rows = conn.execute(select(t.audit_log)).all()
    stored = "\n".join(" ".join(str(value) for value in row) for row in rows)
    assert len(rows) >= ATTEMPTS + 6
    for secret in [*secrets, *tokens]:
        assert secret not in stored
    assert audit.verify(kit.engine) is None
    assert cli.main(["audit", "verify", "--database", kit.settings.database_url]) == 0
    assert "intact" in capsys.readouterr().out
