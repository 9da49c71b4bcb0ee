"""What a device waiting for approval may do (docs/SECURITY.md, "How a device is let in"): read
where it stands and sign out, nothing else. Whoever holds only the member's password must not
revoke (and wipe) the member's approved devices, nor set up, renew or turn off their two-step
sign-in; a member who must enrol does so once their device is approved."""

from __future__ import annotations

from typing import Any

import pytest

from protocol.security import PolicyUpdate
from server.services import devices, policy
from tests.server.devicekit import audit_entries, bearer, sign_in
from tests.server.helpers import assert_error
from tests.server.totp_helpers import enable, require_totp
from tests.serverkit import ServerKit, SmallOrg, TestClient

TOTP_CHANGES = (
    "/v1/me/totp/enrol",
    "/v1/me/totp/confirm",
    "/v1/me/totp/recovery-codes",
    "/v1/me/totp/disable",
)


@pytest.fixture
def approval(kit: ServerKit, org: SmallOrg) -> None:
    policy.set_policy(kit.engine, PolicyUpdate(device_approval=True))


def approved_laptop(client: TestClient, kit: ServerKit, org: SmallOrg) -> dict[str, Any]:
    """Alice's own computer, approved by the secretariat."""
    laptop = sign_in(client, org.alice, "Portable d'Alice")
    devices.approve(kit.engine, laptop["device_id"])
    return laptop


@pytest.mark.usefixtures("approval")
def test_a_device_waiting_for_approval_cannot_revoke_the_member_s_approved_devices(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    laptop = approved_laptop(client, kit, org)
    intruder = sign_in(client, org.alice, "Inconnu")
    assert intruder["device_state"] == "pending_approval"
    pending = bearer(intruder["token"])
    revoke = f"/v1/me/devices/{laptop['device_id']}/revoke"
    for body in ({"wipe": True}, {"wipe": False}, None):
        assert_error(client.post(revoke, json=body, headers=pending), 403, "device_not_approved")
    itself = f"/v1/me/devices/{intruder['device_id']}/revoke"
    assert_error(client.post(itself, headers=pending), 403, "device_not_approved")
    assert client.get("/v1/sync", headers=bearer(laptop["token"])).status_code == 200
    assert audit_entries(kit, "device.revoked") == []
    # it may still read where it stands, and sign out
    assert client.get("/v1/me", headers=pending).json()["device_state"] == "pending_approval"
    mine = client.get("/v1/me/devices", headers=pending).json()["devices"]
    assert {d["id"]: d["state"] for d in mine} == {
        laptop["device_id"]: "active",
        intruder["device_id"]: "pending_approval",
    }
    assert client.get("/v1/me/totp", headers=pending).status_code == 200
    assert client.post("/v1/auth/sign-out", headers=pending).status_code == 204


@pytest.mark.usefixtures("approval")
def test_once_approved_the_same_device_may_revoke_another_of_the_member_s(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    laptop = approved_laptop(client, kit, org)
    tablet = sign_in(client, org.alice, "Tablette")
    devices.approve(kit.engine, tablet["device_id"])
    answer = client.post(
        f"/v1/me/devices/{laptop['device_id']}/revoke",
        json={"wipe": True},
        headers=bearer(tablet["token"]),
    )
    assert answer.status_code == 200 and answer.json()["state"] == "wipe_pending"


@pytest.mark.usefixtures("approval")
def test_a_device_waiting_for_approval_cannot_set_up_two_step_sign_in(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    laptop = approved_laptop(client, kit, org)
    pending = bearer(sign_in(client, org.alice, "Inconnu")["token"])
    for path in TOTP_CHANGES:
        answer = client.post(path, json={"code": "123456"}, headers=pending)
        assert_error(answer, 403, "device_not_approved")
    status = client.get("/v1/me/totp", headers=bearer(laptop["token"])).json()
    assert status == {"enabled": False, "required": False, "recovery_codes_left": 0}
    assert audit_entries(kit, "totp.enabled") == []


@pytest.mark.usefixtures("approval")
def test_a_device_waiting_for_approval_cannot_renew_or_turn_off_two_step_sign_in(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    """Even with the password and a good code of the member's phone."""
    laptop = approved_laptop(client, kit, org)
    phone, _codes = enable(client, bearer(laptop["token"]))
    body = {
        "email": org.alice.email,
        "password": org.alice.password,
        "device_name": "Inconnu",
        "otp": phone.code(),
    }
    signed = client.post("/v1/auth/sign-in", json=body)
    assert signed.status_code == 200 and signed.json()["device_state"] == "pending_approval"
    pending = bearer(signed.json()["token"])
    for path in ("/v1/me/totp/recovery-codes", "/v1/me/totp/disable", "/v1/me/totp/enrol"):
        answer = client.post(path, json={"code": phone.code(1)}, headers=pending)
        assert_error(answer, 403, "device_not_approved")
    status = client.get("/v1/me/totp", headers=bearer(laptop["token"])).json()
    assert status == {"enabled": True, "required": False, "recovery_codes_left": 10}


@pytest.mark.usefixtures("approval")
def test_a_member_who_must_enrol_does_so_once_the_device_is_approved(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    require_totp(kit)
    new = sign_in(client, org.alice, "Nouveau portable")
    assert new["device_state"] == "pending_approval" and new["totp_enrolment_required"] is True
    headers = bearer(new["token"])
    assert_error(client.post("/v1/me/totp/enrol", headers=headers), 403, "device_not_approved")
    assert client.get("/v1/me/totp", headers=headers).json()["required"] is True
    devices.approve(kit.engine, new["device_id"])
    assert_error(client.get("/v1/sync", headers=headers), 403, "totp_enrolment_required")
    enable(client, headers)
    assert client.get("/v1/sync", headers=headers).status_code == 200
