"""Devices (docs/SECURITY.md): a member sees and revokes their own, the secretariat everyone's;
a revoked device wipes itself: with its wipe pending it is answered ``wipe_required``
everywhere but ``/v1/devices/wipe-done``, which it calls once its data is gone; after that it is
``device_revoked``. Every step is in the audit log."""

from __future__ import annotations

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


def test_a_member_sees_their_own_devices_newest_first_with_the_asking_one_marked(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    office = sign_in(client, org.alice, "Bureau")
    laptop = sign_in(client, org.alice, "Portable")
    sign_in(client, org.bob, "Tablette de Bob")
    answer = client.get("/v1/me/devices", headers=bearer(office["token"]))
    assert answer.status_code == 200
    listed = answer.json()["devices"]
    assert [(d["id"], d["name"], d["current"]) for d in listed] == [
        (laptop["device_id"], "Portable", False),
        (office["device_id"], "Bureau", True),
    ]
    assert {d["state"] for d in listed} == {"active"}
    assert {d["member_name"] for d in listed} == {"Alice Martin"}
    assert all(d["last_seen_at"] is not None for d in listed)


def test_the_secretariat_sees_every_member_s_devices_and_a_member_may_not(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    alice = sign_in(client, org.alice)
    bob = sign_in(client, org.bob)
    sara = sign_in(client, org.sara)
    answer = client.get("/v1/security/devices", headers=bearer(sara["token"]))
    assert answer.status_code == 200
    listed = answer.json()["devices"]
    assert [d["id"] for d in listed] == [sara["device_id"], bob["device_id"], alice["device_id"]]
    assert not any(d["current"] for d in listed)
    refused = client.get("/v1/security/devices", headers=bearer(alice["token"]))
    assert_error(refused, 403, "forbidden")


def test_a_member_revokes_a_lost_device_and_it_must_wipe_itself(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    lost = sign_in(client, org.alice, "Portable perdu")
    here = sign_in(client, org.alice, "Bureau")
    url = f"/v1/me/devices/{lost['device_id']}/revoke"
    answer = client.post(url, json={"wipe": True}, headers=bearer(here["token"]))
    assert answer.status_code == 200
    assert answer.json()["state"] == "wipe_pending"
    assert answer.json()["revoked_at"] and answer.json()["wipe_requested_at"]
    assert_error(client.get("/v1/me", headers=bearer(lost["token"])), 401, "wipe_required")
    assert client.get("/v1/me", headers=bearer(here["token"])).status_code == 200
    [entry] = audit_entries(kit, "device.revoked")
    assert entry == {
        "actor_id": org.alice.id,
        "detail": {
            "device_id": lost["device_id"],
            "member_id": org.alice.id,
            "wipe": True,
            "reason": "revoked",
        },
    }


def test_revoking_without_a_wipe_only_signs_the_device_out(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    other = sign_in(client, org.alice, "Tablette")
    here = sign_in(client, org.alice, "Bureau")
    url = f"/v1/me/devices/{other['device_id']}/revoke"
    answer = client.post(url, json={"wipe": False}, headers=bearer(here["token"]))
    assert answer.json()["state"] == "revoked" and answer.json()["wipe_requested_at"] is None
    assert_error(client.get("/v1/me", headers=bearer(other["token"])), 401, "device_revoked")
    assert audit_entries(kit, "device.revoked")[0]["detail"]["wipe"] is False


def test_the_revoke_body_may_be_left_out_and_then_the_device_wipes_itself(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    other = sign_in(client, org.alice, "Tablette")
    sara = sign_in(client, org.sara)
    url = f"/v1/security/devices/{other['device_id']}/revoke"
    answer = client.post(url, headers=bearer(sara["token"]))
    assert answer.status_code == 200 and answer.json()["state"] == "wipe_pending"
    assert audit_entries(kit, "device.revoked")[0]["actor_id"] == org.sara.id


def test_another_member_s_device_is_not_found_on_one_s_own_route_and_stays_untouched(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    bobs = sign_in(client, org.bob)
    alice = sign_in(client, org.alice)
    url = f"/v1/me/devices/{bobs['device_id']}/revoke"
    hidden = client.post(url, json={"wipe": True}, headers=bearer(alice["token"]))
    missing = client.post(
        f"/v1/me/devices/{'0' * 32}/revoke", json={"wipe": True}, headers=bearer(alice["token"])
    )
    assert_error(hidden, 404, "not_found")
    assert hidden.json() == missing.json()
    assert client.get("/v1/me", headers=bearer(bobs["token"])).status_code == 200
    assert audit_entries(kit, "device.revoked") == []


def test_a_member_may_not_use_the_secretariat_s_revoke_route(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    bobs = sign_in(client, org.bob)
    alice = sign_in(client, org.alice)
    url = f"/v1/security/devices/{bobs['device_id']}/revoke"
    assert_error(client.post(url, headers=bearer(alice["token"])), 403, "forbidden")
    assert client.get("/v1/me", headers=bearer(bobs["token"])).status_code == 200


def test_a_wipe_pending_device_is_told_to_wipe_everywhere_until_it_says_it_did(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sha256 = published_file(kit, org.committee_a.id)
    lost = sign_in(client, org.alice, "Portable perdu")
    assert set(codes(device_calls(client, lost["token"], sha256)).values()) == {(200, "")}
    sara = sign_in(client, org.sara)
    url = f"/v1/security/devices/{lost['device_id']}/revoke"
    assert client.post(url, json={"wipe": True}, headers=bearer(sara["token"])).status_code == 200

    token = bearer(lost["token"])
    answers = device_calls(client, lost["token"], sha256)
    answers["me"] = client.get("/v1/me", headers=token)
    answers["my devices"] = client.get("/v1/me/devices", headers=token)
    answers["sign-out"] = client.post("/v1/auth/sign-out", headers=token)
    assert set(codes(answers).values()) == {(401, "wipe_required")}

    done = client.post("/v1/devices/wipe-done", headers=token)
    assert done.status_code == 204
    answers = device_calls(client, lost["token"], sha256)
    answers["me"] = client.get("/v1/me", headers=token)
    assert set(codes(answers).values()) == {(401, "device_revoked")}
    assert client.post("/v1/devices/wipe-done", headers=token).status_code == 204  # a retry

    listed = client.get("/v1/security/devices", headers=bearer(sara["token"])).json()["devices"]
    [wiped] = [d for d in listed if d["id"] == lost["device_id"]]
    assert wiped["state"] == "wiped" and wiped["wiped_at"] is not None
    assert audit_entries(kit, "device.wiped") == [
        {
            "actor_id": org.alice.id,
            "detail": {"device_id": lost["device_id"], "member_id": org.alice.id},
        }
    ]


def test_a_device_with_no_wipe_asked_cannot_acknowledge_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    active = sign_in(client, org.alice)
    signed_out = sign_in(client, org.alice)
    assert client.post("/v1/auth/sign-out", headers=bearer(signed_out["token"])).status_code == 204
    answer = client.post("/v1/devices/wipe-done", headers=bearer(active["token"]))
    assert_error(answer, 409, "conflict")
    answer = client.post("/v1/devices/wipe-done", headers=bearer(signed_out["token"]))
    assert_error(answer, 401, "device_revoked")
    assert_error(client.post("/v1/devices/wipe-done"), 401, "unauthenticated")
    answer = client.post("/v1/devices/wipe-done", headers=bearer("pas-un-jeton"))
    assert_error(answer, 401, "unauthenticated")
    assert audit_entries(kit, "device.wiped") == []


def test_a_signed_out_device_may_still_be_asked_to_wipe_itself(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    old = sign_in(client, org.alice, "Ancien portable")
    client.post("/v1/auth/sign-out", headers=bearer(old["token"]))
    sara = sign_in(client, org.sara)
    url = f"/v1/security/devices/{old['device_id']}/revoke"
    answer = client.post(url, json={"wipe": True}, headers=bearer(sara["token"]))
    assert answer.json()["state"] == "wipe_pending"
    assert_error(client.get("/v1/me", headers=bearer(old["token"])), 401, "wipe_required")
    again = client.post(url, json={"wipe": True}, headers=bearer(sara["token"]))
    assert again.json()["wipe_requested_at"] == answer.json()["wipe_requested_at"]
    reasons = [
        (e["detail"]["reason"], e["detail"]["wipe"]) for e in audit_entries(kit, "device.revoked")
    ]
    assert reasons == [("sign_out", False), ("revoked", True)]  # the repeat is not logged


def test_an_unknown_device_is_not_found_for_the_secretariat(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = bearer(sign_in(client, org.sara)["token"])
    for action in ("revoke", "approve"):
        answer = client.post(f"/v1/security/devices/{'0' * 32}/{action}", headers=sara)
        assert_error(answer, 404, "not_found")
