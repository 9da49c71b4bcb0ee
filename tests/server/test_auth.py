from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select, update

from server.db import tables as t
from server.db.engine import reading, writing
from tests.server.helpers import assert_error
from tests.serverkit import ServerKit, SmallOrg, TestClient


def sign_in(client: TestClient, email: str, password: str, device: str = "Portable") -> object:
    return client.post(
        "/v1/auth/sign-in", json={"email": email, "password": password, "device_name": device}
    )


def test_sign_in_returns_a_token_the_member_and_the_organisation(
    client: TestClient, org: SmallOrg
) -> None:
    response = client.post(
        "/v1/auth/sign-in",
        json={"email": "  ALICE@exemple.fr ", "password": org.alice.password, "device_name": "PC"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["member"] == {
        "id": org.alice.id,
        "name": "Alice Martin",
        "email": "alice@exemple.fr",
        "roles": ["member"],
    }
    assert body["organisation"]["name"] == "Mutuelle des Volcans"
    me = client.get("/v1/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200
    assert me.json()["device_id"] == body["device_id"]


def test_the_token_is_stored_only_as_its_hash(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    token = client.post(
        "/v1/auth/sign-in", json={"email": org.bob.email, "password": org.bob.password}
    ).json()["token"]
    with reading(kit.engine) as conn:
        stored = conn.execute(select(t.devices.c.token_hash)).scalars().all()
    assert token not in stored
    assert hashlib.sha256(token.encode()).hexdigest() in stored


def test_wrong_password_and_unknown_email_get_the_same_invalid_credentials(
    client: TestClient, org: SmallOrg
) -> None:
    wrong = client.post("/v1/auth/sign-in", json={"email": org.alice.email, "password": "nope"})
    unknown = client.post(
        "/v1/auth/sign-in", json={"email": "personne@exemple.fr", "password": "nope"}
    )
    assert_error(wrong, 401, "invalid_credentials")
    assert_error(unknown, 401, "invalid_credentials")
    assert wrong.json() == unknown.json()


def test_a_disabled_member_cannot_sign_in_nor_use_an_old_token(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.bob)
    kit.set_active(org.bob, False)
    response = client.post(
        "/v1/auth/sign-in", json={"email": org.bob.email, "password": org.bob.password}
    )
    assert_error(response, 403, "account_disabled")
    assert_error(client.get("/v1/me", headers=headers), 403, "account_disabled")
    bad_password = client.post(
        "/v1/auth/sign-in", json={"email": org.bob.email, "password": "wrong"}
    )
    assert_error(bad_password, 401, "invalid_credentials")  # disabled is told only to the owner


def test_missing_malformed_and_unknown_tokens_are_unauthenticated(
    client: TestClient, org: SmallOrg
) -> None:
    assert_error(client.get("/v1/me"), 401, "unauthenticated")
    assert_error(
        client.get("/v1/me", headers={"Authorization": "Basic abc"}), 401, "unauthenticated"
    )
    assert_error(client.get("/v1/me", headers={"Authorization": "Bearer"}), 401, "unauthenticated")
    assert_error(
        client.get("/v1/me", headers={"Authorization": "Bearer not-a-token"}),
        401,
        "unauthenticated",
    )
    assert_error(
        client.get("/v1/me", headers={"Authorization": "Bearer " + "x" * 5000}),
        401,
        "unauthenticated",
    )


def test_a_revoked_device_is_told_so_and_other_devices_keep_working(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    lost = kit.sign_in(org.alice, "Tablette perdue")
    kept = kit.sign_in(org.alice, "Portable")
    kit.revoke_device(lost.device.id)
    assert_error(client.get("/v1/me", headers=kit.headers(lost.token)), 401, "device_revoked")
    assert client.get("/v1/me", headers=kit.headers(kept.token)).status_code == 200


def test_sign_out_ends_that_device_only(client: TestClient, kit: ServerKit, org: SmallOrg) -> None:
    first, second = kit.token(org.alice), kit.token(org.alice)
    response = client.post("/v1/auth/sign-out", headers=kit.headers(first))
    assert response.status_code == 204
    assert response.content == b""
    assert_error(client.get("/v1/me", headers=kit.headers(first)), 401, "device_revoked")
    assert client.get("/v1/me", headers=kit.headers(second)).status_code == 200


def test_last_seen_is_written_at_most_once_a_minute(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    signed = kit.sign_in(org.alice)

    def last_seen() -> object:
        with reading(kit.engine) as conn:
            return conn.execute(
                select(t.devices.c.last_seen_at).where(t.devices.c.id == signed.device.id)
            ).scalar_one()

    first = last_seen()
    client.get("/v1/me", headers=kit.headers(signed.token))
    assert last_seen() == first
    with writing(kit.engine) as conn:
        conn.execute(
            update(t.devices)
            .where(t.devices.c.id == signed.device.id)
            .values(last_seen_at=signed.device.created_at - timedelta(minutes=2))
        )
    client.get("/v1/me", headers=kit.headers(signed.token))
    assert last_seen() > first  # type: ignore[operator]


def test_devices_are_listed_per_member(kit: ServerKit, org: SmallOrg) -> None:
    from server.services import auth

    kit.sign_in(org.alice, "Portable")
    kit.sign_in(org.alice, "Tablette")
    kit.sign_in(org.bob, "PC")
    names = [d.name for d in auth.list_devices(kit.engine, org.alice.id)]
    assert sorted(names) == ["Portable", "Tablette"]
