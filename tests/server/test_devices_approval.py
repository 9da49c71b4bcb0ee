"""Device approval and deactivating a member (docs/SECURITY.md): with the policy on, a new
device waits for the secretariat; it may ask ``/v1/me`` where it stands but receives nothing
(sync, push, events, files) until approved. Deactivating a member revokes every live device of
theirs with a wipe; the secretariat cannot deactivate themselves. All audited."""

from __future__ import annotations

import pytest

from protocol.security import PolicyUpdate
from server.services import devices, policy
from tests.server.devicekit import (
    audit_entries,
    bearer,
    codes,
    device_calls,
    published_file,
    sign_in,
)
from tests.server.helpers import assert_error
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def approval(kit: ServerKit, org: SmallOrg) -> None:
    policy.set_policy(kit.engine, PolicyUpdate(device_approval=True))


@pytest.mark.usefixtures("approval")
def test_a_new_device_waits_for_approval_and_receives_nothing_meanwhile(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sha256 = published_file(kit, org.committee_a.id)
    new = sign_in(client, org.alice, "Nouveau portable")
    assert new["device_state"] == "pending_approval"
    answers = codes(device_calls(client, new["token"], sha256))
    assert set(answers.values()) == {(403, "device_not_approved")}, answers
    me = client.get("/v1/me", headers=bearer(new["token"]))
    assert me.status_code == 200 and me.json()["device_state"] == "pending_approval"
    mine = client.get("/v1/me/devices", headers=bearer(new["token"])).json()["devices"]
    assert [(d["state"], d["current"]) for d in mine] == [("pending_approval", True)]
    assert audit_entries(kit, "device.registered")[-1]["detail"]["approval_pending"] is True


@pytest.mark.usefixtures("approval")
def test_once_the_secretariat_approves_the_device_syncs(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sha256 = published_file(kit, org.committee_a.id)
    sara = sign_in(client, org.sara)
    devices.approve(kit.engine, sara["device_id"])  # the secretariat's own device, by the CLI
    new = sign_in(client, org.alice, "Nouveau portable")
    url = f"/v1/security/devices/{new['device_id']}/approve"
    answer = client.post(url, headers=bearer(sara["token"]))
    assert answer.status_code == 200
    assert answer.json()["state"] == "active" and answer.json()["approved_at"] is not None
    assert set(codes(device_calls(client, new["token"], sha256)).values()) == {(200, "")}
    me = client.get("/v1/me", headers=bearer(new["token"])).json()
    assert me["device_state"] == "active"
    again = client.post(url, headers=bearer(sara["token"]))
    assert again.json()["approved_at"] == answer.json()["approved_at"]
    assert audit_entries(kit, "device.approved") == [
        {"actor_id": None, "detail": {"device_id": sara["device_id"], "member_id": org.sara.id}},
        {
            "actor_id": org.sara.id,
            "detail": {"device_id": new["device_id"], "member_id": org.alice.id},
        },
    ]


@pytest.mark.usefixtures("approval")
def test_a_device_waiting_for_approval_may_not_approve_anything(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = sign_in(client, org.sara)
    new = sign_in(client, org.alice)
    url = f"/v1/security/devices/{new['device_id']}/approve"
    assert_error(client.post(url, headers=bearer(sara["token"])), 403, "device_not_approved")
    alice = sign_in(client, org.alice)
    devices.approve(kit.engine, alice["device_id"])
    assert_error(client.post(url, headers=bearer(alice["token"])), 403, "forbidden")
    assert audit_entries(kit, "device.approved")[-1]["detail"]["device_id"] == alice["device_id"]


def test_approving_a_revoked_device_is_a_conflict(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = sign_in(client, org.sara)
    old = sign_in(client, org.alice)
    devices.revoke(kit.engine, old["device_id"])
    url = f"/v1/security/devices/{old['device_id']}/approve"
    assert_error(client.post(url, headers=bearer(sara["token"])), 409, "conflict")
    assert_error(client.get("/v1/me", headers=bearer(old["token"])), 401, "wipe_required")


def test_deactivating_a_member_revokes_every_device_of_theirs_with_a_wipe(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    laptop = sign_in(client, org.alice, "Portable")
    tablet = sign_in(client, org.alice, "Tablette")
    signed_out = sign_in(client, org.alice, "Ancien")
    client.post("/v1/auth/sign-out", headers=bearer(signed_out["token"]))
    bob = sign_in(client, org.bob)
    sara = sign_in(client, org.sara)
    url = f"/v1/security/members/{org.alice.id}/active"
    answer = client.post(url, json={"active": False}, headers=bearer(sara["token"]))
    assert answer.status_code == 200
    assert answer.json() == {"member_id": org.alice.id, "active": False, "devices_revoked": 2}
    for device in (laptop, tablet):
        assert_error(client.get("/v1/me", headers=bearer(device["token"])), 401, "wipe_required")
    assert_error(client.get("/v1/me", headers=bearer(signed_out["token"])), 401, "device_revoked")
    assert client.get("/v1/me", headers=bearer(bob["token"])).status_code == 200
    body = {"email": org.alice.email, "password": org.alice.password}
    assert_error(client.post("/v1/auth/sign-in", json=body), 403, "account_disabled")
    # a wiped device may still acknowledge: its member being inactive does not stop it
    done = client.post("/v1/devices/wipe-done", headers=bearer(laptop["token"]))
    assert done.status_code == 204

    revoked = audit_entries(kit, "device.revoked")
    assert {e["detail"]["device_id"] for e in revoked if e["detail"]["wipe"]} == {
        laptop["device_id"],
        tablet["device_id"],
    }
    assert {e["detail"]["reason"] for e in revoked if e["detail"]["wipe"]} == {"member_deactivated"}
    assert audit_entries(kit, "member.deactivated") == [
        {"actor_id": org.sara.id, "detail": {"member_id": org.alice.id, "devices_revoked": 2}}
    ]


def test_a_reactivated_member_signs_in_again_on_a_new_device(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    old = sign_in(client, org.alice)
    sara = bearer(sign_in(client, org.sara)["token"])
    url = f"/v1/security/members/{org.alice.id}/active"
    client.post(url, json={"active": False}, headers=sara)
    answer = client.post(url, json={"active": True}, headers=sara)
    assert answer.json() == {"member_id": org.alice.id, "active": True, "devices_revoked": 0}
    new = sign_in(client, org.alice, "Nouveau")
    assert client.get("/v1/me", headers=bearer(new["token"])).status_code == 200
    assert_error(client.get("/v1/me", headers=bearer(old["token"])), 401, "wipe_required")
    [entry] = audit_entries(kit, "member.reactivated")
    assert entry["actor_id"] == org.sara.id


def test_the_secretariat_cannot_deactivate_themselves_and_a_member_cannot_at_all(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = bearer(sign_in(client, org.sara)["token"])
    mine = client.post(
        f"/v1/security/members/{org.sara.id}/active", json={"active": False}, headers=sara
    )
    assert_error(mine, 409, "conflict")
    alice = bearer(sign_in(client, org.alice)["token"])
    url = f"/v1/security/members/{org.bob.id}/active"
    assert_error(client.post(url, json={"active": False}, headers=alice), 403, "forbidden")
    missing = client.post(
        f"/v1/security/members/{'0' * 32}/active", json={"active": False}, headers=sara
    )
    assert_error(missing, 404, "not_found")
    assert client.get("/v1/me", headers=sara).status_code == 200
    assert audit_entries(kit, "member.deactivated") == []
