"""The device commands of ``quorum-server`` (docs/SECURITY.md): ``devices EMAIL`` shows each
device's state, ``revoke-device ID [--no-wipe]``, ``approve-device ID``, ``deactivate EMAIL``,
``reactivate EMAIL``; audited without an actor (the command line)."""

from __future__ import annotations

import pytest

from protocol.security import PolicyUpdate
from server import cli
from server.services import policy
from tests.server.devicekit import audit_entries, bearer, sign_in
from tests.server.helpers import assert_error
from tests.serverkit import ServerKit, SmallOrg, TestClient


def run(kit: ServerKit, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main([argv[0], "--database", kit.settings.database_url, *argv[1:]])
    out, err = capsys.readouterr()
    return code, out + err


def state_of(kit: ServerKit, capsys: pytest.CaptureFixture[str], email: str, device: str) -> str:
    """The ``devices`` line of ``device``, after its name and last sync."""
    code, out = run(kit, capsys, "devices", email)
    assert code == 0
    [line] = [line for line in out.splitlines() if line.startswith(device)]
    return line.split(" UTC  ", 1)[1]


def test_revoke_device_asks_for_a_wipe_unless_told_not_to(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = sign_in(client, org.alice, "Portable")
    other = sign_in(client, org.alice, "Tablette")
    code, out = run(kit, capsys, "revoke-device", lost["device_id"])
    assert code == 0 and "deleted" in out
    code, out = run(kit, capsys, "revoke-device", other["device_id"], "--no-wipe")
    assert code == 0 and "deleted" not in out
    assert_error(client.get("/v1/me", headers=bearer(lost["token"])), 401, "wipe_required")
    assert_error(client.get("/v1/me", headers=bearer(other["token"])), 401, "device_revoked")
    assert state_of(kit, capsys, org.alice.email, lost["device_id"]).startswith(
        "wipe pending (revoked "
    )
    assert state_of(kit, capsys, org.alice.email, other["device_id"]).startswith("revoked ")
    client.post("/v1/devices/wipe-done", headers=bearer(lost["token"]))
    assert state_of(kit, capsys, org.alice.email, lost["device_id"]).startswith("wiped (revoked ")
    assert [(e["actor_id"], e["detail"]["wipe"]) for e in audit_entries(kit, "device.revoked")] == [
        (None, True),
        (None, False),
    ]


def test_approve_device_lets_a_waiting_device_in(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    policy.set_policy(kit.engine, PolicyUpdate(device_approval=True))
    new = sign_in(client, org.alice, "Portable")
    assert state_of(kit, capsys, org.alice.email, new["device_id"]) == "pending approval"
    assert_error(client.get("/v1/sync", headers=bearer(new["token"])), 403, "device_not_approved")
    code, out = run(kit, capsys, "approve-device", new["device_id"])
    assert code == 0 and "Alice Martin" in out
    assert client.get("/v1/sync", headers=bearer(new["token"])).status_code == 200
    assert state_of(kit, capsys, org.alice.email, new["device_id"]) == "active"
    [entry] = audit_entries(kit, "device.approved")
    assert entry["actor_id"] is None


def test_deactivate_and_reactivate_a_member_by_email(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = sign_in(client, org.alice, "Portable")
    code, out = run(kit, capsys, "deactivate", org.alice.email)
    assert code == 0 and "1 device(s)" in out
    assert_error(client.get("/v1/me", headers=bearer(laptop["token"])), 401, "wipe_required")
    body = {"email": org.alice.email, "password": org.alice.password}
    assert_error(client.post("/v1/auth/sign-in", json=body), 403, "account_disabled")
    code, out = run(kit, capsys, "reactivate", org.alice.email)
    assert code == 0 and "may sign in again" in out
    assert client.post("/v1/auth/sign-in", json=body).status_code == 200
    events = [
        (event, entry["actor_id"])
        for event in ("member.deactivated", "member.reactivated")
        for entry in audit_entries(kit, event)
    ]
    assert events == [("member.deactivated", None), ("member.reactivated", None)]


@pytest.mark.parametrize(
    "argv",
    [
        ("revoke-device", "0" * 32),
        ("approve-device", "0" * 32),
        ("deactivate", "personne@exemple.fr"),
        ("reactivate", "personne@exemple.fr"),
    ],
)
def test_an_unknown_device_or_member_is_one_line_and_exit_status_1(
    kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str], argv: tuple[str, str]
) -> None:
    code, out = run(kit, capsys, *argv)
    assert code == 1
    assert out.startswith("quorum-server: error: ") and out.count("\n") == 1


def test_approving_a_revoked_device_from_the_command_line_is_refused(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    old = sign_in(client, org.alice)
    run(kit, capsys, "revoke-device", old["device_id"])
    code, out = run(kit, capsys, "approve-device", old["device_id"])
    assert code == 1 and "revoked" in out
    assert audit_entries(kit, "device.approved") == []
