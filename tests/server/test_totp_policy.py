"""Two-factor sign-in and the organisation: a policy that makes it mandatory (a member without
it may only enrol), disabling refused while required, the secretariat's reset (API and command
line), and the audit log."""

from __future__ import annotations

from typing import Any

import pytest

from server import cli
from server.services import audit
from tests.server.helpers import assert_error
from tests.server.totp_helpers import audit_entries, enable, enrol, require_totp, sign_in
from tests.serverkit import ServerKit, SmallOrg, TestClient


def bearer(response: Any) -> dict[str, str]:
    token = response.json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_when_required_a_member_without_it_may_only_enrol_then_is_let_in(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    require_totp(kit)
    signed = sign_in(client, org.alice)
    assert signed.status_code == 200, signed.text
    assert signed.json()["totp_enrolment_required"] is True
    headers = bearer(signed)
    for refused in (
        client.get("/v1/sync", headers=headers),
        client.get("/v1/committees", headers=headers),
        client.get("/v1/motions", headers=headers),
    ):
        assert_error(refused, 403, "totp_enrolment_required")
    me = client.get("/v1/me", headers=headers)
    assert me.status_code == 200 and me.json()["totp_enrolment_required"] is True
    status = client.get("/v1/me/totp", headers=headers).json()
    assert status == {"enabled": False, "required": True, "recovery_codes_left": 0}
    enable(client, headers)
    assert client.get("/v1/sync", headers=headers).status_code == 200
    assert client.get("/v1/me", headers=headers).json()["totp_enrolment_required"] is False


def test_when_required_the_event_stream_refuses_a_member_who_must_enrol(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    require_totp(kit)
    headers = bearer(sign_in(client, org.alice))
    with client.stream("GET", "/v1/events", headers=headers) as response:
        response.read()
        assert_error(response, 403, "totp_enrolment_required")


def test_disabling_is_refused_while_the_organisation_requires_it(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, _codes = enable(client, headers)
    require_totp(kit)
    refused = client.post("/v1/me/totp/disable", json={"code": phone.code()}, headers=headers)
    assert_error(refused, 403, "forbidden")
    assert client.get("/v1/me/totp", headers=headers).json()["enabled"] is True
    assert not audit_entries(kit, "totp.disabled")


def test_disabling_with_a_code_turns_it_off_and_is_audited(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, codes = enable(client, headers)
    response = client.post("/v1/me/totp/disable", json={"code": phone.code()}, headers=headers)
    assert response.status_code == 204, response.text
    assert client.get("/v1/me/totp", headers=headers).json()["enabled"] is False
    assert sign_in(client, org.alice).status_code == 200  # no code needed any more
    assert sign_in(client, org.alice, codes[0]).status_code == 200  # the code is ignored
    assert [e["actor_id"] for e in audit_entries(kit, "totp.disabled")] == [org.alice.id]
    again = client.post("/v1/me/totp/disable", json={"code": phone.code(1)}, headers=headers)
    assert_error(again, 409, "conflict")


def test_a_lost_phone_is_handled_with_a_recovery_code_then_disabling(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    _phone, codes = enable(client, kit.headers(org.alice))
    signed = sign_in(client, org.alice, codes[0])
    assert signed.status_code == 200, signed.text
    headers = bearer(signed)
    response = client.post("/v1/me/totp/disable", json={"code": codes[1]}, headers=headers)
    assert response.status_code == 204, response.text


def test_the_secretariat_resets_a_member_s_two_factor_sign_in(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    enable(client, kit.headers(org.alice))
    assert_error(sign_in(client, org.alice), 401, "otp_required")
    path = f"/v1/security/members/{org.alice.id}/totp-reset"
    assert_error(client.post(path, headers=kit.headers(org.bob)), 403, "forbidden")
    response = client.post(path, headers=kit.headers(org.sara))
    assert response.status_code == 204, response.text
    assert sign_in(client, org.alice).status_code == 200
    entries = audit_entries(kit, "totp.reset")
    assert entries == [
        {"actor_id": org.sara.id, "detail": {"member_id": org.alice.id, "was_enabled": True}}
    ]
    missing = client.post("/v1/security/members/nobody/totp-reset", headers=kit.headers(org.sara))
    assert_error(missing, 404, "not_found")


def test_after_a_reset_under_a_mandatory_policy_the_member_must_enrol_again(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    enable(client, kit.headers(org.alice))
    secretariat = kit.headers(org.sara)
    enable(client, secretariat)  # under the policy, the secretariat needs it too
    require_totp(kit)
    path = f"/v1/security/members/{org.alice.id}/totp-reset"
    assert client.post(path, headers=secretariat).status_code == 204
    signed = sign_in(client, org.alice)
    assert signed.json()["totp_enrolment_required"] is True
    assert_error(client.get("/v1/sync", headers=bearer(signed)), 403, "totp_enrolment_required")
    assert enrol(client, bearer(signed)).secret


def test_the_command_line_resets_two_factor_sign_in(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    enable(client, kit.headers(org.alice))
    database = ["--database", kit.settings.database_url]
    assert cli.main(["totp-reset", org.alice.email.upper(), *database]) == 0
    assert "turned off" in capsys.readouterr().out
    assert sign_in(client, org.alice).status_code == 200
    assert cli.main(["totp-reset", org.alice.email, *database]) == 0
    assert "nothing to undo" in capsys.readouterr().out
    assert cli.main(["totp-reset", "personne@exemple.fr", *database]) == 1
    assert "No member" in capsys.readouterr().err
    actors = [e["actor_id"] for e in audit_entries(kit, "totp.reset")]
    assert actors == [None, None]


def test_no_secret_or_code_reaches_the_audit_log_and_the_chain_verifies(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, codes = enable(client, headers)
    assert sign_in(client, org.alice, codes[0]).status_code == 200
    assert sign_in(client, org.alice, phone.code()).status_code == 200
    disabled = client.post("/v1/me/totp/disable", json={"code": codes[1]}, headers=headers)
    assert disabled.status_code == 204
    with kit.engine.connect() as conn:
        dump = str(conn.exec_driver_sql("SELECT detail FROM audit_log").all())
    assert phone.secret not in dump
    assert not any(code in dump for code in codes)
    assert phone.code() not in dump
    assert audit.verify(kit.engine) is None
